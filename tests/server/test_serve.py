"""`relgraph serve` as a real process, asked by a standard client (SPARQLWrapper) and by
plain HTTP: the same answers as `kg.query`, updates refused unless the token comes with
them, and answers over the limit cut with a clear message."""

from __future__ import annotations

import csv
import io
import json
import shutil
import sys
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path
from typing import Any
from xml.dom.minidom import Document

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.util import from_n3

import relgraph
from processes import serving
from relgraph.rdf.terms import dyad_iri
from relgraph.store import OxigraphStore, Rows, summaries

pytest.importorskip("starlette", reason="relgraph serve needs the serve extra (starlette)")
pytest.importorskip("uvicorn", reason="relgraph serve needs the serve extra (uvicorn)")
SPARQLWrapper = pytest.importorskip("SPARQLWrapper", reason="the tests' client: pip install sparqlwrapper")

QUERIES = sorted((Path(__file__).resolve().parents[2] / "data" / "queries").glob("*.rq"))
XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
COUNT_QUADS = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
PROBE = "ASK { GRAPH <urn:relgraph:test> { <urn:relgraph:s> <urn:relgraph:p> ?o } }"
INSERT = 'INSERT DATA { GRAPH <urn:relgraph:test> { <urn:relgraph:s> <urn:relgraph:p> "x" } }'


# --- helpers: answers as sorted rows of Python values ---------------------------------------
def _value(term: Any) -> Any:
    if term is None:
        return None
    if isinstance(term, URIRef):
        return str(term)
    value = term.toPython()
    return str(value) if isinstance(value, Literal) else value


def _json_term(binding: dict[str, str]) -> Any:
    if binding["type"] == "uri":
        return URIRef(binding["value"])
    datatype = binding.get("datatype")
    if datatype == XSD_STRING:
        datatype = None
    return Literal(binding["value"], lang=binding.get("xml:lang"), datatype=datatype)


def from_json(doc: dict[str, Any]) -> tuple[list[str], list[tuple[Any, ...]]]:
    names = doc["head"]["vars"]
    rows = [tuple(_value(_json_term(b[n])) if n in b else None for n in names)
            for b in doc["results"]["bindings"]]
    return names, sorted(rows, key=repr)


def from_xml(doc: Document) -> tuple[list[str], list[tuple[Any, ...]]]:
    names = [v.getAttribute("name") for v in doc.getElementsByTagName("variable")]
    rows = []
    for result in doc.getElementsByTagName("result"):
        cells: dict[str, Any] = {}
        for binding in result.getElementsByTagName("binding"):
            node = next(n for n in binding.childNodes if n.nodeType == n.ELEMENT_NODE)
            text = "".join(c.data for c in node.childNodes if c.nodeType == c.TEXT_NODE)
            if node.tagName == "uri":
                term: Any = URIRef(text)
            else:
                datatype = node.getAttribute("datatype") or None
                term = Literal(text, lang=node.getAttribute("xml:lang") or None,
                               datatype=None if datatype == XSD_STRING else datatype)
            cells[binding.getAttribute("name")] = _value(term)
        rows.append(tuple(cells.get(n) for n in names))
    return names, sorted(rows, key=repr)


def from_tsv(text: str) -> tuple[list[str], list[tuple[Any, ...]]]:
    lines = text.rstrip("\n").split("\n")
    names = [name.lstrip("?") for name in lines[0].split("\t")]
    rows = [tuple(_value(from_n3(cell)) if cell else None for cell in line.split("\t"))
            for line in lines[1:]]
    return names, sorted(rows, key=repr)


def expected(kg: relgraph.KnowledgeGraph, path: Path) -> tuple[list[str], list[tuple[Any, ...]]]:
    rows = kg.select(path.read_text(encoding="utf-8"))
    return rows.vars, sorted(rows.values(), key=repr)


def http(url: str, *, data: bytes | None = None, headers: dict[str, str] | None = None,
         method: str | None = None) -> tuple[int, dict[str, str], bytes]:
    """One plain HTTP request; (status, headers, body), errors included."""
    request = urllib.request.Request(url, data=data, headers=headers or {}, method=method)
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as err:
        return err.code, dict(err.headers), err.read()


def get(base: str, query: str, accept: str = "application/sparql-results+json",
        **params: str) -> tuple[int, dict[str, str], bytes]:
    url = f"{base}/sparql?{urllib.parse.urlencode({'query': query, **params})}"
    return http(url, headers={"Accept": accept})


def wrapper(base: str, query: str) -> Any:
    client = SPARQLWrapper.SPARQLWrapper(f"{base}/sparql")
    client.setQuery(query)
    return client


# --- the same answers as kg.query -------------------------------------------------------------
@pytest.mark.parametrize("path", QUERIES, ids=lambda p: p.stem)
def test_sparqlwrapper_json_matches_kg_query(endpoint: str, kg: relgraph.KnowledgeGraph,
                                             path: Path):
    client = wrapper(endpoint, path.read_text(encoding="utf-8"))
    client.setReturnFormat(SPARQLWrapper.JSON)
    assert from_json(client.queryAndConvert()) == expected(kg, path)


