"""Any SPARQL 1.1 server as relgraph's store: for graphs that outgrow one machine.

``--store`` takes the server's **query endpoint URL**. The update endpoint is derived from
it (``.../query`` -> ``.../update``; ``.../repositories/NAME`` -> ``.../statements`` below
it; anything else, e.g. ``/sparql``, takes updates at the same URL) unless
``$RELGRAPH_SPARQL_UPDATE`` names it. The URL's own query string is sent with every query
and never with updates. Credentials: ``user:password@`` in the URL or
``$RELGRAPH_SPARQL_USER`` / ``$RELGRAPH_SPARQL_PASSWORD`` (Basic, or Digest when the server
asks for it), or ``$RELGRAPH_SPARQL_TOKEN`` (a Bearer token). See docs/triple-stores.md.

Like the embedded store, the remote one keeps each article in its own named graph *and*
the set union of all of them in one graph that queries read as their default graph: a
union computed at query time (Oxigraph's ``union-default-graph``, Virtuoso's "all graphs")
would repeat a triple once per article stating it, and answers would differ. Where that
union lives follows the URL: in the server's default graph, or, when the URL carries
``?default-graph-uri=IRI`` (needed on Virtuoso, which has no separate default graph), in
the named graph IRI, which every query then names as its default graph.
"""

from __future__ import annotations

import base64
import io
import json
import os
from collections.abc import Generator, Iterable, Mapping, Sequence
from typing import IO, Any
from urllib.parse import parse_qsl, unquote, urlencode, urlsplit, urlunsplit

from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.namespace import RDF, XSD
from rdflib.term import Node

from ..errors import QueryError, StoreError
from ..rdf.mapping import Triple
from ..rdf.terms import GRAPH, PREFIXES, RG
from .base import NTriples, QueryResult, ntriples
from .results import Rows
from .sparqltext import bind_values, nt, refuse_service, with_prefixes
from .urls import update_url_for

try:  # httpx2 is the maintained continuation of httpx, with the same API
    import httpx2 as httpx
except ModuleNotFoundError:  # pragma: no cover - depends on the environment
    import httpx  # type: ignore[no-redef]

__all__ = ["BearerAuth", "PasswordAuth", "RemoteStore"]

_ACCEPT = ("application/sparql-results+json, application/sparql-results+xml;q=0.9, "
           "application/n-triples;q=0.9, text/turtle;q=0.8, application/rdf+xml;q=0.5")
_RDF_TYPES = {"application/n-triples": "nt", "text/plain": "nt", "text/ntriples": "nt",
              "text/turtle": "turtle", "application/x-turtle": "turtle",
              "application/rdf+xml": "xml", "application/ld+json": "json-ld"}
_XSD_STRING = str(XSD.string)
_LANG_STRING = str(RDF.langString)
_VIRTUOSO_ASK = "__ASK_RETVAL"


