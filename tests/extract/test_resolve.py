"""Coreference (``relgraph.extract.resolve`` through the pipeline): "he", "she", "the
minister", "the ambassador", "the president", "the envoy", "his counterpart", "the sides",
"both countries" stand for the people and countries the article named before."""

from __future__ import annotations

import pytest


def _speakers(view) -> list[str]:
    return [s["speaker"] for s in view.statements]


MEETING = ("Uzbek Foreign Minister Dilshod Karimov held talks with Filipino Foreign Secretary "
           "Maria Santos in Tashkent on Monday. ")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        pytest.param(MEETING + "He said that Uzbekistan would open a consulate in Cebu.",
                     "Dilshod Karimov", id="he-is-the-subject-not-the-object"),
        pytest.param(MEETING + "The visit lasted two days. He said that Uzbekistan would open "
                     "a consulate in Cebu.",
                     "Dilshod Karimov", id="he-across-a-sentence-without-people"),
        pytest.param(MEETING + "Karimov toured the old city. He added that Uzbekistan would "
                     "open a consulate in Cebu.",
                     "Dilshod Karimov", id="he-after-a-surname"),
        pytest.param(MEETING + "Santos visited a school. She said that Manila wanted direct "
                     "flights to Tashkent.",
                     "Maria Santos", id="she-after-her-own-sentence"),
        pytest.param("Mongolian Minister of Education Oyun Bold received Kenyan Ambassador "
                     "Wanjiku Mwangi in Ulaanbaatar. \"We welcome you,\" Bold said. For her "
                     "part, the ambassador noted that Kenya was ready. She added that Kenyan "
                     "students would come in May.",
                     None, id="she-after-a-role-subject"),
        pytest.param("Mr. Kwame Asante, Ghana's Trade Minister, met Ms. Awa Diop, Senegal's "
                     "Trade Minister, in Accra. She said that Senegal would buy more cocoa.",
                     "Awa Diop", id="she-agrees-with-ms"),
        pytest.param("Ms. Awa Diop, Senegal's Trade Minister, met Mr. Kwame Asante, Ghana's "
                     "Trade Minister, in Dakar. He said that Ghana would buy more fish.",
                     "Kwame Asante", id="he-agrees-with-mr"),
    ],
)
def test_pronoun_speaker(extracted, text, speaker):
    if speaker is None:  # the case with three statements
        assert _speakers(extracted(text)) == ["Oyun Bold", "Wanjiku Mwangi", "Wanjiku Mwangi"]
        return
    assert _speakers(extracted(text)) == [speaker]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        pytest.param("Thai Tourism Minister Somchai Wongsawat received Cambodian Ambassador "
                     "Chea Sokha in Bangkok. The minister noted that Thailand wanted more "
                     "visitors.", ["Somchai Wongsawat"], id="the-minister-not-the-last-named"),
        pytest.param("Thai Tourism Minister Somchai Wongsawat received Cambodian Ambassador "
                     "Chea Sokha in Bangkok. The ambassador said that Cambodia wanted more "
                     "direct flights. The minister noted that Thailand agreed.",
                     ["Chea Sokha", "Somchai Wongsawat"], id="ambassador-then-minister"),
        pytest.param("Peruvian President Rosa Villanueva received Ecuadorian envoy Diego "
                     "Salazar in Lima. The envoy conveyed greetings from Quito. The president "
                     "stressed that the border was peaceful.",
                     ["Diego Salazar", "Rosa Villanueva"], id="envoy-and-president"),
        pytest.param("Kenyan Trade Minister Otieno Kamau met Ugandan Trade Minister Grace "
                     "Nakato in Nairobi. The Kenyan minister said that tariffs would fall.",
                     ["Otieno Kamau"], id="the-kenyan-minister"),
        pytest.param("Kenyan Trade Minister Otieno Kamau met Ugandan Trade Minister Grace "
                     "Nakato in Nairobi. The Ugandan minister said that tariffs would fall.",
                     ["Grace Nakato"], id="the-ugandan-minister"),
        pytest.param("Nepali Ambassador Sita Gurung met Bhutanese officials in Thimphu. The "
                     "diplomat said that a new bridge would open.",
                     ["Sita Gurung"], id="the-diplomat"),
    ],
)
def test_role_speaker(extracted, text, speakers):
    assert _speakers(extracted(text)) == speakers


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("His counterpart said that Mali valued Moroccan investment.",
                     id="his-counterpart"),
        pytest.param("The Malian minister said that Mali valued Moroccan investment.",
                     id="the-malian-minister"),
        pytest.param("For his part, Traoré said that Mali valued Moroccan investment.",
                     id="for-his-part"),
    ],
)
def test_counterpart_speaker(extracted, sentence):
    view = extracted("Moroccan Foreign Minister Youssef Bennani met his Malian counterpart "
                     "Oumar Traoré in Rabat. " + sentence)
    assert _speakers(view) == ["Oumar Traoré"]


