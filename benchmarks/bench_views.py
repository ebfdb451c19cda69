"""How fast a large graph page becomes interactive in headless Chromium, against pyvis's
own page for the same graph.

    python benchmarks/bench_views.py                     # 5,000 nodes, about 2 minutes
    python benchmarks/bench_views.py --nodes 2000 --baseline-timeout 60

The graph is synthetic but shaped like ``kg.to_networkx("entities")``: countries, people,
organisations and events, with statements (each with a quote), meetings, cooperation in
fields, participations and the country each person serves. The same seed gives the same
graph.

* relgraph: ``relgraph.views.graph_page`` (positions computed in Python, physics off, all
  inlined). Interactive = the page's controls are wired and the network has drawn its first
  frame (``window.relgraphReady``, ms since navigation start). Also timed: applying a
  relation filter and highlighting a node's neighbourhood.
* baseline: pyvis's ``Network.from_nx`` + ``generate_html`` with its defaults (the browser
  lays the graph out with physics and stabilises it before it settles; its CDN requests are
  refused here, so the page runs offline). Interactive = stabilisation done, or
  ``--baseline-timeout`` seconds, whichever comes first.

Uses Debian's Chromium at /usr/bin/chromium through Playwright's Python package; nothing
is downloaded. Prints one table; nothing is written outside ``--work``.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import networkx as nx

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu",
                 "--disable-background-networking", "--disable-component-update",
                 "--no-first-run", "--disable-sync"]
FIELDS = ("energy", "economy", "transport", "health", "defense", "education", "culture")
WORDS = ("cooperation", "partnership", "ministers", "agreed", "strategic", "region",
         "stability", "trade", "energy", "corridor", "investment", "talks", "the", "and",
         "of", "a", "new", "joint", "commission", "visit", "security", "relations")
# Resolves when pyvis's page has stabilised: the page creates its network late, so poll.
BASELINE_HOOK = """
window.__stable = undefined;
const poll = setInterval(() => {
  if (!window.network || !window.network.once) return;
  clearInterval(poll);
  window.network.once("stabilizationIterationsDone", () => {
    window.network.once("afterDrawing", () => { window.__stable = performance.now(); });
  });
}, 20);
"""


def synthetic_graph(nodes: int, seed: int = 7) -> nx.MultiDiGraph:
    """An entity graph of about ``nodes`` nodes and 2.4 relations per node."""
    rng = random.Random(seed)
    graph = nx.MultiDiGraph()
    countries = [f"C{i:03d}" for i in range(max(10, nodes // 40))]
    for code in countries:
        graph.add_node(f"country/{code}", type="country", label=f"Country {code}", country=code)
    people, orgs, events = [], [], []
    for i in range(nodes - len(countries)):
        code = rng.choice(countries)
        kind = rng.choices(("person", "organization", "event"), (70, 22, 8))[0]
        node = f"{kind}/{i}"
        graph.add_node(node, type=kind, label=f"{kind.title()} {i} of {code}",
                       country=code)
        {"person": people, "organization": orgs, "event": events}[kind].append(node)
        if kind != "event":
            _relate(graph, node, f"country/{code}", "citizen", None, None, None)

    def day() -> str:
        return f"20{rng.randint(20, 25)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"

    def quote() -> str:
        return " ".join(rng.choice(WORDS) for _ in range(rng.randint(12, 30))).capitalize() + "."

    for _ in range(int(nodes * 0.7)):
        _relate(graph, rng.choice(people), f"country/{rng.choice(countries)}", "statement",
                day(), None, quote())
    for _ in range(int(nodes * 0.3)):
        _relate(graph, rng.choice(people), rng.choice(people + orgs), "meeting", day(), None,
                quote())
    for _ in range(int(nodes * 0.25)):
        a, b = rng.sample(countries, 2)
        _relate(graph, f"country/{a}", f"country/{b}", "cooperation", day(),
                rng.choice(FIELDS), quote())
    for _ in range(int(nodes * 0.1)):
        _relate(graph, rng.choice(people + orgs), rng.choice(events), "participation", day(),
                None, quote())
    return graph


def _relate(graph: nx.MultiDiGraph, a: str, b: str, kind: str, date: str | None,
            field: str | None, text: str | None) -> None:
    rel = None if kind == "citizen" else f"rel/{graph.number_of_edges()}"
    graph.add_edge(a, b, key=f"{kind}:{rel}", kind=kind, rel=rel, date=date, field=field,
                   text=text)


def relgraph_page(graph: nx.MultiDiGraph, path: Path) -> float:
    """Write relgraph's page; returns the seconds Python took (layout included)."""
    from relgraph.views import graph_page

    started = time.perf_counter()
    graph_page(graph, title="relgraph benchmark").save(path)
    return time.perf_counter() - started


