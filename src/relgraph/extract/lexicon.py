"""Word lists the rules read: offices, reporting verbs, fields, cues of cooperation and
hostility, organisation and event heads. Kept apart from the rules so that they can grow
without touching the grammar."""

from __future__ import annotations

import re

__all__ = [
    "COMPANIES",
    "COOPERATIVE_ACTS",
    "EVENT_HEADS",
    "FIELD_CUES",
    "HONORIFICS",
    "HOSTILE_CUES",
    "INTERNATIONAL_BODIES",
    "LEADERS",
    "MEDIA",
    "NATIONAL_BODIES",
    "NGOS",
    "ORG_HEADS",
    "PORTFOLIOS",
    "REPORTING_BEFORE_THAT",
    "REPORTING_VERBS",
    "ROMANCE_ORG_HEADS",
    "TITLE_HEADS",
    "TITLE_MODIFIERS",
    "fields_in",
    "normalise_title",
]

HONORIFICS = frozenset({"Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.", "H.E.", "HE",
                        "Hon", "Hon.", "Prof", "Prof.", "Sir", "Madam", "Excellency", "His",
                        "Her"})

#: Head nouns of offices. Multi-word heads come first so the longest wins.
TITLE_HEADS = (
    "Prime Minister", "Vice President", "Vice-President", "High Commissioner",
    "Foreign Secretary", "Secretary of State", "Secretary-General", "Secretary General",
    "Director-General", "Director General", "Crown Prince", "Consul General",
    "Comptroller-General", "Comptroller General", "Inspector-General", "Inspector General",
    "Attorney-General", "Attorney General",
    "Chargé d'Affaires", "Chargé d'affaires", "Charge d'Affaires", "Special Envoy",
    "Special Representative", "Permanent Representative", "Member of Parliament",
    "Head of State", "Head of Government", "Commander-in-Chief", "Chief of Staff",
    "Deputy Minister", "State Minister", "Minister of State", "Minister", "President",
    "Ambassador", "Envoy", "Secretary", "Chairman", "Chairwoman", "Chairperson", "Chair",
    "Speaker", "Spokesperson", "Spokesman", "Spokeswoman", "Director", "Governor", "Mayor",
    "King", "Queen", "Emir", "Amir", "Prince", "Chancellor", "Premier", "Senator",
    "Commander", "General", "Consul", "Counsellor", "Counselor", "Attaché", "Adviser",
    "Advisor", "Aide", "Leader", "Head", "Chief", "Rector", "CEO", "Deputy", "Lawmaker",
    "Ombudsman", "Representative", "Coordinator", "Commissioner", "Sultan", "Pope",
    # Voices that reports quote beside officials.
    "Researcher", "Analyst", "Economist", "Professor", "Fellow",
)

#: Words that may stand before an office head ("Deputy Prime Minister", "Acting President").
TITLE_MODIFIERS = frozenset({
    "Deputy", "Vice", "First", "Acting", "Former", "Interim", "Assistant", "Senior", "Chief",
    "Executive", "Permanent", "Special", "Extraordinary", "Plenipotentiary", "Honorary",
    "Grand", "Supreme", "Parliamentary", "General", "Military", "Defence", "Defense",
    "Cabinet", "State", "Regional", "Provincial", "Federal", "National", "Foreign",
    "Coordinating",
})

#: Portfolio words of ministries and ministers, normalised.
PORTFOLIOS: dict[str, str] = {
    "foreign": "Foreign Affairs", "foreign affairs": "Foreign Affairs",
    "external affairs": "External Affairs", "health": "Health", "healthcare": "Health",
    "economy": "Economy", "economic": "Economy", "economic development": "Economic Development",
    "energy": "Energy", "defence": "Defense", "defense": "Defense", "education": "Education",
    "science": "Science", "culture": "Culture", "tourism": "Tourism", "trade": "Trade",
    "commerce": "Commerce", "finance": "Finance", "interior": "Interior",
    "internal affairs": "Internal Affairs", "home affairs": "Home Affairs",
    "justice": "Justice", "agriculture": "Agriculture", "transport": "Transport",
    "digital development": "Digital Development", "industry": "Industry",
    "labour": "Labour", "labor": "Labor", "environment": "Environment",
    "ecology": "Ecology", "emergency situations": "Emergency Situations",
    "youth": "Youth", "sports": "Sports", "information": "Information",
    "investment": "Investment", "communications": "Communications", "water": "Water",
    "irrigation": "Irrigation",
    "planning": "Planning", "petroleum": "Petroleum", "oil": "Oil", "mining": "Mining",
    "maritime affairs": "Maritime Affairs", "fisheries": "Fisheries", "social": "Social Affairs",
    "infrastructure": "Infrastructure", "roads": "Roads", "urban development": "Urban Development",
    "technology": "Technology", "ict": "ICT", "public health": "Public Health",
    "natural resources": "Natural Resources", "mines": "Mines", "manpower": "Manpower",
    "human resources": "Human Resources", "public safety": "Public Safety",
    "internal security": "Internal Security", "national security": "National Security",
    "national defence": "National Defence",
    "national defense": "National Defense", "economic affairs": "Economic Affairs",
    "international cooperation": "International Cooperation", "plantation": "Plantation",
    "electricity": "Electricity", "water resources": "Water Resources", "media": "Media",
    "climate": "Climate", "aviation": "Aviation", "civil aviation": "Civil Aviation",
    "housing": "Housing", "power": "Power", "railways": "Railways", "shipping": "Shipping",
    "hydrocarbons": "Hydrocarbons", "telecommunications": "Telecommunications",
    "migration": "Migration",
}

