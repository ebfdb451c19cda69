"""Make a synthetic news corpus for the benchmarks, deterministically from a seed.

Articles read like the sample corpus in ``data/articles``: dated wire stories about two
countries, with officials who come back from article to article (a ministry keeps its
minister, an embassy its ambassador), fields of cooperation, quotes, meetings, phone calls,
named events and tense episodes (summons, protests, rejections).

    python benchmarks/generate.py 10000 --out /tmp/relgraph-bench/corpus-10k --seed 7
    python benchmarks/generate.py 200 --out /tmp/c200 --format txt

JSON Lines is the default, in shards of ``--shard`` articles (``corpus-00000.jsonl`` ...),
so that 100k articles are a few dozen files that relgraph reads like any other input. The
same seed gives the same corpus on any machine: article *i* depends only on the seed and *i*.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

__all__ = ["Corpus", "Country", "Official", "SyntheticArticle", "main", "write_corpus"]


@dataclass(frozen=True, slots=True)
class Country:
    """A country as the stories name it: code, name, adjective, capital and other cities."""

    code: str
    name: str
    adjective: str
    capital: str
    cities: tuple[str, ...]
    region: str


# Our own gazetteer: names the extractor reads (checked by ``--check``), one region each
# for the name pools below.
COUNTRIES: tuple[Country, ...] = (
    Country("AZE", "Azerbaijan", "Azerbaijani", "Baku", ("Ganja", "Shusha", "Sumgait"), "caucasus"),
    Country("TUR", "Türkiye", "Turkish", "Ankara", ("Istanbul", "Izmir", "Antalya"), "caucasus"),
    Country("GEO", "Georgia", "Georgian", "Tbilisi", ("Batumi", "Kutaisi"), "caucasus"),
    Country("KAZ", "Kazakhstan", "Kazakh", "Astana", ("Almaty", "Shymkent"), "central"),
    Country("UZB", "Uzbekistan", "Uzbek", "Tashkent", ("Samarkand", "Bukhara"), "central"),
    Country("MNG", "Mongolia", "Mongolian", "Ulaanbaatar", ("Erdenet", "Darkhan"), "central"),
    Country("PAK", "Pakistan", "Pakistani", "Islamabad", ("Karachi", "Lahore"), "south"),
    Country("IND", "India", "Indian", "New Delhi", ("Mumbai", "Chennai", "Bengaluru"), "south"),
    Country("CHN", "China", "Chinese", "Beijing", ("Shanghai", "Guangzhou", "Xi'an"), "east"),
    Country("JPN", "Japan", "Japanese", "Tokyo", ("Osaka", "Yokohama"), "east"),
    Country("KOR", "South Korea", "South Korean", "Seoul", ("Busan", "Incheon"), "east"),
    Country("VNM", "Vietnam", "Vietnamese", "Hanoi", ("Da Nang", "Hai Phong"), "southeast"),
    Country("PHL", "the Philippines", "Philippine", "Manila", ("Cebu", "Davao"), "southeast"),
    Country("IDN", "Indonesia", "Indonesian", "Jakarta", ("Surabaya", "Bandung"), "southeast"),
    Country("MYS", "Malaysia", "Malaysian", "Kuala Lumpur", ("Penang", "Johor Bahru"), "southeast"),
    Country("THA", "Thailand", "Thai", "Bangkok", ("Chiang Mai", "Phuket"), "southeast"),
    Country("EGY", "Egypt", "Egyptian", "Cairo", ("Alexandria", "Sharm el-Sheikh"), "arab"),
    Country("SAU", "Saudi Arabia", "Saudi", "Riyadh", ("Jeddah", "Dammam"), "arab"),
    Country("QAT", "Qatar", "Qatari", "Doha", ("Lusail", "Al Wakrah"), "arab"),
    Country("ARE", "the United Arab Emirates", "Emirati", "Abu Dhabi", ("Dubai", "Sharjah"), "arab"),
    Country("MAR", "Morocco", "Moroccan", "Rabat", ("Casablanca", "Tangier"), "arab"),
    Country("DEU", "Germany", "German", "Berlin", ("Munich", "Hamburg", "Frankfurt"), "europe"),
    Country("POL", "Poland", "Polish", "Warsaw", ("Kraków", "Gdańsk"), "europe"),
    Country("FRA", "France", "French", "Paris", ("Lyon", "Marseille"), "europe"),
    Country("ITA", "Italy", "Italian", "Rome", ("Milan", "Naples"), "europe"),
    Country("ESP", "Spain", "Spanish", "Madrid", ("Barcelona", "Seville"), "europe"),
    Country("GRC", "Greece", "Greek", "Athens", ("Thessaloniki", "Patras"), "europe"),
    Country("ROU", "Romania", "Romanian", "Bucharest", ("Cluj-Napoca", "Constanța"), "europe"),
    Country("SWE", "Sweden", "Swedish", "Stockholm", ("Gothenburg", "Malmö"), "europe"),
    Country("NOR", "Norway", "Norwegian", "Oslo", ("Bergen", "Stavanger"), "europe"),
    Country("KEN", "Kenya", "Kenyan", "Nairobi", ("Mombasa", "Kisumu"), "africa"),
    Country("ETH", "Ethiopia", "Ethiopian", "Addis Ababa", ("Dire Dawa", "Bahir Dar"), "africa"),
    Country("NGA", "Nigeria", "Nigerian", "Abuja", ("Lagos", "Kano"), "africa"),
    Country("ZAF", "South Africa", "South African", "Pretoria", ("Johannesburg", "Durban"), "africa"),
    Country("GHA", "Ghana", "Ghanaian", "Accra", ("Kumasi", "Tamale"), "africa"),
    Country("BRA", "Brazil", "Brazilian", "Brasília", ("São Paulo", "Rio de Janeiro"), "latin"),
    Country("ARG", "Argentina", "Argentine", "Buenos Aires", ("Córdoba", "Rosario"), "latin"),
    Country("MEX", "Mexico", "Mexican", "Mexico City", ("Monterrey", "Guadalajara"), "latin"),
    Country("CHL", "Chile", "Chilean", "Santiago", ("Valparaíso", "Antofagasta"), "latin"),
    Country("PER", "Peru", "Peruvian", "Lima", ("Cusco", "Arequipa"), "latin"),
    Country("CAN", "Canada", "Canadian", "Ottawa", ("Toronto", "Montreal"), "latin"),
)

# Given names and family names by region, our own lists; officials are drawn from them once
# per seed, so the same names recur in many articles.
NAMES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "caucasus": (("Elnur", "Rashad", "Leyla", "Kamran", "Nigar", "Tural", "Mehmet", "Ayşe",
                  "Giorgi", "Nino", "Levan", "Emre", "Selin", "Orhan", "Tamar", "Farid"),
                 ("Aliyev", "Huseynov", "Karimli", "Mammadli", "Demirci", "Kaya", "Aydın",
                  "Beridze", "Kapanadze", "Guliyev", "Şahin", "Yılmaz", "Lomidze", "Rzayev")),
    "central": (("Askar", "Dilnoza", "Timur", "Aigerim", "Bakhtiyor", "Gulnara", "Nurlan",
                 "Bat-Erdene", "Saule", "Jasur", "Oyuntsetseg", "Yerlan", "Madina"),
                ("Nurpeisov", "Tokayev", "Rakhimov", "Yusupova", "Saidov", "Abdullaev",
                 "Batbayar", "Zhaksybekov", "Ganbold", "Ismoilov", "Kuanyshev", "Tursunov")),
    "south": (("Imran", "Ayesha", "Bilal", "Sana", "Rajesh", "Priya", "Anil", "Farhan",
               "Kavita", "Zubair", "Sunil", "Meera", "Tariq", "Nadia"),
              ("Chaudhry", "Qureshi", "Malik", "Sharma", "Iyer", "Raza", "Nair", "Siddiqui",
               "Verma", "Bhatt", "Hashmi", "Kapoor", "Gilani", "Menon")),
    "east": (("Wei", "Li Na", "Hiroshi", "Yuki", "Min-jun", "Seo-yeon", "Jianguo", "Haruto",
              "Ji-ho", "Mei", "Takeshi", "Xiaoming", "Sakura", "Dong-hyun"),
             ("Zhang", "Wang", "Tanaka", "Suzuki", "Kim", "Park", "Liu", "Nakamura", "Choi",
              "Chen", "Watanabe", "Zhou", "Yamamoto", "Jeong")),
    "southeast": (("Nguyen Van", "Tran Thi", "Maria", "Jose", "Budi", "Siti", "Ahmad",
                   "Nurul", "Somchai", "Malee", "Ramon", "Dewi", "Hafiz", "Anong"),
                  ("Hoang", "Pham", "Santos", "Reyes", "Santoso", "Wijaya", "Rahman",
                   "Ismail", "Chaiyasit", "Srisuk", "Villanueva", "Pratama", "Aziz", "Le")),
    "arab": (("Ahmed", "Fatima", "Khalid", "Mariam", "Omar", "Layla", "Youssef", "Noura",
              "Faisal", "Hassan", "Salma", "Abdullah", "Rania", "Karim"),
             ("Al-Mansouri", "El-Sayed", "Al-Thani", "Benali", "Al-Rashid", "Haddad",
              "Al-Otaibi", "Mahmoud", "El-Fassi", "Al-Kaabi", "Farouk", "Al-Harbi", "Tazi")),
    "europe": (("Thomas", "Anna", "Piotr", "Sophie", "Marco", "Elena", "Javier", "Katarzyna",
                "Nikos", "Ingrid", "Lars", "Andrei", "Claire", "Giulia", "Stefan"),
               ("Becker", "Nowak", "Laurent", "Rossi", "García", "Kowalski", "Papadopoulos",
                "Lindqvist", "Hansen", "Popescu", "Dubois", "Bianchi", "Schneider", "Moreno")),
    "africa": (("Samuel", "Grace", "Abebe", "Amina", "Chinedu", "Thandiwe", "Kwame",
                "Wanjiru", "Tesfaye", "Ngozi", "Sipho", "Akosua", "Daniel", "Halima"),
               ("Otieno", "Kiprono", "Bekele", "Okafor", "Nkosi", "Mensah", "Mwangi",
                "Haile", "Adeyemi", "Dlamini", "Owusu", "Tadesse", "Ndlovu", "Bello")),
    "latin": (("Ricardo", "Mariana", "Jorge", "Camila", "Diego", "Valentina", "Andrés",
               "Lucía", "Graham", "Sarah", "Fernando", "Isabela", "Pablo", "Catherine"),
              ("Almeida", "Fernández", "Méndez", "Rojas", "Souza", "Gutiérrez", "Castillo",
               "Whitfield", "Tremblay", "Vargas", "Oliveira", "Herrera", "Campbell", "Silva")),
}

#: Fields of cooperation: (field, phrases a story uses for it, a project it may mention).
FIELDS: tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...] = (
    ("energy", ("energy", "oil and gas", "renewable energy", "electricity trade"),
     ("a new gas pipeline", "a joint solar power plant", "a power grid interconnection")),
    ("economy", ("trade and investment", "economic cooperation", "industry", "banking"),
     ("a joint investment fund", "an industrial park", "a free trade zone")),
    ("health", ("healthcare", "pharmaceutical production", "medical education"),
     ("a regional oncology hospital", "joint vaccine production", "a telemedicine link")),
    ("defense", ("defence", "military training", "security"),
     ("joint military exercises", "the co-production of armoured vehicles",
      "an air defence programme")),
    ("education", ("education", "university exchanges", "scholarships"),
     ("a branch campus of a technical university", "a joint scholarship programme")),
    ("science", ("science and research", "space technology", "innovation"),
     ("a joint research centre", "a satellite launch programme")),
    ("digital", ("digital transformation", "artificial intelligence", "cyber security"),
     ("a shared e-government platform", "a fibre-optic cable link")),
    ("culture", ("culture", "cultural heritage", "cinema and the arts"),
     ("a festival of national cinema", "the restoration of a historic museum")),
    ("tourism", ("tourism", "tourist flows"),
     ("a joint tourist route", "new direct flights for tourists")),
    ("transport", ("transport and logistics", "railway connectivity", "aviation"),
     ("the upgrade of a railway corridor", "a new container port terminal")),
    ("agriculture", ("agriculture", "food security", "irrigation"),
     ("a grain export corridor", "a joint irrigation project")),
    ("environment", ("climate and the environment", "water management", "green energy"),
     ("a cross-border water monitoring system", "a forestry programme")),
    ("humanitarian", ("humanitarian aid", "disaster relief"),
     ("a field hospital for refugees", "relief supplies for flood victims")),
    ("justice", ("law enforcement", "the fight against drug trafficking", "migration"),
     ("an extradition treaty", "a joint police task force")),
)

#: Offices and the portfolio they hold, as the stories write them.
PORTFOLIOS: tuple[tuple[str, str, str], ...] = (
    # (title, ministry name, field)
    ("Minister of Energy", "Ministry of Energy", "energy"),
    ("Minister of Economy", "Ministry of Economy", "economy"),
    ("Minister of Health", "Ministry of Health", "health"),
    ("Minister of Defence", "Ministry of Defence", "defense"),
    ("Minister of Education", "Ministry of Education", "education"),
    ("Minister of Science", "Ministry of Science", "science"),
    ("Minister of Digital Development", "Ministry of Digital Development", "digital"),
    ("Minister of Culture", "Ministry of Culture", "culture"),
    ("Minister of Tourism", "Ministry of Tourism", "tourism"),
    ("Minister of Transport", "Ministry of Transport", "transport"),
    ("Minister of Agriculture", "Ministry of Agriculture", "agriculture"),
    ("Minister of Environment", "Ministry of Environment", "environment"),
    ("Minister of Emergency Situations", "Ministry of Emergency Situations", "humanitarian"),
    ("Minister of Justice", "Ministry of Justice", "justice"),
)

POSITIVE_QUOTES = (
    "{B} is not only a partner for us but a true friend",
    "Our countries share a long history and an even longer future",
    "We have opened a new chapter in relations between {A} and {B}",
    "The potential of our cooperation in {field} is far from exhausted",
    "Together we can turn our friendship into concrete projects",
    "{A} will always stand by {B}",
    "There is no problem that our two nations cannot solve through dialogue",
    "Our peoples expect results, and today we have delivered them",
)
NEUTRAL_QUOTES = (
    "We discussed a wide range of issues on the bilateral agenda",
    "Both sides agreed to continue consultations at expert level",
    "The working group will present its proposals by the end of the year",
    "We expect the first results of these projects next year",
    "Trade between our countries can double within five years",
)
NEGATIVE_QUOTES = (
    "{A} strongly condemns this unacceptable act and demands an immediate explanation",
    "Such irresponsible actions undermine trust between our countries",
    "We reject these baseless accusations and urge {B} to stop its provocations",
    "{A} reserves the right to take all necessary measures to protect its citizens",
    "This is a clear violation of international law and of our sovereignty",
)
INCIDENTS = (
    "the detention of {A_adj} fishermen", "a violation of {A_adj} airspace",
    "a cross-border shooting that wounded two {A_adj} border guards",
    "remarks by {B_adj} officials about {A}", "the seizure of a cargo ship bound for {A}",
    "the expulsion of two {A_adj} journalists", "new tariffs on {A_adj} exports",
)
EVENTS = (
    "Forum", "Summit", "Investment Forum", "Energy Week", "Business Forum",
    "Ministerial Conference", "Trade Fair",
)
EVENT_THEMES = ("Silk Road", "Caspian", "Global Connectivity", "Green Growth", "Regional Security",
                "Digital Economy", "Food Security", "Ocean", "Innovation", "Water")
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")
SOURCES = ("Caspian Wire", "Silk Road Daily", "Global Desk", "Regional Monitor",
           "Capital Herald", "Diplomatic Courier Weekly")
FACTS = (
    "bilateral trade had grown by {n} percent last year",
    "more than {n} companies from {B} were already operating in {A}",
    "{n} students from {B} were studying at universities in {A}",
    "the number of flights between the two capitals had risen to {n} a week",
    "investment from {B} in {A} had exceeded {n} billion dollars",
)


@dataclass(frozen=True, slots=True)
class Official:
    """A named office holder who recurs across articles."""

    name: str
    title: str
    country: str

    @property
    def surname(self) -> str:
        return self.name.rsplit(" ", 1)[-1]


@dataclass(frozen=True, slots=True)
class SyntheticArticle:
    """One generated article, in the fields of relgraph's JSON Lines input."""

    id: str
    date: str
    title: str
    text: str
    source: str
    url: str

    def to_json(self) -> str:
        return json.dumps({"id": self.id, "date": self.date, "title": self.title,
                           "text": self.text, "source": self.source, "url": self.url},
                          ensure_ascii=False)

    def to_text(self) -> str:
        return f"date {self.date}\n{self.title}\n\n{self.text}\n"


