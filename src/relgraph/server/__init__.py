"""``relgraph serve``: the graph as a SPARQL 1.1 Protocol endpoint, with a query page.

Built on Starlette and uvicorn (the ``serve`` extra); importing this package needs neither,
so the CLI can list the command where they are not installed.
"""

from __future__ import annotations

from typing import Any

__all__ = ["ServerConfig", "create_app"]


def __getattr__(name: str) -> Any:
    # Loaded on first use: the app needs Starlette, the command registration does not.
    if name in __all__:
        from . import app

        return getattr(app, name)
    raise AttributeError(name)
