"""Each attribution form newsrooms use, and who may (not) speak: one text written for
the test per form, with the speaker and the statement pinned exactly."""

from __future__ import annotations

import pytest

from reader.core.reading.loading import article_from_text
from reader.core.speech.speakers import attribute

OTHER = article_from_text("An unrelated note about the weather, which stayed mild.")


def claims_in(text: str) -> list[tuple[str, str]]:
    """(speaker, statement) for every claim found in `text`."""
    _, claims = attribute(article_from_text(text), OTHER, [])
    return [(claim.speaker, claim.text) for claim in claims]


def speakers_in(text: str) -> list[str]:
    speakers, _ = attribute(article_from_text(text), OTHER, [])
    return [speaker.name for speaker in speakers]


# --- Where the speaker stands --------------------------------------------------------


def test_described_speaker_between_commas() -> None:
    text = "Mara Quint, the director of the city zoo, said the bears would stay indoors."
    assert claims_in(text) == [("Mara Quint", "the bears would stay indoors")]


@pytest.mark.parametrize(
    ("text", "speaker", "statement"),
    [
        (
            "A league spokesman on Wednesday said the game would go ahead.",
            "League spokesman",
            "the game would go ahead",
        ),
        ("Police on Monday night said the driver had fled.", "Police", "the driver had fled"),
        (
            "The mayor said late Sunday that the bridge would reopen.",
            "Mayor",
            "the bridge would reopen",
        ),
        (
            "A spokeswoman yesterday said the talks had failed.",
            "Spokeswoman",
            "the talks had failed",
        ),
    ],
)
def test_a_time_between_speaker_verb_and_statement(text: str, speaker: str, statement: str) -> None:
    assert claims_in(text) == [(speaker, statement)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Officials with the Coast Guard said the search was suspended.",
            "Officials with the Coast Guard",
        ),
        ("Police in Troy said the gunman fled north.", "Police in Troy"),
        ("Witnesses at the scene said the car sped away.", "Witnesses at the scene"),
    ],
)
def test_a_group_and_where_it_belongs(text: str, speaker: str) -> None:
    assert [name for name, _ in claims_in(text)] == [speaker]


def test_a_group_inside_a_clause_is_no_speaker() -> None:
    text = "The shooting alarmed police in Troy, and the mayor said the gunman fled."
    assert claims_in(text) == [("Mayor", "the gunman fled")]


def test_a_surname_ending_in_ing_is_a_name() -> None:
    text = "The guests escaped without injury, Fanning said."
    assert claims_in(text) == [("Fanning", "The guests escaped without injury")]


def test_a_participle_opening_the_sentence_is_no_antecedent() -> None:
    text = (
        "Mara Quint said the clinic would stay open. Expressing certainty that the "
        "doctor could have left, she said the doctor chose to stay."
    )
    assert claims_in(text) == [
        ("Mara Quint", "the clinic would stay open"),
        ("Mara Quint", "the doctor chose to stay"),
    ]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The driver faces one count of murder, Vancouver police said.", "Vancouver police"),
        ("It had a smaller boat under tow, Navy sources said.", "Navy sources"),
        ("Some witnesses said the car sped away.", "Witnesses"),
        ('"We are shocked," her nephew said.', "Her nephew"),
        ('"We are shocked," said her nephew, Ravi Singh, 32, of Coney Island.', "Ravi Singh"),
        ('"You are a Charger one year at a time," Smith has often said.', "Smith"),
    ],
)
def test_groups_relatives_and_habits(text: str, speaker: str) -> None:
    assert [name for name, _ in claims_in(text)] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker", "statement"),
    [
        (
            "Fanning said at least a dozen people were at the party.",
            "Fanning",
            "at least a dozen people were at the party",
        ),
        ('"We are shocked," another neighbor said.', "Another neighbor", "We are shocked"),
        ('"Oh man, she was bad," one man told Schuck.', "One man", "Oh man, she was bad"),
        (
            "In an interview in 2007, Collins said the theory was sound.",
            "Collins",
            "the theory was sound",
        ),
        (
            "A spokeswoman for Beaumont Hospital in Royal Oak said the victims were stable.",
            "Spokeswoman for Beaumont Hospital in Royal Oak",
            "the victims were stable",
        ),
        ('Another man said simply, "Maybe I can help."', "Another man", "Maybe I can help."),
    ],
)
def test_more_subjects_and_statements(text: str, speaker: str, statement: str) -> None:
    assert claims_in(text) == [(speaker, statement)]


