"""Reported speech: who said what.

Direct quotes are found first, with their attribution before or after the marks (and split
quotes, "We are ready," she said, "to expand trade."); then indirect speech, one statement
per reporting verb: "X noted that ...", participial "Noting that ..., the minister
emphasized ...", ", adding that ...", ", saying ...", "According to X, ...", and inverted
"..., the spokesperson said."
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import cache

from . import countries, lexicon, patterns
from .text import Quote, Sentence

__all__ = ["Speech", "find_speech"]


@dataclass(frozen=True, slots=True)
class Speech:
    """A statement before its speaker is resolved: ``subject`` is the words that name the
    speaker ("he", "the minister", "Musayev", "Both ministers")."""

    subject: str
    content: str
    verb: str
    direct: bool
    start: int  # where the statement's sentence (or quote) starts in the article
    end: int
    rule: str
    subject_at: int  # position of the subject in the article, for resolution


@cache
def _verbs() -> str:
    verbs = sorted(lexicon.REPORTING_VERBS, key=len, reverse=True)
    return "|".join(re.escape(v).replace(r"\ ", r"\s+")
                    + (r"(?=\s+that\b)" if v in lexicon.REPORTING_BEFORE_THAT else "")
                    for v in verbs)


_ADVERBS = (r"(?:(?:also|further|then|later|again|once again|strongly|firmly|warmly|"
            r"repeatedly|separately|specifically|particularly|in particular|in turn|"
            r"categorically|publicly|earlier|likewise|similarly|additionally|has|have|had)\s+)*")

_PARTICIPLE = re.compile(
    r"^(?P<verb>Noting|Stressing|Emphasi[sz]ing|Underlining|Recalling|Pointing out|Stating|"
    r"Adding|Reiterating|Underscoring|Highlighting|Expressing|Saying|Reaffirming|Welcoming|"
    r"Acknowledging)\s+(?P<that>that\s+)?(?P<content>.+?),\s+(?P<subject>(?:[Tt]he\s+)?"
    r"[\w’'.-]+(?:\s+[\w’'.-]+){0,4}?)\s+(?:also\s+)?(?:said|noted|stressed|emphasi[sz]ed|"
    r"underlined|added|stated|highlighted|pointed out|expressed|urged|called|welcomed|"
    r"reiterated|recalled|underscored|affirmed|told|declared|remarked)\b", re.S)

# "Calling Japan its largest partner, Momen invited ...": to call something so is to say it,
# whatever the main clause goes on to do.
_CALLING = re.compile(
    r"^(?P<verb>Calling|Describing|Terming)\s+(?!for\b|on\b)(?P<content>[^,]{8,}?),\s+(?P<subject>"
    r"(?:[Tt]he\s+)?[\w’'.-]+(?:\s+[\w’'.-]+){0,4}?)\s+(?:also\s+)?"
    r"(?:[a-z]+ed|said|told|met|held|spoke|made|gave|sent)\b")

_ACCORDING = re.compile(r"^According to (?P<subject>[^,]{2,80}),\s+(?P<content>.+)$", re.S)
# "Mixed teams will patrol the crossings, according to X, the service's spokesperson."
_ACCORDING_AFTER = re.compile(r"^(?P<content>.{12,}?),\s+according to (?P<subject>[^,.]{2,80}?)"
                              r"(?:,\s+[^,]{2,80})?\.?\s*$", re.S)
_NEWS_OF_AN_ACT = re.compile(r"\b(?:signed|discussed|met|held (?:talks|a meeting)|agreed)\b")
_IN_WORDS = re.compile(r"^In (?P<subject>his|her|their|[A-Z][\w’'-]+(?:'s|’s)) (?:own )?words,\s+"
                       r"(?P<content>.+)$", re.S)
_INVERTED = re.compile(
    r"^(?P<content>.{12,}?),\s+(?P<subject>he|she|they|it|(?:the\s+|an?\s+(?=spokes)|[A-Z])"
    r"[\w’'.\s-]{1,120}?)\s+"
    r"(?P<verb>said|added|noted|stressed|stated|explained|told reporters|announced|confirmed|"
    r"declared|wrote|warned|insisted|argued|claimed)"
    r"(?:\s+(?:on|in|at|late|earlier|later|this|last)\b[^,.]{0,40})?"
    r"(?:,\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*\s+reports?(?:,\s*citing [^.]+)?)?\.?$", re.S)
_INVERTED_MID = re.compile(
    r"^(?P<content>[^,]{12,}?(?:,[^,]{3,}?)*?),\s+(?P<subject>he|she|they|the (?:minister|"
    r"ambassador|envoy|president|spokesperson|spokesman|ministry)|[A-Z][\w’'-]+"
    r"(?: [A-Z][\w’'-]+)?)\s+(?P<verb>added|said|noted|stressed|stated|explained|continued)"
    r"(?=,\s*\w+ing\b)", re.S)
_WITH_ING = re.compile(
    r"(?P<by>\bwith|,?\s+and) (?P<subject>[A-Z][\w’'-]+(?: [A-Z][\w’'-]+){0,3}) "
    r"(?P<verb>reaffirming|stressing|"
    r"noting|underlining|emphasi[sz]ing|expressing|reiterating|calling for|urging|"
    r"welcoming|pledging|saying|accusing|replying|arguing|warning|insisting)\s+(?:that\s+)?"
    r"(?P<content>.+?)(?=,?\s+and\s+[A-Z][\w’'-]+(?: [A-Z][\w’'-]+){0,3} [a-z]+ing\b|$)", re.S)
_SAYING = re.compile(r",\s+saying\s+(?:that\s+)?(?=\w)")
# The capitalised words a sentence opens with, after a dateline: "Foreign Minister X".
_OPENING_SUBJECT = re.compile(rf"(?:{patterns.DATELINE})?(?P<subject>(?:[A-Z][\w’'.-]*\s+)"
                              rf"{{0,6}}[A-Z][\w’'.-]*)\s+(?=[a-z])")
_ADDING = re.compile(r",\s+(?P<verb>adding|saying|noting|stressing|stating|emphasi[sz]ing|"
                     r"underlining|extending|expressing|voicing|reiterating|urging|recalling|"
                     r"warning)\s+"
                     r"(?:that\s+)?(?P<content>.+)$", re.S)
_PASSIVE = re.compile(r"^(?:[A-Z][\w ,]{0,40}?,\s+)?[Ii]t was (?P<verb>noted|stressed|underlined|"
                      r"emphasi[sz]ed|stated|highlighted|agreed|pointed out|reiterated|"
                      r"underscored)(?: at the (?:meeting|talks|session))?\s+that\s+"
                      r"(?P<content>.+)$", re.S)
_THAT = re.compile(r"^\s*,?\s*(?:(?:however|though|nonetheless|meanwhile|too),\s+)?"
                   r"(?:with (?:satisfaction|regret|concern|confidence)\s+)?"
                   r"(?:(?:to|with) (?:reporters|journalists|the press|(?-i:[A-Z])[\w ]{0,40}?)\s+)?"
                   r"(?:on \w+\s+)?(?:in (?:his|her|a|an) [\w ]{0,40}?\s+)?"
                   r"(?:(?:afterwards|later|again|also|earlier|repeatedly|\w+ly)\s+)?that\s+", re.I)
# "told reporters that", "told the Ugandan parliament on Tuesday that", "assured Kenya that":
# whom it was said to is not what was said.
_ADDRESSEE = re.compile(r"^\s*(?:[\w’'.-]+\s+){1,8}?(?:on \w+\s+|in (?:an? |his |her )"
                        r"[\w ]{0,30}?\s+)?that\s+")
_TELLING = frozenset({"told", "informed", "assured", "briefed", "reminded", "warned",
                      "made it clear", "made clear",
                      "urged", "notified", "tells"})
_TRAILING_SOURCE = re.compile(
    r",?\s+(?:[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*\s+(?:reports?|reported)|according to [^,.]+|"
    r"citing [^.]+|(?:the\s+)?[A-Z][\w’' ]{0,60}?\s+said(?:\s+(?:in|on)\s[^,.]*)*)"
    r"(?:,\s*citing [^.]+)?\s*[.!?]?$")


def _content(rest: str) -> str:
    """The words stated: after the verb and ``that``, without a trailing source credit or
    the speaker's own label for them (", which she described as "…"", a statement apart)."""
    rest = _THAT.sub("", rest, count=1)
    rest = _DESCRIBED_AS_TAIL.sub("", rest)
    rest = _DATELINE.sub("", rest, count=1)
    rest = _TRAILING_SOURCE.sub("", rest.strip())
    return rest.strip(" ,:;").rstrip(".").strip()


