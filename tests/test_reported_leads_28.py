"""Reported-speech leads left by round 27 (h59-rem, h57-rly, h58-doc, h58-jnk), fixed or
pinned in round 28: a recall that takes back an office holder or goods, a statement
relayed by a document that closes the sentence ("X thought A, minutes released on
Wednesday showed"), a quoted question under "according to the transcript", a
non-restrictive quoting relative ("The report, which quoted X as saying A, angered B"),
the writer after "from" ("A memo to staff from X said A"), question frames ("Asked about
X, Y said"), and "remember", which stays no cue.  All texts are invented; read by the
model-free default path unless a test says otherwise.
"""

from __future__ import annotations

import pytest
from findings import parsed_quotes
from findings import relay_rows as rows
from handparse import spec_rows

import quotetrack


# ------------------------------------------------------------- "remember": no cue
@pytest.mark.parametrize("text", [
    "She remembers that the clinic closed twice.\n",
    "He did not remember that the clinic closed.\n",
    "We have to remember that the deficit is growing.\n",
    "It is worth remembering that the deficit is growing.\n",
    "Remember, the polls close at eight.\n",
])
def test_remember_stays_no_cue(text):
    """Measured again in round 28 with a check of the word before it ("to", a modal,
    "not"): the checked rule found no more gold statements on PolNeAR train and cost one
    (a clause after "should remember that" lost its own "say" frame), so "remember" is
    still no cue; its statements, appeals and asides stay empty."""
    assert rows(text) == []


# ------------------------------------------------- a recall takes back, tells nothing
@pytest.mark.parametrize("text", [
    "Voters recalled the mayor in 2019.\n",
    "Voters in the district recalled two school board members last spring.\n",
    "Ford recalled the trucks after a fire.\n",
    "The company recalled 40,000 cribs in March.\n",
])
def test_a_recall_of_an_office_holder_or_goods_is_no_statement(text):
    """"recalled" with an office holder or goods as its object (and at most a time or a
    reason after it) is a recall election or a product recall: nobody's words."""
    assert rows(text) == []


@pytest.mark.parametrize("text, statement", [
    ("Dana Whitfield recalled the mayor telling her the plan was dead.\n",
     "the mayor telling her the plan was dead"),
    ("Dana Whitfield recalled the mayor as a kind man.\n", "the mayor as a kind man"),
    ("Dana Whitfield recalled the governor's words.\n", "the governor's words"),
    ("Dana Whitfield recalled that the mayor was kind.\n", "the mayor was kind"),
    ("Dana Whitfield recalled the night the clinic closed.\n",
     "the night the clinic closed"),
])
def test_a_recalled_memory_of_a_person_stays_a_statement(text, statement):
    """Near misses: a gerund, "as" and a description, a possessor's words, a clause: a
    memory the speaker tells."""
    assert rows(text) == [(statement, "indirect", "Dana Whitfield", None)]


# ------------------------------------------- a document that closes the sentence relays
@pytest.mark.parametrize("text, statement, relay", [
    ("Lee thought the plan was dead, minutes released on Wednesday showed.\n",
     "the plan was dead", "minutes"),
    ("Lee wanted the plan scrapped, emails obtained by the Post show.\n",
     "the plan scrapped", "emails"),
    ("Lee said the plan was dead, emails obtained by the Post show.\n",
     "the plan was dead", "emails"),
    ("Lee said the plan was dead, court documents obtained by The Ledger showed.\n",
     "the plan was dead", "court documents"),
    ("Lee said the plan was dead, minutes of the meeting show.\n",
     "the plan was dead", "minutes of the meeting"),
    ("Lee opposed the plan, records show.\n", "the plan", "records"),
])
def test_a_closing_document_relays_the_statement_it_ends(text, statement, relay):
    """A document with a participle's phrase or an "of" after it closes the statement
    (no "..., minutes released on Wednesday showed" inside it) and relays it; a thought
    ("thought") or a stance ("wanted", "opposed") is relayed as a saying is."""
    assert rows(text)[0] == (statement, "indirect", "Lee", relay)


@pytest.mark.parametrize("text, statement", [
    ("Lee said the plan was dead, records released on Monday show that the council "
     "agreed.\n",
     "the plan was dead, records released on Monday show that the council agreed"),
    ("Lee said the plan was dead, and emails obtained by the Post show a split.\n",
     "the plan was dead, and emails obtained by the Post show a split"),
])
def test_a_document_with_a_finding_of_its_own_is_no_relay(text, statement):
    """Near misses: a finding of its own after the verb ("show that B", "show a split")."""
    assert rows(text) == [(statement, "indirect", "Lee", None)]


# ------------------------------------- a quoted question under "according to the transcript"
@pytest.mark.parametrize("text, addressee", [
    ("\"Where were you?\" the prosecutor asked, according to the transcript.\n", None),
    ("\"Where were you?\" asked the prosecutor, according to the transcript.\n", None),
    ("\"Did you sign it?\" the prosecutor asked Munoz, according to the transcript.\n",
     "Munoz"),
])
def test_a_quoted_question_is_the_askers_relayed_by_the_transcript(text, addressee):
    """'“Q?” X asked, according to Y': X asked it, Y relays (as '“A,” X said, according to
    Y' does); the one asked after "asked" is the addressee."""
    (q,) = quotetrack.extract(text).quotes
    assert q.kind == "direct"
    assert q.speaker_mention is not None and q.speaker_mention.text == "the prosecutor"
    assert q.reported_by_mention is not None and \
        q.reported_by_mention.text == "the transcript"
    got = q.addressee_mention.text if q.addressee_mention else None
    assert got == addressee


