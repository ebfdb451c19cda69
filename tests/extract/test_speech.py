"""Reported speech (``relgraph.extract.speech`` through the pipeline): direct quotes in every
form, indirect speech with the whole family of reporting verbs, participial clauses, one
statement per reporting verb, the speaker resolved and the content without the verb."""

from __future__ import annotations

import pytest

INTRO = "Kenyan Foreign Minister Amina Wanjiru met Ugandan officials in Kampala on Monday. "
SPEAKER = "Amina Wanjiru"
CLAIM = "the railway to Uganda would be finished by 2027"


def _words(content: str) -> str:
    """Content compared without its closing punctuation."""
    return content.strip().rstrip(".,;:").strip()


def _only_statement(view) -> dict:
    assert len(view.statements) == 1, view.statements
    return view.statements[0]


# --- direct quotes ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("quote", "content"),
    [
        pytest.param('"We will build the railway together," Wanjiru said.',
                     "We will build the railway together", id="straight-name-said"),
        pytest.param("“We will build the railway together,” Wanjiru said.",
                     "We will build the railway together", id="curly-name-said"),
        pytest.param("“We will build the railway together,” said Wanjiru.",
                     "We will build the railway together", id="said-name"),
        pytest.param('Wanjiru said: "We will build the railway together."',
                     "We will build the railway together", id="attribution-before"),
        pytest.param('"We will build the railway together," she said.',
                     "We will build the railway together", id="pronoun-after"),
        pytest.param('"We will build the railway together," the minister stressed.',
                     "We will build the railway together", id="role-after"),
        pytest.param('"Trade doubled last year. Investment tripled. We are proud," '
                     "Wanjiru said.",
                     "Trade doubled last year. Investment tripled. We are proud",
                     id="multi-sentence"),
        pytest.param("“We are ready,” Wanjiru said, “to expand trade with Uganda.”",
                     "We are ready to expand trade with Uganda", id="split-around-the-verb"),
        pytest.param("«We will build the railway together», Wanjiru said.",
                     "We will build the railway together", id="guillemets"),
    ],
)
def test_direct_quote(extracted, quote, content):
    statement = _only_statement(extracted(INTRO + quote))
    assert statement["speaker"] == SPEAKER
    assert statement["direct"] is True
    assert _words(statement["content"]) == content


def test_reported_verbs_inside_a_quote_are_not_statements(extracted):
    view = extracted(INTRO + 'Wanjiru said: "Uganda noted that the line is safe, and we '
                             'stressed that it is cheap."')
    statement = _only_statement(view)
    assert statement["speaker"] == SPEAKER and statement["direct"] is True


def test_a_sentence_after_a_quote_is_not_its_attribution(extracted):
    view = extracted('Ana Quispe, a security researcher at a university in Lima, said both '
                     'presidents were "talking past each other". She warned that smugglers '
                     'were the only winners.')
    assert {(s["speaker"], s["content"]) for s in view.statements} == {
        ("Ana Quispe", 'both presidents were "talking past each other"'),
        ("Ana Quispe", "smugglers were the only winners")}
    assert view.person("Ana Quispe")["title"] == "Researcher"


def test_a_sentence_after_a_quote_that_ends_one_is_not_its_attribution(extracted):
    view = extracted('Ana Quispe, a security researcher at a university in Lima, said the '
                     'border "will stay open." She also urged both presidents to meet.')
    assert {(s["speaker"], s["content"]) for s in view.statements} == {
        ("Ana Quispe", 'the border "will stay open."'),
        ("Ana Quispe", "both presidents to meet")}


def test_saying_after_an_act_is_the_opening_subjects_statement(extracted):
    view = extracted("DHAKA - Foreign Minister Hasan Karim on Monday defended the deal with "
                     "India, saying it would protect Bangladesh's share of the rivers.")
    assert {(s["speaker"], s["content"]) for s in view.statements} == {
        ("Hasan Karim", "it would protect Bangladesh's share of the rivers")}