def find_speech(text: str, sentences: list[Sentence], quotes: list[Quote],
                is_subject: Callable[[str], bool]) -> list[Speech]:
    """Statements in text order. ``is_subject(words)`` tells whether words before a verb can
    name a speaker (a person, pronoun, role, organisation or country)."""
    found: list[Speech] = []
    used_quotes: set[int] = set()
    for index, quote in enumerate(quotes):
        if index in used_quotes:
            continue
        found.extend(_quote_speech(text, quote, quotes, index, used_quotes, is_subject))
    taken = [(s.start, s.end) for s in found if s.direct]
    for sentence in sentences:
        found.extend(_indirect_speech(sentence, quotes, taken, is_subject))
    return sorted(found, key=lambda s: (s.start, s.subject_at))


_AFTER_QUOTE = re.compile(
    rf"^\s*(?:,|(?P<stop>\.))?\s*(?P<subject>[Hh]e|[Ss]he|[Tt]hey|[Ww]e|(?:[Tt]he\s+)?[\w’'.-]+(?:\s+[\w’'.-]+){{0,4}}?)"
    rf"\s+{_ADVERBS}(?P<verb>{_verbs()})\b")
_AFTER_QUOTE_INVERTED = re.compile(
    r"^\s*(?:,|(?P<stop>\.))?\s*(?P<verb>said|added|noted|stressed|stated)\s+(?P<subject>[\w’'.-]+(?:\s+[\w’'.-]+){0,4}?)"
    r"\s*[,.]")
