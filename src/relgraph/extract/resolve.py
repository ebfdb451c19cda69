"""Who "he", "the minister", "the sides" or "Baku" stand for at a point of the article."""

from __future__ import annotations

import bisect
import re

from . import countries, lexicon
from .entities import Entities, PersonEntity
from .text import Sentence

__all__ = ["Resolver"]

_PRONOUN = re.compile(r"^(?:he|she|him|her|his)$", re.I)
_PLURAL = re.compile(
    r"^(?:they|the (?:two |both )?(?:deputy |energy |trade |defen[cs]e |interior )?"
    r"(?:ministers|sides|leaders|presidents|officials|diplomats|"
    r"counterparts|heads of state|foreign ministers|parties|delegations|prime ministers|"
    r"participants)|"
    r"both (?:deputy |energy |trade |defen[cs]e |interior )?(?:ministers|sides|leaders|"
    r"presidents|officials|parties|counterparts|diplomats|"
    r"foreign ministers|delegations|heads of state|men|prime ministers)|the two|we|both|"
    r"the two (?:men|women|heads of government|prime ministers|top diplomats|co-chairs)|"
    r"the three (?:leaders|presidents|ministers|foreign ministers|heads of state)|"
    r"the co-chairs|the (?:top )?diplomats|the delegations)$", re.I)
_ROLE = re.compile(
    r"^(?:the |his |her )?(?:(?P<nat>[A-Z][\w’'-]+) )?(?P<words>(?:[a-z]+ ){0,3}?)"
    r"(?P<role>pm|top diplomat|head of state|head of government|minister|ambassador|envoy|diplomat|"
    r"president|prime minister|premier|secretary|chairman|speaker|spokesperson|spokesman|"
    r"spokeswoman|governor|high commissioner|commissioner|director|head|leader|king|emir|"
    r"chancellor|mayor|deputy|chair|official)$", re.I)
# Words before a role that say its holder holds no office of state: "the opposition leader"
# is none of the leaders named.
_NOT_AN_OFFICE = frozenset({"opposition", "former", "rebel", "party", "union", "community"})
_BOTH_COUNTRIES = re.compile(r"^(?:both|the two|the (?P<three>three)) (?:countries|nations|"
                             r"governments)$", re.I)
_A_SPOKESPERSON = re.compile(r"^an? (?:\w+ )?(?:spokesman|spokeswoman|spokesperson)\b")
_COUNTERPART = re.compile(r"^(?:his|her|their) (?:\w+ )?counterparts?$", re.I)
_SIDE = re.compile(r"^(?:[Tt]he )?(?P<nat>[A-Z][\w’'-]+(?: [A-Z][\w’'-]+)?)(?:'s|’s)? (?i:side|"
                   r"government|authorities|delegation|leadership|officials|foreign ministry|"
                   r"ministry|foreign office|presidency|embassy|mission)"
                   r"(?: in [A-Z][\w’'-]+(?: [A-Z][\w’'-]+)?)?$")
_ORG_REF = re.compile(r"^(?:the |its )?(?:members of the )?(?P<word>ministry|foreign ministry|"
                      r"foreign office|embassy|government|committee|commission|council|agency|"
                      r"it)(?: members)?$", re.I)