def test_calling_on_someone_whose_office_is_for_something_is_a_visit(extracted):
    view = extracted("Uzbek Foreign Minister Bakhtiyor Saidov called on Abdul Rahman, "
                     "Afghanistan's deputy prime minister for economic affairs.")
    assert view.statements == []
    assert [sorted(m["participants"]) for m in view.meetings] == [
        ["Abdul Rahman", "Bakhtiyor Saidov"]]


def test_a_quote_closed_by_a_full_stop_is_not_the_next_sentences(extracted):
    view = extracted('Kenyan President Ruth Achieng said Kenya had sent planes "because when '
                     'Uganda burns, Kenya feels the fire." Ugandan President John Okello '
                     'thanked Nairobi for its help.')
    assert {s["speaker"] for s in view.statements if "fire" in s["content"]} == {"Ruth Achieng"}


def test_words_she_described_a_thing_as_are_her_quote(extracted):
    view = extracted('Senegalese Foreign Minister Awa Diop praised relations with Mali, which '
                     'she described as "a shared destiny along the river."')
    assert {(s["content"], s["direct"]) for s in view.statements_by("Awa Diop")} == {
        ("relations with Mali", False), ("a shared destiny along the river.", True)}


@pytest.mark.parametrize("participle", ["recalling", "warning"])
def test_a_participle_after_the_clause_is_a_second_statement(extracted, participle):
    view = extracted("Mauritanian Foreign Minister Sidi Ould Bah expressed concern at the "
                     f"situation in Mali, {participle} that Mauritania hosts 100,000 refugees.")
    assert {s["content"] for s in view.statements_by("Sidi Ould Bah")} == {
        "concern at the situation in Mali", "Mauritania hosts 100,000 refugees"}


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        pytest.param("Georgian Deputy Minister Tamar Gabunia met Armenian Deputy Minister Hakob "
                     "Vardanyan. Both deputy ministers stressed that the line would help.",
                     ["Hakob Vardanyan", "Tamar Gabunia"], id="both-deputy-ministers"),
        pytest.param("The ministers were received by Aibek Osmonov, Chairman of the Cabinet of "
                     "Ministers of Kyrgyzstan, who described the dam as a symbol of trust.",
                     ["Aibek Osmonov"], id="who-after-a-name-and-its-office"),
        pytest.param("Greece, Cyprus and Israel held a summit in Nicosia. In a joint "
                     "declaration, the three governments said the cable would be built.",
                     ["CYP", "GRC", "ISR"], id="the-three-governments"),
    ],
)
def test_who_a_group_or_relative_clause_speaks_for(extracted, text, speakers):
    assert sorted(s["speaker"] for s in extracted(text).statements) == speakers


def test_they_who_discussed_and_agreed_that_speak_not_the_source(extracted):
    view = extracted("Kenyan Foreign Minister Amina Wanjiru met her Ugandan counterpart John "
                     "Okello in Kampala. According to the ministry, they also exchanged views on "
                     "the lake and agreed that disputes should be resolved peacefully.")
    assert {(s["speaker"], s["content"]) for s in view.statements} == {
        ("Amina Wanjiru", "disputes should be resolved peacefully"),
        ("John Okello", "disputes should be resolved peacefully")}


@pytest.mark.parametrize(
    ("text", "statements"),
    [
        pytest.param("Mixed teams of Kenyan and Ugandan officers will patrol the crossings, "
                     "according to Otieno Kamau, Kenya's government spokesperson.",
                     {("Otieno Kamau", "Mixed teams of Kenyan and Ugandan officers will patrol "
                                       "the crossings")}, id="a-claim"),
        pytest.param("The two customs chiefs signed a memorandum on joint patrols, according to "
                     "Otieno Kamau, Kenya's government spokesperson.", set(),
                     id="the-news-of-a-signing"),
    ],
)
def test_according_to_at_the_end(extracted, text, statements):
    assert {(s["speaker"], s["content"]) for s in extracted(text).statements} == statements