def test_the_last_name_of_a_list_is_no_speaker() -> None:
    text = "The Bureau of Alcohol, Tobacco, Firearms and Explosives also said a bomb went off."
    assert "Explosives" not in [name for name, _ in claims_in(text)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("A former employee shot a man, according to police.", "Police"),
        ("According to local officials, the bridge will reopen.", "Local officials"),
        ("A climber has fallen to his death, police there have said.", "Police"),
        ("Any discipline would come next season, several sources said.", "Several sources"),
        ('CNN management said: "We made sure of it."', "CNN management"),
    ],
)
def test_groups_as_sources(text: str, speaker: str) -> None:
    assert [name for name, _ in claims_in(text)] == [speaker]


def test_a_participle_after_a_new_clause_is_not_the_first_subjects() -> None:
    text = (
        "According to the charges, police stopped his car, but Lasalle refused to "
        'comply, saying officers "would need to kill" him.'
    )
    assert "Police" not in [name for name, _ in claims_in(text)]


@pytest.mark.parametrize(
    ("text", "speaker", "statement"),
    [
        (
            'Mara Quint posted on Friday and said: "It is official."',
            "Mara Quint",
            "It is official.",
        ),
        (
            "Police stopped the car, but Lasalle refused and said he was innocent.",
            "Lasalle",
            "he was innocent",
        ),
        (
            "Tom Fanning arrived. Fanning could not say who fired, but said no one was hurt.",
            "Tom Fanning",
            "no one was hurt",
        ),
    ],
)
def test_a_verb_coordinated_with_the_subjects_first(
    text: str, speaker: str, statement: str
) -> None:
    assert claims_in(text) == [(speaker, statement)]


def test_a_coordinated_verb_inside_a_report_is_not_the_reporters() -> None:
    text = "Sgt. Ann Lee said the gunman entered the office and asked him if he wanted help."
    assert claims_in(text) == [
        ("Ann Lee", "the gunman entered the office and asked him if he wanted help")
    ]


def test_two_surnames_of_people_named_before_speak_jointly() -> None:
    text = (
        "Producers Laurence Mark and Bill Condon chose him. "
        '"He has style," Mark and Condon said in a joint statement.'
    )
    assert [name for name, _ in claims_in(text)] == ["Laurence Mark", "Bill Condon"]


def test_two_titles_joined_are_one_persons() -> None:
    text = "Team President and General Manager Ed Stefanski announced that the coach was fired."
    assert claims_in(text) == [("Ed Stefanski", "the coach was fired")]


def test_a_role_written_before_a_name_is_its_title() -> None:
    text = "The driver sped away, said witness Angela Benson, who had just left the store."
    assert claims_in(text) == [("Angela Benson", "The driver sped away")]


def test_a_month_between_speaker_and_verb() -> None:
    text = "The Indian Navy in November said it had sunk the ship."
    assert claims_in(text) == [("Indian Navy", "it had sunk the ship")]


def test_a_described_name_after_the_verb() -> None:
    text = '"She was our rock," said a tearful Charlie Kafoury, who could hardly speak.'
    assert claims_in(text) == [("Charlie Kafoury", "She was our rock")]


def test_title_and_initials_after_the_quote() -> None:
    text = '"We will rebuild the stand," general manager A. J. Okafor said.'
    assert claims_in(text) == [("A. J. Okafor", "We will rebuild the stand")]


def test_in_a_statement_before_the_speaker() -> None:
    text = "In a statement, Mara Quint said the zoo would reopen on Monday."
    assert claims_in(text) == [("Mara Quint", "the zoo would reopen on Monday")]


