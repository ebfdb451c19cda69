"""People, organisations and events (``relgraph.extract.entities``): names in every form,
with the country and the normalised office of each person, the kind and country of each
organisation, and the place of each named event."""

from __future__ import annotations

import pytest

from relgraph.extract.lexicon import normalise_title

# --- people: name, country, title ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "country", "title"),
    [
        pytest.param("Ghanaian Trade Minister Kwame Asante arrived in Accra on Monday.",
                     "Kwame Asante", "GHA", "Minister of Trade", id="demonym-title-before"),
        pytest.param("Lucía Fernández, Chile's Foreign Minister, arrived in Lima.",
                     "Lucía Fernández", "CHL", "Foreign Minister", id="appositive-after"),
        pytest.param("The Ambassador of Peru to Bolivia, Rosa Quispe, presented her "
                     "credentials on Monday.",
                     "Rosa Quispe", "PER", "Ambassador", id="ambassador-of-x-to-y"),
        pytest.param("Bolivian Ambassador to Peru Juan Carlos Mamani visited Cusco.",
                     "Juan Carlos Mamani", "BOL", "Ambassador", id="ambassador-to-y"),
        pytest.param("H.E. Mr. Tran Van Duc, Ambassador of Vietnam to Chile, visited "
                     "Valparaíso.",
                     "Tran Van Duc", "VNM", "Ambassador", id="he-mr-appositive"),
        pytest.param("Minister of Health Çağlar Öztürk of Türkiye opened the clinic.",
                     "Çağlar Öztürk", "TUR", "Minister of Health", id="of-country-after-name"),
        pytest.param("Łukasz Wróbel, the Polish Minister for Health, opened the clinic.",
                     "Łukasz Wróbel", "POL", "Minister of Health", id="minister-for"),
        pytest.param("President Samia Juma of Tanzania arrived in Dodoma.",
                     "Samia Juma", "TZA", "President", id="president-of"),
        pytest.param("Prime Minister Sitiveni Naulivou of Fiji arrived in Suva.",
                     "Sitiveni Naulivou", "FJI", "Prime Minister", id="prime-minister-of"),
        pytest.param("Vietnamese Deputy Prime Minister Đặng Thị Hồng arrived in Vientiane.",
                     "Đặng Thị Hồng", "VNM", "Deputy Prime Minister",
                     id="vietnamese-diacritics"),
        pytest.param("Uruguay's Deputy Foreign Minister Martín Sosa arrived in Asunción.",
                     "Martín Sosa", "URY", "Deputy Foreign Minister", id="deputy-foreign"),
        pytest.param("Nepal's Minister of Foreign Affairs Sita Gurung arrived in Thimphu.",
                     "Sita Gurung", "NPL", "Foreign Minister", id="minister-of-foreign-affairs"),
        pytest.param("Senegalese Minister for Foreign Affairs Awa Diop arrived in Banjul.",
                     "Awa Diop", "SEN", "Foreign Minister", id="minister-for-foreign-affairs"),
        pytest.param("Colombian Defence Minister Andrés Felipe Ortiz arrived in Quito.",
                     "Andrés Felipe Ortiz", "COL", "Minister of Defense", id="defence"),
        pytest.param("Ambassador Extraordinary and Plenipotentiary of Peru to Ecuador Rosa "
                     "Quispe arrived in Quito.",
                     "Rosa Quispe", "PER", "Ambassador", id="ambassador-extraordinary"),
        pytest.param("Emirati Minister of State Khalid bin Rashid Al Mansoori arrived in Muscat.",
                     "Khalid bin Rashid Al Mansoori", "ARE", "Minister of State",
                     id="arabic-name-with-bin"),
        pytest.param("Brazilian Foreign Minister Ana Beatriz Rocha da Costa arrived in Lima.",
                     "Ana Beatriz Rocha da Costa", "BRA", "Foreign Minister",
                     id="five-part-name-with-da"),
    ],
)
def test_person_name_country_and_title(extracted, text, name, country, title):
    view = extracted(text)
    assert [p["name"] for p in view.persons] == [name]
    person = view.persons[0]
    assert (person["country"], person["title"]) == (country, title)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("Mongolian Health Minister B. Battsetseg opened the hospital.",
                     "B. Battsetseg", id="initial-with-space"),
        pytest.param("Mongolian Ambassador D.Tsogtbaatar presented the gifts.",
                     "D.Tsogtbaatar", id="initial-without-space"),
        pytest.param("Mongolian Ambassador D. A. Erdenebat presented the gifts.",
                     "D. A. Erdenebat", id="two-initials"),
        pytest.param("Mongolian Ambassador D.Tsogtbaatar presented the gifts. Later "
                     "Tsogtbaatar said that ties were strong.",
                     "D.Tsogtbaatar", id="initial-then-surname"),
    ],
)
def test_names_with_initials(extracted, text, name):
    view = extracted(text)
    assert [p["name"].replace(". ", ".") for p in view.persons] == [name.replace(". ", ".")]
    assert view.persons[0]["country"] == "MNG"


