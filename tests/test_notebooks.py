"""The notebooks in notebooks/ run top to bottom in a fresh Jupyter kernel, without error,
and each shows what it promises (tables, charts, the inline graph page). They are committed
without outputs.

The kernel is this interpreter (so it imports this checkout's relgraph and the test
environment's packages), declared in a private kernelspec directory: nothing is registered
with the user's or the system's Jupyter, and a user-wide ``python3`` kernel of another
Python cannot be picked up by mistake.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import pytest

nbformat = pytest.importorskip("nbformat", reason="notebook tests need nbformat (the test extra)")
nbclient = pytest.importorskip("nbclient", reason="notebook tests need nbclient (the test extra)")
pytest.importorskip("ipykernel", reason="notebook tests need ipykernel (the test extra)")
pytest.importorskip("matplotlib", reason="the notebooks draw charts with matplotlib")
pytest.importorskip("pandas", reason="the notebooks use pandas")

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = ROOT / "notebooks"
QUERIES = ROOT / "data" / "queries"

#: Seconds one cell may take; the slowest (building the graph) takes a few.
CELL_TIMEOUT = 180

#: What each notebook must show: "table" (an HTML table), "chart" (a PNG image), "graph"
#: (the interactive graph page, inline). A notebook not listed must show a table or a graph.
EXPECTED = {
    "01-quickstart.ipynb": {"table", "graph"},
    "02-bilateral-analysis.ipynb": {"table", "chart", "graph"},
    "03-sparql-cookbook.ipynb": {"table"},
}


def notebook_paths() -> list[Path]:
    return sorted(NOTEBOOKS.glob("*.ipynb"))


@pytest.fixture(scope="module")
def jupyter_env(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """Environment variables for a private Jupyter: a ``python3`` kernelspec running
    ``sys.executable``, and runtime and IPython folders in a temporary directory."""
    root = tmp_path_factory.mktemp("jupyter")
    spec = root / "data" / "kernels" / "python3"
    spec.mkdir(parents=True)
    (spec / "kernel.json").write_text(json.dumps({
        "argv": [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"],
        "display_name": "Python 3 (relgraph tests)",
        "language": "python",
    }), encoding="utf-8")
    return {"JUPYTER_PATH": str(root / "data"), "JUPYTER_RUNTIME_DIR": str(root / "runtime"),
            "IPYTHONDIR": str(root / "ipython")}


def execute(path: Path, env: dict[str, str], monkeypatch: pytest.MonkeyPatch,
            parameters: str | None = None):  # type: ignore[no-untyped-def]
    """Run the notebook at ``path`` in a fresh kernel with its folder as the working
    directory (as Jupyter and nbmake do); ``parameters`` replaces the source of the cell
    tagged ``parameters``. Fails the test with the failing cell and its traceback."""
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    nb = nbformat.read(path, as_version=4)
    if parameters is not None:
        parameters_cell(nb).source = parameters
    client = nbclient.NotebookClient(nb, kernel_name="python3", timeout=CELL_TIMEOUT,
                                     startup_timeout=120,
                                     resources={"metadata": {"path": str(path.parent)}})
    try:
        client.execute()
    except nbclient.exceptions.CellExecutionError as err:
        # Tracebacks come coloured for terminals; the report reads better plain.
        plain = re.sub(r"\x1b\[[0-9;]*m", "", str(err))
        pytest.fail(f"{path.name} failed:\n{plain}", pytrace=False)
    return nb


def parameters_cell(nb):  # type: ignore[no-untyped-def]
    cells = [c for c in nb.cells if "parameters" in c.get("metadata", {}).get("tags", [])]
    assert len(cells) == 1, "the notebook needs exactly one cell tagged 'parameters'"
    return cells[0]


def shown(nb) -> dict[str, int]:  # type: ignore[no-untyped-def]
    """How many tables, charts and graph pages the executed notebook displays."""
    counts = {"table": 0, "chart": 0, "graph": 0}
    for cell in nb.cells:
        for output in cell.get("outputs", []):
            data = output.get("data", {})
            page = data.get("text/html", "")
            counts["table"] += "<table" in page
            counts["graph"] += "<iframe" in page or "vis-network" in page
            counts["chart"] += "image/png" in data
    return counts


def errors_in(nb) -> list[str]:  # type: ignore[no-untyped-def]
    return [f"{o.get('ename')}: {o.get('evalue')}" for c in nb.cells
            for o in c.get("outputs", []) if o.get("output_type") == "error"]


def warnings_in(nb) -> list[str]:  # type: ignore[no-untyped-def]
    """Warnings printed in the cells (deprecations, tqdm's missing-widgets notice...):
    an analyst reading the notebook should not have to wade through them."""
    return [o["text"].strip() for c in nb.cells for o in c.get("outputs", [])
            if o.get("name") == "stderr" and "Warning" in o.get("text", "")]


def texts(nb) -> str:  # type: ignore[no-untyped-def]
    """Everything the notebook printed or displayed as text."""
    return "\n".join(o.get("text") or o.get("data", {}).get("text/plain", "")
                     for c in nb.cells for o in c.get("outputs", []))


def test_the_notebooks_are_there() -> None:
    assert set(EXPECTED) <= {p.name for p in notebook_paths()}


@pytest.mark.parametrize("path", notebook_paths(), ids=lambda p: p.name)
def test_notebook_is_committed_without_outputs(path: Path) -> None:
    nb = nbformat.read(path, as_version=4)
    nbformat.validate(nb)
    assert nb.metadata.get("kernelspec", {}).get("name") == "python3"
    for cell in nb.cells:
        if cell.cell_type == "code":
            assert cell.outputs == [] and cell.execution_count is None, \
                f"{path.name}: clear the outputs before committing (cell {cell.get('id')})"


@pytest.mark.parametrize("path", notebook_paths(), ids=lambda p: p.name)
def test_notebook_runs_and_shows_results(path: Path, jupyter_env: dict[str, str],
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    nb = execute(path, jupyter_env, monkeypatch)
    assert not errors_in(nb)
    assert not warnings_in(nb), f"{path.name} prints warnings: {warnings_in(nb)}"
    counts = shown(nb)
    wanted = EXPECTED.get(path.name)
    if wanted is None:
        assert counts["table"] or counts["graph"] or counts["chart"], \
            f"{path.name} shows no table, chart or graph"
    else:
        missing = sorted(kind for kind in wanted if not counts[kind])
        assert not missing, f"{path.name} shows no {' and no '.join(missing)}: {counts}"
    if path.name == "01-quickstart.ipynb":
        # ingest draws a progress bar in the notebook (a widget, or text without ipywidgets)
        assert "ingest:" in texts(nb)
    if path.name == "03-sparql-cookbook.ipynb":
        # Every documented query is shown and run, so at least one table each.
        queries = sorted(q.name for q in QUERIES.glob("*.rq"))
        source = "\n".join(c.source for c in nb.cells if c.cell_type == "code")
        assert [q for q in queries if q not in source] == []
        assert counts["table"] >= len(queries)


def test_bilateral_notebook_takes_another_pair(jupyter_env: dict[str, str],
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    """The pair is a parameter: nothing in the notebook is tied to Azerbaijan and Türkiye."""
    path = NOTEBOOKS / "02-bilateral-analysis.ipynb"
    nb = execute(path, jupyter_env, monkeypatch, parameters='PAIR = ("uzb", "kaz")')
    text = "\n".join(str(o.get("data", {}).get("text/markdown", "")) for c in nb.cells
                     for o in c.get("outputs", []))
    assert "Uzbekistan (UZB) and Kazakhstan (KAZ)" in text
    counts = shown(nb)
    assert counts["chart"] >= 2 and counts["table"] and counts["graph"]