_GOES_ON = re.compile(r"\s+(?:that\b|[a-z])")
_NAMING = re.compile(r"\b(?:the|a|an|its|their|this|our)\s*$", re.I)
# "relations, which she described as "a shared destiny"": the quote is hers.
_DESCRIBED_AS = re.compile(r"\b(?:which|what|whom)\s+(?P<subject>he|she|they|[A-Z][\w’'-]+)\s+"
                           r"(?P<verb>described|called|termed|dubbed|hailed)\s+(?:as\s+)?$")
_DESCRIBED_AS_TAIL = re.compile(r",\s+(?:which|what|whom)\s+(?:he|she|they|[A-Z][\w’'-]+)\s+"
                                r"(?:described|called|termed|dubbed|hailed)\b.*$", re.S)
_BEFORE_QUOTE = re.compile(
    rf"(?P<subject>[Hh]e|[Ss]he|[Tt]hey|(?:[Tt]he\s+)?[\w’'.-]+(?:\s+[\w’'.-]+){{0,4}}?)\s+{_ADVERBS}"
    rf"(?P<verb>{_verbs()})(?:\s+(?:that|in a statement|on \w+|to reporters))?\s*[:,]?\s*$")


def _quote_speech(text: str, quote: Quote, quotes: list[Quote], index: int, used: set[int],
                  is_subject: Callable[[str], bool]) -> list[Speech]:
    """The statement a quotation makes, with its attribution; and a second one when the
    attribution goes on: '"...," Wong told reporters, adding that ...'."""
    after = text[quote.end:quote.end + 120].split("\n", 1)[0]
    before = text[max(0, quote.start - 160):quote.start]
    if _NAMING.search(before):
        return []  # 'Highlighting the "All-Weather Partnership", ...' names, not quotes.
    content = quote.text
    for pattern, rule in ((_AFTER_QUOTE, "quote:attribution-after"),
                          (_AFTER_QUOTE_INVERTED, "quote:said-name-after")):
        match = pattern.match(after)
        if match and re.search(r"\.\s*$", content):
            continue  # '"… as its own." Montenegro thanked …': a quote closed by a full
            # stop ends its sentence, and its attribution came before it
        ended = match and (match.group("stop") or re.search(r"[!?]\s*$", content))
        if ended and _GOES_ON.match(after, match.end()):
            continue  # '"…". She warned that …', '"…?” They pledged to …': a new sentence
            # with words of its own
        if match and is_subject(match.group("subject")):
            end = quote.end + match.end()
            # A split quote: "…," she said, "…"
            nxt = quotes[index + 1] if index + 1 < len(quotes) else None
            gap = text[end:nxt.start] if nxt else ""
            # A split quote: "…," she said, "…"; or the quote goes on after the sentence
            # that attributes it: "…," Mirzoyan told journalists. "But …"
            if nxt and "\n" not in gap and (gap.strip() in ("", ",") or (
                    len(gap) < 120 and re.fullmatch(r"[^\"“”]*[.!?]\s*", gap))):
                content = f"{content.rstrip(',')} {nxt.text}"
                used.add(index + 1)
                end = nxt.end
            subject_at = quote.end + match.start("subject")
            said = [Speech(match.group("subject"), _clean_quote(content), match.group("verb"),
                           True, quote.start, end, rule, subject_at)]
            tail = text[end:end + _MAX_CONTENT].split("\n", 1)[0]
            adding = re.match(r"[^.!?\"“”]{0,60}?,\s+(?P<verb>adding|noting|stressing|saying)\s+"
                              r"(?:that\s+)?(?P<content>[^\"“”]+?)(?:[.!?](?:\s|$)|$)", tail)
            if adding and len(adding.group("content").split()) >= 2:
                said.append(Speech(match.group("subject"), _content(adding.group("content")),
                                   adding.group("verb"), False, quote.start,
                                   end + adding.end(), "quote:adding", subject_at))
            return said
    line = before.split("\n")[-1]
    for pattern, rule in ((_BEFORE_QUOTE, "quote:attribution-before"),
                          (_DESCRIBED_AS, "quote:described-as")):
        match = pattern.search(line)
        if match and is_subject(match.group("subject")):
            start = quote.start - len(line) + match.start()
            return [Speech(match.group("subject"), _clean_quote(content), match.group("verb"),
                           True, start, quote.end, rule, start)]
    return []


