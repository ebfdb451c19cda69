"""The article: text plus the metadata every later stage needs."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

__all__ = ["Article"]


@dataclass(frozen=True, slots=True)
class Article:
    """One news article. Character offsets elsewhere in relgraph count into ``text``."""

    id: str
    text: str
    date: str | None = None
    title: str | None = None
    source: str | None = None
    url: str | None = None
    path: str | None = None
    warnings: tuple[str, ...] = field(default=())

    @property
    def content_hash(self) -> str:
        """SHA-256 of what extraction reads: id, date, title and text."""
        digest = hashlib.sha256()
        for part in (self.id, self.date or "", self.title or "", self.source or "",
                     self.url or "", self.text):
            digest.update(part.encode("utf-8", "surrogatepass"))
            digest.update(b"\x00")
        return digest.hexdigest()
