"""Parse-path speakers, round twenty-one: quotes whose speaker the parse rules misread (see
findings.parsed_quotes for the hand-written parses)."""

from __future__ import annotations

from findings import parsed_quotes


def _speaker(text: str, sentences: list[list[tuple]], piece: str) -> str | None:
    quote = next(q for q in parsed_quotes(text, sentences) if piece in q.text)
    return quote.speaker_mention.text if quote.speaker_mention is not None else None


def test_person_in_footage_speaks():
    """'The ad shows footage of Tom Reed saying, “...”': the one the footage shows speaks,
    not the ad."""
    text = "The ad shows footage of Tom Reed saying, “We will cut your taxes.”"
    s = [("The", "the", "DET", 2, "det"), ("ad", "ad", "NOUN", 3, "nsubj"),
         ("shows", "show", "VERB", 0, "root"), ("footage", "footage", "NOUN", 3, "obj"),
         ("of", "of", "ADP", 7, "case"), ("Tom", "Tom", "PROPN", 7, "compound", "B-PERSON"),
         ("Reed", "Reed", "PROPN", 4, "nmod", "E-PERSON"), ("saying", "say", "VERB", 7, "acl"),
         (",", ",", "PUNCT", 8, "punct"), ("“", "“", "PUNCT", 13, "punct"),
         ("We", "we", "PRON", 13, "nsubj"), ("will", "will", "AUX", 13, "aux"),
         ("cut", "cut", "VERB", 8, "ccomp"), ("your", "your", "PRON", 15, "nmod:poss"),
         ("taxes", "tax", "NOUN", 13, "obj"), (".", ".", "PUNCT", 13, "punct"),
         ("”", "”", "PUNCT", 13, "punct")]
    assert _speaker(text, [s], "cut your taxes") == "Tom Reed"


def test_person_in_a_video_speaks_when_the_parse_hangs_the_participle_on_the_video():
    """'The group released a video of Ann Roe asking, “...”': the parse may hang "asking"
    from the video rather than from the name; the one the video shows speaks."""
    text = "The group released a video of Ann Roe asking, “Where did the money go?”"
    s = [("The", "the", "DET", 2, "det"), ("group", "group", "NOUN", 3, "nsubj"),
         ("released", "release", "VERB", 0, "root"), ("a", "a", "DET", 5, "det"),
         ("video", "video", "NOUN", 3, "obj"), ("of", "of", "ADP", 8, "case"),
         ("Ann", "Ann", "PROPN", 8, "compound", "B-PERSON"),
         ("Roe", "Roe", "PROPN", 5, "nmod", "E-PERSON"), ("asking", "ask", "VERB", 5, "acl"),
         (",", ",", "PUNCT", 9, "punct"), ("“", "“", "PUNCT", 16, "punct"),
         ("Where", "where", "ADV", 16, "advmod"), ("did", "do", "AUX", 16, "aux"),
         ("the", "the", "DET", 15, "det"), ("money", "money", "NOUN", 16, "nsubj"),
         ("go", "go", "VERB", 9, "ccomp"), ("?", "?", "PUNCT", 16, "punct"),
         ("”", "”", "PUNCT", 16, "punct")]
    assert _speaker(text, [s], "money go") == "Ann Roe"


def test_maker_of_a_statement_still_speaks_for_it():
    """Near miss: 'The group released a statement saying, “...”': a statement is no
    recording of someone; its maker speaks."""
    text = "The group released a statement saying, “We will appeal.”"
    s = [("The", "the", "DET", 2, "det"), ("group", "group", "NOUN", 3, "nsubj"),
         ("released", "release", "VERB", 0, "root"), ("a", "a", "DET", 5, "det"),
         ("statement", "statement", "NOUN", 3, "obj"), ("saying", "say", "VERB", 5, "acl"),
         (",", ",", "PUNCT", 6, "punct"), ("“", "“", "PUNCT", 11, "punct"),
         ("We", "we", "PRON", 11, "nsubj"), ("will", "will", "AUX", 11, "aux"),
         ("appeal", "appeal", "VERB", 6, "ccomp"), (".", ".", "PUNCT", 11, "punct"),
         ("”", "”", "PUNCT", 11, "punct")]
    assert _speaker(text, [s], "appeal") == "The group"


