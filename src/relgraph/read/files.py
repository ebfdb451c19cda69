"""Find article files, decode them, and hand each to its format's parser."""

from __future__ import annotations

import codecs
from collections.abc import Iterable, Iterator
from dataclasses import replace
from pathlib import Path

from ..errors import ArticleError
from .article import Article
from .formats import parse_html, parse_jsonl, parse_text

__all__ = ["ARTICLE_SUFFIXES", "MAX_BYTES", "decode", "iter_files", "read_articles"]

#: Suffixes picked up when a folder is walked; a file named explicitly is read whatever
#: its suffix.
ARTICLE_SUFFIXES = frozenset({".txt", ".jsonl", ".ndjson", ".html", ".htm"})

#: Files above this size are refused: no news article is that long, and a JSON Lines feed
#: that big should be split.
MAX_BYTES = 20 * 1024 * 1024


def iter_files(paths: Iterable[str | Path]) -> Iterator[Path | ArticleError]:
    """Expand files and folders (recursively, in sorted order) into article files."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if (child.is_file() and child.suffix.lower() in ARTICLE_SUFFIXES
                        and not any(part.startswith(".")
                                    for part in child.relative_to(path).parts)):
                    yield child
        elif path.is_file():
            yield path
        else:
            yield ArticleError(str(path), "no such file or folder")


def decode(data: bytes, source: str) -> tuple[str, list[str]]:
    """Decode article bytes: UTF-8, or UTF-16 with a byte-order mark, or else Latin-1 with
    a warning. NUL bytes without a UTF-16 mark mean a binary file."""
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8):]
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16"), ["decoded as UTF-16 (byte-order mark)"]
        except UnicodeDecodeError:
            raise ArticleError(source, "invalid UTF-16 text") from None
    if b"\x00" in data[:8192]:
        raise ArticleError(source, "binary file, not text")
    try:
        return data.decode("utf-8"), []
    except UnicodeDecodeError as err:
        text = data.decode("cp1252", errors="replace")
        if _looks_like_text(text):
            return text, [f"not UTF-8 (byte {err.start}); decoded as Windows-1252/Latin-1"]
        raise ArticleError(source, f"not UTF-8 text (byte {err.start})") from None


def _looks_like_text(text: str) -> bool:
    controls = sum(1 for c in text if ord(c) < 32 and c not in "\n\r\t")
    return controls <= len(text) // 100


def read_articles(paths: Iterable[str | Path]) -> Iterator[Article | ArticleError]:
    """Every article under ``paths``, or an :class:`ArticleError` in its place.

    Errors are yielded, not raised, so that one bad file never stops a batch.
    """
    for item in iter_files(paths):
        if isinstance(item, ArticleError):
            yield item
            continue
        yield from _read_file(item)


def _read_file(path: Path) -> Iterator[Article | ArticleError]:
    source = str(path)
    try:
        size = path.stat().st_size
        if size == 0:
            raise ArticleError(source, "empty file")
        if size > MAX_BYTES:
            raise ArticleError(source, f"file too large ({size / 2**20:.0f} MB > "
                                       f"{MAX_BYTES // 2**20} MB)")
        text, notes = decode(path.read_bytes(), source)
    except ArticleError as err:
        yield err
        return
    except OSError as err:
        yield ArticleError(source, f"cannot read: {err.strerror or err}")
        return
    suffix = path.suffix.lower()
    if suffix in (".jsonl", ".ndjson"):
        for item in parse_jsonl(text, source=source):
            yield _with_notes(item, notes)
        return
    try:
        if suffix in (".html", ".htm"):
            article = parse_html(text, article_id=path.stem, source=source)
        else:
            article = parse_text(text, article_id=path.stem, source=source)
    except ArticleError as err:
        yield err
        return
    yield _with_notes(article, notes)


def _with_notes(item: Article | ArticleError, notes: list[str]) -> Article | ArticleError:
    if not notes or isinstance(item, ArticleError):
        return item
    return replace(item, warnings=(*notes, *item.warnings))
