"""Guards between a parsed article and the extractor: text the extractor can read safely.

Every article that :func:`relgraph.read.read_articles` yields has been through
:func:`guard_article`. The guards never drop text. They repair what cannot be stored
(lone surrogates), blank out invisible control characters, break run-on sentences and
paragraphs so long that extraction would crawl, and warn about quotation marks the
extractor will not pair.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from .article import Article

__all__ = [
    "MAX_PARAGRAPH_WORDS",
    "MAX_SENTENCE_CHARS",
    "MAX_SENTENCE_WORDS",
    "Breaks",
    "break_long_runs",
    "clean_text",
    "guard_article",
    "unbalanced_quote_lines",
]

#: Longest sentence handed to the extractor, in words and in characters. Real news
#: sentences stay far below (a 100-word sentence is rare); the extractor's reporting-verb
#: search costs time quadratic in sentence length, so a 5,000-word run-on took minutes.
MAX_SENTENCE_WORDS = 150
MAX_SENTENCE_CHARS = 1500
#: Longest paragraph handed to the extractor, in words. Its sentence splitter costs time
#: quadratic in paragraph length when the paragraph is full of dots.
MAX_PARAGRAPH_WORDS = 200
# The extractor reads the first 200,000 characters of an article; a margin covers the
# breaks inserted before that point. Text beyond is left as it is.
_GUARDED_CHARS = 250_000
# A line break after a sentence end becomes a paragraph break once the paragraph has
# this many words: harmless, since the extractor ends the sentence there anyway and reads
# quotes line by line.
_LINE_BREAK_WORDS = 50

# Lone surrogates come from JSON escapes such as "\ud800": they cannot be encoded as
# UTF-8, so neither the store nor any serializer accepts them.
_SURROGATE = re.compile("[\ud800-\udfff]")
# C0 controls other than tab, line feed and carriage return, and DEL: invisible, and
# some output formats (XML, CSV) cannot hold them.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")

_BLANK_LINE = re.compile(r"(\n\s*\n)")
_WORD = re.compile(r"\S+")
# A word that may end a sentence: final punctuation, then closing quotes or brackets.
_ENDS_SENTENCE = re.compile(r"(?P<punct>[.!?…]+)[\"'”’»)\]]*\Z")
# What may start the next sentence, as the extractor's splitter sees it.
_STARTS_SENTENCE = re.compile(r"[\"“‘«(\[]?[A-Z0-9\u00C0-\u024F\u0400-\u04FF]")
_TOKEN_BEFORE_DOT = re.compile(r"[\w.]+\Z")
_CLAUSE_END = re.compile(r"[.!?…;:,][\"'”’»)\]]*\Z")
# Words after which a dot does not end a sentence: titles, months, "etc.", "U.S.". At
# least every abbreviation the extractor's splitter reads through must be here, or the
# guard would take a run-on for several short sentences.
_ABBREVIATIONS = frozenset({
    "mr", "mrs", "ms", "dr", "prof", "st", "gen", "col", "lt", "maj", "capt", "cpt", "sgt",
    "adm", "rev", "hon", "gov", "sen", "rep", "amb", "min", "pres", "jr", "sr", "no", "nos",
    "vs", "etc", "approx", "dept", "est", "fig", "inc", "ltd", "co", "corp", "jan", "feb",
    "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "h.e", "u.s",
    "u.k", "u.n", "e.g", "i.e", "al", "cf", "ca", "vol", "art", "para", "p",
})


def clean_text(text: str) -> tuple[str, int]:
    """Replace lone surrogates by U+FFFD and control characters by spaces.

    Returns the text and the number of surrogates replaced (the only repair worth a
    warning: it means the source was broken). Lengths are kept, so offsets stay valid.
    """
    repaired, surrogates = _SURROGATE.subn("\ufffd", text)
    return _CONTROL.sub(" ", repaired), surrogates


@dataclass(slots=True)
class Breaks:
    """What :func:`break_long_runs` did: the longest sentence it had to break (in words),
    the longest paragraph it broke between two sentences on one line (in words)."""

    sentence: int = 0
    paragraph: int = 0
    # The words a break follows, by their index within their paragraph.
    cuts: list[int] = field(default_factory=list)


def break_long_runs(text: str, max_words: int = MAX_SENTENCE_WORDS,
                    max_chars: int = MAX_SENTENCE_CHARS,
                    max_paragraph: int = MAX_PARAGRAPH_WORDS) -> tuple[str, Breaks]:
    """Insert paragraph breaks so that no sentence the extractor sees is longer than
    ``max_words`` words or ``max_chars`` characters (one longer word stays whole), and
    no paragraph much longer than ``max_paragraph`` words.

    Ordinary prose comes back unchanged. Breaks go where they cost least: at a line
    break after a sentence end, then at a sentence end outside quotes, and only in a
    run-on sentence after a clause mark or between two words.
    """
    parts = _BLANK_LINE.split(text)
    total = Breaks()
    for index in range(0, len(parts), 2):  # odd indexes hold the blank lines themselves
        chunk = parts[index]
        if len(chunk) <= max_chars and len(chunk.split()) <= max_words:
            continue  # the fast path: nearly every paragraph
        words = list(_WORD.finditer(chunk))
        breaks = _plan_breaks(words, chunk, max_words, max_chars, max_paragraph)
        if breaks.cuts:
            parts[index] = _apply(chunk, words, breaks.cuts)
            total.sentence = max(total.sentence, breaks.sentence)
            total.paragraph = max(total.paragraph, breaks.paragraph)
            total.cuts.extend(breaks.cuts)
    return ("".join(parts) if total.cuts else text), total


def _plan_breaks(words: list[re.Match[str]], chunk: str, max_words: int, max_chars: int,
                 max_paragraph: int) -> Breaks:
    """Where one paragraph gets breaks: word indexes to put a paragraph break after."""
    plan = Breaks()
    start = 0  # first word of the current piece of sentence
    run_start = 0  # first word of the current sentence
    para_start = 0  # first word of the current piece of paragraph
    broken = False  # whether the current sentence had to be broken
    quotes = _QuoteBalance()
    for i, word in enumerate(words):
        if i > start and (i - start >= max_words
                          or word.end() - words[start].start() > max_chars):
            cut = _best_cut(words, start, i)
            plan.cuts.append(cut)
            start = para_start = cut + 1
            broken = True
        quotes.add(word.group())
        following = words[i + 1] if i + 1 < len(words) else None
        if following is not None and not _surely_ends_sentence(word.group(), following.group()):
            continue
        if broken:
            plan.sentence = max(plan.sentence, i + 1 - run_start)
        start = run_start = i + 1
        broken = False
        if following is None:
            break
        size = i + 1 - para_start
        at_line_break = "\n" in chunk[word.end():following.start()]
        if ((at_line_break and size >= _LINE_BREAK_WORDS)
                or (size >= max_paragraph and quotes.balanced)
                or size >= 2 * max_paragraph):
            plan.cuts.append(i)
            if not at_line_break:
                plan.paragraph = max(plan.paragraph, size)
            para_start = i + 1
        if at_line_break:
            quotes = _QuoteBalance()  # the extractor pairs quotes line by line
    return plan


def _apply(chunk: str, words: list[re.Match[str]], cuts: list[int]) -> str:
    """The paragraph with the whitespace after each cut word replaced by a blank line."""
    pieces: list[str] = []
    last = 0
    for cut in sorted(set(cuts)):
        pieces.append(chunk[last:words[cut].end()])
        pieces.append("\n\n")
        last = words[cut + 1].start()
    pieces.append(chunk[last:])
    return "".join(pieces)


class _QuoteBalance:
    """Whether every quotation mark opened on the current line so far is closed."""

    __slots__ = ("angle", "curly", "straight")

    def __init__(self) -> None:
        self.straight = self.curly = self.angle = 0

    def add(self, word: str) -> None:
        self.straight += word.count('"')
        self.curly += word.count("“") - word.count("”")
        self.angle += word.count("«") - word.count("»")

    @property
    def balanced(self) -> bool:
        return self.straight % 2 == 0 and self.curly == 0 and self.angle == 0


def _best_cut(words: list[re.Match[str]], start: int, stop: int) -> int:
    """Where to break the piece ``words[start:stop]``: after its last likely sentence
    end, else after its last clause mark, in its second half; else after its last word."""
    half = start + (stop - start) // 2
    for pattern in (_ENDS_SENTENCE, _CLAUSE_END):
        for k in range(stop - 1, half - 1, -1):
            if pattern.search(words[k].group()):
                return k
    return stop - 1


def _surely_ends_sentence(word: str, following: str) -> bool:
    """Whether the extractor's splitter ends a sentence after ``word``: final punctuation
    before a capital, and for a dot, not after an abbreviation or an initial."""
    end = _ENDS_SENTENCE.search(word)
    if not end or not _STARTS_SENTENCE.match(following):
        return False
    if end.group("punct")[0] != ".":
        return True
    token = _TOKEN_BEFORE_DOT.search(word[:end.start()])
    if not token:
        return True
    bare = token.group().lower().strip(".")
    if bare in _ABBREVIATIONS:
        return False
    # "B." or "D.A." before a surname keeps the sentence going.
    return not (len(bare.replace(".", "")) <= 2 and token.group()[0].isupper())


def unbalanced_quote_lines(text: str) -> int:
    """How many lines have a quotation mark without its partner.

    The extractor pairs quotes within a line and ignores an unpaired mark, so a quote
    on such a line is not read as a direct statement.
    """
    count = 0
    for line in text.split("\n"):
        if (line.count('"') % 2 or line.count("“") != line.count("”")
                or line.count("«") != line.count("»")):
            count += 1
    return count


def guard_article(article: Article) -> Article:
    """The article made safe for extraction, with a warning for each repair."""
    notes: list[str] = []
    text, surrogates = clean_text(article.text)
    if surrogates:
        notes.append(f"{surrogates} invalid character(s) (lone surrogates) replaced by U+FFFD")
    head, breaks = break_long_runs(text[:_GUARDED_CHARS])
    text = head + text[_GUARDED_CHARS:]
    if breaks.sentence:
        notes.append(f"a run-on sentence of {breaks.sentence} words was broken into pieces "
                     f"of at most {MAX_SENTENCE_WORDS} words or {MAX_SENTENCE_CHARS} "
                     "characters (longer sentences make extraction slow)")
    if breaks.paragraph:
        notes.append(f"a paragraph of over {breaks.paragraph} words was broken at sentence "
                     "ends (longer paragraphs make extraction slow)")
    unbalanced = unbalanced_quote_lines(head)
    if unbalanced:
        notes.append(f"unbalanced quotation marks on {unbalanced} line(s): quotes there are "
                     "not read as direct statements")
    # Metadata is repaired silently: the parsers already clean what they read.
    meta = {name: clean_text(value)[0] for name in ("id", "title", "source", "url")
            if isinstance(value := getattr(article, name), str)}
    if not notes and text == article.text and all(
            getattr(article, name) == value for name, value in meta.items()):
        return article
    return replace(article, text=text, warnings=(*article.warnings, *notes), **meta)
