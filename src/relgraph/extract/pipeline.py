"""From an article to its extraction record.

The stages run in a fixed order: sentences and quotes; countries; organisations and events
(so that their names are not taken for people); people; the article's main countries and
each person's country; meetings (they tell who "the sides" are); statements; cooperation;
participations. Every item keeps the sentence it came from and the rule that made it.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

from ..read.article import Article
from . import countries, lexicon, patterns, relations
from .dates import long_before, names_a_date, resolve_date
from .entities import Entities, EventEntity, PersonEntity, name_key
from .lexicon import REPORTING_VERBS
from .patterns import ORDINAL as _ORDINAL_RE
from .patterns import country_ref
from .records import (
    Cooperation,
    EventMention,
    Evidence,
    Meeting,
    Organization,
    Participation,
    Person,
    Record,
    Statement,
)
from .resolve import Resolver
from .speech import Speech, find_speech
from .text import Sentence, find_quotes, split_sentences

__all__ = ["extract"]

#: Longest text the extractor reads; longer articles are cut (and the record says so).
MAX_CHARS = 200_000

_VENUE_BEFORE = re.compile(r"(?:\b(?:in|at|to|from|near|via|visit to|held in|arrived in|"
                           r"trip to|visit|outside|across|around)\s+(?:the\s+)?)$", re.I)


def extract(article: Article) -> Record:
    """Extract the record of one article. Deterministic: same article, same record."""
    text = article.text[:MAX_CHARS]
    doc = _Doc(article, text)
    return doc.run()


class _Doc:
    def __init__(self, article: Article, text: str) -> None:
        self.article = article
        self.text = text
        self.sentences = split_sentences(text)
        self.quotes = find_quotes(text)
        self._country_names_of_people: list[str] = []
        self.record = Record(article_id=article.id, date=article.date, source=article.source,
                             title=article.title, url=article.url,
                             content_hash=article.content_hash)

    def run(self) -> Record:
        mentions = self._countries()
        entities = Entities(self.text, self.sentences)
        entities.scan_events()
        entities.scan_orgs()
        entities.scan_persons()
        self.entities = entities
        mentions = self._set_names_aside(mentions)
        main = self._main_countries(mentions)
        self.main = main
        self._assign_countries(main)
        self.resolver = Resolver(entities, self.sentences, main)
        self._meetings()
        self._statements()
        self._implicit_meeting()
        self._cooperation()
        self._participations()
        self._signers()
        self._implied_participants()
        self._fill_entities()
        return self.record

    # --- countries --------------------------------------------------------------------
    def _countries(self) -> list[countries.CountryMention]:
        kept, venues = [], []
        for mention in countries.find_countries(self.text):
            if mention.how == "capital" and self._venue_only(mention):
                venues.append(mention)
                continue
            kept.append(mention)
        self.country_mentions = kept
        self.venues = venues
        return kept

    def _set_names_aside(self, mentions: list[countries.CountryMention],
                         ) -> list[countries.CountryMention]:
        """The country mentions that are no person's name ("Luís Montenegro")."""
        names: set[str] = set()
        for person in self.entities.persons:
            words = person.name.split()
            if any(countries.is_country_word(word) for word in words):
                names.add(person.name)
                if countries.is_country_word(words[-1]):
                    names.add(words[-1])  # "Montenegro said", not "Israel" of "Israel Katz"
        self._country_names_of_people = sorted(names, key=len, reverse=True)
        blanked = self._without_names(self.text)
        self.country_mentions = [m for m in mentions if blanked.startswith(m.text, m.start)]
        return self.country_mentions

    def _without_names(self, text: str) -> str:
        """``text`` with the names of people that hold a country's name blanked out: not
        "Luís Montenegro" nor "Montenegro said" after it, but "Israel" beside "Israel Katz"."""
        for name in self._country_names_of_people:
            text = text.replace(name, " " * len(name))
        return text

    def _countries_in(self, text: str) -> list[countries.CountryMention]:
        """The countries ``text`` names, people's names aside."""
        return countries.find_countries(self._without_names(text))

    def _venue_only(self, mention: countries.CountryMention) -> bool:
        before = self.text[max(0, mention.start - 30):mention.start]
        after = self.text[mention.end:mention.end + 2]
        if _VENUE_BEFORE.search(before):
            return True
        # Part of a name or a route: "Vienna Convention", "Baku-Tbilisi-Kars railway".
        return bool(re.match(r"(?:-|\s[A-Z])", after)) or before.endswith("-")

    def _main_countries(self, mentions: list[countries.CountryMention]) -> list[str]:
        counts: Counter[str] = Counter()
        first: dict[str, int] = {}
        for m in mentions:
            counts[m.code] += 1 if m.text in _PLACES else 2
            first.setdefault(m.code, m.start)
        # A venue says little about who acts, but it tells the host of a visit.
        for m in self.venues:
            counts[m.code] += 1
            first.setdefault(m.code, m.start)
        for person in self.entities.persons:
            if person.country:
                counts[person.country] += 4
                first.setdefault(person.country, person.first)
        return sorted(counts, key=lambda c: (-counts[c], first[c]))

    def _assign_countries(self, main: list[str]) -> None:
        """People whose country the text does not say: "the Azerbaijani prime minister"
        said later tells; a host takes the venue's country; when every named foreigner
        is marked ("Qatar's Emir", "his Qatari counterpart"), the unmarked people are the
        other side's; otherwise the main countries go round in order of appearance."""
        persons = self.entities.persons
        self._countries_from_roles()
        marked = {p.country for p in persons if p.country}
        home = None
        # Only a clear pattern (several foreigners marked, all of one country) says that
        # the unmarked people are the other side's.
        if len(marked) == 1 and len(main) >= 2 and sum(1 for p in persons if p.country) >= 2:
            home = next((c for c in main[:2] if c not in marked), None)
        for person in persons:
            person.country = person.country or _known_leader(person)
        taken = {p.country for p in persons if p.country}
        free = [c for c in main[:2] if c not in taken]
        first = min(persons, key=lambda p: p.first) if persons else None
        for person in sorted(persons, key=lambda p: p.first):
            if person.country:
                continue
            host = self._host_country(person) or self._delegation_country(person)
            if host:
                person.country = host
                if host in free:
                    free.remove(host)
                continue
            person.guessed = True
            if self._pair_countries(person):
                continue
            visited = self._visited(person)
            if visited in main[:2] and len(main) >= 2:
                person.country = next(c for c in main[:2] if c != visited)
                continue
            if home:
                person.country = home
                continue
            actor = self._actor_country(person)
            if actor:
                person.country = actor
                continue
            if "spokesperson" in person.roles() and (dateline := self._dateline_country()):
                person.country = dateline  # "WARSAW - ... spokesman X told a briefing"
                continue
            if person.how == "counterpart":
                others = {p.country for p in persons if p is not person and p.country}
                options = [c for c in main[:2] if c not in others]
                if options:
                    person.country = options[0]
                    continue
            if free:
                person.country = free.pop(0)
                continue
            untaken = [c for c in main if c not in taken]
            if untaken and person is first:
                person.country = untaken[0]
                taken.add(untaken[0])
                continue
            # Whoever they meet in their first sentence is the other side.
            sentence = self.sentences[self._sentence_index(person.first)]
            met = {p.country for p in persons if p is not person and p.country and not p.guessed
                   and any(sentence.start <= m < sentence.end for m in p.mentions)}
            others = [c for c in main[:2] if c not in met]
            if met and others:
                person.country = others[0]
            elif main:
                person.country = main[0]
        for org in self.entities.orgs:
            if org.country or org.kind not in ("ministry", "government", "parliament",
                                               "agency", "embassy"):
                continue
            sentence = self.sentences[self._sentence_index(org.first)]
            holders = [p for p in persons if p.title and p.country and
                       _same_portfolio(p.title, org.name)]
            holder = next((p for p in holders if any(
                sentence.start <= m < sentence.end for m in p.mentions)),
                holders[0] if holders else None)
            # "In Beijing, Foreign Ministry spokesperson ...": the body of that capital.
            seat = _seat(sentence.text)
            # The person named nearest the body is likeliest to belong to it: "X, head of
            # the National Disaster Management Agency".
            nearby = [p for p in persons if p.country and any(
                sentence.start <= m < sentence.end for m in p.mentions)]
            nearest = min(nearby, key=lambda p: min(abs(m - org.first) for m in p.mentions),
                          default=None)
            if seat:
                org.country = seat
            elif holder:
                org.country = holder.country
            elif nearest:
                org.country = nearest.country
            elif main:
                org.country = main[0]

    def _dateline(self) -> tuple[int, int, str] | None:
        """Where the dateline a wire story opens with lies, and its city ("WARSAW, June 18
        (BNS) -")."""
        for sentence in self.sentences[:3]:
            if dateline := _DATELINE.match(sentence.text):
                return sentence.start, sentence.start + dateline.end(), dateline.group("city")
        return None

    def _dateline_country(self) -> str | None:
        """The country of the city a wire story is filed from."""
        dateline = self._dateline()
        found = countries.find_countries(dateline[2].title()) if dateline else []
        return found[0].code if found else None

    def _pair_countries(self, person: PersonEntity) -> bool:
        """Two office holders named as a pair ("Interior Minister X and Internal
        Administration Minister Y", "the foreign ministers, X and Y"), one for each of
        the article's two countries: the other's country when one is known, else the
        order in which the article named the countries. Whether it set any."""
        if len(self.main) < 2 or not _STATE_OFFICE.search(person.title or ""):
            return False
        sentence = self.sentences[self._sentence_index(person.first)]
        mate = next((p for p in self.entities.persons if p is not person
                     and sentence.start <= p.first < sentence.end
                     and _STATE_OFFICE.search(p.title or "")
                     and _PAIRED.fullmatch(self._between(person, p))), None)
        if mate is None:
            return False
        if mate.country and not mate.guessed:
            other = [c for c in self.main[:2] if c != mate.country]
            person.country = other[0] if other else None
            return bool(other)
        if mate.country:
            return False
        start, end, _ = self._dateline() or (0, 0, "")
        first_named = {m.code: m.start for m in reversed(self.country_mentions)
                       if not start <= m.start < end}  # not "FARO, Portugal -"
        order = sorted(self.main[:2], key=lambda c: first_named.get(c, len(self.text)))
        earlier, later = sorted((person, mate), key=lambda p: p.first)
        earlier.country, later.country = order
        mate.guessed = True
        return True

    def _between(self, person: PersonEntity, other: PersonEntity) -> str:
        """The text between two people's first mentions, the earlier's name left out."""
        earlier, later = sorted((person, other), key=lambda p: p.first)
        return self.text[earlier.first + len(earlier.name):later.first]

    def _actor_country(self, person: PersonEntity) -> str | None:
        """The country acting in the person's sentence (or the one before), which is most
        likely theirs: "Islamabad announced ... spokesperson X stated"; "X accused New
        Delhi ... and warned that Pakistan would respond". Countries accused, summoned or
        met are the other side and never count."""
        index = self._sentence_index(person.first)
        for sentence in (self.sentences[index], self.sentences[index - 1] if index else None):
            if sentence is None:
                continue
            for mention in countries.find_countries(sentence.text):
                if mention.how == "demonym":
                    continue
                before = sentence.text[:mention.start]
                after = sentence.text[mention.end:]
                if (re.search(r"\band\s+$", before) and countries.find_countries(before[-40:])) \
                        or (re.match(r"\s+and\s", after) and countries.find_countries(after[:40])):
                    continue  # "Malaysia and Thailand will ...": the two act together
                clause_start = _CLAUSE_START.search(before)
                acts = re.match(r"\s+(?:\w+ly\s+)?(?:would|will|has|had|have|is|was|"
                                r"announced|said|stated|declared|responded|rejected|"
                                r"condemned|protested|called|urged|insisted|decided|"
                                r"expelled|summoned|retaliated|warned)\b", after)
                if clause_start and acts:
                    return mention.code
        return None

    def _countries_from_roles(self) -> None:
        """ "The Azerbaijani prime minister said ..." gives the office holder last named
        before it, whose country was unknown, that country."""
        for match in _NATIONAL_ROLE.finditer(self.text):
            found = countries.find_countries(match.group("nat"))
            if not found:
                continue
            code = found[0].code
            role = match.group("role").lower()
            role = "prime minister" if role == "pm" else role
            candidates = [p for p in self.entities.persons if role in p.roles()
                          and any(m < match.start() for m in p.mentions)]
            if any(p.country == code for p in candidates):
                continue
            unknown = [p for p in candidates if not p.country]
            if unknown:
                last = max(unknown, key=lambda p: max(m for m in p.mentions if m < match.start()))
                last.country = code

    def _host_country(self, person: PersonEntity) -> str | None:
        """The country of a host: "X received the Turkish delegation in Baku" makes X
        Azerbaijani; the guests' country is never the host's. "In Beijing, spokesperson
        X said" makes X Chinese."""
        index = self._sentence_index(person.first)
        sentence = self.sentences[index]
        offset = person.first - sentence.start
        after = sentence.text[offset:]
        seat = _seat(sentence.text)
        if seat and person.first - sentence.start < 80:
            return seat  # "In Beijing, Foreign Ministry spokesperson Guo Jiakun said ..."
        trip = _TRIP.search(sentence.text)
        if trip and re.search(r"\breceived by\s+(?:[A-Z][\w’'.-]*\s+){0,4}$",
                              sentence.text[:offset]):
            # "X would travel to Vilnius ... and be received by President Y": Y is the host
            found = countries.find_countries(trip.group("place"))
            if found:
                return found[0].code
        # The name may close an appositive ("The Minister ..., Mrs. X, received"), but a
        # relative clause is not the host's act ("A, B and C, who met in Cairo").
        match = re.match(r"(?:[^,.;]{0,30},(?!\s*(?:who|which|whose)\b))?[^,.;]{0,60}?\b"
                         r"(?:received|hosted|welcomed|met|held talks with|spoke with)\b"
                         r"(?P<rest>.*)", after)
        if not match:
            return None
        visit = re.search(r"\b(?:is|was) on an? (?:[\w-]+ ){0,2}visit to (?:the )?"
                          r"(?P<place>[A-Z][\w’'-]+(?: [A-Z][\w’'-]+)?)", match.group("rest"))
        visited = countries.find_countries(visit.group("place")) if visit else []
        if visited:
            return visited[0].code  # "X received Y, who is on a working visit to Senegal"
        guests = {m.code for m in countries.find_countries(match.group("rest"))
                  if m.how != "capital"}
        venue = re.search(r"\bin\s+(?P<city>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)", match.group("rest"))
        if venue:
            found = countries.find_countries(venue.group("city"))
            if found and found[0].code not in guests:
                return found[0].code
        # "X received the top Turkish diplomat", "X held talks with a Mozambican
        # delegation": of two main countries, the other one.
        main = self.main[:2]
        if len(guests) == 1 and len(main) == 2 and guests <= set(main):
            return next(c for c in main if c not in guests)
        return None

    def _delegation_country(self, person: PersonEntity) -> str | None:
        """The country of a delegation's member: "Y, at the head of a delegation including
        the Minister of Energy, X" makes X of Y's country."""
        sentence = self.sentences[self._sentence_index(person.first)]
        before = self.text[sentence.start:person.first]
        including = next(reversed(list(_DELEGATION_OF.finditer(before))), None)
        if not including:
            return None
        heads = [p for p in self.entities.persons if p.country and not p.guessed and any(
            sentence.start <= m < sentence.start + including.start() for m in p.mentions)]
        head = max(heads, key=lambda p: max(m for m in p.mentions
                                            if m < sentence.start + including.start()),
                   default=None)
        return head.country if head else None

    def _visited(self, person: PersonEntity) -> str | None:
        """The country a person is said to visit, which is not theirs: "President X's
        visit to Georgia", "trips by President X to Baku", "X arrived in Ankara"."""
        for at in person.mentions:
            match = _VISIT_AFTER.match(self.text, at)
            if not match:
                continue
            if match.group("verb") == "to" and not _BY_BEFORE.search(self.text[max(0, at - 40):at]):
                continue
            found = countries.find_countries(match.group("place"))
            if found:
                return found[0].code
        return None

    def _sentence_index(self, position: int) -> int:
        for index, sentence in enumerate(self.sentences):
            if sentence.start <= position < sentence.end:
                return index
        return 0

    # --- meetings ---------------------------------------------------------------------
    def _meetings(self) -> None:
        """Meetings, calls, receptions and summons. A strong cue ("met", "received",
        "summoned") with one named person takes the other side's country; a weak cue
        ("talks", "meeting", "discussed") needs two named people of different countries."""
        seen: set[tuple[frozenset[str], str]] = set()
        for sentence in self.sentences:
            masked = self._unquoted(sentence)
            strong = relations.meeting_cue(masked)
            weak = None if strong else _WEAK_MEETING.search(_KNOWN_MEETING.sub(" ", masked))
            if not strong and not weak:
                continue
            if weak and _NOT_DONE.search(masked[max(0, weak.start() - 50):weak.start()]):
                continue
            cue = strong or weak.group(0)  # type: ignore[union-attr]
            persons = self._persons_in(sentence, masked)
            subject = self._subject_person(sentence)
            if subject and subject not in persons:
                persons.insert(0, subject)
            plural = _GROUP.search(masked) or _THEIR_MEETING.search(masked)
            presence = _IN_THE_PRESENCE.search(masked)
            if plural and presence and plural.start() < presence.start():
                # "The two Heads of Government co-chaired the session, in the presence of
                # X and Y": the two met; X and Y looked on.
                persons = [p for p in persons if not any(
                    sentence.start + presence.start() <= m < sentence.end for m in p.mentions)]
            if plural and len(persons) < 2:
                # "He recalled their meeting last week": "their" are the pair just met
                words = "they" if plural.re is _THEIR_MEETING else plural.group(0)
                for person in self.resolver.resolve_entities(words,
                                                             sentence.start + plural.start()):
                    if isinstance(person, PersonEntity) and person not in persons:
                        persons.append(person)
            role = _MET_ROLE.match(masked, masked.find(strong) + len(strong)) if strong else None
            if role and len(persons) == 1:
                # "Sultan X received the Kuwaiti minister"
                for person in self.resolver.resolve_entities(role.group("who"),
                                                             sentence.start + role.start("who")):
                    if isinstance(person, PersonEntity) and person not in persons:
                        persons.append(person)
            counterpart = re.search(r"\b(?:his|her) (?:(?P<nat>\w+) )?counterpart\b", masked)
            if counterpart and len(persons) == 1:
                partner = self._counterpart(persons[0], counterpart.group("nat"), sentence)
                if partner:
                    persons.append(partner)
            for group, group_cue in self._split_nested(sentence, masked, persons, cue):
                self._add_meeting(sentence, masked, group, group_cue, weak is not None, seen)
            second = _SECOND_MEETING.search(masked)
            last = self.record.meetings[-1] if self.record.meetings else None
            if second and last and last.evidence and last.evidence.start == sentence.start:
                # "in a phone call earlier this month and again when they met on Saturday"
                self._add_meeting(sentence, masked, persons, second.group("cue"),
                                  weak is not None, seen, again=True)
        self._drop_country_meetings()

    def _split_nested(self, sentence: Sentence, masked: str, persons: list[PersonEntity],
                      cue: str) -> list[tuple[list[PersonEntity], str]]:
        """The people of a sentence by meeting: a sentence may report one meeting about
        another ("X summoned Y to condemn a phone call between A and B"), or two side by
        side ("X held talks with Y, while Z called on W")."""
        clauses = [m.span() for m in _CLAUSE.finditer(masked)]
        if len(clauses) > 1 and all(relations.meeting_cue(masked[a:b]) for a, b in clauses):
            split = []
            for a, b in clauses:
                inner = self._persons_in(sentence, " " * a + masked[a:b] + " " * (len(masked) - b))
                if len(inner) >= 2:
                    split.append((inner, relations.meeting_cue(masked[a:b]) or cue))
            if split:
                return split
        nested = _NESTED_MEETING.search(masked)
        if not nested or cue.lower() in nested.group("kind").lower():
            return [(persons, cue)]
        start, end = nested.span()
        inner = self._persons_in(sentence, " " * start + masked[start:end]
                                 + " " * (len(masked) - end))
        outer = [p for p in persons if p not in inner]
        if len(inner) < 2 or not outer:
            return [(persons, cue)]
        return [(outer, cue), (inner, nested.group("kind"))]

    def _day_named(self, text: str) -> str:
        """The day a sentence names for what it tells, or "" when it names none."""
        return (resolve_date(text, self.article.date) or "") if names_a_date(text) else ""

    def _add_meeting(self, sentence: Sentence, masked: str, persons: list[PersonEntity],
                     cue: str, weak: bool, seen: set[tuple[frozenset[str], str]],
                     again: bool = False) -> None:
        """Record the meeting of ``persons`` unless it is one already told (``again``:
        the sentence tells of a second one)."""
        between = re.search(r"\bbetween\s+(?:the\s+)?(?P<a>[A-Z][\w’' -]+?)\s+and\s+"
                            r"(?:the\s+)?(?P<b>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)", masked)
        participants: list[str] = [p.name for p in persons]
        if weak and not _two_sides(persons):
            # Unnamed sides: "Israel and Lebanon renewed negotiations"; "a mediation
            # effort between the Emirates and Saudi Arabia".
            codes = [m.code for m in countries.find_countries(
                between.group(0) if between else masked) if m.how != "capital"]
            codes = list(dict.fromkeys(c for c in codes
                                       if c not in {p.country for p in persons}))
            if len(persons) > 1 or len(codes) < 2 - len(persons) or (persons and not between):
                return
            participants.extend(codes[:2])
        if len(participants) < 2:
            participants.extend(self._other_side(sentence, persons))
        if len(participants) < 2:
            return
        date = resolve_date(sentence.text, self.article.date)
        people = frozenset(participants)
        told = {self._day_named(text) for who, text in seen if who == people}
        # The same people meeting again is news only when the text names another day for
        # it or says so ("had earlier held talks"); otherwise it is the same meeting.
        if told and not again:
            day = self._day_named(sentence.text)
            another_day = bool(day) and "" not in told and day not in told
            if day in told or not (another_day or _AGAIN.search(masked)):
                return
        seen.add((people, sentence.text))
        self.resolver.note_meeting(sentence.start, persons, recalled=bool(
            _RECALLED.search(masked)) or long_before(date, self.article.date))
        self.record.meetings.append(Meeting(
            participants=participants, kind=_meeting_kind(cue), category="CONSULT",
            date=date,
            evidence=Evidence(sentence.text, sentence.start, sentence.end,
                              f"meeting:{cue.lower()}")))

    def _counterpart(self, person: PersonEntity, nationality: str | None,
                     sentence: Sentence) -> PersonEntity | None:
        """Who "his Chinese counterpart" is: a person of that nationality with a like
        office, else the partner of the person's last meeting."""
        code = None
        if nationality:
            found = countries.find_countries(nationality)
            code = found[0].code if found else None
        if code:
            same = [p for p in self.entities.persons if p.country == code and p is not person]
            if same:
                alike = [p for p in same if p.title and person.title and p.title == person.title]
                return (alike or sorted(same, key=lambda p: -len(p.mentions)))[0]
        return self.resolver.partner_of(person, sentence.start)

    def _drop_country_meetings(self) -> None:
        """A meeting of unnamed sides ("Pakistan summoned India's envoy") is dropped when a
        meeting of named people between the same countries tells it better."""
        named = []
        for meeting in self.record.meetings:
            people = [self.entities.find_person(p) for p in meeting.participants]
            named.append({p.country for p in people if p and p.country})
        kept = []
        for meeting in self.record.meetings:
            if all(re.fullmatch(r"[A-Z]{3}", p) for p in meeting.participants) and any(
                    set(meeting.participants) <= codes for codes in named):
                continue
            kept.append(meeting)
        self.record.meetings = kept

    def _other_side(self, sentence: Sentence, persons: list[PersonEntity]) -> list[str]:
        """Country codes of the unnamed other side of a meeting ("summoned to the
        Azerbaijani Foreign Ministry"; "Hungarian and Romanian officials met")."""
        own = {p.country for p in persons if not p.guessed}
        codes = []
        for mention in countries.find_countries(sentence.text):
            if mention.code not in own and mention.code not in codes:
                before = sentence.text[max(0, mention.start - 30):mention.start]
                after = sentence.text[mention.end:mention.end + 25]
                # "Iran's ambassador to Azerbaijan": the host country is no participant.
                if re.search(r"\b(?:ambassador|envoy|commissioner|representative|consul)s?\s+"
                             r"(?:\w+\s+)?to\s+(?:the\s+)?$", before, re.I) and persons:
                    continue
                if persons and not re.match(r"\s+(?:side|Foreign|Ministry|government|"
                                            r"officials|delegation|authorities|counterparts?|"
                                            r"negotiators|diplomats|leaders?|envoys?)",
                                            after) and mention.how != "capital" and not \
                        _OTHER_SIDE_BEFORE.search(before):
                    continue
                codes.append(mention.code)
        return codes[:2] if not persons else codes[:1]

    def _implicit_meeting(self) -> None:
        """Two people of different countries answering each other ("For his part, ...")
        in one article have met, even when no verb says so."""
        if self.record.meetings or not re.search(r"\b(?:for (?:his|her) part|in (?:his|her) "
                                                 r"turn|responding)\b", self.text, re.I):
            return
        speakers = []
        for statement in self.record.statements:
            person = self.entities.find_person(statement.speaker)
            if person and person not in speakers:
                speakers.append(person)
        for i, a in enumerate(speakers):
            for b in speakers[i + 1:]:
                if a.country and b.country and a.country != b.country:
                    sentence = self.sentences[self.resolver.sentence_of(b.first)]
                    self.record.meetings.append(Meeting(
                        participants=[a.name, b.name], kind="meeting", category="CONSULT",
                        date=self.article.date,
                        evidence=Evidence(sentence.text, sentence.start, sentence.end,
                                          "meeting:implied-by-exchange")))
                    return

    # --- statements -------------------------------------------------------------------
    def _other_turn(self, speech: Speech, speakers: list[str]) -> list[str]:
        """ "The minister, for his part, said ...": a turn taken says the speaker is not
        the one before, so a description that resolved to them means their partner."""
        after = self.text[speech.subject_at + len(speech.subject):]
        if len(speakers) != 1 or not _TURN_TAKEN.match(after) or \
                self.entities.find_person(speech.subject):
            return speakers
        before = [person for at, person in self.resolver.spoken if at < speech.subject_at]
        if not before or before[-1].name != speakers[0]:
            return speakers
        partner = self.resolver.partner_of(before[-1], speech.subject_at)
        return [partner.name] if partner else speakers

    def _statements(self) -> None:
        speeches = find_speech(self.text, self.sentences, self.quotes, self.resolver.could_be)
        seen: set[tuple[str, str]] = set()
        for speech in speeches:
            speakers = self._other_turn(speech, self.resolver.resolve(speech.subject,
                                                                      speech.subject_at))
            if not speakers:
                continue
            category, tone = REPORTING_VERBS.get(_finite(speech.verb), (None, None))
            tone = tone or _tone(speech.content)
            about = self._about(speech.content, speakers)
            sentence = self.sentences[self.resolver.sentence_of(speech.start)]
            if len(speakers) == 1:
                self.resolver.note_speaker(speech.subject_at, speakers[0])
            for speaker in speakers:
                key = (speaker, speech.content)
                if key in seen:
                    continue
                seen.add(key)
                if not self.entities.find_person(speaker) and not re.fullmatch(r"[A-Z]{3}",
                                                                                speaker):
                    self.resolver.last_org_speaker = (speech.start, speaker)
                self.record.statements.append(Statement(
                    speaker=speaker, content=speech.content, about=about, direct=speech.direct,
                    verb=speech.verb, tone=tone,
                    category=category or ("DISAPPROVE" if tone == "negative" else None),
                    date=resolve_date(sentence.text, self.article.date),
                    evidence=Evidence(self.text[speech.start:speech.end], speech.start,
                                      speech.end, speech.rule)))

    def _about(self, content: str, speakers: list[str]) -> list[str]:
        codes = []
        for mention in self._countries_in(content):
            if mention.code not in codes:
                codes.append(mention.code)
        if relations.PAIR_CUES.search(content) or re.search(
                r"\b(?:our|brotherly|fraternal|two) (?:countries|country|nations|peoples)\b",
                content, re.I):
            for code in self.main[:2]:
                if code not in codes:
                    codes.append(code)
        if not codes:
            for speaker in speakers:
                person = self.entities.find_person(speaker)
                code = person.country if person else (speaker if re.fullmatch(r"[A-Z]{3}",
                                                                              speaker) else None)
                if code and code not in codes:
                    codes.append(code)
        return codes

    # --- cooperation ------------------------------------------------------------------
    def _cooperation(self) -> None:
        """One entry per (parties, field) said to cooperate. Offices ("Health Minister")
        say nothing of the field; a speaker's "our cooperation with Azerbaijan" makes the
        speaker's country a party."""
        seen: set[tuple[frozenset[str], str]] = set()
        for sentence in self.sentences:
            cue = relations.cooperation_cue(sentence.text)
            if not cue:
                continue
            plain = _without_offices(sentence.text)
            agencies = []
            for org in self.entities.orgs:
                # "the Japan Organization for Metals and Energy Security signed": a name's
                # words are no field.
                if org.kind in ("company", "agency", "media") and org.name in plain:
                    plain = plain.replace(org.name, " ")
                    agencies += [org.name] if org.kind == "agency" else []
            fields = relations.cooperation_fields(relations.cooperative_clauses(plain))
            if fields == ["diplomacy"] and agencies:
                # An agreement between two telecom regulators, and nothing else said: the
                # agencies' own field is the field.
                fields = [*fields, *relations.cooperation_fields(" ".join(agencies))]
            if not fields:
                continue
            groups = _hyphen_groups(sentence.text)
            parties = self._parties(sentence, strong=bool(_STRONG_COOPERATION.search(plain)))
            items: list[tuple[list[str], str]] = []
            # Hyphenated groups ("Azerbaijan-Georgia-Turkey") name the parties precisely;
            # the sentence's other countries are their members, not one more party.
            if len(parties) >= 2 and not any(len(g) >= 3 for g in groups):
                items.extend((parties, f) for f in fields)
            for group in groups:
                if len(group) >= 3 or not parties:
                    items.append((group, "diplomacy"))
                elif set(group) != set(parties):
                    items.extend((group, f) for f in fields)
            for party_list, field in items:
                key = (frozenset(party_list), field)
                if key in seen or len(key[0]) < 2:
                    continue
                seen.add(key)
                self.record.cooperation.append(Cooperation(
                    parties=sorted(key[0]), field=field,
                    category=relations.plover_for_cooperation(sentence.text, field),
                    date=resolve_date(sentence.text, self.article.date),
                    evidence=Evidence(sentence.text, sentence.start, sentence.end,
                                      f"cooperation:{cue.lower()}")))

    def _parties(self, sentence: Sentence, *, strong: bool) -> list[str]:
        """The countries a cooperative sentence is about: those it names, its people's,
        its speaker's, and the article's pair for "the two countries" (or for any strong
        cue when it names none)."""
        codes: list[str] = []

        def add(code: str | None) -> None:
            if code and code not in codes:
                codes.append(code)

        subjects = self._subject_countries(sentence)
        if len(subjects) >= 2:
            return subjects
        trio = re.search(r"\b(?:the|all) three (?:sides|countries|nations|parties)\b",
                         sentence.text, re.I)
        if trio:
            for _, group in reversed(self.resolver.meetings):
                if len({p.country for p in group if p.country}) >= 3:
                    return list(dict.fromkeys(p.country for p in group if p.country))
        for mention in self._countries_in(sentence.text):
            before = sentence.text[max(0, mention.start - 60):mention.start]
            if mention.how == "capital" and (
                    _VENUE_BEFORE.search(before) or _IN_COMPOUND.match(sentence.text, mention.start)
                    or re.match(r"\s+[A-Z]", sentence.text[mention.end:])):
                continue  # a venue, a route ("Baku-Tbilisi-Kars"), a name ("Vienna Convention")
            if _TOPIC_BEFORE.search(before) or _TOPIC_AFTER.match(sentence.text, mention.end) \
                    or _PEOPLE_AFTER.match(sentence.text, mention.end):
                continue  # "the situation in Ukraine", "the Palestinian question", "support
                # for the Palestinian people"
            add(mention.code)
        for person in self._persons_in(sentence, sentence.text):
            add(person.country)
        if _PLURAL_SUBJECT.match(sentence.text):
            for person in self.resolver.pair_at(sentence.start):
                add(person.country)
        subject = self._subject_person(sentence)
        if subject:
            add(subject.country)
        speakers = self._speakers_at(sentence)
        first_person = re.search(r"\b(?:our|we|us)\b", sentence.text, re.I)
        if speakers and (first_person or codes):
            for speaker in speakers:
                add(speaker)
        recent = self._recent_meeting(sentence)
        if recent and relations.PAIR_CUES.search(sentence.text) and len(codes) < 2:
            for code in recent:
                add(code)
        if len(codes) < 2 and len(self.main) >= 2 and (
                relations.PAIR_CUES.search(sentence.text) or strong or first_person):
            partner = self._partner_country(sentence, codes)
            for code in ([partner] if partner else []) + self.main[:2]:
                if len(codes) >= 2:
                    break
                add(code)
        return codes

    def _subject_countries(self, sentence: Sentence) -> list[str]:
        """The countries of a coordinated subject that acts together: "German Chancellor
        X and Czech Prime Minister Y agreed to ... support Ukraine" (Germany and Czechia;
        Ukraine is what they agreed on)."""
        act = lexicon.COOPERATIVE_ACTS.search(sentence.text)
        if not act:
            return []
        head = _DATELINE.sub("", sentence.text[:act.start()], count=1)
        if " and " not in head or len(head) > 240 or any(
                not _SUBJECT_WORD.fullmatch(w) for w in re.findall(r"\b[a-z][\w-]*", head)):
            return []  # not a subject but a clause: "X raised the situations in ..."
        offset = act.start() - len(head)
        codes = [m.code for m in countries.find_countries(head) if m.how != "capital"
                 or not _VENUE_BEFORE.search(head[:m.start])]
        codes += [p.country for p in self._persons_in(sentence, sentence.text)
                  if p.country and any(sentence.start + offset <= m < sentence.start + act.start()
                                       for m in p.mentions)]
        return list(dict.fromkeys(codes))

    def _recent_meeting(self, sentence: Sentence) -> list[str]:
        """Countries of a meeting reported in this or the previous sentence: "The two
        foreign ministers confirmed that their countries ..." after a call."""
        index = self._sentence_index(sentence.start)
        start = self.sentences[max(0, index - 1)].start
        for at, group in reversed(self.resolver.meetings):
            if start <= at <= sentence.start:
                return list(dict.fromkeys(p.country for p in group if p.country))
        return []

    def _speakers_at(self, sentence: Sentence) -> list[str]:
        """Countries of the people whose statements this sentence carries."""
        found = []
        for statement in self.record.statements:
            ev = statement.evidence
            if ev and (ev.start <= sentence.start < ev.end or sentence.start <= ev.start
                       < sentence.end):
                person = self.entities.find_person(statement.speaker)
                code = person.country if person else (
                    statement.speaker if re.fullmatch(r"[A-Z]{3}", statement.speaker) else None)
                if code and code not in found:
                    found.append(code)
        return found

    def _partner_country(self, sentence: Sentence, codes: list[str]) -> str | None:
        """The other side for "our countries" said by someone: the country of the person
        they last met."""
        if len(codes) != 1:
            return None
        for _, group in reversed([m for m in self.resolver.meetings if m[0] <= sentence.end]):
            countries_in = [p.country for p in group if p.country]
            if codes[0] in countries_in:
                others = [c for c in countries_in if c != codes[0]]
                if others:
                    return others[0]
        return None

    # --- participations ---------------------------------------------------------------
    def _participations(self) -> None:
        """Agents of named events: people who attend, chair, address, sign or meet at an
        event named in the sentence (or referred to as "the session", "the forum"), and
        national delegations ("a large Azerbaijani delegation", "both countries")."""
        seen: set[tuple[str, str]] = set()
        events = sorted(self.entities.events, key=lambda e: e.first)
        for sentence in self.sentences:
            # Quoted words count here: "A large Azerbaijani delegation took part in ..."
            # said by a minister is a fact about the event.
            unquoted = sentence.text
            named = [e for e in events if _mentions_event(unquoted, e.name)]
            cue = _EVENT_CUE.search(unquoted)
            if not cue or _NOT_DONE.search(unquoted[max(0, cue.start() - 50):cue.start()]):
                continue
            targets = named
            if not targets:
                anaphor = _EVENT_ANAPHOR.search(unquoted)
                earlier = [e for e in events if e.first < sentence.start]
                if anaphor and _BESIDE_EVENT.search(unquoted[:anaphor.start()]):
                    continue
                if anaphor and earlier:
                    targets = [_closest_event(earlier, anaphor.group("head"))]
                elif earlier and (attend := _ATTEND.search(unquoted)) and \
                        sentence.start - earlier[-1].first < 600 and not _OTHER_EVENT.match(
                            unquoted, attend.end()):
                    # "Representatives of both countries also took part." after the event;
                    # not "took part in the Balikatan exercise", an event of its own.
                    targets = [earlier[-1]]
                else:
                    continue
            for agent in self._event_agents(sentence, unquoted):
                for event in targets:
                    key = (agent, event.name)
                    if key in seen or self._only_reports(agent, event, sentence):
                        continue
                    seen.add(key)
                    self.record.participations.append(Participation(
                        agent=agent, event=event.name,
                        date=resolve_date(sentence.text, self.article.date),
                        evidence=Evidence(sentence.text, sentence.start, sentence.end,
                                          f"participation:{cue.group(0).lower()}")))

    def _implied_participants(self) -> None:
        """Who an event's name says takes part: "the Intergovernmental Commission between
        Azerbaijan and Iran" (both countries), "the Meeting of the Foreign Ministers of
        Turkey, Azerbaijan and Georgia" (those countries' foreign ministers)."""
        have = {(p.agent, p.event) for p in self.record.participations}
        for event in self.entities.events:
            agents: list[str] = []
            between = re.search(r"\bbetween\s+(.+)$", event.name)
            if between:
                agents.extend(m.code for m in countries.find_countries(between.group(1)))
            if _SESSION.search(event.name) and not all(
                    _PLANNED.search(e.sentence) for e in event.evidence):
                # "the 5th session of the Kuwaiti-Omani Joint Committee": a body of both
                # (the Committee "on Enhancing Pakistan-Turkiye Engagement" is of one)
                for group in _hyphen_groups(re.split(r"\s+(?:on|for)\s+", event.name)[0]):
                    agents.extend(code for code in group if code not in agents)
            holders = self._office_holders(event)
            agents.extend(holders)
            sentence = event.evidence[0] if event.evidence else None
            if len(holders) >= 2 and sentence and not any(
                    set(holders) <= set(m.participants) for m in self.record.meetings):
                # "the Meeting of the Foreign Ministers of Turkey, Azerbaijan and Georgia"
                # brought those ministers together.
                self.record.meetings.append(Meeting(
                    participants=holders, kind="meeting", category="CONSULT",
                    date=self.article.date,
                    evidence=Evidence(sentence.sentence, sentence.start, sentence.end,
                                      "meeting:named-in-event")))
            for agent in agents:
                if (agent, event.name) in have:
                    continue
                have.add((agent, event.name))
                self.record.participations.append(Participation(
                    agent=agent, event=event.name, date=self.article.date,
                    evidence=Evidence(sentence.sentence, sentence.start, sentence.end,
                                      "participation:named-in-event") if sentence else None))

    def _office_holders(self, event: EventEntity) -> list[str]:
        """The people an event's name gathers by office: "the Meeting of the Foreign
        Ministers of Turkey, Azerbaijan and Georgia" (those countries' foreign ministers)."""
        office = re.search(r"\b(Foreign Ministers|Ministers of Foreign Affairs|Presidents|"
                           r"Heads of State|Prime Ministers|Leaders)\s+of\s+(?:the\s+)?(.+)$",
                           event.name)
        if not office:
            return []
        codes = {m.code for m in countries.find_countries(office.group(2))}
        role = {"Foreign Ministers": "Foreign Minister",
                "Ministers of Foreign Affairs": "Foreign Minister",
                "Presidents": "President", "Heads of State": "President",
                "Prime Ministers": "Prime Minister", "Leaders": ""}[office.group(1)]
        return [p.name for p in self.entities.persons
                if p.country in codes and p.title and role in p.title]

    def _only_reports(self, agent: str, event: EventEntity, sentence: Sentence) -> bool:
        """Whether ``agent`` only tells of the event: a spokesperson's "Burhan had come to
        the summit" puts Burhan there, not the spokesperson."""
        person = self.entities.find_person(agent)
        if not person or "spokesperson" not in person.roles():
            return False  # "Peña recalled that he had met Lula at the summit": he was there
        for statement in self.record.statements:
            ev = statement.evidence
            if ev and ev.start == sentence.start and statement.speaker == agent \
                    and _mentions_event(statement.content, event.name):
                return True
        return False

    def _event_agents(self, sentence: Sentence, unquoted: str) -> list[str]:
        agents: list[str] = []

        def add(items: list[str]) -> None:
            agents.extend(a for a in items if a not in agents)

        led = re.search(r"delegation (?:led|headed) by\s+(?:[\w’'.-]+\s+){0,5}?(?P<name>"
                        r"[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){0,3})", unquoted)
        if led:
            person = self.entities.find_person(led.group("name"))
            if person:
                add([person.name])
        for match in _delegation_patterns()["delegation"].finditer(unquoted):
            found = countries.find_countries(match.group("nat"))
            if found and not led:
                add([found[0].code])
        if re.search(r"\b(?:from|of) both (?:countries|sides)\b|\bboth delegations\b",
                     unquoted, re.I):
            add(self.main[:2])
        add([p.name for p in self._persons_in(sentence, self._unquoted(sentence))])
        subject_country = _delegation_patterns()["subject"].match(unquoted)
        if subject_country and not agents:
            found = countries.find_countries(subject_country.group("c"))
            if found:
                add([found[0].code])
        plural = _GROUP.search(unquoted)
        if plural:
            add(self.resolver.resolve(plural.group(0), sentence.start + plural.start()))
        if re.match(r"The (?:talks|meeting)\b", unquoted):
            # "The talks in Jakarta, held as the 13th Annual Consultation, ...": those who
            # just met
            add([p.name for p in self.resolver.pair_at(sentence.start)])
        subject = self._subject_person(sentence)
        if subject:
            add([subject.name])
        if (org_cue := _ORG_AGENT_CUE.search(unquoted)):
            # a ministry takes part as a host: "co-hosted by Vietnam's Ministry of Industry"
            kinds = ("company", "agency", "other") + (
                ("ministry",) if "host" in org_cue.group(0).lower() else ())
            add([o.name for o in self.entities.orgs if o.kind in kinds and o.name in unquoted])
        counterpart = re.search(r"\b(?:his|her) (?:(?P<nat>\w+) )?counterpart\b", unquoted)
        named = [self.entities.find_person(a) for a in agents]
        if counterpart and named and named[0]:
            partner = self._counterpart(named[0], counterpart.group("nat"), sentence)
            if partner:
                add([partner.name])
        return agents

    def _signers(self) -> None:
        """People who sign agreements in an article about a signing at an event took part
        in it: "Türkiye and Qatar signed 11 agreements at the eighth meeting ... Trade
        Minister X and Qatar's Health Minister Y concluded an agreement ..."."""
        if not self.entities.events:
            return
        central = None
        for sentence in self.sentences:
            if _SIGNING.search(sentence.text) and any(
                    _mentions_event(sentence.text, e.name) for e in self.entities.events):
                central = next(e for e in self.entities.events
                               if _mentions_event(sentence.text, e.name))
                break
        if central is None:
            return
        have = {(p.agent, p.event) for p in self.record.participations}
        for sentence in self.sentences:
            if sentence.start <= central.first or not _SIGNING.search(sentence.text):
                continue
            for person in self._persons_in(sentence, self._unquoted(sentence)):
                if (person.name, central.name) in have:
                    continue
                have.add((person.name, central.name))
                self.record.participations.append(Participation(
                    agent=person.name, event=central.name,
                    date=resolve_date(sentence.text, self.article.date),
                    evidence=Evidence(sentence.text, sentence.start, sentence.end,
                                      "participation:signed-at-event")))

    # --- helpers ----------------------------------------------------------------------
    def _unquoted(self, sentence: Sentence) -> str:
        chars = list(sentence.text)
        for quote in self.quotes:
            a, b = quote.start - sentence.start, quote.end - sentence.start
            for i in range(max(a, 0), min(b, len(chars))):
                chars[i] = " "
        return "".join(chars)

    def _persons_in(self, sentence: Sentence, within: str) -> list[PersonEntity]:
        """People mentioned in a sentence (outside quotes), in order."""
        found = []
        for person in self.resolver.persons_between(sentence.start, sentence.end):
            positions = [m - sentence.start for m in person.mentions
                         if sentence.start <= m < sentence.end]
            if any(0 <= p < len(within) and within[p] != " " for p in positions):
                found.append(person)
        return found

    def _subject_person(self, sentence: Sentence) -> PersonEntity | None:
        match = re.match(r"^(?:[A-Z][\w ,]*?,\s+)?(?P<subject>[Hh]e|[Ss]he|(?:[Tt]he|[Hh]is|"
                         r"[Hh]er)\s+(?:\w+\s+)?(?i:minister|ambassador|envoy|president|"
                         r"counterpart|diplomat|prime minister|premier|pm))\b", sentence.text)
        if match:
            found = self.resolver.resolve_entities(match.group("subject"),
                                                   sentence.start + match.start("subject"))
            persons = [p for p in found if isinstance(p, PersonEntity)]
            return persons[0] if persons else None
        return None

    def _fill_entities(self) -> None:
        record = self.record
        codes: list[str] = []
        for mention in self.country_mentions:
            if mention.code not in codes:
                codes.append(mention.code)
        record.countries = codes
        for person in sorted(self.entities.persons, key=lambda p: p.first):
            record.persons.append(Person(person.name, person.country, person.title,
                                         list(person.evidence)))
        if not record.source:
            # "..., News.Az reports": the outlet the text credits is its source.
            credited = re.search(r"([A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3})\s+(?:reports|reported)\b",
                                 self.text)
            media = [o.name for o in self.entities.orgs if o.kind == "media"]
            if credited and credited.group(1) in media:
                record.source = credited.group(1)
        for org in sorted(self.entities.orgs, key=lambda o: o.first):
            record.organizations.append(Organization(org.name, org.country, org.kind,
                                                     list(org.evidence)))
        for event in sorted(self.entities.events, key=lambda e: e.first):
            record.events.append(EventMention(
                event.name, event.location,
                resolve_date(event.evidence[0].sentence, self.article.date)
                if event.evidence else self.article.date, list(event.evidence)))


