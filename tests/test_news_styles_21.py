"""News of styles the earlier style waves did not try, read by the model-free default
path: British police ranks abbreviated without periods ("Det Supt X, of Y Police, said:",
"PC Jane Rowe" and then "said PC Rowe", "DCI", "Det Insp"), US sports copy's "per coach
X" closing a sentence, a stock-exchange statement, "told shareholders at the annual
general meeting" and "in his annual letter to shareholders", a resignation letter "seen
by" a paper and "in a WhatsApp message", a radio show's "called the plan, quote, “A”", a
Q&A interview with "(Laughs.)", "told the Commons" and "told MPs" with British single
quotes, "told RNZ's Morning Report", an attribution in parentheses closing a sentence
("(according to the county engineer, X)"), a quote broken by em dashes, an Irish
funeral ("Fr Tom Kenny told the congregation", "His daughter Aoife said:"), Australian
"told ABC Radio National" and "told Sky News", a French quote with its translation in
parentheses, a Crown Court sentencing ("Sentencing X, Judge Y said", "in a letter read
to the court by her barrister"), an earnings call, a flood's State Emergency Service and
Bureau of Meteorology, apostrophes inside British single quotes ("'We didn't ...,' said
O'Neill"), "Speaking to BBC Radio 4's Today programme, X said:", a post-game locker room,
a study's lead author and an outside neurologist, a council meeting ("told the
meeting"), a memo to staff "obtained by" a paper, "adding:", a widow named by her first
name after "His wife of 62 years,", a roundup of quotes each signed by a name in
parentheses ('“A.” (Finance minister X, on the budget.)'), a statement "released through
his lawyer", a participle aside between a cue and its quote ('“A,” she said, shaking her
head, “B.”'), an action beat between dashes, a couple "Tom and Ann Hughes" quoted as "Mr
Hughes" and "Mrs Hughes": a twenty-first wave, h61-sty in the twenty-ninth round.

Every article here was written for the test, with invented people, places and outlets,
before the library was run on it, and is read by the model-free default path (the
model-free annotator's Document; no parse models are installed for the Stanza path).
Each expected attribution is one case of ``findings.attribution_test``, whose docstring
tells the table's format. Of the 76 cases, 10 were wrong on the base commit; 7 are fixed
("said PC Rowe" named the rank as the person; "per coach X" closing a sentence credited
no one; a quote signed by a name in parentheses went to a heading's colon or to no one; a
quote and its translation in parentheses read as mixed; the second part of a quote after
"she said, shaking her head," read as mixed), 3 stayed strict xfails, of which the action
beat between dashes is fixed by h61-mix; "Mr Hughes" after "Tom and Ann Hughes" stays.
"""

from __future__ import annotations

import pytest
from findings import attribution_test, entities, quote_rows

import quotetrack