def test_said_in_a_statement_on_a_day_that() -> None:
    text = "Mara Quint said in a statement on Sunday that the zoo would reopen."
    assert claims_in(text) == [("Mara Quint", "the zoo would reopen")]


def test_told_police() -> None:
    text = "Two witnesses told police that the man ran north."
    assert claims_in(text) == [("Witnesses", "the man ran north")]


def test_told_an_agency() -> None:
    text = "Mara Quint told AP that two keepers had been hurt."
    assert claims_in(text) == [("Mara Quint", "two keepers had been hurt")]


def test_other_reporting_verbs() -> None:
    text = (
        "Mara Quint warned that the heat was dangerous. "
        "Tom Ellery confirmed that the pumps had failed. "
        "Mara Quint noted that no animal was lost."
    )
    assert claims_in(text) == [
        ("Mara Quint", "the heat was dangerous"),
        ("Tom Ellery", "the pumps had failed"),
        ("Mara Quint", "no animal was lost"),
    ]


def test_verb_followed_by_a_place_keeps_the_quote() -> None:
    text = '"It was a long night," Tom Ellery said from the control room.'
    assert claims_in(text) == [("Tom Ellery", "It was a long night")]


# --- Quotations over several sentences and paragraphs --------------------------------


def test_quote_over_several_sentences_is_one_claim() -> None:
    text = '"The pumps failed. The water rose. We ran," Tom Ellery said.'
    assert claims_in(text) == [("Tom Ellery", "The pumps failed. The water rose. We ran")]


def test_quote_opened_in_one_paragraph_attributed_in_the_next() -> None:
    text = '"The pumps failed at noon.\n\nBy two the water was knee-deep, "Tom Ellery said.'
    assert claims_in(text) == [
        ("Tom Ellery", "The pumps failed at noon.\n\nBy two the water was knee-deep")
    ]


def test_quote_paragraph_after_an_indirect_statement_continues_its_speaker() -> None:
    text = (
        "The flood was the worst in decades, Tom Ellery said.\n\n"
        '"Nobody here has seen anything like it."'
    )
    assert claims_in(text) == [
        ("Tom Ellery", "The flood was the worst in decades"),
        ("Tom Ellery", "Nobody here has seen anything like it."),
    ]


# --- Pronouns and roles ----------------------------------------------------------------


def test_she_goes_to_the_woman_just_named() -> None:
    text = (
        "Tom Ellery said the pumps had failed. "
        "Zoo spokeswoman Mara Quint described the night. "
        '"It was chaos," she said.'
    )
    assert claims_in(text)[-1] == ("Mara Quint", "It was chaos")


def test_he_goes_to_the_subject_of_the_sentence_before() -> None:
    text = (
        '"We acted fast," Mara Quint said.\n\n'
        "Reached by phone, Tom Ellery declined to say more.\n\n"
        '"I have nothing to add," he said.'
    )
    assert claims_in(text)[-1] == ("Tom Ellery", "I have nothing to add")


def test_the_governor_is_the_person_named_governor() -> None:
    text = (
        "Governor Lena Achebe visited the dam on Monday. "
        "Tom Ellery said repairs had begun. "
        "The governor said the state would pay."
    )
    assert claims_in(text)[-1] == ("Lena Achebe", "the state would pay")


def test_a_spokeswoman_for_an_organisation_is_a_role() -> None:
    text = "A spokeswoman for the hospital said two patients were stable."
    assert claims_in(text) == [("Spokeswoman for the hospital", "two patients were stable")]


# --- Who may speak --------------------------------------------------------------------


def test_documents_places_and_dates_do_not_speak() -> None:
    text = (
        "The dam was unsafe, according to court documents. "
        "The report said repairs were overdue. "
        "Friday said nothing new."
    )
    assert speakers_in(text) == []


def test_a_document_of_a_speaker_is_no_speaker() -> None:
    text = "The driver was drunk, according to a police report."
    assert speakers_in(text) == []


def test_agency_abbreviation_defined_in_the_text() -> None:
    text = (
        "The Nordic Press Agency (NPA) reported that the dam held. "
        "Later, NPA said engineers were on site."
    )
    assert speakers_in(text) == ["Nordic Press Agency"]


