"""An extraction record as RDF: one named graph per article.

Relations are nodes (n-ary): a statement, a cooperation, a meeting, a participation, an
office held. Each carries its evidence (sentence, character offsets, rule), its date, its
PLOVER category and a ``prov:wasDerivedFrom`` link to the article. Shortcut triples
(``rg:metWith``, ``rg:cooperatesWith``, ``org:holds``) keep everyday queries short, and
``rg:dyad`` links every relation between two countries to the node of that pair, so that
one pair's relations are an index lookup however large the corpus.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

from rdflib import BNode, Graph, Literal, URIRef

from ..extract import countries
from ..extract.records import Evidence, Record
from .terms import (
    ORG,
    PROV,
    RDF,
    RDFS,
    RG,
    SDO,
    SKOS,
    XSD,
    article_graph,
    article_iri,
    country_iri,
    dyad_iri,
    event_iri,
    field_iri,
    org_iri,
    person_iri,
    plover_iri,
    post_iri,
    relation_iri,
)

__all__ = ["Triple", "record_graph", "record_json", "record_triples"]

Triple = tuple[URIRef | BNode, URIRef, URIRef | BNode | Literal]

_GOVERNMENT_KINDS = {"ministry", "government", "parliament", "agency", "embassy"}


def record_graph(record: Record) -> Graph:
    """The article's graph as an rdflib :class:`~rdflib.Graph` named by its graph IRI."""
    graph = Graph(identifier=article_graph(record.article_id))
    _bind(graph)
    for triple in record_triples(record):
        graph.add(triple)
    return graph


def _bind(graph: Graph) -> None:
    for prefix, ns in (("rg", RG), ("schema", SDO), ("org", ORG), ("prov", PROV),
                       ("skos", SKOS)):
        graph.bind(prefix, ns, replace=True)


def record_json(record: Record) -> dict:  # type: ignore[type-arg]
    """The record's JSON form (SCHEMA.md plus evidence) with the IRI of every entity and
    relation under ``id``: the same identifiers the graph uses."""
    mapper = _Mapper(record)
    data = record.to_dict()
    data["article"]["id_iri"] = str(mapper.article)
    for item, person in zip(data["persons"], record.persons, strict=True):
        item["id"] = str(person_iri(person.name, person.country))
    for item, org in zip(data["organizations"], record.organizations, strict=True):
        item["id"] = str(org_iri(org.name, org.country))
    for item, event in zip(data["events"], record.events, strict=True):
        item["id"] = str(event_iri(event.name))
    for name, iri in (("statements", mapper.statement_iri), ("cooperation", mapper.cooperation_iri),
                      ("meetings", mapper.meeting_iri),
                      ("participations", mapper.participation_iri)):
        for index, item in enumerate(data[name]):
            item["id"] = str(iri(index))
    return data


def record_triples(record: Record) -> Iterator[Triple]:
    """Every triple of the article's named graph, in a deterministic order."""
    mapper = _Mapper(record)
    yield from mapper.article_triples()
    yield from mapper.entities()
    yield from mapper.statements()
    yield from mapper.cooperation()
    yield from mapper.meetings()
    yield from mapper.participations()



@lru_cache(maxsize=4096, typed=True)  # typed: 1 and True are different literals
def _literal(value: object, datatype: URIRef | None = None) -> Literal:
    """A literal, made once: an article's relations repeat their sentences, offsets, rules
    and dates, and rdflib takes microseconds to make each (literals are immutable)."""
    return Literal(value, datatype=datatype)


