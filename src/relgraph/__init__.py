"""relgraph: news articles about relations between countries, as a knowledge graph.

>>> import relgraph
>>> kg = relgraph.open("memory")
>>> kg.ingest(["data/articles"]).summary()                         # doctest: +SKIP
'articles 54 (added 54, skipped 0 unchanged), failed 0, triples added ...'
"""

from .errors import ArticleError, QueryError, RelgraphError, StoreError
from .extract import Record, extract
from .graph import IngestReport, KnowledgeGraph, open
from .read import Article, read_articles
from .store import Rows

__all__ = [
    "Article",
    "ArticleError",
    "IngestReport",
    "KnowledgeGraph",
    "QueryError",
    "Record",
    "RelgraphError",
    "Rows",
    "StoreError",
    "extract",
    "open",
    "read_articles",
]
__version__ = "0.1.0"
