"""News of styles the PolNeAR corpus has little of (sports reports, court reports, company
news, British news, wire copy): one regression case per cause fixed in the fourteenth
round.

Every text here was written for the test, with invented people, places and outlets, and
is read by the model-free default path.
"""

from __future__ import annotations

from findings import quotes


def test_an_age_and_a_noun_stand_for_the_person_named_before():
    """ "said the 24-year-old striker": the player the report named."""
    text = ('Luis Ferreira scored twice in the last ten minutes as Caldmoor beat Ashby 2-1.\n\n'
            '"I just kept believing," said the 24-year-old striker. "The lads never stopped '
            'running."\n')
    found = quotes(text)
    assert found['"I just kept believing,"'] == \
        ("direct", "the 24-year-old striker", "Luis Ferreira"), found
    assert found['"The lads never stopped running."'][2] == "Luis Ferreira", found


def test_someone_new_speaks_as_themselves():
    """ "A pal of the couple said", "A representative for Lott said", "the Marlow Islands'
    central bank": a speaker the story brings in with a noun is an entity of its own."""
    text = ("Reality star Kerry Daws has split from Jamie Lott.\n\n"
            "A pal of the couple said: 'Everyone was shocked. They seemed so happy.'\n\n"
            "A representative for Lott said he wished her well.\n\n"
            "The Marlow Islands' central bank raised its main rate on Wednesday, saying "
            'inflation remained "stubbornly high".\n')
    found = quotes(text)
    assert found["'Everyone was shocked. They seemed so happy.'"] == \
        ("direct", "A pal of the couple", "A pal of the couple"), found
    assert found["he wished her well"] == \
        ("indirect", "A representative for Lott", "A representative for Lott"), found
    assert found['"stubbornly high"'] == ("mixed", "The Marlow Islands' central bank",
                                          "The Marlow Islands' central bank"), found


def test_the_company_is_the_company_the_story_named():
    """ "The company said": the business named before, not a new entity "The company";
    but no institute or newspaper is a company."""
    text = ("Corvane Systems said on Thursday that quarterly profit rose 18 percent.\n\n"
            '"We saw strong orders from every region," chief executive Jo Lin said on a call '
            "with analysts.\n\n"
            "The company said in a statement that it would buy back $2 billion of shares.\n")
    found = quotes(text)
    assert found["quarterly profit rose 18 percent"] == \
        ("indirect", "Corvane Systems", "Corvane Systems"), found
    assert found["it would buy back $2 billion of shares"] == \
        ("indirect", "The company", "Corvane Systems"), found
    text = ("Wages fell, according to the Harwick Institute for Labour Studies.\n\n"
            "The company said in a statement that it would cut 300 jobs.\n")
    found = quotes(text)
    assert found["it would cut 300 jobs"][2] != "Harwick Institute for Labour Studies", found


def test_letters_after_a_name_are_no_organisation():
    """ "Gillian Marr KC", "Tom Hurst MP": the person speaks, her letters are no part of
    her name and name no organisation."""
    text = ('Opening the case, Gillian Marr KC told jurors that the defendant had "lured" the '
            'victim to a car park.\n\n"He planned this attack in detail," Ms Marr said.\n\n'
            'Tom Hurst MP said the plan would fail.\n')
    found = quotes(text)
    assert found['"lured"'][::2] == ("mixed", "Gillian Marr"), found
    assert found['"He planned this attack in detail,"'] == ("direct", "Ms Marr", "Gillian Marr")
    assert found["the plan would fail"][::2] == ("indirect", "Tom Hurst"), found


def test_goods_recalled_are_no_words():
    """ "Halvorsen Foods has recalled 12,000 jars": a product recall, not a memory told."""
    text = ("Halvorsen Foods has recalled 12,000 jars of peanut butter after traces of glass "
            "were found in one batch.\n\nMarta Quist recalled that 12 people had died.\n")
    found = quotes(text)
    assert list(found) == ["12 people had died"], found


def test_its_role_before_a_name_frames_a_direct_quote():
    """ '"A," its director, Moira Quinn, said': "its" opens the subject as "her" does."""
    text = ('Consumer group Fairshop said the recall came too late. "Halvorsen knew about the '
            'complaints for a week before acting," its director, Moira Quinn, said.\n')
    found = quotes(text)
    assert found['"Halvorsen knew about the complaints for a week before acting,"'] == \
        ("direct", "its director", "Moira Quinn"), found


def test_agency_after_an_abbreviated_state_is_a_dateline():
    """ "BRENNAN FALLS, Ore. (AP) — A, officials said": the splitter may end a sentence at
    "Ore.", and "(AP) —" is still the dateline, no part of the statement."""
    for agency in ("(AP) —", "(Reuters) -"):
        text = (f"BRENNAN FALLS, Ore. {agency} A wildfire that forced thousands to flee was 40 "
                "percent contained by Sunday, fire officials said.\n")
        found = quotes(text)
        assert found["A wildfire that forced thousands to flee was 40 percent contained by "
                     "Sunday"] == ("indirect", "fire officials", "fire officials"), found