_EVENT_CUE = re.compile(
    r"\b(?:took part|take part|taking part|participated|participating|participate|attended|"
    r"attend(?:s|ing)?|joined|was present|were present|presided|presiding|chaired|co-chaired|"
    r"chairing|addressed|addressing|delegation (?:led|headed) by|led (?:a|the|his|her) delegation|"
    r"headed (?:a|the) delegation|represented|opened|opening|spoke at|speaking at|delivered|"
    r"signed|met|meeting|held talks|sidelines|fringes?|margins?|hosted|co-hosted|visited|"
    r"co-chairmanship|chairmanship|co-chairs?|(?:was|were) led by|headed the \w+ side|"
    r"present|told the (?:forum|summit|conference|meeting|session|gathering|delegates|"
    r"participants|audience|committee|council|assembly))\b", re.I)
# Companies and agencies take part when they attend, host or sign: "co-hosted by the
# Chamber of Commerce", "a deal between KEPCO and EVN at the forum".
_ORG_AGENT_CUE = re.compile(r"\b(?:took part|participated|attended|co-hosted|hosted|signed|"
                            r"present)\b", re.I)
# "On the eve of the summit, the ministers met": before the event, not at it.
_BESIDE_EVENT = re.compile(r"\b(?:on the eve of|ahead of|in the run-up to|before|after)\s+"
                           r"(?:the\s+)?$", re.I)
