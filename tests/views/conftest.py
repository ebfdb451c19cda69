"""Fixtures for the view tests: the sample graph, a store holding hostile article text, and
pages opened in real headless Chromium (Debian's, driven by Playwright) with every request
that would leave the machine blocked and counted."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

import relgraph

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu",
                 "--disable-background-networking", "--disable-component-update",
                 "--no-first-run", "--disable-sync"]
LOCAL_SCHEMES = ("file", "data", "about", "blob")

# Article text that would run script if any view pasted it into markup: in a quote, the
# headline, the outlet and the link. Each payload sets its own window flag.
HOSTILE = {
    "id": "hostile-1", "date": "2025-03-04",
    "title": 'Energy talks <img src=x onerror="window.__pwned=3">',
    "source": "Wire </script><script>window.__pwned=5</script>",
    "url": "javascript:window.__pwned=4",
    "text": ("Azerbaijan's Minister of Energy Parviz Shahbazov met Turkish Energy Minister "
             "Alparslan Bayraktar in Baku on Monday.\n\n"
             "\"Our pipelines <img src=x onerror='window.__pwned=1'> carry hope to Europe,\" "
             "Shahbazov said after the talks.\n\n"
             "\"We will never stop </script><script>window.__pwned=2</script> working "
             "together,\" Bayraktar said.\n\n"
             "The two ministers signed a memorandum on cooperation in the field of energy."),
}


@pytest.fixture(scope="session")
def kg(data_dir: Path) -> Iterator[relgraph.KnowledgeGraph]:
    """The sample corpus in an in-memory store."""
    graph = relgraph.open("oxigraph:memory")
    graph.ingest([data_dir / "articles"], progress=False)
    yield graph
    graph.close()


@pytest.fixture(scope="session")
def hostile_kg(tmp_path_factory: pytest.TempPathFactory) -> Iterator[relgraph.KnowledgeGraph]:
    """A store holding one article whose text, headline, outlet and link are attacks."""
    path = tmp_path_factory.mktemp("hostile") / "hostile.jsonl"
    path.write_text(json.dumps(HOSTILE) + "\n", encoding="utf-8")
    graph = relgraph.open("oxigraph:memory")
    graph.ingest([path], progress=False)
    yield graph
    graph.close()


@dataclass
class Opened:
    """A page open in Chromium, with what it tried to fetch from outside the machine and
    the errors it raised (uncaught exceptions, console errors such as CSP refusals)."""

    page: Any
    outside: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def eval(self, script: str, arg: Any = None) -> Any:
        return self.page.evaluate(script, arg)


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    if not CHROMIUM.is_file():
        pytest.skip("Debian's Chromium is not installed at /usr/bin/chromium "
                    "(apt-get install chromium)")
    sync_api = pytest.importorskip(
        "playwright.sync_api",
        reason="Playwright's Python package is not installed (pip install playwright)")
    with sync_api.sync_playwright() as playwright:
        # A busy machine can take long to start a browser; this is not what is tested.
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM),
                                              args=CHROMIUM_ARGS, timeout=180_000)
        yield chromium
        chromium.close()


@pytest.fixture
def open_page(browser: Any) -> Iterator[Callable[..., Opened]]:
    """Open a file (or HTML content) in a fresh browser context and wait until the page
    says it is interactive."""
    contexts = []

    def watch(context: Any) -> Opened:
        opened = Opened(page=context.new_page())

        def route(route: Any) -> None:
            if route.request.url.split(":", 1)[0] in LOCAL_SCHEMES:
                route.continue_()
            else:
                opened.outside.append(route.request.url)
                route.abort()

        context.route("**/*", route)
        context.on("request", lambda r: r.url.split(":", 1)[0] in LOCAL_SCHEMES
                   or opened.outside.append(r.url))
        opened.page.on("pageerror", lambda e: opened.errors.append(str(e)))
        opened.page.on("console", lambda m: m.type == "error" and opened.errors.append(m.text))
        return opened

    def open_(path: Path | None = None, *, html: str | None = None, ready: bool = True,
              viewport: dict[str, int] | None = None) -> Opened:
        context = browser.new_context(viewport=viewport or {"width": 1400, "height": 900})
        contexts.append(context)
        opened = watch(context)
        if path is not None:
            opened.page.goto(path.as_uri())
        else:
            opened.page.set_content(html or "")
        if ready:
            opened.page.wait_for_function("window.relgraphReady !== undefined", timeout=60_000)
        return opened

    yield open_
    for context in contexts:
        context.close()
