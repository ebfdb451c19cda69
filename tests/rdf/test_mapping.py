"""The RDF mapping (``relgraph.rdf``): deterministic IRIs and graphs, one node per real
person across articles, provenance (article, evidence sentence, offsets) on every relation
node, speakers typed as what they are, and graphs that keep the SHACL shapes."""

from __future__ import annotations

import copy
import hashlib
from pathlib import Path

import pytest
from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.compare import graph_diff, isomorphic, to_isomorphic
from rdflib.namespace import PROV, RDF

from relgraph.extract import extract
from relgraph.extract.records import (
    Cooperation,
    EventMention,
    Evidence,
    Meeting,
    Organization,
    Participation,
    Person,
    Record,
    Statement,
)
from relgraph.rdf import SHAPES_PATH, article_graph, record_graph, record_triples, reference_triples
from relgraph.rdf.terms import (
    ID,
    ORG,
    RG,
    SDO,
    article_iri,
    country_iri,
    event_iri,
    org_iri,
    person_iri,
    slug,
)
from relgraph.read import read_articles
from relgraph.read.article import Article

# Datatypes by IRI (the XSD namespace object at module level upsets pytest's collection).
XSD_DATE = URIRef("http://www.w3.org/2001/XMLSchema#date")
XSD_INTEGER = URIRef("http://www.w3.org/2001/XMLSchema#integer")

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "extract"

RELATION_CLASSES = (RG.Statement, RG.Cooperation, RG.Meeting, RG.Participation,
                    RG.OfficeHolding)

# --- a record written by hand, with its article text ------------------------------------------

TEXT = (
    "Kenya and Uganda sign railway deal\n\n"
    "Kenyan Transport Minister Otieno Kamau met Ugandan Works Minister Grace Nakato in "
    "Kampala on Monday. "
    "“The line will carry \"everything\" – even {braces} and back\\slashes,” Kamau said. "
    "The two countries signed an agreement on railways and trade. "
    "The WHO said that health checks at the border would continue. "
    "Moscow accused Kampala of bias. "
    "A Ugandan delegation took part in the Fifth East African Rail Forum in Arusha. "
    "Kamau met Nakato again on Tuesday for a dinner."
)


def _evidence(sentence: str, rule: str = "test") -> Evidence:
    start = TEXT.index(sentence)
    return Evidence(sentence, start, start + len(sentence), rule)


S_MEET = ("Kenyan Transport Minister Otieno Kamau met Ugandan Works Minister Grace Nakato in "
          "Kampala on Monday.")
S_QUOTE = "“The line will carry \"everything\" – even {braces} and back\\slashes,” Kamau said."
S_COOP = "The two countries signed an agreement on railways and trade."
S_WHO = "The WHO said that health checks at the border would continue."
S_RUS = "Moscow accused Kampala of bias."
S_PART = "A Ugandan delegation took part in the Fifth East African Rail Forum in Arusha."
S_AGAIN = "Kamau met Nakato again on Tuesday for a dinner."


def make_record(article_id: str = "ken-uga-rail") -> Record:
    return Record(
        article_id=article_id,
        date="2025-05-21",
        source="Made-up Wire",
        title="Kenya and Uganda sign railway deal",
        url="https://example.org/ken-uga-rail",
        content_hash=hashlib.sha256(TEXT.encode()).hexdigest(),
        countries=["KEN", "UGA", "RUS"],
        persons=[
            Person("Otieno Kamau", "KEN", "Minister of Transport", [_evidence(S_MEET)]),
            Person("Grace Nakato", "UGA", "Minister of Works", [_evidence(S_MEET)]),
        ],
        organizations=[Organization("WHO", None, "international", [_evidence(S_WHO)])],
        events=[EventMention("Fifth East African Rail Forum", "Arusha", "2025-05-21",
                             [_evidence(S_PART)])],
        statements=[
            Statement("Otieno Kamau", "The line will carry \"everything\" – even {braces} and "
                      "back\\slashes", ["KEN", "UGA"], direct=True, verb="said",
                      tone="positive", date="2025-05-21", evidence=_evidence(S_QUOTE)),
            Statement("WHO", "health checks at the border would continue", ["KEN", "UGA"],
                      verb="said", date=None, evidence=_evidence(S_WHO)),
            Statement("RUS", "Kampala of bias", ["UGA"], verb="accused", tone="negative",
                      category="DISAPPROVE", date="2025-05-21", evidence=_evidence(S_RUS)),
        ],
        cooperation=[
            Cooperation(["KEN", "UGA"], "transport", "AGREE", "2025-05-19", _evidence(S_COOP)),
            Cooperation(["KEN", "UGA"], "economy", "AGREE", "2025-05-19", _evidence(S_COOP)),
        ],
        meetings=[
            Meeting(["Otieno Kamau", "Grace Nakato"], "meeting", "CONSULT", "2025-05-19",
                    _evidence(S_MEET)),
            Meeting(["Otieno Kamau", "Grace Nakato"], "meeting", "CONSULT", "2025-05-20",
                    _evidence(S_AGAIN)),
        ],
        participations=[
            Participation("UGA", "Fifth East African Rail Forum", None, _evidence(S_PART)),
        ],
    )