def test_text_after_a_set_off_with_speaks():
    """'X tied the plan to the governor, with one of her ads asking, “...”': the absolute
    phrase after the comma has its own subject, the ad, which speaks (as on the default
    path); not X."""
    text = ("Mayor Ann Roe tied the plan to the governor, with one of her ads asking, "
            "“Who pays for it?”")
    s = [("Mayor", "Mayor", "PROPN", 3, "compound"),
         ("Ann", "Ann", "PROPN", 3, "compound", "B-PERSON"),
         ("Roe", "Roe", "PROPN", 4, "nsubj", "E-PERSON"), ("tied", "tie", "VERB", 0, "root"),
         ("the", "the", "DET", 6, "det"), ("plan", "plan", "NOUN", 4, "obj"),
         ("to", "to", "ADP", 9, "case"), ("the", "the", "DET", 9, "det"),
         ("governor", "governor", "NOUN", 4, "obl"), (",", ",", "PUNCT", 4, "punct"),
         ("with", "with", "ADP", 12, "case"), ("one", "one", "NUM", 4, "obl"),
         ("of", "of", "ADP", 15, "case"), ("her", "she", "PRON", 15, "nmod:poss"),
         ("ads", "ad", "NOUN", 12, "nmod"), ("asking", "ask", "VERB", 15, "acl"),
         (",", ",", "PUNCT", 16, "punct"), ("“", "“", "PUNCT", 20, "punct"),
         ("Who", "who", "PRON", 20, "nsubj"), ("pays", "pay", "VERB", 16, "ccomp"),
         ("for", "for", "ADP", 22, "case"), ("it", "it", "PRON", 20, "obl"),
         ("?", "?", "PUNCT", 20, "punct"), ("”", "”", "PUNCT", 20, "punct")]
    assert _speaker(text, [s], "Who pays") == "one of her ads"


def test_statement_after_a_set_off_with_is_its_senders():
    """Near miss: 'The group denied it, with a statement saying, “...”': a statement is its
    sender's, so the group speaks."""
    text = "The group denied it, with a statement saying, “We will appeal.”"
    s = [("The", "the", "DET", 2, "det"), ("group", "group", "NOUN", 3, "nsubj"),
         ("denied", "deny", "VERB", 0, "root"), ("it", "it", "PRON", 3, "obj"),
         (",", ",", "PUNCT", 3, "punct"), ("with", "with", "ADP", 8, "case"),
         ("a", "a", "DET", 8, "det"), ("statement", "statement", "NOUN", 3, "obl"),
         ("saying", "say", "VERB", 8, "acl"), (",", ",", "PUNCT", 9, "punct"),
         ("“", "“", "PUNCT", 14, "punct"), ("We", "we", "PRON", 14, "nsubj"),
         ("will", "will", "AUX", 14, "aux"), ("appeal", "appeal", "VERB", 9, "ccomp"),
         (".", ".", "PUNCT", 14, "punct"), ("”", "”", "PUNCT", 14, "punct")]
    assert _speaker(text, [s], "appeal") == "The group"


