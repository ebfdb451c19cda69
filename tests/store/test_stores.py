"""The stores (``relgraph.store``): the embedded Oxigraph store (in memory and on disk) and
rdflib's in-memory store answer the same queries with the same rows after the same ingest,
replace and drop article graphs whole, keep every literal intact, and take bindings as RDF
terms that are never pasted into the query text."""

from __future__ import annotations

import contextlib
import io
from collections import Counter
from pathlib import Path

import pytest
from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.compare import graph_diff, isomorphic, to_isomorphic

import relgraph
from relgraph.errors import QueryError, RelgraphError, StoreError
from relgraph.rdf.terms import GRAPH, ID, RG
from relgraph.store import MemoryStore, OxigraphStore, Rows

ROOT = Path(__file__).resolve().parent.parent.parent
FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
INPUTS = [FIXTURES / "extract", FIXTURES / "articles"]
SAMPLE_QUERIES = sorted((ROOT / "data" / "queries").glob("*.rq"))
KINDS = ("memory", "oxigraph:memory", "oxigraph:disk")

# rdflib warns about its own use of deprecated Dataset members on every query.
pytestmark = pytest.mark.filterwarnings("ignore:Dataset.* is deprecated:DeprecationWarning")

XSD_DATE = URIRef("http://www.w3.org/2001/XMLSchema#date")
XSD_DECIMAL = URIRef("http://www.w3.org/2001/XMLSchema#decimal")
XSD_BOOLEAN = URIRef("http://www.w3.org/2001/XMLSchema#boolean")

#: A hand-made graph whose literals are hard to write in SPARQL or N-Triples.
TRICKY = GRAPH["tricky"]
TRICKY_LITERALS = [
    Literal('He said: "we agree" } ; DROP ALL ; INSERT DATA { <a:b> <c:d> "e" } #'),
    Literal("line one\nline two\r\n\ttabbed"),
    Literal("back\\slash \\u0041 and \\n written out"),
    Literal("Çavuşoğlu, Đặng Thị Hồng, Søren Møller, “curly” ‘quotes’ «and» emoji 🌍"),
    Literal("Bakı", lang="az"),
    Literal("Türkiye", lang="en-gb"),
    Literal("2025-05-20", datatype=XSD_DATE),
    Literal("2.5", datatype=XSD_DECIMAL),
    Literal(True),
    Literal(-7),
    Literal(""),
]
TRICKY_TRIPLES = [(ID[f"tricky/{i}"], RG.value, lit) for i, lit in enumerate(TRICKY_LITERALS)]


def _open(kind: str, tmp: Path) -> relgraph.KnowledgeGraph:
    if kind == "oxigraph:disk":
        return relgraph.open(tmp / "store")
    return relgraph.open(kind)


def _load(kg: relgraph.KnowledgeGraph) -> relgraph.graph.IngestReport:
    report = kg.ingest(INPUTS, progress=False, stderr=io.StringIO())
    kg.store.replace_graph(TRICKY, TRICKY_TRIPLES)
    return report


@pytest.fixture(scope="module")
def loaded(tmp_path_factory: pytest.TempPathFactory):
    """The same articles ingested into each store."""
    graphs, reports = {}, {}
    for kind in KINDS:
        kg = _open(kind, tmp_path_factory.mktemp(kind.replace(":", "-")))
        reports[kind] = _load(kg)
        graphs[kind] = kg
    yield graphs, reports
    for kg in graphs.values():
        kg.close()


def _norm(term):
    return "_:blank" if isinstance(term, BNode) else term


def _multiset(rows: Rows) -> tuple[list[str], Counter]:
    """Rows as a multiset (duplicates count, order does not), blank nodes made equal."""
    return rows.vars, Counter(tuple(_norm(t) for t in row) for row in rows)


