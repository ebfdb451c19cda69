"""Cooperation, meetings and participations (``relgraph.extract.relations`` through the
pipeline): one cooperation per (parties, field), never from a hostile or failed act; every
kind of meeting with its participants; participations in named events."""

from __future__ import annotations

import pytest

GS = frozenset({"GHA", "SEN"})

# --- cooperation --------------------------------------------------------------------------


_FIELD_SENTENCES = [
    ("Ghana and Senegal agreed to cooperate in vaccine production.", "health"),
    ("Ghana and Senegal signed an agreement on solar power.", "energy"),
    ("Ghana and Senegal agreed to expand trade and investment.", "economy"),
    ("Ghana and Senegal agreed to deepen military cooperation.", "defense"),
    ("Ghana and Senegal signed a memorandum on university exchanges.", "education"),
    ("Ghana and Senegal agreed to cooperate in scientific research.", "science"),
    ("Ghana and Senegal agreed to cooperate on artificial intelligence.", "digital"),
    ("Ghana and Senegal signed a cultural cooperation programme.", "culture"),
    ("Ghana and Senegal agreed to promote tourism between them.", "tourism"),
    ("Ghana and Senegal agreed to build a railway together.", "transport"),
    ("Ghana and Senegal agreed to cooperate in agriculture.", "agriculture"),
    ("Ghana and Senegal agreed to cooperate on climate adaptation.", "environment"),
    ("Ghana sent humanitarian aid to Senegal after the floods.", "humanitarian"),
    ("Ghana and Senegal agreed to cooperate in fighting drug trafficking.", "justice"),
    ("Ghana and Senegal pledged to strengthen their political relations.", "diplomacy"),
    ("Ghana and Senegal agreed to fight terrorism together.", "defense"),
    ("Ghana and Senegal agreed to build an electricity interconnector.", "energy"),
    ("Ghana and Senegal agreed to develop mining together.", "economy"),
    ("Ghana and Senegal agreed to upgrade the coastal highway.", "transport"),
    ("Ghana and Senegal agreed to cooperate against drought.", "environment"),
    ("Ghana and Senegal agreed to fight human smuggling together.", "justice"),
    ("Ghana and Senegal agreed to protect migrant workers.", "justice"),
    ("Ghana and Senegal agreed to build a bridge over the river.", "transport"),
]


@pytest.mark.parametrize(("sentence", "field"), _FIELD_SENTENCES,
                         ids=[f"{field}-{i}" for i, (_, field) in enumerate(_FIELD_SENTENCES)])
def test_cooperation_field(extracted, sentence, field):
    assert extracted(sentence).cooperation == {(GS, field)}


@pytest.mark.parametrize(
    ("sentence", "field"),
    [
        pytest.param("Ghana and Senegal agreed to cooperate on palm oil.", "agriculture",
                     id="palm-oil-is-not-energy"),
        pytest.param("Ghana and Senegal agreed to cooperate on food security.", "agriculture",
                     id="food-security-is-not-defence"),
        pytest.param("Ghana and Senegal agreed to cooperate on information technologies.",
                     "digital", id="information-technologies-are-not-science"),
        pytest.param("Ghana and Senegal agreed to cooperate on energy security.", "energy",
                     id="energy-security-is-not-defence"),
        pytest.param("Ghana and Senegal agreed to cooperate in military education.", "defense",
                     id="military-education-is-defence"),
    ],
)
def test_a_phrase_names_its_field_alone(extracted, sentence, field):
    assert extracted(sentence).cooperation == {(GS, field)}


def test_the_words_of_a_name_are_no_field(extracted):
    view = extracted("Ghana and Senegal agreed to expand trade through the Ghana Energy "
                     "Security Agency.")
    assert view.cooperation == {(GS, "economy")}


def test_agencies_that_sign_and_nothing_else_give_their_field(extracted):
    view = extracted("Ghana and Senegal signed an agreement between the Ghana Telecommunications "
                     "Authority and the Senegal Posts Agency.")
    assert (GS, "digital") in view.cooperation


