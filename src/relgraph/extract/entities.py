"""People, organisations and events named in an article, merged within the article.

A person is found by an office before the name ("Turkish Ambassador Akgün"), an office
after it ("Seyed Abbas Mousavi, Iran's ambassador"), an honorific ("H.E. Kim"), a
counterpart ("his Turkish counterpart Mevlüt Çavuşoğlu"), or a reporting or meeting verb
after a capitalised name ("Musayev noted"). Later mentions by surname join the first.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache, lru_cache
from itertools import pairwise

from . import countries, lexicon, patterns
from .records import Evidence
from .text import Sentence
from .trie import trie_pattern

__all__ = ["Entities", "OrgEntity", "PersonEntity", "fold", "name_key"]

_SPECIAL = str.maketrans({"ı": "i", "ə": "a", "Ə": "A", "ø": "o", "ł": "l", "Ł": "L",
                          "đ": "d", "ß": "ss", "’": "'"})


def fold(text: str) -> str:
    """Lower-case without diacritics: the form names are compared in."""
    text = unicodedata.normalize("NFKD", text.translate(_SPECIAL))
    return "".join(c for c in text if not unicodedata.combining(c)).casefold()


@cache
def name_key(name: str) -> tuple[str, ...]:
    """Tokens of a name without initials, honorifics and Arabic articles, folded
    ("el-Sisi" is "sisi")."""
    folded = fold(name)
    if "-" in folded:
        folded = _ARTICLE.sub("", folded)
    tokens = re.split(r"[\s.]+", folded)
    honorifics = {h.lower().strip(".") for h in lexicon.HONORIFICS}
    return tuple(t for t in tokens if len(t) > 1 and t not in honorifics)


_ARTICLE = re.compile(r"(?<![\w-])(?:al|el|ad|as|ash|an|ar|at|az)-(?=\w)", re.I)


@dataclass(slots=True)
class PersonEntity:
    name: str
    title: str | None = None
    country: str | None = None
    first: int = 0
    mentions: list[int] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)
    how: str = ""
    guessed: bool = False  # country inferred from the article, not read off the text
    gender: str | None = None  # "m" or "f" when an honorific says so

    @property
    def key(self) -> tuple[str, ...]:
        return name_key(self.name)

    def roles(self) -> set[str]:
        """Nouns that can refer back to this person: "the minister", "the ambassador"."""
        title = (self.title or "").lower()
        roles = set()
        for word in ("minister", "ambassador", "president", "envoy", "secretary", "chairman",
                     "speaker", "spokesperson", "spokesman", "governor", "commissioner",
                     "director", "prime minister", "leader", "head", "premier", "king", "emir",
                     "chair", "chancellor", "mayor", "deputy", "sultan"):
            if word in title:
                roles.add(word)
        if not re.search(r"(?<!prime )minister", title):
            roles.discard("minister")  # a prime minister is not "the minister"
        if _MINISTERIAL_SECRETARY.search(title):
            roles.add("minister")  # Kenya's Cabinet Secretaries, Mexico's Secretary of ...
        if roles & {"president", "king", "emir", "sultan"}:
            roles |= {"leader", "head of state"}
        if roles & {"prime minister", "premier", "chancellor"}:
            roles |= {"leader", "head of government"}
        if roles & {"ambassador", "commissioner", "envoy"}:
            roles |= {"ambassador", "envoy", "diplomat", "high commissioner"}
        if "prime minister" in title:
            roles.add("premier")
        if "spokes" in title:
            roles |= {"spokesperson", "spokesman", "spokeswoman"}
        return roles


#: Secretaries who are their country's ministers ("Foreign Secretary" is not: in India it
#: is the foreign ministry's top official).
_MINISTERIAL_SECRETARY = re.compile(r"cabinet secretary|secretary of state|"
                                    r"secretary (?:of|for) [\w ]*affairs")


@dataclass(slots=True)
class OrgEntity:
    name: str
    kind: str
    country: str | None = None
    first: int = 0
    evidence: list[Evidence] = field(default_factory=list)


@dataclass(slots=True)
class EventEntity:
    name: str
    location: str | None = None
    first: int = 0
    evidence: list[Evidence] = field(default_factory=list)


#: A name in a list under a plural office, with the country it may open with.
_LISTED = rf"(?:(?P<nat>{patterns.country_ref()})\s+)?(?P<name>{patterns.NAME})"

_CUES = {
    "counterpart": re.compile(r"counterpart|colleague", re.I),
    "expert-after": re.compile(r",\s+an?\s"),
    "plural-title": re.compile(r"(?:Ministers|Presidents|Ambassadors|Envoys|Leaders|Chairmen|"
                               r"Speakers|ministers|presidents|ambassadors|envoys|leaders)[\s,]"),
    "plural-title-of": re.compile(r"(?:[Mm]inisters|[Pp]residents|[Aa]mbassadors|[Ee]nvoys|"
                                  r"[Ll]eaders)\s+[A-Z]"),
    "title-before": re.compile(patterns.title_heads()),
    "title-after": re.compile(patterns.title_heads()),
    "honorific": re.compile(r"\b(?:Mr|Mrs|Ms|Dr|H\.\s?E|Prof|Hon|His|Her|Sheikh|Sheikha|Shaikh|"
                            r"Dato|Datuk|Tan Sri|Tun|Sir|Dame)\b"),
    "before-verb": re.compile(r"."),
    "led-by": re.compile(r"\b(?:led|headed|represented) by\b"),
    "represented-by": re.compile(r"\brepresented by\b"),
}

_BODY_POSSESSIVE = r"[A-Z][\w-]*(?:\s+(?:of\s+)?[A-Z][\w-]*){0,3}(?:'s|’s)"

_VERBS_AFTER_NAME = (
    r"(?:has |had |also |then |later |further |again |strongly |firmly |warmly |in turn )*"
    r"(?:said|says|noted|stressed|emphasi[sz]ed|underlined|underscored|highlighted|stated|"
    r"added|pointed out|recalled|reiterated|remarked|affirmed|reaffirmed|declared|announced|"
    r"expressed|voiced|conveyed|welcomed|condemned|denounced|told|met|held|received|hosted|"
    r"spoke|visited|attended|urged|called|warned|praised|hailed|thanked|described|explained|"
    r"assured|presided|chaired|signed|led|summoned|accused|rejected|dismissed|insisted|"
    r"informed|briefed|invited|discussed|congratulated|wrote|tweeted|posted)\b"
)


@cache
def _person_patterns() -> list[tuple[str, re.Pattern[str]]]:
    name = patterns.NAME
    title = patterns.title_pattern()
    cref = patterns.country_ref()
    honor = (r"(?:Mr\.?|Mrs\.?|Ms\.?|Dr\.?|H\.\s?E\.?|Prof\.?|Hon\.?|His Excellency|Her Excellency|"
             r"Sheikh|Sheikha|Shaikh|Dato['’]?\s?Seri|Dato['’]?|Datuk(?:\s?Seri)?|Tan Sri|Tun|"
             r"Sir|Dame|(?:Colonel|Lieutenant|Major|Brigadier) General|Admiral|Vice Admiral|"
             r"Field Marshal|Air Chief Marshal)")
    listed = rf"(?:{cref}\s+)?{name}"
    return [
        # "Prime Ministers X and Y", "The energy ministers of the three countries, Greece's
        # X, Cyprus's Y and Israel's Z"
        ("plural-title", re.compile(
            rf"(?:(?P<nat>{cref})\s+)?(?P<title>(?:(?:[Pp]rime|[Dd]eputy [Pp]rime|[Dd]eputy|"
            rf"{patterns.portfolio_words()})\s+)?(?:Ministers|Presidents|Ambassadors|Envoys|"
            rf"Leaders|Chairmen|Speakers|ministers|presidents|ambassadors|envoys|leaders))"
            rf"(?:\s+of\s+the\s+(?:two|three|four|five)\s+(?:countries|nations|states))?,?\s+"
            rf"(?P<list>{listed}(?:,\s+{listed})*,?\s+and\s+{listed})")),
        # "Foreign Ministers X of Tajikistan, Y of Kyrgyzstan and Z of Uzbekistan"
        ("plural-title-of", re.compile(
            rf"(?P<title>(?i:(?:(?:prime|foreign|defen[cs]e|deputy prime|deputy|finance|trade|"
            rf"energy|economy|interior) )?(?:ministers|presidents|ambassadors|envoys|leaders)))"
            rf"\s+(?P<list>{name}\s+of\s+{cref}(?:,\s+{name}\s+of\s+{cref})*,?\s+and\s+"
            rf"{name}\s+of\s+{cref})")),
        ("title-before", re.compile(
            rf"(?:(?P<nat>{cref})\s+(?:(?:{patterns.CAP})\s+){{0,3}}?)?(?P<title>{title}),?\s+"
            rf"(?:{honor}\s+)?(?P<name>{name})")),
        # "X, Itaipu's Paraguayan director-general,", "X, spokesperson for India's ..."
        ("title-after", re.compile(
            rf"(?P<name>{name}),\s+(?:(?:the|a|an)\s+(?:(?P<based>{cref})-based\s+)?"
            rf"(?:(?P<body>[a-z]+)(?:'s|’s)\s+)?(?:[a-z][\w-]*\s+){{0,2}}?)?"
            rf"(?:(?!{cref}\s){_BODY_POSSESSIVE}\s+)?"
            rf"(?:(?P<nat>{cref})\s+)?(?P<title>{title})"
            rf"(?:\s+(?:of|for)\s+(?:the\s+)?(?P<of>{cref}))?")),
        # "X, an Iraqi hydrologist at the University of Basra,": a profession and where
        ("expert-after", re.compile(
            rf"(?P<name>{name}),\s+an?\s+(?:(?P<nat>{cref})\s+)?(?:[a-z][\w-]*\s+){{0,2}}?"
            rf"(?P<title>[a-z]+(?:ist|er|or|ian|ant))\s+(?:(?:at|with|from|of)\s+(?:the\s+)?[A-Z]"
            rf"|who\s)")),
        ("counterpart", re.compile(
            rf"\b(?:[Hh]is|[Hh]er|[Tt]heir)\s+(?:(?P<nat>{cref})\s+(?:and\s+(?P<nat2>{cref})\s+)?)?"
            rf"(?:counterparts?|colleagues?),?\s+(?:{honor}\s+)?(?P<name>{name})"
            rf"(?:,?\s+and\s+(?P<name2>{name}))?")),
        ("led-by", re.compile(
            rf"(?:[Tt]he\s+)?(?P<nat>{cref})\s+(?:side|delegation|team|government)\s+"
            rf"(?:was|is|will be)\s+(?:led|headed|represented)\s+by\s+"
            rf"(?:(?P<title>{title}),?\s+)?(?P<name>{name})")),
        ("represented-by", re.compile(
            rf"(?P<nat>{cref})\s+(?:was|is|were|will be)\s+represented\s+by\s+"
            rf"(?:(?P<title>{title}),?\s+)?(?P<name>{name})")),
        ("honorific", re.compile(rf"\b{honor}\s+(?P<name>{name})")),
        ("before-verb", re.compile(
            rf"(?P<name>{name})(?:,\s+(?:for (?:his|her) part|in (?:his|her) turn|in turn|"
            rf"who\s[^,]{{3,80}}),)?\s+{_VERBS_AFTER_NAME}")),
    ]


class Entities:
    """The people, organisations and events of one article, merged by name."""

    def __init__(self, text: str, sentences: list[Sentence]) -> None:
        self.text = text
        self.sentences = sentences
        self.persons: list[PersonEntity] = []
        self.orgs: list[OrgEntity] = []
        self.events: list[EventEntity] = []
        self._spans: list[tuple[int, int]] = []  # spans taken by orgs and events

    # --- people -----------------------------------------------------------------------
    def find_person(self, name: str) -> PersonEntity | None:
        """The person a (partial) name refers to: token sets contain one another."""
        key = set(name_key(name))
        if not key:
            return None
        for person in self.persons:
            other = set(person.key)
            if key <= other or other <= key:
                return person
        return None

    def scan_persons(self) -> None:
        for sentence in self.sentences:
            for how, pattern in _person_patterns():
                # Each pattern needs a cue word; a sentence without it is skipped cheaply.
                if not _CUES[how].search(sentence.text):
                    continue
                for match in pattern.finditer(sentence.text):
                    self._person_match(how, match, sentence)
        self._scan_known_people()
        self._collect_mentions()

    def _scan_known_people(self) -> None:
        """Office holders the gazetteer knows, named in full with no office or verb beside
        them: "he had told Luiz Inácio Lula da Silva, when the two met ..."."""
        if not _gazetteer("LEADERS").search(self.text):
            return
        for sentence in self.sentences:
            for match in _gazetteer("LEADERS").finditer(sentence.text):
                if not self.find_person(match.group(0)):
                    code = lexicon.LEADERS[match.group(0)]
                    self._add_person(match.group(0), match.start(), None,
                                     countries.country(code).name, "gazetteer", sentence)

    def _person_match(self, how: str, match: re.Match[str], sentence: Sentence) -> None:
        if how == "plural-title":
            # "Foreign Ministers Badr Abdelatty, Ayman Safadi and Fuad Hussein"
            singular = re.sub(r"s$", "", match.group("title"))
            base = match.start("list")
            for one in re.finditer(_LISTED, match.group("list")):
                self._add_person(one.group("name"), base + one.start("name"), singular,
                                 one.group("nat") or match.group("nat"), "plural-title",
                                 sentence)
            return
        if how == "counterpart" and match.group("name2") and match.group("nat2"):
            # "his Iraqi and Egyptian counterparts, Ziyad Ali Fadel and Mahmoud Esmat"
            for group, nat in (("name", "nat"), ("name2", "nat2")):
                self._add_person(match.group(group), match.start(group), None,
                                 match.group(nat), "counterpart", sentence)
            return
        if how == "plural-title-of":
            singular = re.sub(r"s$", "", match.group("title")).title()
            base = match.start("list")
            for one in _NAME_OF.finditer(match.group("list")):
                self._add_person(one.group("name"), base + one.start("name"), singular,
                                 one.group("nat"), "plural-title", sentence)
            return
        title = match.groupdict().get("title")
        nat = match.groupdict().get("nat") or match.groupdict().get("of") or \
            match.groupdict().get("based") or self._country_of_body(
                match.groupdict().get("body"), sentence.start + match.start())
        if not nat and how == "title-before":
            # "King Abdullah II of Jordan"
            of = _country_patterns()["of_start"].match(sentence.text, match.end("name"))
            nat = of.group(1) if of else None
        if how == "title-before" and "," in sentence.text[match.end("title"):match.start("name")] \
                and (re.match(r"\s+and\s+[A-Z]", sentence.text[match.end("name"):])
                     or re.search(r"[A-Z][\w’'-]*,\s+$",
                                  sentence.text[max(0, match.start("title") - 60):match.start("title")])):
            return  # "Minister of Immigration, Refugees and Citizenship": the office goes on;
            # "Mr. X, Prime Minister of Mauritania, Mr. Y": the office is X's
        if how == "title-after" and re.search(
                r"(?:^|\s)(?:On|In|At|About|Regarding|As for)\s+$",
                sentence.text[max(0, match.start("name") - 20):match.start("name")]
                + match.group("name").split()[0] + " "):
            return  # "On Rail Baltica, the spokesman said": a topic, then who spoke
        if how == "title-after" and re.match(r"\s+[A-Z][a-z]", sentence.text[match.end():]) \
                and not re.search(r"['’]s$", match.group(0)) \
                and not _ends_in_a_body(sentence.text[match.end():]):
            return  # "Kakheti, the Chairman of X Farid Huseynli": the office is the next name's
            # ("X, spokesperson for India's Ministry of ...", "X, chairman of the Djibouti
            # Ports and Free Zones Authority": the office of a body)
        if how == "before-verb":
            raw = match.group("name")
            cleaned = _clean_name(raw)
            if cleaned and not raw.rstrip().endswith(cleaned.split()[-1]):
                return  # "Rural Development Rubén Carrillo met": not next to the verb
            known = self.find_person(cleaned) if cleaned else None
            if known and cleaned.endswith(" " + known.name):
                return  # "... Culture and Communication Mohamed Bensaid received": the end
                # of an office, then a name already known
        if how == "before-verb" and (countries.find_countries(match.group("name")) or
                                     not self._plausible_bare_name(
                                         _clean_name(match.group("name")), sentence, match)):
            return
        self._add_person(match.group("name"), match.start("name"), title, nat, how, sentence)

    def _country_of_body(self, head: str | None, at: int) -> str | None:
        """The country of the body "the service's spokesperson" speaks for: the last one
        named before ``at`` whose name ends in that word ("the Nigeria Customs Service")."""
        if not head:
            return None
        bodies = [o for o in self.orgs if o.first < at and o.country
                  and o.name.lower().split()[-1] == head]
        return countries.country(bodies[-1].country).name if bodies else None

    def _add_person(self, raw: str, at: int, title: str | None, nat: str | None, how: str,
                    sentence: Sentence) -> None:
        name = _clean_name(raw)
        if not name:
            return
        start = sentence.start + at + raw.find(name.split()[0])
        if self._in_org_or_event(start):
            return
        if how in ("title-before", "title-after") and title:
            title, title_country = _split_title(title)
            nat = nat or title_country
            if how == "title-before" and len(name.split()) <= 2:
                title, name = _move_given_name(title, name)
            while len(name.split()) > 1 and name.split()[0].lower() in lexicon.PORTFOLIOS:
                # "Minister of Energy and | Infrastructure Suhail Al Mazrouei"
                head, name = name.split(maxsplit=1)
                title = f"{title} and {head}" if " of " in title else title
        code = _code_of(nat) if nat else None
        evidence = Evidence(sentence.text, sentence.start, sentence.end, f"person:{how}")
        gender = _gender(sentence.text[max(0, at - 40):at + len(raw)])
        if how == "counterpart" and not title:
            # "Moroccan Foreign Minister X met his Malian counterpart Y": Y holds the same office.
            host = self._named_last(sentence, at)
            title = host.title if host else None
        existing = self.find_person(name)
        if existing and how == "counterpart" and title and existing.title in _RANKS:
            existing.title = None  # "his Saudi counterpart, Prince Faisal": a minister too
        if existing:
            existing.gender = existing.gender or gender
            if len(name_key(name)) > len(existing.key):
                existing.name = name
            if title and not existing.title:
                existing.title = lexicon.normalise_title(title)
            if code and not existing.country:
                existing.country = code
            if how == "counterpart":
                existing.how = existing.how or "counterpart"
            return
        person = PersonEntity(name=name, title=lexicon.normalise_title(title) if title else None,
                              country=code, first=start, evidence=[evidence], how=how,
                              gender=gender)
        self.persons.append(person)

    def _named_last(self, sentence: Sentence, at: int) -> PersonEntity | None:
        """The person with an office named last before ``at`` in this sentence or the one
        before: whom "his counterpart" or "their colleague" is measured against."""
        index = self.sentences.index(sentence)
        start = self.sentences[max(0, index - 1)].start
        before = self.text[start:sentence.start + at]
        best: tuple[int, PersonEntity | None] = (-1, None)
        for person in self.persons:
            if person.title:
                # "Al Saud" is not named in "his Saudi counterpart".
                found = [m.start() for m in re.finditer(
                    rf"\b{re.escape(person.name.split()[-1])}\b", before)]
                if found and found[-1] > best[0]:
                    best = (found[-1], person)
        return best[1]

    def _plausible_bare_name(self, name: str, sentence: Sentence, match: re.Match[str]) -> bool:
        """A capitalised name before a verb is a person unless it is a place, a body or a
        common word at the head of the sentence."""
        tokens = name.split()
        if any(countries.is_country_word(t) for t in tokens):
            return False
        # "leaders in Marsabit voiced anger": after a preposition it is a place.
        if re.search(r"\b(?:in|at|from|near|to|into|across|around|outside|inside)\s+$",
                     sentence.text[:match.start("name")]):
            return False
        if any(t in lexicon.MEDIA for t in (name, *tokens)):
            return False
        if self.find_person(name):
            return True
        if name in lexicon.MEDIA:
            return False
        heads = set(lexicon.ORG_HEADS) | set(lexicon.EVENT_HEADS)
        return not any(t in heads for t in tokens)

    def _collect_mentions(self) -> None:
        """Every mention of a known person: the full name, the surname alone, and the
        first name alone where the text uses it so ("Wang" for Wang Yi, "Hayashi" for
        Hayashi Yoshimasa). A short form shared by several people goes to the one whose
        full name came last before it."""
        full: list[tuple[int, int, PersonEntity]] = []
        for person in self.persons:
            for start in _occurrences(self.text, person.name):
                full.append((start, start + len(person.name), person))
        full.sort(key=lambda x: x[0])
        short: dict[int, list[PersonEntity]] = {}
        for person in self.persons:
            for key in _short_forms(person.name, self.text):
                for start in _occurrences(self.text, key):
                    if not any(a <= start < b for a, b, _ in full):
                        short.setdefault(start, []).append(person)
        for person in self.persons:
            person.mentions = sorted({a for a, _, p in full if p is person} | {person.first})
        for position, candidates in short.items():
            if len(candidates) == 1:
                owner = candidates[0]
            else:
                before = [p for a, _, p in full if a < position and p in candidates]
                owner = before[-1] if before else candidates[0]
            owner.mentions = sorted({*owner.mentions, position})

    # --- organisations ----------------------------------------------------------------
    def scan_orgs(self) -> None:
        ngos = bool(_gazetteer("NGOS").search(self.text))
        national = bool(_gazetteer("NATIONAL_BODIES").search(self.text))
        romance = bool(patterns.romance_org_pattern().search(self.text))
        for sentence in self.sentences:
            dateline = _DATELINE.match(sentence.text)
            if dateline and dateline.group("agency") and \
                    dateline.group("agency") not in lexicon.MEDIA:
                # "CAIRO, Feb 19 (Ahram Online) -": the wire that filed the story.
                city = countries.find_countries(dateline.group("city").title())
                self._add_org(dateline.group("agency"), "media",
                              city[0].code if city else None, sentence,
                              sentence.start + dateline.start("agency"), "org:dateline")
            # Names the gazetteers know come first, so that a head word does not take
            # "SK Group" for a mere group.
            for media in _media_pattern().finditer(sentence.text):
                if not _inside_a_name(sentence.text, media):
                    self._add_org(media.group(0), "media", lexicon.MEDIA[media.group(0)],
                                  sentence, sentence.start + media.start(), "org:media")
            for match in _gazetteer("INTERNATIONAL_BODIES").finditer(sentence.text):
                if not (re.match(r"\s+[A-Z]", sentence.text[match.end():])  # "UN Women"
                        or _inside_a_name(sentence.text, match)):
                    self._add_org(match.group(0), "international", None, sentence,
                                  sentence.start + match.start(), "org:international")
            for match in _gazetteer("NGOS").finditer(sentence.text) if ngos else ():
                self._add_org(match.group(0), "other", None, sentence,
                              sentence.start + match.start(), "org:known-ngo")
            for match in _gazetteer("COMPANIES").finditer(sentence.text):
                if not _inside_a_name(sentence.text, match):
                    self._add_org(match.group(0), "company", lexicon.COMPANIES[match.group(0)],
                                  sentence, sentence.start + match.start(), "org:known-company")
            for match in _gazetteer("NATIONAL_BODIES").finditer(sentence.text) if national else ():
                code, kind = lexicon.NATIONAL_BODIES[match.group(0)]
                self._add_org(match.group(0), kind, code, sentence,
                              sentence.start + match.start(), "org:known-national-body")
            for match in patterns.romance_org_pattern().finditer(sentence.text) if romance else ():
                found = countries.find_countries(match.group("name"))
                self._add_org(match.group("name"), lexicon.ROMANCE_ORG_HEADS[match.group("head")],
                              found[0].code if found else None, sentence,
                              sentence.start + match.start("name"), "org:head-first")
            for match in patterns.org_pattern().finditer(sentence.text):
                self._org_match(match, sentence)
            if _DESCRIBED_CUE.search(sentence.text):
                for match in _described_companies().finditer(sentence.text):
                    self._described_company(match, sentence)
            for match in _DEMONYM_EMBASSY.finditer(sentence.text):
                code = _code_of(match.group("nat"))
                info = countries.country(code) if code else None
                if info:
                    city = f" in {match.group('city')}" if match.group("city") else ""
                    self._add_org(f"Embassy of {info.name}{city}", "embassy", code, sentence,
                                  sentence.start + match.start(), "org:demonym-embassy")
            for match in _POSSESSIVE_EMBASSY.finditer(sentence.text):
                code = _code_of(match.group("nat"))
                if code:
                    name = f"Embassy of {countries.country(code).name} in {match.group('city')}"
                    self._add_org(name, "embassy", code, sentence,
                                  sentence.start + match.start(), "org:possessive-embassy")
            for match in _LOWER_MINISTRY.finditer(sentence.text):
                code = _code_of(match.group("nat"))
                if code:
                    portfolio = lexicon.PORTFOLIOS.get(match.group("portfolio").lower(),
                                                       match.group("portfolio").title())
                    self._add_org(f"Ministry of {portfolio}", "ministry", code, sentence,
                                  sentence.start + match.start("portfolio"), "org:lowercase")
        self._merge_short_forms()

    def _described_company(self, match: re.Match[str], sentence: Sentence) -> None:
        """Companies a common noun introduces: "the Romanian producer Romgaz", "grid
        operators Fingrid and Elering", "Bolivia's state lithium company YLB"."""
        nat = match.group("nat")
        for name in re.split(r",\s+|\s+and\s+", match.group("names")):
            at = match.start("names") + match.group("names").find(name)
            start = sentence.start + at
            if name in patterns.STOP_CAPS or countries.is_country_word(name) \
                    or self._in_org_or_event(start) or self.find_person(name):
                continue
            self._add_org(name, "company", _code_of(nat) if nat else None, sentence, start,
                          "org:described")

    def _merge_short_forms(self) -> None:
        """"KTZ" after "Kazakhstan Temir Zholy (KTZ)", or "SPA" for the Saudi Press Agency,
        is the same organisation as its full name."""
        for short in [o for o in self.orgs if re.fullmatch(r"[A-ZÀ-Þ][A-ZÀ-Þa-z]{1,7}", o.name)]:
            full = next((o for o in self.orgs if o is not short and len(o.name.split()) > 1 and (
                short.name == "".join(w[0] for w in o.name.split() if w[0].isupper())
                or re.search(rf"{re.escape(o.name)}\s*\({re.escape(short.name)}\)", self.text))),
                None)
            if full:
                full.evidence.extend(short.evidence)
                full.country = full.country or short.country
                self.orgs.remove(short)
        # "the Permanent Joint Commission" is the "Ghana-Togo Permanent Joint Commission"
        for short in [o for o in self.orgs if o.kind == "international"]:
            full = next((o for o in self.orgs if o.name.endswith(" " + short.name)
                         and countries.find_countries(o.name[:-len(short.name)])), None)
            if full:
                full.evidence.extend(short.evidence)
                self.orgs.remove(short)

    def _org_match(self, match: re.Match[str], sentence: Sentence) -> None:
        raw = _CALENDAR_TAIL.sub("", match.group("name"))
        # "the Ministry of Foreign Affairs of Senegal and Ghana's Health Ministry" is two.
        split = _joined_orgs().search(raw)
        left = raw[:split.start()] if split else ""
        if split and _org_head(_trim_org(left) or "") is None \
                and not re.search(r"\b[A-Z]{2,}\)?$", left):
            split = None  # "Kuwait Flour Mills and Bakeries Company" is one name; "TRT and
            # Qatar TV" are two
        if split:
            self._org_text(raw[:split.start()], match.start("name"), sentence)
            tail_at = split.end()
            self._org_text(raw[tail_at:], match.start("name") + tail_at, sentence)
            return
        self._org_text(raw, match.start("name"), sentence)

    def _org_text(self, raw: str, at: int, sentence: Sentence) -> None:
        name = _trim_org(raw)
        if not name:
            return
        if _OFFICE_AFTER.match(sentence.text, at + len(raw)):
            return  # "Kenya's Cabinet Secretary": part of an office, not a body
        head = _org_head(name)
        if head is None:
            return
        kind = lexicon.ORG_HEADS[head]
        start = sentence.start + at + raw.find(name)
        if self._in_org_or_event(start):
            return
        prefix = sentence.text[max(0, at - 40):at]
        nat = _country_patterns()["before"].search(prefix)
        lead = _country_patterns()["lead"].match(name)
        if lead and (kind in ("ministry", "government", "parliament", "embassy")
                     or lead.group(1).endswith(("'s", "’s"))
                     or (kind == "agency" and _demonym(lead.group(1)))) \
                and not re.match(r"\s*(?:of|on|for)\b", name[lead.end():]):
            # "the Azerbaijani State Agency": an agency of Azerbaijan; "the Nigeria Customs
            # Service" is that agency's name
            nat, name = lead, name[lead.end():]
        elif lead and kind == "agency":
            nat = lead
        words = name.split()
        # A bare head ("Ministry", "Council") is no name; with its nationality it is one:
        # "the Kenyan Parliament".
        if len(words) == 1 and head == name:
            if nat is None or nat is not lead:
                return
            name = f"{lead.group(1)} {name}"
        if _looks_like_event(name):
            return
        code = _code_of(nat.group(1)) if nat else None
        if _gazetteer("INTERNATIONAL_BODIES").match(name):
            kind, code = "international", None  # "the ECOWAS Commission"
        elif kind == "international" and lead and nat is not lead:
            # "the Japan External Trade Organization" is Japan's own
            kind, code = "agency", _code_of(lead.group(1))
        name, code = _normalise_org(name, kind, code)
        if kind == "international" and code:
            kind = "government"
        eventful = re.search(r"\b(?:World|International|Summit|Annual|Medical|Ministerial)\b", name)
        if head in ("Congress", "Assembly", "Conference", "Forum") and kind != "parliament" and (
                eventful or re.match(patterns.ORDINAL, name)):
            return
        self._add_org(name, kind, code, sentence, start, f"org:head:{head}")

    def _add_org(self, name: str, kind: str, code: str | None, sentence: Sentence,
                 start: int, rule: str) -> None:
        self._spans.append((start, start + len(name)))
        if name in lexicon.MEDIA or re.search(r"\b(?:News Agency|Broadcast\w*|Radio|TV|"
                                                    r"Television)$", name):
            kind = "media"
        key = _org_key(name)
        for org in self.orgs:
            if _org_key(org.name) == key and (not code or not org.country or code == org.country):
                org.country = org.country or code
                return
        evidence = Evidence(sentence.text, sentence.start, sentence.end, rule)
        self.orgs.append(OrgEntity(name, kind, code, start, [evidence]))

    # --- events -----------------------------------------------------------------------
    def scan_events(self) -> None:
        for sentence in self.sentences:
            for match in _event_matches(sentence.text):
                groups = match.groupdict()
                name = (groups.get("title") or match.group("name")).strip()
                name = re.sub(r"^(?:The|the)\s+", "", name).rstrip(",.")
                name = re.sub(r"\s+\([A-Z]{2,6}\)(?=\s)", "", name)  # "Committee (GBC) meeting"
                name = _spelled_out(name, self.text)
                ordinal = groups.get("ord") or groups.get("ord2") or groups.get("ord3") or (
                    re.match(rf"{patterns.ORDINAL}\s", name) and name.split()[0])
                framed = bool(groups.get("title")) or bool(_FRAMED_EVENT.search(name)) or bool(
                    _ATTENDED.search(sentence.text[:match.start("name")]))
                if not (ordinal or framed) and (len(name.split()) < 2 or not _event_head_ok(name)):
                    continue
                if " " not in name and not ordinal:
                    continue  # "the Session concluded": one named before
                start = sentence.start + match.start("name")
                after = sentence.text[match.end("name"):match.end("name") + 80]
                place = re.match(rf"\s*,?\s*(?:which |that )?(?:(?:was|is|will be|is being)\s+)?"
                                 rf"(?:held|hosted|taking place|took place|takes place|convened|"
                                 rf"opened|opens|began|begins|closed|ended|under way|underway)?"
                                 rf"\s*in\s+(?P<place>{patterns.CAP}(?:\s+(?:(?:es|de|del|da|do|la|el|al)\s+)?"
                                 rf"{patterns.CAP})?)", after)
                location = place.group("place") if place else None
                if not location:
                    venue = re.search(r"\bin\s+(?P<place>[A-Z][\w’'-]+)\b", name)
                    location = venue.group("place") if venue and countries.find_countries(
                        venue.group("place")) else None
                self._spans.append((start, start + len(match.group("name"))))
                self._org_of_event(name, sentence, start)
                key = _event_key(name)
                existing = next((e for e in self.events if _event_key(e.name) == key), None)
                if existing:
                    existing.location = existing.location or location
                    continue
                evidence = Evidence(sentence.text, sentence.start, sentence.end, "event:named")
                self.events.append(EventEntity(name, location, start, [evidence]))
        self._sessions_of_the_body()
        self._drop_partial_events()

    def _sessions_of_the_body(self) -> None:
        """"The fourth session of the committee was held in Kuwait" names a session of the
        body the article named in full ("the Kuwaiti-Omani Joint Committee")."""
        if not _SESSION_OF_BODY.search(self.text):
            return
        for sentence in self.sentences:
            for match in _SESSION_OF_BODY.finditer(sentence.text):
                start = sentence.start + match.start()
                body = self._body_before(match.group("head"), start)
                if not body:
                    continue
                name = f"{match.group('ord')} {match.group('kind')} of the {body}"
                short = _event_key(match.group(0))
                for event in self.events:
                    if _event_key(event.name) == short:  # "5th Session of the Commission"
                        event.name = name
                if any(_event_key(e.name) == _event_key(name) for e in self.events):
                    continue
                place = re.match(r"\s+(?:was|is|will be)\s+held\s+in\s+(?P<place>[A-Z][\w’'-]+)",
                                 sentence.text[match.end():])
                evidence = Evidence(sentence.text, sentence.start, sentence.end, "event:session")
                self.events.append(EventEntity(name, place.group("place") if place else None,
                                               start, [evidence]))

    def _body_before(self, head: str, at: int) -> str | None:
        """The full name of the body last named before ``at`` whose head is ``head``."""
        head = head.lower()
        names = [(o.first, o.name) for o in self.orgs if o.first < at]
        names += [(e.first, m.group(1)) for e in self.events if e.first < at
                  and (m := re.search(r"\bof the (.+)$", e.name))]
        fitting = [(first, name) for first, name in names
                   if len(name.split()) > 1 and re.search(rf"\b{head}\b", name.lower())]
        return max(fitting)[1] if fitting else None

    def _org_of_event(self, name: str, sentence: Sentence, start: int) -> None:
        """The body behind "the 17th meeting of the Joint Commission ..." or "the 56th
        General Border Committee meeting" is an organisation too."""
        match = re.search(r"(?i:meeting|session|round|sitting|summit)s? of (?:the )?(?P<org>.+?)"
                          r"(?:\s+between\s.*)?$", name) or re.fullmatch(
            rf"(?:{patterns.ORDINAL}\s+)?(?P<org>[A-Z].+?)\s+(?:meeting|session)", name)
        if not match or not _org_head(match.group("org")):
            return
        org = match.group("org")
        head = _org_head(org)
        kind = "international" if re.search(r"\b(?:Joint|Intergovernmental|High-Level|"
                                            r"Bilateral|Strategic)\b", org) else \
            lexicon.ORG_HEADS.get(head or "", "other")
        self._add_org(org, kind, None, sentence, start + name.find(org), "org:event-body")

    def _drop_partial_events(self) -> None:
        """"Strategic Dialogue" is the same as the "6th Strategic Dialogue" named elsewhere,
        and a headline's "5th Session of Joint Commission" as the "5th Session of the
        Ghana-Togo Joint Commission"."""
        keys = [_event_key(e.name) for e in self.events]
        self.events = [e for e, k in zip(self.events, keys, strict=True)
                       if not any(o != k and (o.endswith(" " + k) or _same_session(k, o))
                                  for o in keys)]

    def _in_org_or_event(self, position: int) -> bool:
        return any(a <= position < b for a, b in self._spans)