ARTICLES: dict[str, str] = {
    'uk-police': (
        "Detectives investigating a jewellery raid in Wexcombe have released images of "
        "two men they want to trace.\n\n"
        "Det Supt Mark Ellery, of Harnshire Police, said: 'These men may have "
        "information that is vital to our inquiry. I would urge them to come forward.'\n\n"
        "PC Jane Rowe, who was first at the scene, said the shop's owner had been left "
        "badly shaken.\n\n"
        "'He is a tough man, but this has hit him hard,' said PC Rowe.\n"),
    'per-coach': (
        'Renfield Bears quarterback Tyrell Oakes is "day-to-day" with a sprained '
        "ankle, per coach Andy Reyes.\n\n"
        '"He wants to play, and we will see on Friday," Reyes said after practice on '
        "Wednesday.\n\n"
        "Oakes, 23, was upbeat. \"It's nothing. I've played through worse,\" he said.\n"),
    'stock-exchange': (
        "Harlan Mining said in a statement to the stock exchange on Monday that output "
        "at its Torrin mine would fall by a third this year.\n\n"
        "Chief executive Petra Lind told shareholders at the annual general meeting in "
        'Perth that the company had "no choice but to slow the pit down."\n\n'
        '"Safety comes before tonnes," Ms Lind said.\n\n'
        "In his annual letter to shareholders, chairman Owen Drake wrote that the "
        "board still backed the mine's long-term plan.\n"),
    'resignation-letter': (
        "The head of Calloway's planning department has quit after a row over a "
        "housing scheme.\n\n"
        '"I can no longer defend decisions I do not believe in," Ruth Abara wrote in a '
        "resignation letter seen by the Calloway Courier.\n\n"
        "A council spokesperson said in a WhatsApp message that the authority thanked "
        "Ms Abara for her service.\n"),
    'quote-unquote': (
        "Speaking on a local radio show, Mayor Dennis Hale called the bus plan, quote, "
        '"unworkable."\n\n'
        "\"I said it then and I'll say it now, it will not work,\" Hale told the host.\n\n"
        "His rival, Councilwoman Gina Torres, said the mayor had never read the plan.\n"),
    'laughs': (
        "The chef Marco Bellini has run Trattoria Bellini in Ashford for 30 years. We "
        "spoke to him before his last service.\n\n"
        "Q: Will you miss it?\n\n"
        "A: Every day. (Laughs.) My wife will not.\n\n"
        "Q: What comes next?\n\n"
        "A: Fishing. Only fishing.\n"),
    'commons': (
        "The prime minister was accused of dodging questions about hospital waiting "
        "lists on Wednesday.\n\n"
        "Labour MP for Hartley West, Sarah Ndlovu, told the Commons that patients in "
        "her constituency were waiting two years for hip operations.\n\n"
        "'These are not numbers, they are my constituents,' she said.\n\n"
        "The health secretary, Graham Whitlow, told MPs the figures were falling.\n"),
    'nz-radio': (
        "The mayor of Port Aramoa says the town's water supply is safe to drink again.\n\n"
        "Mayor Hemi Walker told RNZ's Morning Report the boil-water notice would be "
        "lifted at noon.\n\n"
        '"We have tested every reservoir twice. People can turn their taps on," he '
        "said.\n"),
    'parenthetical': (
        "The Kessock bridge will not reopen this year (according to the county "
        "engineer, Dan Pike).\n\n"
        'Drivers were told to use the coast road. "It adds twenty minutes each way," '
        "said Alison Crane, a delivery driver.\n"),
    'dash-interruption': (
        "The fire chief was blunt.\n\n"
        '"This was — and I want to be very clear about this — a fire that someone '
        'set," Chief Laura Benning said on Thursday.\n\n'
        '"We will find out who," she added.\n'),
    'irish-funeral': (
        "Hundreds of mourners filled St Brigid's Church in Ballykeel for the funeral "
        "of Séamus Ó Briain, the fiddler who died last week aged 88.\n\n"
        'Fr Tom Kenny told the congregation that Mr Ó Briain had "played at every '
        'wedding in this parish for sixty years."\n\n'
        'His daughter Aoife said: "Dad never once played the same tune the same way '
        'twice."\n'),
    'australian': (
        "The Opposition Leader, Craig Hollis, says the government's housing plan will "
        "push up rents.\n\n"
        '"This is a plan written by people who have never rented a home," Mr Hollis '
        "told ABC Radio National on Tuesday.\n\n"
        "Housing Minister Kylie Mabbott told Sky News the Coalition had no plan of its "
        "own.\n"),
    'translation': (
        "The French fisheries minister did not mince words.\n\n"
        '"Nous sommes prêts" ("We are ready"), Hélène Marchais told reporters in '
        "Boulogne, when asked about a fishing ban.\n\n"
        "Her British counterpart, Tom Everly, said he hoped talks would resume.\n"),
    'court-uk': (
        "A former care worker who stole from elderly residents has been jailed for two "
        "years.\n\n"
        "Sentencing Joanne Pitt, 44, at Halmoor Crown Court, Judge Alan Ferris said "
        'she had "betrayed the trust of people who could not protect themselves."\n\n'
        "Prosecutor Nadia Hussain told the court that Pitt took more than £12,000.\n\n"
        "'I am deeply ashamed,' Pitt said in a letter read to the court by her "
        "barrister.\n"),
    'earnings-call': (
        "Shares in Verity Foods rose 6% after the snack maker beat forecasts.\n\n"
        '"Demand held up far better than we feared," chief executive Mona Saleh told '
        'analysts on a call. "Shoppers are still treating themselves."\n\n'
        "Chief financial officer Ian Brook said margins would improve in the second "
        "half.\n"),
    'weather-officials': (
        "Floodwater was still rising in Merrow on Sunday night.\n\n"
        '"Do not drive through floodwater. It is the single most dangerous thing you '
        'can do," State Emergency Service spokeswoman Lisa Chang said.\n\n'
        "Bureau of Meteorology senior forecaster Dean Walsh said more rain was "
        "expected on Monday.\n\n"
        "Resident Bill Tanner, 71, said the water had reached his front step. \"I've "
        'lived here 40 years and never seen it like this," he said.\n'),
    'apostrophes': (
        "Kilrush Rovers' manager Declan O'Neill was in no mood to celebrate.\n\n"
        "'We didn't deserve it. The lads know that,' said O'Neill, whose side won 1-0.\n\n"
        "'It's the club's first win in ten games, but we'll take it,' added captain "
        "Rory Flynn.\n"),
    'told-bbc-today': (
        "The education secretary has defended plans to cut the number of school "
        "inspections.\n\n"
        "Speaking to BBC Radio 4's Today programme, Helen Marsh said: 'Heads tell me "
        "they spend more time on paperwork than on pupils.'\n\n"
        "The head of the National Teachers' Union, Gary Pell, told the BBC the plan "
        'was "a cut dressed up as reform".\n'),
    'postgame-locker': (
        "Coach Mike Danvers kept it short after the Falcons' 27-10 loss to Carver "
        "City.\n\n"
        "\"We didn't tackle. You can't win in this league if you don't tackle,\" Danvers "
        "said after the game.\n\n"
        "Linebacker Jamal Price, who had 11 tackles, was just as blunt in the locker "
        "room. \"That's on us,\" Price said. \"Not on the coaches.\"\n"),
    'study-author': (
        "People who walk at least 7,000 steps a day are less likely to develop "
        "dementia, a large study has found.\n\n"
        '"The effect was bigger than we expected," said Dr. Nadia Reyes, an '
        "epidemiologist at Corbin University and the study's lead author.\n\n"
        "Dr. Paul Oduya, a neurologist who was not involved in the research, said the "
        "findings were encouraging but not proof.\n"),
    'council-meeting': (
        "Plans for a skate park in Lindale were approved at Tuesday's council meeting "
        "after a two-hour debate.\n\n"
        "Councillor Amy Birch, who proposed the motion, told the meeting the town's "
        'young people had "nowhere to go after school."\n\n'
        "Councillor Frank Dolby voted against. 'It will be noisy and nobody has asked "
        "the neighbours,' he said.\n"),
    'memo-to-staff': (
        "Garnet Bank will cut 400 jobs, its chief executive told staff on Wednesday.\n\n"
        '"These decisions are never easy," Lorna Kemp wrote in a memo to employees '
        'obtained by the Ledger. "But we have to act now."\n\n'
        'A union official said members were "angry and frightened."\n'),
    'adding-colon': (
        'Mayor Jo Tran said the city would rebuild the pier, adding: "It belongs to '
        'everyone, and it will be back by summer."\n\n'
        "Not everyone agreed. Resident Sal Bruno said the money would be better spent "
        "on roads.\n"),
    'widow': (
        "Harold Finch, who ran the Grove Street bakery for half a century, died on "
        "Friday. He was 91.\n\n"
        "His wife of 62 years, Margaret, said he baked bread every morning until he "
        'was 85. "He never once slept past four," she said.\n\n'
        '"He gave away more than he sold," said his son, David Finch.\n'),
    'paren-attribution': (
        "Quotes of the week:\n\n"
        '"I have never lost an argument with a spreadsheet." (Finance minister Ola '
        "Berg, on the budget.)\n\n"
        "\"Rain is just the sky doing its job.\" (Groundskeeper Tim Alder, on Saturday's "
        "washout.)\n"),
    'statement-through-lawyer': (
        "The former director of the Harwick Museum denied any wrongdoing on Thursday.\n\n"
        '"I never took a penny that was not mine," Colin Ashby said in a statement '
        "released through his lawyer.\n\n"
        "The museum's board said in a statement that it would cooperate with police.\n"),
    "participle-aside": (
        "Coach Lena Ruiz was quiet after the Harriers' 3-0 defeat.\n\n"
        "\"We tried,\" she said, shaking her head, \"but it wasn't enough.\"\n\n"
        "Her captain, Nia Osei, said after a pause, \"We owe the fans more.\"\n"),
    "dash-beat": (
        "Coach Lena Ruiz was quiet after the Harriers' 3-0 defeat.\n\n"
        "\"We tried\" — she shook her head — \"but it wasn't enough.\"\n"),
    "couple": (
        "Tom and Ann Hughes have run the Corner Stores in Fenby for 30 years, and the council "
        "wants to knock it down.\n\n"
        "'We will fight this in the courts,' said Mr Hughes.\n\n"
        "'And we will win,' said Mrs Hughes.\n"),
}

