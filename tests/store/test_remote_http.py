"""The remote store's HTTP side against a scripted server: URLs, credentials, batching,
and the answers of servers that bend the standard."""

from __future__ import annotations

import json
from collections.abc import Callable
from urllib.parse import parse_qs

import pytest
from rdflib import Literal, URIRef

from relgraph.errors import StoreError
from relgraph.rdf.terms import GRAPH
from relgraph.store import open_store
from relgraph.store.urls import is_url, update_url_for

try:
    from relgraph.store.remote import PasswordAuth, RemoteStore, httpx
except ImportError:  # pragma: no cover - depends on the environment
    pytest.skip("the remote store needs the remote extra (httpx2)", allow_module_level=True)

EMPTY = {"head": {"vars": ["h"]}, "results": {"bindings": []}}


def scripted(handler: Callable[[httpx.Request], httpx.Response], url: str = "http://db/query",
             **kwargs: object) -> tuple[RemoteStore, list[httpx.Request]]:
    seen: list[httpx.Request] = []

    def record(request: httpx.Request) -> httpx.Response:
        request.read()
        # A copy: the auth flow sends the same request object again with new headers.
        seen.append(httpx.Request(request.method, request.url, headers=request.headers.copy(),
                                  content=request.content))
        return handler(request)

    return RemoteStore(url, transport=httpx.MockTransport(record), **kwargs), seen  # type: ignore[arg-type]


def ok(request: httpx.Request) -> httpx.Response:
    if request.url.path.endswith("update"):
        return httpx.Response(204)
    return httpx.Response(200, json=EMPTY)


@pytest.mark.parametrize(("query", "update"), [
    ("http://h:7878/query", "http://h:7878/update"),
    ("http://h:3030/ds/query?default-graph-uri=urn:x", "http://h:3030/ds/update"),
    ("http://h:7200/repositories/kg", "http://h:7200/repositories/kg/statements"),
    ("https://h:8890/sparql-auth?timeout=5", "https://h:8890/sparql-auth"),
])
def test_update_endpoints_follow_the_query_endpoint(query: str, update: str):
    assert is_url(query) and update_url_for(query) == update
    assert not is_url("/data/store") and not is_url("memory")


