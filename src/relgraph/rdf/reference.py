"""The reference graph: countries (ISO 3166 codes, Wikidata links), fields of cooperation,
PLOVER categories and tones, as SKOS concepts."""

from __future__ import annotations

from collections.abc import Iterator

import pycountry
from rdflib import Literal

from ..extract.countries import country
from ..extract.records import FIELDS
from .mapping import Triple
from .terms import ID, OWL, RDF, RG, SDO, SKOS, WD, country_iri, field_iri, plover_iri

__all__ = ["PLOVER_CATEGORIES", "reference_triples"]

#: PLOVER event categories relgraph assigns, with their definitions.
PLOVER_CATEGORIES = {
    "CONSULT": "Meetings, visits, calls and negotiations.",
    "AGREE": "Agreements reached or signed, intentions to cooperate.",
    "COOPERATE": "Cooperation in a field, carried out or continued.",
    "AID": "Humanitarian, economic or military aid given.",
    "DISAPPROVE": "Criticism, condemnation or accusation.",
    "PROTEST": "Formal protests, summons and demonstrations of displeasure.",
    "DEMAND": "Demands and calls to act.",
    "THREATEN": "Threats and warnings.",
    "REJECT": "Rejection of proposals, claims or accusations.",
}

_FIELD_NOTES = {
    "economy": "Trade, investment, finance and industry.",
    "defense": "Military and security.",
    "science": "Research, technology and innovation.",
    "digital": "ICT, digitalisation and artificial intelligence.",
    "transport": "Transport, logistics and connectivity.",
    "environment": "Environment, climate and water.",
    "justice": "Law, police and migration.",
    "diplomacy": "Political relations in general.",
}


def reference_triples() -> Iterator[Triple]:
    """Every triple of the reference graph, in a deterministic order."""
    countries_scheme = ID["scheme/countries"]
    yield countries_scheme, RDF.type, SKOS.ConceptScheme
    yield countries_scheme, SKOS.prefLabel, Literal("Countries (ISO 3166-1)", lang="en")
    for entry in sorted(pycountry.countries, key=lambda c: c.alpha_3):
        info = country(entry.alpha_3)
        if info is None:
            continue
        node = country_iri(info.alpha3)
        yield node, RDF.type, SDO.Country
        yield node, RDF.type, SKOS.Concept
        yield node, SKOS.inScheme, countries_scheme
        yield node, SKOS.prefLabel, Literal(info.name, lang="en")
        yield node, SDO.name, Literal(info.name)
        yield node, SKOS.notation, Literal(info.alpha3, datatype=RG.ISO3166Alpha3)
        yield node, SKOS.notation, Literal(info.alpha2, datatype=RG.ISO3166Alpha2)
        yield node, RG.alpha3, Literal(info.alpha3)
        yield node, RG.alpha2, Literal(info.alpha2)
        if info.wikidata:
            yield node, SDO.sameAs, WD[info.wikidata]
            yield node, OWL.sameAs, WD[info.wikidata]

    fields_scheme = ID["scheme/fields"]
    yield fields_scheme, RDF.type, SKOS.ConceptScheme
    yield fields_scheme, SKOS.prefLabel, Literal("Fields of cooperation", lang="en")
    for name in FIELDS:
        node = field_iri(name)
        yield node, RDF.type, RG.Field
        yield node, RDF.type, SKOS.Concept
        yield node, SKOS.inScheme, fields_scheme
        yield node, SKOS.prefLabel, Literal(name, lang="en")
        yield node, SKOS.notation, Literal(name)
        if name in _FIELD_NOTES:
            yield node, SKOS.definition, Literal(_FIELD_NOTES[name], lang="en")

    plover_scheme = ID["scheme/plover"]
    yield plover_scheme, RDF.type, SKOS.ConceptScheme
    yield plover_scheme, SKOS.prefLabel, Literal("PLOVER event categories", lang="en")
    for name, definition in PLOVER_CATEGORIES.items():
        node = plover_iri(name)
        yield node, RDF.type, RG.PloverCategory
        yield node, RDF.type, SKOS.Concept
        yield node, SKOS.inScheme, plover_scheme
        yield node, SKOS.prefLabel, Literal(name, lang="en")
        yield node, SKOS.notation, Literal(name)
        yield node, SKOS.definition, Literal(definition, lang="en")

    for tone in ("Positive", "Neutral", "Negative"):
        node = RG[tone]
        yield node, RDF.type, RG.Tone
        yield node, SKOS.prefLabel, Literal(tone.lower(), lang="en")
