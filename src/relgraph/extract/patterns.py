"""Regular expressions for names, offices, organisations and events, built from the
gazetteer and the lexicon once."""

from __future__ import annotations

import re
from functools import cache

from . import countries, lexicon
from .trie import trie_pattern

__all__ = [
    "CAP",
    "NAME",
    "STOP_CAPS",
    "country_ref",
    "event_pattern",
    "org_pattern",
    "portfolio_words",
    "romance_org_pattern",
    "title_pattern",
]

#: A capitalised word (Latin, with diacritics and Azerbaijani schwa), with inner hyphens
#: and apostrophes: "Çavuşoğlu", "Al-Thani", "O'Brien".
UPPER = r"[A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĶĹĻĽĿŁŃŅŇŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽƏ]"
CAP = rf"(?:{UPPER}[\w’'-]*\w|[A-Z])"
# Initials, with the two-letter ones of Mongolian names ("Ch. Bolormaa", "Ts. Elbegdorj").
_INITIAL = r"(?:[A-Z]|Ch|Sh|Ts|Zh|Kh|Ya|Yu|Ye)\.\s?(?:[A-Z]\.\s?)?"
_CONNECT = r"(?:bin|ibn|bint|al|el|de|da|di|du|dos|van|von|der|den|ul|ur|la|le|y)"
#: A person's name: optional initials, then one to four capitalised words.
#: A wire dateline before the first sentence: "CAIRO, Feb 19 (Ahram Online) - ",
#: "PALIĆ, Serbia – ", "RIYADH (Anadolu Agency) - ".
DATELINE = (rf"^(?P<city>{UPPER}(?:{UPPER}|[ .,'-]){{1,40}}?)(?:,\s+[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)?,?"
            r"(?:\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2})?\s*(?:\((?P<agency>[^()]{1,40})\))?\s*[-–—]+\s*")

#: Arabic articles joined by a hyphen stay in the name: "Abdel Fattah el-Sisi".
NAME = (rf"(?:{_INITIAL})?(?:(?<=\.\s){_CONNECT}\s+|(?<=\.){_CONNECT}\s+)?(?:{CAP})"
        rf"(?:(?:\s+|-)(?:(?:{_CONNECT}\s+){{1,2}}|(?:al|el|ad|as|ash|an|ar|at|az)-)?(?:{CAP})){{0,4}}")

_MONTHS = ("January February March April May June July August September October November "
           "December Monday Tuesday Wednesday Thursday Friday Saturday Sunday").split()

#: Capitalised words that never belong to a person's name.
STOP_CAPS = frozenset({
    "The", "A", "An", "At", "On", "In", "Of", "For", "With", "By", "As", "After", "Before",
    "During", "Following", "According", "Both", "Earlier", "Later", "Meanwhile", "However",
    "Separately", "Additionally", "Similarly", "Likewise", "Nevertheless", "Nonetheless",
    "Instead", "Still", "Yet", "Besides", "Notably", "Overall", "Finally", "Lastly",
    "Tonight", "Recently", "Previously", "Currently", "Elsewhere", "Here", "There",
    "Also", "And", "But", "He", "She", "It", "They", "We", "I", "His", "Her", "Their", "Our",
    "This", "That", "These", "Those", "Such", "Speaking", "Addressing", "Noting", "Turning",
    "Highlighting", "Stressing", "Emphasizing", "Presiding", "Furthermore", "Moreover",
    "Minister", "Ministry", "President", "Ambassador", "Embassy", "Government", "State",
    "Republic", "Kingdom", "Foreign", "Affairs", "Office", "Deputy", "Prime", "Secretary",
    "Council", "Committee", "Commission", "Parliament", "Assembly", "National", "International",
    "Joint", "Intergovernmental", "Strategic", "Cooperation", "Agreement", "Memorandum",
    "Today", "Yesterday", "Tomorrow", "Sources", "Officials", "Official", "Mr", "Ms", "Mrs",
    "Dr", "UN", "EU", "NATO", "Security", "General", "Chairman", "Head", "Speaker", "Envoy",
    "High", "Commissioner", "Spokesperson", "Spokesman", "Spokeswoman", "Director", "Islamic",
    "Day", "Week", "Year", "Summit", "Forum", "Congress", "Conference", "Session", "Meeting",
    "Health", "Defence", "Defense", "Trade", "Energy", "Economy", "Education", "Culture",
    "Finance", "Interior", "Justice", "Agriculture", "Transport", "Tourism", "Science",
    "Digital", "Development", "Relations", "Vice", "Acting", "First", "Chief", "Senior",
    "Leader", "King", "Queen", "Emir", "Prince", "Crown", "Sheikh", "Sayyid", "Abroad",
    "Lieutenant", "Staff", "Works", "Chancellor",
    "Premier",
    "Gaza", "Strip", "West", "East", "North", "South", "Central", "Middle", "Asia", "Europe",
    "Africa", "America", "Caucasus", "Caspian", "Black", "Sea", "Gulf", "Pacific", "Atlantic",
    "Indian", "Ocean", "Region", "City", "Province", "District", "Ministers", "Presidents",
    "Counterpart", "Consul", "Charge", "Chargé", "Mission", "Delegation", "Side", "Sides",
    "Leaders", "Delegates", "Experts", "Analysts", "Diplomats",
    "Observers", "Critics", "Residents", "Authorities", "Police", "Officers", "Protesters",
    "Reports", "Negotiators", "Lawmakers", "Envoys", "Governments", "Citizens", "Voters",
    "Troops", "Rebels", "Militants", "Workers", "Farmers", "Students", "Companies", "Investors",
    "People", "Peoples",
    "Mediators", "Participants", "Speakers", "Members", "Representatives", "News", "Agency",
    "Press", "Service", "Radio", "Television", "TV", "Daily", "Times",
    *_MONTHS,
    *(word.title() for portfolio in lexicon.PORTFOLIOS for word in portfolio.split()),
})