def test_credentials_leave_the_url(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("RELGRAPH_SPARQL_UPDATE", "http://h/other-update")
    store = open_store("http://us%40er:p%3Ass@h:8890/sparql?default-graph-uri=urn:u")
    assert isinstance(store, RemoteStore)
    assert "p:ss" not in repr(store) and "p%3Ass" not in store.path
    assert store.query_url == "http://h:8890/sparql" and store.update_url == "http://h/other-update"
    assert store.union_graph == URIRef("urn:u")
    store.close()


def test_digest_is_answered_at_once_and_kept(monkeypatch: pytest.MonkeyPatch):
    challenge = 'Digest realm="SPARQL", nonce="abc", qop="auth", algorithm="MD5", opaque="x"'

    def server(request: httpx.Request) -> httpx.Response:
        if not request.headers.get("authorization", "").startswith("Digest "):
            return httpx.Response(401, headers={"WWW-Authenticate": challenge})
        return httpx.Response(200, json=EMPTY)

    store, seen = scripted(server, auth=PasswordAuth("dba", "secret"))
    store.query("SELECT ?h WHERE { ?s ?p ?h }")
    assert [r.headers.get("authorization", "")[:7] for r in seen] == ["", "Digest "]
    store.query("SELECT ?h WHERE { ?s ?p ?h }")
    assert seen[-1].headers["authorization"].startswith("Digest ") and len(seen) == 3
    assert "secret" not in seen[-1].headers["authorization"]


def test_basic_is_sent_once_asked_for():
    def server(request: httpx.Request) -> httpx.Response:
        if request.headers.get("authorization") != "Basic dTpw":
            return httpx.Response(401, headers={"WWW-Authenticate": 'Basic realm="r"'})
        return httpx.Response(200, json=EMPTY)

    store, seen = scripted(server, auth=PasswordAuth("u", "p"))
    store.query("ASK {}")
    store.query("ASK {}")
    assert [r.headers.get("authorization") for r in seen] == [None, "Basic dTpw", "Basic dTpw"]


def test_a_bearer_token_comes_from_the_environment(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("RELGRAPH_SPARQL_TOKEN", "tok")
    store = RemoteStore.from_url("http://db/query")
    request = httpx.Request("POST", "http://db/query")
    assert next(store._client.auth.auth_flow(request)).headers["authorization"] == "Bearer tok"  # type: ignore[union-attr]
    store.close()


def test_writes_go_in_batches_of_whole_operations():
    store, seen = scripted(ok, "http://db/query?default-graph-uri=urn:union",
                           batch_triples=10)
    for index in range(7):
        graph = GRAPH[f"article/a{index}"]
        store.replace_graph(graph, [(URIRef(f"urn:s{index}"), URIRef("urn:p"), Literal(n))
                                    for n in range(3)])
    store.flush()
    updates = [r for r in seen if r.url.path == "/update"]
    assert len(updates) == 3  # 3 + 3 + 1 articles of 3 triples, at most 10 triples a request
    for request in updates:
        text = request.content.decode("utf-8")
        assert text.count("DROP SILENT GRAPH") == text.count("INSERT DATA")
        assert text.count("GRAPH <urn:union>") == 2 * text.count("INSERT DATA")  # DELETE, INSERT
        assert request.headers["content-type"].startswith("application/sparql-update")
        assert request.url.query == b""  # the query string is for queries only


def test_query_string_goes_with_queries_not_with_graph_lookups():
    store, seen = scripted(ok, "http://db/query?default-graph-uri=urn:union&timeout=9")
    store.query("SELECT ?h WHERE { ?s ?p ?h }")
    form = parse_qs(seen[-1].content.decode())
    assert form["default-graph-uri"] == ["urn:union"] and form["timeout"] == ["9"]
    assert form["query"][0].startswith("PREFIX rg: <https://w3id.org/relgraph/vocab#>")
    assert store.graph_hash(GRAPH["article/x"]) is None
    form = parse_qs(seen[-1].content.decode())
    assert "default-graph-uri" not in form and form["timeout"] == ["9"]


def test_answers_of_servers_that_bend_the_standard():
    virtuoso_ask = {"head": {"link": [], "vars": ["__ASK_RETVAL"]}, "results": {
        "bindings": [{"__ASK_RETVAL": {"type": "typed-literal", "value": "1",
                                       "datatype": "http://www.w3.org/2001/XMLSchema#integer"}}]}}
    store, _ = scripted(lambda r: httpx.Response(200, json=virtuoso_ask))
    assert store.query("ASK {}") is True
    virtuoso_ask["results"]["bindings"] = []  # type: ignore[index]
    store, _ = scripted(lambda r: httpx.Response(200, content=json.dumps(virtuoso_ask),
                                                 headers={"Content-Type": "application/json"}))
    assert store.query("ASK {}") is False

    xml = ('<?xml version="1.0"?><sparql xmlns="http://www.w3.org/2005/sparql-results#">'
           '<head><variable name="x"/></head><results><result><binding name="x">'
           '<literal datatype="http://www.w3.org/2001/XMLSchema#string">a</literal>'
           '</binding></result></results></sparql>')
    store, _ = scripted(lambda r: httpx.Response(
        200, content=xml, headers={"Content-Type": "application/sparql-results+xml"}))
    assert store.query("SELECT ?x {}").values() == [("a",)]  # type: ignore[union-attr]


def test_errors_say_what_happened():
    store, _ = scripted(lambda r: httpx.Response(403, text="no"))
    with pytest.raises(StoreError, match="HTTP 403"):
        store.query("ASK {}")
    store, _ = scripted(lambda r: httpx.Response(401) if r.url.path == "/update"
                        else httpx.Response(200, json=EMPTY))
    store.remove_graph(GRAPH["article/x"])
    with pytest.raises(StoreError, match="check the credentials"):
        store.flush()
    store, _ = scripted(lambda r: httpx.Response(200, text="<html/>",
                                                 headers={"Content-Type": "text/html"}))
    with pytest.raises(StoreError, match="content type"):
        store.query("ASK {}")
