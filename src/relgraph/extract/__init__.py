"""Extraction: from an article to its record (people, organisations, events, statements,
cooperation, meetings, participations), each item with its evidence."""

from .pipeline import extract
from .records import Record

__all__ = ["Record", "extract"]