@cache
def title_heads() -> str:
    """Office heads in any case ("the ambassador", "Ambassador"), as one trie."""
    forms = set()
    for head in lexicon.TITLE_HEADS:
        forms |= {head, head.lower(), head[:1].lower() + head[1:], head.upper()}
    return trie_pattern(forms)


def _ci(alternatives: str) -> str:
    return f"(?i:{alternatives})"


@cache
def portfolio_words() -> str:
    """Portfolio words and phrases ("health", "Foreign Affairs"), as one trie."""
    return trie_pattern({w.title() for w in lexicon.PORTFOLIOS} | set(lexicon.PORTFOLIOS))


@cache
def country_ref() -> str:
    """A country by name, demonym or capital, optionally possessive ("Iran's")."""
    return trie_pattern(countries._surface_forms()) + r"(?:'s|’s)?"


#: What follows "called on X" when X is asked to act ("to reopen", "for calm") rather than
#: visited; matched right after the verb, before any comma ("called on X, deputy prime
#: minister for economic affairs," visits).
ASKED_TO = re.compile(r"[^,.;]{0,80}?\b(?:to|for)\s+\w")

#: Nouns that end a portfolio ("Land Reform", "Ocean Resources"), never a given name.
PORTFOLIO_TAILS = ("Reform|Resources|Affairs|Development|Protection|Security|Relations|"
                   "Cooperation|Services|Welfare|Planning|Management|Economy|Industry|Trade|"
                   "Abroad|Transition|Integration")


#: Endings of the nouns and adjectives portfolios are made of ("Communication", "Employment",
#: "Fisheries", "Aquatic", "Culture"), which names seldom have.
PORTFOLIO_ENDING = r"(?:ion|ment|ry|ty|ce|ing|ure|cy|ics?|ism|ship|ogy|al|s)"


