"""The pipeline (``relgraph.extract.pipeline``): deterministic (same input, same record and
same RDF graph, whatever the hash seed or the articles read before), evidence offsets that
point into the article, a record that keeps SCHEMA.md's contract, and a whole article read
the way an analyst would."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from rdflib.compare import graph_diff, to_isomorphic

from relgraph.extract import extract
from relgraph.extract.countries import country
from relgraph.extract.records import FIELDS, ORG_KINDS, Record
from relgraph.rdf import record_graph
from relgraph.read import read_articles
from relgraph.read.article import Article

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "extract"
ARTICLES = sorted(FIXTURES.glob("*.txt"))
IDS = [p.stem for p in ARTICLES]


def _article(path: Path) -> Article:
    (article,) = list(read_articles([path]))
    assert isinstance(article, Article), article
    return article


def _graph_diff_text(a, b) -> str:
    _, only_a, only_b = graph_diff(to_isomorphic(a), to_isomorphic(b))
    lines = [f"- {t}" for t in sorted(only_a)] + [f"+ {t}" for t in sorted(only_b)]
    return "\n".join(lines[:60])


# --- determinism --------------------------------------------------------------------------


@pytest.mark.parametrize("path", ARTICLES, ids=IDS)
def test_same_article_same_record(path: Path):
    article = _article(path)
    first, second = extract(article), extract(article)
    assert first.to_dict() == second.to_dict()


@pytest.mark.parametrize("path", ARTICLES, ids=IDS)
def test_same_article_same_graph(path: Path):
    article = _article(path)
    a, b = record_graph(extract(article)), record_graph(extract(article))
    assert to_isomorphic(a) == to_isomorphic(b), _graph_diff_text(a, b)
    assert sorted(a) == sorted(b), "the graphs differ in their terms, not only in blank nodes"


def test_articles_read_before_do_not_change_a_record():
    """No state survives from one article to the next (caches, counters, resolvers)."""
    articles = [_article(p) for p in ARTICLES]
    alone = [extract(a).to_dict() for a in articles]
    forwards = [extract(a).to_dict() for a in articles]
    backwards = [extract(a).to_dict() for a in reversed(articles)][::-1]
    assert forwards == alone
    assert backwards == alone


_SCRIPT = """
import json, sys
from relgraph.extract import extract
from relgraph.read import read_articles
out = []
for path in sys.argv[1:]:
    for article in read_articles([path]):
        out.append(extract(article).to_dict())
print(json.dumps(out, ensure_ascii=False, sort_keys=False))
"""


def test_record_does_not_depend_on_the_hash_seed():
    """Set and dict iteration must never decide what the record holds or its order."""
    outputs = []
    for seed in ("0", "1", "4242"):
        env = dict(os.environ, PYTHONHASHSEED=seed)
        done = subprocess.run([sys.executable, "-c", _SCRIPT, *map(str, ARTICLES)], env=env,
                              capture_output=True, text=True, check=True, timeout=300)
        outputs.append(json.loads(done.stdout))
    assert outputs[0] == outputs[1] == outputs[2]


# --- evidence -----------------------------------------------------------------------------


def _evidence_items(record: Record):
    for name in ("persons", "organizations", "events"):
        for item in getattr(record, name):
            for evidence in item.evidence:
                yield name, evidence
    for name in ("statements", "cooperation", "meetings", "participations"):
        for item in getattr(record, name):
            yield name, item.evidence


@pytest.mark.parametrize("path", ARTICLES, ids=IDS)
def test_every_item_has_evidence_at_its_offsets(path: Path):
    article = _article(path)
    record = extract(article)
    items = list(_evidence_items(record))
    assert items
    for name, evidence in items:
        assert evidence is not None, f"{name} item without evidence"
        assert 0 <= evidence.start < evidence.end <= len(article.text)
        assert article.text[evidence.start:evidence.end] == evidence.sentence, name
        assert evidence.rule, f"{name} item without the rule that made it"


# --- the contract of SCHEMA.md ------------------------------------------------------------

LISTS = ("countries", "persons", "organizations", "events", "statements", "cooperation",
         "meetings", "participations")


@pytest.mark.parametrize("path", ARTICLES, ids=IDS)
def test_record_keeps_the_schema(path: Path):
    article = _article(path)
    data = extract(article).to_dict(evidence=False)
    assert data["article"] == {"id": article.id, "date": article.date, "source": article.source}
    assert all(isinstance(data[name], list) for name in LISTS)

    def code_ok(code: str) -> bool:
        return country(code) is not None and code == code.upper() and len(code) == 3

    assert all(code_ok(c) for c in data["countries"])
    assert len(data["countries"]) == len(set(data["countries"]))
    for person in data["persons"]:
        assert set(person) >= {"name", "country", "title"} and person["name"]
        assert person["country"] is None or code_ok(person["country"])
    for org in data["organizations"]:
        assert set(org) >= {"name", "country", "kind"} and org["kind"] in ORG_KINDS
    for event in data["events"]:
        assert set(event) >= {"name", "location"} and event["name"]
    for statement in data["statements"]:
        assert statement["speaker"] and statement["content"]
        assert all(code_ok(c) for c in statement["about"])
    pairs = [(frozenset(c["parties"]), c["field"]) for c in data["cooperation"]]
    assert len(pairs) == len(set(pairs)), "one entry per (parties, field)"
    for item in data["cooperation"]:
        assert item["field"] in FIELDS and len(set(item["parties"])) >= 2
        assert all(code_ok(c) for c in item["parties"])
    for meeting in data["meetings"]:
        assert len(set(meeting["participants"])) >= 2
    for name in ("statements", "cooperation", "meetings", "participations"):
        for item in data[name]:
            date.fromisoformat(item["date"])


@pytest.mark.parametrize("text", ["", "   ", "\n\n\n", "No countries or people here at all.",
                                  "“", '"""', "Mr. . Dr. . H.E."])
