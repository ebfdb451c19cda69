"""Sentences and quotations with their character offsets in the article text."""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["Quote", "Sentence", "find_quotes", "split_sentences"]


@dataclass(frozen=True, slots=True)
class Sentence:
    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Quote:
    """Text between quotation marks; ``start``/``end`` include the marks."""

    text: str
    start: int
    end: int


_ABBREVIATIONS = frozenset({
    "mr", "mrs", "ms", "dr", "prof", "st", "gen", "col", "lt", "maj", "capt", "sgt", "rev",
    "no", "vs", "etc", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
    "nov", "dec", "inc", "ltd", "co", "corp", "jr", "sr", "h.e", "u.s", "u.k", "u.n", "e.g",
    "i.e", "approx", "dept", "est", "fig", "gov", "sen", "rep", "amb", "min", "hon",
    "ch", "sh", "ts", "zh", "kh",  # initials of Mongolian names: "Ch. Bolormaa"
})

# A sentence ends at . ! ? (with any closing quotes or brackets) followed by space and an
# opening capital, digit or quote.
_BOUNDARY = re.compile(r"[.!?…]+[\"'”’»)\]]*(?=\s+[\"“‘«(\[]?[A-Z0-9\u00C0-\u024F\u0400-\u04FF])")
_WORD_BEFORE = re.compile(r"([\w.]+)$")


def split_sentences(text: str) -> list[Sentence]:
    """Split text into sentences, keeping offsets. Paragraph breaks always end a sentence.

    >>> [s.text for s in split_sentences("Mr. Aliyev met Dr. B. Battsetseg. They spoke.")]
    ['Mr. Aliyev met Dr. B. Battsetseg.', 'They spoke.']
    """
    sentences: list[Sentence] = []
    for para in re.finditer(r"[^\n]+(?:\n(?!\s*\n)[^\n]+)*", text):
        start = para.start()
        chunk = para.group()
        last = 0
        for boundary in _BOUNDARY.finditer(chunk):
            end = boundary.end()
            if _is_abbreviation(chunk, boundary.start()):
                continue
            _add(sentences, text, start + last, start + end)
            last = end
        _add(sentences, text, start + last, start + len(chunk))
    return sentences


def _is_abbreviation(chunk: str, dot: int) -> bool:
    if chunk[dot] != ".":
        return False
    word = _WORD_BEFORE.search(chunk[max(0, dot - 40):dot])
    if not word:
        return False
    token = word.group(1).lower().strip(".")
    if token in _ABBREVIATIONS:
        return True
    # Initials: "B." or "D.A." before a name.
    return bool(re.fullmatch(r"(?:[a-z]\.)*[a-z]", token)) and len(token.replace(".", "")) <= 2 \
        and word.group(1)[0].isupper()


def _add(sentences: list[Sentence], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        sentences.append(Sentence(text[start:end], start, end))


_QUOTE_PAIRS = (("“", "”"), ("«", "»"), ('"', '"'), ("„", "“"))


def find_quotes(text: str, *, min_words: int = 3) -> list[Quote]:
    """Quotations of at least ``min_words`` words, curly or straight, within a paragraph.

    Short quoted phrases ("nothing new") are kept too when they have ``min_words``; an
    unbalanced mark is ignored.
    """
    quotes: list[Quote] = []
    for para in re.finditer(r"[^\n]+", text):
        chunk, base = para.group(), para.start()
        taken: list[tuple[int, int]] = []
        for opening, closing in _QUOTE_PAIRS:
            pos = 0
            while True:
                i = chunk.find(opening, pos)
                if i < 0:
                    break
                j = chunk.find(closing, i + 1)
                if j < 0:
                    break
                if any(a <= i < b for a, b in taken):
                    pos = i + 1
                    continue
                inner = chunk[i + 1:j]
                if len(inner.split()) >= min_words:
                    quotes.append(Quote(inner.strip(), base + i, base + j + 1))
                    taken.append((i, j + 1))
                pos = j + 1
    return sorted(quotes, key=lambda q: q.start)
