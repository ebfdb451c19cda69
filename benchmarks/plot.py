"""Plot benchmark results: cost against corpus size for extraction, load and queries.

    python benchmarks/plot.py benchmarks/results/sizes-1000-10000-100000.json \\
        --out docs/images/benchmarks.png

Needs matplotlib (``pip install matplotlib``); the benchmark itself does not.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any


def _runs(paths: list[Path]) -> list[dict[str, Any]]:
    """The runs of every results file, one per corpus size (a later file wins)."""
    by_size: dict[int, dict[str, Any]] = {}
    for path in paths:
        for run in json.loads(path.read_text())["runs"]:
            by_size[run["articles"]] = run
    return [by_size[k] for k in sorted(by_size)]


def _class_worst(run: dict[str, Any], engine: str, kind: str, scans: bool = False
                 ) -> float | None:
    """The slowest median latency (ms) among the queries of one class: the targets hold
    for every query of a class. With ``scans``, of the aggregates computed by a scan."""
    values = [q["median"] * 1000 for q in run.get(engine, [])
              if q["kind"] == kind and q["median"] is not None
              and q["name"].startswith("scan-") == scans]
    return max(values) if values else None


def plot(paths: list[Path], out: Path) -> None:
    """Three panels on log-log axes: extraction, load and query latency by corpus size."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    runs = _runs(paths)
    sizes = [r["articles"] for r in runs]
    fig, axes = plt.subplots(1, 3, figsize=(16, 6.2))

    ax = axes[0]
    ax.plot(sizes, [n / r["extraction"]["articles_per_cpu_s"] for n, r in zip(sizes, runs, strict=True)],
            "o-", label="extract, 1 process (CPU s)")
    ax.plot(sizes, [n / r["extraction"]["articles_per_s_jobs"] for n, r in zip(sizes, runs, strict=True)
                    if "articles_per_s_jobs" in r["extraction"]],
            "s--", label="extract, 2 jobs (wall s)")
    ax.plot(sizes, [r["ingest"]["seconds"] for r in runs], "^-", label="ingest, 2 jobs (wall s)")
    ax.plot(sizes, [r["ingest"]["cpu_main_s"] + r["ingest"]["cpu_workers_s"] for r in runs
                    if "cpu_main_s" in r["ingest"]], "v:", label="ingest (CPU s, all processes)")
    ax.set_title("Extraction and ingest")
    ax.set_ylabel("seconds")

    ax = axes[1]
    ax.plot(sizes, [r["ingest"]["seconds"] for r in runs], "^-", label="Oxigraph: ingest (wall s)")
    rd = [(r["articles"], r["rdflib_load"]["load_seconds"]) for r in runs if "rdflib_load" in r]
    if rd:
        ax.plot(*zip(*rd, strict=True), "o-", color="tab:red",
                label="rdflib: load N-Quads only (s)")
    ax2 = ax.twinx()
    ax2.plot(sizes, [r["ingest"]["maxrss_total_mb"] for r in runs], "^:", color="tab:gray",
             label="Oxigraph ingest peak RSS (MB)")
    if rd:
        ax2.plot([r["articles"] for r in runs if "rdflib_load" in r],
                 [r["rdflib_load"]["peak_rss_mb"] for r in runs if "rdflib_load" in r],
                 "o:", color="tab:pink", label="rdflib peak RSS (MB)")
    ax2.set_ylabel("MB")
    ax2.set_yscale("log")
    ax.set_title("Load time and memory")
    ax.set_ylabel("seconds")
    lines = ax.get_legend_handles_labels()
    lines2 = ax2.get_legend_handles_labels()
    ax.legend(lines[0] + lines2[0], lines[1] + lines2[1], fontsize=8, loc="upper center",
              bbox_to_anchor=(0.5, -0.16), ncol=2)

    ax = axes[2]
    styles = {"lookup": "o", "aggregate": "s", "listing": "^"}
    for kind, marker in styles.items():
        for engine, scans, color, label in (
                ("oxigraph", False, "tab:blue", "Oxigraph"),
                ("oxigraph", True, "tab:green", "Oxigraph, scanning (no summaries)"),
                ("rdflib", False, "tab:red", "rdflib")):
            if scans and kind != "aggregate":
                continue
            points = [(r["articles"], _class_worst(r, engine, kind, scans)) for r in runs]
            points = [(x, y) for x, y in points if y is not None]
            if points:
                ax.plot(*zip(*points, strict=True), marker=marker, color=color,
                        linestyle="-" if kind == "lookup" else "--" if kind == "aggregate" else ":",
                        label=f"{label}: {kind}s")
    ax.axhline(100, color="gray", linewidth=0.6)
    ax.axhline(1000, color="gray", linewidth=0.6)
    ax.set_title("Query latency: slowest median of each class")
    ax.set_ylabel("ms (lines at 100 ms and 1 s)")
    ax.legend(fontsize=8, loc="upper center", bbox_to_anchor=(0.5, -0.16), ncol=3)

    for ax in axes:
        ax.set_xscale("log")
        ax.set_yscale("log")
        ax.set_xlabel("articles in the corpus")
        ax.grid(True, which="major", alpha=0.3)
    axes[0].legend(fontsize=8, loc="upper center", bbox_to_anchor=(0.5, -0.16), ncol=2)
    fig.suptitle("relgraph: cost against corpus size (2 cores; see docs/benchmarks.md)", fontsize=11)
    fig.tight_layout()
    out.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(out, dpi=110)