EXPECTED: list[tuple] = [
    ("uk-police", "vital to our inquiry", "direct", "Det Supt Mark Ellery", "Mark Ellery"),
    ("uk-police", "badly shaken", "indirect", "PC Jane Rowe", "Jane Rowe"),
    ("uk-police", "this has hit him hard", "direct", "PC Rowe", "Jane Rowe"),
    ("per-coach", "day-to-day", "mixed", "coach Andy Reyes", "Andy Reyes"),
    ("per-coach", "we will see on Friday", "direct", "Reyes", "Andy Reyes"),
    ("per-coach", "played through worse", "direct", "he", "Tyrell Oakes"),
    ("stock-exchange", "would fall by a third", "indirect", "Harlan Mining", "Harlan Mining"),
    ("stock-exchange", "slow the pit down", "mixed", "Chief executive Petra Lind",
     "Petra Lind"),
    ("stock-exchange", "Safety comes before tonnes", "direct", "Ms Lind", "Petra Lind"),
    ("stock-exchange", "still backed the mine", "indirect", "chairman Owen Drake",
     "Owen Drake"),
    ("resignation-letter", "no longer defend decisions", "direct", "Ruth Abara",
     "Ruth Abara"),
    ("resignation-letter", "thanked Ms Abara", "indirect", "A council spokesperson", None),
    ("quote-unquote", "unworkable", "mixed", "Mayor Dennis Hale", "Dennis Hale"),
    ("quote-unquote", "it will not work", "direct", "Hale", "Dennis Hale"),
    ("quote-unquote", "never read the plan", "indirect", "Councilwoman Gina Torres",
     "Gina Torres"),
    # a Q&A's answers are the interviewee's (h62-qa, thirtieth round: they were no one's)
    ("laughs", "My wife will not", "indirect", "A", "Marco Bellini"),
    ("laughs", "Only fishing", "indirect", "A", "Marco Bellini"),
    ("commons", "waiting two years", "indirect", "Sarah Ndlovu", "Sarah Ndlovu"),
    ("commons", "not numbers", "direct", "she", "Sarah Ndlovu"),
    ("commons", "the figures were falling", "indirect", "Graham Whitlow", "Graham Whitlow"),
    ("nz-radio", "safe to drink again", "indirect", "The mayor of Port Aramoa", None),
    ("nz-radio", "lifted at noon", "indirect", "Mayor Hemi Walker", "Hemi Walker"),
    ("nz-radio", "tested every reservoir", "direct", "he", "Hemi Walker"),
    ("parenthetical", "will not reopen this year", "indirect", "the county engineer", None),
    ("parenthetical", "twenty minutes each way", "direct", "Alison Crane", "Alison Crane"),
    ("dash-interruption", "a fire that someone set", "direct", "Chief Laura Benning",
     "Laura Benning"),
    ("dash-interruption", "We will find out who", "direct", "she", "Laura Benning"),
    ("irish-funeral", "every wedding in this parish", "mixed", "Fr Tom Kenny", "Tom Kenny"),
    ("irish-funeral", "the same tune", "direct", "His daughter Aoife", "Aoife"),
    ("australian", "push up rents", "indirect", "Craig Hollis", "Craig Hollis"),
    ("australian", "never rented a home", "direct", "Mr Hollis", "Craig Hollis"),
    ("australian", "no plan of its own", "indirect", "Housing Minister Kylie Mabbott",
     "Kylie Mabbott"),
    ("translation", "Nous sommes prêts", "direct", "Hélène Marchais", "Hélène Marchais"),
    ("translation", "We are ready", "direct", "Hélène Marchais", "Hélène Marchais"),
    ("translation", "talks would resume", "indirect", "Tom Everly", "Tom Everly"),
    ("court-uk", "betrayed the trust", "mixed", "Judge Alan Ferris", "Alan Ferris"),
    ("court-uk", "took more than", "indirect", "Prosecutor Nadia Hussain", "Nadia Hussain"),
    ("court-uk", "deeply ashamed", "direct", "Pitt", "Joanne Pitt"),
    ("earnings-call", "far better than we feared", "direct", "chief executive Mona Saleh",
     "Mona Saleh"),
    ("earnings-call", "treating themselves", "direct", None, "Mona Saleh"),
    ("earnings-call", "margins would improve", "indirect",
     "Chief financial officer Ian Brook", "Ian Brook"),
    ("weather-officials", "single most dangerous", "direct",
     "State Emergency Service spokeswoman Lisa Chang", "Lisa Chang"),
    ("weather-officials", "more rain was expected", "indirect",
     "Bureau of Meteorology senior forecaster Dean Walsh", "Dean Walsh"),
    ("weather-officials", "reached his front step", "indirect", "Resident Bill Tanner",
     "Bill Tanner"),
    ("weather-officials", "never seen it like this", "direct", "he", "Bill Tanner"),
    ("apostrophes", "We didn't deserve it", "direct", "O'Neill", "Declan O'Neill"),
    ("apostrophes", "we'll take it", "direct", "captain Rory Flynn", "Rory Flynn"),
    ("told-bbc-today", "Heads tell me", "direct", "Helen Marsh", "Helen Marsh"),
    ("told-bbc-today", "a cut dressed up as reform", "mixed", "Gary Pell", "Gary Pell"),
    ("postgame-locker", "You can't win", "direct", "Danvers", "Mike Danvers"),
    ("postgame-locker", "That's on us", "direct", "Price", "Jamal Price"),
    ("postgame-locker", "Not on the coaches", "direct", None, "Jamal Price"),
    ("study-author", "bigger than we expected", "direct", "Dr. Nadia Reyes", "Nadia Reyes"),
    ("study-author", "encouraging but not proof", "indirect", "Dr. Paul Oduya", "Paul Oduya"),
    ("council-meeting", "nowhere to go after school", "mixed", "Councillor Amy Birch",
     "Amy Birch"),
    ("council-meeting", "nobody has asked the neighbours", "direct", "he", "Frank Dolby"),
    ("memo-to-staff", "never easy", "direct", "Lorna Kemp", "Lorna Kemp"),
    ("memo-to-staff", "act now", "direct", "Lorna Kemp", "Lorna Kemp"),
    ("memo-to-staff", "angry and frightened", "mixed", "A union official", None),
    ("adding-colon", "rebuild the pier", "indirect", "Mayor Jo Tran", "Jo Tran"),
    ("adding-colon", "back by summer", "direct", "Mayor Jo Tran", "Jo Tran"),
    ("adding-colon", "better spent on roads", "indirect", "Resident Sal Bruno", "Sal Bruno"),
    ("widow", "baked bread every morning", "indirect", "Margaret", "Margaret"),
    ("widow", "slept past four", "direct", "she", "Margaret"),
    ("widow", "gave away more than he sold", "direct", "his son", "David Finch"),
    ("paren-attribution", "argument with a spreadsheet", "direct",
     "Finance minister Ola Berg", "Ola Berg"),
    ("paren-attribution", "the sky doing its job", "direct", "Groundskeeper Tim Alder",
     "Tim Alder"),
    ("statement-through-lawyer", "never took a penny", "direct", "Colin Ashby",
     "Colin Ashby"),
    ("statement-through-lawyer", "cooperate with police", "indirect", "The museum's board",
     None),
    ("participle-aside", "We tried", "direct", "she", "Lena Ruiz"),
    ("participle-aside", "wasn't enough", "direct", "she", "Lena Ruiz"),
    # "said after a pause, “A.”": an adjunct between cue and quote (h61-mix)
    ("participle-aside", "We owe the fans more", "direct", "Nia Osei", "Nia Osei"),
    ("dash-beat", "We tried", "direct", "she", "Lena Ruiz"),
    ("dash-beat", "wasn't enough", "direct", "she", "Lena Ruiz"),
    ("couple", "fight this in the courts", "direct", "Mr Hughes", "Tom Hughes"),
    ("couple", "And we will win", "direct", "Mrs Hughes", "Ann Hughes"),
]

