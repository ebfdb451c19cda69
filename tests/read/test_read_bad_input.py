"""The readers on bad input: each problem is one ArticleError or one warning, never a crash.

Small fixtures live in tests/fixtures/bad; big and binary files are made in tmp_path.
"""

from __future__ import annotations

import codecs
import datetime as dt
import random
import time
import tracemalloc
from pathlib import Path

import pytest

from relgraph.errors import ArticleError
from relgraph.extract import extract
from relgraph.read import Article, read_articles
from relgraph.read.files import MAX_BYTES, decode
from relgraph.read.formats import check_date, parse_html, parse_jsonl, parse_text
from relgraph.read.guards import (
    MAX_PARAGRAPH_WORDS,
    MAX_SENTENCE_WORDS,
    break_long_runs,
    clean_text,
    guard_article,
    unbalanced_quote_lines,
)


@pytest.fixture(scope="module")
def bad(fixtures: Path) -> Path:
    return fixtures / "bad"


def read_one(path: Path) -> Article | ArticleError:
    """The single item a one-article file gives."""
    items = list(read_articles([path]))
    assert len(items) == 1, items
    return items[0]


def five_thousand_word_sentence() -> str:
    """One run-on sentence of 5,000 words, reporting verbs and names among them."""
    rng = random.Random(7)
    vocabulary = ("the", "minister", "said", "that", "Azerbaijan", "and", "Türkiye", "would",
                  "cooperate", "in", "energy", "noted", "Aliyev", "stressed", "with", "Baku")
    return " ".join(rng.choice(vocabulary) for _ in range(5000)) + "."


# --- files: empty, binary, encodings, size -------------------------------------------------
def test_empty_file_is_an_error(bad: Path):
    item = read_one(bad / "empty.txt")
    assert isinstance(item, ArticleError)
    assert str(item) == f"{bad / 'empty.txt'}: empty file"


@pytest.mark.parametrize("kind", ["random", "png", "zeros"])
def test_binary_file_is_an_error(tmp_path: Path, kind: str):
    rng = random.Random(1)
    data = {"random": bytes(rng.randrange(256) for _ in range(4096)),
            "png": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8,
            "zeros": bytes(1000)}[kind]
    path = tmp_path / "picture.txt"
    path.write_bytes(data)
    item = read_one(path)
    assert isinstance(item, ArticleError)
    assert item.source == str(path)
    assert "binary" in item.reason or "not UTF-8" in item.reason


def test_latin1_is_decoded_with_a_warning(bad: Path):
    item = read_one(bad / "latin1.txt")
    assert isinstance(item, Article)
    assert "Türkiye" in item.text and "café" in item.title
    assert any("Latin-1" in w for w in item.warnings)


def test_utf16_with_mark_is_decoded_with_a_warning(bad: Path):
    item = read_one(bad / "utf16.txt")
    assert isinstance(item, Article)
    assert item.date == "2025-03-05" and "Kazakh Minister" in item.text
    assert item.warnings == ("decoded as UTF-16 (byte-order mark)",)


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_mark_is_guessed_with_a_warning(tmp_path: Path, codec: str):
    path = tmp_path / "wide.txt"
    path.write_bytes("date 2025-01-02\nAzerbaijan and Georgia met in Baku.\n".encode(codec))
    item = read_one(path)
    assert isinstance(item, Article)
    assert item.date == "2025-01-02" and item.text == "Azerbaijan and Georgia met in Baku."
    assert item.warnings == (f"decoded as {codec.upper()} (no byte-order mark; guessed from "
                             "zero bytes)",)


def test_utf32_and_broken_utf16_are_told_apart():
    text = "date 2025-01-02\nAzerbaijan and Georgia met in Baku."
    assert decode(text.encode("utf-32"), "a.txt") == (text, ["decoded as UTF-32 (byte-order "
                                                             "mark)"])
    with pytest.raises(ArticleError, match="invalid UTF-16 text"):
        decode(codecs.BOM_UTF16_LE + b"\x00\xd8A\x00", "a.txt")  # a lone surrogate