def _diff(a: Graph, b: Graph) -> str:
    _, only_a, only_b = graph_diff(to_isomorphic(a), to_isomorphic(b))
    lines = [f"- {t}" for t in sorted(only_a, key=str)] + \
            [f"+ {t}" for t in sorted(only_b, key=str)]
    return "graphs differ:\n" + "\n".join(lines[:80])


def _fixture_articles() -> list[Article]:
    articles = [a for a in read_articles([FIXTURES]) if isinstance(a, Article)]
    assert articles
    return articles


# --- determinism --------------------------------------------------------------------------


def test_same_record_twice_gives_isomorphic_graphs():
    a, b = record_graph(make_record()), record_graph(make_record())
    assert isomorphic(a, b), _diff(a, b)


def test_same_record_gives_the_same_triples_in_the_same_order():
    record = make_record()
    assert list(record_triples(record)) == list(record_triples(copy.deepcopy(record)))


def test_graphs_have_no_blank_nodes():
    """Every node is named by what it stands for, so graphs compare term by term."""
    graph = record_graph(make_record())
    assert not [t for t in graph if any(isinstance(x, BNode) for x in t)]


@pytest.mark.parametrize("article", _fixture_articles(), ids=lambda a: a.id)
def test_extracting_the_same_article_twice_gives_isomorphic_graphs(article: Article):
    a, b = record_graph(extract(article)), record_graph(extract(article))
    assert isomorphic(a, b), _diff(a, b)


def test_graph_is_named_after_its_article():
    record = make_record()
    assert record_graph(record).identifier == article_graph(record.article_id)


@pytest.mark.parametrize(("a", "b"), [("news/1", "news-1"), ("A", "a"), ("x y", "x-y"),
                                      ("Çay", "Cay")])
def test_distinct_article_ids_give_distinct_iris(a: str, b: str):
    assert article_iri(a) != article_iri(b)
    assert article_graph(a) != article_graph(b)


def test_the_same_relation_in_two_articles_is_two_nodes():
    first, second = record_graph(make_record("one")), record_graph(make_record("two"))
    for cls in RELATION_CLASSES:
        assert not set(first.subjects(RDF.type, cls)) & set(second.subjects(RDF.type, cls)), cls


# --- identifiers of people and organisations ----------------------------------------------