def test_the_documents_signed_name_their_fields(extracted):
    view = extracted("Ghana and Senegal signed eleven agreements on Friday. The documents "
                     "cover education and culture.")
    assert {(GS, "education"), (GS, "culture")} <= view.cooperation


@pytest.mark.parametrize("topic", ["the unity of Mali", "the sovereignty of Mali",
                                   "a ceasefire in Mali", "the reconstruction of Mali",
                                   "membership for Mali", "a political settlement in Mali",
                                   "lasting calm to Mali"])
def test_a_country_spoken_of_is_no_party(extracted, topic):
    view = extracted(f"Ghana will work closely with Senegal in support of {topic}.")
    assert view.cooperation == {(GS, "diplomacy")}


@pytest.mark.parametrize("route", ["would bring gas to Ghana through Mali",
                                   "would end Ghana's dependence on supplies from Mali",
                                   "would cut Ghana's reliance on Mali",
                                   "would end imports of gas from Mali"])
def test_a_country_on_the_route_or_supplying_is_no_party(extracted, route):
    view = extracted(f"The Ghanaian minister said the energy agreement with Senegal {route}.")
    assert {parties for parties, _ in view.cooperation} == {GS}


def test_a_country_whose_grid_carries_the_supply_is_a_party(extracted):
    view = extracted("The Ghanaian minister said electricity from Senegal reached Ghana through "
                     "the Malian grid, a model of cooperation.")
    assert {parties for parties, _ in view.cooperation} == {frozenset({"GHA", "MLI", "SEN"})}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param("Ghana and Senegal will coordinate their positions ahead of the summit.",
                     {(GS, "diplomacy")}, id="coordinating-positions-is-diplomacy"),
        pytest.param("Ghana and Senegal agreed to expand trade, while thousands of Senegalese "
                     "still travel to Accra for university studies.", {(GS, "economy")},
                     id="a-clause-that-speaks-of-something-else-gives-no-field"),
        pytest.param("Ghana and Senegal launched several joint projects in agriculture.",
                     {(GS, "agriculture")}, id="several-is-no-severing"),
    ],
)
def test_the_field_a_sentence_gives(extracted, sentence, expected):
    assert extracted(sentence).cooperation == expected


def test_list_of_fields_gives_one_entry_each(extracted):
    view = extracted("Ghana and Senegal agreed to expand cooperation in energy, education and "
                     "culture.")
    assert view.cooperation == {(GS, "energy"), (GS, "education"), (GS, "culture")}
    assert len(view.data["cooperation"]) == 3


def test_one_entry_per_parties_and_field(extracted):
    view = extracted("Ghana and Senegal agreed to expand trade. Senegal and Ghana also signed "
                     "a trade agreement. The two countries will boost trade further.")
    assert view.cooperation == {(GS, "economy")}
    assert len(view.data["cooperation"]) == 1


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("Ghana and Senegal plan to cooperate in tourism.", id="plan-to"),
        pytest.param("Ghana and Senegal intend to work together on tourism.", id="intend-to"),
        pytest.param("Ghana and Senegal are ready to cooperate in tourism.", id="ready-to"),
        pytest.param("Ghana and Senegal signed a memorandum on tourism.", id="signed"),
        pytest.param("Ghana will cooperate with Senegal in tourism.", id="with"),
    ],
)
def test_intention_to_cooperate_counts(extracted, sentence):
    assert extracted(sentence).cooperation == {(GS, "tourism")}


