"""Relative dates ("on Monday", "last week", "on May 15") resolved against the article date."""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

__all__ = ["long_before", "names_a_date", "resolve_date"]

_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
           "september", "october", "november", "december"]
_MONTH = "|".join(_MONTHS)

_WEEKDAY_RE = re.compile(r"\b(on |last |this |next |coming )?(" + "|".join(_WEEKDAYS) + r")\b",
                         re.I)
_MONTH_DAY_RE = re.compile(rf"\b(?:on )?({_MONTH})\s+(\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(\d{{4}}))?\b", re.I)
_DAY_MONTH_RE = re.compile(rf"\b(?:on )?(\d{{1,2}})(?:st|nd|rd|th)?\s+({_MONTH})(?:,?\s+(\d{{4}}))?\b", re.I)
# "in August", "last October", "in March 2024": the first day of that month.
_MONTH_ONLY_RE = re.compile(rf"\b(?:in|during|last|early|late|mid-)\s*({_MONTH})(?!\s+\d{{1,2}}\b)"
                            rf"(?:\s+(\d{{4}}))?\b", re.I)
_RELATIVE = {"yesterday": -1, "today": 0, "tomorrow": 1, "last week": -7, "next week": 7,
             "earlier this week": -3, "last month": -30, "next month": 30, "the day before": -1,
             "the day after": 1, "a day earlier": -1, "a day later": 1}
_AGO_RE = re.compile(r"\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten) "
                     r"(day|week)s? (ago|earlier|later)\b", re.I)
_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
            "eight": 8, "nine": 9, "ten": 10}
_RELATIVE_RE = re.compile(r"\b(" + "|".join(_RELATIVE) + r")\b", re.I)


@lru_cache(maxsize=8192)
def resolve_date(text: str, article_date: str | None) -> str | None:
    """The date a sentence speaks of, resolved against ``article_date`` (ISO), or the
    article date when the sentence names none.

    >>> resolve_date("spoke by phone on Sunday", "2025-08-12")
    '2025-08-10'
    >>> resolve_date("met on May 15", "2025-06-01")
    '2025-05-15'
    """
    if not article_date:
        return None
    try:
        base = dt.date.fromisoformat(article_date)
    except ValueError:
        return None
    found = _explicit(text, base)
    return (found or base).isoformat()


def long_before(day: str | None, article_date: str | None, *, days: int = 7) -> bool:
    """Whether ``day`` (ISO) lies at least ``days`` before the article's date: a past
    event recalled, not the news of the day.

    >>> long_before("2023-03-10", "2023-04-07")
    True
    """
    try:
        return dt.date.fromisoformat(article_date or "") - dt.date.fromisoformat(day or "") \
            >= dt.timedelta(days=days)
    except ValueError:
        return False


def names_a_date(text: str) -> bool:
    """Whether the text says when ("on Monday", "on May 15", "two days ago")."""
    return _explicit(text, dt.date(2000, 1, 1)) is not None


def _explicit(text: str, base: dt.date) -> dt.date | None:
    for pattern, order in ((_MONTH_DAY_RE, "md"), (_DAY_MONTH_RE, "dm")):
        match = pattern.search(text)
        if match:
            if order == "md":
                month_name, day, year = match.groups()
            else:
                day, month_name, year = match.groups()
            month = _MONTHS.index(month_name.lower()) + 1
            try:
                when = dt.date(int(year) if year else base.year, month, int(day))
            except ValueError:
                continue
            if not year and when > base:  # news speaks of the past: "on December 30" in January
                when = when.replace(year=when.year - 1)
            return when
    match = _MONTH_ONLY_RE.search(text)
    if match:
        month = _MONTHS.index(match.group(1).lower()) + 1
        when = dt.date(int(match.group(2)) if match.group(2) else base.year, month, 1)
        if not match.group(2) and when > base:
            when = when.replace(year=when.year - 1)
        return when
    match = _AGO_RE.search(text)
    if match:
        count = int(match.group(1)) if match.group(1).isdigit() else _NUMBERS[match.group(1).lower()]
        days = count * (7 if match.group(2).lower() == "week" else 1)
        return base + dt.timedelta(days=days if match.group(3).lower() == "later" else -days)
    match = _WEEKDAY_RE.search(text)
    if match:
        target = _WEEKDAYS.index(match.group(2).lower())
        if (match.group(1) or "").lower().startswith("next"):
            ahead = (target - base.weekday()) % 7 or 7
            return base + dt.timedelta(days=ahead)
        back = (base.weekday() - target) % 7
        return base - dt.timedelta(days=back)
    match = _RELATIVE_RE.search(text)
    if match:
        return base + dt.timedelta(days=_RELATIVE[match.group(1).lower()])
    return None