@pytest.mark.parametrize(
    ("text", "names"),
    [
        pytest.param("Mr. Okonkwo met Ms. Thandiwe Dlamini on Monday.",
                     ["Okonkwo", "Thandiwe Dlamini"], id="mr-ms"),
        pytest.param("Dr. Arjun Mehta and Prof. Ngozi Eze said that the study was finished.",
                     ["Arjun Mehta", "Ngozi Eze"], id="dr-prof"),
        pytest.param("H.E. Ruth Achieng spoke first, and Mrs. Lindiwe Nkosi answered.",
                     ["Ruth Achieng", "Lindiwe Nkosi"], id="he-mrs"),
    ],
)
def test_honorifics_are_not_part_of_names(extracted, text, names):
    assert [p["name"] for p in extracted(text).persons] == names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("Peruvian Foreign Minister Jorge Luis Huamán arrived in Quito. Huamán "
                     "said that Peru wanted a new treaty. Later Huamán met students.",
                     "Jorge Luis Huamán", id="surname-after-full-name"),
        pytest.param("Asante arrived first. Later, Ghanaian Trade Minister Kwame Asante said "
                     "that exports had grown.",
                     "Kwame Asante", id="surname-before-full-name"),
        pytest.param("Kazakh Minister Aibek Nurlanov spoke. Minister Nurlanov added that "
                     "the plant would open in May.",
                     "Aibek Nurlanov", id="title-and-surname"),
    ],
)
def test_one_person_per_real_person_within_an_article(extracted, text, name):
    """Surname-only mentions join the fullest form of the name."""
    assert [p["name"] for p in extracted(text).persons] == [name]


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        pytest.param("Ghana's Foreign Minister Kwame Asante met his Kenyan counterpart, "
                     "Otieno Kamau, in Accra.", "Otieno Kamau", "KEN",
                     id="his-kenyan-counterpart"),
        pytest.param("Brazil's Foreign Minister Helena Prado met her Peruvian counterpart "
                     "Jorge Luis Huamán in Lima.", "Jorge Luis Huamán", "PER",
                     id="her-peruvian-counterpart"),
        pytest.param("Ghana's Foreign Minister Kwame Asante met his counterpart Awa Diop on "
                     "Monday. The meeting focused on relations between Ghana and Senegal.",
                     "Awa Diop", "SEN", id="counterpart-other-side"),
        pytest.param("Kazakh Energy Minister Aibek Nurlanov received Ambassador Tomasz "
                     "Zieliński in Astana. Nurlanov noted that relations between Kazakhstan "
                     "and Poland were growing. For his part, Zieliński said that his country "
                     "valued the partnership.", "Tomasz Zieliński", "POL",
                     id="for-his-part"),
        pytest.param("Indonesia's Trade Minister Rini Hartono received Ambassador Kofi "
                     "Boateng of Ghana in Jakarta.", "Kofi Boateng", "GHA",
                     id="ambassador-name-of-country"),
        pytest.param("Relations between Chile and Peru keep growing. President Ana Rojas's "
                     "visit to Lima in May opened a new chapter.", "Ana Rojas", "CHL",
                     id="visitor-is-not-of-the-visited-country"),
        pytest.param("Relations between Peru and Chile keep growing, as the trips made by "
                     "President Ana Rojas to Lima and by President Luis Vega to Santiago "
                     "showed.", "Ana Rojas", "CHL", id="trips-by-to"),
        pytest.param("Relations between Peru and Chile keep growing. He recalled the State "
                     "Visit of President Ana Rojas to Lima in June.", "Ana Rojas", "CHL",
                     id="visit-of-to"),
        pytest.param("Relations between Chile and Peru keep growing. President Ana Rojas "
                     "received the top Peruvian diplomat on Monday.", "Ana Rojas", "CHL",
                     id="host-of-a-foreign-guest"),
        pytest.param("Relations between Chile and Peru keep growing. Defence Minister Ana Rojas "
                     "held talks with a Peruvian delegation.", "Ana Rojas", "CHL",
                     id="talks-with-a-foreign-delegation"),
        pytest.param("Chile and Peru signed a treaty. In Lima, Foreign Ministry spokesperson "
                     "Ana Rojas said the treaty was fair.", "Ana Rojas", "PER",
                     id="spokesperson-in-a-capital"),
        pytest.param("Moroccan Foreign Minister Nasser Bourita met President Emmanuel Macron "
                     "in Paris to discuss Morocco's ties with Mali.", "Emmanuel Macron", "FRA",
                     id="a-well-known-leader"),
        pytest.param("Chile and Peru signed a treaty. President Milei welcomed it.", "Milei",
                     "ARG", id="a-leader-by-surname"),
        pytest.param("Peru and Chile signed a deal in Lima, Peru said. The Minister of Mines, "
                     "Ms. Ana Rojas, received her Peruvian counterpart, Mr. Jorge Vega, who is "
                     "on a working visit to Chile.", "Ana Rojas", "CHL", id="host-of-a-visitor"),
        pytest.param("Relations between Chile and Peru keep growing. Jorge Vega, Peru's foreign "
                     "minister, came at the head of a delegation including the Minister of "
                     "Mines, Ms. Ana Rojas.", "Ana Rojas", "PER", id="member-of-a-delegation"),
        pytest.param("Chile and Peru will step up patrols, Defence Minister Ana Rojas said after "
                     "the meeting in Santiago. The meeting was co-chaired by Rojas and Peruvian "
                     "Defence Minister Luis Vega.", "Ana Rojas", "CHL",
                     id="two-countries-as-one-subject-tell-no-side"),
        pytest.param("Peru and Chile keep growing closer. A spokesman said Foreign Minister Luis "
                     "Vega would travel to Santiago for talks and would be received by President "
                     "Ana Rojas.", "Ana Rojas", "CHL", id="received-by-the-host-of-a-trip"),
        pytest.param("LIMA, June 18 (Andina) - Peru and Chile will sign a letter of intent, "
                     "spokesman Jorge Vega told a regular briefing.", "Jorge Vega", "PER",
                     id="a-spokesman-at-the-dateline"),
    ],
)
def test_person_country_inferred(extracted, text, name, country):
    person = extracted(text).person(name)
    assert person is not None
    assert person["country"] == country


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("Egyptian President Abdel Fattah el-Sisi hosted Jordan's King Abdullah II. "
                     "Sisi said that trade would double.", "Abdel Fattah el-Sisi",
                     id="el-lower-case"),
        pytest.param("Iraq's National Security Adviser Qasim al-Araji visited Tehran. Al-Araji "
                     "said that trade would double.", "Qasim al-Araji", id="al-upper-case-later"),
    ],
)
def test_arabic_article_names_are_one_person(extracted, text, name):
    view = extracted(text)
    assert [p["name"] for p in view.persons if "Abdullah" not in p["name"]] == [name]
    assert [s["speaker"] for s in view.statements] == [name]


def test_a_name_is_also_mentioned_by_a_middle_word(extracted):
    view = extracted("Brazilian President Luiz Inácio Lula da Silva arrived in Lisbon. The "
                     "summit was co-chaired by Lula and Portuguese Prime Minister António Costa.")
    assert view.meeting_between("Luiz Inácio Lula da Silva", "António Costa") is not None


def test_a_minister_is_not_the_leader_of_the_same_surname(extracted):
    person = extracted("Chile and Peru signed a treaty. Foreign Minister Fernández welcomed "
                       "it.").person("Fernández")
    assert person is not None and person["country"] in ("CHL", "PER")


