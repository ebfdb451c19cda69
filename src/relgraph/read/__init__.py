"""Reading articles: plain text with a date head, JSON Lines and HTML."""

from .article import Article
from .files import read_articles

__all__ = ["Article", "read_articles"]
