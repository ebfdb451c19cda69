"""Views without a browser: which subgraph each view picks, the layout, and the page's
self-containment and escaping as text."""

from __future__ import annotations

import json
import re
from pathlib import Path

import networkx as nx
import pytest

from relgraph.errors import RelgraphError
from relgraph.views import GraphPage, LargeViewWarning, ViewOptions, graph_page, options
from relgraph.views.evidence import safe_url
from relgraph.views.layout import FULL_LAYOUT_NODES, positions
from relgraph.views.page import safe_json
from relgraph.views.select import find_node, select_graph
from relgraph.views.style import node_sizes

ENERGY = ("CONSTRUCT { ?rel rg:party ?c } WHERE { ?rel a rg:Cooperation ; rg:party ?c ; "
          "rg:field/skos:notation 'energy' }")


def markup_outside_scripts(page: str) -> str:
    return re.sub(r"<(script|style)\b[^>]*>.*?</\1>", "", page, flags=re.S | re.I)


def test_focus_takes_a_code_or_a_name_and_grows_with_hops(kg):
    one = select_graph(kg, ViewOptions(focus="aze", hops=1))
    two = select_graph(kg, ViewOptions(focus="AZ", hops=2))
    assert str(kg.country("AZE")) in one
    assert set(one) < set(two)
    person = select_graph(kg, ViewOptions(focus="Teymur Musayev", hops=1))
    centre = find_node(person, "musayev")
    assert all(nx.has_path(person.to_undirected(), centre, n) for n in person)


def test_focus_refuses_unknown_and_ambiguous_names(kg):
    graph = kg.to_networkx("entities")
    with pytest.raises(RelgraphError, match="no node"):
        find_node(graph, "Nobody Atall")
    with pytest.raises(RelgraphError, match="matches"):
        find_node(graph, "Ministry")


def test_pair_keeps_only_what_lies_between_the_two_countries(kg):
    graph = select_graph(kg, ViewOptions(pair=("AZE", "TUR")))
    sides = {"AZE", "TUR"}
    kinds = set()
    for u, v, kind in graph.edges(data="kind"):
        kinds.add(kind)
        ends = {graph.nodes[u].get("country"), graph.nodes[v].get("country")}
        if kind in ("statement", "meeting", "cooperation"):
            assert ends == sides, (u, v, kind)
        if kind == "participation":
            assert graph.nodes[u]["country"] in sides and graph.nodes[v]["type"] == "event"
    assert {"statement", "cooperation", "meeting"} <= kinds
    with pytest.raises(RelgraphError, match="no country"):
        select_graph(kg, ViewOptions(pair=("AZE", "XYZ")))


def test_query_view_is_what_the_construct_names(kg):
    graph = select_graph(kg, ViewOptions(query=ENERGY))
    whole = kg.to_networkx("entities")
    expected = sum(d["field"] == "energy" for *_, d in whole.edges(data=True))
    assert graph.number_of_edges() == expected > 0
    assert {d["field"] for *_, d in graph.edges(data=True)} == {"energy"}
    with pytest.raises(RelgraphError, match="CONSTRUCT"):
        select_graph(kg, ViewOptions(query="SELECT * WHERE { ?s ?p ?o } LIMIT 1"))


def test_query_view_reads_a_file(kg, tmp_path: Path):
    path = tmp_path / "energy.rq"
    path.write_text(ENERGY, encoding="utf-8")
    options_ = ViewOptions(query=str(path))
    assert options_.heading() == "relgraph: energy.rq"
    assert select_graph(kg, options_).number_of_edges() > 0
    with pytest.raises(RelgraphError, match="cannot read"):
        select_graph(kg, ViewOptions(query=tmp_path / "missing.rq"))