@pytest.mark.parametrize(
    ("text", "parties", "field"),
    [
        pytest.param("Kenyan Energy Minister Otieno Kamau and Ugandan Energy Minister Grace "
                     "Nakato signed a memorandum on hydropower.", {"KEN", "UGA"}, "energy",
                     id="countries-of-the-people"),
        pytest.param("Hanoi and Canberra agreed to deepen cooperation in education.",
                     {"VNM", "AUS"}, "education", id="capitals"),
        pytest.param("Chile, Peru and Bolivia agreed to share water data.",
                     {"CHL", "PER", "BOL"}, "environment", id="three-parties"),
        pytest.param("Ecuador and Colombia reopened their border on Monday. The two countries "
                     "agreed to cooperate on police training.", {"ECU", "COL"}, "justice",
                     id="the-two-countries"),
        pytest.param("Ghana and Senegal signed a trade agreement in Nairobi.", {"GHA", "SEN"},
                     "economy", id="venue-is-no-party"),
        pytest.param("Ghana and Senegal discussed the situations in Mali, Niger and Chad and "
                     "agreed to cooperate on trade.", {"GHA", "SEN"}, "economy",
                     id="listed-topics-are-no-parties"),
        pytest.param("Ghana and Senegal agreed to cooperate on trade and on the Malian "
                     "question.", {"GHA", "SEN"}, "economy", id="the-x-question-is-no-party"),
        pytest.param("Ghana and Senegal agreed to cooperate on trade and on the question of "
                     "Mali.", {"GHA", "SEN"}, "economy",
                     id="issue-of-is-no-party"),
        pytest.param("Kenyan Energy Minister Otieno Kamau and Ugandan Energy Minister Grace "
                     "Nakato agreed to build a power line and to back Rwanda's bid.",
                     {"KEN", "UGA"}, "energy", id="what-the-subjects-agree-on-is-no-party"),
        pytest.param("ACCRA, May 3 (GNA) - Ghana and Senegal agreed to expand trade amid "
                     "tensions with Mali.", {"GHA", "SEN"}, "economy",
                     id="subjects-after-a-dateline"),
    ],
)
def test_cooperation_parties(extracted, text, parties, field):
    assert extracted(text).cooperation == {(frozenset(parties), field)}


def test_hyphenated_compound_gives_the_parties(extracted):
    view = extracted("The Pakistan-Türkiye partnership in defence grows stronger every year.")
    assert (frozenset({"PAK", "TUR"}), "defense") in view.cooperation


def test_capital_inside_a_name_is_never_a_party(extracted):
    view = extracted("Bolivia and Peru pledged to respect the Vienna Convention on Diplomatic "
                     "Relations.")
    assert all("AUT" not in parties for parties, _ in view.cooperation), view.cooperation


def test_one_country_alone_does_not_cooperate(extracted):
    assert extracted("Ghana expanded its solar power plants.").cooperation == set()


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("Ghana summoned the Senegalese ambassador to protest against new trade "
                     "restrictions.", id="summons-protest"),
        pytest.param("Ghana expelled two Senegalese diplomats accused of spying on its energy "
                     "sector.", id="expulsion"),
        pytest.param("Ghana imposed sanctions on Senegalese fishing and trade companies.",
                     id="sanctions"),
        pytest.param("Ghana condemned Senegal's military exercises near the border.",
                     id="condemnation"),
        pytest.param("Ghana threatened to suspend trade with Senegal.", id="threat"),
        pytest.param("Ghana accused Senegal of undermining security cooperation in the region.",
                     id="accusation-mentioning-cooperation"),
        pytest.param("Ghana recalled its ambassador from Senegal over the trade dispute.",
                     id="recall-of-ambassador"),
        pytest.param("Relations between Ghana and Senegal deteriorated after the border "
                     "incident.", id="deteriorating-relations"),
        pytest.param("Ghana warned Senegal against blocking the energy pipeline.", id="warning"),
        pytest.param("Ghana banned imports of Senegalese rice.", id="ban"),
    ],
)
def test_hostile_acts_are_never_cooperation(extracted, sentence):
    assert extracted(sentence).cooperation == set()


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("Ghana refused to sign the trade agreement with Senegal.", id="refused"),
        pytest.param("Ghana pulled out of the energy agreement with Senegal.", id="pulled-out"),
        pytest.param("Talks between Ghana and Senegal on a trade deal collapsed.",
                     id="collapsed"),
        pytest.param("Ghana and Senegal did not sign the tourism agreement.", id="did-not-sign"),
        pytest.param("Ghana and Senegal failed to agree on energy prices.", id="failed-to-agree"),
    ],
)
def test_refused_or_failed_cooperation_is_not_cooperation(extracted, sentence):
    assert extracted(sentence).cooperation == set()


