"""Article text and user values never become code: bound values stay literals on every
store, hostile article text is stored as text, and HTML views escape it.
"""

from __future__ import annotations

import io
import json
import re
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path

import pytest
from rdflib import Literal, URIRef

import relgraph
from relgraph.errors import RelgraphError
from relgraph.rdf import article_graph
from relgraph.rdf.terms import SDO

HOSTILE = [
    '} ; DROP ALL ; {',
    '"} ; DROP ALL ; { "',
    "'} ; DROP ALL ; { '",
    '""" } ; DROP ALL ; INSERT DATA { <urn:x> <urn:y> <urn:z> } ; { """',
    "x' . } } DELETE WHERE { ?s ?p ?o } #",
    '\\" } ; DROP ALL ; #\n{ ',
    "> } ; CLEAR DEFAULT ; <",
    "Ali\u0301yev \u202e} ; DROP ALL",
]
STORES = ["memory", "oxigraph:memory", "disk"]


@pytest.fixture(params=STORES)
def kg(request: pytest.FixtureRequest, tmp_path: Path,
       fixtures: Path) -> Iterator[relgraph.KnowledgeGraph]:
    """A graph with one article and a node for each hostile name."""
    location = tmp_path / "store" if request.param == "disk" else request.param
    graph = relgraph.open(location)
    graph.ingest([fixtures / "articles"], progress=False)
    people = [(URIRef(f"urn:hostile:{i}"), SDO.name, Literal(name))
              for i, name in enumerate(HOSTILE)]
    graph.store.replace_graph(article_graph("hostile-names"), people)
    yield graph
    graph.close()


def snapshot(kg: relgraph.KnowledgeGraph) -> list[str]:
    out = io.BytesIO()
    kg.export(out, "nquads")
    return sorted(out.getvalue().decode("utf-8").splitlines())


def test_hostile_values_are_bound_never_pasted(kg: relgraph.KnowledgeGraph):
    before = snapshot(kg)
    for i, name in enumerate(HOSTILE):
        rows = kg.select("SELECT ?p WHERE { ?p schema:name ?name }", name=name)
        assert [str(r[0]) for r in rows] == [f"urn:hostile:{i}"], name
        assert kg.query("ASK { ?p schema:name ?name }", name=name) is True
        rows = kg.select("SELECT ?c WHERE { ?c rg:alpha3 ?code }", code=name)
        assert len(rows) == 0
    assert len(kg.select("SELECT ?c WHERE { ?c rg:alpha3 ?code }", code="AZE")) == 1
    assert snapshot(kg) == before


def test_hostile_iris_are_refused_or_match_nothing(kg: relgraph.KnowledgeGraph):
    before = snapshot(kg)
    for name in HOSTILE:
        try:
            rows = kg.select("SELECT ?o WHERE { ?s ?p ?o }", s=URIRef(f"urn:x:{name}"))
        except (RelgraphError, ValueError):
            continue  # not an IRI: refused before it reaches the store
        assert len(rows) == 0
    assert snapshot(kg) == before


@pytest.mark.parametrize("update", ["DROP ALL", "CLEAR DEFAULT",
                                    "INSERT DATA { <urn:x> <urn:y> <urn:z> }"])
def test_the_query_api_does_not_update(kg: relgraph.KnowledgeGraph, update: str):
    before = snapshot(kg)
    with pytest.raises(RelgraphError):
        kg.query(update)
    assert snapshot(kg) == before


@pytest.mark.parametrize("location", STORES)
def test_hostile_article_text_is_stored_as_text(location: str, tmp_path: Path):
    feed = tmp_path / "feed.jsonl"
    title = '""" } } ; DROP ALL ; INSERT DATA { <urn:x> <urn:y> <urn:z> } #'
    text = ("Azerbaijani Foreign Minister Jeyhun Bayramov met Turkish Ambassador Ramazan "
            f"Akgün in Baku. \"{HOSTILE[1]}\" is what Bayramov said about Türkiye.")
    feed.write_text(json.dumps({"id": HOSTILE[0], "date": "2025-03-01", "title": title,
                                "text": text}) + "\n", encoding="utf-8")
    kg = relgraph.open(tmp_path / "store" if location == "disk" else location)
    reference = len(kg)
    assert kg.ingest([feed], progress=False).added == 1
    assert [str(r[0]) for r in kg.select("SELECT ?t WHERE { ?a schema:headline ?t }")] == [title]
    assert [str(r[0]) for r in kg.select("SELECT ?i WHERE { ?a a schema:NewsArticle ; "
                                         "schema:identifier ?i }")] == [HOSTILE[0]]
    assert not kg.query("ASK { <urn:x> <urn:y> <urn:z> }")
    assert len(kg) > reference  # the reference graph is all still there, and more
    assert kg.query("ASK { ?c rg:alpha3 'AZE' }")
    kg.close()