# --- helpers --------------------------------------------------------------------------

_RANKS = frozenset({"Prince", "Princess"})
_NAME_OF = re.compile(rf"(?P<name>{patterns.NAME})\s+of\s+(?P<nat>{patterns.country_ref()})")

_HONORIFIC_BEFORE = re.compile(r"\b(?P<h>Mr|Mrs|Ms|Miss|Madam|Mme|Sir|Dame|Sheikha|Sheikh|"
                               r"Prince|Princess|King|Queen)\.?\s+(?:[A-Z][\w’'.-]*\s+){0,3}"
                               r"[A-Z][\w’'.-]*$")
_FEMALE = frozenset({"Mrs", "Ms", "Miss", "Madam", "Mme", "Dame", "Sheikha", "Princess", "Queen"})


def _gender(text_to_name_end: str) -> str | None:
    """The gender an honorific right before a name gives ("Ms. Awa Diop" -> "f")."""
    match = _HONORIFIC_BEFORE.search(text_to_name_end)
    if not match:
        return None
    return "f" if match.group("h") in _FEMALE else "m"


# Words inside names that never stand for a person alone ("Al" of "Saud bin Hamoud Al
# Habsi" is in "Al Alam Palace" too).
_PARTICLES = frozenset({"al", "el", "bin", "ibn", "bint", "abu", "abd", "ould", "ben", "de",
                        "da", "di", "du", "dos", "van", "von", "der", "den", "la", "le"})