def _ms(value: float | None, timed_out: bool = False) -> str:
    if value is None:
        return "-"
    text = f"{value * 1000:.1f}" if value < 10 else f"{value * 1000:.0f}"
    return f"> {text}" if timed_out else text


def tables(paths: list[Path]) -> str:
    """Markdown tables of the results, for docs/benchmarks.md."""
    runs = _runs(paths)
    out = ["| articles | triples | triples/article | words/article "
           "| extract 1 proc (articles/s wall; per CPU-s) "
           "| extract 2 jobs (articles/s wall; efficiency) | ingest 2 jobs (wall s; CPU s) "
           "| ingest triples/s (wall) | peak RSS main + workers (MB) | store on disk (MB) | load avg |",
           "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for r in runs:
        ex, ing = r["extraction"], r["ingest"]
        cpu = ing.get("cpu_main_s", 0) + ing.get("cpu_workers_s", 0)
        out.append(
            f"| {r['articles']:,} | {ing['triples']:,} | {ing['triples'] / ing['added']:.0f} "
            f"| {ex['words_per_article']:.0f} | {ex['articles_per_s_1']:.0f}; "
            f"{ex['articles_per_cpu_s']:.0f} | {ex.get('articles_per_s_jobs', 0):.0f}; "
            f"{ex.get('efficiency', 0):.2f} | {ing['seconds']:.0f}; {cpu:.0f} "
            f"| {ing['triples_per_s']:,.0f} | {ing['maxrss_main_mb']:.0f} + "
            f"{ing['maxrss_worker_mb']:.0f} x 2 | {ing['store_mb']:.0f} "
            f"| {ex['loadavg'][0]:.1f} / {ing.get('loadavg', [0])[0]:.1f} |")
    for r in runs:
        out += ["", f"Queries at {r['articles']:,} articles (median / p95 in ms; rows):", "",
                "| query | class | Oxigraph | Oxigraph, by a scan | rdflib | speedup vs rdflib |",
                "|---|---|---:|---:|---:|---:|"]
        ox = {q["name"]: q for q in r["oxigraph"]}
        rd = {q["name"]: q for q in r.get("rdflib", [])}
        for name, q in ox.items():
            if name.startswith("scan-"):
                continue
            scan = ox.get(f"scan-{name}")
            other = rd.get(name)
            cells = [f"{_ms(q['median'], q['timed_out'])} / {_ms(q['p95'], q['timed_out'])}"
                     f" ({q['rows'] if q['rows'] is not None else '-'})"]
            cells.append(f"{_ms(scan['median'], scan['timed_out'])} / "
                         f"{_ms(scan['p95'], scan['timed_out'])}" if scan else "")
            cells.append(f"{_ms(other['median'], other['timed_out'])} / "
                         f"{_ms(other['p95'], other['timed_out'])}" if other else "")
            speed = r.get("speedup", {}).get(name)
            if speed and speed["rdflib_timed_out"] and speed["oxigraph_timed_out"]:
                cells.append("both timed out")
            elif speed:
                bound = ">= " if speed["rdflib_timed_out"] else ""
                bound = "<= " if speed["oxigraph_timed_out"] and not bound else bound
                cells.append(f"{bound}{speed['ratio']:.1f}x")
            else:
                cells.append("")
            out.append(f"| {name} | {q['kind']} | " + " | ".join(cells) + " |")
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    """Command line: ``plot.py RESULTS.json [...] --out PNG [--tables]``."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("results", nargs="+", type=Path)
    parser.add_argument("--out", type=Path, default=Path("docs/images/benchmarks.png"))
    parser.add_argument("--tables", action="store_true",
                        help="print Markdown tables of the results instead of plotting")
    args = parser.parse_args(argv)
    if args.tables:
        print(tables(args.results))
        return 0
    plot(args.results, args.out)
    print(f"plot: {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
