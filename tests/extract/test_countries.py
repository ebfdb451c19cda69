"""Countries (``relgraph.extract.countries`` and the record's ``countries``): every state by
its ISO code whatever name, old name, demonym or compound the article uses; capitals when
they stand for governments, never when they are only the venue."""

from __future__ import annotations

import pycountry
import pytest

from relgraph.extract.countries import country, find_countries

# --- the gazetteer ------------------------------------------------------------------------

_REGIONS = {"HKG", "MAC"}  # special administrative regions of China
_ISO = sorted(
    ((getattr(c, "common_name", None) or c.name, c.alpha_3) for c in pycountry.countries
     if "," not in (getattr(c, "common_name", None) or c.name) and c.alpha_3 not in _REGIONS),
    key=lambda pair: pair[1],
)


@pytest.mark.parametrize(("name", "code"), _ISO, ids=[code for _, code in _ISO])
def test_every_iso_country_is_found_by_its_short_name(name: str, code: str):
    """ISO 3166 is the maintained source: each entry's short name gives its alpha-3 code in
    a sentence where it plainly names a country."""
    found = find_countries(f"Officials of {name} signed the accord.")
    assert [m.code for m in found] == [code]


@pytest.mark.parametrize("text", ["Investments passed 3 billion US dollars.",
                                  "Fishing in the Indian Ocean is regulated.",
                                  "Ships crossed the South China Sea.",
                                  "The North American economy is integrated."])
def test_a_currency_or_a_sea_is_no_country(text: str):
    assert find_countries(text) == []


@pytest.mark.parametrize("region", ["Hong Kong", "Macao"])
def test_a_special_administrative_region_is_no_country(region: str):
    found = find_countries(f"Beijing said the protests in {region} were an internal matter.")
    assert [m.code for m in found] == ["CHN"]


def _ascii(value: object) -> str:
    """A readable test id: non-ASCII letters shown as ``_``."""
    return "".join(c if c.isascii() else "_" for c in str(value))


@pytest.mark.parametrize(
    ("surface", "code"),
    [
        # old and new names, and the spellings outlets use
        ("Türkiye", "TUR"), ("Turkiye", "TUR"), ("Turkey", "TUR"), ("Republic of Türkiye", "TUR"),
        ("Czechia", "CZE"), ("Czech Republic", "CZE"),
        ("Eswatini", "SWZ"), ("Swaziland", "SWZ"),
        ("Myanmar", "MMR"), ("Burma", "MMR"),
        ("North Macedonia", "MKD"), ("Macedonia", "MKD"),
        ("Cabo Verde", "CPV"), ("Cape Verde", "CPV"),
        ("Timor-Leste", "TLS"), ("East Timor", "TLS"),
        ("Côte d'Ivoire", "CIV"), ("Cote d'Ivoire", "CIV"), ("Côte d’Ivoire", "CIV"),
        ("Ivory Coast", "CIV"), ("Holland", "NLD"), ("the Netherlands", "NLD"),
        # short and official forms
        ("Bolivia", "BOL"), ("Plurinational State of Bolivia", "BOL"),
        ("Venezuela", "VEN"), ("Tanzania", "TZA"), ("Vietnam", "VNM"), ("Viet Nam", "VNM"),
        ("Laos", "LAO"), ("Lao People's Democratic Republic", "LAO"),
        ("South Korea", "KOR"), ("Republic of Korea", "KOR"), ("North Korea", "PRK"),
        ("DPRK", "PRK"), ("Russia", "RUS"), ("Russian Federation", "RUS"), ("Iran", "IRN"),
        ("Syria", "SYR"), ("Moldova", "MDA"), ("Brunei", "BRN"), ("UAE", "ARE"),
        ("DR Congo", "COD"), ("Democratic Republic of the Congo", "COD"),
        ("Democratic Republic of Congo", "COD"),
        ("Republic of the Congo", "COG"), ("the Philippines", "PHL"), ("the Gambia", "GMB"),
        ("Federative Republic of Brazil", "BRA"), ("United Mexican States", "MEX"),
        ("Kingdom of Morocco", "MAR"), ("Kingdom of Saudi Arabia", "SAU"),
        ("Kyrgyz Republic", "KGZ"), ("Papua New Guinea", "PNG"), ("Equatorial Guinea", "GNQ"),
        ("Guinea-Bissau", "GNB"), ("Guinea", "GIN"), ("Chad", "TCD"),
    ],
    ids=_ascii,
)
def test_names_old_names_and_official_forms(surface: str, code: str):
    found = find_countries(f"The delegation of {surface} arrived on Monday.")
    assert [m.code for m in found] == [code]