def test_fifty_megabyte_file_is_refused_without_reading_it(tmp_path: Path):
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:  # sparse: costs no disk and no time
        handle.write(b"date 2025-01-01\n")
        handle.truncate(50 * 2**20)
    tracemalloc.start()
    try:
        item = read_one(path)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert isinstance(item, ArticleError)
    assert item.reason == "file too large (50 MB, limit 20 MB): split it into smaller files"
    assert peak < 2**20  # nothing of the file was read into memory


def test_file_just_under_the_limit_is_read(tmp_path: Path):
    path = tmp_path / "long.txt"
    sentence = b"Azerbaijan and Georgia discussed transport corridors. "
    path.write_bytes(b"date 2025-01-01\n" + sentence * ((MAX_BYTES - 100) // len(sentence)))
    item = read_one(path)
    assert isinstance(item, Article) and len(item.text) > MAX_BYTES - 200


def test_missing_path_and_pipe_are_errors(tmp_path: Path):
    import os

    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)  # reading it would block forever
    items = list(read_articles([tmp_path / "nothing.txt", fifo]))
    assert [str(i) for i in items] == [f"{tmp_path / 'nothing.txt'}: no such file or folder",
                                       f"{fifo}: not a regular file"]


# --- dates ---------------------------------------------------------------------------------
def test_missing_date_is_a_warning(bad: Path):
    item = read_one(bad / "no-date.txt")
    assert isinstance(item, Article) and item.date is None
    assert len(item.warnings) == 1 and "no 'date YYYY-MM-DD' head" in item.warnings[0]


def test_malformed_date_is_an_error(bad: Path):
    item = read_one(bad / "bad-date.txt")
    assert isinstance(item, ArticleError)
    assert item.reason == "malformed date '2025-13-45' (no such day)"


def test_future_date_is_kept_with_a_warning(bad: Path):
    item = read_one(bad / "future-date.txt")
    assert isinstance(item, Article) and item.date == "2999-01-01"
    assert item.warnings == ("date 2999-01-01 is in the future",)


@pytest.mark.parametrize(("value", "expected"), [
    ("2025-02-28", "2025-02-28"),
    ("2025-02-28T23:59:00+04:00", "2025-02-28"),
    ("2025-02-28 10:00", "2025-02-28"),
    ("2025-02-28 10:00 UTC", "2025-02-28"),
    ("  2025-02-28 ", "2025-02-28"),
])
def test_dates_that_are_read(value: str, expected: str):
    assert check_date(value, "a.txt", today=dt.date(2026, 1, 1)) == (expected, [])


@pytest.mark.parametrize("value", ["2025-13-45", "2025-02-29", "0000-01-01", "25-02-28",
                                   "yesterday", "٢٠٢٥-٠٢-٢٨", "2025-02-28x",
                                   "2025-02-28 or so", "x" * 500])
def test_dates_that_are_refused(value: str):
    with pytest.raises(ArticleError, match="malformed date") as info:
        check_date(value, "a.txt", row=3)
    assert str(info.value).startswith("a.txt:3: malformed date")
    assert len(str(info.value)) < 120  # a long value is cut, the line stays short


@pytest.mark.parametrize("value", [None, "", "   "])
def test_empty_dates_are_missing(value: str | None):
    date, warnings = check_date(value, "a.txt")
    assert date is None and warnings == ["no date: relative dates stay unresolved"]


def test_a_first_word_date_is_not_a_date_head():
    article = parse_text("Date palms grew well in Egypt this year.", article_id="a",
                         source="a.txt")
    assert article.text == "Date palms grew well in Egypt this year." and article.date is None


# --- JSON Lines ----------------------------------------------------------------------------
def test_broken_row_is_reported_and_good_rows_are_kept(bad: Path):
    items = list(read_articles([bad / "feed.jsonl"]))
    assert [type(i).__name__ for i in items] == ["Article", "ArticleError", "Article"]
    assert [i.id for i in items if isinstance(i, Article)] == ["feed-ken-eth", "feed-deu-pol"]
    error = items[1]
    assert isinstance(error, ArticleError) and error.row == 2
    assert str(error).startswith(f"{bad / 'feed.jsonl'}:2: not valid JSON: Unterminated string")


@pytest.mark.parametrize(("line", "reason"), [
    ("[" * 100_000, "not valid JSON: nested too deeply"),
    ('{"text": "x", "n": ' + "9" * 5000 + "}", "not valid JSON: Exceeds the limit"),
    ('["a list"]', "row is not a JSON object"),
    ('{"text": 42}', "row has no 'text'"),
    ('{"text": "\\u0000 \\u0007"}', "row has no 'text'"),
    ('{"text": "Azerbaijan.", "date": "2025-13-45"}', "malformed date"),
])
def test_bad_rows(line: str, reason: str):
    good = '{"id": "ok", "text": "Azerbaijan and Georgia met."}'
    items = list(parse_jsonl(f"{good}\n{line}\n{good.replace('ok', 'ok2')}", source="f.jsonl"))
    assert [getattr(i, "id", None) for i in items] == ["ok", None, "ok2"]
    assert isinstance(items[1], ArticleError) and items[1].row == 2
    assert items[1].reason.startswith(reason)


def test_rows_end_at_line_feeds_only():
    # U+2028 is allowed raw inside a JSON string; it must not split the row.
    items = list(parse_jsonl('{"text": "Baku\u2028Tbilisi"}\r\n{"text": "Ankara"}\n',
                             source="f.jsonl"))
    assert [i.text for i in items] == ["Baku\u2028Tbilisi", "Ankara"]
    assert [i.path for i in items] == ["f.jsonl:1", "f.jsonl:2"]


def test_lone_surrogates_and_controls_are_repaired():
    row = '{"id": "a\\ud800", "title": "T\\u0007", "text": "Azerbaijan\\udc00 and\\u0000Georgia"}'
    raw = next(parse_jsonl(row, source="f.jsonl"))
    assert isinstance(raw, Article)
    assert raw.text == "Azerbaijan\ufffd and Georgia" and raw.id == "a\ufffd"
    assert raw.title == "T "
    raw.text.encode("utf-8")  # storable


# --- HTML ----------------------------------------------------------------------------------
def test_scripts_styles_and_comments_never_reach_the_record(bad: Path):
    item = read_one(bad / "scripts.html")
    assert isinstance(item, Article)
    assert item.date == "2025-05-10" and item.title == "India and Pakistan hold talks"
    assert item.warnings == ()
    record = extract(item)
    dumped = repr(record.to_dict()) + item.text + (item.title or "")
    assert "SECRET" not in dumped and "SCRIPT-WRITTEN" not in dumped
    assert "Jaishankar" in item.text and "cooperate in trade" in item.text


@pytest.mark.parametrize("page", [
    "<p>Azerbaijan<![x]> and Georgia met.</p>",
    "<p>Azerbaijan<![ and Georgia met.</p>",
    "<p>Azerbaijan <!- and Georgia met.</p>",
    "<p>Azerbaijan</p><![if !IE]><p>Georgia met.</p><![endif]>",
])
def test_odd_declarations_do_not_lose_the_page(page: str):
    article = parse_html(page, article_id="a", source="a.html")
    assert article.text.startswith("Azerbaijan")


def test_page_without_paragraphs_is_an_error():
    with pytest.raises(ArticleError, match="no paragraph text"):
        parse_html("<script>Azerbaijan and Georgia</script>", article_id="a", source="a.html")


# --- what the extractor gets: no entities, long sentences, quotes --------------------------
def test_text_without_entities_is_read(bad: Path):
    item = read_one(bad / "no-entities.txt")
    assert isinstance(item, Article) and item.warnings == ()
    record = extract(item)
    assert not (record.countries or record.persons or record.organizations or record.events)


def test_five_thousand_word_sentence_is_broken_and_extracted_fast(tmp_path: Path):
    path = tmp_path / "run-on.txt"
    path.write_text("date 2025-01-01\n" + five_thousand_word_sentence(), encoding="utf-8")
    item = read_one(path)
    assert isinstance(item, Article)
    assert item.warnings == ("a run-on sentence of 5000 words was broken into pieces of at "
                             "most 150 words or 1500 characters (longer sentences make "
                             "extraction slow)",)
    assert item.text.split() == five_thousand_word_sentence().split()  # no word lost
    started = time.perf_counter()
    extract(item)
    # Unguarded, this sentence took 10 s; guarded, about 1 s. The bound is loose for
    # busy CI machines; the shape of the text is checked exactly above.
    assert time.perf_counter() - started < 6


PATHOLOGICAL = {
    "verbs": "Aliyev noted that " * 1667,  # a reporting verb every third word
    "lines": "said\n" * 5000,  # single line breaks do not end a paragraph
    "dots": "Mr. " * 5000,  # dots the splitter reads through
    "paragraph": ("Mr. " * 140 + "Cooperation. ") * 300,  # 42,000 words, full of dots
}


@pytest.mark.parametrize("name", PATHOLOGICAL)
def test_pathological_runs_are_bounded(name: str):
    text = PATHOLOGICAL[name]
    guarded, breaks = break_long_runs(text)
    assert guarded.split() == text.split()  # no word lost
    assert breaks.cuts
    for paragraph in guarded.split("\n\n"):
        assert len(paragraph.split()) <= 2 * MAX_PARAGRAPH_WORDS


@pytest.mark.parametrize("name", ["verbs", "paragraph"])
def test_pathological_runs_are_extracted_in_seconds(name: str):
    article = guard_article(Article(id="a", text=PATHOLOGICAL[name], date="2025-01-01"))
    started = time.perf_counter()
    extract(article)
    # Unguarded: over a minute for "verbs", over eight minutes for "paragraph".
    assert time.perf_counter() - started < 20


def test_ordinary_prose_is_left_alone(data_dir: Path):
    articles = [a for a in read_articles([data_dir / "articles"]) if isinstance(a, Article)]
    assert len(articles) >= 40
    for article in articles:
        assert guard_article(article) is article


def test_breaks_prefer_sentence_ends_and_line_breaks():
    sentences = ["Officials from Azerbaijan and Georgia met again in the capital today."] * 60
    one_line = " ".join(sentences)
    guarded, breaks = break_long_runs(one_line)
    assert breaks.sentence == 0 and breaks.paragraph >= MAX_PARAGRAPH_WORDS
    assert all(p.endswith("today.") for p in guarded.split("\n\n"))
    lines = "\n".join(sentences)
    guarded, breaks = break_long_runs(lines)
    assert breaks.sentence == 0 and breaks.paragraph == 0  # line breaks cost nothing
    assert guarded.replace("\n\n", "\n") == lines


def test_a_break_keeps_a_quote_whole():
    text = "“We agree. We will sign the deal,” he said. " * 60
    guarded, _ = break_long_runs(text)
    for paragraph in guarded.split("\n\n"):
        assert paragraph.count("“") == paragraph.count("”")


def test_run_on_without_punctuation_is_cut_between_words():
    text = " ".join(["word"] * (3 * MAX_SENTENCE_WORDS))
    guarded, breaks = break_long_runs(text)
    assert breaks.sentence == 3 * MAX_SENTENCE_WORDS
    assert [len(p.split()) for p in guarded.split("\n\n")] == [MAX_SENTENCE_WORDS] * 3


def test_unbalanced_quotes_are_a_warning(bad: Path):
    item = read_one(bad / "quotes-unbalanced.txt")
    assert isinstance(item, Article)
    assert item.warnings == ("unbalanced quotation marks on 1 line(s): quotes there are not "
                             "read as direct statements",)
    extract(item)
    assert unbalanced_quote_lines('He said "yes" and « non » and “maybe”.') == 0
    assert unbalanced_quote_lines('He said "yes.\n“Maybe.\n« Non.') == 3


def test_nested_quotes_are_read(bad: Path):
    item = read_one(bad / "quotes-nested.txt")
    assert isinstance(item, Article) and item.warnings == ()
    record = extract(item)
    said = {s.speaker: s for s in record.statements if s.direct}
    assert "‘the sea must stay open to all’" in said["Enrique Manalo"].content
    assert "'a fair deal for both countries'" in said["Bui Thanh Son"].content


def test_clean_text_keeps_offsets():
    text, surrogates = clean_text("a\x00b\ud800c\x7fd\te\nf")
    assert text == "a b\ufffdc d\te\nf" and surrogates == 1
