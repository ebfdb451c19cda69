"""Content negotiation: which format to answer in, from ``Accept`` or a ``format=`` parameter.

SELECT and ASK answer in SPARQL JSON (the default), XML, CSV, TSV or HTML; CONSTRUCT and
DESCRIBE in Turtle (the default), N-Triples, JSON-LD, RDF/XML or HTML. The two are chosen
before the query runs, since what a query returns is known only after.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = [
    "GRAPH_FORMATS",
    "MEDIA_TYPES",
    "RESULT_FORMATS",
    "Choice",
    "NotAcceptable",
    "choose",
    "parse_accept",
]

#: The media type each format is sent with.
MEDIA_TYPES = {
    "json": "application/sparql-results+json",
    "xml": "application/sparql-results+xml",
    "csv": "text/csv; charset=utf-8",
    "tsv": "text/tab-separated-values; charset=utf-8",
    "html": "text/html; charset=utf-8",
    "turtle": "text/turtle; charset=utf-8",
    "ntriples": "application/n-triples",
    "jsonld": "application/ld+json",
    "rdfxml": "application/rdf+xml",
}

# (media type, format) in the server's order of preference: on a tie the first one wins,
# so */* gets SPARQL JSON or Turtle, and HTML only when asked for.
RESULT_FORMATS: tuple[tuple[str, str], ...] = (
    ("application/sparql-results+json", "json"), ("application/json", "json"),
    ("application/sparql-results+xml", "xml"), ("application/xml", "xml"), ("text/xml", "xml"),
    ("text/csv", "csv"), ("text/tab-separated-values", "tsv"), ("text/html", "html"),
)
GRAPH_FORMATS: tuple[tuple[str, str], ...] = (
    ("text/turtle", "turtle"), ("application/x-turtle", "turtle"), ("application/turtle", "turtle"),
    ("application/n-triples", "ntriples"), ("text/plain", "ntriples"),
    ("application/ld+json", "jsonld"), ("application/json", "jsonld"),
    ("application/rdf+xml", "rdfxml"), ("application/xml", "rdfxml"), ("text/html", "html"),
)
# Names and short names a ``format=`` (or ``output=``) parameter may give.
_NAMES = {"json": "json", "srj": "json", "xml": "xml", "srx": "xml", "csv": "csv", "tsv": "tsv",
          "html": "html", "turtle": "turtle", "ttl": "turtle", "ntriples": "ntriples",
          "nt": "ntriples", "n-triples": "ntriples", "jsonld": "jsonld", "json-ld": "jsonld",
          "rdfxml": "rdfxml", "rdf": "rdfxml"}
_COUNTERPART = {"json": "jsonld", "xml": "rdfxml", "csv": "ntriples", "tsv": "ntriples",
                "jsonld": "json", "rdfxml": "xml", "turtle": "tsv", "ntriples": "tsv"}
_RESULT_NAMES = {name for _, name in RESULT_FORMATS}
_GRAPH_NAMES = {name for _, name in GRAPH_FORMATS}


class NotAcceptable(ValueError):
    """No format the client accepts (or names) fits; the message says which would."""


@dataclass(frozen=True, slots=True)
class Choice:
    """The format for a solutions (or boolean) answer and for a graph answer; ``None`` where
    the client accepts none."""

    results: str | None
    graph: str | None


def parse_accept(header: str | None) -> list[tuple[str, float]]:
    """``Accept`` as (media range, q) pairs; a missing or empty header accepts anything."""
    if not header or not header.strip():
        return [("*/*", 1.0)]
    ranges: list[tuple[str, float]] = []
    for part in header.split(",")[:64]:  # a bounded parse, whatever a client sends
        fields = [f.strip() for f in part.split(";")]
        media = fields[0].lower()
        if "/" not in media:
            continue
        q = 1.0
        for param in fields[1:]:
            key, _, value = param.partition("=")
            if key.strip().lower() == "q":
                try:
                    q = min(max(float(value), 0.0), 1.0)
                except ValueError:
                    q = 0.0
        ranges.append((media, q))
    return ranges


def choose(accept: str | None, format_param: str | None = None) -> Choice:
    """The formats to answer in. ``format_param`` (a name such as ``csv`` or a media type)
    overrides ``Accept``; an unknown one raises :class:`NotAcceptable`."""
    if format_param:
        wanted = format_param.strip().lower()
        name = _NAMES.get(wanted) or _by_media(wanted)
        if name is None:
            raise NotAcceptable(f"unknown format {format_param[:40]!r}; use one of "
                                f"{', '.join(sorted(set(_NAMES.values())))}")
        # A name meant for one kind of answer still lets the other kind be answered, in
        # the nearest format of that kind.
        return Choice(name if name in _RESULT_NAMES else _COUNTERPART[name],
                      name if name in _GRAPH_NAMES else _COUNTERPART[name])
    ranges = parse_accept(accept)
    return Choice(_best(ranges, RESULT_FORMATS), _best(ranges, GRAPH_FORMATS))


def _by_media(media: str) -> str | None:
    media = media.split(";")[0].strip()
    for offered, name in (*RESULT_FORMATS, *GRAPH_FORMATS):
        if offered == media:
            return name
    return None


def _best(ranges: list[tuple[str, float]], offers: tuple[tuple[str, str], ...]) -> str | None:
    best_name, best_q = None, 0.0
    for media, name in offers:
        q = _quality(ranges, media)
        if q > best_q:
            best_name, best_q = name, q
    return best_name


def _quality(ranges: list[tuple[str, float]], media: str) -> float:
    """The q the client gives ``media``: that of its most specific matching range."""
    kind = media.split("/")[0]
    best_specificity, q = -1, 0.0
    for accepted, value in ranges:
        if accepted == media:
            specificity = 2
        elif accepted == f"{kind}/*":
            specificity = 1
        elif accepted == "*/*":
            specificity = 0
        else:
            continue
        if specificity > best_specificity:
            best_specificity, q = specificity, value
    return q