def test_crowd_chant_between_two_pieces_of_a_quote_is_the_crowds():
    """'He said, “A” - at which point the crowd chanted “B!” - “C.”': the chant right
    before B frames it, though the parse hangs B from the verb of A."""
    text = ('He said, “The mayor will fix the roads” - at which point the crowd chanted '
            '“Fix them now!” - “and the bridges too.”')
    s = [("He", "he", "PRON", 2, "nsubj"), ("said", "say", "VERB", 0, "root"),
         (",", ",", "PUNCT", 2, "punct"), ("“", "“", "PUNCT", 2, "punct"),
         ("The", "the", "DET", 6, "det"), ("mayor", "mayor", "NOUN", 8, "nsubj"),
         ("will", "will", "AUX", 8, "aux"), ("fix", "fix", "VERB", 2, "ccomp"),
         ("the", "the", "DET", 10, "det"), ("roads", "road", "NOUN", 8, "obj"),
         ("”", "”", "PUNCT", 10, "punct"), ("-", "-", "PUNCT", 15, "punct"),
         ("at", "at", "ADP", 15, "mark"), ("which", "which", "PRON", 15, "nsubj"),
         ("point", "point", "NOUN", 8, "dep"), ("the", "the", "DET", 17, "det"),
         ("crowd", "crowd", "NOUN", 18, "nsubj"), ("chanted", "chant", "VERB", 15, "ccomp"),
         ("“", "“", "PUNCT", 8, "punct"), ("Fix", "fix", "VERB", 8, "dep"),
         ("them", "they", "PRON", 20, "obj"), ("now", "now", "ADV", 20, "advmod"),
         ("!", "!", "PUNCT", 2, "punct"), ("”", "”", "PUNCT", 2, "punct"),
         ("-", "-", "PUNCT", 2, "punct"), ("“", "“", "PUNCT", 29, "punct"),
         ("and", "and", "CCONJ", 29, "cc"), ("the", "the", "DET", 29, "det"),
         ("bridges", "bridge", "NOUN", 10, "conj"), ("too", "too", "ADV", 29, "advmod"),
         (".", ".", "PUNCT", 2, "punct"), ("”", "”", "PUNCT", 2, "punct")]
    assert _speaker(text, [s], "Fix them now") == "the crowd"
    assert _speaker(text, [s], "fix the roads") == "He"


def test_relative_clause_in_the_next_sentence_frames_no_quote():
    """'“We won the whole county!” Her father worried that voters skip the news they
    read.': after a quote that ends in "!", the next sentence is read for a frame cut
    off by the splitter; the "they" of a relative clause on an object there ("the news
    they read") is no speaker."""
    text = "“We won the whole county!” Her father worried that voters skip the news they read."
    s1 = [("“", "“", "PUNCT", 3, "punct"), ("We", "we", "PRON", 3, "nsubj"),
          ("won", "win", "VERB", 0, "root"), ("the", "the", "DET", 6, "det"),
          ("whole", "whole", "ADJ", 6, "amod"), ("county", "county", "NOUN", 3, "obj"),
          ("!", "!", "PUNCT", 3, "punct"), ("”", "”", "PUNCT", 3, "punct")]
    s2 = [("Her", "she", "PRON", 2, "nmod:poss"), ("father", "father", "NOUN", 3, "nsubj"),
          ("worried", "worry", "VERB", 0, "root"), ("that", "that", "SCONJ", 6, "mark"),
          ("voters", "voter", "NOUN", 6, "nsubj"), ("skip", "skip", "VERB", 3, "ccomp"),
          ("the", "the", "DET", 8, "det"), ("news", "news", "NOUN", 6, "obj"),
          ("they", "they", "PRON", 10, "nsubj"), ("read", "read", "VERB", 8, "acl:relcl"),
          (".", ".", "PUNCT", 3, "punct")]
    assert _speaker(text, [s1, s2], "whole county") != "they"


