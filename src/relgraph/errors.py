"""relgraph's exceptions.

::

    RelgraphError
    ├── ArticleError      an input file or row that cannot be read as an article
    ├── StoreError        the store cannot be opened or written (e.g. busy)
    └── QueryError        a SPARQL query that is malformed or fails
"""

from __future__ import annotations

__all__ = ["ArticleError", "QueryError", "RelgraphError", "StoreError"]


class RelgraphError(Exception):
    """Base class of every error relgraph raises on purpose."""


class ArticleError(RelgraphError):
    """An input that cannot be read as an article.

    ``source`` names the file (and ``row`` the JSON Lines row, counted from 1); the message
    is one line meant for the user.
    """

    def __init__(self, source: str, reason: str, *, row: int | None = None) -> None:
        self.source = source
        self.reason = reason
        self.row = row
        where = f"{source}:{row}" if row is not None else source
        super().__init__(f"{where}: {reason}")


class StoreError(RelgraphError):
    """The store cannot be opened, read or written."""


class QueryError(RelgraphError):
    """A SPARQL query that does not parse or cannot be evaluated."""
