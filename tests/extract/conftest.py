"""Helpers for the extractor's tests: run the extractor on a small text written for the
test and look at the record the way the scorer does (names compared with case,
diacritics, initials and honorifics folded away)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from typing import Any

import pytest

from relgraph.extract import Record, extract
from relgraph.read.article import Article

#: The article date every fixture uses unless a test says otherwise: Tuesday 20 May 2025.
DATE = "2025-05-20"

# Honorifics the scorer drops ("H.E." falls apart into single letters, dropped as initials).
_HONORIFICS = {"mr", "mrs", "ms", "dr", "prof", "sir", "madam", "excellency"}


def name_tokens(name: str) -> tuple[str, ...]:
    """A name's tokens as the scorer compares them: folded, without initials or honorifics."""
    text = unicodedata.normalize("NFKD", name.replace("ı", "i").replace("ə", "a")
                                 .replace("ł", "l").replace("Ł", "L").replace("đ", "d")
                                 .replace("Đ", "D"))
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    tokens = [t for t in re.split(r"[\s.]+", text) if t]
    return tuple(t for t in tokens if len(t) > 1 and t not in _HONORIFICS)


def same_name(a: str, b: str) -> bool:
    """SCHEMA.md's name rule: one name's tokens contain the other's."""
    ka, kb = set(name_tokens(a)), set(name_tokens(b))
    return bool(ka) and bool(kb) and (ka <= kb or kb <= ka)


class View:
    """An extraction record with the questions tests ask of it."""

    def __init__(self, record: Record, text: str) -> None:
        self.record = record
        self.text = text
        self.data: dict[str, Any] = record.to_dict(evidence=False)

    def __repr__(self) -> str:  # shown by pytest when an assertion fails
        return f"View({self.data!r})"

    # --- lists ------------------------------------------------------------------------
    @property
    def countries(self) -> set[str]:
        return set(self.data["countries"])

    @property
    def persons(self) -> list[dict[str, Any]]:
        return self.data["persons"]

    @property
    def organizations(self) -> list[dict[str, Any]]:
        return self.data["organizations"]

    @property
    def events(self) -> list[dict[str, Any]]:
        return self.data["events"]

    @property
    def statements(self) -> list[dict[str, Any]]:
        return self.data["statements"]

    @property
    def cooperation(self) -> set[tuple[frozenset[str], str]]:
        return {(frozenset(c["parties"]), c["field"]) for c in self.data["cooperation"]}

    @property
    def meetings(self) -> list[dict[str, Any]]:
        return self.data["meetings"]

    @property
    def participations(self) -> list[dict[str, Any]]:
        return self.data["participations"]

    # --- look-ups ---------------------------------------------------------------------
    def person(self, name: str) -> dict[str, Any] | None:
        """The one person the name stands for (``None`` if absent; two matches fail)."""
        found = [p for p in self.persons if same_name(p["name"], name)]
        assert len(found) <= 1, f"{name!r} matches several persons: {found}"
        return found[0] if found else None

    def organization(self, *words: str) -> dict[str, Any] | None:
        """The first organisation whose name contains every word (case folded)."""
        for org in self.organizations:
            if all(w.casefold() in org["name"].casefold() for w in words):
                return org
        return None

    def event(self, *words: str) -> dict[str, Any] | None:
        for event in self.events:
            if all(w.casefold() in event["name"].casefold() for w in words):
                return event
        return None

    def statements_by(self, speaker: str) -> list[dict[str, Any]]:
        if re.fullmatch(r"[A-Z]{3}", speaker):
            return [s for s in self.statements if s["speaker"] == speaker]
        return [s for s in self.statements if same_name(s["speaker"], speaker)]

    def meeting_between(self, *participants: str) -> dict[str, Any] | None:
        """The first meeting whose participants include every one given (names by the
        name rule, countries by code)."""
        for meeting in self.meetings:
            if all(any(_same_agent(p, q) for q in meeting["participants"]) for p in participants):
                return meeting
        return None

    def participation(self, agent: str, *event_words: str) -> dict[str, Any] | None:
        for item in self.participations:
            if _same_agent(agent, item["agent"]) and all(
                    w.casefold() in item["event"].casefold() for w in event_words):
                return item
        return None


def _same_agent(a: str, b: str) -> bool:
    if re.fullmatch(r"[A-Z]{3}", a) or re.fullmatch(r"[A-Z]{3}", b):
        return a == b
    return same_name(a, b)


@pytest.fixture
def extracted() -> Callable[..., View]:
    """``extracted(text, date=DATE)``: the record of a one-off article, as a :class:`View`."""

    def run(text: str, date: str | None = DATE, article_id: str = "fixture") -> View:
        return View(extract(Article(id=article_id, text=text, date=date)), text)

    return run