def test_no_one_opens_a_reported_clause():
    """ "said no one had been injured", "said no decision had been made": a subject, not
    the answer "no" ("said no to the plan")."""
    text = ("Fire chief Anita Brooks said no one had been seriously injured. She said no "
            "decision had been made on the school.\n")
    found = quotes(text)
    assert found["no one had been seriously injured"][::2] == ("indirect", "Anita Brooks"), found
    assert found["no decision had been made on the school"][::2] == \
        ("indirect", "Anita Brooks"), found


def test_people_at_an_organisation_speak_when_they_open_the_sentence():
    """ "Economists at the Harwick Institute cautioned": the economists, not the institute,
    though the capital that opens the sentence makes "Economists" look like a name."""
    text = ("Economists at the Harwick Institute cautioned that both sides were using "
            "outdated estimates.\n")
    found = quotes(text)
    assert found["both sides were using outdated estimates"] == \
        ("indirect", "Economists at the Harwick Institute",
         "Economists at the Harwick Institute"), found


def test_a_quote_right_before_a_framed_quote_is_the_same_speakers():
    """ '“A.” “B,” said X.': X's two sentences; but not the answer to a question."""
    text = ('"The roof just lifted off." "We grabbed the children and ran for the cellar," '
            "said Derek Oyelaran, whose farmhouse near Welby was hit by the tornado.\n\n"
            'A reporter stopped Mina Rask outside. "Are you running?" "No," she said.\n')
    found = quotes(text)
    assert found['"The roof just lifted off."'] == \
        ("direct", "Derek Oyelaran", "Derek Oyelaran"), found
    assert found['"We grabbed the children and ran for the cellar,"'][2] == "Derek Oyelaran"
    assert found.get('"Are you running?"', (None, None, None))[2] != "Mina Rask", found


def test_single_quote_goes_on_over_paragraphs():
    """British style: a single quote that opens each paragraph and closes only in the last
    is one quote, as with double marks."""
    text = ("The head of the inquiry, Dame Alison Crewe, delivered her findings on Thursday.\n\n"
            "'The failures were not the fault of any one person,' she said.\n\n"
            "'They were the result of a culture in which nobody felt able to speak up.\n\n"
            "'That culture must change, and it must change now.'\n")
    found = quotes(text)
    multi = ("'They were the result of a culture in which nobody felt able to speak up.\n\n"
             "'That culture must change, and it must change now.'")
    assert found[multi] == ("direct", "she", "Alison Crewe"), found


def test_a_description_with_a_past_or_a_team_is_the_person_named_before():
    """ "said the former Caldmoor midfielder": the manager the story named."""
    text = ("Ashby manager Neil Crane has been sacked after six straight defeats.\n\n"
            "'I gave everything to this club,' said the former Caldmoor midfielder.\n")
    found = quotes(text)
    assert found["'I gave everything to this club,'"] == \
        ("direct", "the former Caldmoor midfielder", "Neil Crane"), found


def test_the_company_is_the_one_the_story_has_act():
    """ "The carmaker said": the company the story is about ("Frankfurt-based Keller Motors
    cut its forecast"), not the one its analysts work at; "-based" is no part of a name."""
    text = ("Frankfurt-based Keller Motors cut its profit forecast on Tuesday.\n\n"
            "Analysts at Brightwater Capital said the warning was the third this year.\n\n"
            "The carmaker said it would cut 2,000 jobs in Germany.\n")
    found = quotes(text)
    assert found["it would cut 2,000 jobs in Germany"] == \
        ("indirect", "The carmaker", "Keller Motors"), found


def test_football_clubs_are_organisations():
    """ "Caldmoor Rovers came from behind": a club, not a person who could stand for "the
    24-year-old striker"; "the club said" is the club."""
    text = ("Caldmoor Rovers came from behind to beat Ashby 2-1 on Saturday, with Luis Ferreira "
            "scoring twice.\n\n"
            '"I just kept believing," said the 24-year-old striker.\n\n'
            "Dunmore Athletic have sacked manager Neil Crane after six straight defeats.\n\n"
            "The club said in a statement that Crane had left by mutual consent.\n")
    found = quotes(text)
    assert found['"I just kept believing,"'][2] == "Luis Ferreira", found
    assert found["Crane had left by mutual consent"] == \
        ("indirect", "The club", "Dunmore Athletic"), found


def test_a_company_set_off_after_a_noun_its_country_modifies():
    """ "Britain's biggest bank, Harwell Holdings, said": the bank, not Britain."""
    found = quotes("LONDON (Reuters) - Britain's biggest bank, Harwell Holdings, said on "
                   "Tuesday it would close 40 branches.\n")
    assert found["it would close 40 branches"] == \
        ("indirect", "Britain's biggest bank", "Harwell Holdings"), found


def test_according_to_a_statement_from_someone():
    """ "According to a statement from the Valley Passengers' Association, A": the
    association's statement is the source, and "from ..." is no part of A."""
    found = quotes("According to a statement from the Valley Passengers' Association, fares "
                   "will rise by 4 percent.\n")
    assert found["fares will rise by 4 percent"][:2] == \
        ("indirect", "a statement from the Valley Passengers' Association"), found
