"""Where each relation comes from: its article (id, headline, outlet, link) and, for
statements, how it was said. This is what the page's tooltips show as evidence."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from ..store.results import term_text

if TYPE_CHECKING:
    from ..graph import KnowledgeGraph

__all__ = ["Source", "safe_url", "sources"]

_SOURCES = """
SELECT ?rel ?id ?headline ?outlet ?url ?verb ?tone ?direct WHERE {
  ?rel prov:wasDerivedFrom ?article .
  ?article a schema:NewsArticle ; schema:identifier ?id .
  FILTER NOT EXISTS { ?rel a rg:ArticleGraph }
  OPTIONAL { ?article schema:headline ?headline }
  OPTIONAL { ?article rg:sourceName ?outlet }
  OPTIONAL { ?article schema:url ?url }
  OPTIONAL { ?rel rg:reportingVerb ?verb }
  OPTIONAL { ?rel rg:tone ?toneIri BIND(LCASE(STRAFTER(STR(?toneIri), "#")) AS ?tone) }
  OPTIONAL { ?rel rg:directQuote ?direct }
}
"""


@dataclass(frozen=True, slots=True)
class Source:
    """The article a relation was read from, and for a statement its verb, tone and
    whether it is a direct quote. ``url`` is only ever an http(s) address."""

    article: str
    headline: str | None = None
    outlet: str | None = None
    url: str | None = None
    verb: str | None = None
    tone: str | None = None
    direct: bool | None = None


def sources(kg: KnowledgeGraph) -> dict[str, Source]:
    """The source of every relation node in the store, by relation IRI."""
    found: dict[str, Source] = {}
    for rel, ident, headline, outlet, url, verb, tone, direct in kg.select(_SOURCES):
        found[str(rel)] = Source(
            article=term_text(ident), headline=term_text(headline) or None,
            outlet=term_text(outlet) or None, url=safe_url(term_text(url)),
            verb=term_text(verb) or None, tone=term_text(tone) or None,
            direct=None if direct is None else term_text(direct) == "true")
    return found


def safe_url(url: str | None) -> str | None:
    """``url`` if it is an absolute http or https address, else ``None``: an article's
    link is untrusted, and a ``javascript:`` one would run when clicked."""
    if not url:
        return None
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    return parts.geturl() if parts.scheme in ("http", "https") and parts.netloc else None