#: Reporting verbs and how they colour what follows (PLOVER category, tone).
REPORTING_VERBS: dict[str, tuple[str | None, str | None]] = {
    "said": (None, None), "says": (None, None), "told": (None, None),
    "noted": (None, None), "stressed": (None, None), "emphasized": (None, None),
    "emphasised": (None, None), "underlined": (None, None), "underscored": (None, None),
    "highlighted": (None, None), "stated": (None, None), "added": (None, None),
    "pointed out": (None, None), "recalled": (None, None), "reiterated": (None, None),
    "remarked": (None, None), "observed": (None, None), "affirmed": (None, None),
    "reaffirmed": (None, None), "confirmed": (None, None), "declared": (None, None),
    "announced": (None, None), "explained": (None, None), "mentioned": (None, None),
    "expressed": (None, None), "voiced": (None, None), "conveyed": (None, None),
    "welcomed": (None, "positive"), "praised": (None, "positive"), "hailed": (None, "positive"),
    "lauded": (None, "positive"), "commended": (None, "positive"),
    "thanked": (None, "positive"), "appreciated": (None, "positive"),
    "condemned": ("DISAPPROVE", "negative"), "denounced": ("DISAPPROVE", "negative"),
    "criticized": ("DISAPPROVE", "negative"), "criticised": ("DISAPPROVE", "negative"),
    "deplored": ("DISAPPROVE", "negative"), "accused": ("DISAPPROVE", "negative"),
    "rejected": ("REJECT", "negative"), "dismissed": ("REJECT", "negative"),
    "protested": ("PROTEST", "negative"), "warned": ("THREATEN", "negative"),
    "threatened": ("THREATEN", "negative"), "urged": ("DEMAND", None),
    "called on": ("DEMAND", None), "called for": ("DEMAND", None), "demanded": ("DEMAND", "negative"),
    "insisted": (None, None), "argued": (None, None), "claimed": (None, None),
    "assured": (None, None), "described": (None, None), "suggested": (None, None),
    "proposed": (None, None), "acknowledged": (None, None), "regretted": (None, "negative"),
    "restated": (None, None), "pledged": (None, "positive"),
    "vowed": (None, None), "reported": (None, None), "briefed": (None, None),
    "informed": (None, None), "invited": (None, "positive"), "asserted": (None, None),
    "maintained": (None, None), "announces": (None, None), "notes": (None, None),
    "stresses": (None, None), "emphasizes": (None, None), "adds": (None, None),
    "encouraged": (None, "positive"), "pressed for": ("DEMAND", None),
    "pushed for": ("DEMAND", None), "sought": (None, None), "asked for": ("DEMAND", None),
    "requested": ("DEMAND", None), "appealed": ("DEMAND", None), "offered": (None, "positive"),
    "emphasises": (None, None), "outlined": (None, None),
    "touched on": (None, None), "raised": (None, None), "wrote": (None, None),
    "tweeted": (None, None), "posted": (None, None),
    "spoke about": (None, None), "spoke of": (None, None), "talked about": (None, None),
    "set out": (None, None), "cited": (None, None), "warned of": ("THREATEN", "negative"),
    "replied": (None, None), "responded": (None, None), "answered": (None, None),
    "pointed to": (None, None), "conceded": (None, None), "admitted": (None, None),
    "reminded": (None, None), "made it clear": (None, None), "made clear": (None, None),
    "put forward": (None, None),
    "agreed": (None, "positive"), "hoped": (None, "positive"), "believed": (None, None),
}

#: Reporting verbs only before "that": "agreed that ties were crucial" reports what was
#: said, "agreed to expand trade" is an act.
REPORTING_BEFORE_THAT = frozenset({"agreed", "hoped", "believed"})

#: Fields of cooperation and the words that signal them.
FIELD_CUES: dict[str, tuple[str, ...]] = {
    "health": ("health", "healthcare", "medical", "medicine", "hospital", "pharmaceutical",
               "vaccine", "doctors", "epidemic", "pandemic"),
    "energy": ("energy", "oil", "gas", "pipeline", "electricity", "power plant", "renewable",
               "hydropower", "solar", "wind power", "nuclear power", "TANAP", "petroleum",
               "hydrogen", "power grid", "LNG", "interconnector", "nuclear energy", "power line",
               "transmission line", "energy security"),
    "economy": ("economic", "economy", "economies", "trade", "investment", "investments",
                "investor", "finance", "financial", "industry", "industrial", "business",
                "commerce", "commercial", "export", "exports", "import", "imports", "banking",
                "customs", "market", "free trade", "manufacturing", "mining", "minerals",
                "tariffs"),
    "defense": ("defense", "defence", "military", "security", "army", "armed forces",
                "counter-terrorism", "counterterrorism", "arms", "naval", "weapons", "terrorism",
                "extremism", "peacekeeping", "troops", "military education", "military training",
                "defence industry", "defense industry"),
    "education": ("education", "educational", "university", "universities", "students",
                  "scholarships", "scholarship", "schools", "academic", "student"),
    "science": ("science", "scientific", "research", "technology", "technologies",
                "technological", "innovation", "innovations", "space"),
    "digital": ("digital", "digitalization", "digitalisation", "ICT", "artificial intelligence",
                "cyber", "telecommunications", "e-government", "information technology",
                "information technologies", "communications technology"),
    "culture": ("culture", "cultural", "arts", "heritage", "cinema", "museum", "literature",
                "music", "film", "sports"),
    "tourism": ("tourism", "tourist", "tourists"),
    "transport": ("transport", "transportation", "logistics", "connectivity", "railway",
                  "railways", "rail", "road", "roads", "highway", "corridor", "aviation", "flights",
                  "shipping",
                  "port", "ports", "transit", "infrastructure", "navigation", "bridge",
                  "bridges", "border crossing", "road crossing"),
    "agriculture": ("agriculture", "agricultural", "farming", "food security", "farmers",
                    "livestock", "irrigation", "grain", "palm oil", "wheat", "rice", "cotton",
                    "fertiliser", "fertilizer", "fisheries", "crops", "agrifood", "agro"),
    "environment": ("environment", "environmental", "climate", "water", "ecology",
                    "ecological", "green", "biodiversity", "emissions", "forestry", "pollution",
                    "drought", "desertification"),
    "humanitarian": ("humanitarian", "relief", "refugees", "disaster", "aid",
                     "assistance", "emergency management", "rescue", "evacuation"),
    "justice": ("justice", "legal", "law enforcement", "police", "migration", "judicial",
                "crime", "drug trafficking", "extradition", "border management", "smuggling",
                "trafficking", "migrant", "migrants", "policing", "asylum", "narcotics"),
}