def test_participle_speaks_for_the_clause_before_it_when_the_parse_tops_the_sentence_later():
    """'In three interviews, the judge sounded off on the mayor, saying she did not “want
    to imagine” the harm a Reed win would do.': the parse makes "do" the root, its subject
    "a Reed win" after the quote; the participle's speaker is the judge before it."""
    text = ("In three interviews, the judge sounded off on the mayor, saying she did not "
            "“want to imagine” the harm a Reed win would do.")
    s = [("In", "in", "ADP", 3, "case"), ("three", "three", "NUM", 3, "nummod"),
         ("interviews", "interview", "NOUN", 28, "obl"), (",", ",", "PUNCT", 28, "punct"),
         ("the", "the", "DET", 6, "det"), ("judge", "judge", "NOUN", 28, "nsubj"),
         ("sounded", "sound", "VERB", 6, "acl:relcl"), ("off", "off", "ADP", 7, "compound:prt"),
         ("on", "on", "ADP", 11, "case"), ("the", "the", "DET", 11, "det"),
         ("mayor", "mayor", "NOUN", 7, "obl"), (",", ",", "PUNCT", 7, "punct"),
         ("saying", "say", "VERB", 7, "xcomp"), ("she", "she", "PRON", 15, "nsubj"),
         ("did", "do", "VERB", 13, "ccomp"), ("not", "not", "PART", 15, "advmod"),
         ("“", "“", "PUNCT", 18, "punct"), ("want", "want", "VERB", 28, "dep"),
         ("to", "to", "PART", 20, "mark"), ("imagine", "imagine", "VERB", 18, "xcomp"),
         ("”", "”", "PUNCT", 20, "punct"), ("the", "the", "DET", 23, "det"),
         ("harm", "harm", "NOUN", 20, "obj"), ("a", "a", "DET", 26, "det"),
         ("Reed", "Reed", "PROPN", 26, "compound", "S-PERSON"),
         ("win", "win", "NOUN", 28, "nsubj"), ("would", "would", "AUX", 28, "aux"),
         ("do", "do", "VERB", 0, "root"), (".", ".", "PUNCT", 28, "punct")]
    assert _speaker(text, [s], "want to imagine") == "the judge"


def test_possessive_of_a_claim_gives_the_named_subject_of_its_clause():
    """'As the hearing went on and Mayor Ann Roe stood by her remark that “...”, the council
    voted.': "her" stands for the mayor named as the subject of the clause that holds the
    remark; that name speaks, not a bare "her" left to be resolved."""
    text = ("As the hearing went on and Mayor Ann Roe stood by her remark that “the roads are "
            "a disgrace,” the council voted.")
    s = [("As", "as", "SCONJ", 4, "mark"), ("the", "the", "DET", 3, "det"),
         ("hearing", "hearing", "NOUN", 4, "nsubj"), ("went", "go", "VERB", 25, "advcl"),
         ("on", "on", "ADP", 4, "compound:prt"), ("and", "and", "CCONJ", 10, "cc"),
         ("Mayor", "Mayor", "PROPN", 9, "compound"),
         ("Ann", "Ann", "PROPN", 9, "compound", "B-PERSON"),
         ("Roe", "Roe", "PROPN", 10, "nsubj", "E-PERSON"), ("stood", "stand", "VERB", 4, "conj"),
         ("by", "by", "ADP", 13, "case"), ("her", "she", "PRON", 13, "nmod:poss"),
         ("remark", "remark", "NOUN", 10, "obl"), ("that", "that", "SCONJ", 20, "mark"),
         ("“", "“", "PUNCT", 20, "punct"), ("the", "the", "DET", 17, "det"),
         ("roads", "road", "NOUN", 20, "nsubj"), ("are", "be", "AUX", 20, "cop"),
         ("a", "a", "DET", 20, "det"), ("disgrace", "disgrace", "NOUN", 13, "acl"),
         (",", ",", "PUNCT", 20, "punct"), ("”", "”", "PUNCT", 20, "punct"),
         ("the", "the", "DET", 24, "det"), ("council", "council", "NOUN", 25, "nsubj"),
         ("voted", "vote", "VERB", 0, "root"), (".", ".", "PUNCT", 25, "punct")]
    speaker = _speaker(text, [s], "roads are")
    assert speaker is not None and speaker.endswith("Ann Roe")