@pytest.mark.parametrize(
    ("short", "full", "code"),
    [
        ("Musayev", "Teymur Musayev", "AZE"),
        ("Fernández", "Lucía Fernández", "CHL"),
        ("Battsetseg", "B. Battsetseg", "MNG"),
        ("Tsogtbaatar", "D.Tsogtbaatar", "MNG"),
        ("Ozturk", "Çağlar Öztürk", "TUR"),
        ("Moller", "Søren Møller", "DNK"),
        ("Duc", "Trần Văn Đức", "VNM"),
        ("Strauss", "Anna Strauß", "AUT"),
        ("Al Mansoori", "Khalid bin Rashid Al Mansoori", "ARE"),
    ],
)
def test_person_iri_merges_a_surname_and_the_full_name_of_one_country(short, full, code):
    assert person_iri(short, code) == person_iri(full, code)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (("Musayev", "AZE"), ("Teymur Musayev", "TUR")),
        (("Fernández", "CHL"), ("Jorge Fernández", "ARG")),
        (("Kamau", "KEN"), ("Kamau", None)),
        (("Santos", "PHL"), ("Santos", "BRA")),
    ],
)
def test_person_iri_keeps_people_of_different_countries_apart(a, b):
    assert person_iri(*a) != person_iri(*b)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Çavuşoğlu", "cavusoglu"), ("Łukasz Wróbel", "lukasz-wrobel"), ("Møller", "moller"),
        ("Đức", "duc"), ("Strauß", "strauss"), ("Ólafsdóttir", "olafsdottir"),
        ("Əliyev", "aliyev"), ("Işık", "isik"), ("Ærø", "aero"), ("Đặng Thị Hồng", "dang-thi-hong"),
        ("Ministry of Foreign Affairs", "ministry-of-foreign-affairs"), ("!!!", "x"),
    ],
)
def test_slug_folds_letters_to_ascii(text, expected):
    assert slug(text) == expected


def test_country_iri_ignores_case():
    assert country_iri("ken") == country_iri("KEN")


def test_organization_iri_depends_on_name_and_country():
    assert org_iri("Ministry of Health", "GHA") == org_iri("Ministry of Health", "GHA")
    assert org_iri("Ministry of Health", "GHA") != org_iri("Ministry of Health", "SEN")


def test_same_person_across_articles_is_one_node():
    """Two hand-made articles: "Otieno Kamau" and, later, "Kamau" of Kenya are one person;
    a Kamau of Tanzania is someone else."""
    later = Record(article_id="later", date="2025-06-01", countries=["KEN", "TZA"],
                   persons=[Person("Kamau", "KEN", "Minister of Transport"),
                            Person("Kamau", "TZA", "Ambassador")])
    union = Graph()
    for record in (make_record(), later):
        for triple in record_triples(record):
            union.add(triple)
    kenyan = {p for p in union.subjects(RDF.type, SDO.Person)
              if (p, RG.country, country_iri("KEN")) in union}
    tanzanian = {p for p in union.subjects(RDF.type, SDO.Person)
                 if (p, RG.country, country_iri("TZA")) in union}
    assert len(kenyan) == 1 and len(tanzanian) == 1 and kenyan != tanzanian
    (node,) = kenyan
    assert {str(n) for n in union.objects(node, SDO.name)} == {"Otieno Kamau", "Kamau"}


def test_same_person_across_extracted_articles_is_one_node():
    articles = {a.id: a for a in _fixture_articles()}
    union = Graph()
    for name in ("chl-vnm-trade", "chl-senate-briefing"):
        for triple in record_triples(extract(articles[name])):
            union.add(triple)
    nodes = {p for p, n in union.subject_objects(SDO.name)
             if (p, RDF.type, SDO.Person) in union and "Fernández" in str(n)}
    assert len(nodes) == 1, nodes


# --- provenance -------------------------------------------------------------------------------


def _relation_nodes(graph: Graph):
    for cls in RELATION_CLASSES:
        for node in sorted(graph.subjects(RDF.type, cls)):
            yield cls, node


def _check_provenance(graph: Graph, article: URIRef, text: str) -> int:
    checked = 0
    for cls, node in _relation_nodes(graph):
        where = f"{cls.fragment} {node}"
        assert list(graph.objects(node, PROV.wasDerivedFrom)) == [article], where
        texts = list(graph.objects(node, RG.evidenceText))
        starts = list(graph.objects(node, RG.startOffset))
        ends = list(graph.objects(node, RG.endOffset))
        assert len(texts) == len(starts) == len(ends) == 1, where
        assert starts[0].datatype == XSD_INTEGER and ends[0].datatype == XSD_INTEGER, where
        start, end = starts[0].toPython(), ends[0].toPython()
        assert 0 <= start < end <= len(text), where
        assert text[start:end] == str(texts[0]), where
        checked += 1
    return checked


def test_every_relation_node_of_a_hand_made_record_has_its_provenance():
    record = make_record()
    assert _check_provenance(record_graph(record), article_iri(record.article_id), TEXT) == \
        len(record.statements) + len(record.cooperation) + len(record.meetings) + \
        len(record.participations) + len(record.persons)