@pytest.mark.parametrize(
    ("sentence", "category"),
    [
        pytest.param("Ghana and Senegal signed an agreement on solar power.", "AGREE",
                     id="signed"),
        pytest.param("Ghana sent humanitarian aid to Senegal after the floods.", "AID",
                     id="aid"),
        pytest.param("Ghana and Senegal continue to cooperate in agriculture.", "COOPERATE",
                     id="cooperate"),
    ],
)
def test_cooperation_plover_category(extracted, sentence, category):
    items = extracted(sentence).data["cooperation"]
    assert [c["category"] for c in items] == [category]


# --- meetings -----------------------------------------------------------------------------

AR = "Argentine Foreign Minister Pablo Medina"
UY = "Uruguayan Foreign Minister Martín Sosa"


@pytest.mark.parametrize(
    ("sentence", "participants", "kind"),
    [
        pytest.param(f"{AR} met {UY} in Montevideo.", {"Pablo Medina", "Martín Sosa"},
                     "meeting", id="met"),
        pytest.param(f"{AR} held talks with {UY} in Montevideo.",
                     {"Pablo Medina", "Martín Sosa"}, "meeting", id="held-talks"),
        pytest.param(f"Uruguayan President Carmen Rivas received {AR} in Montevideo.",
                     {"Carmen Rivas", "Pablo Medina"}, "reception", id="received"),
        pytest.param(f"{AR} spoke by phone with {UY}.", {"Pablo Medina", "Martín Sosa"},
                     "phone call", id="spoke-by-phone"),
        pytest.param(f"On Sunday, {AR} had spoken by phone with {UY}.",
                     {"Pablo Medina", "Martín Sosa"}, "phone call", id="had-spoken-by-phone"),
        pytest.param(f"{AR} had a telephone conversation with {UY}.",
                     {"Pablo Medina", "Martín Sosa"}, "phone call", id="telephone-conversation"),
        pytest.param(f"{AR} and {UY} held a video call.", {"Pablo Medina", "Martín Sosa"},
                     "video call", id="video-call"),
        pytest.param("Argentine Ambassador Pablo Medina presented his credentials to Uruguayan "
                     "President Carmen Rivas.", {"Pablo Medina", "Carmen Rivas"}, "credentials",
                     id="credentials"),
        pytest.param("Uruguayan President Carmen Rivas received a Mongolian delegation in "
                     "Montevideo.", {"Carmen Rivas", "MNG"}, "reception",
                     id="unnamed-delegation"),
        pytest.param(f"{AR} spoke by phone with his Uruguayan counterpart.",
                     {"Pablo Medina", "URY"}, "phone call", id="unnamed-counterpart"),
        pytest.param(f"{AR} paid a courtesy call on Uruguayan President Carmen Rivas.",
                     {"Pablo Medina", "Carmen Rivas"}, "meeting", id="courtesy-call"),
        pytest.param(f"{AR} called on Uruguayan President Carmen Rivas at the palace.",
                     {"Pablo Medina", "Carmen Rivas"}, "meeting", id="called-on-a-person"),
        pytest.param(f"{AR} held a one-on-one meeting with his Uruguayan counterpart.",
                     {"Pablo Medina", "URY"}, "meeting", id="one-on-one"),
        pytest.param(f"The session was chaired by {AR} and {UY}.",
                     {"Pablo Medina", "Martín Sosa"}, "meeting", id="chaired-by-both"),
        pytest.param(f"The Argentine delegation was led by {AR}, while {UY} headed the "
                     "Uruguayan side.", {"Pablo Medina", "Martín Sosa"}, "meeting",
                     id="delegations-led-by"),
    ],
)
def test_meeting_participants_and_kind(extracted, sentence, participants, kind):
    meetings = extracted(sentence).meetings
    assert [(set(m["participants"]), m["kind"]) for m in meetings] == [(participants, kind)]
    assert all(m["category"] == "CONSULT" for m in meetings)


