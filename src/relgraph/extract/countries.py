"""Country gazetteer: ISO 3166 names from pycountry plus relgraph's own table of short and
old names, demonyms and capitals, compiled into one matcher."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

import pycountry

from .trie import trie_pattern

__all__ = ["Country", "CountryMention", "country", "find_countries", "is_country_word"]


@dataclass(frozen=True, slots=True)
class Country:
    alpha3: str
    alpha2: str
    name: str
    wikidata: str | None


@dataclass(frozen=True, slots=True)
class CountryMention:
    """A country named in text. ``how`` is ``name``, ``demonym`` or ``capital``."""

    code: str
    start: int
    end: int
    text: str
    how: str


# Names people write that ISO's short names do not give.
_VARIANTS: dict[str, tuple[str, ...]] = {
    "TUR": ("Türkiye", "Turkiye", "Turkey", "Republic of Türkiye", "Republic of Turkey"),
    "KOR": ("South Korea", "Republic of Korea", "Korea"),
    "PRK": ("North Korea", "DPRK", "Democratic People's Republic of Korea"),
    "RUS": ("Russia", "Russian Federation"),
    "IRN": ("Iran", "Islamic Republic of Iran"),
    "SYR": ("Syria",),
    "VNM": ("Vietnam", "Viet Nam"),
    "LAO": ("Laos",),
    "BOL": ("Bolivia",),
    "VEN": ("Venezuela",),
    "TZA": ("Tanzania",),
    "MDA": ("Moldova",),
    "TWN": ("Taiwan",),
    "PSE": ("Palestine", "State of Palestine", "Palestinian territories", "Gaza", "Gaza Strip",
            "West Bank"),
    "USA": ("United States", "United States of America", "U.S.", "US", "USA", "America"),
    "GBR": ("United Kingdom", "UK", "U.K.", "Britain", "Great Britain"),
    "ARE": ("United Arab Emirates", "UAE", "U.A.E.", "Emirates"),
    "CZE": ("Czech Republic", "Czechia"),
    "NLD": ("Netherlands", "Holland", "the Netherlands"),
    "COD": ("Democratic Republic of the Congo", "Democratic Republic of Congo", "DR Congo", "DRC",
            "Congo-Kinshasa"),
    "COG": ("Republic of the Congo", "Congo-Brazzaville"),
    "CIV": ("Ivory Coast", "Côte d'Ivoire", "Cote d'Ivoire", "Côte d’Ivoire", "Cote d’Ivoire"),
    "MMR": ("Myanmar", "Burma"),
    "SWZ": ("Eswatini", "Swaziland"),
    "MKD": ("North Macedonia", "Macedonia"),
    "CPV": ("Cape Verde", "Cabo Verde"),
    "TLS": ("East Timor", "Timor-Leste"),
    "VAT": ("Vatican", "Holy See"),
    "FSM": ("Micronesia",),
    "BRN": ("Brunei",),
    "KGZ": ("Kyrgyzstan", "Kyrgyz Republic"),
    "CHN": ("China", "People's Republic of China", "PRC"),
    "SAU": ("Saudi Arabia", "Kingdom of Saudi Arabia"),
    "EGY": ("Egypt",),
    "BIH": ("Bosnia", "Bosnia and Herzegovina", "Bosnia-Herzegovina"),
    "VCT": ("St Vincent",),
    "GMB": ("Gambia", "The Gambia"),
    "BHS": ("Bahamas",),
}

# Demonyms and adjectives: our own table (ISO gives none).
_DEMONYMS: dict[str, tuple[str, ...]] = {
    "AFG": ("Afghan",), "ALB": ("Albanian",), "DZA": ("Algerian",), "AGO": ("Angolan",),
    "ARG": ("Argentine", "Argentinian"), "ARM": ("Armenian",),
    "AUS": ("Australian",), "AUT": ("Austrian",), "AZE": ("Azerbaijani", "Azerbaijan's", "Azeri"),
    "BHR": ("Bahraini",), "BGD": ("Bangladeshi",), "BLR": ("Belarusian",), "BEL": ("Belgian",),
    "BEN": ("Beninese",), "BTN": ("Bhutanese",), "BOL": ("Bolivian",), "BIH": ("Bosnian",),
    "BWA": ("Botswanan",), "BRA": ("Brazilian",), "BGR": ("Bulgarian",),
    "BFA": ("Burkinabe",), "BDI": ("Burundian",), "KHM": ("Cambodian",),
    "CMR": ("Cameroonian",), "CAN": ("Canadian",), "TCD": ("Chadian",), "CHL": ("Chilean",),
    "CHN": ("Chinese",), "COL": ("Colombian",), "CRI": ("Costa Rican",), "HRV": ("Croatian",),
    "CUB": ("Cuban",), "CYP": ("Cypriot",), "CZE": ("Czech",), "DNK": ("Danish",),
    "DOM": ("Dominican",), "ECU": ("Ecuadorian",), "EGY": ("Egyptian",),
    "SLV": ("Salvadoran",), "ERI": ("Eritrean",), "EST": ("Estonian",), "ETH": ("Ethiopian",),
    "FIN": ("Finnish",), "FRA": ("French",), "GAB": ("Gabonese",), "GEO": ("Georgian",),
    "DEU": ("German",), "GHA": ("Ghanaian",), "GRC": ("Greek", "Hellenic"), "GTM": ("Guatemalan",),
    "GIN": ("Guinean",), "HTI": ("Haitian",), "HND": ("Honduran",), "HUN": ("Hungarian",),
    "ISL": ("Icelandic",), "IND": ("Indian",), "IDN": ("Indonesian",), "IRN": ("Iranian",),
    "IRQ": ("Iraqi",), "IRL": ("Irish",), "ISR": ("Israeli",), "ITA": ("Italian",),
    "JAM": ("Jamaican",), "JPN": ("Japanese",), "JOR": ("Jordanian",),
    "KAZ": ("Kazakh", "Kazakhstani"), "KEN": ("Kenyan",), "KWT": ("Kuwaiti",),
    "KGZ": ("Kyrgyz",), "LAO": ("Lao", "Laotian"), "LVA": ("Latvian",),
    "LBN": ("Lebanese",), "LBR": ("Liberian",), "LBY": ("Libyan",), "LTU": ("Lithuanian",),
    "LUX": ("Luxembourgish",), "MDG": ("Malagasy",), "MWI": ("Malawian",),
    "MYS": ("Malaysian",), "MDV": ("Maldivian",), "MLI": ("Malian",), "MLT": ("Maltese",),
    "MRT": ("Mauritanian",), "MUS": ("Mauritian",), "MEX": ("Mexican",),
    "MDA": ("Moldovan",), "MNG": ("Mongolian",), "MNE": ("Montenegrin",),
    "MAR": ("Moroccan",), "MOZ": ("Mozambican",), "MMR": ("Myanmar's", "Burmese"),
    "NAM": ("Namibian",), "NPL": ("Nepalese", "Nepali"), "NLD": ("Dutch",),
    "NZL": ("New Zealand's",), "NIC": ("Nicaraguan",), "NER": ("Nigerien",),
    "NGA": ("Nigerian",), "PRK": ("North Korean",), "MKD": ("Macedonian",),
    "NOR": ("Norwegian",), "OMN": ("Omani",), "PAK": ("Pakistani",),
    "PSE": ("Palestinian",), "PAN": ("Panamanian",), "PRY": ("Paraguayan",),
    "PER": ("Peruvian",), "PHL": ("Philippine", "Filipino"), "POL": ("Polish",),
    "PRT": ("Portuguese",), "QAT": ("Qatari",), "ROU": ("Romanian",), "RUS": ("Russian",),
    "RWA": ("Rwandan",), "SAU": ("Saudi",), "SEN": ("Senegalese",), "SRB": ("Serbian",),
    "SLE": ("Sierra Leonean",), "SGP": ("Singaporean",), "SVK": ("Slovak",),
    "SVN": ("Slovenian",), "SOM": ("Somali",), "ZAF": ("South African",),
    "KOR": ("South Korean", "Korean"), "SSD": ("South Sudanese",), "ESP": ("Spanish",),
    "LKA": ("Sri Lankan",), "SDN": ("Sudanese",), "SWE": ("Swedish",), "CHE": ("Swiss",),
    "SYR": ("Syrian",), "TWN": ("Taiwanese",), "TJK": ("Tajik",), "TZA": ("Tanzanian",),
    "THA": ("Thai",), "TGO": ("Togolese",), "TUN": ("Tunisian",), "TUR": ("Turkish",),
    "TKM": ("Turkmen",), "UGA": ("Ugandan",), "UKR": ("Ukrainian",),
    "ARE": ("Emirati",), "GBR": ("British",), "USA": ("American",),
    "URY": ("Uruguayan",), "UZB": ("Uzbek",), "VEN": ("Venezuelan",),
    "VNM": ("Vietnamese",), "YEM": ("Yemeni",), "ZMB": ("Zambian",), "ZWE": ("Zimbabwean",),
    "KNA": ("Kittitian",), "BRB": ("Barbadian",), "TTO": ("Trinidadian",),
    "FJI": ("Fijian",), "PNG": ("Papua New Guinean",), "CIV": ("Ivorian",),
    "GMB": ("Gambian",), "CPV": ("Cabo Verdean", "Cape Verdean"), "DJI": ("Djiboutian",),
    "COM": ("Comorian",), "SYC": ("Seychellois",), "GUY": ("Guyanese",),
    "SUR": ("Surinamese",), "BLZ": ("Belizean",), "AND": ("Andorran",), "MCO": ("Monegasque",),
    "BRN": ("Bruneian",), "TLS": ("Timorese",), "WSM": ("Samoan",), "TON": ("Tongan",),
    "GNB": ("Bissau-Guinean",), "GNQ": ("Equatoguinean", "Equatorial Guinean"),
    "LSO": ("Basotho",), "SWZ": ("Swazi",), "MHL": ("Marshallese",), "PLW": ("Palauan",),
    "VUT": ("Ni-Vanuatu",), "SLB": ("Solomon Islander",), "KIR": ("I-Kiribati",),
    "TUV": ("Tuvaluan",), "NRU": ("Nauruan",), "LIE": ("Liechtensteiner",),
    "SMR": ("Sammarinese",), "CAF": ("Central African",),
    "COD": ("Congolese",), "STP": ("Santomean",),
}

# Capitals (and seats of government) that stand for their governments in news prose.
_CAPITALS: dict[str, tuple[str, ...]] = {
    "AZE": ("Baku",), "TUR": ("Ankara",), "IRN": ("Tehran",), "GEO": ("Tbilisi",),
    "ARM": ("Yerevan",), "PAK": ("Islamabad",), "IND": ("New Delhi", "Delhi"),
    "CHN": ("Beijing", "Peking"), "JPN": ("Tokyo",), "KOR": ("Seoul",), "PRK": ("Pyongyang",),
    "RUS": ("Moscow", "Kremlin"), "USA": ("Washington", "White House"),
    "GBR": ("London",), "FRA": ("Paris",), "DEU": ("Berlin",), "ITA": ("Rome",),
    "ESP": ("Madrid",), "POL": ("Warsaw",), "UKR": ("Kyiv", "Kiev"), "BLR": ("Minsk",),
    "KAZ": ("Astana",), "UZB": ("Tashkent",), "KGZ": ("Bishkek",), "TJK": ("Dushanbe",),
    "TKM": ("Ashgabat",), "MNG": ("Ulaanbaatar", "Ulan Bator"), "BGD": ("Dhaka",),
    "IDN": ("Jakarta",), "MYS": ("Kuala Lumpur", "Putrajaya"), "THA": ("Bangkok",),
    "VNM": ("Hanoi",), "PHL": ("Manila",), "ARE": ("Abu Dhabi",),
    "QAT": ("Doha",), "SAU": ("Riyadh",), "EGY": ("Cairo",), "ISR": ("Jerusalem",),
    "SYR": ("Damascus",), "IRQ": ("Baghdad",), "JOR": ("Amman",), "LBN": ("Beirut",),
    "AFG": ("Kabul",), "KEN": ("Nairobi",), "ETH": ("Addis Ababa",), "NGA": ("Abuja",),
    "ZAF": ("Pretoria",), "MAR": ("Rabat",), "DZA": ("Algiers",), "TUN": ("Tunis",),
    "BRA": ("Brasilia", "Brasília"), "ARG": ("Buenos Aires",), "MEX": ("Mexico City",),
    "CAN": ("Ottawa",), "AUS": ("Canberra",), "CUB": ("Havana",), "VEN": ("Caracas",),
    "GRC": ("Athens",), "CYP": ("Nicosia",), "SRB": ("Belgrade",), "HUN": ("Budapest",),
    "ROU": ("Bucharest",), "BGR": ("Sofia",), "AUT": ("Vienna",), "CZE": ("Prague",),
    "NLD": ("The Hague",), "SWE": ("Stockholm",), "NOR": ("Oslo",),
    "FIN": ("Helsinki",), "DNK": ("Copenhagen",), "PRT": ("Lisbon",), "IRL": ("Dublin",),
    "LKA": ("Colombo",), "NPL": ("Kathmandu",), "MMR": ("Naypyidaw", "Naypyitaw"),
    "KHM": ("Phnom Penh",), "OMN": ("Muscat",), "BHR": ("Manama",),
    "YEM": ("Sanaa",), "LBY": ("Tripoli",), "SDN": ("Khartoum",), "TWN": ("Taipei",),
    "PER": ("Lima",), "ECU": ("Quito",), "GHA": ("Accra",), "SEN": ("Dakar",),
    "UGA": ("Kampala",), "RWA": ("Kigali",), "COL": ("Bogotá", "Bogota"), "CHL": ("Santiago",),
    "BOL": ("La Paz", "Sucre"), "URY": ("Montevideo",), "PRY": ("Asunción", "Asuncion"),
    "PAN": ("Panama City",), "CRI": ("San José", "San Jose"), "NIC": ("Managua",),
    "HND": ("Tegucigalpa",), "GTM": ("Guatemala City",), "SLV": ("San Salvador",),
    "DOM": ("Santo Domingo",), "HTI": ("Port-au-Prince",), "JAM": ("Kingston",),
    "AGO": ("Luanda",), "COD": ("Kinshasa",), "COG": ("Brazzaville",), "CMR": ("Yaoundé",),
    "GAB": ("Libreville",), "ZMB": ("Lusaka",), "ZWE": ("Harare",), "MOZ": ("Maputo",),
    "MWI": ("Lilongwe",), "TZA": ("Dodoma",), "SOM": ("Mogadishu",), "DJI": ("Djibouti",),
    "ERI": ("Asmara",), "SSD": ("Juba",), "TCD": ("N'Djamena", "N’Djamena"), "NER": ("Niamey",),
    "MLI": ("Bamako",), "BFA": ("Ouagadougou",), "GIN": ("Conakry",), "SLE": ("Freetown",),
    "LBR": ("Monrovia",), "TGO": ("Lomé", "Lome"), "BEN": ("Porto-Novo", "Cotonou"),
    "MRT": ("Nouakchott",), "NAM": ("Windhoek",), "BWA": ("Gaborone",),
    "MDG": ("Antananarivo",), "MUS": ("Port Louis",), "FJI": ("Suva",),
    "NZL": ("Wellington",), "PNG": ("Port Moresby",), "LAO": ("Vientiane",),
    "BTN": ("Thimphu",), "MDV": ("Malé",), "LVA": ("Riga",), "LTU": ("Vilnius",),
    "EST": ("Tallinn",), "MDA": ("Chisinau", "Chișinău"), "SVK": ("Bratislava",),
    "SVN": ("Ljubljana",), "HRV": ("Zagreb",), "BIH": ("Sarajevo",), "MKD": ("Skopje",),
    "MNE": ("Podgorica",), "ALB": ("Tirana",), "MLT": ("Valletta",), "CHE": ("Bern",),
    # Not Brussels: in news it stands for the European Union more often than for Belgium.
}

# Wikidata items of states, for owl:sameAs links (checked by hand; others stay unlinked).
_WIKIDATA: dict[str, str] = {
    "AFG": "Q889", "ARM": "Q399", "AZE": "Q227", "BGD": "Q902", "BRA": "Q155", "ARG": "Q414",
    "CAN": "Q16", "CHN": "Q148", "DEU": "Q183", "EGY": "Q79", "ESP": "Q29", "FRA": "Q142",
    "GBR": "Q145", "GEO": "Q230", "IDN": "Q252", "IND": "Q668", "IRN": "Q794", "IRQ": "Q796",
    "ISR": "Q801", "ITA": "Q38", "JPN": "Q17", "KAZ": "Q232", "KEN": "Q114", "KGZ": "Q813",
    "KOR": "Q884", "MEX": "Q96", "MNG": "Q711", "MYS": "Q833", "PAK": "Q843", "PHL": "Q928",
    "POL": "Q36", "PRK": "Q423", "PSE": "Q219060", "QAT": "Q846", "RUS": "Q159",
    "SAU": "Q851", "SYR": "Q858", "TJK": "Q863", "TKM": "Q874", "TUR": "Q43", "UKR": "Q212",
    "USA": "Q30", "UZB": "Q265", "VNM": "Q881", "ARE": "Q878", "ETH": "Q115", "MAR": "Q1028",
    "NGA": "Q1033", "ZAF": "Q258", "AUS": "Q408", "GRC": "Q41", "HUN": "Q28", "ROU": "Q218",
    "THA": "Q869", "SGP": "Q334", "AUT": "Q40", "BEL": "Q31", "NLD": "Q55", "SWE": "Q34",
    "NOR": "Q20", "FIN": "Q33", "DNK": "Q35", "PRT": "Q45", "IRL": "Q27", "CUB": "Q241",
    "VEN": "Q717", "JOR": "Q810", "LBN": "Q822", "KWT": "Q817", "OMN": "Q842", "BHR": "Q398",
    "YEM": "Q805", "LBY": "Q1016", "SDN": "Q1049", "TWN": "Q865", "BLR": "Q184",
}

# Names that look like a country but in news prose mostly are something else.
_AMBIGUOUS: frozenset[str] = frozenset()
# Names that are also given names: "Chad Smith", "Jordan Peterson" are people.
_GIVEN_NAMES = frozenset({"Chad", "Jordan"})


@cache
def _countries() -> dict[str, Country]:
    table = {}
    for entry in pycountry.countries:
        name = getattr(entry, "common_name", None) or entry.name
        table[entry.alpha_3] = Country(entry.alpha_3, entry.alpha_2, _display(name),
                                       _WIKIDATA.get(entry.alpha_3))
    return table


def _display(name: str) -> str:
    if "," in name:  # "Korea, Republic of" -> "Republic of Korea"
        head, tail = (part.strip() for part in name.split(",", 1))
        return f"{tail} {head}".replace("The ", "the ").strip()
    return name


def country(code: str) -> Country | None:
    """The ISO 3166 record for an alpha-3 code, or ``None``."""
    return _countries().get(code.upper())


#: Special administrative regions: places within a state, never parties to its relations.
_NOT_ACTORS = frozenset({"HKG", "MAC"})


@cache
def _surface_forms() -> dict[str, tuple[str, str]]:
    """Surface form -> (alpha-3, how)."""
    forms: dict[str, tuple[str, str]] = {}
    for entry in pycountry.countries:
        if entry.alpha_3 in _NOT_ACTORS:
            continue
        for attr in ("name", "common_name", "official_name"):
            value = getattr(entry, attr, None)
            if value and "," not in value:
                forms.setdefault(value, (entry.alpha_3, "name"))
    for code, names in _VARIANTS.items():
        for name in names:
            forms[name] = (code, "name")
    for code, names in _DEMONYMS.items():
        for name in names:
            forms.setdefault(name, (code, "demonym"))
    for code, names in _CAPITALS.items():
        for name in names:
            forms.setdefault(name, (code, "capital"))
    return forms


@cache
def _pattern() -> re.Pattern[str]:
    alternatives = trie_pattern(_surface_forms())
    # Possessive 's and plural demonyms ("Azerbaijanis") are allowed after the name.
    # A country after a hyphen counts ("Pakistan-Turkiye"), after "anti-" or "pro-" it does
    # not name an actor.
    return re.compile(rf"(?<![\w])(?<!anti-)(?<!Anti-)(?<!pro-)(?<!non-)(?:the )?({alternatives})"
                      rf"(?:s\b|'s\b|’s\b)?(?![\w])")


_CONTINENT = ("North ", "South ", "Latin ", "Central ")
_NOT_A_COUNTRY_AFTER = (" dollar", " cent", " Ocean", " Sea ", " Sea.", " Sea,", " Subcontinent")


def find_countries(text: str) -> list[CountryMention]:
    """Every country named in ``text``, by name, demonym or capital, in text order.

    >>> [(m.code, m.how) for m in find_countries("Turkish and Azerbaijani ministers met in Baku")]
    [('TUR', 'demonym'), ('AZE', 'demonym'), ('AZE', 'capital')]
    """
    forms = _surface_forms()
    found = []
    for match in _pattern().finditer(text):
        surface = match.group(1)
        if surface in _AMBIGUOUS:
            continue
        if surface in _GIVEN_NAMES and re.match(r"\s+[A-Z][a-z]", text[match.end():]):
            continue
        if surface == "US" and (text[match.end():match.end() + 1] == "$" or not re.search(
                r"[a-z]", text[max(0, match.start(1) - 20):match.end() + 20])):
            continue  # "US$4 billion"; "US" in a headline set in capitals is the pronoun
        if text[max(0, match.start(1) - 4):match.start(1)] == "New ":
            continue  # New Jersey, New Guinea: not the country of the bare name
        if surface == "American" and text.endswith(_CONTINENT, 0, match.start(1)):
            continue  # "the North American economy", "Latin American leaders"
        if text.startswith(_NOT_A_COUNTRY_AFTER, match.end()):
            continue  # "3 billion US dollars", "the Indian Ocean", "the South China Sea"
        code, how = forms[surface]
        found.append(CountryMention(code, match.start(1), match.end(), surface, how))
    return found


@cache
def _words() -> frozenset[str]:
    return frozenset(form for form in _surface_forms() if " " not in form)


def is_country_word(token: str) -> bool:
    """Whether a token is by itself a country's name, demonym or capital ("Kenyan",
    "Iran's"); "Costa" of Costa Rica is not."""
    bare = re.sub(r"(?:'s|’s)$", "", token)
    return bare in _words()