def test_counterpart_holds_the_same_office(extracted):
    view = extracted("Chilean Foreign Minister Lucía Fernández met her Argentine counterpart "
                     "Pablo Medina in Santiago.")
    person = view.person("Pablo Medina")
    assert person is not None
    assert (person["country"], person["title"]) == ("ARG", "Foreign Minister")


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Chilean Foreign Minister Lucía Fernández arrived in Lima on Monday. "
                     "Before the talks, Fernández spoke by phone with her Argentine "
                     "counterpart, Pablo Medina.", id="office-named-a-sentence-before"),
        pytest.param("Chilean Foreign Minister Lucía Fernández met Peruvian Foreign Minister "
                     "Ana Quispe. The two ministers later joined their Argentine colleague, "
                     "Pablo Medina.", id="their-colleague"),
        pytest.param("Chilean Foreign Minister Lucía Fernández met her Argentine counterpart "
                     "Sheikh Pablo Medina.", id="honorific-is-no-office"),
        pytest.param("Chilean Foreign Minister Lucía Fernández met her Argentine counterpart, "
                     "Prince Pablo Medina.", id="a-prince-holds-the-office-too"),
        pytest.param("Peruvian Trade Minister Carlos Argent met Chilean Foreign Minister "
                     "Lucía Fernández. Fernández later met her Argentine counterpart Pablo "
                     "Medina.", id="surname-inside-a-demonym"),
    ],
)
def test_counterpart_office_comes_from_who_was_named_last(extracted, text):
    person = extracted(text).person("Pablo Medina")
    assert person is not None
    assert (person["country"], person["title"]) == ("ARG", "Foreign Minister")


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        pytest.param("Ghana's Minister of Industry, Trade and Investment, Kofi Boateng, met "
                     "Senegalese officials.", "Kofi Boateng",
                     "Minister of Industry, Trade and Investment", id="portfolio-list"),
        pytest.param("Minister of Youth, Culture and Communication Mohamed Bensaid received "
                     "the Senegalese ambassador.", "Mohamed Bensaid",
                     "Minister of Youth, Culture and Communication", id="list-before-the-verb"),
        pytest.param("Ghana's Minister for the Protection of Migrant Workers, Kofi Boateng, met "
                     "Senegalese officials.", "Kofi Boateng",
                     "Minister of Protection of Migrant Workers", id="of-inside-the-portfolio"),
        pytest.param("Ghana's Minister for the Protection of Migrant Workers Kofi Mensah Boateng "
                     "met Senegalese officials.", "Kofi Mensah Boateng",
                     "Minister of Protection of Migrant Workers", id="three-word-name-after-of"),
        pytest.param("Senegalese officials met Ghana's Minister for Foreign Affairs and Trade "
                     "Kofi Boateng.", "Kofi Boateng", "Minister of Foreign Affairs and Trade",
                     id="two-portfolios-joined-by-and"),
        pytest.param("Ghana's Minister of Foreign Affairs, Cooperation and Ghanaians Abroad, "
                     "Kofi Boateng, met Senegalese officials.", "Kofi Boateng",
                     "Minister of Foreign Affairs, Cooperation and Ghanaians Abroad",
                     id="citizens-abroad"),
        pytest.param("Ghana's Minister of Foreign Affairs Kofi Boateng met Senegalese officials.",
                     "Kofi Boateng", "Foreign Minister", id="a-portfolio-noun-stays-in-the-office"),
    ],
)
def test_an_office_over_several_portfolios(extracted, text, name, title):
    assert [(p["name"], p["title"]) for p in extracted(text).persons
            if "Bensaid" in p["name"] or "Boateng" in p["name"]] == [(name, title)]


def test_a_plural_office_over_three_names(extracted):
    view = extracted("Chile, Peru and Bolivia held talks. The summit was prepared by Foreign "
                     "Ministers Ana Quispe, Lucía Fernández and Pablo Medina in Lima.")
    assert {(p["name"], p["title"]) for p in view.persons} == {
        ("Ana Quispe", "Foreign Minister"), ("Lucía Fernández", "Foreign Minister"),
        ("Pablo Medina", "Foreign Minister")}


def test_counterparts_of_two_nationalities(extracted):
    view = extracted("Chilean Energy Minister Ana Quispe and her Peruvian and Bolivian "
                     "counterparts, Lucía Fernández and Pablo Medina, signed a grid deal.")
    assert {(p["name"], p["country"], p["title"]) for p in view.persons} == {
        ("Ana Quispe", "CHL", "Minister of Energy"),
        ("Lucía Fernández", "PER", "Minister of Energy"),
        ("Pablo Medina", "BOL", "Minister of Energy")}


