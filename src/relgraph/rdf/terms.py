"""relgraph's namespaces and deterministic identifiers.

Identifiers depend only on what they name: a country on its ISO code, a person on country
and surname, an organisation on country and normalised name, a relation on its article and
content. The same input always gives the same IRIs.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

from rdflib import Namespace, URIRef
from rdflib.namespace import ORG as _ORG
from rdflib.namespace import OWL as _OWL
from rdflib.namespace import PROV as _PROV
from rdflib.namespace import RDF as _RDF
from rdflib.namespace import RDFS as _RDFS
from rdflib.namespace import SKOS as _SKOS
from rdflib.namespace import XSD as _XSD

__all__ = [
    "BASE",
    "GRAPH",
    "ID",
    "ORG",
    "OWL",
    "PREFIXES",
    "PROV",
    "RDF",
    "RDFS",
    "REFERENCE_GRAPH",
    "RG",
    "SDO",
    "SKOS",
    "WD",
    "XSD",
    "article_graph",
    "article_iri",
    "country_iri",
    "dyad_iri",
    "event_iri",
    "field_iri",
    "org_iri",
    "person_iri",
    "plover_iri",
    "post_iri",
    "relation_iri",
    "slug",
]

BASE = "https://w3id.org/relgraph/"
class _Vocabulary(Namespace):
    """A namespace that makes each of its terms once: mapping an article names the same
    dozens of properties thousands of times, and rdflib builds a new IRI object each time."""

    _made: dict[tuple[str, str], URIRef] = {}  # noqa: RUF012 - shared on purpose

    def term(self, name: str) -> URIRef:
        key = (str(self), name)
        made = self._made.get(key)
        if made is None:
            made = self._made[key] = super().term(name)
        return made


RG = _Vocabulary(BASE + "vocab#")
ID = Namespace(BASE + "id/")
GRAPH = Namespace(BASE + "graph/")
SDO = _Vocabulary("https://schema.org/")
WD = Namespace("http://www.wikidata.org/entity/")
ORG, OWL, PROV, RDF, RDFS, SKOS, XSD = (
    _Vocabulary(str(ns)) for ns in (_ORG, _OWL, _PROV, _RDF, _RDFS, _SKOS, _XSD))

#: Prefixes every relgraph store declares for the queries it runs.
PREFIXES = {
    "rg": str(RG), "schema": str(SDO), "org": str(ORG), "prov": str(PROV), "skos": str(SKOS),
    "rdfs": str(RDFS), "xsd": str(XSD),
}

#: The named graph holding countries, fields and PLOVER categories.
REFERENCE_GRAPH = GRAPH["reference"]


# Letters that Unicode does not decompose into an ASCII letter and a mark.
_ASCII_LETTERS = str.maketrans({
    "ı": "i", "ə": "a", "Ə": "A", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D",
    "ð": "d", "Ð": "D", "ß": "ss", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "þ": "th",
    "Þ": "Th", "ħ": "h", "Ħ": "H",
})


def slug(text: str) -> str:
    """Lower-case ASCII words joined by hyphens: ``Çavuşoğlu`` -> ``cavusoglu``,
    ``Đức`` -> ``duc``, ``Møller`` -> ``moller``."""
    folded = unicodedata.normalize("NFKD", text.translate(_ASCII_LETTERS))
    ascii_text = folded.encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-") or "x"


def _digest(*parts: str) -> str:
    return hashlib.sha256("\x1f".join(parts).encode("utf-8", "surrogatepass")).hexdigest()[:16]


def article_iri(article_id: str) -> URIRef:
    return ID[f"article/{slug(article_id)}-{_digest(article_id)[:6]}"]


def article_graph(article_id: str) -> URIRef:
    """The named graph that holds everything extracted from one article."""
    return GRAPH[f"article/{slug(article_id)}-{_digest(article_id)[:6]}"]


def country_iri(code: str) -> URIRef:
    return ID[f"country/{code.upper()}"]


def dyad_iri(a: str, b: str) -> URIRef:
    """The unordered pair of two countries, by their codes in alphabetical order."""
    first, second = sorted((a.upper(), b.upper()))
    return ID[f"dyad/{first}-{second}"]


def person_iri(name: str, country: str | None) -> URIRef:
    """People are one node across articles when surname and country agree: "Musayev"
    and "Teymur Musayev" of Azerbaijan are the same person."""
    tokens = [t for t in re.split(r"[\s.]+", name) if len(t) > 1]
    surname = slug(tokens[-1] if tokens else name)
    return ID[f"person/{(country or 'xxx').lower()}-{surname}"]


def org_iri(name: str, country: str | None) -> URIRef:
    return ID[f"org/{(country or 'int').lower()}-{slug(name)}"]


def post_iri(title: str, country: str | None) -> URIRef:
    return ID[f"post/{(country or 'xxx').lower()}-{slug(title)}"]


def event_iri(name: str) -> URIRef:
    return ID[f"event/{slug(name)}"]


def field_iri(field: str) -> URIRef:
    return ID[f"field/{field}"]


def plover_iri(category: str) -> URIRef:
    return ID[f"plover/{category.upper()}"]


def relation_iri(kind: str, article_id: str, *parts: str) -> URIRef:
    """A statement, cooperation, meeting, participation or office node of one article."""
    return ID[f"{kind}/{_digest(article_id, kind, *parts)}"]