def test_a_foreign_secretary_is_not_the_foreign_minister(extracted):
    view = extracted("Bangladeshi Foreign Minister Hasan Rahman spoke to reporters. Indian "
                     "Foreign Secretary Vinay Kumar briefed the press in Delhi. Indian envoy "
                     "Pranay Rao called on the foreign minister at his office.")
    assert {frozenset(m["participants"]) for m in view.meetings} == {
        frozenset({"Pranay Rao", "Hasan Rahman"})}


def test_calling_on_someone_to_act_is_no_visit(extracted):
    view = extracted(f"{AR} called on Uruguayan President Carmen Rivas to reopen the bridge.")
    assert view.meetings == []
    assert [s["category"] for s in view.statements] == ["DEMAND"]


def test_their_meeting_recalled_is_another_meeting(extracted):
    view = extracted(f"{AR} spoke by phone with {UY}. He recalled their productive meeting last "
                     "week in Salto.")
    assert len(view.meetings) == 2


def test_the_ministers_who_last_met(extracted):
    view = extracted(f"{AR} spoke by phone with {UY}. The ministers last met in Salto in May.")
    assert len(view.meetings) == 2


def test_one_meeting_however_often_it_is_mentioned(extracted):
    view = extracted(f"{AR} met {UY} on Monday. During the meeting, Medina and Sosa discussed "
                     "river transport.")
    assert len(view.meetings) == 1
    assert view.meeting_between("Pablo Medina", "Martín Sosa") is not None


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(f"{AR} spoke by phone with {UY} on Monday. The two ministers met in "
                     "Montevideo on Thursday.", id="another-day-named"),
        pytest.param(f"{AR} and {UY} discussed river transport in a phone call on Monday and "
                     "again when they met in Montevideo.", id="and-again-when-they-met"),
        pytest.param(f"The forum was co-chaired by {AR} and {UY}, who had earlier held talks "
                     "on river transport.", id="who-had-earlier-held-talks"),
    ],
)
def test_the_same_people_meeting_twice(extracted, text):
    groups = [set(m["participants"]) for m in extracted(text).meetings]
    assert groups == [{"Pablo Medina", "Martín Sosa"}] * 2


def test_a_recalled_visit_is_between_its_own_people(extracted):
    view = extracted(f"{AR} met {UY} in Montevideo on Monday. The Uruguayan minister recalled "
                     "President Carmen Rivas's visit to Buenos Aires in March, when the two "
                     "women discussed river transport.")
    groups = [set(m["participants"]) for m in view.meetings]
    assert groups == [{"Pablo Medina", "Martín Sosa"}, {"Martín Sosa", "Carmen Rivas"}]


def test_two_meetings_side_by_side_in_one_sentence(extracted):
    view = extracted(f"On the sidelines, {AR} held talks with {UY}, while Chilean Foreign Minister "
                     "Rosa Vidal called on Paraguayan President Luis Vega.")
    assert sorted(sorted(m["participants"]) for m in view.meetings) == [
        ["Luis Vega", "Rosa Vidal"], ["Martín Sosa", "Pablo Medina"]]


def test_a_meeting_reported_inside_another_is_its_own(extracted):
    meetings = extracted("Uruguayan President Carmen Rivas summoned the Brazilian ambassador, "
                         "Paulo Costa, over a phone call between Paraguayan Foreign Minister "
                         f"Luis Benítez and {AR}.").meetings
    assert sorted((sorted(m["participants"]), m["kind"]) for m in meetings) == [
        (["Carmen Rivas", "Paulo Costa"], "summons"),
        (["Luis Benítez", "Pablo Medina"], "phone call")]

def test_a_meeting_of_office_holders_gathers_those_named(extracted):
    view = extracted(f"{AR} spoke by phone with {UY} on Monday. Chilean Foreign Minister "
                     "Rosa Vidal later joined them at the Fourth Meeting of the Foreign "
                     "Ministers of Argentina, Uruguay and Chile in Santiago.")
    groups = [set(m["participants"]) for m in view.meetings]
    assert {"Pablo Medina", "Martín Sosa", "Rosa Vidal"} in groups
    assert {"Pablo Medina", "Martín Sosa"} in groups

