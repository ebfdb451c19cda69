"""Find article files, decode them, and hand each to its format's parser."""

from __future__ import annotations

import codecs
from collections.abc import Iterable, Iterator
from dataclasses import replace
from pathlib import Path

from ..errors import ArticleError
from .article import Article
from .formats import parse_html, parse_jsonl, parse_text
from .guards import guard_article

__all__ = ["ARTICLE_SUFFIXES", "MAX_BYTES", "decode", "iter_files", "read_articles"]

#: Suffixes picked up when a folder is walked; a file named explicitly is read whatever
#: its suffix.
ARTICLE_SUFFIXES = frozenset({".txt", ".jsonl", ".ndjson", ".html", ".htm"})

#: Files above this size are refused: no news article is that long, and a JSON Lines feed
#: that big should be split. Refusing before reading keeps memory bounded.
MAX_BYTES = 20 * 1024 * 1024

# How much of a file is sampled to tell text from binary and to guess UTF-16.
_SAMPLE = 8192


def iter_files(paths: Iterable[str | Path]) -> Iterator[Path | ArticleError]:
    """Expand files and folders (recursively, in sorted order) into article files."""
    for raw in paths:
        path = Path(raw)
        try:
            yield from _expand(path)
        except OSError as err:  # e.g. a folder on the way that may not be entered
            yield ArticleError(str(path), f"cannot read: {err.strerror or err}")


def _expand(path: Path) -> Iterator[Path | ArticleError]:
    """One path: the article files under a folder, the file itself, or why not."""
    if path.is_dir():
        for child in sorted(path.rglob("*")):
            if (child.is_file() and child.suffix.lower() in ARTICLE_SUFFIXES
                    and not any(part.startswith(".")
                                for part in child.relative_to(path).parts)):
                yield child
    elif path.is_file():
        yield path
    elif path.exists():
        # A pipe or a device: reading it could block forever or never end.
        yield ArticleError(str(path), "not a regular file")
    else:
        yield ArticleError(str(path), "no such file or folder")


def decode(data: bytes, source: str) -> tuple[str, list[str]]:
    """Decode article bytes: UTF-8; UTF-16 or UTF-32 with a byte-order mark, or UTF-16
    recognised by its zero bytes; or else Windows-1252/Latin-1. Every encoding but UTF-8
    comes with a warning. Other NUL bytes mean a binary file."""
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8):]
    # UTF-32's little-endian mark starts with UTF-16's, so it is tried first.
    for marks, codec in (((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE), "utf-32"),
                         ((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE), "utf-16")):
        if data.startswith(marks):
            return _decode_wide(data, codec, source, f"decoded as {codec.upper()} "
                                                     "(byte-order mark)")
    if b"\x00" in data[:_SAMPLE]:
        codec = _utf16_without_mark(data[:_SAMPLE])
        if codec is None:
            raise ArticleError(source, "binary file, not text")
        return _decode_wide(data, codec, source, f"decoded as {codec.upper()} (no "
                                                 "byte-order mark; guessed from zero bytes)")
    try:
        return data.decode("utf-8"), []
    except UnicodeDecodeError as err:
        text = data.decode("cp1252", errors="replace")
        if _looks_like_text(text):
            return text, [f"not UTF-8 (byte {err.start}); decoded as Windows-1252/Latin-1"]
        raise ArticleError(source, f"not UTF-8 text (byte {err.start})") from None


def _decode_wide(data: bytes, codec: str, source: str, note: str) -> tuple[str, list[str]]:
    """Decode UTF-16 or UTF-32 strictly; what decodes to control characters is binary."""
    try:
        text = data.decode(codec)
    except UnicodeDecodeError:
        raise ArticleError(source, f"invalid {codec.upper()} text") from None
    if not _looks_like_text(text[:_SAMPLE]):
        raise ArticleError(source, "binary file, not text")
    return text, [note]


def _utf16_without_mark(sample: bytes) -> str | None:
    """``utf-16-le`` or ``utf-16-be`` when zero bytes fall on alternate positions, as in
    UTF-16 text of a Latin script without a byte-order mark; ``None`` otherwise."""
    pairs = len(sample) // 2
    if pairs < 2:
        return None
    even, odd = sample[0:2 * pairs:2].count(0), sample[1:2 * pairs:2].count(0)
    # Mostly ASCII text has a zero in nearly every high byte and none in the low bytes.
    if odd >= pairs * 0.3 and even <= pairs * 0.02:
        return "utf-16-le"
    if even >= pairs * 0.3 and odd <= pairs * 0.02:
        return "utf-16-be"
    return None


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
            raise ArticleError(source, _too_large(size))
        text, notes = decode(_read_bounded(path), source)
    except ArticleError as err:
        yield err
        return
    except OSError as err:
        yield ArticleError(source, f"cannot read: {err.strerror or err}")
        return
    suffix = path.suffix.lower()
    if suffix in (".jsonl", ".ndjson"):
        for item in parse_jsonl(text, source=source):
            yield _finish(item, notes)
        return
    try:
        if suffix in (".html", ".htm"):
            article = parse_html(text, article_id=path.stem, source=source)
        else:
            article = parse_text(text, article_id=path.stem, source=source)
    except ArticleError as err:
        yield err
        return
    yield _finish(article, notes)


def _read_bounded(path: Path) -> bytes:
    """The file's bytes, never more than :data:`MAX_BYTES` in memory even if the file
    grows after it was measured."""
    with path.open("rb") as handle:
        data = handle.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise ArticleError(str(path), _too_large(len(data)))
    return data


def _too_large(size: int) -> str:
    """The reason a file is refused, with what to do about it."""
    return (f"file too large ({size / 2**20:.0f} MB, limit {MAX_BYTES // 2**20} MB): "
            "split it into smaller files")


def _finish(item: Article | ArticleError, notes: list[str]) -> Article | ArticleError:
    """Guard an article for extraction and put the decoding notes before its warnings."""
    if isinstance(item, ArticleError):
        return item
    item = guard_article(item)
    return replace(item, warnings=(*notes, *item.warnings)) if notes else item