@cache
def title_pattern() -> str:
    """An office: modifiers, portfolio, head, and ``of``/``to`` complements.

    "Deputy Prime Minister and Foreign Minister", "Minister of Health", "Ambassador of
    Türkiye to Azerbaijan", "Foreign Office spokesperson".
    """
    mods = "|".join(sorted(lexicon.TITLE_MODIFIERS, key=len, reverse=True))
    portfolio = portfolio_words()
    # "Minister of Industry, Trade and Investment", "of Higher Education, Science and ICT":
    # each item ends in a word a portfolio can end in, so that "of Foreign Affairs, Mélanie
    # Joly, and Mexico's ..." lists no names.
    word = rf"(?:{portfolio}|{PORTFOLIO_TAILS}|ICT|[A-Z][\w-]*{PORTFOLIO_ENDING})(?![\w-])"
    item = rf"(?:{CAP}\s+)?{word}"
    # The last item takes a second word only when it cannot begin a name: "... and Land
    # Reform", "... and Ocean Resources", but "... and Investment Kofi Boateng".
    listed = rf"{item}(?:,\s+{item})+,?\s+and\s+{CAP}(?:\s+{_ci(PORTFOLIO_TAILS)})?"
    lower_mods = _ci("deputy|vice|acting|first|former|senior|chief|executive")
    single = (rf"(?<![\w-])(?:(?:{mods}|{lower_mods})[\s-]+)*"
              rf"(?:(?:(?:{portfolio})(?:\s+and\s+(?:{portfolio}))?|Foreign Office|Foreign Ministry|"
              rf"Presidential|Presidential "
              rf"Administration|Ministry|Parliament|Parliamentary|Embassy|Government|government|"
              rf"presidential|ministry|embassy|foreign ministry)\s+)?"
              rf"{title_heads()}(?![\w-])"
              rf"(?:\s+(?:Extraordinary|Plenipotentiary|at[- ]Large|Designate|Extraordinary and "
              rf"Plenipotentiary))?"
              # "of Water" stops short of "of Water Resources and Irrigation, X,"
              rf"(?:\s+(?:of|for)\s+(?:the\s+)?(?:{listed}|(?:{portfolio})(?:\s+and\s+(?:{portfolio}))?"
              rf"(?!\s+(?:{PORTFOLIO_TAILS})\b)|{country_ref()}|"
              rf"{CAP}(?:\s+(?:and\s+|of\s+(?:the\s+)?)?{CAP}){{0,3}}))?"
              rf"(?:\s+of\s+(?:the\s+)?{country_ref()}(?=\s+[A-Z]))?"
              rf"(?:\s+to\s+(?:the\s+)?{country_ref()})?"
              rf"(?:\s+in\s+{CAP}(?:\s+{CAP})?(?=,))?")
    return rf"(?:{single})(?:\s+and\s+(?:{single}))?"


@cache
def romance_org_pattern() -> re.Pattern[str]:
    """Names of French, Spanish and Portuguese bodies, head first: "Institut français du
    Maroc", "Comandos de la Frontera", "Universidad Andina Simón Bolívar"."""
    head = trie_pattern(lexicon.ROMANCE_ORG_HEADS)
    connector = r"(?:de|du|des|da|do|dos|das|del|di|della)\s+(?:la\s+|l['’]|los\s+|las\s+)?"
    word = rf"(?:{CAP}|[a-zà-ÿ]+(?=\s+{connector}))"
    return re.compile(rf"(?<![\w-])(?P<name>(?P<head>{head})(?:\s+{word}|\s+{connector}{CAP})+)")


@cache
def org_pattern() -> re.Pattern[str]:
    """Named organisations: a capitalised phrase closed by a head noun, with ``of``/``on``
    complements ("Ministry of Foreign Affairs", "UN Security Council", "Committee on
    Enhancing Pakistan-Turkiye Bilateral Engagement", "Embassy of Azerbaijan in Tehran")."""
    heads = "|".join(sorted((re.escape(h) for h in lexicon.ORG_HEADS), key=len, reverse=True))
    word = rf"(?:{CAP}|[A-Z]{{2,}}|[0-9]+|{_ELIDED})"
    # A comma joins the words of a name only in a list that closes with "and":
    # "on Economic, Trade and Humanitarian Cooperation".
    joiner = (r"(?:\s+|-|,\s+(?=(?:[A-Z][\w-]*\s+){0,3}and\s))"
              r"(?:and\s+(?:the\s+)?|of\s+(?:the\s+)?)?")
    complement = rf"(?:\s+(?:of|on|for)\s+(?:the\s+)?{word}(?:{joiner}{word}){{0,8}})"
    return re.compile(
        rf"(?<![\w-])(?P<name>(?:{word}(?:\s+and)?[\s-]+){{0,5}}(?:{heads})\b{complement}?"
        rf"(?:\s+in\s+(?P<city>{CAP}(?:\s+{CAP})?))?)"
    )


#: A word behind an elided article, inside a name: "Côte d'Ivoire".
_ELIDED = rf"(?:d|l)['’]{CAP}"

_ORDINAL_WORDS = ("first second third fourth fifth sixth seventh eighth ninth tenth eleventh "
                  "twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth "
                  "nineteenth twentieth").split()