def test_degenerate_texts_give_an_empty_record(text: str):
    data = extract(Article(id="empty", text=text, date="2025-05-20")).to_dict(evidence=False)
    assert all(data[name] == [] for name in LISTS), data


def test_speaker_names_and_participants_are_persons_organizations_or_codes():
    for path in ARTICLES:
        data = extract(_article(path)).to_dict(evidence=False)
        known = {p["name"] for p in data["persons"]} | {o["name"] for o in
                                                        data["organizations"]}
        agents = [s["speaker"] for s in data["statements"]]
        agents += [p for m in data["meetings"] for p in m["participants"]]
        agents += [p["agent"] for p in data["participations"]]
        for agent in agents:
            assert agent in known or (len(agent) == 3 and country(agent)), (path.name, agent)


# --- a whole article ----------------------------------------------------------------------


@pytest.fixture(scope="module")
def mongolia_kenya() -> dict:
    return extract(_article(FIXTURES / "mng-ken-education.txt")).to_dict(evidence=False)


def test_article_countries(mongolia_kenya):
    assert set(mongolia_kenya["countries"]) == {"MNG", "KEN"}


def test_article_persons(mongolia_kenya):
    persons = {(p["name"], p["country"], p["title"]) for p in mongolia_kenya["persons"]}
    assert persons == {("B. Battsetseg", "MNG", "Minister of Education"),
                       ("Wanjiku Mwangi", "KEN", "Ambassador")}


def test_article_event(mongolia_kenya):
    events = [(e["name"], e["location"]) for e in mongolia_kenya["events"]]
    assert events == [("Third Asia-Africa Livestock Forum", "Darkhan")]


def test_article_statements(mongolia_kenya):
    got = [(s["speaker"], s["direct"], s["content"].split()[0]) for s in
           mongolia_kenya["statements"]]
    assert got == [("B. Battsetseg", True, "Our"),
                   ("Wanjiku Mwangi", False, "Kenya"),
                   ("Wanjiku Mwangi", False, "herders")]


def test_article_cooperation(mongolia_kenya):
    got = {(frozenset(c["parties"]), c["field"]) for c in mongolia_kenya["cooperation"]}
    assert got == {(frozenset({"MNG", "KEN"}), "education"),
                   (frozenset({"MNG", "KEN"}), "agriculture")}


def test_article_meeting(mongolia_kenya):
    got = [(set(m["participants"]), m["kind"], m["date"]) for m in mongolia_kenya["meetings"]]
    assert got == [({"B. Battsetseg", "Wanjiku Mwangi"}, "reception", "2025-03-10")]
