"""Parsers for the three article formats: dated plain text, JSON Lines and HTML."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterator
from html.parser import HTMLParser

from ..errors import ArticleError
from .article import Article
from .guards import clean_text

__all__ = ["check_date", "parse_html", "parse_jsonl", "parse_text"]

# The value must start with a digit: "Date palms grew ..." is text, not a date head.
_DATE_HEAD = re.compile(r"\A\s*date[ \t]+([0-9]\S*)[ \t]*(.*)", re.IGNORECASE)
# ASCII digits only: \d would accept other scripts' digits, which no xsd:date allows. A
# time after the day ("T10:00:00+04:00", " 10:00 UTC") is dropped.
_ISO_DATE = re.compile(r"(?P<day>[0-9]{4}-[0-9]{2}-[0-9]{2})"
                       r"(?:[Tt ][0-9:.,+\-Zz ]*(?:UTC|GMT)?)?")


def check_date(value: str | None, source: str, *, row: int | None = None,
               today: dt.date | None = None) -> tuple[str | None, list[str]]:
    """Validate an ISO date; return it (or ``None``) and the warnings it deserves.

    A malformed date raises :class:`ArticleError`: relations would be dated wrongly.
    """
    value = (value or "").strip()
    if not value:
        return None, ["no date: relative dates stay unresolved"]
    shown = repr(value if len(value) <= 40 else value[:40] + "…")  # one short line
    iso = _ISO_DATE.fullmatch(value)
    if not iso:
        raise ArticleError(source, f"malformed date {shown} (expected YYYY-MM-DD)", row=row)
    value = iso.group("day")
    try:
        day = dt.date.fromisoformat(value)
    except ValueError:
        raise ArticleError(source, f"malformed date {shown} (no such day)", row=row) from None
    if day > (today or dt.date.today()):
        return value, [f"date {value} is in the future"]
    return value, []


def parse_text(text: str, *, article_id: str, source: str) -> Article:
    """A plain-text article: ``date YYYY-MM-DD`` on the first line, then either the text
    on the same line, or an optional title line and the text."""
    warnings: list[str] = []
    text = _clean(text)
    head = _DATE_HEAD.match(text)
    date = title = None
    body = text
    if head:
        date, warnings = check_date(head.group(1), source)
        rest_of_line = head.group(2)
        after = text[head.end():]
        if rest_of_line.strip():
            body = rest_of_line + after
        else:
            title, body = _split_title(after)
    else:
        warnings.append("no 'date YYYY-MM-DD' head: relative dates stay unresolved")
    body = body.strip()
    if not body:
        raise ArticleError(source, "no article text")
    return Article(id=article_id, text=body, date=date, title=title, path=source,
                   warnings=tuple(warnings))


def _split_title(text: str) -> tuple[str | None, str]:
    """Take a headline off the top: a short first paragraph without final punctuation."""
    stripped = text.lstrip()
    first, sep, rest = stripped.partition("\n")
    line = first.strip()
    if (sep and rest.strip() and line and len(line) <= 200
            and not line.endswith((".", "”", '"', "!", "?", ":"))):
        return line, rest
    return None, stripped


def parse_jsonl(text: str, *, source: str) -> Iterator[Article | ArticleError]:
    """JSON Lines, one article a row with ``id``, ``date``, ``title``, ``text``, ``source``
    and ``url``. A broken row yields an :class:`ArticleError` and the rest goes on."""
    # Rows end at "\n" only: str.splitlines() would also cut at U+2028 and other
    # separators that JSON allows raw inside strings.
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as err:
            yield ArticleError(source, f"not valid JSON: {err.msg} (column {err.colno})",
                               row=number)
            continue
        except (ValueError, RecursionError) as err:  # huge numbers, deep nesting
            reason = "nested too deeply" if isinstance(err, RecursionError) else err
            yield ArticleError(source, f"not valid JSON: {reason}", row=number)
            continue
        if not isinstance(row, dict):
            yield ArticleError(source, "row is not a JSON object", row=number)
            continue
        body = row.get("text")
        body = _clean(body).strip() if isinstance(body, str) else ""
        if not body:
            yield ArticleError(source, "row has no 'text'", row=number)
            continue
        ident = _opt_str(row.get("id"))
        ident = ident if ident and ident.strip() else f"{_stem(source)}-{number}"
        try:
            date, warnings = check_date(_opt_str(row.get("date")), source, row=number)
        except ArticleError as err:
            yield err
            continue
        yield Article(id=ident, text=body, date=date,
                      title=_opt_str(row.get("title")),
                      source=_opt_str(row.get("source")), url=_opt_str(row.get("url")),
                      path=f"{source}:{number}", warnings=tuple(warnings))


def parse_html(text: str, *, article_id: str, source: str) -> Article:
    """An HTML page: title from ``<title>`` or ``<h1>``, date from ``article:published_time``
    or ``<time datetime>``, text from the paragraphs; scripts and styles are dropped."""
    page = _Page()
    try:
        page.feed(_clean(text))
        page.close()
    except (AssertionError, ValueError) as err:  # html.parser's last resort on garbage
        raise ArticleError(source, f"malformed HTML ({err})") from None
    body = "\n\n".join(p for p in page.paragraphs if p)
    if not body.strip():
        raise ArticleError(source, "HTML page has no paragraph text")
    date, warnings = check_date(page.date, source)
    return Article(id=article_id, text=body, date=date, title=page.title,
                   source=page.site, url=page.url, path=source, warnings=tuple(warnings))


class _Page(HTMLParser):
    _SKIP = frozenset({"script", "style", "noscript", "template", "svg", "head"})
    _BLOCKS = frozenset({"p", "h1", "h2", "h3", "li", "blockquote", "div", "br", "td"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.paragraphs: list[str] = []
        self.title: str | None = None
        self.date: str | None = None
        self.site: str | None = None
        self.url: str | None = None
        self._skip = 0
        self._in_title = False
        self._buffer: list[str] = []

    def parse_html_declaration(self, i: int) -> int:
        """Read an unknown ``<![...`` section as a bogus comment, as browsers do, instead
        of failing on the whole page."""
        try:
            return super().parse_html_declaration(i)
        except AssertionError:
            if not self.rawdata.startswith("<![", i):
                raise
            return self.parse_bogus_comment(i)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k: v or "" for k, v in attrs}
        if tag == "meta":
            key = values.get("property") or values.get("name") or ""
            content = values.get("content", "")
            if key in ("article:published_time", "date", "pubdate") and not self.date:
                self.date = content
            elif key == "og:site_name":
                self.site = content
            elif key == "og:url":
                self.url = content
            return
        if tag == "time" and values.get("datetime") and not self.date:
            self.date = values["datetime"]
        if tag == "title":
            self._in_title = True
            return
        if tag in self._SKIP:
            self._skip += 1
        elif tag in self._BLOCKS:
            self._flush()

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
        elif tag in self._SKIP:
            self._skip = max(0, self._skip - 1)
        elif tag in self._BLOCKS:
            self._flush()

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title = (self.title or "") + data.strip()
        elif not self._skip:
            self._buffer.append(data)

    def close(self) -> None:
        super().close()
        self._flush()

    def _flush(self) -> None:
        text = " ".join("".join(self._buffer).split())
        self._buffer.clear()
        if text:
            self.paragraphs.append(text)


def _opt_str(value: object) -> str | None:
    """A metadata value as clean text; JSON may give numbers, lists or broken escapes."""
    return None if value is None else _clean(str(value))


def _clean(text: str) -> str:
    """Text without lone surrogates or control characters (see :func:`clean_text`)."""
    return clean_text(text)[0]


def _stem(source: str) -> str:
    name = source.rsplit("/", 1)[-1]
    return name.rsplit(".", 1)[0]
