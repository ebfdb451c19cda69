"""The extraction record: what relgraph knows about one article.

The public fields follow ``shared/eval/SCHEMA.md`` exactly; relgraph adds identifiers,
evidence (sentence text and character offsets), a PLOVER category, a tone, a date and the
rule that produced each item. :meth:`Record.to_dict` gives the JSON form, the RDF mapping
reads the objects directly.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

__all__ = [
    "FIELDS",
    "ORG_KINDS",
    "Cooperation",
    "EventMention",
    "Evidence",
    "Meeting",
    "Organization",
    "Participation",
    "Person",
    "Record",
    "Statement",
]

#: Fields of cooperation, as listed in SCHEMA.md.
FIELDS = (
    "health", "energy", "economy", "defense", "education", "science", "digital", "culture",
    "tourism", "transport", "agriculture", "environment", "humanitarian", "justice", "diplomacy",
)

#: Kinds of organization, as listed in SCHEMA.md.
ORG_KINDS = (
    "ministry", "government", "embassy", "parliament", "agency", "company", "international",
    "media", "other",
)


@dataclass(frozen=True, slots=True)
class Evidence:
    """Where an item was read: the sentence, its character span in the article text, and
    the rule or cue that produced the item."""

    sentence: str
    start: int
    end: int
    rule: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {"sentence": self.sentence, "start": self.start, "end": self.end,
                "rule": self.rule}


@dataclass(slots=True)
class Person:
    name: str
    country: str | None = None
    title: str | None = None
    evidence: list[Evidence] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "country": self.country, "title": self.title,
                "evidence": [e.to_dict() for e in self.evidence]}


@dataclass(slots=True)
class Organization:
    name: str
    country: str | None = None
    kind: str = "other"
    evidence: list[Evidence] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "country": self.country, "kind": self.kind,
                "evidence": [e.to_dict() for e in self.evidence]}


@dataclass(slots=True)
class EventMention:
    name: str
    location: str | None = None
    date: str | None = None
    evidence: list[Evidence] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "location": self.location, "date": self.date,
                "evidence": [e.to_dict() for e in self.evidence]}


@dataclass(slots=True)
class Statement:
    """A reported statement. ``speaker`` is a person's name, an organization's name, or
    an alpha-3 country code; ``direct`` tells a verbatim quote from indirect speech."""

    speaker: str
    content: str
    about: list[str]
    direct: bool = False
    verb: str = ""
    tone: str = "neutral"
    category: str | None = None
    date: str | None = None
    evidence: Evidence | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"speaker": self.speaker, "content": self.content, "about": self.about,
                "direct": self.direct, "verb": self.verb, "tone": self.tone,
                "category": self.category, "date": self.date,
                "evidence": self.evidence.to_dict() if self.evidence else None}


@dataclass(slots=True)
class Cooperation:
    parties: list[str]
    field: str
    category: str = "COOPERATE"
    date: str | None = None
    evidence: Evidence | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"parties": self.parties, "field": self.field, "category": self.category,
                "date": self.date,
                "evidence": self.evidence.to_dict() if self.evidence else None}


@dataclass(slots=True)
class Meeting:
    participants: list[str]
    kind: str = "meeting"
    category: str = "CONSULT"
    date: str | None = None
    evidence: Evidence | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"participants": self.participants, "kind": self.kind,
                "category": self.category, "date": self.date,
                "evidence": self.evidence.to_dict() if self.evidence else None}


@dataclass(slots=True)
class Participation:
    agent: str
    event: str
    date: str | None = None
    evidence: Evidence | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"agent": self.agent, "event": self.event, "date": self.date,
                "evidence": self.evidence.to_dict() if self.evidence else None}


@dataclass(slots=True)
class Record:
    """Everything extracted from one article."""

    article_id: str
    date: str | None
    source: str | None = None
    title: str | None = None
    url: str | None = None
    content_hash: str | None = None
    countries: list[str] = field(default_factory=list)
    persons: list[Person] = field(default_factory=list)
    organizations: list[Organization] = field(default_factory=list)
    events: list[EventMention] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)
    cooperation: list[Cooperation] = field(default_factory=list)
    meetings: list[Meeting] = field(default_factory=list)
    participations: list[Participation] = field(default_factory=list)

    def to_dict(self, *, evidence: bool = True) -> dict[str, Any]:
        """The JSON form of SCHEMA.md, with relgraph's additions when ``evidence``."""
        article = {"id": self.article_id, "date": self.date, "source": self.source}
        if evidence:
            article |= {"title": self.title, "url": self.url, "sha256": self.content_hash}
        out: dict[str, Any] = {"article": article, "countries": list(self.countries)}
        for name in ("persons", "organizations", "events", "statements", "cooperation",
                     "meetings", "participations"):
            items = [item.to_dict() for item in getattr(self, name)]
            if not evidence:
                for item in items:
                    item.pop("evidence", None)
            out[name] = items
        return out