@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Kenya and Uganda met the deadline for the railway.",
                     id="met-a-deadline"),
        pytest.param('Kenyan Foreign Minister Amina Wanjiru visited a school. "We met many '
                     'challenges," Wanjiru said.', id="met-inside-a-quote"),
        pytest.param("Kenyan Foreign Minister Amina Wanjiru received an award in Geneva.",
                     id="received-an-award"),
        pytest.param("Kenyan Foreign Minister Amina Wanjiru will meet Ugandan officials next "
                     "year if the talks resume.", id="no-named-partner-yet"),
        pytest.param("Asked about Kenyan Foreign Minister Amina Wanjiru's visit at a briefing, "
                     "Ugandan spokesperson John Okello said it was welcome.",
                     id="asked-about-a-visit"),
        pytest.param("Ugandan spokesperson John Okello said Kenyan Foreign Minister Amina "
                     "Wanjiru's visit was welcome.", id="a-visit-spoken-of"),
        pytest.param("Kenyan President Ruth Achieng invited Ugandan President John Okello to "
                     "visit Nairobi.", id="invited-to-visit"),
        pytest.param("Kenyan Foreign Minister Amina Wanjiru will meet with Ugandan Foreign Minister "
                     "John Okello in March.", id="will-meet"),
    ],
)
def test_not_a_meeting(extracted, text):
    assert extracted(text).meetings == []


# --- participations -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "agent", "event"),
    [
        pytest.param("A Ghanaian delegation took part in the Fifth Andean Mining Congress in "
                     "Lima.", "GHA", "Fifth Andean Mining Congress", id="delegation-took-part"),
        pytest.param("Ghanaian Trade Minister Kwame Asante attended the 11th Africa-Asia Trade "
                     "Forum in Kigali.", "Kwame Asante", "11th Africa-Asia Trade Forum",
                     id="attended"),
        pytest.param("A Senegalese delegation led by Trade Minister Awa Diop participated in the "
                     "11th Africa-Asia Trade Forum.", "Awa Diop", "11th Africa-Asia Trade Forum",
                     id="delegation-led-by"),
        pytest.param("Kenyan Energy Minister Otieno Kamau addressed the Second Pacific Islands "
                     "Climate Dialogue in Suva.", "Otieno Kamau",
                     "Second Pacific Islands Climate Dialogue", id="addressed"),
        pytest.param("Vietnam took part in the 2025 Mekong Water Summit.", "VNM",
                     "2025 Mekong Water Summit", id="country-took-part"),
    ],
)
def test_participation(extracted, sentence, agent, event):
    items = extracted(sentence).participations
    assert [(p["agent"], p["event"]) for p in items] == [(agent, event)]


def test_a_spokesperson_telling_of_an_event_is_not_at_it(extracted):
    view = extracted("Kenyan presidential spokesman Otieno Kamau said President Ruth Achieng "
                     "had attended the Fifth Lake Victoria Summit in Kampala.")
    assert {p["agent"] for p in view.participations} == {"Ruth Achieng"}


def test_companies_and_chambers_that_host_or_sign_take_part(extracted):
    view = extracted("The Ghana-Senegal Business Forum opened in Accra, co-hosted by the Ghana "
                     "Chamber of Commerce. Companies signed ten deals at the forum, including "
                     "one between Kenya Power and Eskom.")
    assert {p["agent"] for p in view.participations} >= {
        "Ghana Chamber of Commerce", "Kenya Power", "Eskom"}


def test_a_ministry_that_hosts_and_a_minister_who_tells_the_forum_take_part(extracted):
    view = extracted("The Ghana-Senegal Business Forum opened in Accra, co-hosted by Ghana's "
                     "Ministry of Trade and Industry. Trade Minister Kwame Asante told the forum "
                     "that exports would double.")
    assert {p["agent"] for p in view.participations} >= {
        "Ministry of Trade and Industry", "Kwame Asante"}


