"""Stores: the embedded Oxigraph default (on disk), rdflib in memory."""

from __future__ import annotations

import os
from pathlib import Path

from ..errors import StoreError
from .base import EXPORT_FORMATS, QueryResult, Store
from .memory import MemoryStore
from .oxigraph import OxigraphStore
from .results import Rows
from .urls import is_url

__all__ = [
    "DEFAULT_STORE",
    "EXPORT_FORMATS",
    "MemoryStore",
    "OxigraphStore",
    "QueryResult",
    "Rows",
    "Store",
    "default_location",
    "open_store",
]

#: Where the embedded store lives unless told otherwise: ``.relgraph/store`` under the
#: current directory, or the folder named by the ``RELGRAPH_STORE`` environment variable.
DEFAULT_STORE = Path(".relgraph") / "store"


def default_location() -> Path:
    return Path(os.environ.get("RELGRAPH_STORE") or DEFAULT_STORE)


def open_store(location: str | Path | None = None, *, read_only: bool = False) -> Store:
    """Open a store: ``"memory"`` (rdflib in memory), ``"oxigraph:memory"`` (Oxigraph in
    memory), the ``http(s)://`` query endpoint URL of a SPARQL 1.1 server (see
    :mod:`relgraph.store.remote`), or a folder for the embedded on-disk Oxigraph store (the
    default)."""
    if is_url(location):
        # Imported here: the HTTP client is only needed by those who use a server.
        try:
            from .remote import RemoteStore
        except ImportError as err:  # pragma: no cover - depends on the environment
            raise StoreError(f"a SPARQL server as store needs httpx2 or httpx ({err}): "
                             "pip install 'relgraph[remote]'") from None
        return RemoteStore.from_url(str(location), read_only=read_only)
    if location == "memory":
        return MemoryStore()
    if location == "oxigraph:memory":
        return OxigraphStore(None)
    path = Path(location) if location is not None else default_location()
    return OxigraphStore(path, read_only=read_only)