#: Country names that are places more than actors: "aid must reach Gaza".
_PLACES = frozenset({"Gaza", "Gaza Strip", "West Bank", "Kashmir", "Crimea", "Donbas"})
_NATIONAL_ROLE = re.compile(r"\b[Tt]he (?P<nat>[A-Z][\w’'-]+) (?P<role>prime minister|PM|president|"
                            r"foreign minister|minister|ambassador|envoy|premier)\b")
_SIGNING = re.compile(r"\b(?:sign(?:ed|ing)|conclud(?:ed|ing)|put (?:their|his|her) names? to|"
                      r"inked)\b", re.I)
_ATTEND = re.compile(r"\b(?:took part|take part|taking part|participated|attended|were present|"
                     r"was present|(?:was|were) led by|headed the \w+ side)\b", re.I)
_OTHER_EVENT = re.compile(r"\s+in\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,2}?[A-Z]")
_EVENT_ANAPHOR = re.compile(
    r"\b(?:the|this|that) (?:(?-i:[A-Z][\w-]* of [A-Z][\w-]* )|(?:[\w-]+ ){0,2}?)"
    r"(?P<head>session|meeting|commission|committee|"
    r"forum|summit|dialogue|congress|conference|panel|ceremony|event|talks|gathering|expo|exhibition|festival)\b",
    re.I)