def test_quoted_phrase_without_attribution_is_no_statement(extracted):
    view = extracted("Kenya and Uganda opened what officials call “the railway of the "
                     "century” on Monday.")
    assert view.statements == []


# --- indirect speech ----------------------------------------------------------------------

_THAT_VERBS = [
    "said", "says", "noted", "stressed", "emphasized", "emphasised", "underlined",
    "underscored", "highlighted", "stated", "added", "pointed out", "recalled", "reiterated",
    "affirmed", "reaffirmed", "declared", "announced", "explained", "confirmed", "remarked",
    "observed", "warned", "insisted", "also noted", "further stressed", "replied", "responded",
    "answered", "agreed", "hoped", "believed",
]


@pytest.mark.parametrize("verb", _THAT_VERBS)
def test_reporting_verb_with_that(extracted, verb):
    statement = _only_statement(extracted(INTRO + f"Wanjiru {verb} that {CLAIM}."))
    assert statement["speaker"] == SPEAKER
    assert statement["direct"] is False
    assert _words(statement["content"]) == CLAIM


@pytest.mark.parametrize("verb", ["said", "noted", "stressed", "added"])
def test_reporting_verb_without_that(extracted, verb):
    statement = _only_statement(extracted(INTRO + f"Wanjiru {verb} {CLAIM}."))
    assert statement["speaker"] == SPEAKER
    assert _words(statement["content"]) == CLAIM


@pytest.mark.parametrize(
    ("sentence", "accepted"),
    [
        pytest.param(f"Wanjiru expressed hope that {CLAIM}.", {CLAIM, f"hope that {CLAIM}"},
                     id="expressed-hope"),
        pytest.param("Wanjiru expressed concern over delays on the railway to Uganda.",
                     {"delays on the railway to Uganda",
                      "concern over delays on the railway to Uganda"}, id="expressed-concern"),
        pytest.param("Wanjiru expressed satisfaction with the progress of the railway.",
                     {"the progress of the railway",
                      "satisfaction with the progress of the railway"},
                     id="expressed-satisfaction"),
        pytest.param("Wanjiru welcomed the opening of the railway to Uganda.",
                     {"the opening of the railway to Uganda"}, id="welcomed"),
        pytest.param("Wanjiru voiced support for the railway to Uganda.",
                     {"support for the railway to Uganda"}, id="voiced"),
        pytest.param("Wanjiru conveyed the greetings of the Kenyan people to Uganda.",
                     {"the greetings of the Kenyan people to Uganda"}, id="conveyed"),
        pytest.param("Wanjiru condemned the attack on the railway to Uganda.",
                     {"the attack on the railway to Uganda"}, id="condemned"),
        pytest.param(f"Wanjiru told reporters that {CLAIM}.", {CLAIM}, id="told-reporters"),
        pytest.param(f"Wanjiru told the Ugandan parliament on Tuesday that {CLAIM}.", {CLAIM},
                     id="told-a-body"),
        pytest.param(f"Wanjiru told Xinhua in an interview that {CLAIM}.", {CLAIM},
                     id="told-outlet-in-interview"),
        pytest.param(f"Wanjiru said in a statement that {CLAIM}.", {CLAIM}, id="in-a-statement"),
        pytest.param(f"Wanjiru said on Monday that {CLAIM}.", {CLAIM}, id="said-on-day"),
        pytest.param(f"According to Wanjiru, {CLAIM}.", {CLAIM}, id="according-to"),
        pytest.param("The railway will be finished by 2027, Wanjiru said.",
                     {"The railway will be finished by 2027"}, id="inverted"),
        pytest.param("The railway will be finished by 2027, the minister added.",
                     {"The railway will be finished by 2027"}, id="inverted-role"),
        pytest.param(f"Wanjiru said that {CLAIM}, Xinhua reported.", {CLAIM},
                     id="trailing-source-credit"),
        pytest.param(f"Wanjiru said that {CLAIM}, according to Bernama.", {CLAIM},
                     id="trailing-according-to"),
        pytest.param("Wanjiru pledged to continue the talks that remain open.",
                     {"to continue the talks that remain open"}, id="to-infinitive-with-that"),
        pytest.param(f"Wanjiru conceded, however, that {CLAIM}.", {CLAIM},
                     id="however-before-that"),
        pytest.param(f"In her words, {CLAIM}.", {CLAIM}, id="in-her-words"),
        pytest.param(f"In this context she pointed to {CLAIM}.", {CLAIM},
                     id="in-this-context-pointed-to"),
        pytest.param("Wanjiru put forward an initiative to hold a border forum.",
                     {"an initiative to hold a border forum"}, id="put-forward"),
        pytest.param("Kenya and Uganda agreed to build a second railway line, Wanjiru said in a "
                     "statement on Friday after the talks in Kampala.",
                     {"Kenya and Uganda agreed to build a second railway line"},
                     id="inverted-with-circumstances"),
    ],
)
def test_reporting_phrase_content(extracted, sentence, accepted):
    """The content is the words stated: never the reporting verb, the person told
    ("reporters"), the channel ("in a statement") or a trailing source credit."""
    statement = _only_statement(extracted(INTRO + sentence))
    assert statement["speaker"] == SPEAKER
    assert _words(statement["content"]) in accepted