def test_countries_view_weighs_edges_by_counts(kg):
    graph = select_graph(kg, ViewOptions(countries=True))
    assert all(len(n) == 3 for n in graph)
    for *_, d in graph.edges(data=True):
        assert d["weight"] == d["meetings"] + d["cooperation"] + d["statements"] > 0
    assert set(select_graph(kg, ViewOptions(countries=True, focus="TUR", hops=1))) < set(graph)


@pytest.mark.parametrize("bad", [dict(focus="AZE", pair=("AZE", "TUR")),
                                 dict(countries=True, pair=("AZE", "TUR")),
                                 dict(pair=("AZE", "AZE")), dict(focus="AZE", hops=-1)])
def test_contradictory_options_are_refused(bad):
    with pytest.raises(RelgraphError):
        ViewOptions(**bad)


def test_layout_places_every_node_deterministically():
    graph = nx.relabel_nodes(nx.barabasi_albert_graph(FULL_LAYOUT_NODES + 200, 2, seed=3), str)
    graph.add_nodes_from(["lonely", "alone"])
    sizes = node_sizes(graph)
    placed = positions(graph, sizes)
    assert set(placed) == set(graph)
    assert placed == positions(graph, sizes)
    hubs = sorted(graph, key=graph.degree, reverse=True)[:2]
    (ax, ay), (bx, by) = placed[hubs[0]], placed[hubs[1]]
    assert ((ax - bx) ** 2 + (ay - by) ** 2) ** 0.5 >= sizes[hubs[0]] + sizes[hubs[1]]


def test_page_is_self_contained(kg):
    page = kg.show(focus="AZE")
    assert page.html.startswith("<!DOCTYPE html>")
    assert "vis.Network" in page.html and "vis-network" in page.html
    assert "Content-Security-Policy" in page.html and "default-src 'none'" in page.html
    markup = markup_outside_scripts(page.html)
    assert not re.search(r"(src|href)\s*=\s*[\"']?(https?:)?//", markup, re.I)
    assert "@import" not in page.html and "url(http" not in page.html


def test_data_cannot_close_its_script_block():
    text = safe_json({"quote": "</script><script>alert(1)</script> & <!-- \u2028"})
    assert "<" not in text and ">" not in text and "&" not in text and "\u2028" not in text
    assert json.loads(text)["quote"].startswith("</script>")


def test_hostile_text_never_appears_as_markup(hostile_kg):
    page = hostile_kg.show(title="<b>x</b>")
    assert "<img" not in page.html and "</script><script>" not in page.html
    assert "<title>&lt;b&gt;x&lt;/b&gt;</title>" in page.html
    data = re.search(r'<script id="rg-data" type="application/json">(.*?)</script>', page.html,
                     re.S).group(1)
    assert "\\u003cimg src=x onerror=" in data
    assert "javascript:" not in data, "an article's javascript: link reached the page"


def test_notebook_repr_embeds_the_page_escaped():
    page = GraphPage(html='<p title="a">&amp;</p><script>x</script>', nodes=1, edges=0)
    markup = page._repr_html_()
    assert 'srcdoc="&lt;p title=&quot;a&quot;&gt;&amp;amp;&lt;/p&gt;' in markup
    assert "<script" not in markup and 'sandbox="allow-scripts' in markup


@pytest.mark.parametrize(("url", "safe"), [
    ("https://example.org/a?b=1", "https://example.org/a?b=1"), ("http://x.org", "http://x.org"),
    ("javascript:alert(1)", None), (" JavaScript:alert(1)", None), ("data:text/html,x", None),
    ("//evil.org/x", None), ("/relative", None), ("", None), (None, None)])
def test_only_web_links_are_kept(url, safe):
    assert safe_url(url) == safe


def test_large_views_say_so(kg, monkeypatch):
    monkeypatch.setattr(options, "LARGE_VIEW", 5)
    with pytest.warns(LargeViewWarning, match="--focus"):
        page = kg.show(pair=("AZE", "TUR"))
    assert page.notice and "--countries" in page.notice
    assert graph_page(nx.MultiDiGraph()).notice is None
