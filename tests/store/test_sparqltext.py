"""SPARQL text for remote servers: N-Triples terms, predeclared prefixes, VALUES binding."""

from __future__ import annotations

import pytest
from rdflib import BNode, Literal, URIRef

import relgraph
from relgraph.errors import QueryError
from relgraph.store import OxigraphStore
from relgraph.store.sparqltext import (
    bind_rows,
    bind_values,
    declared_prefixes,
    mask,
    nt,
    with_prefixes,
)


def test_terms_are_escaped_n_triples():
    assert nt(URIRef("http://x/a#b")) == "<http://x/a#b>"
    assert nt(Literal('say "hi"\n\\ \t')) == r'"say \"hi\"\n\\ \t"'
    assert nt(Literal("chat", lang="fr")) == '"chat"@fr'
    assert nt(Literal(5)) == '"5"^^<http://www.w3.org/2001/XMLSchema#integer>'
    assert nt(Literal("x", datatype=URIRef("http://www.w3.org/2001/XMLSchema#string"))) == '"x"'
    assert nt(BNode("b0")) == "_:b0"


@pytest.mark.parametrize("term", [
    URIRef("http://x/> } ; DROP ALL ; <http://y"),
    URIRef("http://x/a b"),
    BNode("x } DROP ALL"),
])
def test_terms_that_would_break_out_are_refused(term):
    with pytest.raises(ValueError):
        nt(term)


def test_mask_hides_strings_iris_and_comments():
    text = "SELECT * { ?s <http://x#y> '}' . } # { comment\n"
    masked = mask(text)
    assert len(masked) == len(text)
    assert masked.count("{") == 1 and masked.count("}") == 1


def test_prefixes_are_added_only_where_missing():
    query = "# PREFIX rg: <no>\nPREFIX rg: <http://mine#>\nSELECT * { ?s ?p 'PREFIX schema: <x>' }"
    assert declared_prefixes(query) == {"rg"}
    out = with_prefixes(query, {"rg": "http://r#", "schema": "https://schema.org/"})
    assert out.startswith("PREFIX schema: <https://schema.org/>\n")
    assert "http://r#" not in out


@pytest.mark.parametrize(("query", "expected"), [
    ("SELECT ?n WHERE { ?c ?p ?n }", "SELECT ?n WHERE { VALUES (?c) { (<http://c>) } ?c ?p ?n }"),
    ("ASK { { SELECT * { ?c ?p ?o } } }",
     "ASK { VALUES (?c) { (<http://c>) } { SELECT * { ?c ?p ?o } } }"),
    # A group that is one sub-select is nested one level down.
    ("ASK { SELECT * { ?c ?p ?o } }", "ASK { VALUES (?c) { (<http://c>) } { SELECT * { ?c ?p ?o } }}"),
    ("CONSTRUCT { ?c ?p ?o } WHERE { ?c ?p ?o }",
     "CONSTRUCT { ?c ?p ?o } WHERE { VALUES (?c) { (<http://c>) } ?c ?p ?o }"),
    ("SELECT (EXISTS { ?c ?p ?o } AS ?e) FROM <http://g#x> { ?c ?p '}' }",
     "SELECT (EXISTS { ?c ?p ?o } AS ?e) FROM <http://g#x> { VALUES (?c) { (<http://c>) } ?c ?p '}' }"),
])
def test_bindings_open_the_where_group(query: str, expected: str):
    assert " ".join(bind_values(query, {"c": URIRef("http://c")}).split()) == expected


def test_bindings_refuse_bad_names_and_forms():
    with pytest.raises(QueryError):
        bind_values("SELECT * { ?s ?p ?o }", {"s) } DROP ALL #": URIRef("http://c")})
    with pytest.raises(QueryError):
        bind_values("CONSTRUCT WHERE { ?s ?p ?o }", {"s": URIRef("http://c")})
    with pytest.raises(QueryError):
        bind_values("SELECT * { ?s ?p ?o }", {"s": URIRef("http://c> . }")})


def test_bound_values_answer_like_the_embedded_engine(embedded: relgraph.KnowledgeGraph):
    # VALUES joined in front of the pattern gives what Oxigraph's substitution gives.
    query = "SELECT ?code ?label WHERE { ?c rg:alpha3 ?code ; skos:prefLabel ?label }"
    bound = embedded.select(query, code="AZE")
    assert len(bound) >= 1
    rewritten = bind_values(query, {"code": Literal("AZE")})
    assert sorted(embedded.select(rewritten).values()) == sorted(bound.values())
    hostile = Literal('AZE" } } ; DROP ALL ; #')
    assert len(embedded.select(bind_values(query, {"code": hostile}))) == 0


def test_several_rows_bind_like_one_query_per_row(embedded: relgraph.KnowledgeGraph):
    query = "SELECT ?code ?label WHERE { ?c rg:alpha3 ?code ; skos:prefLabel ?label }"
    codes = ["AZE", "TUR", "GEO"]
    rows = embedded.select(bind_rows(query, ["code"], [(Literal(c),) for c in codes]))
    each = [row for c in codes for row in embedded.select(query, code=c).values()]
    assert sorted(rows.values()) == sorted(each) and len(each) >= 3
    with pytest.raises(QueryError):
        bind_rows(query, ["code"], [(URIRef("http://c> . }"),)])


def test_values_go_into_every_branch_of_a_leading_union():
    """Joined with a UNION, bound values equal the UNION of each branch joined with them;
    put in every branch they bind the branch's patterns from the start."""
    query = "SELECT ?s WHERE { { ?s a ?t } UNION { ?s ?p ?t } ?s ?q ?o }"
    bound = bind_values(query, {"t": URIRef("https://example.org/T")})
    assert bound.count("VALUES (?t)") == 2
    assert bound.index("VALUES") > bound.index("{ {")
    ex = "https://example.org/"
    store = OxigraphStore(None)
    store.add_triples(URIRef(ex + "g"), [
        (URIRef(ex + "a"), URIRef(ex + "is"), URIRef(ex + "T")),
        (URIRef(ex + "b"), URIRef(ex + "is"), URIRef(ex + "U")),
    ])
    union = "SELECT ?s WHERE { { ?s ?p ?t } UNION { ?t ?p ?s } ?s ?q ?o }"
    rows = store.query(union, {"t": URIRef(ex + "T")})
    assert [str(r[0]) for r in rows] == [ex + "a"]


def test_values_stay_outside_a_union_whose_branch_binds_the_variable():
    query = 'SELECT ?k WHERE { { ?s ?p ?k } UNION { ?s ?p ?o BIND("x" AS ?k) } }'
    bound = bind_values(query, {"k": Literal("x")})
    assert bound.count("VALUES (?k)") == 1
    OxigraphStore(None).query(bound)  # still valid SPARQL


def test_values_stay_outside_a_union_that_does_not_lead():
    query = "SELECT ?s WHERE { ?s ?q ?o { ?s a ?t } UNION { ?s ?p ?t } }"
    bound = bind_values(query, {"t": URIRef("https://example.org/T")})
    assert bound.count("VALUES (?t)") == 1