class RemoteStore:
    """A SPARQL 1.1 server reached over HTTP: queries at ``query_url``, updates at
    ``update_url``. Writes are queued and sent in batches of whole operations (a graph's
    retraction and insertion always in the same request); queries send the queue first."""

    def __init__(self, query_url: str, update_url: str | None = None, *, read_only: bool = False,
                 auth: httpx.Auth | None = None, timeout: float = 300.0,
                 batch_triples: int = 5000, batch_bytes: int = 2_000_000,
                 batch_operations: int = 40, transport: httpx.BaseTransport | None = None) -> None:
        parts = urlsplit(query_url)
        if parts.username or parts.password:
            raise StoreError("pass credentials with auth=, not in query_url")
        self.query_url = urlunsplit((parts.scheme, parts.netloc, parts.path, "", ""))
        self.query_params = parse_qsl(parts.query, keep_blank_values=True)
        defaults = [v for k, v in self.query_params if k == "default-graph-uri"]
        if len(defaults) > 1:
            raise StoreError("name one default-graph-uri in the store URL: the graph that "
                             "holds the union of relgraph's graphs")
        #: Where the union of all graphs is kept: a named graph, or ``None`` for the
        #: server's default graph.
        self.union_graph = URIRef(defaults[0]) if defaults else None
        # Queries over named graphs leave the dataset alone: naming a default graph hides
        # the named ones on servers that follow the protocol to the letter (Oxigraph).
        self._graph_params = [(k, v) for k, v in self.query_params
                              if k not in ("default-graph-uri", "named-graph-uri")]
        self.update_url = update_url or update_url_for(query_url)
        self.read_only = read_only
        self.path = query_url  # what messages and repr show; never holds a password
        self.batch_triples = batch_triples
        self.batch_bytes = batch_bytes
        # Virtuoso compiles a request as one statement and gives up on a few hundred small
        # operations ("variables in state over the limit"), whatever their triple count.
        self.batch_operations = batch_operations
        self._pending: list[str] = []
        self._pending_triples = 0
        self._pending_bytes = 0
        self._client = httpx.Client(auth=auth, transport=transport, follow_redirects=False,
                                    timeout=httpx.Timeout(timeout, connect=10.0))

    @classmethod
    def from_url(cls, location: str, *, read_only: bool = False) -> RemoteStore:
        """A store for a ``--store`` URL, with credentials from the URL or the environment."""
        parts = urlsplit(location)
        user = unquote(parts.username) if parts.username else os.environ.get("RELGRAPH_SPARQL_USER")
        password = (unquote(parts.password) if parts.password is not None
                    else os.environ.get("RELGRAPH_SPARQL_PASSWORD", ""))
        token = os.environ.get("RELGRAPH_SPARQL_TOKEN")
        auth: httpx.Auth | None = None
        if user:
            auth = PasswordAuth(user, password)
        elif token:
            auth = BearerAuth(token)
        netloc = parts.hostname or ""
        if ":" in netloc:  # an IPv6 literal keeps its brackets
            netloc = f"[{netloc}]"
        if parts.port is not None:
            netloc += f":{parts.port}"
        clean = urlunsplit((parts.scheme, netloc, parts.path, parts.query, ""))
        update = os.environ.get("RELGRAPH_SPARQL_UPDATE") or None
        return cls(clean, update, read_only=read_only, auth=auth)

    def __repr__(self) -> str:
        return f"<RemoteStore {self.query_url}>"

    # --- writing --------------------------------------------------------------------------
    def replace_graph(self, graph: URIRef, triples: Iterable[Triple] | NTriples) -> int:
        self._writable()
        lines = ntriples(triples).lines
        # Retract, drop and insert travel in one request: a server that runs a request as
        # one transaction shows the old graph or the new one, never half of either.
        self._queue(f"{self._retract(graph)} ;\n{self._insert(graph, lines)}", len(lines))
        return len(lines)

    def add_triples(self, graph: URIRef, triples: Iterable[Triple]) -> None:
        """Add triples to a graph without removing anything (for the reference graph)."""
        self._writable()
        chunk: list[str] = []
        for s, p, o in triples:
            chunk.append(f"{nt(s)} {nt(p)} {nt(o)} .")
            if len(chunk) >= self.batch_triples:
                self._queue(self._insert(graph, chunk), len(chunk))
                chunk = []
        if chunk:
            self._queue(self._insert(graph, chunk), len(chunk))

    def remove_graph(self, graph: URIRef) -> None:
        self._writable()
        self._queue(self._retract(graph), 0)

    def _insert(self, graph: URIRef, lines: Sequence[str]) -> str:
        """Update text writing triples to their graph and to the union."""
        body = "\n".join(lines)
        return f"INSERT DATA {{\n{self._in_union(body)}\nGRAPH {nt(graph)} {{\n{body}\n}} }}"

    def _retract(self, graph: URIRef) -> str:
        """Update text dropping a graph, and from the union those of its triples that no
        other graph states."""
        name = nt(graph)
        others = f"?other != {name}" + (f" && ?other != {nt(self.union_graph)}"
                                        if self.union_graph is not None else "")
        return (f"DELETE {{ {self._in_union('?s ?p ?o')} }} WHERE {{ GRAPH {name} {{ ?s ?p ?o }} "
                f"FILTER NOT EXISTS {{ GRAPH ?other {{ ?s ?p ?o }} FILTER({others}) }} }} ;\n"
                f"DROP SILENT GRAPH {name}")

    def _in_union(self, body: str) -> str:
        if self.union_graph is None:
            return body
        return f"GRAPH {nt(self.union_graph)} {{\n{body}\n}}"

    def update(self, sparql: str) -> None:
        """Run a SPARQL update on the server (after the queued writes)."""
        self._writable()
        self.flush()
        self._post_update(with_prefixes(sparql, PREFIXES))

    def flush(self) -> None:
        """Send the queued writes."""
        if not self._pending:
            return
        operations, self._pending = self._pending, []
        self._pending_triples = self._pending_bytes = 0
        self._post_update(" ;\n".join(operations))

    def optimize(self) -> None:
        """Nothing to ask: a server manages its own storage."""

    def _queue(self, operation: str, triples: int) -> None:
        size = len(operation.encode("utf-8"))
        if self._pending and (self._pending_triples + triples > self.batch_triples
                              or self._pending_bytes + size > self.batch_bytes
                              or len(self._pending) >= self.batch_operations):
            self.flush()
        self._pending.append(operation)
        self._pending_triples += triples
        self._pending_bytes += size

    def _post_update(self, text: str) -> None:
        response = self._send(self.update_url, content=text.encode("utf-8"),
                              headers={"Content-Type": "application/sparql-update; charset=utf-8"})
        if response.status_code >= 300:
            hint = (" (check the credentials and that this endpoint takes updates)"
                    if response.status_code in (401, 403) else "")
            raise StoreError(f"update at {self.update_url} failed with HTTP "
                             f"{response.status_code}{hint}: {_excerpt(response)}")

    def _writable(self) -> None:
        if self.read_only:
            raise StoreError(f"store {self.query_url} is open read-only")

    # --- reading --------------------------------------------------------------------------
    def graph_hash(self, graph: URIRef) -> str | None:
        self.flush()
        rows = self._query(f"SELECT ?h WHERE {{ GRAPH ?g {{ ?a {nt(RG.contentHash)} ?h }} }} "
                           "LIMIT 1", {"g": graph}, self._graph_params)
        assert isinstance(rows, Rows)
        return str(rows[0][0]) if rows and rows[0][0] is not None else None

    def query(self, sparql: str, bindings: Mapping[str, Node] | None = None) -> QueryResult:
        return self._query(sparql, bindings, self.query_params)

    def _query(self, sparql: str, bindings: Mapping[str, Node] | None,
               params: list[tuple[str, str]]) -> QueryResult:
        refuse_service(sparql)
        self.flush()
        text = with_prefixes(bind_values(sparql, dict(bindings or {})), PREFIXES)
        # A form POST, not GET: queries with their values can outgrow a URL.
        form = urlencode([*params, ("query", text)]).encode("ascii")
        response = self._send(self.query_url, content=form, headers={
            "Accept": _ACCEPT, "Content-Type": "application/x-www-form-urlencoded"})
        if response.status_code >= 300:
            message = f"query failed with HTTP {response.status_code}: {_excerpt(response)}"
            raise QueryError(message) if response.status_code == 400 else StoreError(message)
        return _parse_result(response)

    def export(self, out: IO[bytes], fmt: str) -> None:
        if fmt in ("turtle", "ntriples"):
            # Triple formats hold one graph: the union, which queries read as default.
            graph = self.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }")
            assert isinstance(graph, Graph)
            out.write(graph.serialize(format="nt" if fmt == "ntriples" else "turtle",
                                      encoding="utf-8"))
            return
        if fmt not in ("nquads", "trig", "jsonld"):
            raise StoreError(f"unknown export format {fmt!r}")
        rows = self._graphs_query("SELECT ?g ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } OURS }")
        dataset = Dataset()
        for g, s, p, o in rows:
            dataset.graph(g).add((s, p, o))
        if fmt == "jsonld":
            from .memory import dataset_to_jsonld

            out.write(dataset_to_jsonld(dataset))
        else:
            out.write(dataset.serialize(format=fmt, encoding="utf-8"))

    def graphs(self) -> list[URIRef]:
        rows = self._graphs_query("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } OURS }")
        return sorted(URIRef(str(row[0])) for row in rows if isinstance(row[0], URIRef))

    def __len__(self) -> int:
        """Quads in relgraph's named graphs (the union is not counted twice)."""
        rows = self._graphs_query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } OURS }")
        return int(rows[0][0].toPython()) if rows and rows[0][0] is not None else 0

    def _graphs_query(self, sparql: str) -> Rows:
        """A SELECT over relgraph's own article and reference graphs: ``OURS`` in the text
        becomes the filter that keeps to them."""
        # A shared server holds graphs that are none of ours (Virtuoso keeps its system
        # graphs beside the data), and the union graph would count everything twice.
        ours = f"FILTER(STRSTARTS(STR(?g), {nt(Literal(str(GRAPH)))})"
        if self.union_graph is not None:
            ours += f" && ?g != {nt(self.union_graph)}"
        rows = self._query(sparql.replace("OURS", ours + ")"), None, self._graph_params)
        assert isinstance(rows, Rows)
        return rows

    def close(self) -> None:
        try:
            self.flush()
        finally:
            self._client.close()

    # --- HTTP -----------------------------------------------------------------------------
    def _send(self, url: str, **kwargs: Any) -> httpx.Response:
        try:
            return self._client.post(url, **kwargs)
        except httpx.TimeoutException:
            raise StoreError(f"the SPARQL server at {url} did not answer in time") from None
        except httpx.HTTPError as err:
            raise StoreError(f"cannot reach the SPARQL server at {url}: {err}") from None


