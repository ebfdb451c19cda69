"""The self-contained HTML page: relgraph's own template with vis-network's script and
styles inlined from the installed pyvis package, so the page opens with no network.

Safety: the view's data travels as JSON in a non-executed ``<script type="application/json">``
block with ``<``, ``>`` and ``&`` escaped, so no string in it can close the block; a
Content-Security-Policy allows only the page's own scripts (by hash) and no requests at all.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import pyvis
from pyvis.network import Network

from .style import legend

__all__ = ["GraphPage", "page_html", "safe_json"]

_VIS = Path(pyvis.__file__).parent / "templates" / "lib" / "vis-9.1.2"
_SLOT = re.compile(r"\{\{(\w+)\}\}")
_JSON_ESCAPES = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026",
                 "\u2028": "\\u2028", "\u2029": "\\u2029"}


@dataclass(frozen=True, slots=True)
class GraphPage:
    """A rendered view: the whole page in ``html``, the counts of what it shows, and a
    ``notice`` when the view is too large to read. Shows itself inline in Jupyter."""

    html: str
    nodes: int
    edges: int
    notice: str | None = None
    height: int = 640

    def save(self, path: str | Path) -> Path:
        """Write the page to ``path`` (UTF-8) and return the path."""
        target = Path(path)
        target.write_text(self.html, encoding="utf-8")
        return target

    def _repr_html_(self) -> str:
        # srcdoc keeps the page whole in the notebook file and works offline in JupyterLab,
        # classic Notebook and VS Code. The sandbox gives the page an origin of its own, so
        # even a script that got in could not reach the notebook (and its kernel).
        return (f'<iframe srcdoc="{html.escape(self.html, quote=True)}" '
                f'sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox" '
                f'title="relgraph graph view" '
                f'style="width:100%;height:{int(self.height)}px;border:1px solid #ddd"></iframe>')

    def __repr__(self) -> str:
        return f"<GraphPage {self.nodes} nodes, {self.edges} edges>"


def safe_json(value: Any) -> str:
    """``value`` as JSON that is safe inside a ``<script>`` element."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return re.sub("[<>&\u2028\u2029]", lambda m: _JSON_ESCAPES[m.group()], text)


def page_html(net: Network, *, title: str, notice: str | None = None) -> str:
    """The complete page for a network built by :func:`~relgraph.views.network.to_pyvis`."""
    nodes, edges, _, _, _, options = net.get_network_data()
    data = {"title": title, "notice": notice, "nodes": nodes, "edges": edges,
            "options": json.loads(options),
            "legend": legend({n["rg"]["type"] for n in nodes},
                             {k for e in edges for k in e["rg"]["kinds"]}),
            "facets": _facets(nodes, edges)}
    vis_js, page_js = _asset("vis-network.min.js"), _asset("page.js")
    scripts = " ".join(f"'sha256-{_digest(s)}'" for s in (vis_js, page_js))
    values = {
        "csp": (f"default-src 'none'; script-src {scripts}; style-src 'unsafe-inline'; "
                f"img-src data:; font-src data:; base-uri 'none'; form-action 'none'"),
        "title": html.escape(title), "vis_css": _asset("vis-network.css"),
        "page_css": _asset("page.css"), "data": safe_json(data),
        "vis_js": vis_js, "page_js": page_js,
    }
    # One pass: inserted text is never scanned again for slots.
    return _SLOT.sub(lambda m: values[m.group(1)], _asset("page.html"))


def _facets(nodes: list[dict[str, Any]], edges: list[dict[str, Any]]) -> dict[str, Any]:
    names = {n["rg"]["country"]: n["rg"]["title"] for n in nodes
             if n["rg"]["type"] == "country" and n["rg"]["country"]}
    codes = {c for e in edges for c in e["rg"]["countries"]}
    codes |= {n["rg"]["country"] for n in nodes if n["rg"]["country"]}
    dates = sorted(e["rg"]["date"][:10] for e in edges if e["rg"]["date"])
    return {"fields": sorted({f for e in edges for f in e["rg"]["fields"]}),
            "countries": sorted(([c, names.get(c, c)] for c in codes), key=lambda p: p[1]),
            "dates": [dates[0], dates[-1]] if dates else None}


def _digest(script: str) -> str:
    return base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii")


@cache
def _asset(name: str) -> str:
    # vis-network comes from the installed pyvis; relgraph's own files from its package.
    if name.startswith("vis-network"):
        text = (_VIS / name).read_text(encoding="utf-8")
    else:
        text = resources.files(__package__).joinpath("assets", name).read_text(encoding="utf-8")
    closer = {".js": "</script", ".css": "</style"}.get(Path(name).suffix)
    if closer and closer in text.lower():
        raise RuntimeError(f"{name} contains {closer}> and cannot be inlined")
    return text