NOT_YET: dict[tuple[str, str], str] = {
    ("couple", "fight this in the courts"): (
        "two given names sharing one surname ('Tom and Ann Hughes'): the tagger makes 'Tom' "
        "a name of its own, so 'Mr Hughes' starts a new entity 'Hughes' (Mrs Hughes goes to "
        "Ann Hughes)"),
}

test_attribution = attribution_test(ARTICLES, EXPECTED, NOT_YET)


def _rows(text: str) -> list[tuple[str, str, str | None, str | None]]:
    return quote_rows(text)


@pytest.mark.parametrize("rank, later", [
    ("PC", "PC"), ("DCI", "DCI"), ("Det Insp", "Det Insp"), ("Ch Supt", "Ch Supt"),
])
def test_a_british_police_rank_without_periods_opens_the_name(rank, later):
    """ "PC Jane Rowe said A. ... said PC Rowe": the rank is no name of its own, and the
    surname after it is Jane Rowe's."""
    text = (f"{rank} Jane Rowe said the owner was shaken.\n\n"
            f"'He is a tough man,' said {later} Rowe.\n")
    rows = _rows(text)
    assert [r[3] for r in rows] == ["Jane Rowe", "Jane Rowe"], rows
    assert ("Jane Rowe", "PERSON") in entities(text)