def _same_answers(results: dict[str, object]) -> None:
    kinds = list(results)
    first = results[kinds[0]]
    for kind in kinds[1:]:
        other = results[kind]
        if isinstance(first, Rows):
            assert isinstance(other, Rows)
            a, b = _multiset(first), _multiset(other)
            assert a[0] == b[0], f"variables differ: {kinds[0]} {a[0]} / {kind} {b[0]}"
            only_a, only_b = a[1] - b[1], b[1] - a[1]
            assert not only_a and not only_b, (
                f"{kinds[0]} vs {kind}: {len(first)} / {len(other)} rows\n"
                f"only in {kinds[0]}: {list(only_a.items())[:10]}\n"
                f"only in {kind}: {list(only_b.items())[:10]}")
        elif isinstance(first, Graph):
            assert isinstance(other, Graph)
            if not isomorphic(first, other):
                _, x, y = graph_diff(to_isomorphic(first), to_isomorphic(other))
                pytest.fail(f"{kinds[0]} vs {kind}: -{sorted(x)[:10]} +{sorted(y)[:10]}")
        else:
            assert first == other, f"{kinds[0]}: {first!r} / {kind}: {other!r}"


def _ask_all(loaded, sparql: str, **bindings) -> dict[str, object]:
    graphs, _ = loaded
    return {kind: kg.query(sparql, **bindings) for kind, kg in graphs.items()}


# --- the same ingest, the same store ------------------------------------------------------


def test_ingest_reports_agree(loaded):
    _, reports = loaded
    summaries = {kind: (r.added, r.skipped, r.failed, r.triples) for kind, r in reports.items()}
    assert len(set(summaries.values())) == 1, summaries
    assert reports["memory"].added >= 4 and reports["memory"].failed == 0


def test_sizes_and_graphs_agree(loaded):
    graphs, _ = loaded
    sizes = {kind: len(kg) for kind, kg in graphs.items()}
    assert len(set(sizes.values())) == 1, sizes
    names = {kind: kg.store.graphs() for kind, kg in graphs.items()}
    assert names["memory"] == names["oxigraph:memory"] == names["oxigraph:disk"]
    assert TRICKY in names["memory"]


def test_replace_graph_returns_the_number_of_distinct_triples(tmp_path: Path):
    """The count a store reports is what it holds: a triple given twice is stored once."""
    triples = [(ID["a"], RG.p, Literal(1)), (ID["a"], RG.p, Literal(1)), (ID["b"], RG.p, ID["a"])]
    counts = {}
    for kind in KINDS:
        kg = _open(kind, tmp_path / kind.replace(":", "-"))
        before = len(kg)
        counts[kind] = kg.store.replace_graph(GRAPH["dup"], triples)
        assert len(kg) - before == 2, kind
        kg.close()
    assert counts == {kind: 2 for kind in KINDS}


# --- the same answers ---------------------------------------------------------------------

QUERIES = {
    "persons": "SELECT ?p ?n WHERE { ?p a schema:Person ; schema:name ?n }",
    "statements-by-persons": "SELECT ?s ?text WHERE { ?s a rg:Statement ; schema:text ?text ; "
                             "schema:creator ?who . ?who a schema:Person }",
    "meetings-of-persons": "SELECT ?m ?p WHERE { ?m a rg:Meeting ; schema:attendee ?p . "
                           "?p a schema:Person }",
    "count-persons": "SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?p a schema:Person }",
    "count-mentions": "SELECT ?a (COUNT(?m) AS ?n) WHERE { ?a schema:mentions ?m } GROUP BY ?a",
    "parties": "SELECT ?c (COUNT(*) AS ?n) WHERE { ?s rg:party ?c } GROUP BY ?c",
    "graphs": "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s a schema:NewsArticle } }",
    "path": "SELECT ?s ?code WHERE { ?s rg:speakerCountry/rg:alpha3 ?code }",
    "optional": "SELECT ?p ?title WHERE { ?p a schema:Person OPTIONAL { ?p schema:jobTitle "
                "?title } }",
    "lang": "SELECT ?label WHERE { ?c rg:alpha3 'KEN' ; skos:prefLabel ?label }",
    "dates": "SELECT ?s ?d WHERE { ?s schema:startDate ?d "
             "FILTER(?d >= '2025-05-01'^^xsd:date) }",
    "contains": "SELECT ?s WHERE { ?s rg:evidenceText ?t FILTER(CONTAINS(?t, 'gateway')) }",
    "tricky": "SELECT ?s ?v WHERE { GRAPH <https://w3id.org/relgraph/graph/tricky> "
              "{ ?s rg:value ?v } }",
    "aggregate": "SELECT (AVG(?o) AS ?mean) (MAX(?o) AS ?top) WHERE { ?s rg:startOffset ?o }",
    "ask-true": "ASK { ?s a rg:Cooperation }",
    "ask-false": "ASK { ?s a rg:NoSuchClass }",
    "construct": "CONSTRUCT { ?a rg:cooperatesWith ?b } WHERE { ?a rg:cooperatesWith ?b }",
    "describe-like": "CONSTRUCT { ?p ?q ?o } WHERE { ?p a schema:Person ; ?q ?o }",
}