class Corpus:
    """The cast of a seed (pairs of countries, office holders) and its articles."""

    START = dt.date(2019, 1, 1)
    DAYS_SPAN = 6 * 365

    def __init__(self, seed: int = 0) -> None:
        self.seed = seed
        rng = random.Random(f"relgraph-cast:{seed}")
        self.by_code = {c.code: c for c in COUNTRIES}
        self.ministers: dict[str, Official] = {}
        self.portfolio: dict[tuple[str, str], Official] = {}
        self.spokes: dict[str, Official] = {}
        self.ambassadors: dict[tuple[str, str], Official] = {}
        used: set[str] = set()
        for country in COUNTRIES:
            self.ministers[country.code] = self._official(rng, country, "Foreign Minister", used)
            self.spokes[country.code] = self._official(rng, country, "Spokesperson", used)
            for title, _ministry, field in PORTFOLIOS:
                self.portfolio[country.code, field] = self._official(rng, country, title, used)
        # Pairs: every country has a handful of partners; some pairs are tense.
        codes = [c.code for c in COUNTRIES]
        pairs: set[tuple[str, str]] = {("AZE", "TUR")}
        for code in codes:
            for other in rng.sample([c for c in codes if c != code], 5):
                pairs.add((code, other) if code < other else (other, code))
        self.pairs = sorted(pairs)
        self.tension = {pair: rng.choice((0.05, 0.1, 0.2, 0.45)) for pair in self.pairs}
        for a, b in self.pairs:
            for host, guest in ((a, b), (b, a)):
                self.ambassadors[guest, host] = self._official(
                    rng, self.by_code[guest], "Ambassador", used)

    @staticmethod
    def _official(rng: random.Random, country: Country, title: str, used: set[str]) -> Official:
        given, family = NAMES[country.region]
        for _ in range(1000):
            name = f"{rng.choice(given)} {rng.choice(family)}"
            if name not in used:
                break
        else:  # the pool is spent: add a middle initial
            name = f"{rng.choice(given)} {chr(65 + rng.randrange(26))}. {rng.choice(family)}"
        used.add(name)
        return Official(name, title, country.code)

    def article(self, index: int) -> SyntheticArticle:
        """Article number ``index``: a function of the seed and ``index`` only."""
        rng = random.Random(f"relgraph-article:{self.seed}:{index}")
        pair = rng.choice(self.pairs)
        a, b = (pair if rng.random() < 0.5 else (pair[1], pair[0]))
        day = self.START + dt.timedelta(days=rng.randrange(self.DAYS_SPAN))
        kind = rng.random()
        if kind < self.tension[pair]:
            title, paragraphs = self._tense(rng, self.by_code[a], self.by_code[b])
        elif kind < 0.42:
            title, paragraphs = self._visit(rng, self.by_code[a], self.by_code[b])
        elif kind < 0.55:
            title, paragraphs = self._call(rng, self.by_code[a], self.by_code[b])
        elif kind < 0.65:
            title, paragraphs = self._event(rng, self.by_code[a], self.by_code[b])
        else:
            title, paragraphs = self._brief(rng, self.by_code[a], self.by_code[b])
        ident = f"syn{self.seed}-{index:07d}"
        return SyntheticArticle(ident, day.isoformat(), title, "\n\n".join(paragraphs),
                                rng.choice(SOURCES), f"https://example.org/synthetic/{ident}")

    def articles(self, count: int, start: int = 0) -> Iterator[SyntheticArticle]:
        for index in range(start, start + count):
            yield self.article(index)

    # --- templates ----------------------------------------------------------------------
    def _fill(self, text: str, a: Country, b: Country, rng: random.Random, field: str = "") -> str:
        return text.format(A=a.name, B=b.name, A_adj=a.adjective, B_adj=b.adjective,
                           field=field, n=rng.choice((12, 18, 25, 40, 60, 150, 300)))

    def _fact(self, rng: random.Random, a: Country, b: Country) -> str:
        return self._fill(rng.choice(FACTS), a, b, rng)

    def _visit(self, rng: random.Random, a: Country, b: Country) -> tuple[str, list[str]]:
        field, phrases, projects = rng.choice(FIELDS)
        host = self.portfolio[a.code, field] if rng.random() < 0.6 else self.ministers[a.code]
        guest = (self.portfolio[b.code, field] if host.title != "Foreign Minister"
                 else self.ministers[b.code])
        phrase = rng.choice(phrases)
        venue = rng.choice((a.capital, *a.cities))
        day = rng.choice(DAYS)
        title = self._fill(rng.choice((
            "{A} and {B} agree to expand cooperation in " + phrase,
            "{A} and {B} discuss " + phrase + " ties",
            "{A_adj} and {B_adj} ministers pledge closer " + phrase + " cooperation",
        )), a, b, rng)
        ministry = next(m for _t, m, f in PORTFOLIOS if f == field)
        body = [
            f"{a.adjective} {host.title} {host.name} met {b.adjective} {guest.title} "
            f"{guest.name} in {venue} on {day}, with both sides agreeing to deepen "
            f"cooperation in {phrase}, {a.name}'s {ministry} said.",
            f'"{self._fill(rng.choice(POSITIVE_QUOTES), a, b, rng, phrase)}," {host.surname} '
            f"said after the talks.",
        ]
        if rng.random() < 0.5:
            body.append(f"{guest.surname} noted that {self._fact(rng, b, a)} and stressed that "
                        f"{b.capital} was ready to support {rng.choice(projects)}.")
        if rng.random() < 0.3:
            _, other_phrases, _ = rng.choice(FIELDS)
            body.append(f"The two sides also discussed cooperation in "
                        f"{rng.choice(other_phrases)} and signed a memorandum of understanding "
                        f"on {rng.choice(projects)}.")
        if rng.random() < 0.2:
            envoy = self.ambassadors[b.code, a.code]
            body.append(f"{b.adjective} Ambassador to {a.name} {envoy.name}, who attended the "
                        f"meeting, said that {self._fact(rng, a, b)}.")
        return title, body

    def _call(self, rng: random.Random, a: Country, b: Country) -> tuple[str, list[str]]:
        first, second = self.ministers[a.code], self.ministers[b.code]
        _, phrases, _ = rng.choice(FIELDS)
        phrase = rng.choice(phrases)
        title = self._fill(rng.choice(("{A_adj} and {B_adj} foreign ministers hold phone call",
                                       "{A} and {B} review bilateral agenda by phone")), a, b, rng)
        body = [
            f"{a.adjective} Foreign Minister {first.name} held a phone call with his "
            f"{b.adjective} counterpart {second.name} on {rng.choice(DAYS)}, the ministry "
            f"said in a statement.",
            f"The ministers discussed bilateral relations and cooperation in {phrase}, as well "
            f"as preparations for the next session of the intergovernmental commission.",
            f'"{self._fill(rng.choice(NEUTRAL_QUOTES + POSITIVE_QUOTES), a, b, rng, phrase)},"'
            f" {second.surname} said.",
        ]
        return title, body

    def _event(self, rng: random.Random, a: Country, b: Country) -> tuple[str, list[str]]:
        theme = rng.choice(EVENT_THEMES)
        event = f"{theme} {rng.choice(EVENTS)}"
        city = rng.choice((b.capital, *b.cities))
        field, phrases, projects = rng.choice(FIELDS)
        delegate = self.portfolio[a.code, field]
        host = self.portfolio[b.code, field]
        title = f"{a.adjective} delegation attends {event} in {city}"
        body = [
            f"{a.adjective} {delegate.title} {delegate.name} took part in the {event} in "
            f"{city} on {rng.choice(DAYS)}, where {b.name} presented {rng.choice(projects)}.",
            f"On the sidelines of the forum, {delegate.surname} met {b.adjective} "
            f"{host.title} {host.name} to discuss cooperation in {rng.choice(phrases)}.",
            f"{host.surname} welcomed the {a.adjective} delegation and said that "
            f"{self._fact(rng, b, a)}.",
        ]
        return title, body

    def _tense(self, rng: random.Random, a: Country, b: Country) -> tuple[str, list[str]]:
        envoy = self.ambassadors[b.code, a.code]
        spoke_a, spoke_b = self.spokes[a.code], self.spokes[b.code]
        incident = self._fill(rng.choice(INCIDENTS), a, b, rng)
        title = f"{a.name} summons {b.adjective} ambassador over {incident}"
        body = [
            f"{a.adjective} Ministry of Foreign Affairs summoned {b.adjective} Ambassador to "
            f"{a.name} {envoy.name} on {rng.choice(DAYS)} to protest {incident}.",
            f'"{self._fill(rng.choice(NEGATIVE_QUOTES), a, b, rng)}," Foreign Ministry '
            f"spokesperson {spoke_a.name} told a press briefing.",
        ]
        if rng.random() < 0.5:
            body.append(f"{b.capital} rejected the accusation. {b.adjective} Foreign Ministry "
                        f"spokesperson {spoke_b.name} said the claims were baseless.")
        if rng.random() < 0.25:
            minister = self.ministers[a.code]
            body.append(f"Foreign Minister {minister.name} warned that {a.name} would respond "
                        f"to any further provocation.")
        return title, body

    def _brief(self, rng: random.Random, a: Country, b: Country) -> tuple[str, list[str]]:
        field, phrases, projects = rng.choice(FIELDS)
        official = self.portfolio[a.code, field]
        phrase = rng.choice(phrases)
        title = f"{a.name} ready to strengthen {phrase} ties with {b.name}"
        body = [
            f"{a.adjective} {official.title} {official.name} said on {rng.choice(DAYS)} that "
            f"{a.name} was ready to strengthen cooperation with {b.name} in {phrase}, "
            f"including {rng.choice(projects)}.",
            f"According to {a.name}'s {next(m for _t, m, f in PORTFOLIOS if f == field)}, "
            f"{self._fact(rng, a, b)}.",
        ]
        return title, body