def test_appositive_subject(extracted):
    view = extracted("Lucía Fernández, Chile's Foreign Minister, said that Chile and "
                     "Argentina would expand trade.")
    statement = _only_statement(view)
    assert statement["speaker"] == "Lucía Fernández"
    assert _words(statement["content"]) == "Chile and Argentina would expand trade"


# --- participles, coordination: one statement per reporting verb --------------------------


@pytest.mark.parametrize(
    ("sentence", "contents"),
    [
        pytest.param("Noting that trade had doubled, the minister emphasized that Kenya "
                     "wanted a free trade zone with Uganda.",
                     ["trade had doubled", "Kenya wanted a free trade zone with Uganda"],
                     id="noting-that-emphasized"),
        pytest.param("Stressing that the border was calm, Wanjiru said that talks would go on.",
                     ["the border was calm", "talks would go on"], id="stressing-that-said"),
        pytest.param("Wanjiru noted that trade had doubled, and stressed that Kenya wanted a "
                     "free trade zone with Uganda.",
                     ["trade had doubled", "Kenya wanted a free trade zone with Uganda"],
                     id="noted-and-stressed"),
        pytest.param("Wanjiru said trade had doubled, adding that Kenya wanted a free trade "
                     "zone with Uganda.",
                     ["trade had doubled", "Kenya wanted a free trade zone with Uganda"],
                     id="said-adding"),
        pytest.param("Wanjiru said that trade had doubled. She added that Kenya wanted a free "
                     "trade zone with Uganda.",
                     ["trade had doubled", "Kenya wanted a free trade zone with Uganda"],
                     id="two-sentences"),
        pytest.param("Wanjiru welcomed the new customs posts, which, she said, had halved "
                     "waiting times at the border.",
                     ["the new customs posts, which had halved waiting times at the border"],
                     id="aside-inside-what-is-reported"),
    ],
)
def test_one_statement_per_reporting_verb(extracted, sentence, contents):
    view = extracted(INTRO + sentence)
    assert [_words(s["content"]) for s in view.statements] == contents
    assert all(s["speaker"] == SPEAKER for s in view.statements)


def test_two_speakers_in_one_sentence(extracted):
    view = extracted("Hanoi welcomed the decision, while Manila said it would respond.")
    got = {(s["speaker"], _words(s["content"])) for s in view.statements}
    assert got == {("VNM", "the decision"), ("PHL", "it would respond")}