@pytest.mark.parametrize("article", _fixture_articles(), ids=lambda a: a.id)
def test_every_relation_node_of_an_extracted_article_has_its_provenance(article: Article):
    graph = record_graph(extract(article))
    assert _check_provenance(graph, article_iri(article.id), article.text) > 0


def test_two_meetings_of_the_same_people_stay_two_nodes():
    graph = record_graph(make_record())
    meetings = list(graph.subjects(RDF.type, RG.Meeting))
    assert len(meetings) == 2
    assert sorted(str(graph.value(m, SDO.startDate)) for m in meetings) == \
        ["2025-05-19", "2025-05-20"]


def test_relation_without_a_date_takes_the_article_date():
    graph = record_graph(make_record())
    (who,) = [s for s in graph.subjects(RDF.type, RG.Statement)
              if graph.value(s, RG.reportingVerb) == Literal("said")
              and "health" in str(graph.value(s, SDO.text))]
    assert graph.value(who, SDO.dateCreated) == Literal("2025-05-21", datatype=XSD_DATE)
    (part,) = graph.subjects(RDF.type, RG.Participation)
    assert graph.value(part, SDO.startDate) == Literal("2025-05-21", datatype=XSD_DATE)


# --- what the nodes are -----------------------------------------------------------------------


def _statement(graph: Graph, verb: str) -> URIRef:
    (node,) = [s for s in graph.subjects(RDF.type, RG.Statement)
               if graph.value(s, RG.reportingVerb) == Literal(verb)
               and (verb != "said" or graph.value(s, RG.directQuote) == Literal(True))]
    return node


def test_person_speaker_is_the_person_node():
    graph = record_graph(make_record())
    node = _statement(graph, "said")
    speaker = graph.value(node, SDO.creator)
    assert speaker == person_iri("Otieno Kamau", "KEN")
    assert (speaker, RDF.type, SDO.Person) in graph
    assert graph.value(node, RG.speakerCountry) == country_iri("KEN")
    assert (node, RDF.type, SDO.Quotation) in graph


def test_country_speaker_is_the_country_node():
    graph = record_graph(make_record())
    node = _statement(graph, "accused")
    assert graph.value(node, SDO.creator) == country_iri("RUS")
    assert graph.value(node, RG.tone) == RG.Negative


def test_organization_speaker_with_a_three_letter_name_is_the_organization():
    """"WHO" is an organisation of the record, not an ISO code: it must not become a
    country node."""
    graph = record_graph(make_record())
    (node,) = [s for s in graph.subjects(RDF.type, RG.Statement)
               if "health" in str(graph.value(s, SDO.text))]
    speaker = graph.value(node, SDO.creator)
    assert speaker == org_iri("WHO", None)
    assert (speaker, RDF.type, SDO.Organization) in graph
    assert country_iri("WHO") not in set(graph.all_nodes())


def test_offices_are_posts_held_by_people():
    graph = record_graph(make_record())
    kamau = person_iri("Otieno Kamau", "KEN")
    (post,) = graph.objects(kamau, ORG.holds)
    assert (post, RDF.type, ORG.Post) in graph
    assert str(graph.value(post, URIRef("http://www.w3.org/2004/02/skos/core#prefLabel"))) == \
        "Minister of Transport"
    assert graph.value(post, RG.country) == country_iri("KEN")


def test_shortcuts_are_symmetric_and_without_loops():
    graph = record_graph(make_record())
    for prop in (RG.metWith, RG.cooperatesWith):
        pairs = set(graph.subject_objects(prop))
        assert pairs, prop
        assert all((b, a) in pairs for a, b in pairs), prop
        assert all(a != b for a, b in pairs), prop
    assert (country_iri("KEN"), RG.cooperatesWith, country_iri("UGA")) in graph


def test_participation_links_agent_and_event():
    graph = record_graph(make_record())
    (node,) = graph.subjects(RDF.type, RG.Participation)
    event = event_iri("Fifth East African Rail Forum")
    assert graph.value(node, RG.agent) == country_iri("UGA")
    assert graph.value(node, RG.event) == event
    assert (event, RDF.type, RG.NamedEvent) in graph
    assert (event, SDO.attendee, country_iri("UGA")) in graph


