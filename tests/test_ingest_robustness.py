"""Ingest never costs data: bad inputs are reported one line each while good ones are stored,
every article's graph is written whole or not at all (even under SIGKILL), re-ingesting is
idempotent, and queries work while an ingest runs.
"""

from __future__ import annotations

import io
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

import relgraph
import relgraph.graph
from relgraph.cli import main
from relgraph.rdf import article_graph
from relgraph.store import OxigraphStore

RELGRAPH = [sys.executable, "-m", "relgraph.cli"]
COUNT_ARTICLES = ("SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { GRAPH ?g { ?a a schema:NewsArticle } }")

# --- a batch with every kind of bad input, and good inputs among them --------------------
#: file name -> (kind of line on stderr, reason), for the files in tests/fixtures/bad and
#: the ones made at test time. None: a clean input, no line at all.
EXPECTED = {
    "bad-date.txt": ("error", "malformed date '2025-13-45' (no such day)"),
    "binary.txt": ("error", "binary file, not text"),
    "empty.txt": ("error", "empty file"),
    "feed.jsonl:2": ("error", "not valid JSON: Unterminated string"),
    "future-date.txt": ("warning", "date 2999-01-01 is in the future"),
    "huge.txt": ("error", "file too large (50 MB, limit 20 MB): split it into smaller files"),
    "latin1.txt": ("warning", "not UTF-8 (byte 17); decoded as Windows-1252/Latin-1"),
    "no-date.txt": ("warning", "no 'date YYYY-MM-DD' head: relative dates stay unresolved"),
    "no-entities.txt": ("warning", "nothing extracted: no countries, people, organisations "
                                   "or events found"),
    "quotes-unbalanced.txt": ("warning", "unbalanced quotation marks on 1 line(s)"),
    "run-on.txt": ("warning", "a run-on sentence of 5000 words was broken"),
    "utf16.txt": ("warning", "decoded as UTF-16 (byte-order mark)"),
    "utf16-no-mark.txt": ("warning", "decoded as UTF-16-LE (no byte-order mark"),
    "feed.jsonl:1": None,
    "feed.jsonl:3": None,
    "quotes-nested.txt": None,
    "scripts.html": None,
    "good.txt": None,
}
FAILED = sorted(k for k, v in EXPECTED.items() if v and v[0] == "error")
STORED = sorted(k for k, v in EXPECTED.items() if not v or v[0] == "warning")
WARNED = sorted(k for k, v in EXPECTED.items() if v and v[0] == "warning")
STORED_IDS = {"feed-ken-eth", "feed-deu-pol",
              *(name.rsplit(".", 1)[0] for name in STORED if not name.startswith("feed"))}


@pytest.fixture
def batch(tmp_path: Path, fixtures: Path) -> Path:
    """The bad fixtures plus a good article, a binary file, a 50 MB file, a 5,000-word
    sentence and UTF-16 without a byte-order mark, all in one folder."""
    folder = tmp_path / "batch"
    shutil.copytree(fixtures / "bad", folder)
    shutil.copy(fixtures / "articles" / "aze-tur-health-followup.txt", folder / "good.txt")
    (folder / "binary.txt").write_bytes(random.Random(3).randbytes(4096) + b"\x00")
    with (folder / "huge.txt").open("wb") as handle:
        handle.truncate(50 * 2**20)  # sparse: no disk, no time
    words = ("the minister said that Azerbaijan and Türkiye would cooperate in energy "
             "noted Aliyev").split()
    rng = random.Random(5)
    (folder / "run-on.txt").write_text(
        "date 2025-01-01\n" + " ".join(rng.choice(words) for _ in range(5000)) + ".",
        encoding="utf-8")
    (folder / "utf16-no-mark.txt").write_bytes(
        "date 2025-01-02\nGeorgian Prime Minister Irakli Kobakhidze met Azerbaijani "
        "President Ilham Aliyev in Baku.\n".encode("utf-16-le"))
    return folder


def lines_by_input(stderr: str, folder: Path) -> dict[str, list[str]]:
    """The stderr lines about each input, keyed by file name (and row)."""
    found: dict[str, list[str]] = {}
    for line in stderr.splitlines():
        match = re.match(rf"relgraph: (?:error: )?{re.escape(str(folder))}/([^:]+(?::\d+)?): ",
                         line)
        if match:
            found.setdefault(match.group(1), []).append(line)
    return found


