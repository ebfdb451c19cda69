"""The summaries kept at ingest (``relgraph.store.summaries``): they say what a scan of the
article graphs says, after every ingest, replacement and interruption, on every store."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from rdflib import URIRef

import relgraph
from relgraph.rdf.terms import ID, SDO, country_iri, dyad_iri, field_iri
from relgraph.store import summaries

# What each summary must equal: the same counts computed by scanning the relation nodes.
SCANS = {
    "cooperation": ("""SELECT ?d ?f (COUNT(DISTINCT ?article) AS ?n) WHERE {
        ?c a rg:Cooperation ; rg:dyad ?d ; rg:field ?f ; prov:wasDerivedFrom ?article }
        GROUP BY ?d ?f""",
                    """SELECT ?d ?f ?n WHERE {
        ?s a rg:CooperationCount ; rg:dyad ?d ; rg:inField ?f ; rg:articleCount ?n }"""),
    "tone": ("""SELECT ?a ?b ?t (COUNT(DISTINCT ?s) AS ?n) WHERE {
        ?s a rg:Statement ; rg:speakerCountry ?a ; schema:about ?b ; rg:tone ?t
        FILTER(?a != ?b) } GROUP BY ?a ?b ?t""",
             """SELECT ?a ?b ?t ?n WHERE {
        ?s a rg:ToneCount ; rg:fromCountry ?a ; rg:toCountry ?b ; rg:withTone ?t ;
           rg:statementCount ?n }"""),
    "statements": ("""SELECT ?p (COUNT(DISTINCT ?s) AS ?n) WHERE {
        ?p a schema:Person . ?s a rg:Statement ; schema:creator ?p } GROUP BY ?p""",
                   """SELECT ?p ?n WHERE { ?s a rg:PersonActivity ; rg:ofPerson ?p ;
        rg:statementCount ?n FILTER(?n > 0) }"""),
    "meetings": ("""SELECT ?p (COUNT(DISTINCT ?m) AS ?n) WHERE {
        ?p a schema:Person . ?m a rg:Meeting ; schema:attendee ?p } GROUP BY ?p""",
                 """SELECT ?p ?n WHERE { ?s a rg:PersonActivity ; rg:ofPerson ?p ;
        rg:meetingCount ?n FILTER(?n > 0) }"""),
    "articles": ("""SELECT ?p (COUNT(DISTINCT ?a) AS ?n) WHERE {
        ?p a schema:Person . ?a schema:mentions ?p } GROUP BY ?p""",
                 """SELECT ?p ?n WHERE { ?s a rg:PersonActivity ; rg:ofPerson ?p ;
        rg:articleCount ?n }"""),
    "offices": ("""SELECT ?p ?post (COUNT(DISTINCT ?a) AS ?n) WHERE {
        ?h a rg:OfficeHolding ; rg:holder ?p ; rg:post ?post ; prov:wasDerivedFrom ?a }
        GROUP BY ?p ?post""",
                """SELECT ?p ?post ?n WHERE { ?s a rg:OfficeCount ; rg:ofPerson ?p ;
        rg:ofPost ?post ; rg:articleCount ?n }"""),
    "organizations": ("""SELECT ?f ?o (COUNT(DISTINCT ?a) AS ?n) WHERE {
        ?c a rg:Cooperation ; rg:field ?f ; prov:wasDerivedFrom ?a .
        ?a schema:mentions ?o . ?o a schema:GovernmentOrganization } GROUP BY ?f ?o""",
                      """SELECT ?f ?o ?n WHERE { ?s a rg:OrganizationFieldCount ;
        rg:inField ?f ; rg:ofOrganization ?o ; rg:articleCount ?n }"""),
    "participations": ("""SELECT ?e ?g (COUNT(DISTINCT ?a) AS ?n) (MIN(?d) AS ?first)
        (MAX(?d) AS ?last) WHERE { ?p a rg:Participation ; rg:event ?e ; rg:agent ?g ;
        prov:wasDerivedFrom ?a OPTIONAL { ?p schema:startDate ?d } } GROUP BY ?e ?g""",
                       """SELECT ?e ?g ?n ?first ?last WHERE { ?s a rg:ParticipationCount ;
        rg:ofEvent ?e ; rg:ofAgent ?g ; rg:articleCount ?n
        OPTIONAL { ?s rg:firstDate ?first ; rg:lastDate ?last } }"""),
}

KEN_UGA = """date 2026-03-02
Kenya and Uganda agree on railway link

Kenyan Transport Minister Otieno Kamau met Ugandan Works Minister Grace Nakato in Kampala on
Monday. Kenya and Uganda signed an agreement on railway transport.

"Our partnership with Uganda is at its highest level," Kamau said.
"""

KEN_TZA = """date 2026-03-05
Kenya and Tanzania discuss energy