# Demonyms of states in every region; the adjective in "the X delegation".
_DEMONYMS = [
    # Africa
    ("Kenyan", "KEN"), ("Ghanaian", "GHA"), ("Nigerian", "NGA"), ("Senegalese", "SEN"),
    ("Ethiopian", "ETH"), ("Rwandan", "RWA"), ("Ugandan", "UGA"), ("Tanzanian", "TZA"),
    ("Zambian", "ZMB"), ("Namibian", "NAM"), ("Malagasy", "MDG"), ("Burkinabe", "BFA"),
    ("Beninese", "BEN"), ("Malian", "MLI"), ("Nigerien", "NER"), ("Chadian", "TCD"),
    ("Cameroonian", "CMR"), ("Gabonese", "GAB"), ("Angolan", "AGO"), ("Mozambican", "MOZ"),
    ("Moroccan", "MAR"), ("Algerian", "DZA"), ("Tunisian", "TUN"), ("Egyptian", "EGY"),
    ("Sudanese", "SDN"), ("South Sudanese", "SSD"), ("Somali", "SOM"), ("Eritrean", "ERI"),
    ("Ivorian", "CIV"), ("Gambian", "GMB"), ("Cabo Verdean", "CPV"), ("Djiboutian", "DJI"),
    ("Comorian", "COM"), ("Seychellois", "SYC"), ("Liberian", "LBR"),
    ("Sierra Leonean", "SLE"), ("Mauritanian", "MRT"), ("Zimbabwean", "ZWE"),
    ("Malawian", "MWI"), ("Mauritian", "MUS"), ("South African", "ZAF"),
    # Latin America and the Caribbean
    ("Peruvian", "PER"), ("Chilean", "CHL"), ("Bolivian", "BOL"), ("Ecuadorian", "ECU"),
    ("Colombian", "COL"), ("Argentine", "ARG"), ("Argentinian", "ARG"), ("Uruguayan", "URY"),
    ("Paraguayan", "PRY"), ("Brazilian", "BRA"), ("Mexican", "MEX"), ("Guatemalan", "GTM"),
    ("Honduran", "HND"), ("Salvadoran", "SLV"), ("Nicaraguan", "NIC"), ("Costa Rican", "CRI"),
    ("Panamanian", "PAN"), ("Cuban", "CUB"), ("Haitian", "HTI"), ("Jamaican", "JAM"),
    ("Venezuelan", "VEN"), ("Guyanese", "GUY"), ("Surinamese", "SUR"), ("Belizean", "BLZ"),
    # Europe
    ("Polish", "POL"), ("Czech", "CZE"), ("Slovak", "SVK"), ("Hungarian", "HUN"),
    ("Romanian", "ROU"), ("Bulgarian", "BGR"), ("Serbian", "SRB"), ("Croatian", "HRV"),
    ("Slovenian", "SVN"), ("Montenegrin", "MNE"), ("Albanian", "ALB"), ("Greek", "GRC"),
    ("Portuguese", "PRT"), ("Spanish", "ESP"), ("Dutch", "NLD"), ("Danish", "DNK"),
    ("Norwegian", "NOR"), ("Finnish", "FIN"), ("Estonian", "EST"), ("Latvian", "LVA"),
    ("Lithuanian", "LTU"), ("Moldovan", "MDA"), ("Icelandic", "ISL"), ("Irish", "IRL"),
    ("Maltese", "MLT"), ("Andorran", "AND"), ("Monegasque", "MCO"),
    # Asia and the Pacific
    ("Azerbaijani", "AZE"), ("Turkish", "TUR"), ("Kazakh", "KAZ"), ("Kyrgyz", "KGZ"),
    ("Uzbek", "UZB"), ("Tajik", "TJK"), ("Turkmen", "TKM"), ("Mongolian", "MNG"),
    ("Vietnamese", "VNM"), ("Thai", "THA"), ("Cambodian", "KHM"), ("Laotian", "LAO"),
    ("Filipino", "PHL"), ("Indonesian", "IDN"), ("Malaysian", "MYS"), ("Bruneian", "BRN"),
    ("Timorese", "TLS"), ("Bangladeshi", "BGD"), ("Nepali", "NPL"), ("Bhutanese", "BTN"),
    ("Sri Lankan", "LKA"), ("Maldivian", "MDV"), ("Pakistani", "PAK"), ("Emirati", "ARE"),
    ("Omani", "OMN"), ("Qatari", "QAT"), ("Jordanian", "JOR"), ("Fijian", "FJI"),
    ("Samoan", "WSM"), ("Tongan", "TON"),
]


@pytest.mark.parametrize(("demonym", "code"), _DEMONYMS, ids=[d for d, _ in _DEMONYMS])
def test_demonyms(demonym: str, code: str):
    found = find_countries(f"The {demonym} delegation arrived on Monday.")
    assert [m.code for m in found] == [code]


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        pytest.param("Kenyans, Filipinos and Ghanaians voted.", ["KEN", "PHL", "GHA"],
                     id="plural-demonyms"),
        pytest.param("Peru's envoy and Chile’s minister met.", ["PER", "CHL"],
                     id="possessives-straight-and-curly"),
        pytest.param("The Philippines' ambassador spoke.", ["PHL"], id="plural-possessive"),
    ],
)
def test_inflected_forms(text: str, codes: list[str]):
    assert [m.code for m in find_countries(text)] == codes


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        pytest.param("Papua New Guinea and Equatorial Guinea signed it.", ["PNG", "GNQ"],
                     id="guinea-inside-longer-names"),
        pytest.param("Officials from Guinea-Bissau attended.", ["GNB"], id="guinea-bissau"),
        pytest.param("South Sudan and Sudan talked.", ["SSD", "SDN"], id="south-sudan"),
        pytest.param("Niger and Nigeria met.", ["NER", "NGA"], id="niger-nigeria"),
        pytest.param("Dominica and the Dominican Republic met.", ["DMA", "DOM"],
                     id="dominica"),
    ],
)
def test_longest_name_wins(text: str, codes: list[str]):
    assert [m.code for m in find_countries(text)] == codes