class Resolver:
    """Resolve the words that name a speaker or agent to names or country codes."""

    def __init__(self, entities: Entities, sentences: list[Sentence], main: list[str]) -> None:
        self.entities = entities
        self.sentences = sentences
        self.main = main
        self._starts = [s.start for s in sentences]
        mentions = sorted((pos, i) for i, p in enumerate(entities.persons) for pos in p.mentions)
        self._mention_pos = [m[0] for m in mentions]
        self._mention_person = [entities.persons[m[1]] for m in mentions]
        self.meetings: list[tuple[int, list[PersonEntity]]] = []
        self.recalled: set[int] = set()  # where meetings of the past are told
        # Subjects resolved from roles ("the ambassador noted"), so that a later "she"
        # can point back to them.
        self.resolved: list[tuple[int, PersonEntity]] = []
        # Groups named by office ("the two ministers"), which a "they" right after means.
        self.groups: list[tuple[int, list[PersonEntity]]] = []
        self.spoken: list[tuple[int, PersonEntity]] = []
        self.last_org_speaker: tuple[int, str] | None = None

    # --- what can be a subject --------------------------------------------------------
    def could_be(self, words: str) -> bool:
        words = words.strip()
        if not words or len(words) > 90:
            return False
        if (_PRONOUN.match(words) or _PLURAL.match(words) or _ROLE.match(words)
                or _A_SPOKESPERSON.match(words)
                or _BOTH_COUNTRIES.match(words)
                or _COUNTERPART.match(words) or _SIDE.match(words) or _ORG_REF.match(words)):
            return True
        if self._persons_in(words):
            return True
        if self._org_in(words):
            return True
        found = countries.find_countries(words)
        return bool(found) and len(words.split()) <= 3

    # --- resolution -------------------------------------------------------------------
    def resolve(self, words: str, at: int) -> list[str]:
        """Names (or alpha-3 codes) the words stand for at article position ``at``."""
        return [self.label(x) for x in self.resolve_entities(words, at)]

    def label(self, item: PersonEntity | str) -> str:
        return item.name if isinstance(item, PersonEntity) else item

    def resolve_entities(self, words: str, at: int) -> list[PersonEntity | str]:
        words = " ".join(words.split())
        named = self._persons_in(words)
        if named:
            return list(named)
        if _A_SPOKESPERSON.match(words):
            # "..., a spokesman for the Polish Foreign Ministry said": the spokesperson the
            # article names, if it names one
            spokespeople = [p for p in self.entities.persons if "spokesperson" in p.roles()]
            if len(spokespeople) == 1:
                return spokespeople
        if _PRONOUN.match(words):
            gender = "f" if words.lower() in ("she", "her") else "m"
            person = self.subject_before(at, gender=gender)
            return [person] if person else []
        if both := _BOTH_COUNTRIES.match(words):
            return list(self.main[:3 if both.group("three") else 2])
        if _PLURAL.match(words):
            if words.lower() == "they" and (recent := self._group_before(at)):
                self.groups.append((at, recent))  # the next "they" means them too
                return list(recent)
            role = re.search(r"(prime minister|foreign minister|minister|president|ambassador|"
                             r"leader|head of state|diplomat)s?$", words, re.I)
            pair = list(self.pair_at(at))
            if role:
                wanted = role.group(1).lower()
                wanted = "minister" if wanted in ("foreign minister", "diplomat") else wanted
                # "The ministers" of a meeting with a president too are its ministers.
                holding = [p for p in pair if wanted in p.roles()]
                if len(holding) < 2:
                    holding = self.with_role(wanted, 3 if "three" in words.lower() else 2)
                if len(holding) >= 2:
                    self.groups.append((at, holding))
                    return holding
            return pair
        if _COUNTERPART.match(words):
            subject = self.subject_before(at)
            partner = self.partner_of(subject, at) if subject else None
            return [partner] if partner else []
        role = _ROLE.match(words)
        if role:
            nat = countries.find_countries(role.group("nat")) if role.group("nat") else []
            office = role.group("role")
            joined = f"{role.group('nat')} {office}"
            qualifier = role.group("words").split()
            if role.group("nat") and not nat:
                if joined in lexicon.TITLE_HEADS:
                    office = joined  # "The Prime Minister" names no nationality
                else:
                    qualifier.insert(0, role.group("nat").lower())  # "the opposition leader"
            if office.istitle() and not nat and not role.group("words") and (
                    first := self._protagonist(office, at)):
                return [first]  # a readout's "The Minister underscored ..." is its own
            person = self.by_role(office.lower(), at,
                                  country=nat[0].code if nat else None, words=qualifier)
            if person:
                self.resolved.append((at, person))
                return [person]
        org = self._org_in(words)
        if org:
            return [org]
        side = _SIDE.match(words)
        capital = [m for m in countries.find_countries(words) if m.how == "capital"]
        if (side and countries.find_countries(side.group("nat"))) or (
                capital and len(words.split()) == 1):
            found = countries.find_countries(side.group("nat")) if side else capital
            if found:
                # "The Azerbaijani side" or "Baku" at a summons speaks through its ministry;
                # "the Russian embassy" through the embassy.
                kind = "embassy" if re.search(r"embassy|mission", words, re.I) else "ministry"
                body = self.ministry_of(found[0].code, at + len(words), kind=kind)
                return [body or found[0].code]
        found = countries.find_countries(words)
        if found and len(words.split()) <= 5 and not re.search(r"\b[a-z]{4,}\b", words):
            codes: list[PersonEntity | str] = []
            for mention in found:
                if mention.code not in codes:
                    codes.append(mention.code)
            return codes
        match = _ORG_REF.match(words)
        if match:
            org = self.last_org(at, match.group("word").lower())
            if org:
                return [org]
        return []

    def _protagonist(self, role: str, at: int) -> PersonEntity | None:
        """The holder of ``role`` whom the article's first sentence names first, if any."""
        if not self.sentences or at < self.sentences[0].end:
            return None
        lead = self.sentences[0]
        return next((p for p in self.persons_between(lead.start, lead.end)
                     if role.lower() in p.roles()), None)

    def _persons_in(self, words: str) -> list[PersonEntity]:
        found = []
        for part in re.split(r"\s+and\s+|,\s*", words):
            tokens = [t for t in re.findall(r"[\w’'.-]+", part) if t[:1].isupper()]
            for size in range(len(tokens), 0, -1):
                person = self.entities.find_person(" ".join(tokens[-size:]))
                if person and person not in found:
                    found.append(person)
                    break
        return found

    def _org_in(self, words: str) -> str | None:
        if not any(c.isupper() for c in words):
            return None
        bare = re.sub(r"^(?:the|its)\s+", "", words, flags=re.I)
        for org in self.entities.orgs:
            if org.name in bare or (org.name.endswith(bare) and len(bare.split()) >= 2):
                return org.name
            # "the FO" after "the Foreign Office (FO) said"
            if len(bare) >= 2 and bare == "".join(w[0] for w in org.name.split() if w[0].isupper()):
                return org.name
        return None

    def last_org(self, at: int, word: str) -> str | None:
        kinds = {"ministry": "ministry", "foreign ministry": "ministry",
                 "foreign office": "ministry", "embassy": "embassy", "government": "government",
                 "committee": "government", "commission": "government",
                 "council": "international", "agency": "agency"}
        if word == "it" and self.last_org_speaker:
            return self.last_org_speaker[1]
        kind = kinds.get(word)
        if word in ("committee", "commission", "council"):
            # "the committee" is a body named so, whatever kind it was given
            named = [o for o in self.entities.orgs if word in o.name.lower()]
            before = [o for o in named if o.first < at]
            if before or named:
                return (before or named)[-1].name
        before = [o for o in self.entities.orgs if o.first < at and o.kind == kind]
        if before:
            return before[-1].name
        anywhere = [o for o in self.entities.orgs if o.kind == kind]
        return anywhere[0].name if anywhere else None

    def with_role(self, role: str, count: int = 2) -> list[PersonEntity]:
        """The ``count`` people holding an office, most mentioned first (ties: first
        mentioned)."""
        role = "minister" if role in ("foreign minister", "diplomat") else role
        holders = [p for p in self.entities.persons if role in p.roles()
                   and (role != "minister" or "prime minister" not in p.roles())]
        return sorted(holders, key=lambda p: (-len(p.mentions), p.first))[:count]

    def ministry_of(self, code: str, at: int, *, kind: str = "ministry") -> str | None:
        """The ministry (or embassy) of a country named before ``at``."""
        for org in self.entities.orgs:
            if org.kind == kind and org.country == code and org.first < at:
                return org.name
        return None

    def _group_before(self, at: int) -> list[PersonEntity] | None:
        """The group named by office in this sentence or the one before, unless a meeting
        was told since."""
        index = self.sentence_of(at)
        for pos, group in reversed(self.groups):
            if pos < at and index - self.sentence_of(pos) <= 1 and not any(
                    pos < m < at for m, _ in self.meetings):
                return group
        return None

    def sentence_of(self, at: int) -> int:
        return max(0, bisect.bisect_right(self._starts, at) - 1)

    def persons_between(self, start: int, end: int) -> list[PersonEntity]:
        lo = bisect.bisect_left(self._mention_pos, start)
        hi = bisect.bisect_left(self._mention_pos, end)
        seen: list[PersonEntity] = []
        for person in self._mention_person[lo:hi]:
            if person not in seen:
                seen.append(person)
        return seen

    def subject_before(self, at: int, *, gender: str | None = None) -> PersonEntity | None:
        """The person a pronoun at ``at`` refers to: the first person named earlier in the
        same sentence, else the subject of the nearest earlier sentence that has one
        (named, or resolved from "the ambassador"); an honorific's gender must agree."""
        def fits(person: PersonEntity) -> bool:
            return gender is None or person.gender in (None, gender)

        index = self.sentence_of(at)
        sentence = self.sentences[index]
        same = [p for p in self.persons_between(sentence.start, at) if fits(p)]
        if same:
            return same[0]
        for j in range(index - 1, -1, -1):
            start, end = self.sentences[j].start, self.sentences[j].end
            # The one who spoke last in that sentence: "X said ..., while Y stressed ...
            # 'We stand with you,' he said" is Y.
            spoken = [p for pos, p in self.spoken if start <= pos < end and fits(p)]
            if spoken:
                return spoken[-1]
            resolved = [p for pos, p in self.resolved if start <= pos < end and fits(p)]
            named = [p for p in self.persons_between(start, end) if fits(p)]
            if resolved and (not named or named[0] is not resolved[0]):
                return resolved[0]
            if named:
                return named[0]
        return None

    def by_role(self, role: str, at: int, *, country: str | None = None,
                words: list[str] | None = None) -> PersonEntity | None:
        """The person "the minister" (or "the Georgian PM") refers to: the last one
        mentioned with that office (and country), one whose office has the portfolio
        ``words`` ("foreign" minister) first. When nobody's office is known, the subject
        before is taken and learns the office: "Musayev noted ... The minister expressed
        hope" makes Musayev a minister."""
        role = {"premier": "prime minister", "pm": "prime minister", "diplomat": "ambassador",
                "top diplomat": "minister", "high commissioner": "ambassador",
                "commissioner": "ambassador", "spokesman": "spokesperson",
                "spokeswoman": "spokesperson", "chair": "chairman"}.get(role, role)
        lo = bisect.bisect_left(self._mention_pos, at)
        fallback = None
        for i in range(lo - 1, -1, -1):
            person = self._mention_person[i]
            if country and (person.country != country or person.guessed):
                # "the Vietnamese leader" is one whose country was guessed, or is unknown,
                # only if none is said to be Vietnamese
                if person.country in (None, country) and role in person.roles():
                    fallback = fallback or person
                continue
            if role in person.roles() or (role == "official" and person.title):
                title = (person.title or "").lower()
                if not words or any(w in title for w in words):
                    return person
                if not set(words) & _NOT_AN_OFFICE:
                    fallback = fallback or person  # "the foreign minister": his office
        if fallback:
            return fallback
        candidates = [p for p in self.entities.persons if role in p.roles()
                      and (not country or p.country in (None, country))
                      and (not words or any(w in (p.title or "").lower() for w in words))]
        if len(candidates) == 1:
            return candidates[0]
        if candidates or role == "official":
            return None
        person = self.subject_before(at)
        if person and not person.title and (not country or person.country in (None, country)):
            person.title = role.title() if role != "prime minister" else "Prime Minister"
            return person
        return None

    def pair_at(self, at: int) -> list[PersonEntity]:
        """The two people "the sides" or "the ministers" stand for: the last meeting's
        participants, else the two most mentioned people of different countries."""
        earlier = [m for m in self.meetings if m[0] <= at]
        current = [m for m in earlier if m[0] not in self.recalled]
        if current or earlier:
            return (current or earlier)[-1][1]
        ranked = sorted(self.entities.persons, key=lambda p: (-len(p.mentions), p.first))
        if not ranked:
            return []
        first = ranked[0]
        for other in ranked[1:]:
            if other.country != first.country or not first.country:
                return [first, other]
        return [first]

    def partner_of(self, person: PersonEntity, at: int) -> PersonEntity | None:
        for _, group in reversed(self.meetings):
            if person in group:
                others = [p for p in group if p is not person]
                if others:
                    return others[0]
        pair = self.pair_at(at)
        others = [p for p in pair if p is not person]
        return others[0] if others else None

    def note_speaker(self, at: int, speaker: str) -> None:
        """Remember who spoke where, for the pronouns that follow."""
        person = self.entities.find_person(speaker)
        if person:
            self.spoken.append((at, person))
            self.spoken.sort(key=lambda item: item[0])

    def note_meeting(self, at: int, persons: list[PersonEntity], *, recalled: bool = False
                     ) -> None:
        """Remember who met where; a meeting recalled from the past ("recalled X's visit
        in October") is not who "the sides" are afterwards, unless no other is told."""
        if len(persons) >= 2:
            self.meetings.append((at, persons))
            if recalled:
                self.recalled.add(at)