# Single-word cues are looked up per word, phrases by substring: both far cheaper than
# one large case-insensitive alternation. Acronyms count only in capitals ("AI", not "ai").
_ACRONYM_CUES = {"digital": frozenset({"ICT", "AI"}), "energy": frozenset({"LNG", "TANAP"})}
_FIELD_WORDS = {field: frozenset(c.lower() for c in cues if " " not in c
                                 and c not in _ACRONYM_CUES.get(field, ()))
                for field, cues in FIELD_CUES.items()}
_FIELD_PHRASES = {field: tuple(c.lower() for c in cues if " " in c)
                  for field, cues in FIELD_CUES.items()}
_PHRASES_LONGEST_FIRST = sorted(((p, f) for f, ps in _FIELD_PHRASES.items() for p in ps),
                                key=lambda item: -len(item[0]))
_WORDS = re.compile(r"[a-z]+(?:-[a-z]+)*")
_ACRONYMS = re.compile(r"\b(?:ICT|AI|LNG|TANAP)\b")


def fields_in(text: str) -> list[str]:
    """The fields a span of text speaks of, in the order of FIELD_CUES."""
    lowered = text.lower()
    seen: set[str] = set()
    # A phrase is read before its words: "palm oil" is agriculture, not energy as well;
    # "food security" is not defence; "information technologies" are digital, not science.
    for phrase, field in _PHRASES_LONGEST_FIRST:
        if phrase in lowered:
            seen.add(field)
            lowered = lowered.replace(phrase, " ")
    words = set(_WORDS.findall(lowered))
    acronyms = set(_ACRONYMS.findall(text))
    seen |= {field for field in FIELD_CUES
             if words & _FIELD_WORDS[field] or acronyms & _ACRONYM_CUES.get(field, frozenset())}
    return [field for field in FIELD_CUES if field in seen]


#: Words that mark an act as hostile: never cooperation.
HOSTILE_CUES = re.compile(
    r"\b(?:summon\w*|protest\w*|condemn\w*|denounc\w*|expel\w*|expulsion|sanction\w*|"
    r"threat\w*|accus\w*|attack\w*|aggression|hostil\w*|invad\w*|invasion|shell\w*|"
    r"bomb\w*|strike[sd]?|clash\w*|kill\w*|violat\w*|boycott\w*|retaliat\w*|"
    r"reject\w*|den(?:y|ied|ies)|warn\w*|criticiz\w*|criticis\w*|dispute[sd]?|"
    r"interference|deplor\w*|ultimatum|embargo\w*|seiz\w*|arrest\w*|ban(?:s|ned)?|"
    r"recall(?:ed)? (?:its|their|the) ambassador|downgrad\w*|suspend\w*|"
    r"cut (?:off )?(?:ties|relations)|sever(?:s|ed|ing)?|terror\w*|fir(?:ed|ing) on|blockade|"
    r"refus\w*|declin(?:ed|es) to|ultimatum|expels?|oust\w*|pull(?:ed|s|ing)? out|"
    r"withdr[ae]w from|walk(?:ed|s)? out|collaps\w*|broke down|fail(?:ed|s)? to|"
    r"scrap(?:ped|s)?|abandon\w*|tore up|terminat\w*)\b",
    re.IGNORECASE,
)

#: Acts of cooperation: when one comes before any hostile word, the sentence reports
#: cooperation even if it names the conflict it ends ("agreed to a ceasefire after fighting").
COOPERATIVE_ACTS = re.compile(
    r"\b(?:agree[sd]?|agreeing|sign(?:ed|s)?|cooperat\w*|co-operat\w*|collaborat\w*|"
    r"offer(?:ed|s)?|pledg\w*|grant(?:ed|s)?|g[ai]ve|gives|giving|donat\w*|provid\w*|"
    r"sen[dt]s? (?:\w+ ){0,3}(?:aid|troops|material|arms|food|supplies|experts|doctors|help)|"
    r"extradit\w*|help(?:ed|s|ing)?|allow(?:ed|s)?|accept(?:ed|s)?|promis\w*|shar(?:ed|es|ing)|"
    r"deliver\w*|evacuat\w*|lift(?:ed|s)? (?:\w+ ){0,2}(?:ban|embargo\w*|sanctions)|"
    r"support(?:ed|s)?|releas\w*|mediat\w*|contribut\w*|ready to|willing to|prepared to|"
    r"open(?:ed|s)? its borders|joint (?:exercises?|drills|patrols?|war games)|war games|"
    r"extended (?:\w+ ){0,2}(?:credit|loan)|loan|aid|commit(?:ted|s)? to|joint efforts|"
    r"backed its ally|back(?:ed|s|ing)? (?:its|their) (?:ally|partner))\b", re.I)