def _short_forms(name: str, text: str) -> list[str]:
    """Short forms of a name: the surname, and any other word of it that the text uses
    alone ("Wang" for Wang Yi, "Lula" for Luiz Inácio Lula da Silva)."""
    tokens = [t for t in _ARTICLE.sub("", name).replace(".", " ").split() if len(t) > 1]
    if len(tokens) < 2:
        return tokens
    forms = [tokens[-1]]
    for token, following in pairwise(tokens):
        if token[0].isupper() and token not in patterns.STOP_CAPS \
                and not countries.is_country_word(token) \
                and token.lower() not in _PARTICLES and any(
                not text[start + len(token):].lstrip().startswith(following)
                for start in _occurrences(text, token)):
            forms.append(token)
    return forms


@cache
def _country_patterns() -> dict[str, re.Pattern[str]]:
    """Country patterns used on short spans, compiled once: recompiling the gazetteer
    takes milliseconds each time ``re``'s cache lets it go."""
    ref = patterns.country_ref()
    return {
        "before": re.compile(rf"({ref})\s+(?:the\s+)?$"),
        "lead": re.compile(rf"({ref})\s+"),
        "to_end": re.compile(rf"\s+to\s+(?:the\s+)?{ref}$"),
        "of_end": re.compile(rf"\s+(?:of|for)\s+(?:the\s+)?({ref})$"),
        "of_start": re.compile(rf"\s+of\s+(?:the\s+)?({ref})\b"),
    }