def test_a_rank_shaped_acronym_before_no_name_is_left_alone():
    """ "PC sales fell 4%, IDC said": "PC" is no rank there, and IDC speaks."""
    rows = _rows("PC sales fell 4% in the quarter, IDC said.\n")
    assert rows == [("PC sales fell 4% in the quarter", "indirect", "IDC", "IDC")]


@pytest.mark.parametrize("text, piece, mention", [
    ("Oakes is \"day-to-day\" with a sprained ankle, per coach Andy Reyes.\n",
     "day-to-day", "coach Andy Reyes"),
    ("The deal is \"all but done,\" per a person familiar with the talks.\n",
     "all but done", "a person familiar with the talks"),
    ("Oakes is day-to-day with a sprained ankle, per coach Andy Reyes.\n",
     "Oakes is day-to-day", "coach Andy Reyes"),
    ("Per coach Andy Reyes, Oakes is day-to-day.\n", "Oakes is day-to-day",
     "coach Andy Reyes"),
])
def test_per_x_closing_the_sentence_credits_x(text, piece, mention):
    """ "A is “B,” per coach X." (sports copy): X's words, as with ", according to X."; a
    role noun before the name ("per coach X") names a source as "per X" does."""
    rows = [r for r in _rows(text) if piece in r[0]]
    assert [r[2] for r in rows] == [mention], _rows(text)