class PasswordAuth(httpx.Auth):
    """User and password, in the scheme the server asks for: the first request goes out
    bare, and the server's challenge picks Basic or Digest for good (Virtuoso's
    ``/sparql-auth`` wants Digest and answers a Basic attempt with a bare 401)."""

    requires_request_body = True  # the first request is sent again, with credentials

    def __init__(self, user: str, password: str) -> None:
        token = base64.b64encode(f"{user}:{password}".encode()).decode("ascii")
        self._basic = f"Basic {token}"
        self._digest = httpx.DigestAuth(user, password)
        self._scheme: str | None = None

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        if self._scheme == "digest":
            yield from self._digest.auth_flow(request)
            return
        if self._scheme == "basic":
            request.headers["Authorization"] = self._basic
            yield request
            return
        response = yield request
        if response.status_code != 401:
            return
        challenges = [c.lower() for c in response.headers.get_list("www-authenticate")]
        if any(c.startswith("digest ") for c in challenges):
            self._scheme = "digest"
            flow = self._digest.auth_flow(request)
            next(flow)  # the digest flow's own bare request: we already hold its answer
            try:
                yield flow.send(response)
            except StopIteration:
                return
        elif any(c.startswith("basic") for c in challenges):
            self._scheme = "basic"
            request.headers["Authorization"] = self._basic
            yield request