@cache
def _joined_orgs() -> re.Pattern[str]:
    heads = "|".join(re.escape(h) for h in lexicon.ORG_HEADS)
    return re.compile(r"\s+and\s+(?=(?:the\s+)?[A-Z][\w’'-]+(?:'s|’s)?\s+(?:[A-Z][\w-]*\s+)*"
                      rf"(?:{heads})\b)")


def _occurrences(text: str, word: str) -> list[int]:
    """Where ``word`` stands in ``text`` as a whole word. A plain search: a regex per name
    would push the large gazetteer patterns out of the ``re`` cache."""
    found, start = [], text.find(word)
    while start >= 0:
        end = start + len(word)
        before = text[start - 1] if start else " "
        after = text[end] if end < len(text) else " "
        if not (before.isalnum() or before in "_-") and not (after.isalnum() or after in "_-"):
            found.append(start)
        start = text.find(word, start + 1)
    return found


_LOWER_MINISTRY = re.compile(
    r"(?P<nat>[A-Z][\w’'-]+)(?:'s|’s)?\s+(?P<portfolio>foreign|defen[cs]e|health|interior|"
    r"trade|finance|energy|education|economy|justice|agriculture|culture|transport)\s+"
    r"ministry\b")
_OFFICE_AFTER = re.compile(r"\s+(?:Secretary|Minister|Director|Chairman|Chair|President|"
                           r"Spokesperson|Spokesman|Member|Speaker)\b")