def test_the_heads_of_state_session_is_the_session_named_before(extracted):
    view = extracted("Kenya hosted the 5th Session of the Kenya-Uganda Joint Commission in "
                     "Nairobi. The Heads of State session was preceded by a meeting of ministers "
                     "co-chaired by Kenyan Foreign Minister Amina Wanjiru and Ugandan Foreign "
                     "Minister John Okello.")
    assert {p["agent"] for p in view.participations} >= {"Amina Wanjiru", "John Okello"}


def test_those_whose_talks_were_the_event_take_part(extracted):
    view = extracted("Kenyan President Ruth Achieng met Ugandan President John Okello in "
                     "Nairobi. The talks, held as the 9th Annual Consultation between the two "
                     "countries, were their second meeting this year.")
    assert {p["agent"] for p in view.participations} >= {"Ruth Achieng", "John Okello"}


def test_the_three_presidents_take_part_and_meet(extracted):
    view = extracted("Kenyan President Ruth Achieng hosted Ugandan President John Okello and "
                     "Tanzanian President Neema Mollel in Nairobi on Monday. The three "
                     "presidents last met in March at the Fifth Lake Victoria Summit.")
    presidents = {"Ruth Achieng", "John Okello", "Neema Mollel"}
    assert {p["agent"] for p in view.participations
            if p["event"] == "Fifth Lake Victoria Summit"} == presidents
    assert [set(m["participants"]) for m in view.meetings] == [presidents, presidents]


def test_the_next_session_is_not_the_one_attended(extracted):
    view = extracted("Kenyan President Ruth Achieng hosted Ugandan President John Okello for "
                     "the 5th Session of the Kenya-Uganda Joint Commission in Nairobi. The 6th "
                     "Session of the Kenya-Uganda Joint Commission will be held in Kampala.")
    assert {p["event"] for p in view.participations} == {
        "5th Session of the Kenya-Uganda Joint Commission"}


@pytest.mark.parametrize(("pair", "codes"), [("Kenya-Uganda", {"KEN", "UGA"}),
                                            ("South Africa-Uganda", {"ZAF", "UGA"})])
def test_the_two_countries_of_a_bilateral_body_take_part_in_its_session(extracted, pair, codes):
    view = extracted("Kenyan President Ruth Achieng hosted Ugandan President John Okello for "
                     f"the 5th Session of the {pair} Joint Commission in Nairobi.")
    assert codes <= {p["agent"] for p in view.participations}


def test_the_event_referred_to_with_its_modifiers(extracted):
    view = extracted("The third session of the Kenya-Tanzania Joint Commission opened in "
                     "Arusha. The two-day session was co-chaired by Kenyan Foreign Minister "
                     "Amina Wanjiru and Tanzanian Foreign Minister Neema Mollel.")
    assert {p["agent"] for p in view.participations} >= {"Amina Wanjiru", "Neema Mollel"}


def test_taking_part_in_another_event_is_not_taking_part_in_the_last(extracted):
    view = extracted("The third session of the Kenya-Tanzania Joint Commission opened in "
                     "Arusha. Uganda took part in the Lake Victoria rescue drill.")
    assert ("UGA", "third session of the Kenya-Tanzania Joint Commission") not in {
        (p["agent"], p["event"]) for p in view.participations}


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("Ghanaian Trade Minister Kwame Asante attended a dinner in Accra.",
                     id="unnamed-event"),
        pytest.param("Ghanaian Trade Minister Kwame Asante criticised the 11th Africa-Asia "
                     "Trade Forum.", id="no-participation-verb"),
        pytest.param("Ghanaian Trade Minister Kwame Asante will not attend the 11th Africa-Asia "
                     "Trade Forum.", id="negated"),
        pytest.param("The 11th Africa-Asia Trade Forum opens on Friday. On the eve of the "
                     "forum, Ghanaian Trade Minister Kwame Asante met Senegalese officials.",
                     id="on-the-eve-of"),
    ],
)
def test_not_a_participation(extracted, sentence):
    assert extracted(sentence).participations == []