@cache
def _delegation_patterns() -> dict[str, re.Pattern[str]]:
    """Patterns with the country gazetteer inside, compiled once."""
    ref = country_ref()
    return {
        "delegation": re.compile(rf"(?P<nat>{ref})\s+(?:\w+\s+)?delegation"),
        "subject": re.compile(rf"^(?:[A-Z][\w ,]{{0,40}}?,\s+)?(?:the\s+)?(?P<c>{ref})\s+"
                              rf"(?:\w+\s+){{0,2}}?(?:took part|take part|participated|attended|"
                              rf"joined|hosted|signed|sent)\b"),
    }


def _mentions_event(text: str, name: str) -> bool:
    if name in text:
        return True
    # "the 11th Turkish Medical World Congress" mentioned again without its ordinal, but not
    # the 5th session where the 6th is named.
    core = re.sub(rf"^{_ORDINAL_RE}\s+", "", name)
    if len(core.split()) < 2:
        return False
    at = text.find(core)
    while at != -1:
        if not _ORDINAL_BEFORE.search(text[max(0, at - 30):at]):
            return True
        at = text.find(core, at + 1)
    return False


_ORDINAL_BEFORE = re.compile(rf"\b{_ORDINAL_RE}\s+$")


def _closest_event(events: list[EventEntity], head: str) -> EventEntity:
    """The latest earlier event whose name has the anaphor's head noun, else the latest."""
    matching = [e for e in events if head.lower() in e.name.lower()]
    return (matching or events)[-1]


