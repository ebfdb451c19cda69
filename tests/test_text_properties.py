"""Never crash on text: property-based tests feed arbitrary Unicode to the readers and the
extractor. Readers give an Article or an ArticleError, nothing else; the extractor gives a
record that keeps the contract of ../shared/eval/SCHEMA.md, and its RDF (with the
reference graph) conforms to the SHACL shapes.

Examples are derandomized and bounded, so a run is deterministic and takes seconds.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from functools import cache
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from rdflib import Graph

from relgraph.errors import ArticleError
from relgraph.extract import extract
from relgraph.rdf import SHAPES_PATH, record_graph, reference_triples
from relgraph.rdf.terms import RG
from relgraph.read import Article
from relgraph.read.formats import parse_html, parse_jsonl, parse_text
from relgraph.read.guards import guard_article

pyshacl = pytest.importorskip("pyshacl")

READERS = settings(max_examples=150, deadline=None, derandomize=True, database=None,
                   suppress_health_check=[HealthCheck.too_slow])
EXTRACTOR = settings(max_examples=60, deadline=None, derandomize=True, database=None,
                     suppress_health_check=[HealthCheck.too_slow,
                                            HealthCheck.data_too_large])
# The guarded path differs from the raw one only on repairs and long runs.
GUARDED = settings(EXTRACTOR, max_examples=25)

# The contract, as SCHEMA.md lists it (written out here, not imported, so that the test
# checks the code against the document).
SCHEMA_FIELDS = {"health", "energy", "economy", "defense", "education", "science", "digital",
                 "culture", "tourism", "transport", "agriculture", "environment",
                 "humanitarian", "justice", "diplomacy"}
SCHEMA_ORG_KINDS = {"ministry", "government", "embassy", "parliament", "agency", "company",
                    "international", "media", "other"}
SCHEMA_LISTS = ("countries", "persons", "organizations", "events", "statements",
                "cooperation", "meetings", "participations")
ISO_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")

# Sentences shaped like the news the extractor reads, with slots that take either a
# plausible word or arbitrary Unicode: pure random text seldom reaches the deeper rules.
TEMPLATES = (
    "{dem} {title} {name} met {dem} {title} {name} in {city} on Monday.",
    "“{words},” {name} said.",
    "{quote}{words}{quote} {name} told reporters{punct}",
    "{name} noted that {country} and {country} would cooperate in {field}.",
    "{country} and {country} signed an agreement on {field} in {city}.",
    "For his part, the {title2} stressed that ties with {country} were {words}.",
    "The {org} took part in the {event} in {city}.",
    "{name} held a phone call with {name}{punct} He said {words}",
    "According to {name}, {words}{punct}",
    "{words}",
)
SLOTS = {
    "dem": ("Azerbaijani", "Turkish", "Georgian", "Kenyan", "Ethiopian", "Russian", "U.S."),
    "title": ("Health Minister", "Foreign Minister", "Ambassador", "President",
              "Prime Minister", "Minister of Energy", "Deputy"),
    "title2": ("ambassador", "minister", "president", "sides"),
    "name": ("Teymur Musayev", "Musayev", "Akgün", "Ilham Aliyev", "Recep Tayyip Erdoğan",
             "Dr. B. Battsetseg", "He", "She", "the minister", "Abiy Ahmed"),
    "city": ("Baku", "Ankara", "Tbilisi", "Nairobi", "Addis Ababa", "Moscow"),
    "country": ("Azerbaijan", "Türkiye", "Turkey", "Georgia", "Kenya", "Ethiopia", "Russia",
                "the United States", "Baku", "Ankara"),
    "field": ("health", "energy", "trade", "defense", "education", "tourism", "water"),
    "org": ("Ministry of Health", "Azerbaijani Embassy", "Grand National Assembly",
            "World Bank", "Anadolu Agency"),
    "event": ("11th Turkish Medical World Congress", "Baku Energy Forum", "NATO Summit"),
    "quote": ("“", "”", '"', "‘", "«", "»", ""),
    "punct": (".", "!", "?", "", ",", "…"),
    "words": ("our partnership is at its highest level", "we agree", "", "x", "“nested ‘quotes’”"),
}
noise = st.text(max_size=12)


@st.composite
def news_sentence(draw: st.DrawFn) -> str:
    """One templated sentence; every slot may be arbitrary Unicode instead."""
    template = draw(st.sampled_from(TEMPLATES))
    return re.sub(r"\{(\w+)\}",
                  lambda m: draw(st.one_of(st.sampled_from(SLOTS[m.group(1)]), noise)),
                  template)


news_text = st.lists(st.tuples(news_sentence(), st.sampled_from([" ", " ", "\n", "\n\n"])),
                     min_size=1, max_size=10).map(lambda pairs: "".join(a + b for a, b in pairs))
any_text = st.one_of(st.text(max_size=300), news_text, news_text)
dates = st.one_of(st.none(), st.dates(dt.date(1900, 1, 1), dt.date(2100, 12, 31))
                  .map(dt.date.isoformat))


# --- the record contract -------------------------------------------------------------------
@cache
def country_codes() -> frozenset[str]:
    """Every alpha-3 code the reference graph knows."""
    return frozenset(str(o) for _, p, o in reference_triples() if p == RG.alpha3)


def check_record(record: dict[str, Any], article: Article) -> None:
    """Assert that a record (``Record.to_dict()``) has the shape SCHEMA.md promises."""
    for key in ("article", *SCHEMA_LISTS):
        assert key in record, f"missing {key}"
    head = record["article"]
    assert isinstance(head["id"], str) and head["id"] == article.id
    _optional_str(head["source"])
    date = head["date"]
    assert date is None or (isinstance(date, str) and ISO_DAY.fullmatch(date)), date
    if date is not None:
        dt.date.fromisoformat(date)
    for code in record["countries"]:
        _code(code)
    for person in record["persons"]:
        _name(person["name"])
        _optional_code(person["country"])
        _optional_str(person["title"])
    for org in record["organizations"]:
        _name(org["name"])
        _optional_code(org["country"])
        assert org["kind"] in SCHEMA_ORG_KINDS, org["kind"]
    for event in record["events"]:
        _name(event["name"])
        _optional_str(event["location"])
    for statement in record["statements"]:
        _name(statement["speaker"])
        assert isinstance(statement["content"], str)
        assert isinstance(statement["about"], list)
        for code in statement["about"]:
            _code(code)
    for item in record["cooperation"]:
        assert isinstance(item["parties"], list) and len(set(item["parties"])) >= 2, item
        for code in item["parties"]:
            _code(code)
        assert item["field"] in SCHEMA_FIELDS, item["field"]
    for meeting in record["meetings"]:
        assert isinstance(meeting["participants"], list) and len(meeting["participants"]) >= 2
        for name in meeting["participants"]:
            _name(name)
    for item in record["participations"]:
        _name(item["agent"])
        _name(item["event"])
    for evidence in _evidence(record):
        assert 0 <= evidence["start"] <= evidence["end"] <= len(article.text), evidence
        assert isinstance(evidence["sentence"], str)
    json.dumps(record, ensure_ascii=False).encode("utf-8")  # serializable, storable


def _evidence(record: dict[str, Any]) -> list[dict[str, Any]]:
    found = []
    for name in SCHEMA_LISTS[1:]:
        for item in record[name]:
            evidence = item.get("evidence")
            found.extend(evidence if isinstance(evidence, list) else [evidence] if evidence
                         else [])
    return found


def _name(value: object) -> None:
    assert isinstance(value, str) and value.strip(), repr(value)


def _optional_str(value: object) -> None:
    assert value is None or isinstance(value, str), repr(value)


def _code(value: object) -> None:
    assert isinstance(value, str) and value in country_codes(), repr(value)


def _optional_code(value: object) -> None:
    if value is not None:
        _code(value)


@cache
def shapes() -> Graph:
    return Graph().parse(str(SHAPES_PATH), format="turtle")


def check_shapes(record_rdf: Graph) -> None:
    """The record's graph plus the reference graph conforms to the SHACL shapes."""
    data = Graph()
    for triple in reference_triples():
        data.add(triple)
    for triple in record_rdf:
        data.add(triple)
    conforms, _, text = pyshacl.validate(data, shacl_graph=shapes())
    assert conforms, text[:3000]