def test_colon_lead_in_whose_parse_has_no_subject_is_read_from_its_words():
    """'Fair Roads, a citizens group, emailed a link to the video with one line: "..."': the
    parse makes the name its root and finds no subject for the lead-in; the name that opens
    it, read from the words as without a parse, speaks."""
    text = ('Fair Roads, a citizens group, emailed a link to the video with one line: '
            '"THIS IS NOT FINE."')
    s = [("Fair", "Fair", "PROPN", 0, "root", "B-ORG"),
         ("Roads", "Roads", "PROPN", 8, "nsubj", "E-ORG"), (",", ",", "PUNCT", 2, "punct"),
         ("a", "a", "DET", 6, "det"), ("citizens", "citizen", "NOUN", 6, "compound"),
         ("group", "group", "NOUN", 2, "appos"), (",", ",", "PUNCT", 2, "punct"),
         ("emailed", "email", "VERB", 1, "dep"), ("a", "a", "DET", 10, "det"),
         ("link", "link", "NOUN", 8, "obj"), ("to", "to", "ADP", 13, "case"),
         ("the", "the", "DET", 13, "det"), ("video", "video", "NOUN", 8, "obl"),
         ("with", "with", "ADP", 16, "case"), ("one", "one", "NUM", 16, "nummod"),
         ("line", "line", "NOUN", 8, "obl"), (":", ":", "PUNCT", 1, "punct"),
         ('"', '"', "PUNCT", 1, "punct"), ("THIS", "this", "PRON", 21, "nsubj"),
         ("IS", "be", "AUX", 21, "cop"), ("NOT", "not", "PART", 1, "dep"),
         ("FINE", "fine", "ADJ", 21, "advmod"), (".", ".", "PUNCT", 1, "punct"),
         ('"', '"', "PUNCT", 1, "punct")]
    assert _speaker(text, [s], "NOT FINE") == "Fair Roads"


_FAILURE = [("the", "the", "DET", 11, "det"), ("mayor", "mayor", "NOUN", 16, "nsubj"),
            ("was", "be", "AUX", 16, "cop"), ("a", "a", "DET", 16, "det"),
            ("“", "“", "PUNCT", 16, "punct"), ("proven", "proven", "ADJ", 16, "amod"),
            ("failure", "failure", "NOUN", 9, "ccomp"), ("”", "”", "PUNCT", 16, "punct"),
            ("in", "in", "ADP", 19, "case"), ("office", "office", "NOUN", 16, "obl"),
            (".", ".", "PUNCT", 9, "punct")]


def test_name_after_an_opening_phrase_without_a_comma_speaks():
    """'At the state party convention Sen. Jane Doe said the mayor was a “proven failure”':
    with no comma after the opening phrase the parse takes "convention" for the subject and
    hangs the senator from it; the senator speaks."""
    text = ("At the state party convention Sen. Jane Doe said the mayor was a “proven "
            "failure” in office.")
    s = [("At", "at", "ADP", 5, "case"), ("the", "the", "DET", 5, "det"),
         ("state", "state", "NOUN", 5, "compound"), ("party", "party", "NOUN", 5, "compound"),
         ("convention", "convention", "NOUN", 9, "nsubj"), ("Sen.", "Sen.", "PROPN", 8, "compound"),
         ("Jane", "Jane", "PROPN", 8, "compound", "B-PERSON"),
         ("Doe", "Doe", "PROPN", 5, "dep", "E-PERSON"), ("said", "say", "VERB", 0, "root")] + \
        _FAILURE
    speaker = _speaker(text, [s], "proven failure")
    assert speaker is not None and speaker.endswith("Jane Doe")


def test_name_the_subject_is_about_is_no_speaker():
    """Near miss: 'The report on Jane Doe said the mayor was a “proven failure”': a name
    after a preposition in the subject is what it is about; the report speaks."""
    text = "The report on Jane Doe said the mayor was a “proven failure” in office."
    s = [("The", "the", "DET", 2, "det"), ("report", "report", "NOUN", 6, "nsubj"),
         ("on", "on", "ADP", 5, "case"), ("Jane", "Jane", "PROPN", 5, "compound", "B-PERSON"),
         ("Doe", "Doe", "PROPN", 2, "nmod", "E-PERSON"), ("said", "say", "VERB", 0, "root"),
         ("the", "the", "DET", 8, "det"), ("mayor", "mayor", "NOUN", 13, "nsubj"),
         ("was", "be", "AUX", 13, "cop"), ("a", "a", "DET", 13, "det"),
         ("“", "“", "PUNCT", 13, "punct"), ("proven", "proven", "ADJ", 13, "amod"),
         ("failure", "failure", "NOUN", 6, "ccomp"), ("”", "”", "PUNCT", 13, "punct"),
         ("in", "in", "ADP", 16, "case"), ("office", "office", "NOUN", 13, "obl"),
         (".", ".", "PUNCT", 6, "punct")]
    speaker = _speaker(text, [s], "proven failure")
    assert speaker is not None and "Jane Doe" != speaker and speaker.startswith("The report")