ORDINAL = (r"(?:\d+(?:st|nd|rd|th)|" + "|".join(_ORDINAL_WORDS) + "|"
           + "|".join(w.title() for w in _ORDINAL_WORDS) + ")")


@cache
def event_pattern() -> re.Pattern[str]:
    """Named events: "11th Turkish Medical World Congress", "Fourth Caspian Energy Forum",
    "sixth meeting of the High-Level Strategic Cooperation Council", "opening ceremony of
    the International Maarif School", a panel titled "..."."""
    heads = "|".join(lexicon.EVENT_HEADS)
    # "Leaders'" and "Ministers'" in "Annual Leaders' Meeting".
    word = rf"(?:{CAP}(?:(?<=s)['’])?|[A-Z]{{2,}}|[0-9]{{4}}|[A-Z0-9-]+|{_ELIDED})"
    orgword = rf"(?:{CAP}|[A-Z]{{2,}}|{_ELIDED})"
    # A comma joins a list of words that "and" closes ("Economic, Trade and Humanitarian
    # Cooperation"), not the name to the next clause ("... Engagement, Dar went").
    joiner = (r"(?:\s+|-|,\s+(?=(?:[A-Z][\w’'-]*,?\s+){0,4}and\s))"
              r"(?:(?:and|of|on|for)\s+(?:the\s+)?)?")
    tail = rf"{orgword}(?:{joiner}{orgword}){{0,10}}"
    between = rf"(?:\s+between\s+{country_ref()}(?:,\s+{country_ref()})*\s+and\s+{country_ref()})?"
    named = (rf"(?:(?P<ord>{ORDINAL})\s+)?(?P<body>(?:{word}[\s-]+(?:and\s+(?=[A-Z]))?){{0,6}}"
             rf"(?:{heads}))\b"
             rf"(?:\s+(?:of|on|for)\s+(?:the\s+)?{tail})?")
    session = (rf"(?P<ord2>{ORDINAL})\s+(?:and\s+{ORDINAL}\s+)?(?:(?:regular|plenary|extraordinary|"
               rf"joint|annual)\s+)?(?:meeting|session|round|summit|sitting|edition)s?\s+of\s+"
               # "the first meeting of the reconstituted Türkiye-Egypt ... Council"
               rf"(?:the\s+)?(?:(?!two\b|three\b|four\b)[a-z]+\s+)?{tail}{between}")
    plain_session = (rf"(?:(?:high-level|regular|plenary|extraordinary|annual|informal)\s+)?"
                     rf"(?:session|meeting|summit)\s+of\s+the\s+{orgword}(?:{joiner}{orgword}){{1,10}}")

    ceremony = (rf"(?:opening|closing|signing|inauguration|award|graduation)\s+ceremony\s+of\s+"
                rf"(?:the\s+)?{tail}")
    titled = (r"(?:panel|session|conference|forum|roundtable|discussion)\s+"
              r"(?:titled|entitled|themed)\s+[\"“](?P<title>[^\"”]{5,120})[\"”]")
    return re.compile(rf"(?<![\w-])(?P<name>{titled}|{session}|{plain_session}|{ceremony}|{named})")


#: The lower-case heads of a body's gathering: only sentences with one try the pattern below.
BODY_GATHERING_HEAD = re.compile(r"\s(?:summit|meeting|session|ministerial)\b")


@cache
def body_gathering_pattern() -> re.Pattern[str]:
    """A body's gathering named with a lower-case head: "the SCO summit", "an extraordinary
    Arab League summit", "the 56th General Border Committee meeting"."""
    orgword = rf"(?:{CAP}|[A-Z]{{2,}})"
    body = (rf"(?:{trie_pattern(lexicon.INTERNATIONAL_BODIES)}|{orgword}(?:\s+{orgword}){{0,4}}"
            rf"\s+(?:Committee|Council|Commission|League|Union|Organi[sz]ation))"
            r"(?:\s+\([A-Z]{2,6}\))?")  # "the General Border Committee (GBC) meeting"
    # Searched in the few words before each head, so it ends there.
    return re.compile(rf"(?<![\w-])(?P<name>(?:(?P<ord3>{ORDINAL})\s+)?(?:(?:informal|"
                      rf"extraordinary|annual|emergency|special)\s+)?{body}\s+"
                      rf"(?:summit|meeting|session|ministerial))$")