def test_mention_offsets_point_into_the_text():
    text = "Officials of Côte d'Ivoire, Kenya’s envoy and the Vietnamese side met in Hanoi."
    mentions = find_countries(text)
    assert [m.code for m in mentions] == ["CIV", "KEN", "VNM", "VNM"]
    for mention in mentions:
        assert text[mention.start:mention.end].startswith(mention.text)


def test_country_record_from_code():
    kenya = country("ken")
    assert kenya is not None and (kenya.alpha3, kenya.alpha2) == ("KEN", "KE")
    assert country("XYZ") is None


# --- the record's countries ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Moscow accused Kyiv of shelling a border village.", {"RUS", "UKR"},
                     id="moscow-accused-kyiv"),
        pytest.param("Beijing protested against the visit, while Manila defended it.",
                     {"CHN", "PHL"}, id="beijing-manila"),
        pytest.param("Nairobi has welcomed the ruling of the court.", {"KEN"},
                     id="nairobi-welcomed"),
        pytest.param("Pretoria and Abuja signed a memorandum on mining.", {"ZAF", "NGA"},
                     id="pretoria-abuja"),
        pytest.param("Hanoi and Jakarta vowed to settle the fishing dispute.", {"VNM", "IDN"},
                     id="hanoi-jakarta"),
        pytest.param("Lima and Quito signed a memorandum on water management.", {"PER", "ECU"},
                     id="lima-quito"),
        pytest.param("Accra and Dakar welcomed the new customs rules.", {"GHA", "SEN"},
                     id="accra-dakar"),
        pytest.param("Kampala rejected the accusation made by Kigali.", {"UGA", "RWA"},
                     id="kampala-kigali"),
    ],
)
def test_capitals_standing_for_governments_add_their_country(extracted, text, expected):
    assert extracted(text).countries == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Ghanaian and Senegalese ministers met in Nairobi on Monday.",
                     {"GHA", "SEN"}, id="met-in"),
        pytest.param("A summit of Ghanaian and Senegalese leaders was held in Nairobi.",
                     {"GHA", "SEN"}, id="held-in-nairobi"),
        pytest.param("The forum, held in Addis Ababa, drew envoys from Peru and Chile.",
                     {"PER", "CHL"}, id="held-in"),
        pytest.param("Vietnamese and Thai officials gathered at a conference in Jakarta.",
                     {"VNM", "THA"}, id="conference-in"),
        pytest.param("Mongolia and Kazakhstan signed the deal in Tokyo on Friday.",
                     {"MNG", "KAZ"}, id="signed-in"),
        pytest.param("The Uruguayan delegation arrived in Buenos Aires for talks with Paraguay.",
                     {"URY", "PRY"}, id="arrived-in"),
        pytest.param("Bolivia cited the Vienna Convention on Diplomatic Relations in its note to Peru.",
                     {"BOL", "PER"}, id="capital-inside-a-name"),
    ],
)
def test_venues_do_not_add_their_country(extracted, text, expected):
    assert extracted(text).countries == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("The Kenya-Uganda border talks resumed on Monday.", {"KEN", "UGA"},
                     id="kenya-uganda"),
        pytest.param("Officials hailed the Pakistan-Türkiye partnership.", {"PAK", "TUR"},
                     id="pakistan-turkiye"),
        pytest.param("The Chile-Peru-Bolivia water commission met.", {"CHL", "PER", "BOL"},
                     id="three-way"),
        pytest.param("A Mongolian-Kazakh business council was founded.", {"MNG", "KAZ"},
                     id="demonym-compound"),
    ],
)
def test_hyphenated_compounds_give_every_country(extracted, text, expected):
    assert extracted(text).countries == expected


def test_countries_of_the_two_countries_are_the_named_ones(extracted):
    view = extracted("Ecuador and Colombia reopened their border. The two countries also "
                     "agreed to share river data.")
    assert view.countries == {"ECU", "COL"}


def test_country_named_by_name_demonym_and_capital_is_listed_once(extracted):
    view = extracted("Vietnam and the Philippines met. Vietnamese officials said Hanoi "
                     "would reply, and Filipino diplomats said Manila agreed.")
    assert sorted(view.data["countries"]) == ["PHL", "VNM"]