#: Heads of state and government (and a few long-serving foreign ministers) of recent
#: years, by full name, with their countries: a careful reader knows Macron is French even
#: when the article does not say so.
LEADERS: dict[str, str] = {
    # Europe
    "Emmanuel Macron": "FRA", "François Hollande": "FRA", "Olaf Scholz": "DEU",
    "Angela Merkel": "DEU", "Friedrich Merz": "DEU", "Frank-Walter Steinmeier": "DEU",
    "Keir Starmer": "GBR", "Rishi Sunak": "GBR", "Boris Johnson": "GBR", "Theresa May": "GBR",
    "Giorgia Meloni": "ITA", "Mario Draghi": "ITA", "Sergio Mattarella": "ITA",
    "Pedro Sánchez": "ESP", "António Costa": "PRT", "Luís Montenegro": "PRT",
    "Marcelo Rebelo de Sousa": "PRT", "Mark Rutte": "NLD", "Dick Schoof": "NLD",
    "Alexander De Croo": "BEL", "Viktor Orbán": "HUN", "Péter Szijjártó": "HUN",
    "Aleksandar Vučić": "SRB", "Ana Brnabić": "SRB", "Andrzej Duda": "POL",
    "Donald Tusk": "POL", "Mateusz Morawiecki": "POL", "Karol Nawrocki": "POL",
    "Petr Fiala": "CZE", "Petr Pavel": "CZE", "Robert Fico": "SVK",
    "Klaus Iohannis": "ROU", "Nicușor Dan": "ROU", "Kyriakos Mitsotakis": "GRC",
    "Nikos Christodoulides": "CYP", "Volodymyr Zelensky": "UKR", "Volodymyr Zelenskyy": "UKR",
    "Dmytro Kuleba": "UKR", "Andrii Sybiha": "UKR", "Vladimir Putin": "RUS",
    "Sergey Lavrov": "RUS", "Sergei Lavrov": "RUS", "Mikhail Mishustin": "RUS",
    "Alexander Lukashenko": "BLR", "Maia Sandu": "MDA", "Ulf Kristersson": "SWE",
    "Jonas Gahr Støre": "NOR", "Mette Frederiksen": "DNK", "Alexander Stubb": "FIN",
    "Micheál Martin": "IRL", "Karl Nehammer": "AUT", "Edi Rama": "ALB",
    "Recep Tayyip Erdoğan": "TUR", "Recep Tayyip Erdogan": "TUR", "Hakan Fidan": "TUR",
    "Mevlüt Çavuşoğlu": "TUR",
    # Caucasus and Central Asia
    "Ilham Aliyev": "AZE", "Jeyhun Bayramov": "AZE", "Nikol Pashinyan": "ARM",
    "Ararat Mirzoyan": "ARM", "Irakli Kobakhidze": "GEO", "Irakli Garibashvili": "GEO",
    "Kassym-Jomart Tokayev": "KAZ", "Shavkat Mirziyoyev": "UZB", "Sadyr Japarov": "KGZ",
    "Emomali Rahmon": "TJK", "Serdar Berdimuhamedov": "TKM",
    # Middle East and North Africa
    "Mohammed bin Salman": "SAU", "Salman bin Abdulaziz": "SAU",
    "Faisal bin Farhan Al Saud": "SAU", "Mohamed bin Zayed Al Nahyan": "ARE",
    "Mohammed bin Rashid Al Maktoum": "ARE", "Tamim bin Hamad Al Thani": "QAT",
    "Abdel Fattah el-Sisi": "EGY", "Abdel Fattah al-Sisi": "EGY", "Sameh Shoukry": "EGY",
    "Badr Abdelatty": "EGY", "King Abdullah II": "JOR", "Ayman Safadi": "JOR",
    "Benjamin Netanyahu": "ISR", "Isaac Herzog": "ISR", "Mahmoud Abbas": "PSE",
    "Masoud Pezeshkian": "IRN", "Ebrahim Raisi": "IRN", "Hassan Rouhani": "IRN",
    "Ali Khamenei": "IRN", "Hossein Amir-Abdollahian": "IRN", "Abbas Araghchi": "IRN",
    "Mohammad Javad Zarif": "IRN", "Mohammed Shia al-Sudani": "IRQ",
    "Bashar al-Assad": "SYR", "Ahmed al-Sharaa": "SYR", "Haitham bin Tarik": "OMN",
    "Mohammed VI": "MAR", "Nasser Bourita": "MAR", "Abdelmadjid Tebboune": "DZA",
    "Kais Saied": "TUN", "Mishal Al-Ahmad Al-Jaber Al-Sabah": "KWT",
    "Nawaf Al-Ahmad Al-Jaber Al-Sabah": "KWT",
    # Africa
    "Muhammadu Buhari": "NGA", "Bola Tinubu": "NGA", "Bola Ahmed Tinubu": "NGA",
    "Nana Akufo-Addo": "GHA", "John Mahama": "GHA", "John Dramani Mahama": "GHA",
    "William Ruto": "KEN", "Uhuru Kenyatta": "KEN", "Abiy Ahmed": "ETH",
    "Cyril Ramaphosa": "ZAF", "Daniel Chapo": "MOZ", "Filipe Nyusi": "MOZ",
    "Paul Kagame": "RWA", "Yoweri Museveni": "UGA", "Samia Suluhu Hassan": "TZA",
    "Félix Tshisekedi": "COD", "Macky Sall": "SEN", "Bassirou Diomaye Faye": "SEN",
    "Alassane Ouattara": "CIV", "Emmerson Mnangagwa": "ZWE", "Hakainde Hichilema": "ZMB",
    # Asia and the Pacific
    "Xi Jinping": "CHN", "Li Qiang": "CHN", "Wang Yi": "CHN", "Narendra Modi": "IND",
    "Subrahmanyam Jaishankar": "IND", "S. Jaishankar": "IND", "Droupadi Murmu": "IND",
    "Shehbaz Sharif": "PAK", "Imran Khan": "PAK", "Ishaq Dar": "PAK", "Asif Ali Zardari": "PAK",
    "Sheikh Hasina": "BGD", "Muhammad Yunus": "BGD", "Fumio Kishida": "JPN",
    "Shigeru Ishiba": "JPN", "Shinzo Abe": "JPN", "Sanae Takaichi": "JPN",
    "Yoon Suk Yeol": "KOR", "Lee Jae-myung": "KOR", "Moon Jae-in": "KOR",
    "Kim Jong Un": "PRK", "Prabowo Subianto": "IDN", "Joko Widodo": "IDN",
    "Retno Marsudi": "IDN", "Anwar Ibrahim": "MYS", "Ferdinand Marcos Jr": "PHL",
    "Ferdinand Marcos Jr.": "PHL", "Rodrigo Duterte": "PHL", "Lee Hsien Loong": "SGP",
    "Lawrence Wong": "SGP", "Pham Minh Chinh": "VNM", "To Lam": "VNM",
    "Vo Van Thuong": "VNM", "Nguyen Phu Trong": "VNM", "Hun Manet": "KHM",
    "Anthony Albanese": "AUS", "Penny Wong": "AUS", "Scott Morrison": "AUS",
    "Christopher Luxon": "NZL", "Jacinda Ardern": "NZL",
    # Americas
    "Joe Biden": "USA", "Donald Trump": "USA", "Barack Obama": "USA", "Antony Blinken": "USA",
    "Marco Rubio": "USA", "Justin Trudeau": "CAN", "Mark Carney": "CAN",
    "Andrés Manuel López Obrador": "MEX", "Claudia Sheinbaum": "MEX",
    "Luiz Inácio Lula da Silva": "BRA", "Jair Bolsonaro": "BRA", "Mauro Vieira": "BRA",
    "Javier Milei": "ARG", "Alberto Fernández": "ARG", "Gabriel Boric": "CHL",
    "Gustavo Petro": "COL", "Nicolás Maduro": "VEN", "Dina Boluarte": "PER",
    "Luis Arce": "BOL", "Daniel Noboa": "ECU", "Miguel Díaz-Canel": "CUB",
}