_CALENDAR_TAIL = re.compile(
    r"\s+(?:on|in|of|by|since|until)\s+(?:the\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|"
    r"Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|"
    r"November|December)\b.*$")
_DEMONYM_EMBASSY = re.compile(
    r"\b[Tt]he\s+(?P<nat>[A-Z][\w’'-]+)\s+embassy(?:\s+in\s+(?P<city>[A-Z][\w’'-]+"
    r"(?:\s+[A-Z][\w’'-]+)?))?")
_POSSESSIVE_EMBASSY = re.compile(
    r"(?P<nat>[A-Z][\w’']+?)(?:'s|’s)\s+embassy\s+in\s+(?P<city>[A-Z][\w’'-]+"
    r"(?:\s+[A-Z][\w’'-]+)?)")
_COMPANY_NOUNS = (r"compan(?:y|ies)|firms?|operators?|producers?|traders?|utility|utilities|"
                  r"carriers?|giants?|enterprises?|contractors?|developers?|miners?|lenders?|"
                  r"conglomerates?|manufacturers?|airlines?|major|insurers?|shipbuilders?")
_DESCRIBED_CUE = re.compile(rf"\b(?:{_COMPANY_NOUNS})\s+[A-Z]")


@cache
def _described_companies() -> re.Pattern[str]:
    """A company noun, with the company's nationality before it, then one name or a list:
    the names are capitalised words or initials, up to four, ended by a non-name."""
    word = r"(?:[A-Z][\w&-]*|de|da|del|di)"
    one = rf"[A-Z][\w&-]*(?:\s+{word}){{0,4}}"
    return re.compile(
        rf"(?:(?P<nat>{patterns.country_ref()})\s+)?(?:[a-z][\w-]*\s+){{0,3}}?"
        rf"\b(?:{_COMPANY_NOUNS})\s+(?P<names>{one}(?:(?:,\s+|\s+and\s+){one})*)")