def test_crowd_of_a_later_clause_the_parse_hangs_from_an_adverb_speaks():
    """'Boos rained down when X mentioned Y, and at one point the crowd loudly reprised the
    chant “...”': the parse takes "crowd" for a word on "loudly", leaving the later clause
    no subject; its words still make the crowd the speaker, not X."""
    text = ("Boos rained down when Mayor Ann Roe mentioned the governor, and at one point the "
            "crowd loudly reprised the chant “Lock him up! Lock him up!”")
    s = [("Boos", "boo", "NOUN", 2, "nsubj"), ("rained", "rain", "VERB", 0, "root"),
         ("down", "down", "ADP", 2, "compound:prt"), ("when", "when", "ADV", 8, "advmod"),
         ("Mayor", "Mayor", "PROPN", 7, "compound"),
         ("Ann", "Ann", "PROPN", 7, "compound", "B-PERSON"),
         ("Roe", "Roe", "PROPN", 8, "nsubj", "E-PERSON"),
         ("mentioned", "mention", "VERB", 2, "advcl"), ("the", "the", "DET", 10, "det"),
         ("governor", "governor", "NOUN", 8, "obj"), (",", ",", "PUNCT", 2, "punct"),
         ("and", "and", "CCONJ", 19, "cc"), ("at", "at", "ADP", 15, "case"),
         ("one", "one", "NUM", 15, "nummod"), ("point", "point", "NOUN", 19, "obl"),
         ("the", "the", "DET", 17, "det"), ("crowd", "crowd", "NOUN", 18, "nmod:npmod"),
         ("loudly", "loudly", "ADV", 19, "advmod"), ("reprised", "reprise", "VERB", 2, "conj"),
         ("the", "the", "DET", 21, "det"), ("chant", "chant", "NOUN", 23, "dep"),
         ("“", "“", "PUNCT", 23, "punct"), ("Lock", "lock", "VERB", 19, "xcomp"),
         ("him", "he", "PRON", 19, "nsubj"), ("up", "up", "ADV", 24, "advmod"),
         ("!", "!", "PUNCT", 2, "punct"), ("Lock", "lock", "VERB", 2, "parataxis"),
         ("him", "he", "PRON", 27, "obj"), ("up", "up", "ADP", 27, "compound:prt"),
         ("!", "!", "PUNCT", 27, "punct"), ("”", "”", "PUNCT", 2, "punct")]
    assert _speaker(text, [s], "Lock him up") == "the crowd"


def test_said_that_opens_the_sentence_before_its_speaker():
    """'Said Mayor Ann Roe, “...”': the parse tags the capitalised "Said" as a word of the
    name; the name after it speaks, and the quote is direct."""
    text = "Said Mayor Ann Roe, “The roads will open in June.”"
    s = [("Said", "Said", "PROPN", 4, "compound"), ("Mayor", "Mayor", "PROPN", 4, "compound"),
         ("Ann", "Ann", "PROPN", 4, "compound", "B-PERSON"),
         ("Roe", "Roe", "PROPN", 10, "ccomp", "E-PERSON"), (",", ",", "PUNCT", 10, "punct"),
         ("“", "“", "PUNCT", 10, "punct"), ("The", "the", "DET", 8, "det"),
         ("roads", "road", "NOUN", 10, "nsubj"), ("will", "will", "AUX", 10, "aux"),
         ("open", "open", "VERB", 0, "root"), ("in", "in", "ADP", 12, "case"),
         ("June", "June", "PROPN", 10, "obl"), (".", ".", "PUNCT", 10, "punct"),
         ("”", "”", "PUNCT", 10, "punct")]
    quote = next(q for q in parsed_quotes(text, [s]) if "roads" in q.text)
    assert quote.speaker_mention is not None and quote.speaker_mention.text.endswith("Ann Roe")
    assert quote.kind == "direct"


