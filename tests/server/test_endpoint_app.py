"""The endpoint application in-process: the protocol's edges, negotiation, the time limit,
escaping, and the host check."""

from __future__ import annotations

import csv
import io
import json
import time
from collections.abc import Iterator, Mapping
from xml.dom.minidom import parseString

import pytest
from rdflib import BNode, Literal, URIRef
from rdflib.term import Node

from relgraph.store import MemoryStore, OxigraphStore, QueryResult, summaries
from relgraph.store.sparqltext import nt

pytest.importorskip("starlette", reason="relgraph serve needs the serve extra (starlette)")
try:
    from starlette.testclient import TestClient
except RuntimeError:  # Starlette's test client wants httpx2 (or httpx)
    pytest.skip("Starlette's test client needs httpx2", allow_module_level=True)

from relgraph.server import ServerConfig, create_app
from relgraph.server.negotiation import Choice, NotAcceptable, choose

NASTY = 'a "quoted" <b>&amp;</b>\ttab\nline \\ back \x01 ctrl é'
EX = "http://example.org/"


@pytest.fixture()
def store() -> Iterator[OxigraphStore]:
    s = OxigraphStore(None)
    s.add_triples(URIRef(EX + "g"), [
        (URIRef(EX + "a"), URIRef(EX + "p"), Literal(NASTY)),
        (URIRef(EX + "a"), URIRef(EX + "q"), Literal("hello", lang="en")),
        (URIRef(EX + "a"), URIRef(EX + "r"), Literal(5)),
        (URIRef(EX + "a"), URIRef(EX + "s"), BNode("b1")),
    ])
    yield s
    s.close()


def client(store: object, **config: object) -> TestClient:
    app = create_app(store, ServerConfig(**config))  # type: ignore[arg-type]
    return TestClient(app, base_url="http://127.0.0.1:7878")


SELECT = f"SELECT ?p ?o WHERE {{ <{EX}a> ?p ?o }} ORDER BY ?p"


def test_every_results_format_carries_every_kind_of_term(store: OxigraphStore):
    http = client(store)
    doc = http.get("/sparql", params={"query": SELECT}).json()
    values = {b["p"]["value"]: b["o"] for b in doc["results"]["bindings"]}
    assert values[EX + "p"] == {"type": "literal", "value": NASTY}
    assert values[EX + "q"] == {"type": "literal", "value": "hello", "xml:lang": "en"}
    assert values[EX + "r"]["datatype"].endswith("#integer")
    assert values[EX + "s"]["type"] == "bnode"

    xml = http.get("/sparql", params={"query": SELECT, "format": "xml"})
    assert xml.headers["content-type"].startswith("application/sparql-results+xml")
    dom = parseString(xml.content)  # well-formed, the control character included
    assert len(dom.getElementsByTagName("result")) == 4

    rows = list(csv.reader(io.StringIO(http.get("/sparql", params={"query": SELECT},
                                                headers={"Accept": "text/csv"}).text,
                                       newline="")))
    assert rows[0] == ["p", "o"] and rows[1][1] == NASTY and rows[4][1].startswith("_:")

    tsv = http.get("/sparql", params={"query": SELECT, "format": "tsv"}).text.split("\n")
    assert tsv[0] == "?p\t?o"
    assert tsv[1] == f"<{EX}p>\t{nt(Literal(NASTY))}"  # tabs and newlines escaped
    assert tsv[2].endswith('"hello"@en')


def test_negotiation():
    assert choose(None) == Choice("json", "turtle")
    assert choose("*/*") == Choice("json", "turtle")
    assert choose("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8") \
        == Choice("html", "html")
    assert choose("text/csv;q=0.5, text/tab-separated-values") == Choice("tsv", None)
    assert choose("application/n-triples, text/turtle;q=0.5") == Choice(None, "ntriples")
    assert choose("application/json") == Choice("json", "jsonld")
    assert choose("image/png") == Choice(None, None)
    assert choose("image/png", "csv") == Choice("csv", "ntriples")
    assert choose(None, "application/ld+json") == Choice("json", "jsonld")
    with pytest.raises(NotAcceptable):
        choose(None, "pdf")