# --- Asides, objects and times around the verb ---------------------------------------


def test_several_asides_between_speaker_and_verb() -> None:
    text = "Mara Quint, a keeper at the zoo, with Tom Ellery, said the tigers were calm."
    assert claims_in(text) == [("Mara Quint", "the tigers were calm")]


def test_aside_that_starts_with_a_degree_and_a_role() -> None:
    text = "Lena Achebe, MD, chair of the hospital board, said the ward would reopen."
    assert claims_in(text) == [("Lena Achebe", "the ward would reopen")]


def test_name_after_said_that_starts_the_statement_is_no_speaker() -> None:
    text = "Zoo director Tom Ellery, MD, said Dr. Achebe has a strong record."
    assert claims_in(text) == [("Tom Ellery", "Dr. Achebe has a strong record")]


def test_however_between_verb_and_that() -> None:
    text = "The ministry said Friday, however, that no troops would be sent."
    assert claims_in(text) == [("Ministry", "no troops would be sent")]


def test_told_a_newspaper_after_the_quote() -> None:
    text = '"It was a lack of experience," Tom Ellery told the Valley Herald.'
    assert claims_in(text) == [("Tom Ellery", "It was a lack of experience")]


def test_a_time_after_the_verb_is_no_statement() -> None:
    text = "The dam held, Tom Ellery said yesterday."
    assert claims_in(text) == [("Tom Ellery", "The dam held")]


# --- Roles the article resolves -------------------------------------------------------


def test_a_generic_role_goes_to_the_last_speaker() -> None:
    text = (
        'Admiral Ravi Menon said the ship was safe. "We acted within the law," said the navy chief.'
    )
    assert claims_in(text)[-1] == ("Ravi Menon", "We acted within the law")


def test_the_newspaper_is_the_last_organisation_quoted() -> None:
    text = (
        "The Valley Herald reported that two men were hurt. "
        "Both were released on Sunday, the newspaper reported."
    )
    assert [speaker for speaker, _ in claims_in(text)] == ["Valley Herald", "Valley Herald"]


def test_an_institution_named_with_modifiers_is_not_the_last_speaker() -> None:
    text = (
        "The Valley Herald reported that two men were hurt. "
        "The city's legal office said no charges were filed."
    )
    assert claims_in(text)[-1] == ("City's legal office", "no charges were filed")


# --- Groups, ages, orders and acts -----------------------------------------------------


def test_a_bare_group_speaks() -> None:
    text = "The river rose through the night, officials said on Tuesday."
    assert claims_in(text) == [("Officials", "The river rose through the night")]


def kinds_in(text: str) -> list[tuple[str, str]]:
    speakers, _ = attribute(article_from_text(text), OTHER, [])
    return [(speaker.name, speaker.kind) for speaker in speakers]


@pytest.mark.parametrize(
    "role", ["negotiators", "spokespeople", "commanders", "lawyers", "judges", "ministers"]
)
def test_a_bare_plural_role_is_a_group(role: str) -> None:
    text = f"The {role} said the deadline would pass without a deal."
    assert kinds_in(text) == [(role.capitalize(), "group")]
    assert claims_in(text) == [(role.capitalize(), "the deadline would pass without a deal")]


def test_a_plural_role_led_by_a_person_is_still_the_group() -> None:
    text = "The negotiators, led by Ana Ruiz, said the talks would resume in June."
    assert kinds_in(text) == [("Negotiators", "group")]
    assert claims_in(text) == [("Negotiators", "the talks would resume in June")]


def test_an_age_between_commas_is_an_aside() -> None:
    text = "Local resident Maria Lopez, 54, said her basement was flooded."
    assert claims_in(text) == [("Maria Lopez", "her basement was flooded")]


def test_an_order_is_no_statement() -> None:
    text = "Tom Ellery said the police told the group to stay put."
    assert claims_in(text) == [("Tom Ellery", "the police told the group to stay put")]