Kenyan Energy Minister Wanjiru Mwangi held talks with Tanzanian Foreign Minister Amani Said in
Dodoma on Thursday. Kenya and Tanzania agreed to cooperate on solar energy.
"""


def _rows(kg: relgraph.KnowledgeGraph, sparql: str) -> set[tuple[str, ...]]:
    return {tuple(str(t) for t in row) for row in kg.select(sparql)}


def assert_summaries_match_scans(kg: relgraph.KnowledgeGraph) -> None:
    for name, (scan, summary) in SCANS.items():
        expected = _rows(kg, scan)
        assert _rows(kg, summary) == expected, name
    assert summaries.is_current(kg.store)


def _summary_quads(kg: relgraph.KnowledgeGraph) -> set[tuple[str, ...]]:
    return _rows(kg, """SELECT ?g ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o }
                        FILTER(STRSTARTS(STR(?g), "https://w3id.org/relgraph/graph/summary/")
                               && ?p != rg:upToDate) }""")


def _ingest(kg: relgraph.KnowledgeGraph, folder: Path) -> relgraph.IngestReport:
    report = kg.ingest([folder], progress=False, stderr=io.StringIO())
    assert not report.failed, report.errors
    return report


def test_summaries_of_the_sample_corpus_match_a_scan(embedded: relgraph.KnowledgeGraph):
    assert_summaries_match_scans(embedded)
    counts = _rows(embedded, "SELECT ?s WHERE { ?s a rg:Summary }")
    assert len(counts) > 100


@pytest.mark.parametrize("location", ["oxigraph:memory", "memory"])
def test_a_changed_article_has_its_old_and_new_keys_recounted(tmp_path: Path, location: str):
    (tmp_path / "ken-uga.txt").write_text(KEN_UGA, encoding="utf-8")
    (tmp_path / "ken-tza.txt").write_text(KEN_TZA, encoding="utf-8")
    kg = relgraph.open(location)
    _ingest(kg, tmp_path)
    assert_summaries_match_scans(kg)
    transport = ID["summary/cooperation/KEN-UGA/transport"]
    assert kg.query("ASK { ?s rg:articleCount 1 }", s=transport)

    # The story is corrected: Rwanda, not Uganda, and solar energy, not railways. Nothing
    # in the new version names the old pair or field, yet their counts must go.
    corrected = (KEN_UGA.replace("railway transport", "solar energy")
                 .replace("Uganda", "Rwanda").replace("Kampala", "Kigali"))
    (tmp_path / "ken-uga.txt").write_text(corrected, encoding="utf-8")
    report = _ingest(kg, tmp_path)
    assert (report.added, report.skipped) == (1, 1)
    assert_summaries_match_scans(kg)
    assert not kg.query("ASK { ?s ?p ?o }", s=transport)
    assert kg.query("ASK { ?s rg:articleCount 1 }", s=ID["summary/cooperation/KEN-RWA/energy"])

    # What the keyed update wrote is exactly what recounting everything writes.
    incremental = _summary_quads(kg)
    summaries.refresh(kg.store)
    assert _summary_quads(kg) == incremental


def test_many_changes_take_the_full_recount_with_the_same_result(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, embedded: relgraph.KnowledgeGraph,
        articles: Path):
    monkeypatch.setattr(summaries, "KEYED_LIMIT", 0)
    kg = relgraph.open("oxigraph:memory")
    _ingest(kg, articles)
    assert _summary_quads(kg) == _summary_quads(embedded)


def test_an_interrupted_ingest_leaves_stale_summaries_that_opening_rebuilds(tmp_path: Path):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "ken-uga.txt").write_text(KEN_UGA, encoding="utf-8")
    store = tmp_path / "store"
    with relgraph.open(store) as kg:
        _ingest(kg, folder)
        before = _summary_quads(kg)
        # What a crash between writing articles and recounting leaves behind.
        summaries.mark_stale(kg.store)
        kg.store.remove_graph(summaries.summary_graph("dyad", dyad_iri("KEN", "UGA")))
        assert not summaries.is_current(kg.store)
    with relgraph.open(store, read_only=True) as reader:  # a reader changes nothing
        assert not summaries.is_current(reader.store)
    with relgraph.open(store) as kg:
        assert summaries.is_current(kg.store)
        assert _summary_quads(kg) == before


def test_adding_one_record_updates_its_summaries(tmp_path: Path):
    from relgraph.extract import extract
    from relgraph.read import read_articles

    (tmp_path / "ken-tza.txt").write_text(KEN_TZA, encoding="utf-8")
    (article,) = read_articles([tmp_path])
    kg = relgraph.open("oxigraph:memory")
    kg.add(extract(article))  # type: ignore[arg-type]
    assert_summaries_match_scans(kg)
    assert kg.query("ASK { ?s rg:dyad ?d ; rg:inField ?f }", d=dyad_iri("KEN", "TZA"),
                    f=field_iri("energy"))


def test_keys_are_the_dyads_people_and_fields_of_an_article(tmp_path: Path):
    from relgraph.extract import extract
    from relgraph.rdf import record_triples
    from relgraph.read import read_articles

    (tmp_path / "ken-uga.txt").write_text(KEN_UGA, encoding="utf-8")
    (article,) = read_articles([tmp_path])
    keys = summaries.keys_of(record_triples(extract(article)))  # type: ignore[arg-type]
    assert keys.dyads == {dyad_iri("KEN", "UGA")}
    assert {URIRef(str(p)).rsplit("/", 1)[-1] for p in keys.persons} == {"ken-kamau",
                                                                         "uga-nakato"}
    assert field_iri("transport") in keys.fields
    assert country_iri("KEN") not in keys.persons and SDO.Person not in keys.persons


def test_the_sample_queries_read_the_summaries(embedded: relgraph.KnowledgeGraph,
                                               data_dir: Path):
    """02 and 07 give the article and statement counts that a scan gives."""
    text = (data_dir / "queries" / "02-cooperation-fields-per-pair.rq").read_text()
    rows = {(str(a), str(b), str(f)): int(n) for a, b, f, n in embedded.select(text)}
    scan = embedded.select("""SELECT ?a ?b ?f (COUNT(DISTINCT ?art) AS ?n) WHERE {
        ?c a rg:Cooperation ; rg:party ?pa, ?pb ; rg:field/skos:notation ?f ;
           prov:wasDerivedFrom ?art . ?pa rg:alpha3 ?a . ?pb rg:alpha3 ?b FILTER(?a < ?b) }
        GROUP BY ?a ?b ?f""")
    assert rows == {(str(a), str(b), str(f)): int(n) for a, b, f, n in scan}