_IN_COMPOUND = re.compile(r"[\w’']+-[A-Z]|(?<=-)[\w’']+")
# A topic may list several countries: "raised the situations in Ukraine, North Korea and ...".
# What joins two office holders named as a pair: "X and Internal Administration Minister Y".
_PAIRED = re.compile(r",?\s+and\s+(?:(?:the\s+)?(?:[A-Z][\w-]*|of|for|and)\s+){0,6}")
# Offices held for a country (a company's chairman is no side of a pair of countries).
_STATE_OFFICE = re.compile(r"Minister|President|Ambassador|Secretary|Premier|Chancellor|Envoy")
_TRIP = re.compile(r"\b(?:travel\w*|fl(?:y|ies|ew)|arriv\w*|trip|visit\w*)\s+(?:to|in)\s+"
                   r"(?P<place>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)")
_TOPIC_BEFORE = re.compile(r"\b(?i:(?:situation|crisis|war|conflict|developments|events)s? in|"
                           r"(?:issue|question|matter|problem) of|"
                           r"(?:unity|sovereignty|territorial integrity|independence|reconstruction"
                           r"|stability) of|(?:ceasefire|truce|peace|stability|elections?|settlement|"
                           r"solution|process|transition|calm) (?:in|to)|"
                           r"(?:membership|accession) (?:for|of)|"
                           # a route or a supplier: "gas reaching Hungary through Bulgaria",
                           # "to end its dependence on supplies from Zambia"; "through the
                           # Indian grid" is India's part in the deal
                           r"(?:through|via)(?-i:(?=\s+(?:[A-Z]|$)))|import\w*(?: [\w-]+){0,2} from|"
                           r"(?:reliance|dependence|dependency) on(?:(?: \w+){0,2} from)?|"
                           r"about|over|regarding|against)\s+(?i:the\s+)?"
                           r"(?:[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*(?:,\s+|\s+and\s+)(?i:the\s+)?)*$")