def test_declaring_an_act_is_no_statement() -> None:
    text = "Governor Alan Brisco declared a state of emergency on Monday."
    assert claims_in(text) == []


def test_a_wire_dateline_is_not_part_of_the_statement() -> None:
    text = "RIVERTON (Reuters) - Flood waters rose through the night, officials said."
    assert claims_in(text) == [("Officials", "Flood waters rose through the night")]


def test_an_organisation_keeps_its_whole_name() -> None:
    text = "More rain is expected, according to the National Weather Service."
    assert speakers_in(text) == ["National Weather Service"]


def test_a_speaker_after_a_reported_clause_ends_the_clause() -> None:
    text = "Witnesses said the man ran north, Troy police Lt. Gerry Scherlinck said."
    assert claims_in(text) == [  # in text order: Scherlinck's statement starts first
        ("Gerry Scherlinck", "Witnesses said the man ran north"),
        ("Witnesses", "the man ran north"),
    ]


def test_a_verb_at_the_end_of_a_line_names_nobody() -> None:
    text = "The talks ended.\n\n“No deal yet” said \n"
    assert claims_in(text) == []


# --- A quotation that is a sentence of its own -------------------------------------


def test_question_then_a_sentence_naming_who_asked() -> None:
    # A sentence ends at '?"' and 'Lisa Ortiz' opens the next one.
    text = '"Will the ferry run on Sunday?" Lisa Ortiz asked. Nobody knew.'
    assert claims_in(text) == [("Lisa Ortiz", "Will the ferry run on Sunday?")]


def test_exclamation_then_a_sentence_naming_who_said_it() -> None:
    text = 'The crowd cheered. "We did it!" Mara Quint said on Sunday.'
    assert claims_in(text) == [("Mara Quint", "We did it!")]


def test_a_sentence_that_goes_on_after_the_verb_takes_no_quotation_before_it() -> None:
    # "said nothing more" is no attribution of the question before it.
    text = 'A reporter called out. "Will you resign?" Mara Quint said nothing more.'
    assert claims_in(text) == []


def test_a_quotation_inside_a_sentence_is_not_taken_by_the_next_sentence() -> None:
    text = 'The sign read "Closed today!" Mara Quint said.'
    assert claims_in(text) == []


def test_a_police_rank_before_the_name_does_not_end_the_sentence() -> None:
    text = '"Nobody was hurt," harbour police Const. Ana Ruiz said.'
    assert claims_in(text) == [("Ana Ruiz", "Nobody was hurt")]


# --- The passive --------------------------------------------------------------------


def test_quoted_as_saying() -> None:
    text = "Harbour master Pita Rawiri was once quoted as saying that the dock would reopen."
    assert claims_in(text) == [("Pita Rawiri", "the dock would reopen")]


def test_quoted_as_saying_after_a_description() -> None:
    text = 'Tom Ellery, the ferry captain, was quoted as saying: "The sea was calm."'
    assert claims_in(text) == [("Tom Ellery", "The sea was calm.")]


def test_it_was_announced_by_an_organisation_that() -> None:
    text = "It was announced by Helix Chemicals on Friday that the plant would close."
    assert claims_in(text) == [("Helix Chemicals", "the plant would close")]


def test_what_was_confirmed_by_someone_is_the_statement() -> None:
    text = "The rumour was denied by Mara Quint, the club chairwoman, on Sunday."
    assert claims_in(text) == [("Mara Quint", "The rumour")]


def test_a_passive_act_by_someone_is_no_statement() -> None:
    text = "The bridge was opened by Mara Quint on Sunday. It was built by Helix Chemicals."
    assert claims_in(text) == []


# --- Two speakers of one statement ----------------------------------------------------


def test_two_people_named_before_the_verb_both_say_it() -> None:
    text = "Ana Ruiz and Tom Ellery said the talks had stalled."
    assert claims_in(text) == [
        ("Ana Ruiz", "the talks had stalled"),
        ("Tom Ellery", "the talks had stalled"),
    ]