@pytest.mark.parametrize("group", ["The two ministers", "The sides", "The participants"])
def test_a_group_that_met_speaks_as_its_members(extracted, group):
    view = extracted("Kenyan Foreign Minister Amina Wanjiru met Ugandan Foreign Minister "
                     f"John Okello in Kampala on Monday. {group} stressed that the railway "
                     "would be finished by 2027.")
    assert {s["speaker"] for s in view.statements} == {"Amina Wanjiru", "John Okello"}
    assert {_words(s["content"]) for s in view.statements} == {
        "the railway would be finished by 2027"}


def test_the_ministers_of_a_meeting_are_not_its_heads_of_government(extracted):
    view = extracted("Tanzanian Trade Minister Neema Mollel visited Kampala on Sunday. "
                     "Kenyan Foreign Minister Amina Wanjiru and Ugandan Foreign Minister John "
                     "Okello met Prime Minister Grace Mutua and President Ruth Achieng in "
                     "Nairobi. The ministers stressed that trade would double.")
    assert {s["speaker"] for s in view.statements} == {"Amina Wanjiru", "John Okello"}


def test_agreeing_to_act_is_no_statement(extracted):
    view = extracted(INTRO + "Wanjiru and Okello agreed to open a new border post.")
    assert view.statements == []


def test_a_quoted_name_after_a_determiner_is_no_quote(extracted):
    view = extracted("Kenyan Foreign Minister Amina Wanjiru met Ugandan Foreign Minister "
                     "John Okello in Kampala. Recalling the “Great Lakes Partnership”, the "
                     "ministers agreed that trade would double.")
    assert {(s["speaker"], _words(s["content"]), s["direct"]) for s in view.statements} == {
        ("Amina Wanjiru", "trade would double", False),
        ("John Okello", "trade would double", False)}


@pytest.mark.parametrize("role", ["The Ugandan agrarian policy minister", "Uganda's foreign minister"])
def test_a_role_with_its_portfolio_names_the_speaker(extracted, role):
    view = extracted("Kenyan Foreign Minister Amina Wanjiru met Ugandan Foreign Minister John "
                     f"Okello in Kampala. Wanjiru said that trade would double. {role} said "
                     "that the railway would be finished by 2027.")
    assert ("John Okello", "the railway would be finished by 2027") in {
        (s["speaker"], _words(s["content"])) for s in view.statements}


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        pytest.param("Kenyan President Ruth Achieng received Ugandan Foreign Minister John "
                     "Okello. The Kenyan leader stressed that trade would double.",
                     "Ruth Achieng", id="the-leader-is-the-head-of-state"),
        pytest.param("Kenyan President Ruth Achieng received Ugandan Foreign Minister John "
                     "Okello. The Kenyan head of state stressed that trade would double.",
                     "Ruth Achieng", id="head-of-state"),
        pytest.param("Ugandan Foreign Minister John Okello and Ugandan Energy Minister Grace "
                     "Nakato arrived in Nairobi. Uganda's foreign minister stressed that trade "
                     "would double.", "John Okello", id="the-minister-of-the-portfolio-named"),
        pytest.param("Kenyan Foreign Minister Amina Wanjiru, on her first trip abroad since her "
                     "appointment, stressed that trade would double.", "Amina Wanjiru",
                     id="an-aside-between-subject-and-verb"),
        pytest.param("Kenyan Foreign Minister Amina Wanjiru met Ugandan Ambassador John Okello. "
                     "The foreign minister reminded the ambassador that trade would double.",
                     "Amina Wanjiru", id="reminded"),
        pytest.param("The talks came a week after Kenya's Minister of Energy, Otieno Kamau, "
                     "said trade would double.", "Otieno Kamau", id="name-between-commas"),
        pytest.param("The Kenya Union of Traders (KUT) said trade would double.",
                     "Kenya Union of Traders", id="body-with-its-initials"),
        pytest.param("Kenyan Foreign Minister Amina Wanjiru hosted Ugandan Foreign Minister John "
                     "Okello. According to the Kenyan side, Wanjiru told her Ugandan guest that "
                     "trade would double.", "Amina Wanjiru", id="according-to-then-a-speaker"),
        pytest.param("Otieno Kamau, chairman of the Kenya Ports and Free Zones Authority, said "
                     "trade would double.", "Otieno Kamau", id="office-without-article"),
        pytest.param("Otieno Kamau, who heads the state power company Kenelec, said trade "
                     "would double.", "Otieno Kamau", id="relative-clause"),
    ],
)
def test_speaker_named_by_a_role(extracted, text, speaker):
    assert ("trade would double", speaker) in {
        (_words(s["content"]), s["speaker"]) for s in extracted(text).statements}