def _ends_in_a_body(text: str) -> bool:
    """Whether the capitalised words opening ``text`` end in an organisation's head."""
    run = re.match(r"(?:\s+(?:and\s+|of\s+)?[A-Z][\w-]*)+", text)
    return bool(run) and run.group(0).split()[-1] in lexicon.ORG_HEADS


_DATELINE = re.compile(patterns.DATELINE)
def _event_matches(text: str) -> list[re.Match[str]]:
    """Named events of a sentence, in order; a body's gathering ("the SCO summit") where no
    other name covers it."""
    found = list(patterns.event_pattern().finditer(text))
    spans = [m.span() for m in found]
    for head in patterns.BODY_GATHERING_HEAD.finditer(text):
        if not re.search(r"(?:^|\s)(?:[A-Z0-9][\w’'-]*|\([A-Z]{2,6}\))$",
                         text[max(0, head.start() - 40):head.start()]):
            continue  # "the SCO summit": a name ends right before the head
        match = patterns.body_gathering_pattern().search(text, max(0, head.start() - 120),
                                                         head.end())
        if match and not any(a < match.end() and match.start() < b for a, b in spans):
            found.append(match)
    return sorted(found, key=lambda m: m.start())


def _spelled_out(name: str, text: str) -> str:
    """A name with the initials the text defined spelled out: "6th Session of the BNC" after
    "the South Africa-Mozambique Bi-National Commission (BNC)"; not those a body is known
    by ("the APEC Economic Leaders' Meeting")."""
    for initials in re.findall(r"\b[A-Z]{2,6}\b", name):
        if initials in lexicon.INTERNATIONAL_BODIES:
            continue
        defined = re.search(rf"((?:[A-Z][\w’']*[\s-]+)+[A-Z][\w’']*)\s*\({initials}\)", text)
        if defined:
            full = defined.group(1)
            letters = "".join(w[0] for w in re.split(r"[\s-]+", full))
            if letters.endswith(initials):
                name = re.sub(rf"\b{initials}\b", full, name)
    return name