def _clean_quote(text: str) -> str:
    return text.strip().rstrip(",").strip()




def _indirect_speech(sentence: Sentence, quotes: list[Quote], taken: list[tuple[int, int]],
                     is_subject: Callable[[str], bool]) -> list[Speech]:
    text = sentence.text
    base = sentence.start
    # Quoted words stay in the content but are not searched for verbs.
    masked = _mask_quotes(text, base, quotes)
    out: list[Speech] = []

    participle = _PARTICIPLE.match(masked)
    if not (participle and participle.group("that")):
        participle = _CALLING.match(masked)
    if participle and is_subject(participle.group("subject")):
        out.append(Speech(participle.group("subject"),
                          _content(text[participle.start("content"):participle.end("content")]),
                          participle.group("verb").lower(), False, base, sentence.end,
                          "speech:participle", base + participle.start("subject")))

    passive = _PASSIVE.match(masked)
    if passive and is_subject("both countries"):
        out.append(Speech("both countries", _content(text[passive.start("content"):]),
                          passive.group("verb"), False, base, sentence.end, "speech:passive",
                          base))
        return out

    for pattern, verb in ((_ACCORDING, "according to"), (_ACCORDING_AFTER, "according to"),
                          (_IN_WORDS, "in the words of")):
        according = pattern.match(masked)
        said = slice(*according.span("content")) if according else slice(0)
        if according and (_reports_itself(masked[said], is_subject)
                          or _has_own_speaker(masked[said], is_subject)):
            break  # "According to the Iranian side, Ahmadian told his guest that ...": his words
        if according and pattern is _ACCORDING_AFTER and (
                masked[said] != text[said] or _NEWS_OF_AN_ACT.search(masked[said])):
            break  # the source of a quote, or of the news that people met or signed
        if according and is_subject(according.group("subject")):
            out.append(Speech(according.group("subject"), _content(text[said]), verb, False,
                              base, sentence.end, f"speech:{verb.replace(' ', '-')}",
                              base + according.start("subject")))
            return out

    inverted = _INVERTED_MID.match(masked)
    if inverted and is_subject(inverted.group("subject")):
        subject_words = inverted.group("subject")
        at = base + inverted.start("subject")
        out.append(Speech(subject_words, _content(text[:inverted.end("content")]),
                          inverted.group("verb"), False, base, sentence.end,
                          "speech:inverted", at))
        tail = re.match(r",?\s*(?P<verb>noting|adding|stressing|saying)\s+(?:that\s+)?",
                        masked[inverted.end():])
        if tail:
            extra = _content(text[inverted.end() + tail.end():])
            if len(extra.split()) >= 2:
                out.append(Speech(subject_words, extra, tail.group("verb"), False, base,
                                  sentence.end, "speech:adding", at))
        return out

    # "with X accusing Y of ..., and Z replying that ...": one statement each.
    absolutes = list(_WITH_ING.finditer(masked))
    if absolutes and absolutes[0].group("by") != "with":
        absolutes = []
    for absolute in absolutes:
        if is_subject(absolute.group("subject")):
            out.append(Speech(absolute.group("subject"),
                              _content(text[absolute.start("content"):absolute.end("content")]),
                              absolute.group("verb"), False, base, sentence.end,
                              "speech:with-participle", base + absolute.start("subject")))

    last: tuple[str, int] | None = None
    for match in _iter_verbs(masked):
        verb_at = base + match.start("verb")
        if any(a <= verb_at < b for a, b in taken):
            continue
        if match.group("verb").lower() in ("called on", "calls on") \
                and not patterns.ASKED_TO.match(masked, match.end("verb")):
            continue  # "Minister Khaleel called on President Dissanayake": a visit
        before = masked[:match.start("verb")]
        parenthetical = re.match(r",", masked[match.end("verb"):]) and re.search(
            r",\s*(?P<who>he|she|they|it|we)\s+$", before, re.I)
        if parenthetical:
            # "... a period during which, he noted, the ties have risen ...": the
            # sentence around the parenthesis is what was said.
            who = parenthetical.group("who")
            if out and out[-1].rule == "speech:reporting-verb":
                # "X highlighted the platforms, which, they said, complement ...": the
                # aside belongs to what the sentence's own verb reports already.
                aside = rf",\s*{who}\s+{re.escape(match.group('verb'))}\s*,"
                out[-1] = replace(out[-1], content=re.sub(aside, "", out[-1].content))
            elif is_subject(who):
                said = text[:parenthetical.start()] + text[match.end("verb") + 1:]
                out.append(Speech(who, _content(said), match.group("verb").lower(), False,
                                  base, sentence.end, "speech:parenthetical",
                                  base + parenthetical.start("who")))
            continue
        if last and _COORDINATED.search(before) and not _OWN_SUBJECT.search(before):
            subject: tuple[str, int] | None = last
        else:
            subject = _subject_before(masked, match.start("verb"))
            if not subject or not is_subject(subject[0]):
                subject = _pronoun_of_the_first_verb(before)
        if not subject or not is_subject(subject[0]):
            continue
        # What one verb reports fits in a long sentence; a run-on text is cut there.
        rest = text[match.end("verb"):match.end("verb") + _MAX_CONTENT]
        rest_masked = masked[match.end("verb"):match.end("verb") + _MAX_CONTENT]
        # Stop the content where the next clause with its own reporting verb begins.
        cut = _next_clause(rest_masked)
        adding = _ADDING.search(rest_masked[:cut] if cut else rest_masked)
        if adding:
            cut = adding.start()
        said = rest[:cut] if cut else rest
        if match.group("verb").lower() in _TELLING:
            said = _ADDRESSEE.sub("", said, count=1)
        content = _content(said)
        if _CIRCUMSTANCE.match(content) and subject[1] > 12 and \
                masked[:subject[1]].rstrip().endswith(","):
            # "Kazakhstan and China agreed to ..., the ministry said in a statement on Friday
            # after the session": what was said comes before its speaker.
            content = _content(text[:subject[1]])
        if len(content.split()) < 2 or _ONLY_TIME.fullmatch(content):
            continue
        if _reports_itself(content, is_subject):
            continue  # "the spokesperson said Janjua had told Bisaria that ...": hers
        last = subject
        out.append(Speech(subject[0], content, match.group("verb").lower(), False, base,
                          sentence.end, "speech:reporting-verb", base + subject[1]))
        if adding:
            extra = _content(rest[adding.start("content"):])
            if len(extra.split()) >= 2:
                out.append(Speech(subject[0], extra, adding.group("verb"), False, base,
                                  sentence.end, "speech:adding", base + subject[1]))
    if not out:
        inverted = _INVERTED.match(masked)
        if inverted and not any(a <= base + inverted.start("verb") < b for a, b in taken) \
                and is_subject(inverted.group("subject")):
            out.append(Speech(inverted.group("subject"),
                              _content(text[:inverted.end("content")]), inverted.group("verb"),
                              False, base, sentence.end, "speech:inverted",
                              base + inverted.start("subject")))
    if not out:
        saying = _SAYING.search(masked)
        opening = _OPENING_SUBJECT.match(masked) if saying else None
        if opening and is_subject(opening.group("subject")):
            # "Foreign Minister X on Monday defended the deal, saying it would ...": the one
            # the sentence opens with says it
            out.append(Speech(opening.group("subject"),
                              _content(text[saying.end():]), "saying", False, base,
                              sentence.end, "speech:saying", base + opening.start("subject")))
    return out