def test_two_absolute_participles_are_two_statements(extracted):
    view = extracted("The row turned personal, with President Ana Quispe accusing Lima of "
                     "ignoring smugglers, and President Jorge Vega replying that the tariff "
                     "was a trade war.")
    assert {(s["speaker"], s["content"], s["category"]) for s in view.statements} == {
        ("Ana Quispe", "Lima of ignoring smugglers", "DISAPPROVE"),
        ("Jorge Vega", "the tariff was a trade war", None)}


def test_a_readout_s_the_minister_is_its_own_minister(extracted):
    view = extracted("The Minister of Foreign Affairs, Mrs. Awa Diop, received her Malian "
                     "counterpart, Mr. Oumar Traoré, who was accompanied by the Minister of "
                     "Mines, Mr. Moussa Keita. The Minister underscored that relations were "
                     "excellent.")
    assert [s["speaker"] for s in view.statements] == ["Awa Diop"]


def test_a_name_with_particles_between_commas_speaks(extracted):
    view = extracted("Oman's Minister of Agriculture, Saud bin Hamoud Al Habsi, told the "
                     "committee that Oman could offer land.")
    assert [(s["speaker"], s["content"]) for s in view.statements] == [
        ("Saud bin Hamoud Al Habsi", "Oman could offer land")]


def test_an_adverb_before_that_is_not_said(extracted):
    view = extracted("Kenyan Foreign Minister Amina Wanjiru noted afterwards that trade would "
                     "double.")
    assert [s["content"] for s in view.statements] == ["trade would double"]


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        pytest.param("Prime Minister Ana Quispe spoke with the President of Chile, Jorge Vega. "
                     "The Prime Minister stressed that tariffs would hurt workers.",
                     "Ana Quispe", "tariffs would hurt workers",
                     id="the-prime-minister-of-a-readout"),
        pytest.param("Kenyan Foreign Minister Amina Wanjiru met Ugandan envoy John Okello. "
                     "Okello, for his part, said Uganda regretted the tone of the remarks.",
                     "John Okello", "Uganda regretted the tone of the remarks",
                     id="a-country-reported-on-does-not-take-the-words"),
    ],
)
def test_who_says_it(extracted, text, speaker, content):
    assert (speaker, content) in {(s["speaker"], s["content"])
                                  for s in extracted(text).statements}


def test_a_name_opening_with_a_diacritic_between_commas_speaks(extracted):
    view = extracted("Serbia's Minister of Energy, Đurđa Đokić, said trade would double.")
    assert [(s["speaker"], s["content"]) for s in view.statements] == [
        ("Đurđa Đokić", "trade would double")]


def test_a_national_foreign_ministry_speaks(extracted):
    view = extracted("The Kenyan Foreign Ministry said in a statement that trade would double.")
    assert [(s["speaker"], s["content"]) for s in view.statements] == [
        ("Ministry of Foreign Affairs", "trade would double")]
    assert view.organization("Ministry of Foreign Affairs")["country"] == "KEN"


