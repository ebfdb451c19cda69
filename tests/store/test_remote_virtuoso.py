"""The remote store against OpenLink Virtuoso (Debian's virtuoso-opensource), started here
on 127.0.0.1 with a throw-away database. Skipped where virtuoso-t is not installed."""

from __future__ import annotations

import contextlib
import io
from collections.abc import Iterator
from pathlib import Path

import pytest

import relgraph
from processes import free_port, serving, tool
from relgraph.cli import main

try:
    import relgraph.store.remote
except ImportError:  # pragma: no cover - depends on the environment
    pytest.skip("the remote store needs the remote extra (httpx2)", allow_module_level=True)

QUERIES = sorted((Path(__file__).resolve().parents[2] / "data" / "queries").glob("*.rq"))
UNION = "https://w3id.org/relgraph/graph/union"
# Ties at a LIMIT: engines may keep different rows of equal rank; compare the ranks only.
TIES_AT_LIMIT = {"06-most-active-officials": ("statements", "meetings")}

_INI = """\
[Database]
DatabaseFile = {dir}/virtuoso.db
ErrorLogFile = {dir}/virtuoso.log
LockFile = {dir}/virtuoso.lck
TransactionFile = {dir}/virtuoso.trx
xa_persistent_file = {dir}/virtuoso.pxa
[TempDatabase]
DatabaseFile = {dir}/virtuoso-temp.db
TransactionFile = {dir}/virtuoso-temp.trx
[Parameters]
ServerPort = 127.0.0.1:{sql_port}
DisableUnixSocket = 1
NumberOfBuffers = 10000
MaxDirtyBuffers = 6000
DirsAllowed = .
[HTTPServer]
ServerPort = 127.0.0.1:{http_port}
ServerRoot = {dir}/www
ServerThreads = 4
[SPARQL]
ResultSetMaxRows = 100000
MaxQueryExecutionTime = 60
"""


@pytest.fixture(scope="module")
def virtuoso_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A fresh Virtuoso; yields the store URL: /sparql-auth (Digest, user dba) with the
    graph that keeps the union named as the default graph."""
    binary = tool("virtuoso-t")
    if binary is None:
        pytest.skip("Virtuoso is not installed (apt-get install virtuoso-opensource)")
    tmp = tmp_path_factory.mktemp("virtuoso")

    def command(port: int) -> list[str]:
        data = tmp / f"db-{port}"
        (data / "www").mkdir(parents=True)
        ini = data / "virtuoso.ini"
        ini.write_text(_INI.format(dir=data, sql_port=free_port(), http_port=port))
        return [binary, "-f", "-c", str(ini)]

    with serving(command, lambda port: f"http://127.0.0.1:{port}/sparql",
                 log=tmp / "server.log", startup=120) as port:
        yield f"http://dba:dba@127.0.0.1:{port}/sparql-auth?default-graph-uri={UNION}"


def ingest(url: str, articles: Path) -> str:
    err = io.StringIO()
    with contextlib.redirect_stderr(err):
        assert main(["ingest", str(articles), "--store", url, "--no-progress"]) == 0, err.getvalue()
    return err.getvalue()


@pytest.fixture(scope="module")
def remote(virtuoso_url: str, articles: Path) -> Iterator[relgraph.KnowledgeGraph]:
    assert "failed 0" in ingest(virtuoso_url, articles)
    with relgraph.open(virtuoso_url, read_only=True) as kg:
        yield kg


@pytest.mark.parametrize("path", QUERIES, ids=lambda p: p.stem)
def test_sample_queries_answer_as_on_the_embedded_store(remote: relgraph.KnowledgeGraph,
                                                        embedded: relgraph.KnowledgeGraph,
                                                        path: Path):
    text = path.read_text(encoding="utf-8")
    here, there = embedded.select(text), remote.select(text)
    assert there.vars == here.vars and len(there) == len(here) > 0
    ranks = TIES_AT_LIMIT.get(path.stem)
    if ranks:
        columns = [here.vars.index(name) for name in ranks]
        assert sorted(tuple(r[i] for i in columns) for r in there.values()) \
            == sorted(tuple(r[i] for i in columns) for r in here.values())
    else:
        assert sorted(there.values(), key=repr) == sorted(here.values(), key=repr)


def test_a_second_ingest_adds_nothing(remote: relgraph.KnowledgeGraph, virtuoso_url: str,
                                      articles: Path, embedded: relgraph.KnowledgeGraph):
    before = len(remote)
    assert "added 0" in ingest(virtuoso_url, articles)
    assert len(remote) == before == len(embedded)
    assert remote.stats() == embedded.stats()
    assert remote.store.graphs() == embedded.store.graphs()