#: International bodies by the names they go by, each with its full name; a name that
#: begins with one ("ECOWAS Commission", "UN Security Council") is international too.
INTERNATIONAL_BODIES: dict[str, str] = {name: full for full, short in (
    ("United Nations", "UN"), ("UN Security Council", ""), ("UN General Assembly", ""),
    ("Security Council", ""), ("North Atlantic Treaty Organization", "NATO"),
    ("European Union", "EU"), ("European Commission", ""), ("European Council", ""),
    ("European Parliament", ""), ("Council of Europe", ""),
    ("Organization for Security and Co-operation in Europe", "OSCE"),
    ("Organisation of Islamic Cooperation", "OIC"), ("Organization of Islamic Cooperation", ""),
    ("Shanghai Cooperation Organisation", "SCO"), ("Shanghai Cooperation Organization", ""),
    ("Association of Southeast Asian Nations", "ASEAN"),
    ("Commonwealth of Independent States", "CIS"), ("BRICS", ""),
    ("Gulf Cooperation Council", "GCC"), ("Arab League", ""), ("League of Arab States", ""),
    ("African Union", "AU"), ("Economic Community of West African States", "ECOWAS"),
    ("Southern African Development Community", "SADC"), ("East African Community", "EAC"),
    ("Intergovernmental Authority on Development", "IGAD"), ("COMESA", ""),
    ("African Continental Free Trade Area", "AfCFTA"), ("Mercosur", "MERCOSUR"),
    ("CARICOM", ""), ("CELAC", ""), ("Organization of American States", "OAS"),
    ("Asia-Pacific Economic Cooperation", "APEC"), ("SAARC", ""), ("BIMSTEC", ""),
    ("Pacific Islands Forum", ""), ("Organization of Turkic States", "OTS"), ("CICA", ""),
    ("Economic Cooperation Organization", "ECO"), ("D-8", ""), ("Group of Twenty", "G20"),
    ("Group of Seven", "G7"),
    ("Collective Security Treaty Organization", "CSTO"),
    ("Eurasian Economic Union", "EAEU"), ("Visegrad Group", ""), ("Commonwealth", ""),
    ("World Health Organization", "WHO"), ("International Monetary Fund", "IMF"),
    ("World Bank", ""), ("OPEC", ""), ("International Atomic Energy Agency", "IAEA"),
    ("World Trade Organization", "WTO"), ("UNESCO", ""), ("UNICEF", ""), ("UNHCR", ""),
    ("UNDP", ""), ("UNRWA", ""), ("World Food Programme", "WFP"), ("FAO", ""), ("ILO", ""),
    ("IOM", ""), ("OECD", ""), ("International Energy Agency", "IEA"), ("IRENA", ""),
    ("Asian Development Bank", "ADB"), ("Islamic Development Bank", ""),
    ("Asian Infrastructure Investment Bank", "AIIB"), ("New Development Bank", ""),
    ("European Investment Bank", "EIB"), ("EBRD", ""), ("International Criminal Court", "ICC"),
    ("International Court of Justice", "ICJ"), ("Interpol", ""), ("Red Cross", ""),
    ("Red Crescent", ""),
) for name in (full, short) if name}

#: Non-governmental organisations and think tanks that reports quote, named without a head
#: noun or under one that would mistake their kind ("Brookings Institution" is no agency).
NGOS = frozenset({
    "Amnesty International", "Human Rights Watch", "Médecins Sans Frontières",
    "Doctors Without Borders", "Oxfam", "Greenpeace", "Transparency International",
    "International Crisis Group", "Crisis Group", "Save the Children",
    "International Rescue Committee", "Norwegian Refugee Council", "Chatham House",
    "Brookings Institution", "Carnegie Endowment for International Peace",
    "Stockholm International Peace Research Institute", "SIPRI",
    "International Institute for Strategic Studies", "Atlantic Council",
    "Council on Foreign Relations", "Reporters Without Borders", "Human Rights First",
    "International Federation for Human Rights", "Global Witness",
})

