"""Time (``relgraph.extract.dates`` and the dates on every relation): relative dates are
resolved against the article date; a sentence that names no date takes the article's."""

from __future__ import annotations

import pytest

from relgraph.extract.dates import long_before, resolve_date

TUESDAY = "2025-05-20"


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        pytest.param("met on Monday", "2025-05-19", id="on-monday"),
        pytest.param("spoke by phone on Sunday", "2025-05-18", id="on-sunday"),
        pytest.param("met last Friday", "2025-05-16", id="last-friday"),
        pytest.param("met on Wednesday", "2025-05-14", id="weekday-after-article-day"),
        pytest.param("met on Tuesday", "2025-05-20", id="same-weekday-is-today"),
        pytest.param("met yesterday", "2025-05-19", id="yesterday"),
        pytest.param("met today", "2025-05-20", id="today"),
        pytest.param("met last week", "2025-05-13", id="last-week"),
        pytest.param("met on May 15", "2025-05-15", id="month-day"),
        pytest.param("met on May 15th", "2025-05-15", id="month-day-ordinal"),
        pytest.param("met on 15 May", "2025-05-15", id="day-month"),
        pytest.param("met on March 3, 2024", "2024-03-03", id="month-day-year"),
        pytest.param("met on 3 March 2024", "2024-03-03", id="day-month-year"),
        pytest.param("met on December 30", "2024-12-30", id="later-month-is-last-year"),
        pytest.param("met two days ago", "2025-05-18", id="two-days-ago"),
        pytest.param("met on Monday, May 12", "2025-05-12", id="weekday-and-date"),
        pytest.param("last met in March", "2025-03-01", id="month-only"),
        pytest.param("met in August", "2024-08-01", id="later-month-only-is-last-year"),
        pytest.param("met in March 2023", "2023-03-01", id="month-and-year"),
    ],
)
def test_relative_dates_resolved_against_the_article_date(phrase, expected):
    assert resolve_date(phrase, TUESDAY) == expected


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        pytest.param("will meet tomorrow", "2025-05-21", id="tomorrow"),
        pytest.param("will meet next Monday", "2025-05-26", id="next-monday"),
        pytest.param("will meet next week", "2025-05-27", id="next-week"),
    ],
)
def test_future_references(phrase, expected):
    assert resolve_date(phrase, TUESDAY) == expected


@pytest.mark.parametrize(
    "phrase",
    [
        pytest.param("The ministers signed the agreement.", id="no-date"),
        pytest.param("The treaty has 31 articles and 2 annexes.", id="numbers-are-not-dates"),
        pytest.param("May the talks succeed, he said.", id="may-the-verb"),
    ],
)
def test_no_date_gives_the_article_date(phrase):
    assert resolve_date(phrase, TUESDAY) == TUESDAY


@pytest.mark.parametrize("article_date", [None, "", "not-a-date", "20/05/2025"])
def test_without_a_usable_article_date_nothing_is_guessed(article_date):
    assert resolve_date("met on Monday", article_date) is None


def test_january_article_and_december_event():
    assert resolve_date("signed on December 30", "2026-01-03") == "2025-12-30"


def test_leap_day_and_impossible_dates():
    assert resolve_date("met on February 29", "2024-03-05") == "2024-02-29"
    # An impossible date is no date: the article date stands.
    assert resolve_date("met on February 30", "2025-03-05") == "2025-03-05"


# --- dates on the relations of a record ---------------------------------------------------

AR = "Argentine Foreign Minister Pablo Medina"
UY = "Uruguayan Foreign Minister Martín Sosa"


@pytest.mark.parametrize(
    ("when", "expected"),
    [
        pytest.param("on Monday", "2025-05-19", id="on-monday"),
        pytest.param("last week", "2025-05-13", id="last-week"),
        pytest.param("on May 15", "2025-05-15", id="on-may-15"),
        pytest.param("yesterday", "2025-05-19", id="yesterday"),
    ],
)
def test_meeting_date(extracted, when, expected):
    view = extracted(f"{AR} met {UY} in Montevideo {when}.", date=TUESDAY)
    assert [m["date"] for m in view.meetings] == [expected]


def test_meeting_without_a_date_takes_the_article_date(extracted):
    view = extracted(f"{AR} met {UY} in Montevideo.", date=TUESDAY)
    assert [m["date"] for m in view.meetings] == [TUESDAY]


def test_cooperation_date(extracted):
    view = extracted("Argentina and Uruguay signed an agreement on river transport on Monday.",
                     date=TUESDAY)
    assert [c["date"] for c in view.data["cooperation"]] == ["2025-05-19"]


def test_statement_date(extracted):
    view = extracted(f"{AR} said on Sunday that Argentina wanted a new bridge to Uruguay.",
                     date=TUESDAY)
    assert [s["date"] for s in view.statements] == ["2025-05-18"]


def test_participation_date(extracted):
    view = extracted("Ghanaian Trade Minister Kwame Asante attended the 11th Africa-Asia Trade "
                     "Forum in Kigali last Friday.", date=TUESDAY)
    assert [p["date"] for p in view.participations] == ["2025-05-16"]


def test_event_date(extracted):
    view = extracted("The 11th Africa-Asia Trade Forum opened in Kigali on May 15.",
                     date=TUESDAY)
    assert [e["date"] for e in view.events] == ["2025-05-15"]


def test_each_relation_keeps_the_date_of_its_own_sentence(extracted):
    view = extracted(f"{AR} met {UY} in Montevideo on Monday. On Sunday, Medina spoke by phone "
                     "with Brazilian Foreign Minister Helena Prado.", date=TUESDAY)
    dates = {frozenset(m["participants"]): m["date"] for m in view.meetings}
    assert dates == {frozenset({"Pablo Medina", "Martín Sosa"}): "2025-05-19",
                     frozenset({"Pablo Medina", "Helena Prado"}): "2025-05-18"}


def test_no_article_date_gives_no_relation_dates(extracted):
    view = extracted(f"{AR} met {UY} in Montevideo on Monday.", date=None)
    assert [m["date"] for m in view.meetings] == [None]


@pytest.mark.parametrize(
    ("day", "article_date", "expected"),
    [("2023-03-10", "2023-04-07", True), ("2023-04-01", "2023-04-07", False),
     ("2023-04-08", "2023-04-07", False), (None, "2023-04-07", False),
     ("2023-03-10", None, False), ("2023-02-30", "2023-04-07", False)],
)
def test_long_before(day, article_date, expected):
    assert long_before(day, article_date) is expected