def _inside_a_name(text: str, match: re.Match[str]) -> bool:
    """Whether a known name is part of a longer one ("Supreme National Security Council")
    or the initials of the name before it ("Kazakhstan Temir Zholy (KTZ)"; not a
    dateline's "BEIJING (Xinhua)")."""
    before = text[:match.start()]
    word = re.search(r"(?<!\S)([A-Z][\w’'-]*)\s+$", before)  # a bare word, no comma
    previous = word.group(1) if word else ""
    return bool(previous and previous != "The" and not previous.endswith(("'s", "’s"))
                and not countries.is_country_word(previous)) or bool(
        re.search(r"[A-Z][a-z][\w’'.-]*\s*\($", before))


@cache
def _gazetteer(table: str) -> re.Pattern[str]:
    """The names of one of lexicon's gazetteers (``"COMPANIES"``, ``"LEADERS"`` ...) as
    whole words, through a trie."""
    # "the TotalEnergies-led project" names the company
    return re.compile(rf"(?<![\w-]){trie_pattern(getattr(lexicon, table))}"
                      rf"(?!\w|-(?!(?:led|owned|backed|run|funded|operated|built)\b))")


@cache
def _media_pattern() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w.-]){trie_pattern(lexicon.MEDIA)}(?![\w-])")


def _demonym(surface: str) -> bool:
    found = countries.find_countries(surface)
    return bool(found) and found[0].how == "demonym"


def _code_of(surface: str | None) -> str | None:
    if not surface:
        return None
    found = countries.find_countries(surface)
    return found[0].code if found else None


_OFFICE_WORDS = frozenset({"Minister", "Ministry", "President", "Ambassador", "Secretary",
                           "Envoy", "Chairman", "Spokesperson", "Spokesman", "Director",
                           "Governor", "Commissioner", "Premier", "Chancellor"})


def _clean_name(raw: str) -> str:
    """Drop capitalised words that cannot belong to a name (titles, countries, months).
    A country's or a capital's name between name words is a name's part: "Israel Katz",
    "Luís Montenegro", "Santiago Peña"."""
    tokens = raw.split()
    while tokens and (tokens[0] in lexicon.HONORIFICS or not _name_word(tokens, 0)):
        tokens.pop(0)
    kept = []
    for i, token in enumerate(tokens):
        bare = re.sub(r"(?:'s|’s)$", "", token)
        if bare in _OFFICE_WORDS and kept:
            return ""  # "Technology Minister X": the words before an office are no name
        if not _name_word(tokens, i):
            break
        kept.append(bare)
        if bare != token:
            break
    name = " ".join(kept).strip(" ,.-")
    if not name or len(name.replace(".", "")) < 2 or not any(c.islower() for c in name):
        return ""
    if kept[-1] in _SUBJECT_NOUNS or kept[-1] in lexicon.ORG_HEADS:
        return ""  # "Scientific Research", "Reinforced Partnership": a field, not a name;
        # "General Secretariat": a body
    return name


def _name_word(tokens: list[str], i: int) -> bool:
    """Whether ``tokens[i]`` can be a word of a person's name: no title, month or country
    word, unless a country's or a capital's name ("Israel", "Montenegro", "Santiago"; not a
    demonym or a possessive) stands next to a word only a name has ("Ankara Mayor X" is no
    name "Ankara")."""
    kind = _token_kind(tokens[i])
    if kind != "country name":
        return kind == "plain"
    return any(0 <= j < len(tokens) and _token_kind(tokens[j]) == "plain"
               and tokens[j] not in lexicon.TITLE_HEADS for j in (i - 1, i + 1))


@lru_cache(maxsize=65536)
def _token_kind(token: str) -> str:
    """``stop`` (a title, month ...), ``country name`` (all of it a country's or a
    capital's name), ``country word`` (a demonym, a possessive) or ``plain``."""
    bare = token[:-2] if token.endswith(("'s", "’s")) else token
    if bare in patterns.STOP_CAPS:
        return "stop"
    if not countries.is_country_word(bare):
        return "plain"
    found = countries.find_countries(token)
    whole = len(found) == 1 and found[0].how in ("name", "capital") and found[0].text == token
    return "country name" if whole else "country word"