# --- readers -------------------------------------------------------------------------------
def check_article(article: Article) -> None:
    assert isinstance(article.text, str) and article.text.strip()
    article.text.encode("utf-8")  # no lone surrogates: the store could not hold them
    assert article.date is None or ISO_DAY.fullmatch(article.date)
    assert all(isinstance(w, str) and "\n" not in w for w in article.warnings)


@READERS
@given(any_text)
@example("date 2025-13-45 Azerbaijan")
@example("date\t2025-01-01\n\n\n")
def test_parse_text_never_crashes(text: str):
    try:
        article = parse_text(text, article_id="a", source="a.txt")
    except ArticleError as err:
        assert "\n" not in err.reason
        return
    check_article(article)


json_values = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True), any_text),
    lambda inner: st.one_of(st.lists(inner, max_size=3),
                            st.dictionaries(st.text(max_size=5), inner, max_size=3)),
    max_leaves=8)
json_rows = st.fixed_dictionaries({}, optional={
    "id": json_values, "date": st.one_of(dates, json_values), "title": json_values,
    "text": st.one_of(any_text, json_values), "source": json_values, "url": json_values,
}).map(lambda row: json.dumps(row, ensure_ascii=False))
jsonl = st.lists(st.one_of(json_rows, st.text(max_size=60)), max_size=6).map("\n".join)