@pytest.mark.parametrize(
    ("text", "name", "country", "title"),
    [
        pytest.param("Peru's Minister of Defence, Colonel General Ana Quispe, met Chilean "
                     "officials.", "Ana Quispe", "PER", "Minister of Defense",
                     id="military-rank-is-no-name"),
        pytest.param("Chile and Peru hosted King Abdullah II of Jordan in Lima.", "Abdullah II",
                     "JOR", "King", id="name-of-country"),
        pytest.param("Ana Quispe, Itaipu's Peruvian director general, met Chilean officials.",
                     "Ana Quispe", "PER", "Director General", id="office-of-a-body-after-name"),
        pytest.param("In Lima, Ana Quispe, spokesperson for Peru's Ministry of Foreign Affairs, "
                     "said Chile was a partner.", "Ana Quispe", "PER", "Spokesperson",
                     id="office-for-a-country-after-name"),
        pytest.param("The MoU was signed by Minister of Fisheries, Aquatic and Ocean Resources "
                     "of Peru Ana Quispe.", "Ana Quispe", "PER",
                     "Minister of Fisheries, Aquatic and Ocean Resources",
                     id="portfolio-list-then-country"),
        pytest.param("The Minister of Agriculture, Water and Land Reform, Hon. Ana Quispe, met "
                     "Peruvian officials.", "Ana Quispe", "PER",
                     "Minister of Agriculture, Water and Land Reform",
                     id="portfolio-list-ending-in-two-words"),
        pytest.param("Chile's Minister of Water Resources and Irrigation, Pablo Medina, said "
                     "the talks failed.", "Pablo Medina", "CHL",
                     "Minister of Water Resources and Irrigation",
                     id="portfolio-of-two-words-then-and"),
        pytest.param("Ana Quispe, the authority's Peruvian executive president, said the lake "
                     "was low.", "Ana Quispe", "PER", "Executive President",
                     id="office-of-a-body-in-lower-case"),
        pytest.param('"Prices only rise," said Ana Quispe, a trader who sells textiles in Lima.',
                     "Ana Quispe", "PER", "Trader", id="profession-then-who"),
        pytest.param("The deal was signed by Ana Quispe, the Peruvian national security adviser.",
                     "Ana Quispe", "PER", "National Security Adviser",
                     id="national-security-adviser"),
        pytest.param("Ana Quispe, Peru's government spokesperson, said the border was open.",
                     "Ana Quispe", "PER", "Government Spokesperson",
                     id="lower-case-government-spokesperson"),
        pytest.param("Ana Quispe, Comptroller-General of the Peru Customs Service, met "
                     "Chilean officials.", "Ana Quispe", "PER", "Comptroller-General",
                     id="comptroller-general"),
        pytest.param("Ana Quispe, a Lima-based security analyst, said the pledge was empty.",
                     "Ana Quispe", "PER", "Analyst", id="based-in-a-capital"),
        pytest.param("Pablo Medina, Chile's aviation minister, said the talks failed.",
                     "Pablo Medina", "CHL", "Minister of Aviation", id="aviation-minister-after"),
        pytest.param("Pablo Medina, the Chilean economy and climate minister, met Peruvian "
                     "officials.", "Pablo Medina", "CHL", "Minister of Economy and Climate",
                     id="two-portfolios-before-the-office"),
        pytest.param("Chile's Coordinating Minister for Economic Affairs, Pablo Medina, met "
                     "Peruvian officials.", "Pablo Medina", "CHL", "Minister of Economic Affairs",
                     id="coordinating-minister"),
        pytest.param("Chile's Chief of Defence Staff, General Pablo Medina, said the drills were "
                     "over.", "Pablo Medina", "CHL", "General", id="chief-of-staff-then-rank"),
        pytest.param("Peru hosted Chile's Minister of Foreign Affairs, Pablo de la Fuente, and "
                     "Bolivia's Minister of Mines, Ana Rojas.", "Pablo de la Fuente", "CHL",
                     "Foreign Minister", id="two-particles-and-an-office-next"),
        pytest.param("Chilean Energy Minister Pablo Medina met Peruvian officials. His Peruvian "
                     "counterpart, Ana Quispe, spoke next.", "Ana Quispe", "PER",
                     "Minister of Energy", id="counterpart-opening-a-sentence"),
    ],
)
def test_office_and_country_around_a_name(extracted, text, name, country, title):
    person = extracted(text).person(name)
    assert person is not None
    assert (person["country"], person["title"]) == (country, title)


def test_a_surname_that_names_a_country_is_the_person(extracted):
    view = extracted("Prime Minister Luís Montenegro met his Spanish counterpart in Faro. "
                     "Montenegro said the peninsula was an energy island.")
    assert view.person("Luís Montenegro")["country"] == "PRT"
    assert "MNE" not in view.countries
    assert [s["speaker"] for s in view.statements] == ["Luís Montenegro"]


def test_a_surname_that_names_a_country_is_no_party(extracted):
    view = extracted("Prime Minister Luís Montenegro met Spanish Prime Minister Pedro Sánchez "
                     "in Faro. Montenegro thanked Madrid for its solidarity and praised the "
                     "cooperation of the two countries.")
    assert {parties for parties, _ in view.cooperation} == {frozenset({"ESP", "PRT"})}


def test_a_given_name_that_names_a_country_leaves_the_country(extracted):
    view = extracted("Israel's Energy Minister Israel Katz arrived in Nicosia. Israel will "
                     "export gas, Katz said.")
    assert view.person("Israel Katz")["country"] == "ISR"
    assert "ISR" in view.countries
    assert view.statements_by("Israel Katz")[0]["about"] == ["ISR"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        pytest.param("The foreign ministers, Ana Quispe and Pablo Medina, signed the "
                     "declaration in Lima.", ["Ana Quispe", "Pablo Medina"], id="appositive"),
        pytest.param("The energy ministers of the three countries, Peru's Ana Quispe, Chile's "
                     "Pablo Medina and Bolivia's Luis Mamani, met separately.",
                     ["Ana Quispe", "Pablo Medina", "Luis Mamani"], id="each-with-country"),
    ],
)
def test_a_plural_office_before_a_list_of_names(extracted, text, names):
    view = extracted(text)
    assert [p["name"] for p in view.persons] == names
    assert all("Minister" in p["title"] for p in view.persons)


@pytest.mark.parametrize(
    ("text", "countries"),
    [
        pytest.param("FARO, Portugal - Spain and Portugal held their summit in Faro. Interior "
                     "Minister Ana Ruiz and Internal Administration Minister Rita Sousa signed "
                     "a protocol on wildfires.", {"Ana Ruiz": "ESP", "Rita Sousa": "PRT"},
                     id="a-pair-in-the-order-the-countries-were-named"),
        pytest.param("Peru and Chile held talks in Lima. The talks were led by the two foreign "
                     "ministers, Ana Quispe and Chile's Pablo Medina.",
                     {"Ana Quispe": "PER", "Pablo Medina": "CHL"},
                     id="the-other-of-two-listed"),
        pytest.param("At the invitation of Mr. Sidi Ould Bah, Prime Minister of the Islamic "
                     "Republic of Mauritania, Mr. Karim Alami, Head of Government of the Kingdom "
                     "of Morocco, led a delegation to Nouakchott.",
                     {"Karim Alami": "MAR", "Sidi Ould Bah": "MRT"},
                     id="an-office-between-two-names-is-the-first-ones"),
    ],
)
def test_the_countries_of_office_holders_named_together(extracted, text, countries):
    view = extracted(text)
    assert {name: view.person(name)["country"] for name in countries} == countries


def test_the_spokesperson_of_a_body_named_before_is_of_its_country(extracted):
    view = extracted("KAMPALA - Officers of the Kenya Customs Service met Ugandan officials. "
                     "Patrols will start soon, according to Otieno Kamau, the service's "
                     "national spokesperson.")
    assert view.person("Otieno Kamau")["country"] == "KEN"