#: Head nouns that close an organisation's name, with the kind they imply.
#: Heads that open the names of French, Spanish and Portuguese bodies ("Institut français
#: du Maroc", "Rede Nacional de Transporte de Electricidade"), with the kind they give.
ROMANCE_ORG_HEADS: dict[str, str] = {
    **dict.fromkeys(("Institut", "Instituto", "Agence", "Agencia", "Agência", "Banco",
                     "Banque", "Conseil", "Centre", "Centro", "Direction",
                     "Dirección"), "agency"),
    **dict.fromkeys(("Société", "Sociedad", "Sociedade", "Compagnie", "Compañía", "Companhia",
                     "Empresa", "Rede", "Electricité", "Electricite", "Electricidade",
                     "Petróleos"), "company"),
    **dict.fromkeys(("Ministère", "Ministerio", "Ministério"), "ministry"),
    **dict.fromkeys(("Universidad", "Universidade", "Université", "Fundación", "Fundação",
                     "Fondation", "Comandos", "Frente", "Partido", "Parti"), "other"),
}

ORG_HEADS: dict[str, str] = {
    "Ministry": "ministry", "Foreign Office": "ministry", "Department": "ministry",
    "Embassy": "embassy", "Consulate": "embassy", "Consulate General": "embassy",
    "High Commission": "embassy", "Mission": "embassy",
    "Parliament": "parliament", "Assembly": "parliament", "Senate": "parliament",
    "Congress": "parliament", "Majlis": "parliament", "Milli Majlis": "parliament",
    "Duma": "parliament", "Knesset": "parliament", "Verkhovna Rada": "parliament",
    "Agency": "agency", "Authority": "agency", "Service": "agency", "Bureau": "agency",
    "Directorate": "agency", "Directorate General": "agency", "Directorate-General": "agency",
    "Inspectorate": "agency", "Fund": "agency", "Bank": "agency",
    "Office": "agency", "Institute": "agency", "Centre": "agency", "Center": "agency",
    "Academy": "agency", "University": "agency", "Board": "agency", "Police": "agency",
    "Guard": "agency", "Forces": "agency", "Army": "agency", "Navy": "agency",
    "Company": "company", "Corporation": "company", "Holding": "company",
    "Airlines": "company", "Airways": "company", "Railways": "company", "Inc": "company",
    "Ltd": "company", "PLC": "company", "Electronics": "company", "Electric": "company",
    "Motors": "company", "Steel": "company", "Telecom": "company",
    "Council": "international", "Organization": "international", "Secretariat": "international",
    "Organisation": "international", "Union": "international", "Commission": "government",
    "Committee": "government", "Cabinet": "government", "Government": "government",
    "Presidency": "government", "Administration": "government", "Court": "government",
    "Conference": "international", "Alliance": "international",
    "Party": "other", "Front": "other", "Movement": "other", "Association": "other",
    "Federation": "other", "Chamber": "other", "Foundation": "other", "Society": "other",
    "Network": "other", "Forum": "international", "Institution": "agency",
    "Museum": "agency", "Museums": "agency", "School": "other", "Group": "other",
    "Broadcaster": "media", "Television": "media", "TV": "media", "Radio": "media",
    "News Agency": "media", "Newspaper": "media", "Gazette": "media",
}

#: State and national companies that news about relations between countries names without
#: a head noun ("Petronas", not "Petronas Company"), with the country each belongs to.
COMPANIES: dict[str, str] = {
    "SOCAR": "AZE", "AZAL": "AZE", "Azerenerji": "AZE", "Azercosmos": "AZE",
    "BOTAŞ": "TUR", "BOTAS": "TUR", "TPAO": "TUR", "Aselsan": "TUR", "Baykar": "TUR",
    "Roketsan": "TUR", "Turkish Airlines": "TUR", "Turkish Aerospace": "TUR",
    "Gazprom": "RUS", "Rosneft": "RUS", "Lukoil": "RUS", "Rosatom": "RUS", "Rostec": "RUS",
    "Rosoboronexport": "RUS", "Novatek": "RUS", "Transneft": "RUS",
    "Saudi Aramco": "SAU", "Aramco": "SAU", "ACWA Power": "SAU", "SABIC": "SAU",
    "ADNOC": "ARE", "Masdar": "ARE", "Mubadala": "ARE", "DP World": "ARE",
    "QatarEnergy": "QAT", "Qatar Petroleum": "QAT", "Qatar Airways": "QAT",
    "Petronas": "MYS", "Pertamina": "IDN", "PetroVietnam": "VNM", "Petrovietnam": "VNM",
    "PTT": "THA", "ONGC": "IND", "CNPC": "CHN", "Sinopec": "CHN", "CNOOC": "CHN",
    "PetroChina": "CHN", "Huawei": "CHN", "COSCO": "CHN", "KazMunayGas": "KAZ",
    "Kazatomprom": "KAZ", "Uzbekneftegaz": "UZB", "Turkmengaz": "TKM", "NIOC": "IRN",
    "Naftogaz": "UKR", "Equinor": "NOR", "TotalEnergies": "FRA", "ExxonMobil": "USA",
    "Chevron": "USA", "Boeing": "USA", "Petrobras": "BRA", "Embraer": "BRA", "Pemex": "MEX",
    "Sonatrach": "DZA", "NNPC": "NGA", "PDVSA": "VEN", "Ecopetrol": "COL", "Codelco": "CHL",
    "KEPCO": "KOR", "Samsung": "KOR", "Hyundai": "KOR", "Toyota": "JPN", "Siemens": "DEU",
    "Samsung Electronics": "KOR", "SK Group": "KOR", "LG Electronics": "KOR",
    "Korea Electric Power Corporation": "KOR", "Vietnam Electricity": "VNM", "EVN": "VNM",
    "Viettel": "VNM", "Vingroup": "VNM", "JERA": "JPN", "Mitsubishi": "JPN",
    "Tata": "IND", "Reliance Industries": "IND", "Adani": "IND", "NTPC": "IND",
    "China State Railway Group": "CHN", "ZTE": "CHN", "State Grid": "CHN", "CATL": "CHN",
    "Kazakhstan Temir Zholy": "KAZ", "KTZ": "KAZ", "Samruk-Kazyna": "KAZ",
    "Ukrzaliznytsia": "UKR", "Orlen": "POL", "PKN Orlen": "POL", "PGE": "POL",
    "ČEZ": "CZE", "CEZ": "CZE", "MERO": "CZE", "MVM": "HUN", "MOL": "HUN", "MÁV": "HUN",
    "Srbijagas": "SRB", "Infrastruktura železnice Srbije": "SRB", "Bulgargaz": "BGR",
    "DEPA": "GRC", "IPTO": "GRC", "Deutsche Bahn": "DEU", "Uniper": "DEU", "RWE": "DEU",
    "EDF": "FRA", "Engie": "FRA", "Eni": "ITA", "Enel": "ITA", "Repsol": "ESP",
    "Iberdrola": "ESP", "Galp": "PRT", "EDP": "PRT", "BP": "GBR", "Shell": "GBR",
    "Eskom": "ZAF", "Transnet": "ZAF", "Sasol": "ZAF", "Kenya Power": "KEN",
    "KenGen": "KEN", "Safaricom": "KEN", "Ethiopian Electric Power": "ETH",
    "Ethiopian Airlines": "ETH", "Dangote": "NGA", "Hidroeléctrica de Cahora Bassa": "MOZ",
    "Electricidade de Moçambique": "MOZ", "Saudi Arabian Military Industries": "SAU",
    "SAMI": "SAU", "YPF": "ARG", "YPFB": "BOL", "SQM": "CHL", "Vale": "BRA",
    "Egyptian Electricity Transmission Company": "EGY", "EgyptAir": "EGY",
}