class _Mapper:
    def __init__(self, record: Record) -> None:
        self.record = record
        self.article = article_iri(record.article_id)
        self.persons = {p.name: p for p in record.persons}
        self.orgs = {o.name: o for o in record.organizations}
        self.events = {e.name: e for e in record.events}
        self.dyads: set[URIRef] = set()

    # --- agents -----------------------------------------------------------------------
    def agent(self, name: str) -> URIRef:
        """The node a speaker, participant or agent stands for: a person or organisation of
        the record first (an organisation may be called "WHO" or "IMF"), then a country code."""
        person = self.persons.get(name)
        if person:
            return person_iri(person.name, person.country)
        org = self.orgs.get(name)
        if org:
            return org_iri(org.name, org.country)
        if _is_code(name):
            return country_iri(name)
        return person_iri(name, None)

    def _date(self, value: str | None) -> Literal | None:
        value = value or self.record.date
        return _literal(value, XSD.date) if value else None

    def _evidence(self, node: URIRef, evidence: Evidence | None) -> Iterator[Triple]:
        yield node, PROV.wasDerivedFrom, self.article
        if evidence is None:
            return
        yield node, RG.evidenceText, _literal(evidence.sentence)
        yield node, RG.startOffset, _literal(evidence.start)
        yield node, RG.endOffset, _literal(evidence.end)
        if evidence.rule:
            yield node, RG.rule, _literal(evidence.rule)

    # --- article and entities ---------------------------------------------------------
    def article_triples(self) -> Iterator[Triple]:
        r, a = self.record, self.article
        yield a, RDF.type, SDO.NewsArticle
        yield a, RDF.type, PROV.Entity
        yield a, SDO.identifier, Literal(r.article_id)
        if r.date:
            yield a, SDO.datePublished, Literal(r.date, datatype=XSD.date)
        if r.title:
            yield a, SDO.headline, Literal(r.title)
        if r.source:
            yield a, RG.sourceName, Literal(r.source)
        if r.url:
            yield a, SDO.url, Literal(r.url, datatype=XSD.anyURI)
        if r.content_hash:
            yield a, RG.contentHash, Literal(r.content_hash)
        graph = article_graph(r.article_id)
        yield graph, RDF.type, RG.ArticleGraph
        yield graph, PROV.wasDerivedFrom, a
        for code in r.countries:
            yield a, SDO.mentions, country_iri(code)

    def entities(self) -> Iterator[Triple]:
        for person in self.record.persons:
            node = person_iri(person.name, person.country)
            yield node, RDF.type, SDO.Person
            yield node, SDO.name, Literal(person.name)
            yield node, RDFS.label, Literal(person.name)
            yield self.article, SDO.mentions, node
            if person.country:
                yield node, RG.country, country_iri(person.country)
            if person.title:
                yield from self._office(node, person)
        for org in self.record.organizations:
            node = org_iri(org.name, org.country)
            yield node, RDF.type, SDO.Organization
            if org.kind in _GOVERNMENT_KINDS:
                yield node, RDF.type, SDO.GovernmentOrganization
            if org.kind == "media":
                yield node, RDF.type, SDO.NewsMediaOrganization
            yield node, RDF.type, ORG.FormalOrganization
            yield node, SDO.name, Literal(org.name)
            yield node, RDFS.label, Literal(org.name)
            yield node, RG.kind, Literal(org.kind)
            yield self.article, SDO.mentions, node
            if org.country:
                yield node, RG.country, country_iri(org.country)
        for event in self.record.events:
            node = event_iri(event.name)
            yield node, RDF.type, SDO.Event
            yield node, RDF.type, RG.NamedEvent
            yield node, SDO.name, Literal(event.name)
            yield node, RDFS.label, Literal(event.name)
            yield self.article, SDO.mentions, node
            if event.location:
                yield node, SDO.location, Literal(event.location)
                code = _place_country(event.location)
                if code:
                    yield node, RG.country, country_iri(code)

    def _office(self, node: URIRef, person) -> Iterator[Triple]:  # type: ignore[no-untyped-def]
        post = post_iri(person.title, person.country)
        yield post, RDF.type, ORG.Post
        yield post, SKOS.prefLabel, Literal(person.title)
        if person.country:
            yield post, RG.country, country_iri(person.country)
        yield node, ORG.holds, post
        yield node, SDO.jobTitle, Literal(person.title)
        office = relation_iri("office", self.record.article_id, person.name, person.title)
        yield office, RDF.type, RG.OfficeHolding
        yield office, RG.holder, node
        yield office, RG.post, post
        date = self._date(None)
        if date is not None:
            yield office, RG.attestedOn, date
        yield from self._evidence(office, person.evidence[0] if person.evidence else None)

    # --- identifiers of relations -----------------------------------------------------
    def statement_iri(self, index: int) -> URIRef:
        s = self.record.statements[index]
        return relation_iri("statement", self.record.article_id, str(index), s.speaker,
                            s.content)

    def cooperation_iri(self, index: int) -> URIRef:
        c = self.record.cooperation[index]
        return relation_iri("cooperation", self.record.article_id, ",".join(c.parties), c.field)

    def meeting_iri(self, index: int) -> URIRef:
        m = self.record.meetings[index]
        return relation_iri("meeting", self.record.article_id, *m.participants, m.kind,
                            m.date or "", str(m.evidence.start if m.evidence else ""))

    def participation_iri(self, index: int) -> URIRef:
        p = self.record.participations[index]
        return relation_iri("participation", self.record.article_id, p.agent, p.event)

    # --- relations --------------------------------------------------------------------
    def statements(self) -> Iterator[Triple]:
        for index, s in enumerate(self.record.statements):
            node = self.statement_iri(index)
            yield node, RDF.type, RG.Statement
            if s.direct:
                yield node, RDF.type, SDO.Quotation
            speaker = self.agent(s.speaker)
            yield node, SDO.creator, speaker
            yield node, SDO.text, Literal(s.content)
            yield node, RG.directQuote, Literal(s.direct)
            if s.verb:
                yield node, RG.reportingVerb, Literal(s.verb)
            yield node, RG.tone, RG[s.tone.capitalize()]
            for code in s.about:
                yield node, SDO.about, country_iri(code)
            speaker_country = self._country_of(s.speaker)
            if speaker_country:
                yield node, RG.speakerCountry, country_iri(speaker_country)
                yield from self._dyads(node, [speaker_country, *s.about], among=speaker_country)
            if s.category:
                yield node, RG.ploverCategory, plover_iri(s.category)
            date = self._date(s.date)
            if date is not None:
                yield node, SDO.dateCreated, date
            yield node, SDO.isPartOf, self.article
            yield from self._evidence(node, s.evidence)

    def cooperation(self) -> Iterator[Triple]:
        for index, c in enumerate(self.record.cooperation):
            node = self.cooperation_iri(index)
            yield node, RDF.type, RG.Cooperation
            for code in c.parties:
                yield node, RG.party, country_iri(code)
            yield node, RG.field, field_iri(c.field)
            yield node, RG.ploverCategory, plover_iri(c.category)
            date = self._date(c.date)
            if date is not None:
                yield node, SDO.startDate, date
            yield from self._evidence(node, c.evidence)
            yield from self._dyads(node, c.parties)
            for a in c.parties:
                for b in c.parties:
                    if a != b:
                        yield country_iri(a), RG.cooperatesWith, country_iri(b)

    def meetings(self) -> Iterator[Triple]:
        for index, m in enumerate(self.record.meetings):
            node = self.meeting_iri(index)
            yield node, RDF.type, RG.Meeting
            nodes = [self.agent(p) for p in m.participants]
            for participant in nodes:
                yield node, SDO.attendee, participant
            codes = [code for code in map(self._country_of, m.participants) if code]
            for code in codes:
                yield node, RG.participantCountry, country_iri(code)
            yield from self._dyads(node, codes)
            yield node, RG.meetingKind, Literal(m.kind)
            yield node, RG.ploverCategory, plover_iri(m.category)
            date = self._date(m.date)
            if date is not None:
                yield node, SDO.startDate, date
            yield from self._evidence(node, m.evidence)
            for a in nodes:
                for b in nodes:
                    if a != b:
                        yield a, RG.metWith, b

    def participations(self) -> Iterator[Triple]:
        for index, p in enumerate(self.record.participations):
            node = self.participation_iri(index)
            event = event_iri(p.event)
            agent = self.agent(p.agent)
            yield node, RDF.type, RG.Participation
            yield node, RG.agent, agent
            yield node, RG.event, event
            yield event, SDO.attendee, agent
            date = self._date(p.date)
            if date is not None:
                yield node, SDO.startDate, date
            yield node, RG.ploverCategory, plover_iri("CONSULT")
            yield from self._evidence(node, p.evidence)

    def _dyads(self, node: URIRef, codes: list[str], among: str | None = None
               ) -> Iterator[Triple]:
        """Link a relation to each pair of its countries (only the pairs that include
        ``among`` when given: a statement pairs its speaker's country with each it is
        about), describing each dyad once per article."""
        unique = sorted(set(codes))
        for i, a in enumerate(unique):
            for b in unique[i + 1:]:
                if among is not None and among not in (a, b):
                    continue
                dyad = dyad_iri(a, b)
                yield node, RG.dyad, dyad
                if dyad not in self.dyads:
                    self.dyads.add(dyad)
                    yield dyad, RDF.type, RG.Dyad
                    yield dyad, RG.firstCountry, country_iri(a)
                    yield dyad, RG.secondCountry, country_iri(b)

    def _country_of(self, name: str) -> str | None:
        person = self.persons.get(name)
        if person:
            return person.country
        org = self.orgs.get(name)
        if org:
            return org.country
        return name if _is_code(name) else None


def _is_code(name: str) -> bool:
    """Whether a speaker or agent is written as an ISO 3166 alpha-3 code."""
    return len(name) == 3 and name.isupper() and countries.country(name) is not None


def _place_country(place: str) -> str | None:
    found = countries.find_countries(place)
    return found[0].code if found else None