def test_a_topic_before_the_speakers_office_is_no_person(extracted):
    view = extracted("Peru's Foreign Ministry spokesman Jorge Vega spoke on Monday. On Rail "
                     "Andina, the spokesman said the line would run by 2030.")
    assert [p["name"] for p in view.persons] == ["Jorge Vega"]


def test_the_people_a_leader_leads_are_no_part_of_his_name(extracted):
    view = extracted("National Leader of the Turkmen People Gurbanguly Berdimuhamedov opened "
                     "the plant.")
    assert [p["name"] for p in view.persons] == ["Gurbanguly Berdimuhamedov"]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The memorandum was signed by Peruvian Minister of Energy Transition and "
                     "Sustainable Development Ana Quispe.", id="a-portfolio-word-after-the-office"),
        pytest.param("The Peruvian delegation was headed by H.E. Ana Quispe, Minister of Foreign "
                     "Affairs.", id="his-excellency"),
    ],
)
def test_words_beside_a_name_are_no_part_of_it(extracted, text):
    assert [p["name"] for p in extracted(text).persons] == ["Ana Quispe"]


def test_a_known_office_holder_named_without_office(extracted):
    view = extracted("Peru's president said he had told Luiz Inácio Lula da Silva about the "
                     "dam when the two met in July.")
    assert view.person("Luiz Inácio Lula da Silva")["country"] == "BRA"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("The Peruvian producer Petrosur and the Chilean state trader Cobresa signed "
                     "a contract.", {("Petrosur", "PER"), ("Cobresa", "CHL")},
                     id="nationality-and-noun"),
        pytest.param("Grid operators Redsur and Enelca said repairs would last a month.",
                     {("Redsur", None), ("Enelca", None)}, id="plural-noun-over-a-list"),
        pytest.param("Under the deal, Bolivia's state lithium company Litio de Los Andes will "
                     "supply Peru.", {("Litio de Los Andes", "BOL")}, id="possessive-country"),
    ],
)
def test_companies_introduced_by_a_noun(extracted, text, expected):
    view = extracted(text)
    assert {(o["name"], o["country"]) for o in view.organizations
            if o["kind"] == "company"} == expected
    assert view.persons == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        pytest.param("Lima Flour Mills and Bakeries Company signed a deal.",
                     {"Lima Flour Mills and Bakeries Company"}, id="and-inside-a-name"),
        pytest.param("Peru's broadcaster TVP and Chile's Ministry of Culture signed a deal.",
                     {"TVP", "Ministry of Culture"}, id="initials-and-a-ministry"),
    ],
)
def test_and_joins_two_bodies_or_one_name(extracted, text, names):
    assert {o["name"] for o in extracted(text).organizations} == names


def test_known_ngos_and_think_tanks(extracted):
    view = extracted("Amnesty International criticised the plan, and analysts at the Brookings "
                     "Institution doubted it would work.")
    assert {(o["name"], o["kind"], o["country"]) for o in view.organizations} == {
        ("Amnesty International", "other", None), ("Brookings Institution", "other", None)}


def test_an_office_over_a_list_is_no_name(extracted):
    view = extracted("Pablo Medina, Chile's Minister of Immigration, Refugees and Citizenship, "
                     "met Peruvian officials.")
    assert [(p["name"], p["title"]) for p in view.persons] == [
        ("Pablo Medina", "Minister of Immigration, Refugees and Citizenship")]


def test_a_secretariat_is_no_person(extracted):
    view = extracted("Peru asked the bloc's General Secretariat to rule on the tariff.")
    assert view.persons == []
    assert "General Secretariat" in {o["name"] for o in view.organizations}


def test_a_body_of_rights_is_no_person(extracted):
    view = extracted("Ana Quispe, the Council of Europe's Commissioner for Human Rights, said the plan "
                     "was unlawful.")
    assert [p["name"] for p in view.persons] == ["Ana Quispe"]


@pytest.mark.parametrize("title", ["Foreign Ministers", "foreign ministers"])
def test_a_plural_office_over_a_list_of_names_and_countries(extracted, title):
    view = extracted(f"{title} Ana Quispe of Peru, Lucía Fernández of Chile and Pablo Medina "
                     "of Argentina met in Lima.")
    assert {(p["name"], p["country"], p["title"]) for p in view.persons} == {
        ("Ana Quispe", "PER", "Foreign Minister"), ("Lucía Fernández", "CHL", "Foreign Minister"),
        ("Pablo Medina", "ARG", "Foreign Minister")}


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Health Minister", "Minister of Health"),
        ("Health Minister", "Minister for Health"),
        ("Foreign Minister", "Minister of Foreign Affairs"),
        ("Foreign Minister", "Minister for Foreign Affairs"),
        ("Energy Minister", "Minister of Energy"),
        ("Defence Minister", "Minister of Defense"),
        ("Education Minister", "Minister of Education"),
        ("Deputy Foreign Minister", "Deputy Minister of Foreign Affairs"),
    ],
)
def test_titles_are_normalised(extracted, first, second):
    """"Minister of Health" and "Health Minister" are the same office, whichever the article
    writes."""
    a = extracted(f"Chilean {first} Rosa Vidal arrived in Lima.").person("Rosa Vidal")
    b = extracted(f"Chilean {second} Rosa Vidal arrived in Lima.").person("Rosa Vidal")
    assert a is not None and b is not None
    assert a["title"] == b["title"]
    assert a["title"] == normalise_title(second)