def test_according_to_a_body_yields_to_the_speakers_it_reports(extracted):
    view = extracted("Kenyan Foreign Minister Amina Wanjiru met Ugandan Foreign Minister John "
                     "Okello. According to the Kenyan Foreign Ministry, the ministers reviewed "
                     "the railway plan, and both expressed readiness to continue the dialogue.")
    assert {s["speaker"] for s in view.statements} == {"Amina Wanjiru", "John Okello"}


def test_a_cabinet_secretary_is_the_minister(extracted):
    view = extracted("Kenya's Cabinet Secretary for Foreign Affairs Amina Wanjiru met Ugandan "
                     "officials. The minister said trade would double.")
    assert [s["speaker"] for s in view.statements] == ["Amina Wanjiru"]


def test_the_foreign_minister_is_no_other_minister(extracted):
    view = extracted("Kenya hosted an Ethiopian delegation. Ethiopia's foreign minister said "
                     "trade would double. Later, Ethiopia's Minister of Water, Habtamu Itefa, "
                     "signed a deal.")
    assert "Habtamu Itefa" not in {s["speaker"] for s in view.statements}


def test_an_opposition_leader_is_not_the_prime_minister(extracted):
    view = extracted("Party Secretary General Pablo Ruiz dismissed the outcome of the talks "
                     "between Prime Minister Ana Quispe and President Jorge Vega of Chile. "
                     "Addressing supporters, the opposition leader said the deal was one-sided.")
    assert not {"Ana Quispe", "Jorge Vega"} & {s["speaker"] for s in view.statements
                                              if s["content"] == "the deal was one-sided"}


def test_an_expert_named_by_profession_and_institution(extracted):
    view = extracted("Ana Quispe, a Peruvian hydrologist at the University of Lima, said the "
                     "framework set no minimum flow.")
    assert view.person("Ana Quispe")["title"] == "Hydrologist"
    assert [s["speaker"] for s in view.statements] == ["Ana Quispe"]


def test_a_report_of_someone_else_s_words_is_theirs(extracted):
    view = extracted("Kenyan Foreign Minister Amina Wanjiru met Ugandan envoy John Okello. The "
                     "ministry's spokesperson said Wanjiru had made it clear to Okello that "
                     "trade would double.")
    assert [(s["speaker"], _words(s["content"])) for s in view.statements] == [
        ("Amina Wanjiru", "trade would double")]


def test_a_leader_of_the_nationality_named_comes_first(extracted):
    view = extracted("Kenyan President Ruth Achieng received Ugandan President John Okello. "
                     "Okello recalled the late leader Milton Obote. The Kenyan leader stressed "
                     "that trade would double.")
    assert [s["speaker"] for s in view.statements if "double" in s["content"]] == [
        "Ruth Achieng"]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        pytest.param("Kenyan President Ruth Achieng met Ugandan Prime Minister Grace Nakato in "
                     "Nairobi. Later, their trade ministers, Kenyan Trade Minister Amina "
                     "Wanjiru and Ugandan Trade Minister John Okello, held talks. The two "
                     "leaders said trade would double.", {"Ruth Achieng", "Grace Nakato"},
                     id="the-leaders-are-the-heads-of-state-and-government"),
        pytest.param("Kenyan Foreign Minister Amina Wanjiru met Ugandan Foreign Minister John "
                     "Okello in Kampala on Monday. Okello recalled President Ruth Achieng's "
                     "visit to Nairobi in March, when she met Wanjiru. The sides stressed that "
                     "trade would double.", {"Amina Wanjiru", "John Okello"},
                     id="the-sides-are-those-meeting-now-not-those-recalled"),
    ],
)
def test_a_group_speaks_as_the_people_it_names(extracted, text, speakers):
    view = extracted(text)
    assert {s["speaker"] for s in view.statements if "double" in s["content"]} == speakers