#: National bodies known by a name of their own, with their country and kind:
#: parliaments, foreign ministries named after their seats, and seats of government.
NATIONAL_BODIES: dict[str, tuple[str, str]] = {
    **{name: (code, "parliament") for name, code in (
        ("Bundestag", "DEU"), ("Knesset", "ISR"), ("State Duma", "RUS"), ("Sejm", "POL"),
        ("Lok Sabha", "IND"), ("Rajya Sabha", "IND"), ("Milli Majlis", "AZE"),
        ("Verkhovna Rada", "UKR"), ("Riigikogu", "EST"), ("Saeima", "LVA"), ("Seimas", "LTU"),
        ("Eduskunta", "FIN"), ("Storting", "NOR"), ("Folketing", "DNK"), ("Riksdag", "SWE"),
        ("Althing", "ISL"), ("Dáil", "IRL"), ("Oireachtas", "IRL"),
        ("Grand National Assembly of Türkiye", "TUR"), ("National Diet", "JPN"),
        ("Jatiya Sangsad", "BGD"), ("Mazhilis", "KAZ"), ("Oliy Majlis", "UZB"),
        ("Jogorku Kenesh", "KGZ"), ("National People's Congress", "CHN"),
        ("Cortes Generales", "ESP"), ("Assembleia da República", "PRT"), ("Sabor", "HRV"))},
    **{name: (code, "ministry") for name, code in (
        ("Itamaraty", "BRA"), ("Quai d'Orsay", "FRA"), ("Farnesina", "ITA"),
        ("Auswärtiges Amt", "DEU"), ("Global Affairs Canada", "CAN"), ("Wisma Putra", "MYS"))},
    **{name: (code, "government") for name, code in (
        ("White House", "USA"), ("Kremlin", "RUS"), ("Élysée", "FRA"), ("Elysee", "FRA"),
        ("Downing Street", "GBR"), ("Zhongnanhai", "CHN"))},
}

#: Heads that make a capitalised phrase an event rather than an organisation.
EVENT_HEADS = (
    "Congress", "Summit", "Forum", "Conference", "Expo", "Exhibition", "Festival", "Games",
    "Olympiad", "Fair", "Week", "Symposium", "Session", "Meeting", "Dialogue", "Talks",
    "Round", "Assembly", "Convention", "Ceremony", "Visit", "Exercise", "Exercises",
    "Drills", "Championship", "Cup", "Biennale", "Show", "Days", "Consultation",
    "Consultations",
)