@pytest.mark.parametrize(
    ("raw", "normal"),
    [
        ("health minister", "Minister of Health"),
        ("Minister of Health", "Minister of Health"),
        ("Minister for Health", "Minister of Health"),
        ("Minister of Foreign Affairs", "Foreign Minister"),
        ("Foreign Minister", "Foreign Minister"),
        ("Minister of External Affairs", "Foreign Minister"),
        ("Prime Minister", "Prime Minister"),
        ("Deputy Prime Minister", "Deputy Prime Minister"),
        ("Deputy Foreign Minister", "Deputy Foreign Minister"),
        ("Deputy Minister of Foreign Affairs", "Deputy Foreign Minister"),
        ("Defence Minister", "Minister of Defense"),
        ("president", "President"),
        ("Ambassador", "Ambassador"),
        ("Ambassador Extraordinary and Plenipotentiary", "Ambassador"),
        ("Cabinet Secretary for Foreign and Diaspora Affairs",
         "Cabinet Secretary for Foreign and Diaspora Affairs"),
        ("Minister of Science and ICT", "Minister of Science and ICT"),
        ("CEO", "CEO"),
        ("comptroller-general", "Comptroller-General"),
    ],
)
def test_normalise_title(raw, normal):
    assert normalise_title(raw) == normal


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Quito welcomed the plan. Dakar agreed with it.", id="capitals"),
        pytest.param("Xinhua reported that the deal was signed. Bernama said so too.",
                     id="media"),
        pytest.param("The African Union said talks would resume.", id="international-body"),
        pytest.param("Leaders met at the summit. Officials said the talks went well.",
                     id="common-nouns"),
        pytest.param("On Monday the two delegations met. In March trade grew.",
                     id="days-and-months"),
    ],
)
def test_places_bodies_and_common_words_are_not_people(extracted, text):
    assert extracted(text).persons == []


# --- organisations ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "words", "country", "kind"),
    [
        pytest.param("The Ministry of Foreign Affairs of Senegal issued a note.",
                     ("Ministry of Foreign Affairs",), "SEN", "ministry", id="ministry-of-x"),
        pytest.param("Ghana's Health Ministry issued a note.", ("Ministry of Health",), "GHA",
                     "ministry", id="health-ministry-normalised"),
        pytest.param("Peru's Foreign Ministry issued a note.", ("Ministry of Foreign Affairs",),
                     "PER", "ministry", id="foreign-ministry-normalised"),
        pytest.param("The Embassy of Vietnam in Santiago issued a note.",
                     ("Embassy", "Vietnam"), "VNM", "embassy", id="embassy-of-x-in-y"),
        pytest.param("The Chilean Embassy in Hanoi issued a note.", ("Embassy",), "CHL",
                     "embassy", id="demonym-embassy"),
        pytest.param("Peru's embassy in La Paz issued a note.", ("Embassy", "La Paz"), "PER",
                     "embassy", id="possessive-embassy-two-word-city"),
        pytest.param("The Kenyan Parliament approved the treaty.", ("Parliament",), "KEN",
                     "parliament", id="demonym-parliament"),
        pytest.param("The National Assembly of Zambia approved the treaty.",
                     ("National Assembly",), "ZMB", "parliament", id="national-assembly"),
        pytest.param("The Government of Namibia approved the treaty.", ("Government",), "NAM",
                     "government", id="government-of-x"),
        pytest.param("The Philippine Space Agency launched a satellite.", ("Space Agency",),
                     "PHL", "agency", id="agency"),
        pytest.param("Kenya Airways opened a route to Lagos.", ("Kenya Airways",), "KEN",
                     "company", id="company-named-after-country"),
        pytest.param("Nairobi Electronics opened a plant in Kisumu.",
                     ("Nairobi Electronics",), "KEN", "company", id="electronics-company"),
        pytest.param("The Andean Copper Corporation opened a mine.",
                     ("Andean Copper Corporation",), None, "company", id="company"),
        pytest.param("The African Union sent observers.", ("African Union",), None,
                     "international", id="african-union"),
        pytest.param("ASEAN sent observers.", ("ASEAN",), None, "international", id="asean"),
        pytest.param("The World Health Organization sent doctors.",
                     ("World Health Organization",), None, "international", id="who"),
        pytest.param("The Kenya External Trade Organization opened an office.",
                     ("Kenya External Trade Organization",), "KEN", "agency",
                     id="organization-named-after-its-country"),
        pytest.param("The Kenya Customs Service opened a post.", ("Kenya Customs Service",), "KEN",
                     "agency",
                     id="service-named-after-its-country"),
        pytest.param("Talks were held with Benin's Directorate General of Customs and Indirect "
                     "Duties.", ("Directorate General of Customs and Indirect Duties",), "BEN",
                     "agency", id="directorate-general"),
        pytest.param("Cocoa exports fell, the Conseil du Café-Cacao said.",
                     ("Conseil du Café-Cacao",), None, "agency", id="head-first-french"),
        pytest.param("Comandos de la Frontera operate on both banks.",
                     ("Comandos de la Frontera",), None, "other", id="head-first-spanish"),
        pytest.param("Rede Nacional de Transporte de Electricidade (RNT) built the line.",
                     ("Rede Nacional de Transporte de Electricidade",), None, "company",
                     id="head-first-portuguese"),
        pytest.param("Electricite du Laos sells power to Thailand.", ("Electricite du Laos",),
                     "LAO", "company", id="head-first-with-a-country"),
        pytest.param("The Bundestag approved the treaty.", ("Bundestag",), "DEU", "parliament",
                     id="parliament-by-its-own-name"),
        pytest.param("Itamaraty said the talks went well.", ("Itamaraty",), "BRA", "ministry",
                     id="ministry-by-its-seat"),
        pytest.param("Work on the TotalEnergies-led project resumed.", ("TotalEnergies",), "FRA",
                     "company", id="known-company-before-led"),
        pytest.param("Xinhua reported the visit.", ("Xinhua",), "CHN", "media", id="xinhua"),
        pytest.param("Bernama reported the visit.", ("Bernama",), "MYS", "media", id="bernama"),
        pytest.param("Kenya and Uganda signed a deal on Monday, Xinhua reports.", ("Xinhua",),
                     "CHN", "media", id="credit-after-a-weekday"),
        pytest.param("BEIJING (Xinhua) - Kenya and Uganda signed a deal.", ("Xinhua",),
                     "CHN", "media", id="known-agency-of-a-dateline"),
        pytest.param("Asked in an interview with Polsat News, the minister declined to comment.",
                     ("Polsat News",), "POL", "media", id="broadcaster-in-the-gazetteer"),
        pytest.param("NAIROBI, July 18 (Kenya Wire Service) - Kenya and Ethiopia signed a deal.",
                     ("Kenya Wire Service",), "KEN", "media", id="agency-of-a-dateline"),
        pytest.param("Anadolu Agency reported the visit.", ("Anadolu Agency",), "TUR", "media",
                     id="news-agency-is-media"),
    ],
)
def test_organization_name_country_and_kind(extracted, text, words, country, kind):
    view = extracted(text)
    org = view.organization(*words)
    assert org is not None, view.organizations
    assert (org["country"], org["kind"]) == (country, kind)
    assert len(view.organizations) == 1, view.organizations


