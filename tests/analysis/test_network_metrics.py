"""Network analytics on small graphs built by hand, shaped like ``kg.to_networkx()``."""

from __future__ import annotations

from collections import Counter

import networkx as nx
import pytest

from relgraph.analysis.metrics import (
    communities,
    pair_activity,
    pair_edges,
    simple_graph,
    top_actors,
    top_pairs,
)


def entity(graph: nx.MultiDiGraph, node: str, kind: str, country: str | None) -> None:
    graph.add_node(node, type=kind, label=node.title(), country=country)


def relation(graph: nx.MultiDiGraph, a: str, b: str, kind: str, date: str | None = None,
             field: str | None = None) -> None:
    graph.add_edge(a, b, key=f"{kind}:{a}:{b}:{date}", kind=kind, date=date, field=field,
                   text=None, rel=None if kind == "citizen" else f"rel/{a}/{b}/{date}")


@pytest.fixture
def graph() -> nx.MultiDiGraph:
    """Two tight groups (AZE and TUR people; GEO people) joined by one go-between."""
    g = nx.MultiDiGraph()
    for code in ("AZE", "TUR", "GEO"):
        entity(g, code, "country", code)
    for person, code in (("aliyev", "AZE"), ("musayev", "AZE"), ("akgun", "TUR"),
                         ("yazici", "TUR"), ("kapanadze", "GEO"), ("tsiklauri", "GEO"),
                         ("bridge", "AZE")):
        entity(g, person, "person", code)
        relation(g, person, code, "citizen")
    entity(g, "forum", "event", "AZE")
    relation(g, "musayev", "akgun", "meeting", "2024-02-13")
    relation(g, "musayev", "akgun", "meeting", "2024-11-20")
    relation(g, "aliyev", "TUR", "statement", "2024-02-14")
    relation(g, "yazici", "AZE", "statement", "2025-01-02")
    relation(g, "AZE", "TUR", "cooperation", "2024-02-14", "health")
    relation(g, "musayev", "yazici", "meeting", "2024-03-01")
    relation(g, "aliyev", "akgun", "meeting", "2024-03-02")
    relation(g, "kapanadze", "tsiklauri", "meeting", "2024-05-05")
    relation(g, "bridge", "musayev", "meeting", "2024-06-01")
    relation(g, "bridge", "kapanadze", "meeting", "2024-06-02")
    relation(g, "musayev", "forum", "participation", "2024-09-09")
    relation(g, "akgun", "forum", "participation", "2024-09-09")
    relation(g, "kapanadze", "forum", "participation", "2024-09-09")
    return g


def test_simple_graph_counts_relations_per_pair(graph):
    simple = simple_graph(graph)
    assert simple["musayev"]["akgun"]["weight"] == 2
    assert simple.number_of_nodes() == graph.number_of_nodes()


def test_top_actors_ranks_the_go_betweens_high(graph):
    actors = top_actors(graph, 3)
    assert {a.type for a in actors} == {"person"}
    assert {"bridge", "kapanadze"} <= {a.node for a in actors}
    assert "tsiklauri" not in {a.node for a in actors}
    assert actors[0].centrality >= actors[1].centrality >= actors[2].centrality
    assert all(a.community is not None for a in actors)


def test_communities_cover_every_node_largest_first(graph):
    groups = communities(graph)
    assert set().union(*groups) == set(graph)
    assert [len(g) for g in groups] == sorted((len(g) for g in groups), reverse=True)
    assert any({"kapanadze", "tsiklauri"} <= g for g in groups)


def test_pair_edges_are_between_the_two_sides_only(graph):
    kinds = Counter(graph.edges[e]["kind"] for e in pair_edges(graph, "AZE", "TUR"))
    # Four meetings, two statements, one cooperation; the forum both attended.
    assert kinds == Counter(meeting=4, statement=2, cooperation=1, participation=2)
    assert all("kapanadze" not in e[:2] for e in pair_edges(graph, "AZE", "TUR"))


def test_pair_activity_by_month_and_year(graph):
    months = dict(pair_activity(graph, "AZE", "TUR"))
    assert months["2024-02"] == Counter(meeting=1, statement=1, cooperation=1)
    assert list(months) == sorted(months)
    years = dict(pair_activity(graph, "AZE", "TUR", by="year"))
    assert years["2025"] == Counter(statement=1)
    assert sum(c.total() for c in years.values()) == len(pair_edges(graph, "AZE", "TUR"))


def test_top_pairs_heaviest_first():
    countries = nx.Graph()
    countries.add_edge("TUR", "AZE", weight=5, meetings=1, cooperation=3, statements=1)
    countries.add_edge("GEO", "AZE", weight=2, meetings=2, cooperation=0, statements=0)
    pairs = top_pairs(countries)
    assert [(p.a, p.b, p.weight) for p in pairs] == [("AZE", "TUR", 5), ("AZE", "GEO", 2)]
    assert top_pairs(countries, 1)[0].cooperation == 3


def test_on_the_sample_corpus(data_dir):
    import relgraph

    with relgraph.open("oxigraph:memory") as kg:
        kg.ingest([data_dir / "articles"], progress=False)
        entities, countries = kg.to_networkx("entities"), kg.to_networkx("countries")
    actors = top_actors(entities, 5)
    assert len(actors) == 5 and all(a.relations > 0 for a in actors)
    assert top_pairs(countries, 1)[0].weight == max(d["weight"] for *_, d in countries.edges(data=True))
    assert sum(len(g) for g in communities(entities)) == entities.number_of_nodes()
