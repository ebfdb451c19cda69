"""Counts kept at ingest, so that corpus-wide questions read a few thousand nodes instead
of scanning every relation.

"Cooperation per pair and field", "tone per pair", "the most active officials" and "which
ministries appear with which field" are aggregates over all relation nodes: at 100,000
articles a scan takes seconds. relgraph keeps their answers in the store as summary nodes,
one named graph per key (a pair of countries, a person, a field), and recomputes only the
keys an ingest touched, from the article graphs themselves, so a summary is always what a
scan would say. While an ingest runs, a state node says the summaries are stale; a store left
stale by an interrupted ingest has them rebuilt whole when it is next opened for writing.

The counts are ordinary triples (see ``rg:Summary`` in the ontology), so every store and
every SPARQL client reads them::

    SELECT ?field ?n WHERE { ?c a rg:CooperationCount ; rg:dyad <.../id/dyad/AZE-TUR> ;
                             rg:inField ?field ; rg:articleCount ?n }
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from rdflib import RDF, Literal, URIRef
from rdflib.namespace import XSD

from ..rdf.mapping import Triple
from ..rdf.terms import GRAPH, ID, RG, SDO
from .base import Store
from .results import Rows
from .sparqltext import bind_rows

__all__ = ["KEYED_LIMIT", "STATE_GRAPH", "SummaryKeys", "ensure_current", "is_current", "keys_of",
           "mark_stale", "refresh", "stored_keys"]

#: Bumped when what the summaries hold changes, so that older stores are rebuilt.
VERSION = 1

#: The named graph holding the summaries' state node.
STATE_GRAPH = GRAPH["summary/state"]
_STATE = ID["summary/state"]

#: Beyond this many keys a full recomputation (one scan per kind) beats key lookups.
KEYED_LIMIT = 256
#: Keys per query when recomputing by key.
_CHUNK = 64


@dataclass(slots=True)
class SummaryKeys:
    """The summaries an article bears on: its dyads, its people, its fields of cooperation
    and its named events."""

    dyads: set[URIRef] = field(default_factory=set)
    persons: set[URIRef] = field(default_factory=set)
    fields: set[URIRef] = field(default_factory=set)
    events: set[URIRef] = field(default_factory=set)

    def __len__(self) -> int:
        return sum(len(keys) for keys in self.by_kind().values())

    def by_kind(self) -> dict[str, set[URIRef]]:
        return {"dyad": self.dyads, "person": self.persons, "field": self.fields,
                "event": self.events}

    def update(self, other: SummaryKeys) -> None:
        for kind, keys in self.by_kind().items():
            keys |= other.by_kind()[kind]


def keys_of(triples: Iterable[Triple]) -> SummaryKeys:
    """The summary keys of one article graph's triples."""
    keys = SummaryKeys()
    for s, p, o in triples:
        if p == RG.dyad:
            keys.dyads.add(o)  # type: ignore[arg-type]
        elif p == RG.field:
            keys.fields.add(o)  # type: ignore[arg-type]
        elif p == RG.event:
            keys.events.add(o)  # type: ignore[arg-type]
        elif p in _PERSON_LINKS or (p == RDF.type and o == SDO.Person):
            keys.persons.add(s if p == RDF.type else o)  # type: ignore[arg-type]
    return keys


# A speaker or attendee may be an organisation or a country: recounting a key that is not a
# person costs a lookup and writes nothing.
_PERSON_LINKS = frozenset({SDO.creator, SDO.attendee, RG.holder})


def stored_keys(store: Store, graph: URIRef) -> SummaryKeys:
    """The summary keys of an article graph as the store holds it (before it is replaced)."""
    rows = store.query("SELECT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }", {"g": graph})
    assert isinstance(rows, Rows)
    return keys_of((s, p, o) for s, p, o in rows)  # type: ignore[misc]


# --- state ------------------------------------------------------------------------------

def is_current(store: Store) -> bool:
    """Whether the summaries are complete and of this version."""
    return bool(store.query(
        "ASK { GRAPH ?g { ?state rg:summaryVersion ?version ; rg:upToDate true } }",
        {"g": STATE_GRAPH, "state": _STATE, "version": Literal(VERSION)}))