@READERS
@given(jsonl)
@example('{"text": "\\ud800 Azerbaijan", "id": "\\udfff"}')
@example('{"text": "x"}\u2028{"text": "y"}')
@example("[" * 5000)
def test_parse_jsonl_never_crashes(text: str):
    rows = text.split("\n")
    for item in parse_jsonl(text, source="f.jsonl"):
        if isinstance(item, ArticleError):
            assert item.row is not None and 1 <= item.row <= len(rows)
            assert "\n" not in item.reason
        else:
            assert isinstance(item, Article)
            check_article(item)


TAGS = ("<p>", "</p>", "<div>", "</div>", "<br>", "<script>", "</script>", "<style>",
        "</style>", "<title>", "</title>", "<h1>", "</h1>", "<!--", "-->", "<![CDATA[", "]]>",
        "<![if x]>", "<![", "<!DOCTYPE html>", "<?xml?>", "&amp;", "&#0;", "&#xD800;",
        "&#1114112;", "&bogus;", "<time datetime='2025-13-45'>",
        "<meta property='article:published_time' content='2025-02-03'>", "<a href='x", "<",
        ">", "</", "<svg>", "</svg>", "<noscript>", "<template>")
html_pages = st.lists(st.one_of(st.sampled_from(TAGS), any_text), max_size=40).map("".join)


@READERS
@given(html_pages)
@example("<p>Azerbaijan<![x]> and Georgia</p>")
@example("<p>a</p><![ ]>")
def test_parse_html_never_crashes(page: str):
    try:
        article = parse_html(page, article_id="a", source="a.html")
    except ArticleError as err:
        assert "\n" not in err.reason
        return
    check_article(article)


# --- the extractor -------------------------------------------------------------------------
articles = st.builds(
    Article,
    id=st.text(min_size=1, max_size=20).filter(str.strip),
    text=any_text.filter(str.strip),
    date=dates,
    title=st.one_of(st.none(), st.text(max_size=30)),
    source=st.one_of(st.none(), st.text(max_size=15)),
    url=st.one_of(st.none(), st.text(max_size=15)),
)


@EXTRACTOR
@given(articles)
@example(Article(id="seed", date="2025-12-01", text=(
    "Azerbaijani Health Minister Teymur Musayev met Turkish Ambassador Akgün in Baku. "
    "“The partnership between Azerbaijan and Türkiye is at its highest level,” Musayev said. "
    "The two sides agreed to cooperate in health and attended the 11th Turkish Medical World "
    "Congress in Ankara.")))
@example(Article(id="} ; DROP ALL ; {", text='He said "x" \x00 Azerbaijan.\n\n\n'))
def test_extractor_keeps_the_contract(article: Article):
    record = extract(article)
    check_record(record.to_dict(), article)
    check_shapes(record_graph(record))


@GUARDED
@given(articles)
@example(Article(id="\ud800", text="Azerbaijan\udfff and Türkiye agreed to cooperate."))
def test_guarded_articles_keep_the_contract(article: Article):
    """What read_articles hands on: repaired, with long runs broken."""
    guarded = guard_article(article)
    record = extract(guarded)
    check_record(record.to_dict(), guarded)
    check_shapes(record_graph(record))


def test_the_checks_catch_a_broken_record():
    """The validators above are not vacuous."""
    article = Article(id="a", date="2025-01-01",
                      text="Azerbaijan and Türkiye agreed to cooperate in energy.")
    record = extract(article)
    assert record.cooperation
    record.cooperation[0].field = "football"
    with pytest.raises(AssertionError):
        check_record(record.to_dict(), article)
    with pytest.raises(AssertionError):
        check_shapes(record_graph(record))