def test_asked_in_reported_speech_is_still_no_inner_frame():
    """Near miss: in a reported clause "asked" takes a request ("her family asked for
    privacy"), so the outer speaker keeps it and the relay stays the transcript."""
    text = "Lee said her family asked for privacy, according to the transcript.\n"
    assert rows(text) == [("her family asked for privacy", "indirect", "Lee",
                           "the transcript")]
    text = "The family asked for privacy, according to the statement.\n"
    assert rows(text) == [("The family asked for privacy", "indirect", "the statement",
                           None)]


def test_parsed_path_quoted_question_under_according_to():
    """The parsed path reads the same frame from a parse."""
    text = "“Where were you?” the prosecutor asked, according to the transcript."
    s = spec_rows("“/PUNCT/5/punct Where/ADV/3/advmod were/AUX/9/ccomp you/PRON/3/nsubj "
                  "?/PUNCT/3/punct ”/PUNCT/3/punct the/DET/8/det prosecutor/NOUN/9/nsubj "
                  "asked/VERB/0/root ,/PUNCT/14/punct according/VERB/14/case to/ADP/11/fixed "
                  "the/DET/14/det transcript/NOUN/9/obl ./PUNCT/9/punct")
    (q,) = parsed_quotes(text, [s])
    assert q.kind == "direct"
    assert q.speaker_mention is not None and q.speaker_mention.text == "the prosecutor"
    assert q.reported_by_mention is not None and \
        q.reported_by_mention.text == "the transcript"


# ------------------------------------------- "which quoted X as saying A", set off
@pytest.mark.parametrize("text, speaker, relay", [
    ("The report, which quoted Lee as saying the plan was dead, angered the mayor.\n",
     "Lee", "The report"),
    ("The Ledger, which quoted Jo Lee as saying the plan was dead, later corrected the "
     "story.\n", "Jo Lee", "The Ledger"),
    ("The report, which cited Lee as saying the plan was dead, angered the mayor.\n",
     "Lee", "The report"),
])
def test_a_set_off_quoting_relative_gives_the_quoted_statement(text, speaker, relay):
    """A relative set off by commas that quotes X: X's statement, ending at the comma that
    closes the relative, relayed by its antecedent."""
    assert rows(text) == [("the plan was dead", "indirect", speaker, relay)]


def test_a_restrictive_quoting_relative_names_no_relay():
    """Near miss: "A report that quoted Lee as saying A angered B" keeps its statement and
    names no relay (round 27's decision: an indefinite report names no one)."""
    text = "A report that quoted Lee as saying the plan was dead angered the mayor.\n"
    assert rows(text) == [("the plan was dead", "indirect", "Lee", None)]


def test_a_set_off_relative_that_quotes_no_words_is_no_statement():
    assert rows("The report, which quoted Lee, angered the mayor.\n") == []


# ----------------------------------------------------------- the writer after "from"
@pytest.mark.parametrize("text, speaker", [
    ("A 2019 memo to staff from Munoz said the plan was dead.\n", "Munoz"),
    ("A memo from Munoz said the plan was dead.\n", "Munoz"),
    ("A letter from the governor to lawmakers said the budget would be cut.\n",
     "the governor"),
    ("A letter from Governor Jo Hart said the budget would be cut.\n", "Governor Jo Hart"),
    ("An email from Hart's chief of staff said the budget would be cut.\n",
     "Hart's chief of staff"),
])
def test_the_sender_of_a_message_speaks(text, speaker):
    """"A memo (to Y) from X said A": X wrote it, so X is the speaker, past the addressee
    before or after the sender."""
    ((_, kind, got, relay),) = rows(text)
    assert (kind, got, relay) == ("indirect", speaker, None)


@pytest.mark.parametrize("text, speaker", [
    ("A report from the agency said the budget would be cut.\n", "A report from the agency"),
    ("A letter signed by 40 lawmakers said the budget would be cut.\n", "A letter"),
    ("A memo seen by reporters said the budget would be cut.\n", "A memo"),
    ("A letter from 2019 said the budget would be cut.\n", "A letter"),
])
def test_a_text_with_no_named_sender_keeps_its_mention(text, speaker):
    """Near misses: a sender no name, pronoun or role names ("the agency"), a participle's
    agent, a date after "from": the text's mention as before."""
    ((_, kind, got, _),) = rows(text)
    assert (kind, got) == ("indirect", speaker)


# ------------------------------------------------------------------ question frames
@pytest.mark.parametrize("text, question", [
    ("Asked Tuesday about Sullivan, Feinstein said she knew nothing.\n", "Sullivan"),
    ("Asked Tuesday about Sullivan, Feinstein said \"I do not know anything about it,\" "
     "she said.\n", "Sullivan"),
    ("Asked why he had yet to endorse Hart during an appearance Friday on \"Morning "
     "Show,\" Lee said he had not \"heard her say the things that need to be said.\"\n",
     "why he had yet to endorse Hart"),
    ("When Hart used the words, “I am not quite there yet,” he was echoing Ryan, who used "
     "the same words when asked in May if he would endorse Hart.\n",
     "if he would endorse Hart"),
])
def test_question_frames_give_the_question(text, question):
    """'Asked about X, Y said': a topic of one name; 'Asked why A during an appearance on
    “Show,” Y said': the question ends before its occasion and its quoted title (it was a
    mixed quote of the title, dropped); a "when asked if A" after a sentence that opens
    with "When" is no opening frame."""
    got = [(q.text, q.speaker) for q in quotetrack.extract(text).quotes
           if q.reason == "Asked A, X said"]
    assert got == [(question, None)]


def test_asked_about_a_pronoun_is_no_question():
    """Near miss: "Asked about it" names no topic."""
    text = "Asked about it, Feinstein said she knew nothing.\n"
    assert rows(text) == [("she knew nothing", "indirect", "Feinstein", None)]