@pytest.mark.parametrize("name", QUERIES)
def test_same_answers_to_the_same_query(loaded, name: str):
    _same_answers(_ask_all(loaded, QUERIES[name]))


@pytest.mark.parametrize("query", SAMPLE_QUERIES, ids=[q.stem for q in SAMPLE_QUERIES])
def test_same_answers_to_the_sample_queries(loaded, query: Path):
    _same_answers(_ask_all(loaded, query.read_text(encoding="utf-8")))


def test_same_order_when_the_query_orders_everything(loaded):
    sparql = ("SELECT ?s ?o WHERE { ?s rg:startOffset ?o } ORDER BY ?o STR(?s)")
    results = _ask_all(loaded, sparql)
    rows = {kind: list(r) for kind, r in results.items()}
    assert rows["memory"] == rows["oxigraph:memory"] == rows["oxigraph:disk"]
    assert rows["memory"]


def test_literals_come_back_intact(loaded):
    sparql = f"SELECT ?s ?v WHERE {{ GRAPH <{TRICKY}> {{ ?s rg:value ?v }} }}"
    for kind, result in _ask_all(loaded, sparql).items():
        got = {str(s): v for s, v in result}
        expected = {str(s): lit for s, _, lit in TRICKY_TRIPLES}
        assert got == expected, kind
        for key, lit in expected.items():
            # Language tags compare without case (RDF 1.1); Oxigraph stores them lower-cased.
            assert ((got[key].language or "").lower(), got[key].datatype) == \
                ((lit.language or "").lower(), lit.datatype), kind


# --- bindings -----------------------------------------------------------------------------

HOSTILE = [
    '"} ; DROP ALL ; { "',
    "AZE' } UNION { ?c ?p ?o } #",
    '" . } DELETE WHERE { ?s ?p ?o } ; SELECT * WHERE { "',
    "<https://w3id.org/relgraph/id/country/AZE>",
    "?code",
    "\\\" } #",
]


@pytest.mark.parametrize("value", HOSTILE)
def test_bound_strings_are_literals_never_query_text(loaded, value: str):
    graphs, _ = loaded
    sizes = {kind: len(kg) for kind, kg in graphs.items()}
    sparql = "SELECT ?c ?code WHERE { ?c rg:alpha3 ?code }"
    results = _ask_all(loaded, sparql, code=value)
    for kind, rows in results.items():
        assert len(rows) == 0, kind
        assert len(graphs[kind]) == sizes[kind], f"{kind} changed by a query"
    found = _ask_all(loaded, sparql, code="KEN")
    _same_answers(found)
    assert len(found["memory"]) == 1


