"""Cues of cooperation, meetings and participation in a sentence.

These functions only read the sentence; who the parties are is decided by the pipeline,
which knows the article's people and countries.
"""

from __future__ import annotations

import re

from . import lexicon, patterns

__all__ = [
    "PAIR_CUES",
    "cooperation_cue",
    "cooperation_fields",
    "cooperative_clauses",
    "hostile",
    "meeting_cue",
    "plover_for_cooperation",
]

# Words that speak of cooperation, looked up per word (a set and a prefix tuple are far
# cheaper than one large alternation tried at every position).
_COOPERATION_WORDS = frozenset({
    "partners", "agreement", "agreements", "agreed", "agree", "sign", "signed", "signing",
    "signs", "mou", "mous", "friendship", "brotherhood", "alliance", "allies", "project",
    "projects", "exchange", "exchanges", "aid", "fraternal", "brotherly", "dialogue",
    "integration", "connectivity", "investment", "trade", "intergovernmental", "bilateral",
    "document", "documents",
})
_COOPERATION_PREFIXES = (
    "cooperat", "co-operat", "collaborat", "partnership", "memorand", "joint", "strengthen",
    "expand", "deepen", "boost", "enhanc", "promot", "support", "assist", "coordinat",
    "develop", "pledg", "commit", "mutual", "donat", "provid", "deliver", "help", "contribut",
    "allocat",
)
_COOPERATION_PHRASES = re.compile(r"\b(?:work(?:ed|ing)? (?:together|jointly)|areas? of|"
                                  r"range of areas)\b", re.I)
# Relations and ties count when the sentence speaks well of them: "ties keep growing
# stronger"; "the state of relations" in a rebuke does not.
_GOOD_RELATIONS = re.compile(
    r"\b(?:good|friendly|close|closer|excellent|strong|stronger|strategic|warm|historic|"
    r"high-level|fraternal|brotherly|bilateral|diplomatic|growing|traditional|deep)\W+"
    r"(?:\w+\W+){0,3}?(?:ties|relations(?:hip)?s?)\b"
    r"|\b(?:ties|relations(?:hip)?s?)\W+(?:\w+\W+){0,8}?(?:grow\w*|develop\w*|strong\w*|"
    r"excellent|highest|level|good|based on|rest on|founded|flourish\w*|improv\w*|advanc\w*|"
    r"normali[sz]\w*|deepen\w*|expand\w*|elevat\w*)\b", re.I)
_WORD = re.compile(r"[a-z]+(?:-[a-z]+)*")


def _cooperation_word(sentence: str) -> str | None:
    lowered = sentence.lower()
    for word in _WORD.findall(lowered):
        if word in _COOPERATION_WORDS or word.startswith(_COOPERATION_PREFIXES):
            return word
    phrase = _COOPERATION_PHRASES.search(sentence)
    if phrase:
        return phrase.group(0)
    if "ties" in lowered or "relation" in lowered:
        good = _GOOD_RELATIONS.search(sentence)
        if good:
            return good.group(0)
    return None


_RELATIONS = re.compile(
    r"\b(?:relations?|relationship|ties|friendship|brotherhood|fraternal|brotherly|"
    r"partnership|strategic|political|dialogue|diplomatic|alliance|allies|solidarity|"
    r"unity|cooperation between|bilateral (?:cooperation|agenda|relations|ties)|"
    r"interaction|platforms?|trilateral|format|diplomacy|ally|allies|"
    r"(?:coordinat\w*|align\w*|harmoni[sz]\w*) (?:\w+ )?(?:positions?|stances?))\b", re.I)

_NEGATIVE_RELATIONS = re.compile(
    r"\b(?:worse|worsen\w*|deteriorat\w*|tension\w*|strain\w*|complicated|crisis|"
    r"anti-\w+|campaign against|conflict|dispute|war|occupation|incident)\b", re.I)

#: Words that stand for "the two countries of this article".
PAIR_CUES = re.compile(
    r"\b(?:two countries|both countries|the two nations|both nations|two states|both states|"
    r"two peoples|both peoples|bilateral|the sides|two sides|both sides|brotherly country|"
    r"fraternal countries|our countries|their countries|the two governments|"
    r"both governments|two neighbours|two neighbors|the countries|the ministers|"
    r"two ministers|both ministers|two leaders|both leaders|mutual|each other|jointly|"
    r"together|the delegations|both delegations)\b", re.I)