_DATELINE = re.compile(patterns.DATELINE)
_CLAUSE_START = re.compile(rf"(?:^|[,;:]\s+|\b(?:that|and|but|while)\s+|^[A-Z][\w ]{{0,30}},\s+|"
                           rf"{patterns.DATELINE})(?:the\s+)?$")
#: A meeting of the pair just named: "he recalled their meeting last week".
_THEIR_MEETING = re.compile(r"\btheir (?:[\w-]+ ){0,2}(?:meeting|talks|conversation|encounter)\b")
#: The one met, named by office right after the verb: "received the Kuwaiti minister".
_MET_ROLE = re.compile(r"\s+(?:with\s+)?(?P<who>(?:the|his|her)\s+(?:visiting\s+)?"
                       r"(?:[A-Z][\w’'-]+\s+)?(?:[a-z]+\s+)?(?:minister|ambassador|envoy|"
                       r"president|prime minister|premier|diplomat|leader|counterpart))\b")
# Clauses that may each report a meeting of their own.
_CLAUSE = re.compile(r"(?:^|(?<=,\swhile\s)|(?<=;\s))[^;]+?(?=,\s+while\s|;\s|$)")
_IN_THE_PRESENCE = re.compile(r"\bin the presence of\b")
#: People named as a group: "the two ministers", "both leaders", "the three presidents".
_GROUP = re.compile(r"\b(?:[Tt]he (?:two|three)|[Bb]oth) (?:ministers|leaders|sides|presidents|"
                    r"prime ministers|foreign ministers|(?i:heads of (?:state|government))|"
                    r"delegations|men|women)\b"
                    r"|^(?:[A-Z][\w ]{0,30},\s+)?[Tt]he (?:ministers|leaders|presidents)\b")