@pytest.mark.parametrize(
    ("sparql", "bindings", "count"),
    [
        pytest.param("SELECT ?c WHERE { ?c rg:alpha3 ?code }", {"code": "KEN"}, 1,
                     id="string-outside-projection"),
        pytest.param("SELECT ?code WHERE { ?c rg:alpha3 ?code }",
                     {"c": URIRef("https://w3id.org/relgraph/id/country/KEN")}, 1,
                     id="iri-outside-projection"),
        pytest.param("SELECT (COUNT(?s) AS ?n) WHERE { ?s a ?cls }",
                     {"cls": URIRef("https://schema.org/Country")}, 1, id="in-an-aggregate"),
        pytest.param("SELECT ?c ?code WHERE { ?c rg:alpha3 ?code }", {"code": "KEN"}, 1,
                     id="string-in-projection"),
        pytest.param("SELECT ?s WHERE { ?s skos:prefLabel ?l }",
                     {"l": Literal("Kenya", lang="en")}, 1, id="language-literal"),
        pytest.param("SELECT ?s ?d WHERE { ?s schema:startDate ?d }",
                     {"d": Literal("1999-01-01", datatype=XSD_DATE)}, 0, id="date-no-match"),
        pytest.param("ASK { ?c rg:alpha3 ?code }", {"code": "KEN"}, True, id="ask"),
    ],
)
def test_bindings_give_the_same_answers(loaded, sparql, bindings, count):
    """Binding works whether or not the variable is projected (the API documents
    ``kg.query("SELECT ?s WHERE { ?s rg:alpha3 ?code }", code="AZE")``)."""
    results = _ask_all(loaded, sparql, **bindings)
    _same_answers(results)
    answer = results["memory"]
    if isinstance(answer, bool):
        assert answer is count
    elif sparql.startswith("SELECT (COUNT"):
        assert answer[0][0].toPython() >= count
    else:
        assert len(answer) == count


def test_sample_query_parameters_can_be_bound(loaded):
    """01 says: "Bind ?speakerCode and ?aboutCode from Python"."""
    query = ROOT / "data" / "queries" / "01-statements-by-country-about-country.rq"
    results = _ask_all(loaded, query.read_text(encoding="utf-8"), speakerCode="CHL",
                       aboutCode="VNM")
    _same_answers(results)
    assert len(results["memory"]) >= 1


def test_an_invalid_iri_binding_is_refused_or_matches_nothing(loaded):
    graphs, _ = loaded
    bad = URIRef("https://example.org/a> <https://example.org/b")
    for kind, kg in graphs.items():
        size = len(kg)
        try:
            rows = kg.query("SELECT ?p WHERE { ?s ?p ?o }", s=bad)
        except RelgraphError:
            pass
        else:
            assert len(rows) == 0, kind
        assert len(kg) == size, kind


def test_only_terms_and_plain_values_can_be_bound(loaded):
    graphs, _ = loaded
    for kg in graphs.values():
        with pytest.raises(TypeError):
            kg.query("SELECT ?s WHERE { ?s ?p ?o }", s=object())


@pytest.mark.parametrize("kind", KINDS)
def test_syntax_errors_are_query_errors(kind: str, tmp_path: Path):
    kg = _open(kind, tmp_path)
    try:
        with pytest.raises(QueryError):
            kg.query("SELEC ?s WHERE { ?s ?p ?o }")
    finally:
        kg.close()


# --- graphs: replace, remove, hashes ------------------------------------------------------


@pytest.mark.parametrize("kind", KINDS)
def test_replace_and_remove_graph(kind: str, tmp_path: Path):
    kg = _open(kind, tmp_path)
    store = kg.store
    base = len(kg)
    first = [(ID["x"], RG.value, Literal("old")), (ID["y"], RG.value, Literal("kept?"))]
    second = [(ID["x"], RG.value, Literal("new"))]
    store.replace_graph(GRAPH["g"], first)
    store.replace_graph(GRAPH["g"], second)
    values = {str(r[0]) for r in kg.select("SELECT ?v WHERE { ?s rg:value ?v }")}
    assert values == {"new"}
    assert len(kg) == base + 1
    store.replace_graph(GRAPH["h"], first)
    store.remove_graph(GRAPH["g"])
    assert GRAPH["g"] not in store.graphs() and GRAPH["h"] in store.graphs()
    assert {str(r[0]) for r in kg.select("SELECT ?v WHERE { ?s rg:value ?v }")} == {"old",
                                                                                    "kept?"}
    store.remove_graph(GRAPH["never-there"])
    kg.close()


@pytest.mark.parametrize("kind", KINDS)
def test_graph_hash_is_the_article_content_hash(kind: str, tmp_path: Path):
    kg = _open(kind, tmp_path)
    _load(kg)
    articles = kg.select("SELECT ?g ?h WHERE { GRAPH ?g { ?a a schema:NewsArticle ; "
                         "rg:contentHash ?h } }")
    assert len(articles) >= 4
    for graph, digest in articles:
        assert kg.store.graph_hash(graph) == str(digest)
    assert kg.store.graph_hash(GRAPH["absent"]) is None
    again = kg.ingest(INPUTS, progress=False, stderr=io.StringIO())
    assert again.added == 0 and again.skipped == len(articles)
    kg.close()


