"""The command line: extract, ingest, query, export, stats, and their exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from relgraph.cli import main

LISTS = ("countries", "persons", "organizations", "events", "statements", "cooperation",
         "meetings", "participations")


def test_extract_seed_prints_full_record(seed_article: Path, capsys: pytest.CaptureFixture[str]):
    assert main(["extract", str(seed_article), "--format", "json"]) == 0
    record = json.loads(capsys.readouterr().out)
    assert record["article"]["date"] == "2025-12-01"
    assert set(record["countries"]) == {"AZE", "TUR"}
    for name in LISTS:
        assert record[name], f"{name} is empty"


def test_extract_jsonl_one_record_per_article(data_dir: Path, capsys: pytest.CaptureFixture[str]):
    assert main(["extract", str(data_dir / "articles"), "--format", "jsonl"]) == 0
    lines = capsys.readouterr().out.splitlines()
    ids = [json.loads(line)["article"]["id"] for line in lines]
    assert len(ids) == len(set(ids)) >= 40


def test_extract_bad_input_reports_and_continues(tmp_path: Path, fixtures: Path,
                                                 capsys: pytest.CaptureFixture[str]):
    (tmp_path / "empty.txt").write_text("")
    good = fixtures / "articles" / "aze-tur-health-followup.txt"
    code = main(["extract", str(tmp_path / "empty.txt"), str(good), "--format", "jsonl"])
    captured = capsys.readouterr()
    assert code == 1
    assert "empty.txt: empty file" in captured.err
    assert len(captured.out.splitlines()) == 1


def test_ingest_query_stats_export(tmp_path: Path, fixtures: Path,
                                   capsys: pytest.CaptureFixture[str]):
    store = str(tmp_path / "store")
    assert main(["ingest", str(fixtures / "articles"), "--store", store, "--no-progress"]) == 0
    assert "added 1" in capsys.readouterr().err
    assert main(["query", "SELECT ?n WHERE { ?p a schema:Person ; schema:name ?n }",
                 "--store", store, "--format", "csv"]) == 0
    assert "Teymur Musayev" in capsys.readouterr().out
    assert main(["stats", "--store", store]) == 0
    assert "statements" in capsys.readouterr().out
    assert main(["export", "--store", store, "--format", "nquads"]) == 0


def test_usage_error_exit_code():
    with pytest.raises(SystemExit) as exit_info:
        main(["extract"])
    assert exit_info.value.code == 2