def test_the_members_of_a_committee_speak_as_the_committee(extracted):
    view = extracted("Kenya and Uganda held a session of the Kenya-Uganda Joint Trade "
                     "Committee, Wanjiru said. Committee members pledged to keep pushing for "
                     "faster customs clearance.")
    assert ("Kenya-Uganda Joint Trade Committee",
            "to keep pushing for faster customs clearance") in {
        (s["speaker"], _words(s["content"])) for s in view.statements}


def test_an_organization_speaks_by_its_initials(extracted):
    view = extracted("Peru's Foreign Office (FO) welcomed the talks. \"Trade will double,\" "
                     "the FO said.")
    assert ("Foreign Office", "Trade will double") in {
        (s["speaker"], _words(s["content"])) for s in view.statements}


def test_a_turn_taken_passes_to_the_other_side(extracted):
    view = extracted("Kenyan Foreign Minister Amina Wanjiru met Ugandan Foreign Minister John "
                     "Okello in Kampala on Monday. Okello said that the railway would be "
                     "finished by 2027. The minister, for her part, said that "
                     "trade would double.")
    got = {(s["speaker"], _words(s["content"])) for s in view.statements}
    assert got == {("John Okello", "the railway would be finished by 2027"),
                   ("Amina Wanjiru", "trade would double")}


@pytest.mark.parametrize("verb", ["Calling", "Describing"])
def test_calling_something_so_is_a_statement(extracted, verb):
    statement = _only_statement(extracted(
        INTRO + f"{verb} Uganda a trusted partner, Wanjiru opened a trade office there."))
    assert statement["speaker"] == SPEAKER
    assert _words(statement["content"]) == "Uganda a trusted partner"

# --- speakers that are not people --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        pytest.param("Moscow accused Kyiv of shelling a border village.", "RUS",
                     "Kyiv of shelling a border village", id="capital-accused"),
        pytest.param("Peru said that the border with Chile would reopen on Friday.", "PER",
                     "the border with Chile would reopen on Friday", id="country-said"),
        pytest.param("The Ministry of Foreign Affairs of Peru said in a statement that the "
                     "border would reopen on Friday.", "Ministry of Foreign Affairs",
                     "the border would reopen on Friday", id="ministry-said"),
        pytest.param("The African Union said that observers would arrive on Friday.",
                     "African Union", "observers would arrive on Friday", id="union-said"),
    ],
)
def test_speaker_organization_or_country(extracted, text, speaker, content):
    statement = _only_statement(extracted(text))
    assert statement["speaker"] == speaker
    assert _words(statement["content"]) == content


# --- what a statement is about, and its tone ----------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "about"),
    [
        pytest.param("Wanjiru said that Kenya and Uganda would finish the railway.",
                     {"KEN", "UGA"}, id="named"),
        pytest.param("Wanjiru said that the two countries would finish the railway.",
                     {"KEN", "UGA"}, id="the-two-countries"),
        pytest.param("Wanjiru said that Rwandan engineers would help.", {"RWA"},
                     id="demonym"),
    ],
)
def test_statement_about(extracted, sentence, about):
    statement = _only_statement(extracted(INTRO + sentence))
    assert set(statement["about"]) == about


@pytest.mark.parametrize(
    ("sentence", "tone"),
    [
        pytest.param("Wanjiru condemned the attack on the railway to Uganda.", "negative",
                     id="condemned"),
        pytest.param("Wanjiru welcomed the opening of the railway to Uganda.", "positive",
                     id="welcomed"),
        pytest.param(f"Wanjiru said that {CLAIM}.", "neutral", id="said"),
    ],
)
def test_statement_tone(extracted, sentence, tone):
    assert _only_statement(extracted(INTRO + sentence))["tone"] == tone


def test_no_statement_without_a_reporting_verb(extracted):
    view = extracted("Kenya and Uganda signed a railway treaty in Kampala on Monday. The line "
                     "will open in 2027.")
    assert view.statements == []