def test_a_person_and_the_relation_named_after_them_both_say_it() -> None:
    text = "Ana Ruiz and her deputy, Tom Ellery, said the budget was balanced."
    assert claims_in(text) == [
        ("Ana Ruiz", "the budget was balanced"),
        ("Tom Ellery", "the budget was balanced"),
    ]


def test_a_person_and_a_titled_person_both_say_it() -> None:
    text = "Ana Ruiz and her deputy Tom Ellery said the budget was balanced."
    assert claims_in(text) == [
        ("Ana Ruiz", "the budget was balanced"),
        ("Tom Ellery", "the budget was balanced"),
    ]


def test_a_person_and_a_relation_after_a_quotation_both_say_it() -> None:
    text = '"We are done," Ana Ruiz and her deputy, Tom Ellery, said.'
    assert claims_in(text) == [("Ana Ruiz", "We are done"), ("Tom Ellery", "We are done")]


def test_a_person_and_a_relation_after_said_both_say_it() -> None:
    text = '"We are done," said Ana Ruiz and her deputy, Tom Ellery.'
    assert claims_in(text) == [("Ana Ruiz", "We are done"), ("Tom Ellery", "We are done")]


def test_a_person_before_a_possessive_that_is_no_role_does_not_speak() -> None:
    text = "Ana Ruiz and her dog, Tom Ellery said the house was sold."
    assert claims_in(text) == [("Tom Ellery", "the house was sold")]


def test_two_people_after_the_quotation_both_say_it() -> None:
    text = '"The talks have stalled," union organisers Ana Ruiz and Tom Ellery said.'
    assert claims_in(text) == [
        ("Ana Ruiz", "The talks have stalled"),
        ("Tom Ellery", "The talks have stalled"),
    ]


def test_a_capitalised_plural_role_is_the_title_of_the_two_after_a_quotation() -> None:
    text = '"We are thrilled," Producers Ana Ruiz and Tom Ellery said.'
    assert claims_in(text) == [
        ("Ana Ruiz", "We are thrilled"),
        ("Tom Ellery", "We are thrilled"),
    ]


def test_a_plural_role_opening_the_sentence_is_the_title_of_the_speaker() -> None:
    text = "Producers Ana Ruiz said the film would open in May."
    assert claims_in(text) == [("Ana Ruiz", "the film would open in May")]


def test_a_plural_role_before_a_clause_word_is_part_of_an_organisation() -> None:
    text = "Doctors Without Borders said the clinic was full."
    assert claims_in(text) == [("Doctors Without Borders", "the clinic was full")]


def test_two_people_after_said_both_say_it() -> None:
    text = '"The talks have stalled," said Ana Ruiz and Tom Ellery, the two negotiators.'
    assert claims_in(text) == [
        ("Ana Ruiz", "The talks have stalled"),
        ("Tom Ellery", "The talks have stalled"),
    ]


def test_a_company_named_for_two_people_is_one_speaker() -> None:
    # Single words on both sides of "and" may be one company's name.
    assert len(claims_in("Marks and Spencer said its sales fell.")) == 1


# --- Saying nothing -------------------------------------------------------------------


def test_saying_nothing_is_no_statement() -> None:
    text = "Tom Ellery said nothing when reporters approached him, the ferry company said."
    assert claims_in(text) == [
        ("Ferry company", "Tom Ellery said nothing when reporters approached him")
    ]
    assert claims_in("Mara Quint said little about the deal.") == []


def test_nothing_as_the_subject_of_a_statement() -> None:
    assert claims_in("Tom Ellery said nothing was stolen.") == [
        ("Tom Ellery", "nothing was stolen")
    ]
    text = 'Mara Quint said: "Nothing about this is fair."'
    assert claims_in(text) == [("Mara Quint", "Nothing about this is fair.")]


# --- A participle saying more -------------------------------------------------------


def test_explaining_that_after_the_speaker_of_a_quotation() -> None:
    text = (
        '"We are going back to the old days," said producer Tom Ellery, '
        "explaining that the show needed a change."
    )
    assert claims_in(text) == [
        ("Tom Ellery", "We are going back to the old days"),
        ("Tom Ellery", "the show needed a change"),
    ]