def baseline_page(graph: nx.MultiDiGraph, path: Path) -> float:
    """Write pyvis's own page for the same graph, with its defaults."""
    from pyvis.network import Network

    started = time.perf_counter()
    net = Network(directed=True, cdn_resources="in_line")
    net.from_nx(graph)
    path.write_text(net.generate_html(), encoding="utf-8")
    return time.perf_counter() - started


def measure(browser: Any, path: Path, ready: str, timeout: float, hook: str | None = None
            ) -> dict[str, Any]:
    """Open ``path`` offline; ``ready`` is a JS expression that becomes the time (ms since
    navigation start) the page turned interactive."""
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    refused: list[str] = []

    def route(route: Any) -> None:
        if route.request.url.startswith(("file:", "data:", "about:")):
            route.continue_()
        else:
            refused.append(route.request.url)
            route.abort()

    context.route("**/*", route)
    page = context.new_page()
    if hook:
        page.add_init_script(hook)
    result: dict[str, Any] = {"refused": len(refused)}
    page.goto(path.as_uri(), timeout=timeout * 1000)
    try:
        page.wait_for_function(f"({ready}) !== undefined", timeout=timeout * 1000, polling=50)
        result["interactive_ms"] = page.evaluate(ready)
    except Exception:  # the baseline may not settle in time: report it as a lower bound
        result["interactive_ms"] = None
    result["refused"] = len(refused)
    result["page"] = page
    result["context"] = context
    return result


def interactions(page: Any) -> dict[str, float]:
    """Milliseconds to apply a relation filter, clear it and highlight a neighbourhood."""
    return page.evaluate("""() => {
      const box = document.querySelector("#rg-kinds input[value=statement]");
      const change = () => box.dispatchEvent(new Event("change", { bubbles: true }));
      let t = performance.now();
      box.checked = false; change();
      const filter = performance.now() - t;
      t = performance.now();
      box.checked = true; change();
      const unfilter = performance.now() - t;
      const hub = network.body.data.nodes.get()[0].id;
      t = performance.now();
      network.selectNodes([hub]);
      network.body.emitter.emit("click", { nodes: [hub], edges: [] });
      const highlight = performance.now() - t;
      return { filter, unfilter, highlight };
    }""")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--nodes", type=int, default=5000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--baseline-timeout", type=float, default=90.0,
                        help="seconds to wait for pyvis's page to stabilise (default 90)")
    parser.add_argument("--no-baseline", action="store_true")
    parser.add_argument("--work", type=Path, default=None, help="folder for the pages")
    args = parser.parse_args(argv)
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        print("bench_views: needs Playwright's Python package (pip install playwright)",
              file=sys.stderr)
        return 2
    if not Path(CHROMIUM).is_file():
        print(f"bench_views: needs Debian's chromium at {CHROMIUM}", file=sys.stderr)
        return 2

    work = args.work or Path(tempfile.mkdtemp(prefix="relgraph-bench-views-"))
    work.mkdir(parents=True, exist_ok=True)
    graph = synthetic_graph(args.nodes, args.seed)
    print(f"graph: {graph.number_of_nodes():,} nodes, {graph.number_of_edges():,} relations")
    ours, theirs = work / "relgraph.html", work / "pyvis.html"
    rows = [("relgraph", relgraph_page(graph, ours), ours)]
    if not args.no_baseline:
        rows.append(("pyvis defaults", baseline_page(graph, theirs), theirs))

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS,
                                             timeout=180_000)
        results = {}
        for name, build, path in rows:
            if name == "relgraph":
                found = measure(browser, path, "window.relgraphReady", 60)
                found["interactions"] = interactions(found["page"])
            else:
                found = measure(browser, path, "window.__stable", args.baseline_timeout,
                                hook=BASELINE_HOOK)
            found["context"].close()
            results[name] = (build, path.stat().st_size, found)
        browser.close()

    print(f"{'page':<16}{'python s':>10}{'page MB':>10}{'interactive s':>15}{'refused':>9}")
    for name, (build, size, found) in results.items():
        ms = found["interactive_ms"]
        shown = f"{ms / 1000:.2f}" if ms is not None else f">{args.baseline_timeout:.0f}"
        print(f"{name:<16}{build:>10.2f}{size / 1e6:>10.1f}{shown:>15}{found['refused']:>9}")
    moves = results["relgraph"][2]["interactions"]
    print("relgraph interactions (ms): " + ", ".join(f"{k} {v:.0f}" for k, v in moves.items()))
    print(f"pages kept in {work}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