@pytest.mark.parametrize("text", [
    "Tickets cost \"a fortune,\" at $90 per person.\n",
    "Oakes called the ankle \"fine,\" per coach Andy Reyes, who watched practice.\n",
])
def test_per_that_is_a_rate_or_runs_on_credits_no_one(text):
    """ "$90 per person" is a rate; a "per X" that the sentence runs on past is no closing
    frame: no quote goes to the one after "per"."""
    assert not any(r[2] and ("person" in r[2] or "Reyes" in r[2]) for r in _rows(text))


@pytest.mark.parametrize("text, mention", [
    ("Quotes of the week:\n\n\"Rain is just the sky doing its job.\" (Groundskeeper Tim "
     "Alder, on Saturday's washout.)\n", "Groundskeeper Tim Alder"),
    ("\"It will pass.\" (Mayor Jo Lee)\n", "Mayor Jo Lee"),
])
def test_a_name_in_parentheses_signs_the_quote(text, mention):
    """ '“A.” (Groundskeeper X, on the washout.)' on the quote's own line: X speaks, over a
    heading's colon before."""
    assert [r[2] for r in _rows(text)] == [mention]


@pytest.mark.parametrize("text", [
    "Jane Doe spoke first.\n\n\"We will win.\" (She was smiling.)\n",
    "\"Estamos listos\" (in Spanish), she said.\n",
    "\"We will win.\" (Reuters)\n",
])
def test_a_parenthesis_that_names_no_one_signs_nothing(text):
    """A pronoun's sentence, a language, an outlet in parentheses after a quote: no
    signature; the quote keeps whatever its frame gives it."""
    assert not any(r[2] in ("She", "Reuters", "in Spanish") for r in _rows(text))