def ensure_current(store: Store) -> bool:
    """Recount everything if an interrupted ingest, an update or an older relgraph left the
    summaries stale (a store with no article needs no summaries); return whether it did."""
    if getattr(store, "read_only", False) or is_current(store):
        return False
    if not store.query("ASK { ?article a schema:NewsArticle }"):
        return False
    refresh(store)
    store.flush()
    return True


def mark_stale(store: Store) -> None:
    """Record that article graphs are changing and the summaries may lag behind them."""
    _write_state(store, up_to_date=False)


def _write_state(store: Store, *, up_to_date: bool) -> None:
    store.replace_graph(STATE_GRAPH, [
        (_STATE, RDF.type, RG.SummaryState),
        (_STATE, RG.summaryVersion, Literal(VERSION)),
        (_STATE, RG.upToDate, Literal(up_to_date)),
    ])


# --- recomputation ----------------------------------------------------------------------

def refresh(store: Store, keys: SummaryKeys | None = None) -> int:
    """Recompute the summaries of ``keys`` (all of them when ``None`` or when there are
    many), mark them current, and return the number of summary graphs written."""
    many = keys is None or len(keys) > KEYED_LIMIT
    written = _refresh_all(store) if many else _refresh_keys(store, keys)  # type: ignore[arg-type]
    _write_state(store, up_to_date=True)
    return written


def _refresh_all(store: Store) -> int:
    graphs: dict[URIRef, list[Triple]] = {}
    for summarise in _SUMMARISE.values():
        graphs.update(summarise(store, None))
    for old in store.graphs():
        if str(old).startswith(_SUMMARY_PREFIX) and old != STATE_GRAPH and old not in graphs:
            store.remove_graph(old)
    for name in sorted(graphs):
        store.replace_graph(name, graphs[name])
    return len(graphs)


def _refresh_keys(store: Store, keys: SummaryKeys) -> int:
    graphs: dict[URIRef, list[Triple]] = {}
    for kind, wanted in keys.by_kind().items():
        for chunk in _chunks(sorted(wanted)):
            found = dict(_SUMMARISE[kind](store, chunk))
            graphs.update({(g := summary_graph(kind, key)): found.get(g, []) for key in chunk})
    for name in sorted(graphs):
        if graphs[name]:
            store.replace_graph(name, graphs[name])
        else:  # nothing left to count: the key's last article went
            store.remove_graph(name)
    return len(graphs)


_SUMMARY_PREFIX = str(GRAPH["summary/"])


def summary_graph(kind: str, key: URIRef) -> URIRef:
    """The named graph of one key's summaries: ``kind`` is "dyad", "person", "field" or
    "event"."""
    return GRAPH[f"summary/{kind}/{_tail(key)}"]


def _tail(iri: URIRef) -> str:
    return str(iri).rsplit("/", 1)[-1]


def _counted(node: URIRef, cls: URIRef, links: dict[URIRef, object], count: URIRef,
             value: object) -> list[Triple]:
    """A summary node: its class, what it counts for (``links``) and its count."""
    triples = [(node, RDF.type, cls), (node, RDF.type, RG.Summary)]
    triples += [(node, p, o) for p, o in links.items()]  # type: ignore[misc]
    return [*triples, (node, count, _integer(value))]


def _integer(value: object) -> Literal:
    return Literal(int(value), datatype=XSD.integer)  # type: ignore[call-overload]


def _chunks(items: list, size: int = _CHUNK) -> Iterator[list]:  # type: ignore[type-arg]
    for start in range(0, len(items), size):
        yield items[start:start + size]


def _select(store: Store, sparql: str, variable: str, keys: list[URIRef] | None) -> Rows:
    """Run a summary query, restricted to ``keys`` (values of ``variable``) when given."""
    if keys is not None:
        sparql = bind_rows(sparql, [variable], [(key,) for key in keys])
    result = store.query(sparql)
    assert isinstance(result, Rows)
    return result