def write_corpus(count: int, out: Path, *, seed: int = 0, fmt: str = "jsonl",
                 shard: int = 5000) -> list[Path]:
    """Write ``count`` articles under ``out`` (JSON Lines shards or dated .txt files)."""
    out.mkdir(parents=True, exist_ok=True)
    corpus = Corpus(seed)
    written: list[Path] = []
    if fmt == "jsonl":
        for start in range(0, count, shard):
            path = out / f"corpus-{start // shard:05d}.jsonl"
            with path.open("w", encoding="utf-8") as handle:
                for article in corpus.articles(min(shard, count - start), start):
                    handle.write(article.to_json() + "\n")
            written.append(path)
    elif fmt == "txt":
        for article in corpus.articles(count):
            folder = out / f"{int(article.id.rsplit('-', 1)[1]) // 1000:04d}"
            folder.mkdir(exist_ok=True)
            path = folder / f"{article.id}.txt"
            path.write_text(article.to_text(), encoding="utf-8")
            written.append(path)
    else:
        raise ValueError(f"unknown format {fmt!r}: use jsonl or txt")
    return written


def check_gazetteer() -> list[str]:
    """Names and adjectives of our gazetteer that the extractor does not read as the
    intended country (capitals it does not know are fine: they stay plain places)."""
    from relgraph.extract.countries import find_countries

    problems = []
    for country in COUNTRIES:
        for form in (country.name, country.adjective):
            found = [m.code for m in find_countries(f"They met {form} officials.")]
            if country.code not in found:
                problems.append(f"{country.code}: {form!r} read as {found}")
    return problems


def main(argv: list[str] | None = None) -> int:
    """Command line: ``generate.py N --out DIR [--seed S] [--format jsonl|txt]``."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("count", type=int, help="number of articles")
    parser.add_argument("--out", type=Path, help="output folder")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--format", choices=("jsonl", "txt"), default="jsonl")
    parser.add_argument("--shard", type=int, default=5000, help="articles per JSON Lines file")
    parser.add_argument("--check", action="store_true",
                        help="check that the extractor reads every country of the gazetteer")
    args = parser.parse_args(argv)
    if args.check:
        problems = check_gazetteer()
        print("\n".join(problems) or "gazetteer: every name read as its country")
        return 1 if problems else 0
    if args.out is None:
        parser.error("--out is required")
    files = write_corpus(args.count, args.out, seed=args.seed, fmt=args.format, shard=args.shard)
    print(f"generate: {args.count} articles in {len(files)} files under {args.out}",
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
