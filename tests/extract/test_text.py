"""Sentences and quotations (``relgraph.extract.text``): every span keeps its offsets in
the article text, abbreviations and initials never end a sentence, and quotations are
found whatever marks the outlet uses."""

from __future__ import annotations

import pytest

from relgraph.extract.text import find_quotes, split_sentences


def _texts(text: str) -> list[str]:
    return [s.text for s in split_sentences(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Ghana voted. Togo abstained.", ["Ghana voted.", "Togo abstained."],
                     id="full-stop"),
        pytest.param("Will Lima agree? Quito hopes so! Talks go on.",
                     ["Will Lima agree?", "Quito hopes so!", "Talks go on."],
                     id="question-and-exclamation"),
        pytest.param("Mr. Okafor met Ms. Adeyemi in Abuja. They spoke for an hour.",
                     ["Mr. Okafor met Ms. Adeyemi in Abuja.", "They spoke for an hour."],
                     id="honorifics"),
        pytest.param("The delegation was led by Hon. Tendai Moyo. It stayed a day.",
                     ["The delegation was led by Hon. Tendai Moyo.", "It stayed a day."],
                     id="honourable"),
        pytest.param("Dr. Nomvula Khumalo and Prof. Arjun Mehta met H.E. Mr. Tran Van Duc. "
                     "The talks began.",
                     ["Dr. Nomvula Khumalo and Prof. Arjun Mehta met H.E. Mr. Tran Van Duc.",
                      "The talks began."],
                     id="dr-prof-he"),
        pytest.param("Gen. Ochieng met Lt. Col. Ruiz at the border. Both smiled.",
                     ["Gen. Ochieng met Lt. Col. Ruiz at the border.", "Both smiled."],
                     id="military-ranks"),
        pytest.param("Minister B. Battsetseg greeted D.Tsogtbaatar warmly. Then they sat down.",
                     ["Minister B. Battsetseg greeted D.Tsogtbaatar warmly.",
                      "Then they sat down."],
                     id="initials"),
        pytest.param("Envoy J. R. Castillo arrived in Quito. He was welcomed.",
                     ["Envoy J. R. Castillo arrived in Quito.", "He was welcomed."],
                     id="two-initials"),
        pytest.param("The U.S. delegation left Manila. The U.K. team stayed.",
                     ["The U.S. delegation left Manila.", "The U.K. team stayed."],
                     id="dotted-country-abbreviations"),
        pytest.param("Exports rose 3.5 percent to 1.2 billion dollars. Imports fell.",
                     ["Exports rose 3.5 percent to 1.2 billion dollars.", "Imports fell."],
                     id="decimals"),
        pytest.param('She said: "We agree." Then she left.',
                     ['She said: "We agree."', "Then she left."],
                     id="closing-quote-after-stop"),
        pytest.param("Lima and Quito sign a water pact\n\nThe two ministers met on Friday.",
                     ["Lima and Quito sign a water pact", "The two ministers met on Friday."],
                     id="paragraph-break-without-stop"),
        pytest.param("Talks ended late.\n\n\n   \nA joint statement followed.",
                     ["Talks ended late.", "A joint statement followed."],
                     id="blank-lines-and-spaces"),
        pytest.param("Nepal and Bhutan met again…\n\nNo deal was reached.",
                     ["Nepal and Bhutan met again…", "No deal was reached."],
                     id="ellipsis"),
    ],
)
def test_sentence_boundaries(text: str, expected: list[str]):
    assert _texts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Mr. Okafor met Dr. B. Battsetseg. They spoke.",
        "  Leading spaces.  Trailing spaces.   ",
        "Headline line\n\nFirst paragraph, one sentence. Second sentence!\n\nLast paragraph?",
        "“Curly quotes,” he said. «Guillemets» too. Çavuşoğlu and Ólafsdóttir met.",
        "",
        "\n\n",
    ],
)
def test_sentence_offsets_point_into_the_text(text: str):
    """Every sentence is exactly the text between its offsets, in order, and none is blank."""
    sentences = split_sentences(text)
    previous_end = 0
    for sentence in sentences:
        assert text[sentence.start:sentence.end] == sentence.text
        assert sentence.text == sentence.text.strip() and sentence.text
        assert sentence.start >= previous_end
        previous_end = sentence.end


def test_sentences_cover_every_word():
    text = ("Windhoek and Gaborone agreed on a water treaty. Mr. N. Shikongo signed it.\n\n"
            "Ms. Kgosi called it historic! Will it last? Time will tell.")
    words = text.split()
    covered = " ".join(s.text for s in split_sentences(text)).split()
    assert covered == words


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param('"We will build the railway together," the minister said.',
                     ["We will build the railway together,"], id="straight"),
        pytest.param("“We will build the railway together,” the minister said.",
                     ["We will build the railway together,"], id="curly"),
        pytest.param("«Nous allons construire ensemble» a dit la ministre.",
                     ["Nous allons construire ensemble"], id="guillemets"),
        pytest.param("„Wir bauen die Bahn gemeinsam“, sagte die Ministerin.",
                     ["Wir bauen die Bahn gemeinsam"], id="german-low-high"),
        pytest.param('"Trade doubled. Investment tripled. We are proud," she said.',
                     ["Trade doubled. Investment tripled. We are proud,"], id="multi-sentence"),
        pytest.param("“We are ready,” she said, “to expand trade with Chile.”",
                     ["We are ready,", "to expand trade with Chile."], id="split-around-verb"),
        pytest.param('He called the plan "a new chapter for both peoples" and left.',
                     ["a new chapter for both peoples"], id="quoted-phrase"),
    ],
)
def test_quotes_are_found(text: str, expected: list[str]):
    assert [q.text for q in find_quotes(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        '"We will build the railway together," the minister said.',
        "“We will build the railway together,” the minister said, “and soon.”",
        'Intro. "One two three," she said. "Four five six," he replied.',
    ],
)
def test_quote_offsets_include_the_marks(text: str):
    for quote in find_quotes(text):
        span = text[quote.start:quote.end]
        assert span[0] in "\"“«„" and span[-1] in "\"”»“"
        assert quote.text in span
    starts = [q.start for q in find_quotes(text)]
    assert starts == sorted(starts)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param('The so-called "reset" failed.', id="shorter-than-three-words"),
        pytest.param('He said "we are ready to talk and left.', id="unbalanced"),
        pytest.param('"We are ready to\n\nsign" was the headline.', id="across-paragraphs"),
        pytest.param("No quotation here at all.", id="none"),
    ],
)
def test_no_quote(text: str):
    assert find_quotes(text) == []


def test_single_quotes_inside_double_quotes_are_one_quote():
    text = "“We reject the so-called ‘buffer zone’ plan entirely,” the envoy said."
    quotes = find_quotes(text)
    assert len(quotes) == 1
    assert quotes[0].text == "We reject the so-called ‘buffer zone’ plan entirely,"