_MEETING = re.compile(
    r"\b(?:met(?!\s+(?:the|a|an|its|their|all)\s+(?:\w+\s+)?(?:deadlines?|targets?|goals?|"
    r"requirements?|criteria|demands?|expectations?|standards?|conditions?|obligations?))|"
    r"meet(?:s|ing)? with|meeting (?:with|between)|held (?:talks|a meeting|"
    r"consultations|negotiations|a phone call|a telephone (?:call|conversation)|"
    r"a video (?:call|conference)|discussions)|talks with|talks between|"
    r"received|hosted(?!\s+(?:in|at|by|on)\b)|"
    r"spok(?:e|en) (?:by phone|on the phone|over the phone|by telephone|with)|"
    r"(?:tele)?phone (?:call|conversation|talks?)|telephone conversation|"
    r"video (?:call|conference)|videoconference|summoned|called in|"
    r"presented (?:his|her) (?:credentials|letters of credence)|"
    r"presented (?:copies of )?(?:his|her) credentials|conversation (?:with|between)|"
    r"negotiat\w+ with|consulted|welcomed (?:the )?(?:visiting|delegation)|"
    r"(?:had|hold|holds) (?:talks|a meeting|a conversation)|telephoned|phoned|"
    r"held (?:\w+ ){1,3}(?:meeting|talks)|visit(?:ed|s|ing)? (?-i:(?=[A-Z]))|visit to|"
    r"(?:official|state|working|unannounced) visit|gave (?:a |an )?(?:\w+ )?welcome|"
    r"pa(?:id|ys|y|ying) (?:a )?(?:courtesy )?(?:call|visit) (?:on|to)|"
    r"call(?:ed|s)? on(?= (?:the |his |her )?[A-Z]))\b", re.I)


_NEGATED = re.compile(r"(?:\bnot|\bnever|n't|\bno longer|\bhalt\w*|\bend(?:ed|s)?|\bprohibit\w*|"
                      r"\bstop\w*|\bopposed to|\bsuspend\w*|\bcut|\bwithout|\bagainst)"
                      r"(?:\s+\w+){0,3}\s*$", re.I)


def hostile(sentence: str) -> bool:
    """Whether a sentence reports a hostile or tense act (protest, summons, sanctions ...).

    A cooperative act that comes first wins: "Bosnia and Slovenia agreed to a ceasefire
    after two days of fighting" reports an agreement.
    """
    bad = lexicon.HOSTILE_CUES.search(sentence)
    good = next((m for m in lexicon.COOPERATIVE_ACTS.finditer(sentence)
                 if not _NEGATED.search(sentence[max(0, m.start() - 40):m.start()])), None)
    if not bad:
        return good is None and bool(lexicon.COOPERATIVE_ACTS.search(sentence))
    return not good or bad.start() < good.start()


def cooperation_cue(sentence: str) -> str | None:
    """The word that makes a sentence speak of cooperation, unless it is hostile."""
    if hostile(sentence):
        return None
    word = _cooperation_word(sentence)
    if word:
        return word
    match = lexicon.COOPERATIVE_ACTS.search(sentence)
    return match.group(0) if match else None


_CLAUSE_BREAK = re.compile(r";\s+|,\s+(?:but|while|whereas|noting|adding)\s+|"
                           r"\s+(?:while|whereas)\s+")


def cooperative_clauses(sentence: str) -> str:
    """The clauses of a sentence that speak of cooperation themselves: "X expanded trade
    ties, while Y was seeking education" reads trade, not education. A sentence none of
    whose clauses does so on its own is read whole."""
    clauses = _CLAUSE_BREAK.split(sentence)
    if len(clauses) == 1:
        return sentence
    kept = [c for c in clauses if cooperation_cue(c)]
    return " ... ".join(kept) if kept else sentence


def cooperation_fields(sentence: str) -> list[str]:
    """Fields of cooperation named in a cooperative sentence; ``diplomacy`` for relations
    in general, and for an act of cooperation (an offer, an agreement) that names no
    field."""
    fields = lexicon.fields_in(sentence)
    if _RELATIONS.search(sentence) and not _NEGATIVE_RELATIONS.search(sentence):
        fields.append("diplomacy")
    if not fields and lexicon.COOPERATIVE_ACTS.search(sentence):
        fields.append("diplomacy")
    return fields


_NOT_MET = re.compile(r"(?:\bnot|\bnever|n't|\bpostpon\w*|\bcancel\w*|\bcall(?:ed)? off|"
                      r"\bwithout|\brefus\w*|\bdeclin\w*|\basked about|\bquestioned about|"
                      r"\bcommenting on)(?:\s+[\w’']+){0,4}\s*$"
                      # a visit or meeting still to come: "invited X to visit", "will meet"
                      r"|\b(?:to|will|would|shall)\s+$", re.I)


def meeting_cue(sentence: str) -> str | None:
    """The words that report a meeting, call or visit, unless negated ("did not discuss
    the postponed visit")."""
    for match in _MEETING.finditer(sentence):
        if match.group(0).lower().startswith("call") and patterns.ASKED_TO.match(
                sentence, match.end()):
            continue  # "called on Chile to reopen the pass" asks; "called on the king" visits
        if not _NOT_MET.search(sentence[max(0, match.start() - 50):match.start()]):
            return match.group(0)
    return None


def plover_for_cooperation(sentence: str, field: str) -> str:
    """PLOVER category of a cooperation: AID for help given, AGREE for agreements reached,
    COOPERATE otherwise."""
    if field == "humanitarian" or re.search(r"\b(?:aid|donat\w*|assistance|relief)\b",
                                            sentence, re.I):
        return "AID"
    if re.search(r"\b(?:agree\w*|sign\w*|memorand\w*|MoU|accord|deal|treaty|pact)\b",
                 sentence, re.I):
        return "AGREE"
    return "COOPERATE"
