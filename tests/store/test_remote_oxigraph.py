"""The remote store against a real Oxigraph server (`oxigraph serve` on 127.0.0.1): ingest
writes there, the sample queries answer as on the embedded store, a second ingest adds
nothing, and every value travels escaped."""

from __future__ import annotations

import contextlib
import io
import json
import sys
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef

import relgraph
from processes import free_port, serving, tool
from relgraph.cli import main
from relgraph.errors import QueryError, StoreError
from relgraph.rdf.terms import GRAPH, REFERENCE_GRAPH
from relgraph.store import open_store

try:
    from relgraph.store.remote import RemoteStore
except ImportError:  # pragma: no cover - depends on the environment
    pytest.skip("the remote store needs the remote extra (httpx2)", allow_module_level=True)

QUERIES = sorted((Path(__file__).resolve().parents[2] / "data" / "queries").glob("*.rq"))
TEST_GRAPH = GRAPH["test/escaping"]


@pytest.fixture(scope="module")
def oxigraph_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A fresh Oxigraph server (no union flag: relgraph keeps the union in the default
    graph itself); yields its store URL, the query endpoint."""
    binary = tool("oxigraph")
    if binary is None:
        pytest.skip("the oxigraph server binary is missing (pip install oxigraph)")
    tmp = tmp_path_factory.mktemp("oxigraph")

    def command(port: int) -> list[str]:
        return [binary, "serve", "--location", str(tmp / "data"), "--bind", f"127.0.0.1:{port}"]

    with serving(command, lambda port: f"http://127.0.0.1:{port}/", log=tmp / "server.log") as port:
        yield f"http://127.0.0.1:{port}/query"


def ingest(url: str, articles: Path, *extra: str) -> tuple[int, str]:
    """`relgraph ingest ARTICLES --store URL`, in-process; (exit code, stderr)."""
    err = io.StringIO()
    with contextlib.redirect_stderr(err):
        code = main(["ingest", str(articles), "--store", url, "--no-progress", *extra])
    return code, err.getvalue()


@pytest.fixture(scope="module")
def remote(oxigraph_url: str, articles: Path) -> Iterator[relgraph.KnowledgeGraph]:
    # Extraction in two processes; the writes still go out in batches from this one.
    code, err = ingest(oxigraph_url, articles, "--jobs", "2")
    assert code == 0, err
    assert "added 0" not in err and "failed 0" in err
    with relgraph.open(oxigraph_url, read_only=True) as kg:
        yield kg


@pytest.mark.parametrize("path", QUERIES, ids=lambda p: p.stem)
def test_sample_queries_answer_as_on_the_embedded_store(remote: relgraph.KnowledgeGraph,
                                                        embedded: relgraph.KnowledgeGraph,
                                                        path: Path):
    text = path.read_text(encoding="utf-8")
    here, there = embedded.select(text), remote.select(text)
    assert there.vars == here.vars
    assert len(here) > 0
    assert sorted(there.values(), key=repr) == sorted(here.values(), key=repr)


def test_a_second_ingest_adds_nothing(remote: relgraph.KnowledgeGraph, oxigraph_url: str,
                                      articles: Path):
    before = len(remote)
    code, err = ingest(oxigraph_url, articles)
    assert code == 0
    assert "added 0" in err and "triples added 0" in err
    assert len(remote) == before


def test_the_store_protocol_holds_there(remote: relgraph.KnowledgeGraph,
                                        embedded: relgraph.KnowledgeGraph):
    assert remote.store.graphs() == embedded.store.graphs()
    assert len(remote) == len(embedded)
    article = next(g for g in embedded.store.graphs() if g != REFERENCE_GRAPH)
    assert remote.store.graph_hash(article) == embedded.store.graph_hash(article) is not None
    assert remote.store.graph_hash(GRAPH["article/none"]) is None
    assert remote.stats() == embedded.stats()
    out = io.BytesIO()
    remote.export(out, "ntriples")
    union = Graph().parse(data=out.getvalue(), format="nt")
    assert 0 < len(union) <= len(remote)


def test_bound_variables_answer_as_on_the_embedded_store(remote: relgraph.KnowledgeGraph,
                                                        embedded: relgraph.KnowledgeGraph):
    query = "SELECT ?code ?label WHERE { ?c rg:alpha3 ?code ; skos:prefLabel ?label }"
    assert remote.select(query, code="AZE").values() == embedded.select(query, code="AZE").values()
    hostile = 'AZE" } } ; DROP ALL ; #'
    assert len(remote.select(query, code=hostile)) == 0
    assert len(remote) == len(embedded)


def test_graphs_are_replaced_whole_with_every_value_escaped(oxigraph_url: str,
                                                             remote: relgraph.KnowledgeGraph):
    before = len(remote)
    nasty = 'x" } } ; DROP ALL ; INSERT DATA { <urn:a> <urn:b> "pwned" } #\n\t\\ é 🚩'
    subject = URIRef("https://w3id.org/relgraph/id/test")
    store = RemoteStore.from_url(oxigraph_url)
    try:
        written = store.replace_graph(TEST_GRAPH, [
            (subject, URIRef("https://schema.org/name"), Literal(nasty)),
            (subject, URIRef("https://schema.org/name"), Literal(nasty, lang="en")),
            (subject, URIRef("https://schema.org/position"), Literal(3)),
        ])
        assert written == 3
        rows = store.query("SELECT ?n WHERE { GRAPH ?g { ?s schema:name ?n } }",
                           {"g": TEST_GRAPH, "s": subject})
        assert sorted(str(r[0]) for r in rows) == [nasty, nasty]
        assert len(remote) == before + 3
        # A name some article also states stays in the union when this graph goes.
        kept = next(iter(remote.select("SELECT ?s ?n WHERE { ?s schema:name ?n } LIMIT 1")))
        assert store.replace_graph(TEST_GRAPH, [(subject, URIRef("https://schema.org/name"),
                                                 Literal("only")),
                                                (kept[0], URIRef("https://schema.org/name"),
                                                 kept[1])]) == 2
        store.flush()  # writes are queued; another connection sees them once sent
        assert len(remote) == before + 2
        assert not remote.query("ASK { ?s schema:position 3 }")
        store.remove_graph(TEST_GRAPH)
        store.flush()
        assert len(remote) == before
        assert not remote.query("ASK { ?s schema:name 'only' }")
        assert remote.query("ASK { ?s schema:name ?n }", s=kept[0], n=kept[1])
    finally:
        store.remove_graph(TEST_GRAPH)
        store.close()


def test_refusals_and_errors_are_clear(oxigraph_url: str):
    read_only = open_store(oxigraph_url, read_only=True)
    with pytest.raises(StoreError, match="read-only"):
        read_only.replace_graph(TEST_GRAPH, [])
    with pytest.raises(QueryError, match="HTTP 400"):
        read_only.query("SELECT ?x WHERE { ?x }")
    read_only.close()
    nowhere = RemoteStore(f"http://127.0.0.1:{free_port()}/query", timeout=5)
    with pytest.raises(StoreError, match="cannot reach"):
        nowhere.query("ASK {}")
    nowhere.close()


def test_the_cli_reads_the_server_without_writing(oxigraph_url: str,
                                                  remote: relgraph.KnowledgeGraph,
                                                  embedded: relgraph.KnowledgeGraph,
                                                  capsys: pytest.CaptureFixture[str]):
    query = str(QUERIES[6])
    assert main(["query", query, "--store", oxigraph_url, "--format", "csv"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) - 1 == len(embedded.select(Path(query).read_text(encoding="utf-8")))


def test_relgraph_serve_fronts_the_server(oxigraph_url: str, remote: relgraph.KnowledgeGraph,
                                          tmp_path: Path):
    pytest.importorskip("uvicorn", reason="relgraph serve needs the serve extra")
    query = "SELECT (COUNT(*) AS ?n) WHERE { ?c rg:alpha3 ?a }"
    want = remote.select(query).values()

    def command(port: int) -> list[str]:
        return [sys.executable, "-m", "relgraph.cli", "serve", "--store", oxigraph_url,
                "--port", str(port)]

    with serving(command, lambda port: f"http://127.0.0.1:{port}/", log=tmp_path / "serve.log") as port:
        url = f"http://127.0.0.1:{port}/sparql?" + urllib.parse.urlencode({"query": query})
        with urllib.request.urlopen(url, timeout=30) as response:
            doc = json.load(response)
        assert [(int(b["n"]["value"]),) for b in doc["results"]["bindings"]] == want
        update = urllib.request.Request(f"http://127.0.0.1:{port}/sparql", data=b"DROP ALL",
                                        headers={"Content-Type": "application/sparql-update"})
        with pytest.raises(urllib.error.HTTPError) as refused:
            urllib.request.urlopen(update, timeout=30)
        assert refused.value.code == 403