_SUBJECT_WORD = re.compile(r"and|the|his|her|their|its|counterparts?|of|for|also|have|has|had|"
                           r"both|on|will|would|jointly|today|foreign|prime|ministers?|"
                           r"presidents?|deputy|leaders?")
_TOPIC_AFTER = re.compile(r"\s+(?:question|issue|problem|cause|file|dossier|settlement)\b")
_PEOPLE_AFTER = re.compile(r"\s+(?:people|nationals|citizens|refugees|migrants)\b")
_PLURAL_SUBJECT = re.compile(r"^(?:[A-Z][\w ,]{0,40}?,\s+)?(?:[Tt]hey|[Tt]he (?:two )?(?:sides|"
                             r"ministers|leaders|presidents|delegations|participants)|[Bb]oth (?:sides|"
                             r"ministers|leaders))\b")
_STRONG_COOPERATION = re.compile(r"\b(?:cooperat\w*|co-operat\w*|collaborat\w*|partnership|"
                                 r"agreements?|memorand\w*|MoUs?|joint\w*|signed|"
                                 r"documents)\b", re.I)
_OFFICE = re.compile(
    r"\b(?:[A-Z][\w-]*\s+){0,3}(?:Minister|Ministry|Secretary|Commissioner|Adviser|Advisor|"
    r"Director)\b(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w-]*(?:\s+(?:and\s+)?[A-Z][\w-]*){0,3})?")


def _without_offices(text: str) -> str:
    """The sentence without titles and ministries, whose portfolios name no field of
    cooperation: "Transport Minister X signed a health agreement" is about health."""
    return _OFFICE.sub(" ", text)


_OTHER_SIDE_BEFORE = re.compile(r"\b(?:visit(?:ed|s|ing)?|visit to|trip to|arrived in|"
                                r"travel(?:l?ed)? to|between|leaders of|officials of|"
                                r"government of|delegation of|envoy of)\s+(?:the\s+)?$", re.I)
_DELEGATION_OF = re.compile(r"\bdelegation\s+(?:including|comprising|that included|which "
                            r"included|made up of|of)\b")
_WEAK_MEETING = re.compile(r"\b(?:meeting|talks|discuss\w*|(?:co-)?chaired|co-chairs?|co-chairmanship|"
                           r"(?:led|headed) (?:by|the \w+ (?:side|delegation))|"
                           r"negotiations|mediation|talk on|conversation|"
                           r"exchanged views|sidelines|fringes|review\w* [\w ,]{0,80}? with|"
                           r"explored|consultations)\b", re.I)