def test_adding_that_after_a_statement_is_a_second_statement() -> None:
    text = "Mara Quint said the pier would close, adding that repairs would take a year."
    assert claims_in(text) == [
        ("Mara Quint", "the pier would close"),
        ("Mara Quint", "repairs would take a year"),
    ]


def test_saying_that_after_what_the_subject_did() -> None:
    text = "Helix Chemicals cut its prices on Monday, saying that demand had fallen."
    assert claims_in(text) == [("Helix Chemicals", "demand had fallen")]


def test_saying_that_inside_a_reported_clause_is_not_the_reporter_speaking() -> None:
    # The driver said he was late, not the police: the reported clause keeps it.
    text = "Police said the driver refused to stop, saying that he was late."
    assert claims_in(text) == [("Police", "the driver refused to stop, saying that he was late")]


def test_a_participle_inside_a_quotation_is_the_speaker_s_words() -> None:
    text = 'Ana Ruiz said: "We are done, saying that is easy."'
    assert claims_in(text) == [("Ana Ruiz", "We are done, saying that is easy.")]


# --- Forms of wire copy and of other newsrooms --------------------------------------


def test_a_role_named_by_its_office_without_an_article() -> None:
    text = "The pirates fired on the ship at noon, Navy spokesperson said."
    assert claims_in(text) == [("Navy spokesperson", "The pirates fired on the ship at noon")]


def test_said_here_leaves_the_statement_before_the_verb() -> None:
    text = "The pirates came in three boats, a Navy spokesman said here on Sunday."
    assert claims_in(text) == [("Navy spokesman", "The pirates came in three boats")]
    text = "A Navy spokesman said there were three boats."
    assert claims_in(text) == [("Navy spokesman", "there were three boats")]


def test_he_is_never_the_subject_of_his_own_words() -> None:
    text = (
        "The commandos rescued the ship, the Navy spokesperson said. "
        "MV Gibe was later escorted to safety, he added."
    )
    assert claims_in(text) == [
        ("Navy spokesperson", "The commandos rescued the ship"),
        ("Navy spokesperson", "MV Gibe was later escorted to safety"),
    ]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"We came to visit," said Troy resident Suri Charanjit.', "Suri Charanjit"),
        ('Comedian Ellen DeGeneres will host. "I am excited," DeGeneres said.', "Ellen DeGeneres"),
    ],
)
def test_what_a_person_is_stays_out_of_the_name(text: str, speaker: str) -> None:
    assert [name for name, _ in claims_in(text)] == [speaker]
    assert speakers_in(text) == [speaker]


@pytest.mark.parametrize(
    ("text", "statement"),
    [
        (
            "According to Laurence Mark, producer of the telecast, the show will be short.",
            "the show will be short",
        ),
        (
            '"I am so excited to host again," Mara Quint said in a release announcing the news.',
            "I am so excited to host again",
        ),
        (
            "Mara Quint said in a statement issued Friday that the zoo would reopen.",
            "the zoo would reopen",
        ),
        (
            "Mara Quint said attacking the ports would not work.",
            "attacking the ports would not work",
        ),
    ],
)
def test_what_is_said_past_a_description_or_a_participle(text: str, statement: str) -> None:
    assert [said for _, said in claims_in(text)] == [statement]


def test_where_a_title_is_held_is_no_speaker() -> None:
    text = (
        '"The skiffs turned back," Manohar Nambiar, Chief Public Relations Officer, Defence, said.'
    )
    assert claims_in(text) == [("Manohar Nambiar", "The skiffs turned back")]


@pytest.mark.parametrize(
    ("text", "statement"),
    [
        (
            'Mara Quint announced the news in a tweet: "The zoo reopens on Friday!"',
            "The zoo reopens on Friday!",
        ),
        (  # a colon inside the statement itself stays in it
            'Mara Quint said the plan had one flaw: "it was late".',
            'the plan had one flaw: "it was late"',
        ),
    ],
)
def test_a_quotation_introduced_by_its_medium(text: str, statement: str) -> None:
    assert [said for _, said in claims_in(text)] == [statement]
