"""The parse path's speakers of direct quotes: which cue governs a quote in the parse and
which mention of its subject speaks it, on short hand-parsed texts (see handparse.py)."""

from __future__ import annotations

from findings import parsed_quotes


def test_inverted_frame_under_a_reported_clause_speaks_its_participle():
    """'X cannot say that “A,” Y added, saying “B”': the parse hangs Y's frame from X's
    "say", but Y's frame, set off after the quote's comma, goes on in the participle: B is
    Y's, not X's."""
    text = "Doe cannot say that “from his view,” Reed added, saying it should be “up to the court.”"
    s = [("Doe", "Doe", "PROPN", 3, "nsubj", "S-PERSON"), ("cannot", "can", "AUX", 3, "aux"),
         ("say", "say", "VERB", 0, "root"), ("that", "that", "ADP", 12, "mark"),
         ("“", "“", "PUNCT", 12, "punct"), ("from", "from", "ADP", 8, "case"),
         ("his", "he", "PRON", 8, "nmod:poss"), ("view", "view", "NOUN", 12, "obl"),
         (",", ",", "PUNCT", 12, "punct"), ("”", "”", "PUNCT", 12, "punct"),
         ("Reed", "Reed", "PROPN", 12, "nsubj", "S-PERSON"), ("added", "add", "VERB", 3, "ccomp"),
         (",", ",", "PUNCT", 12, "punct"), ("saying", "say", "VERB", 12, "xcomp"),
         ("it", "it", "PRON", 17, "nsubj"), ("should", "should", "AUX", 17, "aux"),
         ("be", "be", "VERB", 14, "ccomp"), ("“", "“", "PUNCT", 17, "punct"),
         ("up", "up", "ADV", 17, "advmod"), ("to", "to", "ADP", 22, "case"),
         ("the", "the", "DET", 22, "det"), ("court", "court", "NOUN", 19, "obl"),
         (".", ".", "PUNCT", 3, "punct"), ("”", "”", "PUNCT", 3, "punct")]
    quotes = parsed_quotes(text, [s])
    assert [q.speaker_mention.text for q in quotes] == ["Reed", "Reed"]


def test_thing_relative_speaker_keeps_the_thing():
    """'X posted it under a headline that said, “...”': the parse's subject is the
    relative "that"; the mention keeps the headline it stands for, as the surface method
    does ("water bottles that said")."""
    text = "Reed posted the note under a headline that said, “Vote early.”"
    s = [("Reed", "Reed", "PROPN", 2, "nsubj", "S-PERSON"), ("posted", "post", "VERB", 0, "root"),
         ("the", "the", "DET", 4, "det"), ("note", "note", "NOUN", 2, "obj"),
         ("under", "under", "ADP", 7, "case"), ("a", "a", "DET", 7, "det"),
         ("headline", "headline", "NOUN", 2, "obl"), ("that", "that", "PRON", 9, "nsubj"),
         ("said", "say", "VERB", 7, "acl:relcl"), (",", ",", "PUNCT", 9, "punct"),
         ("“", "“", "PUNCT", 12, "punct"), ("Vote", "vote", "VERB", 9, "ccomp"),
         ("early", "early", "ADV", 12, "advmod"), (".", ".", "PUNCT", 12, "punct"),
         ("”", "”", "PUNCT", 12, "punct")]
    (q,) = parsed_quotes(text, [s])
    assert q.speaker_mention.text == "a headline that"