@pytest.mark.parametrize(
    "subject",
    ["Both ministers", "The two ministers", "The sides", "Both sides", "They"],
)
def test_plural_subject_gives_one_statement_per_person(extracted, subject):
    view = extracted("Moroccan Foreign Minister Youssef Bennani met his Malian counterpart "
                     f"Oumar Traoré in Rabat. {subject} stressed that the partnership was "
                     "strategic.")
    assert sorted(_speakers(view)) == ["Oumar Traoré", "Youssef Bennani"]
    assert {s["content"] for s in view.statements} == {"the partnership was strategic"}


def test_a_spokesman_in_the_lead_is_the_one_named_later(extracted):
    view = extracted("SANTIAGO - Chile and Peru will sign a letter of intent on roads this week, "
                     "a spokesman for the Chilean Foreign Ministry said on Tuesday. At a regular "
                     "briefing, spokesman Jorge Vega said the minister would travel to Lima.")
    assert [s["speaker"] for s in view.statements] == ["Jorge Vega", "Jorge Vega"]


@pytest.mark.parametrize("title", ["spokesman", "spokeswoman", "spokesperson"])
def test_the_spokesperson_is_the_one_named_so(extracted, title):
    view = extracted(f"At a briefing, {title} Jorge Vega said the minister would travel to "
                     "Santiago. According to the spokesperson, both countries want new roads.")
    assert [s["speaker"] for s in view.statements] == ["Jorge Vega", "Jorge Vega"]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        pytest.param(
            "Moroccan Foreign Minister Youssef Bennani met his Malian counterpart Oumar Traoré "
            "in Rabat on Monday. The deal had been signed on March 10 at a meeting between "
            "Chinese envoy Wang Yi and Malian Prime Minister Choguel Maïga. In a joint statement, "
            "the two sides said they would reopen their embassies.",
            ["Oumar Traoré", "Youssef Bennani"], id="not-those-of-a-meeting-weeks-before"),
        pytest.param(
            "Moroccan Head of Government Karim Alami met Mauritanian Prime Minister Sidi Ould "
            "Bah in Nouakchott. The two Heads of Government co-chaired the session, in the "
            "presence of Moroccan Foreign Minister Nadia Fassi and Mauritanian Foreign Minister "
            "Ahmed Salem. The two parties welcomed the new agreement.",
            ["Karim Alami", "Sidi Ould Bah"], id="not-those-present"),
    ],
)
def test_who_the_two_sides_are(extracted, text, speakers):
    assert sorted(s["speaker"] for s in extracted(text).statements) == speakers


def test_they_after_the_two_ministers_are_those_ministers(extracted):
    view = extracted(
        "Moroccan Foreign Minister Youssef Bennani met his Malian counterpart Oumar Traoré in "
        "Rabat. Later, King Mohammed VI met Oumar Traoré. The two ministers also "
        "discussed the Sahel. They welcomed the truce in Libya. They called for calm in Chad.")
    for content in ("the truce in Libya", "calm in Chad"):
        assert sorted(s["speaker"] for s in view.statements if s["content"] == content) == [
            "Oumar Traoré", "Youssef Bennani"]


@pytest.mark.parametrize(
    ("text", "guest", "received"),
    [
        pytest.param("Moroccan Foreign Minister Youssef Bennani met his Malian counterpart "
                     "Oumar Traoré in Rabat. Later, King Mohammed VI received the Malian "
                     "minister at the palace.", "Oumar Traoré", "Oumar Traoré",
                     id="the-one-received-named-by-office"),
        pytest.param("Moroccan Foreign Minister Youssef Bennani met Malian Minister of Mines "
                     "Oumar Al Traoré in Rabat. Later, King Mohammed VI received Bennani at Al "
                     "Mechouar Palace.", "Oumar Al Traoré", "Youssef Bennani",
                     id="a-particle-of-a-name-is-no-mention"),
    ],
)
def test_who_the_king_received(extracted, text, guest, received):
    assert {frozenset(m["participants"]) for m in extracted(text).meetings} == {
        frozenset({"Youssef Bennani", guest}), frozenset({"Mohammed VI", received})}


@pytest.mark.parametrize(
    "subject",
    ["The sides", "Both sides", "Both countries", "The two countries", "The two ministers"],
)
def test_plural_subject_gives_the_two_countries_of_a_cooperation(extracted, subject):
    view = extracted(MEETING + f"{subject} agreed to boost cooperation in education.")
    assert view.cooperation == {(frozenset({"UZB", "PHL"}), "education")}


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        pytest.param("The Ministry of Foreign Affairs of Peru issued a note on Monday. The "
                     "ministry said that the border would reopen.",
                     "Ministry of Foreign Affairs", id="the-ministry"),
        pytest.param("Bolivian and Chilean diplomats met in Arica. The Bolivian side said that "
                     "the border would reopen.", "BOL", id="the-bolivian-side"),
        pytest.param("Bolivian and Chilean diplomats met in Arica. The Chilean government said "
                     "that the border would reopen.", "CHL", id="the-chilean-government"),
    ],
)
def test_bodies_and_sides(extracted, text, speaker):
    assert _speakers(extracted(text)) == [speaker]


def test_pronoun_never_resolves_to_a_person_named_later(extracted):
    view = extracted("The talks opened in Hanoi on Monday. He said that Vietnam was ready. "
                     "Later, Vietnamese Trade Minister Pham Minh Tuan met Australian officials.")
    assert "Pham Minh Tuan" not in _speakers(view)