def check_report_lines(stderr: str, folder: Path, *, skipped: bool = False) -> None:
    """One line per bad input, naming it and the reason; none for clean inputs."""
    found = lines_by_input(stderr, folder)
    for name, expected in EXPECTED.items():
        if expected is None or (skipped and expected[1].startswith("nothing extracted")):
            assert name not in found, found.get(name)
            continue
        kind, reason = expected
        assert len(found.get(name, [])) == 1, (name, found.get(name))
        line = found[name][0]
        prefix = "relgraph: error: " if kind == "error" else "relgraph: "
        assert line.startswith(f"{prefix}{folder}/{name}: "), line
        tail = line.split(f"{name}: ", 1)[1]
        if kind == "warning":
            assert tail.startswith("warning: "), line
            tail = tail.removeprefix("warning: ")
        assert tail.startswith(reason), line
    assert set(found) <= set(EXPECTED), set(found) - set(EXPECTED)


def test_bad_batch_through_the_cli(batch: Path, tmp_path: Path,
                                   capsys: pytest.CaptureFixture[str]):
    store = str(tmp_path / "store")
    code = main(["ingest", str(batch), "--store", store, "--no-progress"])
    err = capsys.readouterr().err
    assert code == 1
    check_report_lines(err, batch)
    assert re.fullmatch(
        rf"relgraph: ingest: articles {len(STORED)} \(added {len(STORED)}, skipped 0 "
        rf"unchanged\), failed {len(FAILED)}, triples added [1-9]\d*, warnings {len(WARNED)}",
        err.splitlines()[-1]), err.splitlines()[-1]

    # The good inputs are in the store and answer queries.
    assert main(["query", "SELECT ?id WHERE { ?a a schema:NewsArticle ; schema:identifier ?id }",
                 "--store", store, "--format", "csv"]) == 0
    assert set(capsys.readouterr().out.split()[1:]) == STORED_IDS

    # Again: everything stored is skipped, the failures are reported again.
    code = main(["ingest", str(batch), "--store", store, "--no-progress"])
    err = capsys.readouterr().err
    assert code == 1
    check_report_lines(err, batch, skipped=True)
    assert f"(added 0, skipped {len(STORED)} unchanged), failed {len(FAILED)}" in err


def test_bad_batch_through_the_api(batch: Path):
    kg = relgraph.open("memory")
    err = io.StringIO()
    report = kg.ingest([batch], progress=False, stderr=err)
    check_report_lines(err.getvalue(), batch)
    assert (report.added, report.skipped, report.failed) == (len(STORED), 0, len(FAILED))
    assert len(report.errors) == len(FAILED) and len(report.warnings) == len(WARNED)
    # No script or style text reached the graph.
    assert not kg.select("SELECT ?s WHERE { ?s ?p ?o FILTER(CONTAINS(STR(?o), 'SECRET')) }")


def test_a_clean_batch_exits_zero(fixtures: Path, tmp_path: Path,
                                  capsys: pytest.CaptureFixture[str]):
    assert main(["ingest", str(fixtures / "articles"), "--store", str(tmp_path / "s"),
                 "--no-progress"]) == 0
    [line] = capsys.readouterr().err.splitlines()
    assert re.fullmatch(r"relgraph: ingest: articles 1 \(added 1, skipped 0 unchanged\), "
                        r"failed 0, triples added [1-9]\d*, warnings 0", line), line