def test_coordinated_organizations_stay_apart(extracted):
    view = extracted("The Ministry of Foreign Affairs of Senegal and Ghana's Health Ministry "
                     "signed the plan.")
    found = {(o["name"], o["country"], o["kind"]) for o in view.organizations}
    assert found == {("Ministry of Foreign Affairs", "SEN", "ministry"),
                     ("Ministry of Health", "GHA", "ministry")}



def test_known_companies_are_named_without_a_head(extracted):
    view = extracted("Ghana and Malaysia agreed that Petronas would explore two offshore "
                     "blocks with a Ghanaian partner.")
    assert [(o["name"], o["country"], o["kind"]) for o in view.organizations] == [
        ("Petronas", "MYS", "company")]


def test_a_known_name_wins_over_its_head_word(extracted):
    view = extracted("SK Group will build a battery plant in Ghana.")
    assert [(o["name"], o["country"], o["kind"]) for o in view.organizations] == [
        ("SK Group", "KOR", "company")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("The ECOWAS Commission praised Senegal's elections.", "ECOWAS Commission",
                     id="body-of-a-body"),
        pytest.param("Chile backed the trade agreement between the EU and Mercosur.", "Mercosur",
                     id="mercosur"),
        pytest.param("The Southern African Development Community sent troops to Mozambique.",
                     "Southern African Development Community", id="sadc"),
    ],
)
def test_international_bodies_have_no_country(extracted, text, name):
    organization = extracted(text).organization(name)
    assert organization is not None
    assert (organization["country"], organization["kind"]) == (None, "international")


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Executives of Kazakhstan Temir Zholy (KTZ) attended. KTZ signed a "
                     "contract with a Chinese port.", id="initials-in-brackets"),
        pytest.param("Armenia wants to join the Eurasian Economic Union. The EAEU market is "
                     "large.", id="known-short-form"),
    ],
)
def test_a_short_form_is_the_same_organization(extracted, text):
    assert len(extracted(text).organizations) == 1


def test_a_known_name_inside_a_longer_one_is_not_taken_apart(extracted):
    view = extracted("Ali Karimi, Secretary of Iran's Supreme National Security Council, "
                     "visited Baghdad.")
    assert [o["name"] for o in view.organizations] == ["Supreme National Security Council"]

@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Foreign Minister Lucía Fernández told the Chilean Senate on Tuesday that "
                     "the deal was good.", id="senate-on-tuesday"),
        pytest.param("The Kenyan Parliament in March approved the treaty.",
                     id="parliament-in-march"),
        pytest.param("The Ministry of Health on Monday opened a clinic.", id="ministry-on-monday"),
    ],
)
def test_organization_names_stop_at_the_name(extracted, text):
    """Dates and verbs after an organisation's head noun are not part of its name."""
    for org in extracted(text).organizations:
        words = set(org["name"].split())
        assert not words & {"on", "Tuesday", "Monday", "March", "in", "approved"}, org


@pytest.mark.parametrize(
    ("text", "words", "country"),
    [
        pytest.param("In Lima, Foreign Ministry spokesperson Ana Quispe said Chilean Foreign "
                     "Minister Lucía Fernández was welcome.", ("Ministry",), "PER",
                     id="in-a-capital"),
        pytest.param("Japanese Foreign Minister Aiko Sato and Japan's ambassador met Philippine "
                     "Defense Secretary Ramon Cruz in Tokyo, Japan. The Department of National "
                     "Defense said the talks were useful.", ("Department of National Defense",),
                     "PHL", id="headed-by-an-office-holder"),
        pytest.param("Kenyan Trade Minister Amina Wanjiru met John Okello, Uganda's head of "
                     "the National Disaster Management Agency, in Nairobi.",
                     ("National Disaster Management Agency",), "UGA", id="nearest-person"),
        pytest.param("The Hellenic Ministry of Foreign Affairs welcomed the talks with Egypt.",
                     ("Ministry of Foreign Affairs",), "GRC", id="hellenic"),
    ],
)
def test_organization_country_inferred(extracted, text, words, country):
    organization = extracted(text).organization(*words)
    assert organization is not None
    assert organization["country"] == country


def test_fields_in_a_long_office_are_no_person(extracted):
    view = extracted("The envoy was received by Aziz Benali, Minister of Higher Education, "
                     "Scientific Research and Innovation, in Rabat.")
    assert [p["name"] for p in view.persons] == ["Aziz Benali"]


def test_a_partnership_is_no_organization(extracted):
    view = extracted("Ghana and Senegal upgraded their Comprehensive Strategic Partnership.")
    assert view.organizations == []


def test_organization_is_not_a_person(extracted):
    view = extracted("The Ministry of Foreign Affairs of Senegal said that the talks were "
                     "useful.")
    assert view.persons == []
    assert view.organization("Ministry of Foreign Affairs") is not None