_TURN_TAKEN = re.compile(r",\s+(?:for (?:his|her) part|in (?:his|her) turn|in turn),")
_VISIT_AFTER = re.compile(r"(?:[A-Z][\w’'.-]*\s+)*?[A-Z][\w’'.-]*(?:'s|’s)?\s+(?P<verb>"
                          r"(?:(?:state|official|working|first)\s+)?(?:visit|trip|tour)\s+to|"
                          r"visited|arrived in|travell?ed to|to)\s+(?:the\s+)?"
                          r"(?P<place>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)")
# "trips by President X to Baku", "the state visit of President X to Luanda"
_BY_BEFORE = re.compile(r"\b(?:by|(?i:visit|trip|tour)s?\s+of)\s+(?:[A-Z][\w’'-]*\s+){0,3}$")
_RECALLED = re.compile(r"\b(?:recall(?:ed|ing)|last (?:year|month)|previous(?:ly)?|"
                       r"in (?:January|February|March|April|May|June|July|August|September|"
                       r"October|November|December)\b|in (?:19|20)\d\d\b)")
_NESTED_MEETING = re.compile(r"\b(?P<kind>(?:tele)?phone (?:conversation|call)|conversation|talks|"
                             r"meeting)\s+between\s+[^,;]+?\s+and\s+[^,;]+")
_KNOWN_MEETING = re.compile(r"\b(?:[Aa]fter|[Bb]efore|[Tt]he (?:\w+ )?|[Tt]his (?:\w+ )?)(?:meeting|talks)\b")
_NOT_DONE = re.compile(r"(?:\bnot|\bnever|n't|\bpostpon\w*|\bcancel\w*)(?:\s+\w+){0,4}\s*$", re.I)
_AGAIN = re.compile(r"\b(?:earlier|later|previous|previously|again|last (?:year|month|week)|next|"
                    r"followed|last (?:met|held|spoke|visited))\b", re.I)
_SECOND_MEETING = re.compile(r"\b(?:and again|who had earlier|had earlier|and later)\b"
                             r"(?:\s+[\w-]+){0,3}?\s+(?P<cue>met|held (?:[\w-]+ ){0,3}talks|"
                             r"spoke)\b")


def _two_sides(persons: list[PersonEntity]) -> bool:
    countries_seen = {p.country for p in persons}
    return len(persons) >= 2 and (len(countries_seen) >= 2 or None in countries_seen)


def _meeting_kind(cue: str) -> str:
    cue = cue.lower()
    for word, kind in (("phone", "phone call"), ("telephone", "phone call"),
                       ("video", "video call"), ("summon", "summons"), ("called in", "summons"),
                       ("credential", "credentials"), ("received", "reception"),
                       ("hosted", "reception")):
        if word in cue:
            return kind
    return "meeting"


def _seat(text: str) -> str | None:
    """The country whose capital opens a sentence: "In Beijing, ..." is China."""
    opening = re.match(r"In ([A-Z][\w’'-]+(?: [A-Z][\w’'-]+)?),", text)
    capital = [m for m in countries.find_countries(opening.group(1))
               if m.how == "capital"] if opening else []
    return capital[0].code if capital else None


@cache
def _leaders() -> tuple[dict[tuple[str, ...], str], dict[str, str]]:
    """Known leaders by the tokens of their names, and by surnames that only one has."""
    full = {name_key(name): code for name, code in lexicon.LEADERS.items()}
    surnames = Counter(key[-1] for key in full)
    return full, {key[-1]: code for key, code in full.items() if surnames[key[-1]] == 1}


def _known_leader(person: PersonEntity) -> str | None:
    """The country of a well-known leader named in full, or by a surname no other leader
    has when the office says a leader is meant ("President Milei", not "Foreign Minister
    Fernández")."""
    full, surnames = _leaders()
    key = name_key(person.name)
    if key in full:
        return full[key]
    leading = bool(person.roles() & {"head of state", "head of government"})
    return surnames.get(key[0]) if len(key) == 1 and leading else None


def _same_portfolio(title: str, body: str) -> bool:
    """Whether an office heads a ministry: "Defense Secretary" and "Department of National
    Defense", "Foreign Minister" and "Ministry of Foreign Affairs"."""
    office, ministry = _portfolio(title), _portfolio(body)
    if not office or not ministry:
        return False
    a, b = set(office.split()), set(ministry.split())
    return a <= b or b <= a


def _portfolio(name: str) -> str | None:
    """The portfolio of an office or a ministry, lower case: "foreign affairs" for "Foreign
    Minister", "Ministry of Foreign Affairs" and "Cabinet Secretary for Foreign Affairs"."""
    match = re.search(r"(?:Minister|Ministry|Secretary|Department) (?:of|for) (?:the )?([\w ]+)",
                      name)
    if match:
        return match.group(1).strip().lower()
    for match in re.finditer(r"\b([A-Z][a-z]+) (?:Minister|Ministry|Secretary)\b", name):
        if match.group(1) not in ("Prime", "Deputy", "State", "First"):
            word = match.group(1).lower()
            return lexicon.PORTFOLIOS.get(word, word).lower()
    return None


_PLANNED = re.compile(r"\b(?:will|shall|is to|are to|next|scheduled|planned|upcoming)\b")
_SESSION = re.compile(r"\b(?i:session|meeting|sitting|round)\b.*\b(?:Commission|Committee|"
                      r"Council|Mechanism|Forum|Group|Board)\b")


def _finite(verb: str) -> str:
    """The past form a participle stands for: "accusing" -> "accused", "urging" ->
    "urged", "calling for" -> "called for"."""
    head, _, rest = verb.partition(" ")
    if not head.endswith("ing"):
        return verb
    stem = head[:-3]
    irregular = {"say": "said", "tell": "told"}.get(stem, "")
    doubled = stem[:-1] + "ed" if stem[-1:] == stem[-2:-1] else ""
    for past in (irregular, stem + "ed", stem + "d", doubled, stem.removesuffix("y") + "ied"):
        if past and (found := " ".join(filter(None, (past, rest)))) in REPORTING_VERBS:
            return found
    return verb


def _hyphen_groups(text: str) -> list[list[str]]:
    """Country groups written with hyphens: "Azerbaijan-Georgia-Turkey", "Pakistan-Turkiye"."""
    groups = []
    for match in re.finditer(r"(?:(?P<lead>[A-Z][\w’']+) )?[A-Z][\w’']+(?:-[A-Z][\w’']+)+", text):
        parts = match.group(0).split("-")
        if match.group("lead"):  # "South Africa-Mozambique", not "Cooperation Kazakhstan-China"
            whole = countries.find_countries(parts[0])
            if not whole or whole[0].start > 0:
                parts[0] = parts[0].split(" ", 1)[1]
        codes = []
        for part in parts:
            found = countries.find_countries(part)
            if not found or found[0].end - found[0].start < len(part.rstrip("'s’")) - 2:
                codes = []
                break
            if found[0].code not in codes:
                codes.append(found[0].code)
        if len(codes) >= 2:
            groups.append(codes)
    return groups


_POSITIVE = re.compile(r"\b(?:friend\w*|brother\w*|fratern\w*|success\w*|highest|strateg\w*|"
                       r"exemplary|grat\w*|hope\w*|satisf\w*|support\w*|strengthen\w*|"
                       r"welcom\w*|praise\w*|excellent|warm|trust|mutual respect|unity|"
                       r"solidarity|progress|invaluable|important|develop\w*|deepen\w*|"
                       r"expand\w*|partnership|cooperat\w*|prosper\w*)\b", re.I)
_NEGATIVE = re.compile(r"\b(?:condemn\w*|concern\w*|regret\w*|unacceptable|aggress\w*|"
                       r"threat\w*|violat\w*|attack\w*|deplorable|worse|terror\w*|"
                       r"interference|provocat\w*|protest\w*|dispute\w*|reject\w*|accus\w*|"
                       r"alarm\w*|grave|crisis|impunity|illegal|hostile|tension\w*|"
                       r"occupation|breach\w*|gimmickry|brazen|deteriorat\w*)\b", re.I)


def _tone(content: str) -> str:
    positive = len(_POSITIVE.findall(content))
    negative = len(_NEGATIVE.findall(content))
    if negative > positive:
        return "negative"
    if positive > negative:
        return "positive"
    return "neutral"