#: News media and agencies that articles cite, with their country; a name in this list is
#: media wherever seen. Short acronyms that are also common words are left out.
MEDIA: dict[str, str | None] = {
    # Caucasus, Central Asia, Türkiye, Iran
    "News.Az": "AZE", "Trend": "AZE", "APA": "AZE", "AZERTAC": "AZE", "Azertac": "AZE",
    "AzerTag": "AZE", "Report.az": "AZE", "Azernews": "AZE", "Caliber": "AZE",
    "Interpressnews": "GEO", "Agenda.ge": "GEO", "Armenpress": "ARM",
    "Vestnik Kavkaza": "RUS", "Kazinform": "KAZ", "UzA": "UZB", "Kun.uz": "UZB",
    "Kabar": "KGZ", "Khovar": "TJK", "Asia-Plus": "TJK", "Montsame": "MNG",
    "Anadolu Agency": "TUR", "Anadolu": "TUR", "Daily Sabah": "TUR", "TRT": "TUR",
    "TRT World": "TUR", "Hurriyet": "TUR", "Hürriyet": "TUR", "Yeni Şafak": "TUR",
    "IRNA": "IRN", "Tasnim": "IRN", "Mehr": "IRN", "ISNA": "IRN", "Fars": "IRN",
    "Press TV": "IRN",
    # Europe
    "TASS": "RUS", "RIA Novosti": "RUS", "Interfax": "RUS", "Sputnik": "RUS",
    "Ukrinform": "UKR", "BelTA": "BLR", "PAP": "POL", "Polsat News": "POL", "ČTK": "CZE",
    "CTK": "CZE", "TASR": "SVK", "MTI": "HUN", "Tanjug": "SRB", "Hina": "HRV",
    "Agerpres": "ROU", "BTA": "BGR", "ANA-MPA": "GRC", "Kathimerini": "GRC", "ERT": "GRC",
    "ANSA": "ITA", "EFE": "ESP", "Lusa": "PRT", "dpa": "DEU", "Deutsche Welle": "DEU",
    "Belga": "BEL", "ANP": "NLD", "Le Monde": "FRA", "AFP": "FRA", "Reuters": "GBR",
    "BBC": "GBR", "The Guardian": "GBR", "Financial Times": "GBR", "Euronews": None,
    # Middle East and North Africa
    "Al Jazeera": "QAT", "QNA": "QAT", "WAM": "ARE", "SPA": "SAU", "KUNA": "KWT",
    "MENA": "EGY", "Ahram Online": "EGY", "Al-Ahram": "EGY", "Petra": "JOR", "SANA": "SYR",
    "WAFA": "PSE", "MAP": "MAR", "APS": "DZA",
    # Africa
    "KNA": "KEN", "Daily Nation": "KEN", "ENA": "ETH", "GNA": "GHA", "NAN": "NGA",
    "Premium Times": "NGA", "SAnews": "ZAF", "News24": "ZAF", "New Vision": "UGA",
    # South and East Asia, Pacific
    "Radio Pakistan": "PAK", "APP": "PAK", "Dawn": "PAK", "Daily Times": "PAK",
    "PTI": "IND", "ANI": "IND", "IANS": "IND", "The Hindu": "IND", "Hindustan Times": "IND",
    "Times of India": "IND", "Scroll.in": "IND", "UNB": "BGD", "BSS": "BGD",
    "Xinhua": "CHN", "CGTN": "CHN", "Global Times": "CHN", "People's Daily": "CHN",
    "China Daily": "CHN", "Kyodo": "JPN", "Jiji": "JPN", "NHK": "JPN", "Yonhap": "KOR",
    "KCNA": "PRK", "Bernama": "MYS", "Antara": "IDN", "Vietnam News Agency": "VNM",
    "VNA": "VNM", "PNA": "PHL", "Philippine News Agency": "PHL", "ABC News": "AUS",
    # Americas and world services
    "AP": "USA", "Associated Press": "USA", "CNN": "USA", "The New York Times": "USA",
    "The Washington Post": "USA", "Agência Brasil": "BRA", "Télam": "ARG",
    "Prensa Latina": "CUB", "Andina": "PER",
}


def normalise_title(raw: str) -> str:
    """An office in a canonical form: ``Minister of Health`` for ``Health Minister``,
    ``Foreign Minister`` for ``Minister of Foreign Affairs``.

    >>> normalise_title("health minister")
    'Minister of Health'
    >>> normalise_title("Minister of Foreign Affairs")
    'Foreign Minister'
    """
    words = " ".join(raw.replace("’", "'").split())
    words = re.sub(r"\s+(?:Extraordinary and Plenipotentiary|Extraordinary|Plenipotentiary|"
                   r"at[- ]Large|Designate)\b", "", words, flags=re.I)
    rank = re.match(r"(?i)(first deputy|deputy|acting|vice|former)\s+(?=\w+\s+minister\b)", words)
    if rank:
        return f"{rank.group(1).title()} {normalise_title(words[rank.end():])}"
    parts = re.split(r"\s+and\s+(?=(?:deputy |first |acting )?(?:prime |foreign |\w+ )?"
                     r"(?:minister|president|secretary)\b)", words, flags=re.I)
    if len(parts) > 1 and re.search(r"(?i)\b(?:minister|president|secretary)\b", parts[0]):
        return " and ".join(normalise_title(part) for part in parts)
    lowered = words.lower()
    match = re.fullmatch(r"(.*?)\b(deputy |first deputy |acting )?(minister|ministry)"
                         r"(?: (?:of|for) (?:the )?(.+))?", lowered)
    if match:
        before, rank, _head, after = match.groups()
        portfolio_raw = (after or before or "").strip()
        portfolio_raw = re.sub(r"^(?:the )", "", portfolio_raw)
        portfolio = PORTFOLIOS.get(portfolio_raw, _title_case(portfolio_raw, words))
        prefix = (rank or "").strip().title()
        prefix = f"{prefix} " if prefix else ""
        if before.strip() in ("prime", "deputy prime", "first deputy prime"):
            return (before.strip().title() + " Minister")
        if portfolio in ("Foreign Affairs", "External Affairs") or portfolio_raw == "foreign":
            return f"{prefix}Foreign Minister"
        if portfolio:
            return f"{prefix}Minister of {portfolio}"
        return f"{prefix}Minister"
    return _title_case(lowered, raw)


_TITLE_SMALL_WORDS = frozenset({"of", "for", "and", "the", "to", "in", "on"})


def _title_case(lowered: str, raw: str = "") -> str:
    """Capitalised words, but "of", "and" ... in lower case and acronyms of ``raw`` in
    upper case: "Minister of Science and ICT"."""
    raw_words = set(raw.split())
    return " ".join(w if w in _TITLE_SMALL_WORDS else w.upper() if w.upper() in raw_words
                    and len(w) > 1 else "-".join(p[:1].upper() + p[1:] for p in w.split("-"))
                    for w in lowered.split())