def test_article_mentions_its_countries_and_entities():
    record = make_record()
    graph = record_graph(record)
    article = article_iri(record.article_id)
    mentioned = set(graph.objects(article, SDO.mentions))
    assert {country_iri(c) for c in record.countries} <= mentioned
    assert person_iri("Grace Nakato", "UGA") in mentioned
    assert graph.value(article, SDO.datePublished) == Literal("2025-05-21", datatype=XSD_DATE)


# --- serialisations and shapes ----------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["turtle", "nt", "xml", "json-ld"])
def test_graph_survives_serialisation(fmt: str):
    graph = record_graph(make_record())
    again = Graph().parse(data=graph.serialize(format=fmt), format=fmt)
    assert isomorphic(graph, again), _diff(graph, again)


def test_graphs_conform_to_the_shapes():
    pyshacl = pytest.importorskip("pyshacl")
    union = Graph()
    records = [make_record()] + [extract(a) for a in _fixture_articles()]
    for record in records:
        for triple in record_triples(record):
            union.add(triple)
    for triple in reference_triples():
        union.add(triple)
    shapes = Graph().parse(str(SHAPES_PATH), format="turtle")
    conforms, _, report = pyshacl.validate(union, shacl_graph=shapes)
    assert conforms, report[:4000]


def test_article_graphs_in_a_dataset_stay_apart():
    dataset = Dataset()
    for record in (make_record("one"), make_record("two")):
        graph = dataset.graph(article_graph(record.article_id))
        for triple in record_triples(record):
            graph.add(triple)
    one = dataset.graph(article_graph("one"))
    assert (article_iri("one"), RDF.type, SDO.NewsArticle) in one
    assert (article_iri("two"), RDF.type, SDO.NewsArticle) not in one


# --- dyads ----------------------------------------------------------------------------------

def _dyads_of(graph: Graph, node: URIRef) -> set[str]:
    return {str(d).rsplit("/", 1)[-1] for d in graph.objects(node, RG.dyad)}


def test_relations_link_to_the_dyads_of_their_countries():
    from relgraph.rdf.mapping import _Mapper

    record = make_record()
    record.statements.append(Statement("Otieno Kamau", "both neighbours matter",
                                       ["UGA", "RUS"], verb="said",
                                       evidence=_evidence(S_AGAIN)))
    record.cooperation.append(Cooperation(["KEN", "UGA", "RUS"], "energy", "AGREE", None,
                                          _evidence(S_COOP)))
    graph, mapper = record_graph(record), _Mapper(record)
    # a statement pairs the speaker's country with each country it is about, never the
    # countries it is about with each other
    assert _dyads_of(graph, mapper.statement_iri(0)) == {"KEN-UGA"}
    assert _dyads_of(graph, mapper.statement_iri(2)) == {"RUS-UGA"}
    assert _dyads_of(graph, mapper.statement_iri(3)) == {"KEN-UGA", "KEN-RUS"}
    assert _dyads_of(graph, mapper.cooperation_iri(0)) == {"KEN-UGA"}
    assert _dyads_of(graph, mapper.cooperation_iri(2)) == {"KEN-RUS", "KEN-UGA", "RUS-UGA"}
    assert _dyads_of(graph, mapper.meeting_iri(0)) == {"KEN-UGA"}
    dyad = ID["dyad/KEN-UGA"]
    assert (dyad, RDF.type, RG.Dyad) in graph
    assert graph.value(dyad, RG.firstCountry) == country_iri("KEN")
    assert graph.value(dyad, RG.secondCountry) == country_iri("UGA")


def test_a_speaker_without_a_country_and_a_lone_country_make_no_dyad():
    from relgraph.rdf.mapping import _Mapper

    record = make_record()
    graph, mapper = record_graph(record), _Mapper(record)
    assert _dyads_of(graph, mapper.statement_iri(1)) == set()  # the WHO has no country
    assert not _dyads_of(graph, mapper.participation_iri(0))


def test_dyad_iri_does_not_depend_on_the_order_of_the_pair():
    from relgraph.rdf.terms import dyad_iri

    assert dyad_iri("tur", "AZE") == dyad_iri("AZE", "TUR")
    assert str(dyad_iri("TUR", "AZE")).endswith("/dyad/AZE-TUR")