# --- export, persistence, read-only -------------------------------------------------------


def _exported_dataset(kg: relgraph.KnowledgeGraph, fmt: str) -> Dataset:
    buffer = io.BytesIO()
    kg.export(buffer, fmt)
    dataset = Dataset()
    dataset.parse(data=buffer.getvalue(), format={"nquads": "nquads", "trig": "trig"}[fmt])
    return dataset


@pytest.mark.parametrize("fmt", ["nquads", "trig"])
def test_exports_hold_the_same_graphs(loaded, fmt: str):
    graphs, _ = loaded
    exported = {kind: _exported_dataset(kg, fmt) for kind, kg in graphs.items()}
    reference = exported["memory"]
    for kind, dataset in exported.items():
        names = sorted(str(g.identifier) for g in dataset.graphs() if len(g))
        assert names == sorted(str(g.identifier) for g in reference.graphs() if len(g)), kind
        for graph in reference.graphs():
            if not len(graph):
                continue
            other = dataset.graph(graph.identifier)
            assert isomorphic(graph, other), f"{kind}: graph {graph.identifier} differs"


def test_on_disk_store_keeps_its_graphs_and_opens_read_only(tmp_path: Path):
    path = tmp_path / "store"
    kg = relgraph.open(path)
    _load(kg)
    size = len(kg)
    persons = kg.select(QUERIES["persons"])
    kg.close()

    again = relgraph.open(path, read_only=True)
    try:
        assert len(again) == size
        _same_answers({"before": persons, "after": again.select(QUERIES["persons"])})
        with pytest.raises(StoreError):
            again.store.replace_graph(GRAPH["g"], [(ID["x"], RG.value, Literal(1))])
        with pytest.raises(StoreError):
            again.store.remove_graph(TRICKY)
        assert len(again) == size
    finally:
        again.close()


def _disk_bytes(path: Path) -> int:
    total = 0
    for file in path.glob("*.sst"):
        with contextlib.suppress(FileNotFoundError):  # removed by a compaction meanwhile
            total += file.stat().st_size
    return total


def test_optimize_compacts_the_disk_and_keeps_every_quad(tmp_path: Path):
    path = tmp_path / "store"
    kg = relgraph.open(path)
    for round_ in range(2):  # the second round replaces each graph: old versions linger
        for i in range(40):
            kg.store.replace_graph(GRAPH[f"g{i}"], [(ID[f"s{i}-{k}"], RG.value, Literal(round_))
                                                    for k in range(50)])
            kg.store.flush()
    size, before = len(kg), _disk_bytes(path)
    kg.store.optimize()
    assert _disk_bytes(path) < before
    assert len(kg) == size
    assert kg.select("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s rg:value 1 } }"
                     ).values() == [(2000,)]
    kg.close()


class _CountingStore(MemoryStore):
    def __init__(self) -> None:
        super().__init__()
        self.optimized = 0

    def optimize(self) -> None:
        self.optimized += 1


def test_an_ingest_optimizes_the_store_after_a_bulk_load(monkeypatch: pytest.MonkeyPatch):
    store = _CountingStore()
    kg = relgraph.KnowledgeGraph(store)
    monkeypatch.setattr(relgraph.graph, "_OPTIMIZE_AFTER", 3)
    kg.ingest([FIXTURES / "articles" / "aze-tur-health-followup.txt"], progress=False)
    assert store.optimized == 0  # one article: nothing worth reorganising
    report = kg.ingest(INPUTS, progress=False, stderr=io.StringIO())
    assert report.added >= 3 and store.optimized == 1


def test_memory_and_oxigraph_store_classes_share_the_interface():
    for cls in (MemoryStore, OxigraphStore):
        for method in ("graph_hash", "replace_graph", "remove_graph", "query", "export",
                       "graphs", "__len__", "close", "add_triples", "flush", "optimize"):
            assert callable(getattr(cls, method)), (cls.__name__, method)
