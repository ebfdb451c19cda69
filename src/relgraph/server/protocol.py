"""The SPARQL 1.1 Protocol's requests: a query by GET or POST (form or direct body), an
update by POST only, read into one :class:`Operation` or refused with a status and reason."""

from __future__ import annotations

import hmac
from dataclasses import dataclass
from typing import Literal
from urllib.parse import parse_qsl

from starlette.requests import Request

__all__ = ["Operation", "ProtocolError", "bearer_token_ok", "read_operation"]

# A dataset given with the request instead of in the query: relgraph always queries the
# union of its graphs, so these are refused rather than silently ignored.
_DATASET_PARAMS = ("default-graph-uri", "named-graph-uri", "using-graph-uri",
                   "using-named-graph-uri")


class ProtocolError(Exception):
    """A request the endpoint refuses: ``status`` and a one-line reason."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


@dataclass(frozen=True, slots=True)
class Operation:
    """One SPARQL operation: its kind, its text and the ``format=`` the client asked for."""

    kind: Literal["query", "update"]
    text: str
    format: str | None = None


async def read_operation(request: Request, max_body: int) -> Operation:
    """Read the operation a request carries, or raise :class:`ProtocolError`."""
    url_params = parse_qsl(request.url.query, keep_blank_values=True, max_num_fields=100)
    if request.method == "GET":
        return _from_params(url_params, allow_update=False)
    if request.method != "POST":
        raise ProtocolError(405, "use GET or POST")
    media = request.headers.get("content-type", "").split(";")[0].strip().lower()
    body = await _read_body(request, max_body)
    if media == "application/x-www-form-urlencoded":
        try:
            form = parse_qsl(body.decode("utf-8"), keep_blank_values=True, max_num_fields=100)
        except (UnicodeDecodeError, ValueError) as err:
            raise ProtocolError(400, f"unreadable form: {err}") from None
        return _from_params(url_params + form, allow_update=True)
    if media in ("application/sparql-query", "application/sparql-update"):
        _refuse_dataset(url_params)
        kind: Literal["query", "update"] = "query" if media.endswith("query") else "update"
        try:
            text = body.decode("utf-8")
        except UnicodeDecodeError:
            raise ProtocolError(400, "the request body is not UTF-8") from None
        return Operation(kind, text, _format(url_params))
    raise ProtocolError(415, "POST a form (application/x-www-form-urlencoded), "
                             "application/sparql-query or application/sparql-update")


def bearer_token_ok(request: Request, token: str | None) -> bool:
    """Whether the request carries ``Authorization: Bearer <token>`` (compared in constant
    time, so the comparison tells nothing about how much of a guess was right)."""
    if not token:
        return False
    scheme, _, given = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not given.strip():
        return False
    return hmac.compare_digest(given.strip().encode("utf-8"), token.encode("utf-8"))


def _from_params(params: list[tuple[str, str]], *, allow_update: bool) -> Operation:
    _refuse_dataset(params)
    queries = [value for key, value in params if key == "query"]
    updates = [value for key, value in params if key == "update"]
    if queries and updates:
        raise ProtocolError(400, "a request carries a query or an update, not both")
    if updates:
        if not allow_update:
            raise ProtocolError(405, "updates must be POSTed")
        if len(updates) > 1:
            raise ProtocolError(400, "more than one update parameter")
        return Operation("update", updates[0], _format(params))
    if len(queries) != 1:
        raise ProtocolError(400, "pass exactly one query parameter (GET /sparql?query=...)")
    return Operation("query", queries[0], _format(params))


def _format(params: list[tuple[str, str]]) -> str | None:
    for key, value in params:
        if key in ("format", "output") and value:
            return value
    return None


def _refuse_dataset(params: list[tuple[str, str]]) -> None:
    for key, _ in params:
        if key in _DATASET_PARAMS:
            raise ProtocolError(400, f"{key} is not supported: relgraph queries the union of "
                                     "its graphs; use FROM or GRAPH in the query instead")


async def _read_body(request: Request, max_body: int) -> bytes:
    declared = request.headers.get("content-length")
    if declared is not None and declared.isdigit() and int(declared) > max_body:
        raise ProtocolError(413, f"request body over {max_body} bytes")
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > max_body:
            raise ProtocolError(413, f"request body over {max_body} bytes")
        chunks.append(chunk)
    return b"".join(chunks)