def _pronoun_of_the_first_verb(before: str) -> tuple[str, int] | None:
    """The pronoun of a clause whose second verb reports: "they exchanged views on the
    sea and agreed that ..." (only a reporting verb right after "and" asks)."""
    match = re.search(r"(?:^|,\s+)(?P<who>[Hh]e|[Ss]he|[Tt]hey)\s+[^,;]{3,160}?\s+and\s+"
                      r"(?:also\s+)?$", before)
    return (match.group("who"), match.start("who")) if match else None


def _reports_itself(clause: str, is_subject: Callable[[str], bool]) -> bool:
    """Whether a clause begins with a speaker and a reporting verb of its own, or a
    pronoun whose second verb reports ("they exchanged views ... and agreed that ...")."""
    if not clause[:1].isupper() and not clause.startswith(("he ", "she ", "they ")):
        return False
    for verb in _iter_verbs(clause[:200]) if re.match(r"(?:[Hh]e|[Ss]he|[Tt]hey)\s", clause) \
            else ():
        pronoun = _pronoun_of_the_first_verb(clause[:verb.start("verb")])
        if pronoun and pronoun[1] == 0 and re.match(r"\s+that\b", clause[verb.end():]):
            return True
    match = _verb_re().search(clause, 0, 120)
    if not match or match.start() > 80:
        return False
    subject = _subject_before(clause, match.start("verb"))
    if not subject or subject[1] != 0 or _a_country(subject[0]):
        return False  # "Sommerfeld said Ecuador regretted the tone": Sommerfeld's words
    return is_subject(subject[0])