#: Nouns that end the names of fields and relations, never of people.
_SUBJECT_NOUNS = frozenset({
    "Research", "Innovation", "Development", "Affairs", "Cooperation", "Partnership",
    "Relations", "Industry", "Investment", "Energy", "Culture", "Communication",
    "Communications", "Technology", "Technologies", "Science", "Security", "Health",
    "Agriculture", "Tourism", "Transport", "Infrastructure", "Environment", "Finance",
    "Economy", "Education", "Trade", "Strategy", "Agreement", "Memorandum", "Declaration",
    "Rights",
})


def _move_given_name(title: str, name: str) -> tuple[str, str]:
    """An office's complement can swallow a given name: "Minister of Roads and Urban
    Development Farzaneh" + "Sadegh", "Minister for the Protection of Migrant Workers
    Abdul" + "Kadir Karding". A last word that names no portfolio goes back to the name;
    before a name of two words, only one that cannot be a noun of the complement."""
    words = title.split()
    if len(words) >= 4 and words[-2] not in ("of", "for", "and", "to") and \
            re.search(r"\s(?:of|for)\s", title):
        last = words[-1]
        noun_like = bool(re.search(patterns.PORTFOLIO_ENDING + "$", last)
                         or last in _SUBJECT_NOUNS or re.fullmatch(patterns.PORTFOLIO_TAILS, last))
        if last.lower() not in lexicon.PORTFOLIOS and last not in patterns.STOP_CAPS \
                and not countries.is_country_word(last) and last[:1].isupper() \
                and (" " not in name or not noun_like):
            return " ".join(words[:-1]), f"{last} {name}"
    return title, name


def _split_title(title: str) -> tuple[str, str | None]:
    """Take a country complement off an office: "Ambassador of Türkiye to Azerbaijan" ->
    ("Ambassador", "Türkiye"); "Minister of Foreign Affairs of Azerbaijan" likewise."""
    title = " ".join(title.split())
    title = re.sub(r"\s+in\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?$", "", title)
    to = _country_patterns()["to_end"].search(title)
    if to:
        title = title[:to.start()]
    of = _country_patterns()["of_end"].search(title)
    if of and _code_of(of.group(1)):
        return title[:of.start()], of.group(1)
    lead = _country_patterns()["lead"].match(title)
    if lead and _code_of(lead.group(1)):
        return title[lead.end():], lead.group(1)
    return title, None


def _trim_org(raw: str) -> str:
    tokens = raw.split()
    while tokens and (tokens[0] in ("The", "the", "A") or tokens[0] in _ORG_LEADING_STOPS):
        tokens.pop(0)
    return " ".join(tokens).strip(" ,.")


_ORG_LEADING_STOPS = frozenset({
    "At", "On", "In", "During", "Following", "After", "According", "By", "Both", "And",
    "Presiding", "Speaking", "Addressing", "Highlighting", "Noting", "Under", "With",
    "From", "Earlier", "Later", "Meanwhile", "Also", "For", "To", "As", "Through", "Over",
})


def _org_head(name: str) -> str | None:
    core = re.split(r"\s+(?:of|on|for|in)\s+", name, maxsplit=1)[0]
    for head in sorted(lexicon.ORG_HEADS, key=len, reverse=True):
        if core.endswith(head) or name.startswith(head):
            return head
    return None


def _looks_like_event(name: str) -> bool:
    return bool(re.match(rf"{patterns.ORDINAL}\b", name)) or bool(
        re.search(r"\b(?:Summit|Forum|Expo|Festival|Games|Olympiad|Exhibition|Symposium)\b",
                  name))


_ATTENDED = re.compile(r"\b(?:attend(?:ed|s|ing)?|took part in|take part in|participat\w+ in|"
                       r"address(?:ed|ing)?|open(?:ed|ing)|on the (?:sidelines|fringes|margins) of)"
                       r"\s+(?:the\s+)?$")
_FRAMED_EVENT = re.compile(r"^(?:(?:high-level|regular|plenary|extraordinary|annual|informal)\s+)?"
                           r"(?:session|meeting|summit|(?:opening|closing|signing|inauguration|"
                           r"award|graduation)\s+ceremony)\s+of\s|"
                           r"\s(?:summit|meeting|session|ministerial)$", re.I)


def _event_head_ok(name: str) -> bool:
    last = re.split(r"\s+(?:of|on|for)\s+", name, maxsplit=1)[0].split()[-1]
    if last == "Week" and len(name.split()) >= 3:
        return True
    if last in ("Congress", "Assembly", "Conference", "Convention", "Session", "Meeting",
                "Round", "Talks", "Dialogue", "Visit", "Days", "Week", "Show", "Cup"):
        return bool(re.search(r"\b(?:World|International|Summit|Annual|Medical|Ministerial|"
                              r"Forum|Strategic Dialogue|Trilateral|Quadrilateral|Ministers|"
                              r"\d{4})\b", name)) and \
            not name.startswith(("UN ", "United Nations"))
    return True


def _normalise_org(name: str, kind: str, code: str | None) -> tuple[str, str | None]:
    """``Health Ministry`` -> ``Ministry of Health``; a country in the name gives the
    organisation's country ("Ministry of Foreign Affairs of Azerbaijan")."""
    match = re.fullmatch(r"(?P<portfolio>[A-Z][\w ]*?) Ministry", name)
    if match and match.group("portfolio").lower() in lexicon.PORTFOLIOS:
        portfolio = lexicon.PORTFOLIOS[match.group("portfolio").lower()]
        name = f"Ministry of {portfolio}"
    of = _country_patterns()["of_end"].search(name)
    if of and kind in ("ministry", "government", "parliament") and _code_of(of.group(1)):
        code = code or _code_of(of.group(1))
        name = name[:of.start()]
    if not code:
        inner = countries.find_countries(name)
        if inner and kind not in ("international",):
            code = inner[0].code
    return name, code


def _org_key(name: str) -> str:
    name = lexicon.INTERNATIONAL_BODIES.get(name, name)  # "EAEU" is the Eurasian Economic Union
    words = [w for w in re.findall(r"\w+", fold(name)) if w not in ("of", "the", "and", "for")]
    return " ".join(sorted(words))


_SESSION_OF_BODY = re.compile(
    rf"\b(?P<ord>{patterns.ORDINAL})\s+(?P<kind>[Ss]ession|[Mm]eeting|[Ss]itting|[Rr]ound)\s+of\s+"
    rf"the\s+(?P<head>[Cc]ommission|[Cc]ommittee|[Cc]ouncil|[Mm]echanism)\b(?!\s+(?:of|on|for|"
    rf"between)\b|\s+[A-Z])")


def _same_session(short: str, full: str) -> bool:
    """Whether an event's key names, with fewer words, the session another key names."""
    first = short.split()[0]
    return bool(re.fullmatch(patterns.ORDINAL, first)) and full.split()[0] == first \
        and set(short.split()) < set(full.split())


def _event_key(name: str) -> str:
    """Words that tell an event apart; a body's initials stand for its name ("G7 summit" is
    the "Group of Seven summit")."""
    name = " ".join(lexicon.INTERNATIONAL_BODIES.get(word, word) for word in name.split())
    return " ".join(w for w in re.findall(r"\w+", fold(name)) if w not in ("the", "of"))