@pytest.mark.parametrize(("method", "kwargs", "status"), [
    ("GET", {"params": {}}, 400),
    ("GET", {"params": {"query": "ASK {}", "update": "DROP ALL"}}, 400),
    ("GET", {"params": {"query": "ASK {}", "default-graph-uri": EX}}, 400),
    ("POST", {"content": b"ASK {}", "headers": {"Content-Type": "text/plain"}}, 415),
    ("PUT", {"content": b"ASK {}"}, 405),
    ("POST", {"content": b"x" * 2048,
              "headers": {"Content-Type": "application/sparql-query"}}, 413),
    ("POST", {"content": b"\xff\xfe", "headers": {"Content-Type": "application/sparql-query"}},
     400),
])
def test_protocol_errors(store: OxigraphStore, method: str, kwargs: dict[str, object],
                         status: int):
    http = client(store, max_body=1024)
    assert http.request(method, "/sparql", **kwargs).status_code == status  # type: ignore[arg-type]


def test_ask_in_csv_and_a_syntax_error(store: OxigraphStore):
    http = client(store)
    assert http.get("/sparql", params={"query": "ASK { ?s ?p ?o }", "format": "csv"}).text \
        == "_askResult\r\ntrue\r\n"
    bad = http.get("/sparql", params={"query": "SELECT WHERE"})
    assert bad.status_code == 400 and bad.headers["content-type"].startswith("text/plain")
    page = http.get("/", params={"query": "SELECT <oops WHERE"})
    assert page.status_code == 400 and "class='error'" in page.text and "&lt;oops" in page.text


def test_the_page_escapes_results_and_links(store: OxigraphStore):
    page = client(store).get("/", params={"query": SELECT}).text
    assert "&lt;b&gt;&amp;amp;&lt;/b&gt;" in page and "<b>" not in page
    assert "format=csv" in page and "4 rows" in page


class _SlowStore(MemoryStore):
    def query(self, sparql: str, bindings: Mapping[str, Node] | None = None) -> QueryResult:
        time.sleep(1.5)
        return super().query(sparql, bindings)


def test_a_slow_query_gets_503_at_the_time_limit():
    http = client(_SlowStore(), timeout=0.2, threads=1)
    started = time.monotonic()
    answer = http.get("/sparql", params={"query": "ASK {}"})
    assert answer.status_code == 503 and "time limit of 0.2 s" in answer.text
    assert time.monotonic() - started < 1.4
    http.app.state.runner.close(grace=3)  # type: ignore[attr-defined]


def test_updates_need_allow_update_token_and_an_updatable_store(store: OxigraphStore):
    insert = {"update": f"INSERT DATA {{ <{EX}x> <{EX}y> <{EX}z> }}"}
    assert client(store).post("/sparql", data=insert).status_code == 403
    summaries.refresh(store)
    assert summaries.is_current(store)
    writable = client(store, allow_update=True, token="t0ken")
    assert writable.post("/sparql", data=insert).status_code == 401
    assert writable.post("/sparql", data=insert,
                         headers={"Authorization": "Bearer t0ken"}).status_code == 204
    assert writable.get("/sparql", params={"query": f"ASK {{ <{EX}x> ?p ?o }}"}).json()["boolean"]
    assert not summaries.is_current(store)  # recounted when next opened for writing
    memory = client(MemoryStore(), allow_update=True, token="t0ken")
    assert memory.post("/sparql", data=insert,
                       headers={"Authorization": "Bearer t0ken"}).status_code == 501
    with pytest.raises(ValueError, match="token"):
        create_app(store, ServerConfig(allow_update=True))


def test_other_host_names_are_refused(store: OxigraphStore):
    http = client(store, trusted_hosts=("127.0.0.1", "localhost"))
    assert http.get("/", headers={"Host": "127.0.0.1:7878"}).status_code == 200
    assert http.get("/", headers={"Host": "rebound.example:7878"}).status_code == 400


def test_json_results_are_standard_json(store: OxigraphStore):
    body = client(store).get("/sparql", params={"query": "ASK { ?s ?p ?o }"}).content
    assert json.loads(body) == {"head": {}, "boolean": True}