def test_it_that_stands_for_an_infinitive_names_no_speaker():
    """'A poll shows how hard it will be to deny X “...”': the "it" of "it will be hard"
    stands in for the infinitive, so the cue's subject is sought further up: the poll."""
    text = "The Ledger poll shows how hard it will be to deny Reed “a second term in office.”"
    s = [("The", "the", "DET", 3, "det"), ("Ledger", "Ledger", "PROPN", 3, "compound"),
         ("poll", "poll", "NOUN", 4, "nsubj"), ("shows", "show", "VERB", 0, "root"),
         ("how", "how", "ADV", 6, "advmod"), ("hard", "hard", "ADJ", 9, "advmod"),
         ("it", "it", "PRON", 9, "nsubj"), ("will", "will", "AUX", 9, "aux"),
         ("be", "be", "VERB", 4, "ccomp"), ("to", "to", "PART", 11, "mark"),
         ("deny", "deny", "VERB", 9, "xcomp"), ("Reed", "Reed", "PROPN", 11, "iobj", "S-PERSON"),
         ("“", "“", "PUNCT", 16, "punct"), ("a", "a", "DET", 16, "det"),
         ("second", "second", "ADJ", 16, "amod"), ("term", "term", "NOUN", 11, "obj"),
         ("in", "in", "ADP", 18, "case"), ("office", "office", "NOUN", 16, "nmod"),
         (".", ".", "PUNCT", 4, "punct"), ("”", "”", "PUNCT", 4, "punct")]
    (q,) = parsed_quotes(text, [s])
    assert q.speaker_mention.text == "The Ledger poll"


def test_verb_with_a_particle_of_doing_is_no_cue():
    """'X is trying to convince the judges that they should add back the “...”': "add
    back" is no verb of speech, so its "they" does not speak the quote."""
    text = ("The Ridge Party is trying to convince the judges that they should add back the "
            "“quiet week.”")
    s = [("The", "the", "DET", 3, "det"), ("Ridge", "Ridge", "PROPN", 3, "compound", "B-ORG"),
         ("Party", "Party", "PROPN", 5, "nsubj", "E-ORG"), ("is", "be", "AUX", 5, "aux"),
         ("trying", "try", "VERB", 0, "root"), ("to", "to", "PART", 7, "mark"),
         ("convince", "convince", "VERB", 5, "xcomp"), ("the", "the", "DET", 9, "det"),
         ("judges", "judge", "NOUN", 7, "obj"), ("that", "that", "SCONJ", 13, "mark"),
         ("they", "they", "PRON", 13, "nsubj"), ("should", "should", "AUX", 13, "aux"),
         ("add", "add", "VERB", 7, "ccomp"), ("back", "back", "ADV", 13, "compound:prt"),
         ("the", "the", "DET", 18, "det"), ("“", "“", "PUNCT", 18, "punct"),
         ("quiet", "quiet", "ADJ", 18, "amod"), ("week", "week", "NOUN", 13, "obj"),
         (".", ".", "PUNCT", 5, "punct"), ("”", "”", "PUNCT", 5, "punct")]
    quotes = parsed_quotes(text, [s])
    assert [q.speaker_mention.text for q in quotes] == ["Ridge Party"]


def test_cue_after_a_closed_relative_clause_is_the_main_verb():
    """'X, who has many followers, tweeted, “...”': the parse hangs "tweeted" from X as a
    relative clause with "who" for subject; the comma that closes the relative clause
    leaves the cue to the main clause, whose subject is X."""
    text = "Reed, who has many followers, tweeted, “We won.”"
    s = [("Reed", "Reed", "PROPN", 0, "root", "S-PERSON"), (",", ",", "PUNCT", 1, "punct"),
         ("who", "who", "PRON", 8, "nsubj"), ("has", "have", "AUX", 8, "aux"),
         ("many", "many", "ADJ", 6, "amod"), ("followers", "follower", "NOUN", 8, "obj"),
         (",", ",", "PUNCT", 8, "punct"), ("tweeted", "tweet", "VERB", 1, "acl:relcl"),
         (",", ",", "PUNCT", 1, "punct"), ("“", "“", "PUNCT", 12, "punct"),
         ("We", "we", "PRON", 12, "nsubj"), ("won", "win", "VERB", 8, "ccomp"),
         (".", ".", "PUNCT", 12, "punct"), ("”", "”", "PUNCT", 12, "punct")]
    (q,) = parsed_quotes(text, [s])
    assert q.speaker_mention.text == "Reed"