# --- dyads: cooperation per field, statements per tone ----------------------------------

_COOPERATION = """SELECT ?d ?field (COUNT(DISTINCT ?article) AS ?n) WHERE {
  ?c rg:dyad ?d ; a rg:Cooperation ; rg:field ?field ; prov:wasDerivedFrom ?article .
} GROUP BY ?d ?field"""

# A statement about several countries has a dyad for each: the one counted here is the
# dyad whose other country the statement is about.
_TONE = """SELECT ?d ?from ?to ?tone (COUNT(DISTINCT ?s) AS ?n) WHERE {
  ?s rg:dyad ?d ; a rg:Statement ; rg:speakerCountry ?from ; schema:about ?to ; rg:tone ?tone .
  ?d rg:firstCountry|rg:secondCountry ?to .
  FILTER(?from != ?to)
} GROUP BY ?d ?from ?to ?tone"""


def _dyad_graphs(store: Store, dyads: list[URIRef] | None
                 ) -> Iterator[tuple[URIRef, list[Triple]]]:
    graphs: dict[URIRef, list[Triple]] = defaultdict(list)
    for dyad, field_, n in _select(store, _COOPERATION, "d", dyads):
        node = ID[f"summary/cooperation/{_tail(dyad)}/{_tail(field_)}"]
        graphs[summary_graph("dyad", dyad)] += _counted(  # type: ignore[arg-type]
            node, RG.CooperationCount, {RG.dyad: dyad, RG.inField: field_}, RG.articleCount, n)
    for dyad, source, target, tone, n in _select(store, _TONE, "d", dyads):
        node = ID[f"summary/tone/{_tail(source)}-{_tail(target)}/{_tail(tone).lower()}"]
        links = {RG.fromCountry: source, RG.toCountry: target, RG.withTone: tone}
        graphs[summary_graph("dyad", dyad)] += _counted(  # type: ignore[arg-type]
            node, RG.ToneCount, links, RG.statementCount, n)
    yield from graphs.items()


# --- people: activity, name, title and offices ------------------------------------------

_MENTIONS = """SELECT ?p (COUNT(DISTINCT ?article) AS ?n) WHERE {
  ?p a schema:Person . ?article schema:mentions ?p
} GROUP BY ?p"""
_NAMES = "SELECT ?p ?name WHERE { ?p a schema:Person ; schema:name ?name }"
_STATEMENTS = """SELECT ?p (COUNT(DISTINCT ?s) AS ?n) WHERE {
  ?p a schema:Person . ?s schema:creator ?p ; a rg:Statement
} GROUP BY ?p"""
_MEETINGS = """SELECT ?p (COUNT(DISTINCT ?m) AS ?n) WHERE {
  ?p a schema:Person . ?m schema:attendee ?p ; a rg:Meeting
} GROUP BY ?p"""
_OFFICES = """SELECT ?p ?post (COUNT(DISTINCT ?article) AS ?n) WHERE {
  ?h rg:holder ?p ; a rg:OfficeHolding ; rg:post ?post ; prov:wasDerivedFrom ?article
} GROUP BY ?p ?post"""
_POST_LABELS = """SELECT DISTINCT ?post ?label WHERE {
  ?h rg:holder ?p ; a rg:OfficeHolding ; rg:post ?post . ?post skos:prefLabel ?label
}"""