# --- events -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "location"),
    [
        pytest.param("The 11th Africa-Asia Trade Forum held in Kigali opened on Monday.",
                     "11th Africa-Asia Trade Forum", "Kigali", id="ordinal-figures-held-in"),
        pytest.param("The Eleventh Sahel Security Forum opened in Niamey.",
                     "Eleventh Sahel Security Forum", "Niamey", id="ordinal-word"),
        pytest.param("The Fifth Andean Mining Congress in La Paz began on Monday.",
                     "Fifth Andean Mining Congress", "La Paz", id="congress-two-word-place"),
        pytest.param("The 2025 Mekong Water Summit in Vientiane closed.",
                     "2025 Mekong Water Summit", "Vientiane", id="year-summit"),
        pytest.param("The third session of the Kenya-Tanzania Joint Commission took place in "
                     "Arusha.", "third session of the Kenya-Tanzania Joint Commission", "Arusha",
                     id="commission-session-took-place-in"),
        pytest.param("The Second Pacific Islands Climate Dialogue was held in Suva.",
                     "Second Pacific Islands Climate Dialogue", "Suva", id="dialogue"),
        pytest.param("The Annual Leaders' Meeting was held in Lima.", "Annual Leaders' Meeting",
                     "Lima", id="plural-possessive"),
        pytest.param("Presiding over a session of the Kenya-Uganda Joint Trade Committee, "
                     "Wanjiru reviewed the projects.",
                     "session of the Kenya-Uganda Joint Trade Committee", None,
                     id="name-ends-before-the-clause"),
        pytest.param("The two met on the sidelines of the SCO summit in Astana.", "SCO summit",
                     "Astana", id="body-summit"),
        pytest.param("They backed a plan adopted at the extraordinary Arab League summit in "
                     "Cairo.", "extraordinary Arab League summit", "Cairo",
                     id="qualified-body-summit"),
        pytest.param("The 56th General Border Committee meeting was held in Kuala Lumpur.",
                     "56th General Border Committee meeting", "Kuala Lumpur",
                     id="committee-meeting"),
        pytest.param("Khaled spoke after the 57th Joint Border Committee (JBC) meeting in Penang.",
                     "57th Joint Border Committee meeting", "Penang",
                     id="committee-initials-meeting"),
        pytest.param("The two presidents co-chaired the first meeting of the reconstituted "
                     "Kenya-Uganda Strategic Council in Kampala.",
                     "first meeting of the reconstituted Kenya-Uganda Strategic Council",
                     "Kampala", id="an-adjective-before-the-body"),
        pytest.param("The ministers signed the plan at the Trilateral Meeting of Foreign "
                     "Ministers on the Lake Railway in Kampala.",
                     "Trilateral Meeting of Foreign Ministers on the Lake Railway", "Kampala",
                     id="meeting-of-ministers"),
        pytest.param("The two leaders held the 13th Annual Consultation in Nairobi.",
                     "13th Annual Consultation", "Nairobi", id="annual-consultation"),
        pytest.param("The two leaders met on the sidelines of the Group of Seven summit in "
                     "Hiroshima.", "Group of Seven summit", "Hiroshima", id="group-of-seven"),
        pytest.param("Hungary attended the informal summit of the Organization of Turkic States "
                     "in Shusha.", "informal summit of the Organization of Turkic States",
                     "Shusha", id="summit-of-a-body"),
        pytest.param("They opened the Tanzania-Uganda Business and Investment Forum in Dar es "
                     "Salaam.", "Tanzania-Uganda Business and Investment Forum", "Dar es Salaam",
                     id="and-inside-the-name"),
    ],
)
def test_named_event_and_place(extracted, text, name, location):
    view = extracted(text)
    assert [(e["name"], e["location"]) for e in view.events] == [(name, location)]


def test_the_body_of_a_committee_meeting_is_an_organisation(extracted):
    view = extracted("Khaled spoke after the 57th Joint Border Committee (JBC) meeting in Penang.")
    assert "Joint Border Committee" in {o["name"] for o in view.organizations}


def test_a_summit_named_by_initials_is_the_one_named_in_full(extracted):
    view = extracted("The leaders met on the sidelines of the Group of Seven summit in "
                     "Hiroshima. Biden, who was also attending the G7 summit, joined them.")
    assert [e["name"] for e in view.events] == ["Group of Seven summit"]


def test_the_initials_a_body_is_known_by_stay(extracted):
    view = extracted("The leaders met on the sidelines of the APEC Economic Leaders' Meeting in "
                     "Lima. Both had come for the summit of the Asia-Pacific Economic "
                     "Cooperation (APEC).")
    assert "APEC Economic Leaders' Meeting" in [e["name"] for e in view.events]


def test_an_elided_article_stays_in_a_name(extracted):
    view = extracted("The 5th Session of the Ghana-Côte d'Ivoire Permanent Joint Commission "
                     "was held in Accra.")
    assert [e["name"] for e in view.events] == [
        "5th Session of the Ghana-Côte d'Ivoire Permanent Joint Commission"]


def test_a_headline_session_without_its_countries_is_the_same_session(extracted):
    view = extracted("Ghana and Togo hold 5th Session of Permanent Joint Commission\n\n"
                     "The 5th Session of the Ghana-Togo Permanent Joint Commission was held in "
                     "Accra.")
    assert [e["name"] for e in view.events] == [
        "5th Session of the Ghana-Togo Permanent Joint Commission"]
    assert [o["name"] for o in view.organizations] == ["Ghana-Togo Permanent Joint Commission"]


def test_initials_in_an_event_name_are_spelled_out(extracted):
    view = extracted("Kenya and Tanzania held the 5th Session of the Kenya-Tanzania Joint "
                     "Permanent Commission (JPC) in Arusha. The 6th Session of the JPC will be "
                     "held in Mombasa.")
    assert "6th Session of the Kenya-Tanzania Joint Permanent Commission" in {
        e["name"] for e in view.events}


@pytest.mark.parametrize("session", ["fourth session of the commission",
                                     "4th Session of the Commission"])
def test_a_session_of_the_body_named_before(extracted, session):
    view = extracted("The fifth session of the Kenya-Uganda Joint Commission opened in "
                     f"Nairobi. The {session} was held in Kampala. The Session ended with a "
                     "dinner.")
    ordinal, kind = session.split()[:2]
    assert {(e["name"], e["location"]) for e in view.events} == {
        ("fifth session of the Kenya-Uganda Joint Commission", "Nairobi"),
        (f"{ordinal} {kind} of the Kenya-Uganda Joint Commission", "Kampala")}


def test_the_body_behind_a_session_is_an_organization(extracted):
    view = extracted("The 10th Session of the Kenya-Ethiopia Joint Ministerial Commission "
                     "opened in Nairobi.")
    assert view.organization("Kenya-Ethiopia Joint Ministerial Commission") is not None


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Leaders met at the summit on Monday.", id="the-summit"),
        pytest.param("A forum on water will follow next year.", id="a-forum"),
        pytest.param("The ministers held a meeting in Lima.", id="a-meeting"),
    ],
)
def test_unnamed_gatherings_are_not_events(extracted, text):
    assert extracted(text).events == []


def test_events_are_not_organizations(extracted):
    view = extracted("The Fifth Andean Mining Congress and the 11th Africa-Asia Trade Forum "
                     "drew investors.")
    assert view.organizations == []
    assert {e["name"] for e in view.events} == {"Fifth Andean Mining Congress",
                                                 "11th Africa-Asia Trade Forum"}
