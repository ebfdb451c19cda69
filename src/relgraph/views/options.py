"""What a view shows: the whole graph, an ego network, a pair of countries, a CONSTRUCT
query's subgraph, or the aggregated country network."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..errors import RelgraphError

__all__ = ["LARGE_VIEW", "ViewOptions", "large_view_notice"]

#: Above this many nodes a whole picture stops being readable (and slows on modest
#: laptops): the page still renders, but relgraph says so and suggests a narrower view.
LARGE_VIEW = 2000


@dataclass(frozen=True, slots=True)
class ViewOptions:
    """The choice of subgraph. ``focus`` is a node label or an ISO country code with
    ``hops`` around it; ``pair`` two alpha-3 codes; ``query`` a CONSTRUCT query (its text
    or a ``.rq`` file) whose resources pick the subgraph; ``countries`` the aggregated
    country network (combinable with ``focus``). ``title`` overrides the page heading."""

    focus: str | None = None
    hops: int = 1
    pair: tuple[str, str] | None = None
    query: str | Path | None = None
    countries: bool = False
    title: str | None = None

    def __post_init__(self) -> None:
        chosen = [name for name, value in (("focus", self.focus), ("pair", self.pair),
                                           ("query", self.query)) if value]
        if len(chosen) > 1:
            raise RelgraphError(f"choose one of focus, pair and query, not {' and '.join(chosen)}")
        if self.countries and (self.pair or self.query):
            raise RelgraphError("countries combines with focus only")
        if self.hops < 0:
            raise RelgraphError("hops must be 0 or more")
        if self.pair is not None and (len(self.pair) != 2 or self.pair[0] == self.pair[1]):
            raise RelgraphError("pair needs two different country codes")

    def heading(self) -> str:
        """The page title: the one given, or a description of the view."""
        if self.title:
            return self.title
        base = "relgraph: countries" if self.countries else "relgraph"
        if self.focus:
            return f"{base}: {self.focus} and {self.hops} hop{'s' * (self.hops != 1)} around"
        if self.pair:
            return f"{base}: {self.pair[0].upper()} and {self.pair[1].upper()}"
        if self.query:
            file = self.query_file()
            return f"{base}: {file.name if file else 'query'}"
        return base if self.countries else f"{base}: whole graph"

    def query_file(self) -> Path | None:
        """The file ``query`` names, if it names one rather than holding the text."""
        query = self.query
        if isinstance(query, Path):
            return query
        if query and "\n" not in query and len(query) < 4096 \
                and Path(query).suffix in (".rq", ".sparql"):
            return Path(query)
        return None

    def sparql(self) -> str | None:
        """The CONSTRUCT query's text, read from its file if need be."""
        file = self.query_file()
        if file is None:
            return str(self.query) if self.query else None
        try:
            return file.read_text(encoding="utf-8")
        except OSError as err:
            raise RelgraphError(f"cannot read query {file}: {err.strerror}") from err


def large_view_notice(nodes: int) -> str | None:
    """A message for views too large to read, or ``None``."""
    if nodes <= LARGE_VIEW:
        return None
    return (f"this view has {nodes:,} nodes (more than {LARGE_VIEW:,}) and will be hard to "
            f"read: narrow it with --focus NAME_OR_CODE --hops 1 (focus=...) or aggregate it "
            f"with --countries (countries=True)")