def test_colon_lead_in_after_a_quote_has_its_own_subject():
    """'X said the plan was “a mess,” but she gave the council a compliment: “...”': the
    lead-in after the first quote is a clause of its own; its "she" speaks the second
    quote, not the subject of the clause the parse hangs it from."""
    text = ("Mayor Ann Roe said the plan was “a mess,” but she gave the council a compliment: "
            "“You never have to guess where it stands.”")
    s = [("Mayor", "Mayor", "PROPN", 3, "compound"),
         ("Ann", "Ann", "PROPN", 3, "compound", "B-PERSON"),
         ("Roe", "Roe", "PROPN", 4, "nsubj", "E-PERSON"), ("said", "say", "VERB", 0, "root"),
         ("the", "the", "DET", 6, "det"), ("plan", "plan", "NOUN", 10, "nsubj"),
         ("was", "be", "AUX", 10, "cop"), ("“", "“", "PUNCT", 10, "punct"),
         ("a", "a", "DET", 10, "det"), ("mess", "mess", "NOUN", 4, "ccomp"),
         (",", ",", "PUNCT", 4, "punct"), ("”", "”", "PUNCT", 4, "punct"),
         ("but", "but", "CCONJ", 15, "cc"), ("she", "she", "PRON", 15, "nsubj"),
         ("gave", "give", "VERB", 4, "conj"), ("the", "the", "DET", 17, "det"),
         ("council", "council", "NOUN", 15, "iobj"), ("a", "a", "DET", 19, "det"),
         ("compliment", "compliment", "NOUN", 15, "obj"), (":", ":", "PUNCT", 19, "punct"),
         ("“", "“", "PUNCT", 19, "punct"), ("You", "you", "PRON", 24, "nsubj"),
         ("never", "never", "ADV", 24, "advmod"), ("have", "have", "VERB", 19, "dep"),
         ("to", "to", "PART", 26, "mark"), ("guess", "guess", "VERB", 24, "xcomp"),
         ("where", "where", "ADV", 29, "advmod"), ("it", "it", "PRON", 29, "nsubj"),
         ("stands", "stand", "VERB", 26, "advcl"), (".", ".", "PUNCT", 4, "punct"),
         ("”", "”", "PUNCT", 4, "punct")]
    assert _speaker(text, [s], "never have to guess") == "she"


def test_possessive_of_a_claim_keeps_its_pronoun_when_a_thing_is_the_subject():
    """Near miss: 'Ann Roe's wins in March solidify her argument that “...”': the subject
    is the wins, no person; "her" stays the mention."""
    text = "Ann Roe's wins in March solidify her argument that “the city wants change.”"
    s = [("Ann", "Ann", "PROPN", 2, "compound", "B-PERSON"),
         ("Roe", "Roe", "PROPN", 4, "nmod:poss", "E-PERSON"), ("'s", "'s", "PART", 2, "case"),
         ("wins", "win", "NOUN", 7, "nsubj"), ("in", "in", "ADP", 6, "case"),
         ("March", "March", "PROPN", 4, "nmod", "S-DATE"),
         ("solidify", "solidify", "VERB", 0, "root"), ("her", "she", "PRON", 9, "nmod:poss"),
         ("argument", "argument", "NOUN", 7, "obj"), ("that", "that", "SCONJ", 14, "mark"),
         ("“", "“", "PUNCT", 14, "punct"), ("the", "the", "DET", 13, "det"),
         ("city", "city", "NOUN", 14, "nsubj"), ("wants", "want", "VERB", 9, "acl"),
         ("change", "change", "NOUN", 14, "obj"), (".", ".", "PUNCT", 7, "punct"),
         ("”", "”", "PUNCT", 7, "punct")]
    assert _speaker(text, [s], "city wants") == "her"