def _person_graphs(store: Store, persons: list[URIRef] | None
                   ) -> Iterator[tuple[URIRef, list[Triple]]]:
    def per_person(sparql: str) -> dict[URIRef, int]:
        return {p: int(n) for p, n in _select(store, sparql, "p", persons)}  # type: ignore[misc]

    articles = per_person(_MENTIONS)
    statements, meetings = per_person(_STATEMENTS), per_person(_MEETINGS)
    names: dict[URIRef, set[str]] = defaultdict(set)
    for p, name in _select(store, _NAMES, "p", persons):
        names[p].add(str(name))  # type: ignore[index]
    labels: dict[URIRef, set[str]] = defaultdict(set)
    for post, label in _select(store, _POST_LABELS, "p", persons):
        labels[post].add(str(label))  # type: ignore[index]
    offices: dict[URIRef, list[tuple[URIRef, int]]] = defaultdict(list)
    for p, post, n in _select(store, _OFFICES, "p", persons):
        offices[p].append((post, int(n)))  # type: ignore[index, arg-type]
    for person in sorted(articles):
        node = ID[f"summary/person/{_tail(person)}"]
        triples = _counted(node, RG.PersonActivity, {RG.ofPerson: person}, RG.articleCount,
                           articles[person])
        triples += [(node, RG.statementCount, _integer(statements.get(person, 0))),
                    (node, RG.meetingCount, _integer(meetings.get(person, 0)))]
        if names[person]:
            # The fullest form the corpus gives ("Teymur Musayev" over "Musayev").
            longest = max(names[person], key=lambda n: (len(n), n))
            triples.append((node, RG.displayName, Literal(longest)))
        held = sorted(offices.get(person, []), key=lambda o: (-o[1], str(o[0])))
        if held and labels[held[0][0]]:
            title = max(labels[held[0][0]], key=lambda n: (len(n), n))
            triples.append((node, RG.displayTitle, Literal(title)))
        for post, n in held:
            triples += _counted(ID[f"summary/office/{_tail(person)}/{_tail(post)}"],
                                RG.OfficeCount, {RG.ofPerson: person, RG.ofPost: post},
                                RG.articleCount, n)
        yield summary_graph("person", person), triples


# --- fields: organisations in articles reporting cooperation ----------------------------

_ORGANIZATIONS = """SELECT ?field ?o (COUNT(DISTINCT ?article) AS ?n) WHERE {
  ?c rg:field ?field ; a rg:Cooperation ; prov:wasDerivedFrom ?article .
  ?article schema:mentions ?o . ?o a schema:GovernmentOrganization
} GROUP BY ?field ?o"""


def _field_graphs(store: Store, fields: list[URIRef] | None
                  ) -> Iterator[tuple[URIRef, list[Triple]]]:
    graphs: dict[URIRef, list[Triple]] = defaultdict(list)
    for field_, org, n in _select(store, _ORGANIZATIONS, "field", fields):
        node = ID[f"summary/organization/{_tail(field_)}/{_tail(org)}"]
        graphs[summary_graph("field", field_)] += _counted(  # type: ignore[arg-type]
            node, RG.OrganizationFieldCount, {RG.inField: field_, RG.ofOrganization: org},
            RG.articleCount, n)
    yield from graphs.items()


# --- events: who took part, how often, when ----------------------------------------------

_PARTICIPATIONS = """SELECT ?e ?agent (COUNT(DISTINCT ?article) AS ?n) (MIN(?date) AS ?first)
    (MAX(?date) AS ?last) WHERE {
  ?p rg:event ?e ; a rg:Participation ; rg:agent ?agent ; prov:wasDerivedFrom ?article .
  OPTIONAL { ?p schema:startDate ?date }
} GROUP BY ?e ?agent"""


def _event_graphs(store: Store, events: list[URIRef] | None
                  ) -> Iterator[tuple[URIRef, list[Triple]]]:
    graphs: dict[URIRef, list[Triple]] = defaultdict(list)
    for event, agent, n, first, last in _select(store, _PARTICIPATIONS, "e", events):
        # The agent is a person, an organisation or a country: its path keeps them apart.
        who = str(agent).removeprefix(str(ID)).replace("/", "-")
        node = ID[f"summary/participation/{_tail(event)}/{who}"]
        triples = _counted(node, RG.ParticipationCount, {RG.ofEvent: event, RG.ofAgent: agent},
                           RG.articleCount, n)
        if first is not None:
            triples += [(node, RG.firstDate, first), (node, RG.lastDate, last)]  # type: ignore[list-item]
        graphs[summary_graph("event", event)] += triples  # type: ignore[arg-type]
    yield from graphs.items()


_SUMMARISE = {"dyad": _dyad_graphs, "person": _person_graphs, "field": _field_graphs,
              "event": _event_graphs}