class BearerAuth(httpx.Auth):
    """``Authorization: Bearer TOKEN`` on every request."""

    def __init__(self, token: str) -> None:
        self._header = f"Bearer {token}"

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers["Authorization"] = self._header
        yield request


def _excerpt(response: httpx.Response) -> str:
    text = " ".join(response.text.split())
    return text[:500] + ("..." if len(text) > 500 else "")


def _parse_result(response: httpx.Response) -> QueryResult:
    media = response.headers.get("content-type", "").split(";")[0].strip().lower()
    if media in ("application/sparql-results+json", "application/json"):
        return _from_json(response.json())
    if media in ("application/sparql-results+xml", "application/xml", "text/xml"):
        return _from_xml(response.content)
    if media in _RDF_TYPES:
        graph = Graph()
        graph.parse(data=response.content, format=_RDF_TYPES[media])
        return graph
    raise StoreError(f"unexpected answer from the SPARQL server: content type {media!r}")


def _from_json(doc: dict[str, Any]) -> QueryResult:
    if "boolean" in doc:
        return bool(doc["boolean"])
    names = list(doc.get("head", {}).get("vars", []))
    rows = [tuple(_json_term(b[name]) if name in b else None for name in names)
            for b in doc.get("results", {}).get("bindings", [])]
    return _ask_quirk(Rows(names, rows))


def _ask_quirk(rows: Rows) -> QueryResult:
    # Virtuoso 7 answers ASK as a one-column table: one row (value 1) for true, none for false.
    if rows.vars == [_VIRTUOSO_ASK]:
        return bool(rows) and rows[0][0] is not None and str(rows[0][0]) not in ("0", "false")
    return rows


def _json_term(binding: dict[str, str]) -> Node:
    kind, value = binding.get("type"), binding.get("value", "")
    if kind == "uri":
        return URIRef(value)
    if kind == "bnode":
        return BNode(value)
    if kind in ("literal", "typed-literal"):  # typed-literal: SPARQL JSON drafts, old Virtuoso
        lang = binding.get("xml:lang")
        datatype = binding.get("datatype")
        if lang:
            return Literal(value, lang=lang)
        return _literal(value, datatype)
    raise StoreError(f"unexpected term in SPARQL results: {json.dumps(binding)[:200]}")


def _literal(value: str, datatype: str | None) -> Literal:
    # xsd:string is the plain literal: relgraph's other stores hand it out without datatype.
    if datatype in (None, _XSD_STRING, _LANG_STRING):
        return Literal(value)
    return Literal(value, datatype=URIRef(datatype))


def _from_xml(content: bytes) -> QueryResult:
    from rdflib.query import Result

    result = Result.parse(io.BytesIO(content), format="xml")
    if result.type == "ASK":
        return bool(result.askAnswer)
    names = [str(v) for v in result.vars or []]
    rows = []
    for row in result:
        terms = []
        for term in row:  # type: ignore[union-attr]
            if isinstance(term, Literal) and not term.language:
                term = _literal(str(term), str(term.datatype) if term.datatype else None)
            terms.append(term)
        rows.append(tuple(terms))
    return _ask_quirk(Rows(names, rows))