@pytest.mark.parametrize("path", QUERIES, ids=lambda p: p.stem)
def test_sparqlwrapper_xml_by_post_matches_kg_query(endpoint: str, kg: relgraph.KnowledgeGraph,
                                                    path: Path):
    client = wrapper(endpoint, path.read_text(encoding="utf-8"))
    client.setMethod(SPARQLWrapper.POST)
    client.setReturnFormat(SPARQLWrapper.XML)
    assert from_xml(client.queryAndConvert()) == expected(kg, path)


@pytest.mark.parametrize("path", QUERIES, ids=lambda p: p.stem)
def test_plain_http_matches_kg_query(endpoint: str, kg: relgraph.KnowledgeGraph, path: Path):
    text = path.read_text(encoding="utf-8")
    want = expected(kg, path)
    status, headers, body = get(endpoint, text)
    assert status == 200
    assert headers["content-type"].startswith("application/sparql-results+json")
    assert from_json(json.loads(body)) == want
    # The query as the POST body, answered as TSV (terms in N-Triples form).
    status, headers, body = http(f"{endpoint}/sparql", data=text.encode("utf-8"), headers={
        "Content-Type": "application/sparql-query", "Accept": "text/tab-separated-values"})
    assert status == 200 and headers["content-type"].startswith("text/tab-separated-values")
    assert from_tsv(body.decode("utf-8")) == want
    # And as a form, answered as CSV: same header and number of rows.
    form = urllib.parse.urlencode({"query": text}).encode("ascii")
    status, _, body = http(f"{endpoint}/sparql", data=form, headers={
        "Content-Type": "application/x-www-form-urlencoded", "Accept": "text/csv"})
    table = list(csv.reader(io.StringIO(body.decode("utf-8"), newline="")))
    assert status == 200 and table[0] == want[0] and len(table) - 1 == len(want[1])


def test_ask_and_construct_in_every_format(endpoint: str, kg: relgraph.KnowledgeGraph):
    status, _, body = get(endpoint, "ASK { ?c rg:alpha3 'AZE' }")
    assert status == 200 and json.loads(body) == {"head": {}, "boolean": True}
    status, _, body = get(endpoint, "ASK { ?c rg:alpha3 'XXX' }", "application/sparql-results+xml")
    assert status == 200 and b"<boolean>false</boolean>" in body

    construct = ("CONSTRUCT { ?c skos:prefLabel ?l ; rg:alpha3 ?a } "
                 "WHERE { ?c rg:alpha3 ?a ; skos:prefLabel ?l }")
    want = kg.query(construct)
    assert isinstance(want, Graph) and len(want) > 20
    for accept, rdflib_format in (("text/turtle", "turtle"), ("application/n-triples", "nt"),
                                  ("application/ld+json", "json-ld")):
        status, headers, body = get(endpoint, construct, accept)
        assert status == 200 and headers["content-type"].startswith(accept)
        got = Graph().parse(data=body, format=rdflib_format)
        assert set(got) == set(want), accept


def test_unacceptable_type_and_bad_query(endpoint: str):
    status, _, body = get(endpoint, "SELECT * { ?s ?p ?o } LIMIT 1", "image/png")
    assert status == 406 and b"application/sparql-results+json" in body
    status, _, body = get(endpoint, "SELECT ?x WHERE { ?x ?y }")
    assert status == 400 and b"query failed" in body


def test_query_page_escapes_everything(endpoint: str):
    status, headers, body = http(f"{endpoint}/")
    assert status == 200 and b"<textarea" in body and b"SELECT" in body
    hostile = 'SELECT ("<script>alert(1)</script>" AS ?x) WHERE {} # </textarea><script>'
    status, headers, body = http(f"{endpoint}/?{urllib.parse.urlencode({'query': hostile})}")
    page = body.decode("utf-8")
    assert status == 200
    assert "<script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "script-src" not in headers["content-security-policy"]  # default-src 'none'


