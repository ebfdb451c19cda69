"""The knowledge graph API: idempotent ingest, entity merging, queries, SHACL conformance."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest
from rdflib import Dataset, Graph

import relgraph
from relgraph.rdf import SHAPES_PATH

QUERIES = sorted((Path(__file__).resolve().parent.parent / "data" / "queries").glob("*.rq"))


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory, data_dir: Path):
    path = tmp_path_factory.mktemp("store")
    kg = relgraph.open(path)
    first = kg.ingest([data_dir / "articles"], progress=False)
    yield kg, first
    kg.close()


def test_ingest_twice_adds_nothing(built, data_dir: Path):
    kg, first = built
    size = len(kg)
    assert first.added >= 40 and first.failed == 0
    assert size >= 1000
    again = kg.ingest([data_dir / "articles"], progress=False)
    assert again.added == 0 and again.skipped == first.added
    assert len(kg) == size


@pytest.mark.parametrize("query", QUERIES, ids=[q.stem for q in QUERIES])
def test_sample_queries_return_rows(built, query: Path):
    kg, _ = built
    rows = kg.select(query.read_text(encoding="utf-8"))
    assert len(rows) > 0


def test_changed_article_replaces_its_graph(tmp_path: Path, fixtures: Path):
    source = fixtures / "articles" / "aze-tur-health-followup.txt"
    article = tmp_path / "a.txt"
    shutil.copy(source, article)
    kg = relgraph.open("memory")
    kg.ingest([article], progress=False)
    article.write_text(source.read_text().replace("oncology", "cardiology"))
    report = kg.ingest([article], progress=False)
    assert report.added == 1
    texts = [str(r[0]) for r in kg.select("SELECT ?t WHERE { ?s rg:evidenceText ?t }")]
    assert any("cardiology" in t for t in texts)
    assert not any("oncology" in t for t in texts)


def test_same_person_across_articles_is_one_node(seed_article: Path, fixtures: Path):
    kg = relgraph.open("memory")
    kg.ingest([seed_article, fixtures / "articles" / "aze-tur-health-followup.txt"],
              progress=False)
    rows = kg.select("SELECT DISTINCT ?p WHERE { ?p a schema:Person ; schema:name ?n . "
                     "FILTER(CONTAINS(?n, 'Musayev')) }")
    assert len(rows) == 1


def test_bindings_are_never_pasted_into_queries():
    kg = relgraph.open("memory")
    hostile = '"} ; DROP ALL ; { "'
    rows = kg.select("SELECT ?c WHERE { ?c rg:alpha3 ?code }", code=hostile)
    assert len(rows) == 0
    assert len(kg.select("SELECT ?c WHERE { ?c rg:alpha3 ?code }", code="AZE")) == 1


def test_graph_conforms_to_shapes(built):
    pyshacl = pytest.importorskip("pyshacl")
    kg, _ = built
    buffer = io.BytesIO()
    kg.export(buffer, "nquads")
    dataset = Dataset()
    dataset.parse(data=buffer.getvalue(), format="nquads")
    union = Graph()
    for s, p, o, _ in dataset.quads():
        union.add((s, p, o))
    shapes = Graph().parse(str(SHAPES_PATH), format="turtle")
    conforms, _, text = pyshacl.validate(union, shacl_graph=shapes)
    assert conforms, text[:3000]


def test_ontology_labels_and_comments_every_term():
    from rdflib import OWL, RDF, RDFS, URIRef

    from relgraph.rdf import ONTOLOGY_PATH, RG

    onto = Graph().parse(str(ONTOLOGY_PATH), format="turtle")
    terms = {s for s in onto.subjects(RDF.type, None)
             if isinstance(s, URIRef) and str(s).startswith(str(RG))}
    assert len(terms) > 30
    for term in terms:
        assert onto.value(term, RDFS.label) is not None, term
        assert onto.value(term, RDFS.comment) is not None, term
    assert (URIRef(str(RG).rstrip("#")), RDF.type, OWL.Ontology) in onto