def _has_own_speaker(clause: str, is_subject: Callable[[str], bool]) -> bool:
    """Whether a later clause of ``clause`` reports someone's words: "..., the ministers
    reviewed the process, and both expressed readiness to continue"."""
    for match in _iter_verbs(clause):
        subject = _subject_before(clause, match.start("verb"))
        if subject and subject[1] > 0 and re.search(r"(?:,\s+and|;)\s+$", clause[:subject[1]]) \
                and not _a_country(subject[0]) and is_subject(subject[0]):
            return True
    return False


def _a_country(words: str) -> bool:
    found = countries.find_countries(words)
    return len(found) == 1 and found[0].end - found[0].start >= len(words.strip()) - 4


@cache
def _lower_heads() -> str:
    heads = sorted({h.lower() for h in lexicon.TITLE_HEADS}, key=len, reverse=True)
    return "(?:" + "|".join(re.escape(h) for h in heads) + ")"


@cache
def _verb_re() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-])(?P<verb>{_verbs()})\b")


def _iter_verbs(masked: str):
    return _verb_re().finditer(masked)


_CLAUSE_START = re.compile(r"(?:,\s*|;\s*|\s+and\s+|\s+while\s+|\s+but\s+|^)"
                           r"(?:for (?:his|her|its|their) part,\s*|in turn,\s*)?$")