# --- updates ------------------------------------------------------------------------------
def test_updates_are_refused_and_change_nothing(endpoint: str, token: str):
    before = json.loads(get(endpoint, COUNT_QUADS)[2])
    form = urllib.parse.urlencode({"update": INSERT}).encode("ascii")
    status, _, body = http(f"{endpoint}/sparql", data=form,
                           headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert status == 403 and b"read-only" in body
    status, _, _ = http(f"{endpoint}/sparql", data=b"DROP ALL", headers={
        "Content-Type": "application/sparql-update", "Authorization": f"Bearer {token}"})
    assert status == 403
    status, _, _ = http(f"{endpoint}/sparql?{urllib.parse.urlencode({'update': 'DROP ALL'})}")
    assert 400 <= status < 500

    client = wrapper(endpoint, INSERT)
    client.setMethod(SPARQLWrapper.POST)
    with pytest.raises(urllib.error.HTTPError) as refused:
        client.query()
    assert refused.value.code == 403

    assert json.loads(get(endpoint, COUNT_QUADS)[2]) == before
    assert json.loads(get(endpoint, PROBE)[2])["boolean"] is False


def test_the_token_lets_an_update_through(writable_endpoint: str, token: str):
    base = writable_endpoint
    headers = {"Content-Type": "application/sparql-update"}
    assert http(f"{base}/sparql", data=INSERT.encode(), headers=headers)[0] == 401
    wrong = {**headers, "Authorization": "Bearer not-the-token"}
    assert http(f"{base}/sparql", data=INSERT.encode(), headers=wrong)[0] == 401
    assert json.loads(get(base, PROBE)[2])["boolean"] is False

    client = wrapper(base, INSERT)
    client.setMethod(SPARQLWrapper.POST)
    client.addCustomHttpHeader("Authorization", f"Bearer {token}")
    client.query()
    assert json.loads(get(base, PROBE)[2])["boolean"] is True

    drop = "DROP SILENT GRAPH <urn:relgraph:test>"
    right = {**headers, "Authorization": f"Bearer {token}"}
    assert http(f"{base}/sparql", data=drop.encode(), headers=right)[0] == 204
    assert json.loads(get(base, PROBE)[2])["boolean"] is False


def test_a_writable_server_recounts_summaries_left_stale(built_store: Path, tmp_path: Path,
                                                        token: str, kg: relgraph.KnowledgeGraph):
    copy = tmp_path / "store"
    shutil.copytree(built_store, copy)
    store = OxigraphStore(copy)  # not through KnowledgeGraph, which would recount at once
    summaries.mark_stale(store)  # what an update through the endpoint leaves behind
    store.remove_graph(summaries.summary_graph("dyad", dyad_iri("AZE", "TUR")))
    store.close()
    per_pair = QUERIES[1].read_text(encoding="utf-8")  # cooperation fields per pair
    expected = len(kg.select(per_pair))

    def command(port: int) -> list[str]:
        return [sys.executable, "-m", "relgraph.cli", "serve", "--store", str(copy), "--host",
                "127.0.0.1", "--port", str(port), "--allow-update", "--token", token]

    log = tmp_path / "serve.log"
    with serving(command, lambda port: f"http://127.0.0.1:{port}/", log=log) as port:
        base = f"http://127.0.0.1:{port}"
        rows = json.loads(get(base, per_pair)[2])["results"]["bindings"]
        assert len(rows) == expected
        state = "ASK { ?s rg:upToDate true }"
        assert json.loads(get(base, state)[2])["boolean"] is True
    assert "recounted the summaries" in log.read_text(encoding="utf-8")


# --- the row limit ------------------------------------------------------------------------
def test_an_answer_over_the_limit_is_cut_and_says_so(small_limit_endpoint: str,
                                                      kg: relgraph.KnowledgeGraph):
    query = (QUERIES[1]).read_text(encoding="utf-8")  # cooperation fields: many rows
    total = len(kg.select(query))
    assert total > 5
    status, headers, body = get(small_limit_endpoint, query)
    assert status == 200
    assert len(json.loads(body)["results"]["bindings"]) == 5
    assert headers["x-relgraph-truncated"].startswith(f"result cut to the first 5 of {total} rows")
    assert headers["x-sparql-maxrows"] == "5"

    status, headers, body = http(f"{small_limit_endpoint}/?"
                                 + urllib.parse.urlencode({"query": query}))
    assert status == 200 and f"result cut to the first 5 of {total} rows" in body.decode()

    construct = "CONSTRUCT { ?c rg:alpha3 ?a } WHERE { ?c rg:alpha3 ?a }"
    status, headers, body = get(small_limit_endpoint, construct, "application/n-triples")
    assert len(Graph().parse(data=body, format="nt")) == 5 and "x-relgraph-truncated" in headers

    status, headers, body = get(small_limit_endpoint, "SELECT * { ?c rg:alpha3 ?a } LIMIT 5")
    assert status == 200 and "x-relgraph-truncated" not in headers


def test_rows_helper_agrees_with_json(kg: relgraph.KnowledgeGraph):
    # The comparison above stands on Rows.values(); check it on a literal of each kind.
    rows = kg.select("SELECT ?d ?n ?s WHERE { VALUES (?d ?n ?s) "
                     "{ ('2025-01-02'^^xsd:date 3 'x') } }")
    assert isinstance(rows, Rows)
    doc = json.loads(rows.to_json())
    assert from_json(doc) == (rows.vars, sorted(rows.values(), key=repr))


def test_the_graph_page_is_served(endpoint: str):
    pytest.importorskip("relgraph.views", reason="the graph page comes from relgraph.views")
    status, headers, body = http(f"{endpoint}/graph?pair=AZE,TUR")
    page = body.decode("utf-8")
    assert status == 200 and headers["content-type"].startswith("text/html")
    assert "relgraph: AZE and TUR" in page and "Content-Security-Policy" in page
    assert http(f"{endpoint}/graph?hops=many")[0] == 400
    assert http(f"{endpoint}/graph?focus=Nobody%20At%20All")[0] == 400
    assert b"/graph" in http(f"{endpoint}/")[2]
