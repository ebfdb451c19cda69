"""``relgraph render`` and ``relgraph analyze`` on an on-disk store of the sample corpus."""

from __future__ import annotations

from pathlib import Path

import pytest

from relgraph.cli import main
from relgraph.views import options


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory, data_dir: Path) -> str:
    path = tmp_path_factory.mktemp("views-store") / "store"
    assert main(["ingest", str(data_dir / "articles"), "--store", str(path), "--no-progress"]) == 0
    return str(path)


@pytest.mark.parametrize("view", [[], ["--focus", "Azerbaijan", "--hops", "2"],
                                  ["--pair", "aze", "tur"], ["--countries"],
                                  ["--countries", "--focus", "TUR"]])
def test_render_writes_a_page(store: str, tmp_path: Path, capsys, view: list[str]):
    out = tmp_path / "view.html"
    assert main(["render", "--store", store, "-o", str(out), *view]) == 0
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    err = capsys.readouterr().err
    assert f"wrote {out}" in err and "nodes" in err and "note:" not in err


def test_render_with_a_construct_query_file(store: str, tmp_path: Path, capsys):
    query = tmp_path / "energy.rq"
    query.write_text("CONSTRUCT { ?rel rg:party ?c } WHERE { ?rel a rg:Cooperation ; "
                     "rg:party ?c ; rg:field/skos:notation 'energy' }", encoding="utf-8")
    out = tmp_path / "energy.html"
    assert main(["render", "--store", store, "-o", str(out), "--query", str(query)]) == 0
    assert "relgraph: energy.rq" in out.read_text(encoding="utf-8")


def test_render_suggests_narrower_views_when_large(store: str, tmp_path: Path, capsys,
                                                   monkeypatch):
    monkeypatch.setattr(options, "LARGE_VIEW", 10)
    assert main(["render", "--store", store, "-o", str(tmp_path / "big.html")]) == 0
    err = capsys.readouterr().err
    assert "relgraph: note:" in err and "--focus" in err and "--countries" in err
    assert (tmp_path / "big.html").is_file()


@pytest.mark.parametrize(("args", "message"), [
    (["--focus", "Nobody Atall"], "no node is named"),
    (["--pair", "AZE", "XYZ"], "no country"),
    (["--pair", "AZE", "TUR", "--countries"], "countries combines with focus only"),
])
def test_render_reports_bad_views(store: str, tmp_path: Path, capsys, args, message):
    assert main(["render", "--store", store, "-o", str(tmp_path / "x.html"), *args]) == 2
    assert message in capsys.readouterr().err
    assert not (tmp_path / "x.html").exists()


def test_analyze_prints_actors_pairs_and_communities(store: str, capsys):
    assert main(["analyze", "--store", store, "--top", "5", "--pair", "AZE", "TUR"]) == 0
    out = capsys.readouterr().out
    for heading in ("Top actors (betweenness centrality)", "Top country pairs",
                    "Communities", "AZE-TUR activity by month"):
        assert heading in out
    pairs = out.split("Top country pairs\n")[1].split("\n\n")[0].splitlines()[2:]
    assert len(pairs) == 5
    totals = [int(line.split()[-4]) for line in pairs]
    assert totals == sorted(totals, reverse=True)
    assert "Türkiye" in out and "2024-" in out