def _subject_before(masked: str, verb_start: int) -> tuple[str, int] | None:
    """The noun phrase right before a reporting verb, if the clause starts there."""
    # A subject lies within a few words of its verb; looking further back only costs time.
    offset = max(0, verb_start - 240)
    head = masked[offset:verb_start].rstrip()
    head = re.sub(rf"\s*{_ADVERBS}$", "", head + " ").rstrip()
    # "Egypt's Minister of Electricity, Mohamed Shaker, said": the name in commas speaks;
    # "The Ghana Union of Traders' Association (GUTA) said": so does the body.
    if head.endswith(","):
        head = re.sub(rf"(,\s+{patterns.UPPER}[\w’'.-]*(?:\s+(?:(?:bin|ibn|al|el|de|da|van|von)"
                      rf"\s+)?{patterns.UPPER}[\w’'.-]*){{0,4}}),$", r"\1", head)
    elif head.endswith(")"):
        head = re.sub(r"\s*\([A-Z][\w-]{1,10}\)$", "", head)
    head = re.sub(r",\s+(?:for (?:his|her|its|their) part|in (?:his|her|its|their) turn|"
                  r"in turn|however|meanwhile|on (?:his|her|its|their) part|in response),?$",
                  "", head)
    # "Hayashi, who took office earlier this month, (also) voiced ...": the relative
    # clause or appositive between subject and verb is skipped.
    # "X, Chairman of the Cabinet, who described ...": a comma is left for the asides and
    # offices below to be dropped too.
    head, relative = re.subn(r",\s+(?:who|which|whose)\b[^,]*,?$", ",", head)
    # "Albanese, on his first trip since his re-election, said ...": so is an aside.
    head = re.sub(r"(?<=[^\W\d_]),\s+(?:on|in|at|after|during|before|speaking|addressing|"
                  r"asked|answering|responding)\b[^,]{3,80},$", "", head)
    head = re.sub(r"(?<=[^\W\d_]),\s+(?:the|a|an|his|her|[A-Z][\w’'-]+(?:'s|’s))\s[^,]{3,80},$",
                  "", head)
    # "Hadi, chairman of the Ports Authority, said": an office without an article.
    head = re.sub(rf"(?<=[^\W\d_]),\s+(?:[a-z][\w-]*\s+){{0,2}}(?i:{_lower_heads()})\b[^,]{{0,80}},$",
                  "", head)
    if relative:
        head = head.removesuffix(",")
    match = re.search(r"((?:[Tt]he\s+|[Bb]oth\s+|[Hh]is\s+|[Hh]er\s+|[Aa]\s+)?"
                      r"(?:[\w’'.-]+\s+){0,6}?[\w’'.-]+)$", head)
    if not match:
        return None
    phrase = match.group(1)
    # Trim the phrase back to the start of its clause; two names joined by "and" stay
    # together ("Pakistan and Turkiye reaffirmed").
    for sep in (", ", "; ", " and ", " that ", " who ", " which ", " while ", " as ",
                " but ", " when "):
        if sep in phrase:
            joined = _JOINED_NAMES.search(phrase) if sep == " and " else None
            phrase = joined.group(0) if joined else phrase.rsplit(sep, 1)[1]
    phrase = re.sub(r"^(?:[Ff]or (?:his|her) part|[Mm]eanwhile|[Hh]owever|[Ii]n turn|"
                    r"[Ii]n (?:this|that) (?:context|regard|connection|respect)|"
                    r"[Ll]ater|[Ee]arlier|[Aa]lso|[Ii]n addition|[Tt]hen|[Tt]here|[Hh]ere|"
                    r"[Mm]oreover|[Ff]urthermore|[Ii]n response|[Aa]gain|[Ww]hile|[Ww]hereas|"
                    r"[Aa]nd|[Bb]ut|[Aa]s|[Ww]hen)\s+", "", phrase)
    at = offset + len(head) - len(phrase)
    return (phrase, at) if phrase else None


