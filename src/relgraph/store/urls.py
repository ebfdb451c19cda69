"""Store locations that are URLs: which ones, and where their update endpoint is.

Kept apart from :mod:`relgraph.store.remote` so that telling a URL from a folder never
needs the HTTP client installed.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit, urlunsplit

__all__ = ["is_url", "update_url_for"]


def is_url(location: object) -> bool:
    """Whether a ``--store`` value names a SPARQL server rather than a folder."""
    return isinstance(location, str) and re.match(r"https?://", location, re.IGNORECASE) is not None


def update_url_for(query_url: str) -> str:
    """The update endpoint that goes with a query endpoint: ``.../query`` -> ``.../update``
    (Oxigraph, Fuseki), ``.../repositories/NAME`` -> ``.../repositories/NAME/statements``
    (GraphDB, RDF4J), otherwise the same URL (Virtuoso, QLever, ``relgraph serve``). The
    query string is dropped: it holds query options only."""
    parts = urlsplit(query_url)
    path = parts.path
    if path.endswith("/query"):
        path = path[: -len("query")] + "update"
    elif re.search(r"/repositories/[^/]+/?$", path):
        path = path.rstrip("/") + "/statements"
    return urlunsplit((parts.scheme, parts.netloc, path, "", ""))