@pytest.mark.parametrize("text, n", [
    ("\"Nous sommes prêts\" (\"We are ready\"), said Hélène Marchais.\n", 2),
    ("\"Nous sommes prêts\" (We are ready), Hélène Marchais told reporters.\n", 1),
    ("\"It is over\" (the deal, that is), she said.\n", 1),
])
def test_a_quote_and_its_gloss_in_parentheses_are_direct(text, n):
    """ '“A” (“B”), X said', '“A” (B), X told reporters': a translation or a gloss in
    parentheses after the quote is no clause the quote stands in; each quote is direct."""
    rows = _rows(text)
    assert [r[1] for r in rows] == ["direct"] * n, rows


def test_a_fragment_before_a_gloss_stays_mixed():
    """ "The minister called the ban “inacceptable” (unacceptable), X said": the quote
    stands inside the statement's clause."""
    rows = _rows("The minister called the ban \"inacceptable\" (unacceptable), Hélène "
                 "Marchais said.\n")
    assert [r[1] for r in rows] == ["mixed"], rows


@pytest.mark.parametrize("text, kind", [
    ("The mayor said, pausing, \"We will rebuild.\"\n", "direct"),
    ("\"We tried,\" she said, shaking her head, \"but it wasn't enough.\"\n", "direct"),
    # the quote runs on into its clause: a fragment of the statement
    ("The mayor said, referring to the bill, \"a disaster\" was coming.\n", "mixed"),
    # a participle that takes the quote as its object: mixed, as before
    ("Jo Lee said he was leaving, citing \"personal reasons.\"\n", "mixed"),
])
def test_a_participle_aside_between_cue_and_quote(text, kind):
    """ "X said, shaking her head, “A.”": the aside on how the words were said leaves the
    quote after its frame (direct) when the quote runs to the sentence's end."""
    rows = [r for r in _rows(text) if r[0].startswith("\"")]
    assert [r[1] for r in rows][-1] == kind, rows


def test_the_articles_read_whole():
    """Every article reads through without error on the model-free path."""
    for text in ARTICLES.values():
        assert quotetrack.extract(text).text == text