_MAX_CONTENT = 1200
# What follows a verb that ends its sentence's report: when, where and in what form.
_CIRCUMSTANCE = re.compile(r"(?:in a (?:statement|press release|readout|communiqu\w+)|"
                           r"on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|"
                           r"after|following)\b(?!.*\bthat\b)", re.S)
_DATELINE = re.compile(patterns.DATELINE)
_ONLY_TIME = re.compile(r"(?:on|in|at|late|early|earlier|later|this|last)\b[\w ,]{0,40}", re.I)
_OWN_SUBJECT = re.compile(r"(?:\band|,)\s+(?:[Tt]he\s+\w+|[Hh]e|[Ss]he|[A-Z][\w’'-]+)\s+"
                          rf"{_ADVERBS}$")
_COORDINATED = re.compile(rf"(?:(?:,\s*|\s)(?:and|but|while)\s+|,\s*){_ADVERBS}$")
_JOINED_NAMES = re.compile(r"(?:[A-Z][\w’'.-]+\s+){0,3}[A-Z][\w’'.-]+\s+and\s+"
                           r"(?:[A-Z][\w’'.-]+\s*){1,4}$")


def _next_clause(rest: str) -> int | None:
    """Where a coordinated clause with its own subject and reporting verb begins:
    "..., and underlined that ..." keeps the subject; "...; Dar added ..." does not."""
    own = re.search(rf",?\s+(?:while|whereas|but|and)\s+(?:[Tt]he\s+)?(?:[A-Z][\w’'-]+\s+)"
                    rf"{{1,3}}{_ADVERBS}(?:{_verbs()})\b", rest)
    if own:
        return own.start()
    for match in re.finditer(rf"(?:,\s+(?:and|but|while)\s+|\s+(?:and|but)\s+|;\s+|,\s+)"
                             rf"(?:{_ADVERBS})"
                             rf"(?P<verb>{_verbs()})\b", rest):
        return match.start()
    return None


def _mask_quotes(text: str, base: int, quotes: list[Quote]) -> str:
    chars = list(text)
    for quote in quotes:
        a, b = quote.start - base + 1, quote.end - base - 1
        if b <= 0 or a >= len(chars):
            continue
        for i in range(max(a, 0), min(b, len(chars))):
            if not chars[i].isspace():
                chars[i] = "x"
    return "".join(chars)