def test_readers_never_create_a_store(tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    missing = tmp_path / "missing"
    assert main(["query", "ASK { ?s ?p ?o }", "--store", str(missing)]) == 2
    assert capsys.readouterr().err == (f"relgraph: error: no store at {missing}: run "
                                       "'relgraph ingest' first\n")
    assert not missing.exists()


def test_an_extractor_crash_costs_one_article(fixtures: Path, tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch):
    folder = tmp_path / "two"
    folder.mkdir()
    good = fixtures / "articles" / "aze-tur-health-followup.txt"
    shutil.copy(good, folder / "a.txt")
    shutil.copy(good, folder / "b.txt")
    real = relgraph.graph.extract

    def flaky(article):  # type: ignore[no-untyped-def]
        if article.id == "a":
            raise IndexError("list index out of range")
        return real(article)

    monkeypatch.setattr(relgraph.graph, "extract", flaky)
    err = io.StringIO()
    report = relgraph.open("memory").ingest([folder], progress=False, stderr=err)
    assert (report.added, report.failed) == (1, 1)
    assert err.getvalue() == (f"relgraph: error: {folder}/a.txt: extraction failed: "
                              "IndexError: list index out of range\n")


def test_a_refused_write_keeps_the_previous_graph(fixtures: Path, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch):
    article = tmp_path / "a.txt"
    source = fixtures / "articles" / "aze-tur-health-followup.txt"
    shutil.copy(source, article)
    kg = relgraph.open(tmp_path / "store")
    kg.ingest([article], progress=False)
    before = _graph_quads(kg, "a")

    article.write_text(source.read_text(encoding="utf-8").replace("oncology", "cardiology"),
                       encoding="utf-8")
    real = relgraph.graph.record_triples

    def with_a_bad_term(record):  # type: ignore[no-untyped-def]
        from rdflib import Literal, URIRef

        yield from real(record)
        # A lone surrogate: the store refuses the term, after the good triples.
        yield URIRef("https://example.org/x"), URIRef("https://example.org/p"), Literal("\ud800")

    monkeypatch.setattr(relgraph.graph, "record_triples", with_a_bad_term)
    err = io.StringIO()
    report = kg.ingest([article], progress=False, stderr=err)
    assert report.failed == 1 and "a.txt: cannot store: " in err.getvalue()
    assert _graph_quads(kg, "a") == before  # old graph whole, nothing of the new one
    kg.close()


@pytest.mark.parametrize("bad", ["surrogate", "iri"])
def test_a_refused_new_article_writes_nothing_and_the_batch_goes_on(
        fixtures: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, bad: str):
    """A first version is written by a load rather than an update: it is all or nothing too."""
    from rdflib import Literal, URIRef

    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("a", "b"):
        shutil.copy(fixtures / "articles" / "aze-tur-health-followup.txt", folder / f"{name}.txt")
    real = relgraph.graph.record_triples
    term = Literal("\ud800") if bad == "surrogate" else URIRef("https://example.org/a b")

    def with_a_bad_term(record):  # type: ignore[no-untyped-def]
        yield from real(record)
        if record.article_id == "a":
            yield URIRef("https://example.org/x"), URIRef("https://example.org/p"), term

    monkeypatch.setattr(relgraph.graph, "record_triples", with_a_bad_term)
    err = io.StringIO()
    kg = relgraph.open(tmp_path / "store")
    report = kg.ingest([folder], progress=False, stderr=err)
    assert (report.added, report.failed) == (1, 1)
    assert "a.txt: cannot store: " in err.getvalue() and "b.txt" not in err.getvalue()
    assert _graph_quads(kg, "a") == set() and _graph_quads(kg, "b")
    assert article_graph("a") not in kg.store.graphs()
    kg.close()


def test_one_update_is_one_transaction(tmp_path: Path):
    """replace_graph relies on this: Oxigraph applies all operations of one update or none."""
    import pyoxigraph as ox

    store = ox.Store(str(tmp_path / "ox"))
    store.update("INSERT DATA { GRAPH <urn:g> { <urn:a> <urn:b> <urn:c> } }")
    with pytest.raises(RuntimeError):  # the second operation fails: no such graph
        store.update("DROP GRAPH <urn:g> ; DROP GRAPH <urn:missing>")
    assert len(store) == 1


def _graph_quads(kg: relgraph.KnowledgeGraph, article_id: str) -> set[tuple[str, ...]]:
    rows = kg.select("SELECT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }", g=article_graph(article_id))
    return {tuple(str(t) for t in row) for row in rows}


@pytest.mark.parametrize("location", ["memory", "disk"])
def test_changed_article_leaves_no_stale_facts(fixtures: Path, tmp_path: Path, location: str):
    source = fixtures / "articles" / "aze-tur-health-followup.txt"
    changed = (source.read_text(encoding="utf-8").replace("Health", "Energy")
               .replace("Teymur Musayev", "Parviz Shahbazov").replace("Musayev", "Shahbazov")
               .replace("oncology", "solar power"))
    article = tmp_path / "a.txt"
    article.write_text(source.read_text(encoding="utf-8"), encoding="utf-8")
    kg = relgraph.open("memory" if location == "memory" else tmp_path / "store")
    kg.ingest([article], progress=False)
    article.write_text(changed, encoding="utf-8")
    report = kg.ingest([article], progress=False)
    assert (report.added, report.skipped) == (1, 0)

    fresh_dir = tmp_path / "fresh"
    fresh_dir.mkdir()
    (fresh_dir / "a.txt").write_text(changed, encoding="utf-8")
    fresh = relgraph.open("memory")
    fresh.ingest([fresh_dir], progress=False)
    assert _graph_quads(kg, "a") == _graph_quads(fresh, "a")
    assert not kg.select("SELECT ?n WHERE { ?p schema:name ?n FILTER(CONTAINS(?n, 'Musayev')) }")
    assert kg.ingest([article], progress=False).skipped == 1
    kg.close()


# --- a big batch: SIGKILL in the middle, and queries while it runs -------------------------
COUNTRIES = (("Azerbaijan", "Azerbaijani", "Baku"), ("Türkiye", "Turkish", "Ankara"),
             ("Georgia", "Georgian", "Tbilisi"), ("Kazakhstan", "Kazakh", "Astana"),
             ("Pakistan", "Pakistani", "Islamabad"), ("Egypt", "Egyptian", "Cairo"),
             ("Brazil", "Brazilian", "Brasília"), ("Germany", "German", "Berlin"),
             ("Poland", "Polish", "Warsaw"), ("Kenya", "Kenyan", "Nairobi"),
             ("Vietnam", "Vietnamese", "Hanoi"), ("Mexico", "Mexican", "Mexico City"))
GIVEN = ("Anar", "Levan", "Aigerim", "Omar", "Lucas", "Anna", "Piotr", "Wanjiru", "Mehmet",
         "Nino", "Tran", "Sofia", "Amir")
FAMILY = ("Karimli", "Kapanadze", "Nurova", "Haddad", "Silva", "Schmidt", "Nowak", "Mwangi",
          "Yilmaz", "Beridze", "Aliyev", "Tokayev", "Nguyen", "Garcia")
FIELDS = ("health", "energy", "trade", "education", "transport", "agriculture", "tourism",
          "culture", "defense", "science")
TITLES = ("Minister of Foreign Affairs", "Ambassador", "Minister of Energy", "Deputy Minister",
          "President", "Prime Minister")


def write_articles(folder: Path, count: int, seed: int = 0) -> Path:
    """``count`` small articles from one template, with varied people, countries, fields
    and dates (deterministic for a seed)."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(count):
        a, b = rng.sample(COUNTRIES, 2)
        host = f"{rng.choice(GIVEN)} {rng.choice(FAMILY)}"
        guest = f"{rng.choice(GIVEN)} {rng.choice(FAMILY)}"
        field = rng.choice(FIELDS)
        (folder / f"art-{i:05d}.txt").write_text(
            f"date 20{rng.randint(20, 25)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}\n"
            f"{a[0]} and {b[0]} discuss {field}\n\n"
            f"{a[1]} {rng.choice(TITLES)} {host} met {b[1]} {rng.choice(TITLES)} {guest} in "
            f"{a[2]} on Monday. The two sides signed a memorandum on cooperation in {field}.\n\n"
            f"\"Our partnership in {field} grows every year,\" {host.split()[1]} said. "
            f"{guest.split()[1]} noted that {b[0]} valued its ties with {a[0]}.\n",
            encoding="utf-8")
    return folder


def relgraph_cli(*args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*RELGRAPH, *args], capture_output=True, text=True, timeout=timeout,
                          env=_env())


def start_ingest(batch: Path, store: Path) -> subprocess.Popen[str]:
    return subprocess.Popen([*RELGRAPH, "ingest", str(batch), "--store", str(store),
                             "--no-progress"], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=_env())


def _env() -> dict[str, str]:
    # The child must import this checkout's relgraph, whatever the working directory.
    src = str(Path(relgraph.__file__).resolve().parent.parent)
    return {**os.environ, "PYTHONPATH": os.pathsep.join(
        [src, *filter(None, [os.environ.get("PYTHONPATH")])])}


def count_articles_read_only(store: Path) -> int | None:
    """Articles in a store another process may be writing; None if it cannot be read yet."""
    try:
        reader = OxigraphStore(store, read_only=True)
    except relgraph.errors.StoreError:
        return None
    try:
        return sum(1 for g in reader.graphs() if "/graph/article/" in str(g))
    finally:
        reader.close()


def sorted_nquads(store: Path) -> list[str]:
    with relgraph.open(store, read_only=True) as kg:
        out = io.BytesIO()
        kg.export(out, "nquads")
    return sorted(out.getvalue().decode("utf-8").splitlines())


#: Articles in the batch that is killed. Each costs about 10 ms on disk, twice (the killed
#: run and its re-run, beside the clean run on the other core): big enough that the kill
#: lands mid-batch, small enough for the test to take about 15 s.
KILL_BATCH = 1000


@pytest.mark.slow
def test_sigkill_mid_ingest_loses_nothing(tmp_path: Path):
    total = KILL_BATCH
    batch = write_articles(tmp_path / "batch", total)
    clean_store, killed_store = tmp_path / "clean", tmp_path / "killed"
    clean = start_ingest(batch, clean_store)  # the reference run, alongside
    doomed = start_ingest(batch, killed_store)
    try:
        seen = 0
        deadline = time.monotonic() + 120
        # Kill early enough that a read-only look (which replays the writer's growing
        # log) stays cheap, late enough that many articles are in.
        while seen < total // 8:
            assert doomed.poll() is None, "the ingest ended before it could be killed"
            assert time.monotonic() < deadline, "the ingest made no progress"
            time.sleep(0.25)
            seen = count_articles_read_only(killed_store) or 0
        doomed.send_signal(signal.SIGKILL)
        assert doomed.wait(30) == -signal.SIGKILL
    finally:
        if doomed.poll() is None:
            doomed.kill()
        doomed.communicate()

    # The store opens and answers; every graph in it is whole (checked at the end).
    done = relgraph_cli("query", COUNT_ARTICLES, "--store", str(killed_store), "--format", "csv")
    assert done.returncode == 0, done.stderr
    survived = int(done.stdout.split()[1])
    assert total // 8 <= survived < total

    # Re-running the same ingest skips exactly what survived and adds the rest.
    done = relgraph_cli("ingest", str(batch), "--store", str(killed_store), "--no-progress",
                        timeout=300)
    assert done.returncode == 0, done.stderr
    assert (f"articles {total} (added {total - survived}, skipped {survived} unchanged), "
            "failed 0") in done.stderr

    _, err = clean.communicate(timeout=300)
    assert clean.returncode == 0, err
    assert sorted_nquads(killed_store) == sorted_nquads(clean_store)


@pytest.mark.slow
def test_queries_work_while_an_ingest_runs(tmp_path: Path):
    total = 300
    batch = write_articles(tmp_path / "batch", total, seed=1)
    store = tmp_path / "store"
    writer = start_ingest(batch, store)
    counts: list[int] = []
    during = 0  # answers given while the writer was still at work
    try:
        while writer.poll() is None or not counts:
            done = relgraph_cli("query", COUNT_ARTICLES, "--store", str(store), "--format", "csv")
            assert "Traceback" not in done.stderr, done.stderr
            if done.returncode == 0:
                counts.append(int(done.stdout.split()[1]))
                during += writer.poll() is None
            else:  # before the writer has created the store, or just as it does
                assert done.returncode == 2, done.stderr
                assert "try again" in done.stderr or "no store at" in done.stderr, done.stderr
            if len(counts) == 2:
                # A second writer is turned away with a clear message, and changes nothing.
                second = relgraph_cli("ingest", str(batch), "--store", str(store),
                                      "--no-progress")
                if writer.poll() is None:
                    assert second.returncode == 2, second.stderr
                    assert f"store {store} is busy: another relgraph process is writing to " \
                           "it" in second.stderr
        _, err = writer.communicate(timeout=120)
    finally:
        if writer.poll() is None:
            writer.kill()
            writer.communicate()
    assert writer.returncode == 0, err
    assert f"added {total}, skipped 0 unchanged), failed 0" in err
    # Readers were answered during the ingest and never saw the count shrink. (Whether one
    # of them lands between two commits is up to the scheduler, so it is not asserted.)
    assert during, counts
    assert counts == sorted(counts) and counts[-1] <= total
    done = relgraph_cli("stats", "--store", str(store))
    assert done.returncode == 0 and re.search(rf"articles\s+{total}\b", done.stdout)