# --- HTML views ----------------------------------------------------------------------------
HOSTILE_ROW = {
    "id": "x\"><script>alert('id')</script>", "date": "2025-03-01",
    "title": "</script><script>alert('title')</script>", "url": "javascript:alert('url')",
    "source": "<b onmouseover=alert('source')>News</b>",
    "text": ("Azerbaijani Foreign Minister Jeyhun Bayramov met Turkish Ambassador Ramazan Akgün "
             "in Baku. Bayramov said that \"<script>alert('quote')</script> & </script><img "
             "src=x onerror=alert('img')> must stay text\" for Azerbaijan and Türkiye. The two "
             "sides agreed to cooperate in energy <iframe src=javascript:alert('frame')>."),
}
BENIGN_ROW = {**HOSTILE_ROW, "id": "benign", "title": "A title", "url": "https://example.org/",
              "source": "News", "text": re.sub(r"<[^>]*>", "markup", HOSTILE_ROW["text"])}


class Markup(HTMLParser):
    """The elements and attributes of a page, and its text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, tuple[str, ...]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, tuple(sorted(name for name, _ in attrs))))

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def markup(page: str) -> Markup:
    parser = Markup()
    parser.feed(page)
    parser.close()
    return parser


def graph_with(row: dict[str, str], tmp_path: Path) -> relgraph.KnowledgeGraph:
    feed = tmp_path / f"{len(row['id'])}-{row['id'][:1]}.jsonl"
    feed.write_text(json.dumps(row) + "\n", encoding="utf-8")
    kg = relgraph.open("memory")
    assert kg.ingest([feed], progress=False).added == 1
    return kg


def test_graph_page_escapes_article_text(tmp_path: Path):
    views = pytest.importorskip("relgraph.views", reason="relgraph.views is not built yet")
    hostile = views.build_page(graph_with(HOSTILE_ROW, tmp_path)).html
    benign = views.build_page(graph_with(BENIGN_ROW, tmp_path)).html
    # The page's elements are the template's, whatever the articles say.
    assert markup(hostile).tags == markup(benign).tags
    assert not any(name.startswith("on") for _, names in markup(hostile).tags for name in names)
    # The hostile text is carried as data, escaped, not dropped.
    data = re.search(r'<script id="rg-data" type="application/json">(.*?)</script>', hostile,
                     re.DOTALL)
    assert data, "the page's data block moved: update this test"
    decoded = json.dumps(json.loads(data.group(1)), ensure_ascii=False)
    assert "<script>alert('quote')</script>" in decoded and "onerror=alert('img')" in decoded
    assert "javascript:alert('url')" not in decoded  # a link that would run is dropped


def test_query_page_escapes_article_text(tmp_path: Path):
    page_module = pytest.importorskip("relgraph.server.page",
                                      reason="the query page is not built yet")
    kg = graph_with(HOSTILE_ROW, tmp_path)
    query = "SELECT ?t ?e WHERE { { ?a schema:headline ?t } UNION { ?r rg:evidenceText ?e } }"
    rows = kg.select(query)
    page = page_module.render_page(query + " # </textarea><script>alert('q')</script>",
                                   result=rows, error="</div><script>alert('e')</script>")
    parsed = markup(page)
    assert "script" not in {tag for tag, _ in parsed.tags}
    assert not any(name.startswith("on") for _, names in parsed.tags for name in names)
    assert {tag for tag, _ in parsed.tags} <= {"html", "head", "meta", "title", "style", "body",
                                               "h1", "p", "code", "a", "form", "textarea",
                                               "button", "div", "strong", "table", "thead",
                                               "tbody", "tr", "th", "td"}
    text = "".join(parsed.text)
    assert HOSTILE_ROW["title"] in text and "<img src=x onerror=alert('img')>" in text


def test_federated_queries_are_refused(kg: relgraph.KnowledgeGraph):
    """SERVICE would let a query (or a client of ``relgraph serve``) make relgraph fetch
    any address; a string that merely says SERVICE is still an ordinary value."""
    with pytest.raises(relgraph.QueryError, match="SERVICE"):
        kg.query("SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }")
    assert len(kg.select('SELECT ?s WHERE { ?s ?p "SERVICE <http://x/>" }')) == 0
