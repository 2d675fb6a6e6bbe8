"""US political news of the kinds the project is finally measured on, in shapes the earlier
style tests did not try (NYT honorifics throughout, "Mr. Trump", "Mrs. Clinton", "Ms. Hicks"
and a later bare "Mr. Kaine"; "the Republican nominee", "the presumptive nominee", "the
Manhattan billionaire", "the former secretary of state" and "the Indiana governor" as
epithets; "Trump campaign manager X said", "A Trump spokeswoman, X, said", "X, the
spokeswoman, said"; "X's running mate, Senator Y of Virginia, said"; "told reporters
aboard Air Force One", "said in an interview with Fox News' Y", "said on CNN's 'State of
the Union'", "on NBC's 'Meet the Press'", "told MSNBC", "told CNN's Jake Tapper"; a debate
transcript with "MODERATOR:", "CLINTON:" and "TRUMP:" labels; a briefing's "Q:" and "MR.
SPICER:"; "X tweeted", "X wrote on Twitter that", a tweet quoted in full; "a senior
administration official, who spoke on condition of anonymity" and "The official said";
"accused Y of", "suggested", "insisted", "has claimed", "argued that"; indirect speech
over two sentences ("The nominee, he said, had ..."); a quote whose speaker is named in
the paragraph after ("That was the verdict of X"); a rally speech over several
paragraphs; Breitbart and HuffPost headlines, "BREAKING:", "WATCH:", a video caption; a
poll with "X percent of voters said"; surrogates on cable; a press secretary's briefing
with a reporter's question; AP, Reuters and CNN datelines; an op-ed; a letter to
Congress; "according to a document"): h56-pol in the twenty-seventh round.

Every article here was written for the test, with invented quotes and events (public
figures may be named), before the library was run on it, and is read by the model-free
default path. Each expected attribution is one case of ``findings.attribution_test``,
whose docstring tells the table's format.
"""

from findings import attribution_test, quote_rows

import quotetrack

ARTICLES: dict[str, str] = {
    "nyt-honorifics": (
        "WASHINGTON - Donald J. Trump lashed out at his own party on Tuesday, a day after "
        "Speaker Paul D. Ryan said he could no longer defend him.\n\n"
        "\"They are weak and ineffective,\" Mr. Trump said at a rally in Ambridge, Pa. "
        "\"I would rather go it alone.\"\n\n"
        "Mrs. Clinton's running mate, Senator Tim Kaine of Virginia, said the Republican "
        "Party was \"coming apart at the seams.\" Mr. Kaine added that voters had noticed.\n\n"
        "Hope Hicks, a spokeswoman for Mr. Trump, did not respond to a request for comment. "
        "Ms. Hicks later said the campaign was \"united and energized.\"\n"),
    "republican-nominee": (
        "Donald Trump spent the weekend at his golf club in Bedminster, N.J., preparing for "
        "Monday's debate.\n\n"
        "The Republican nominee told a radio host on Saturday that he would not study "
        "\"like a schoolboy.\" \"I know what I believe,\" the Manhattan billionaire said.\n\n"
        "Hillary Clinton, meanwhile, holed up with advisers in Chappaqua. The former "
        "secretary of state said in a brief statement that she was \"looking forward to "
        "a real conversation.\"\n"),
    "presumptive-nominee": (
        "Donald Trump clinched the delegates he needs on Thursday, The Associated Press "
        "reported.\n\n"
        "\"It's a great honor,\" the presumptive nominee said at a news conference in "
        "Bismarck, N.D. He said he would not self-fund the general election.\n\n"
        "Reince Priebus, the party chairman, said the party would unite behind him.\n"),
    "campaign-manager": (
        "Trump campaign manager Kellyanne Conway said on Sunday that the candidate would "
        "release more detailed policy proposals in the coming weeks.\n\n"
        "\"People want to know what he will do on day one,\" Conway said.\n\n"
        "A Trump spokeswoman, Katrina Pierson, said the campaign had raised $80 million in "
        "August. Pierson, the spokeswoman, said small donors made up most of it.\n"),
    "clinton-spokesman-comma": (
        "The Clinton campaign pushed back hard on the report.\n\n"
        "\"This is a ridiculous story,\" said Brian Fallon, the campaign's press "
        "secretary.\n\n"
        "Jennifer Palmieri, the communications director, told reporters on the campaign "
        "plane that Mrs. Clinton had never been briefed on the matter.\n"),
    "air-force-one": (
        "President Obama said on Friday that he was confident the nuclear deal would hold.\n\n"
        "\"I have no doubt Iran will meet its obligations,\" Mr. Obama told reporters aboard "
        "Air Force One as he flew back from Asia.\n\n"
        "Press secretary Josh Earnest said the president had not spoken to Iranian leaders "
        "directly.\n"),
    "fox-interview": (
        "Newt Gingrich defended Mr. Trump's remarks on Wednesday night.\n\n"
        "\"He was making a joke, and everybody knows it,\" Mr. Gingrich said in an interview "
        "with Fox News' Sean Hannity.\n\n"
        "Mr. Hannity said the media had blown the comment out of proportion.\n"),
    "state-of-the-union": (
        "Senator Bernie Sanders said on Sunday that he would keep his campaign going until "
        "the convention.\n\n"
        "\"We are in this to the end,\" Mr. Sanders said on CNN's \"State of the Union.\"\n\n"
        "Asked about Mrs. Clinton's lead, he said the superdelegates could still change "
        "their minds.\n"),
    "meet-the-press": (
        "Representative Adam Schiff, the top Democrat on the House Intelligence Committee, "
        "said the Russian hacking was \"deeply troubling.\"\n\n"
        "\"We have never seen anything like this,\" Mr. Schiff said on NBC's \"Meet the "
        "Press.\"\n\n"
        "Senator Tom Cotton, an Arkansas Republican, told the same program that he saw no "
        "evidence of coordination.\n"),
    "debate-transcript": (
        "Here is a partial transcript of Sunday's debate in St. Louis.\n\n"
        "MODERATOR: Secretary Clinton, the question is about your emails.\n\n"
        "CLINTON: I made a mistake using a personal email account, and I take "
        "responsibility.\n\n"
        "TRUMP: If I win, you would be in jail.\n\n"
        "CLINTON: That is exactly the kind of thing he says.\n"),
    "debate-story": (
        "Mrs. Clinton accused Mr. Trump of \"stiffing\" the contractors who built his "
        "casinos. Mr. Trump insisted that he had paid them what the work was worth.\n\n"
        "\"Maybe he didn't do a good job,\" Mr. Trump said.\n\n"
        "Mrs. Clinton argued that the billionaire had built his fortune on the backs of "
        "small businesses.\n"),
    "tweeted": (
        "Mr. Trump responded to the ruling within minutes.\n\n"
        "\"SEE YOU IN COURT, THE SECURITY OF OUR NATION IS AT STAKE!\" Mr. Trump tweeted.\n\n"
        "Washington's attorney general, Bob Ferguson, said the ruling was a victory for the "
        "Constitution.\n"),
    "wrote-on-twitter": (
        "Senator Elizabeth Warren did not hold back.\n\n"
        "Ms. Warren wrote on Twitter that Mr. Trump was \"a thin-skinned bully.\"\n\n"
        "Mr. Trump wrote on Twitter on Friday night that Ms. Warren was \"a total "
        "fraud.\"\n"),
    "tweet-in-full": (
        "Early Saturday, the president-elect took to Twitter again.\n\n"
        "\"The Theater must always be a safe and special place. The cast of Hamilton was "
        "very rude last night to a very good man, Mike Pence. Apologize!\" Donald Trump "
        "wrote.\n\n"
        "Vice President-elect Mike Pence said on Sunday that he was not offended.\n"),
    "anonymous-official": (
        "The White House is weighing new sanctions on Russia, officials said on Monday.\n\n"
        "\"We are looking at every option,\" said a senior administration official, who "
        "spoke on condition of anonymity to discuss internal deliberations.\n\n"
        "The official said a decision could come within days.\n"),
    "accused-suggested": (
        "Mr. Trump accused Mrs. Clinton of taking money from foreign governments.\n\n"
        "He suggested that the Clinton Foundation should be shut down. \"It's a pay-to-play "
        "operation,\" he said.\n\n"
        "Mrs. Clinton has claimed that the foundation did nothing wrong.\n"),
    "insisted-argued": (
        "Senator Marco Rubio insisted on Tuesday that he would not run for re-election.\n\n"
        "Weeks later, he reversed course. Mr. Rubio argued that the stakes in the Senate "
        "were too high to walk away.\n\n"
        "\"I changed my mind,\" Mr. Rubio told reporters in Miami.\n"),
    "indirect-two-sentences": (
        "Gov. Mike Pence said he had spoken with Mr. Trump on Monday night. The nominee, he "
        "said, had assured him the tax returns would be released after the audit.\n\n"
        "The Indiana governor said he had no reason to doubt that.\n"),
    "speaker-next-paragraph": (
        "\"He is temperamentally unfit to be commander in chief.\"\n\n"
        "That was the verdict of Michael Hayden, the former C.I.A. director, who has "
        "served under presidents of both parties.\n\n"
        "Mr. Hayden said he would not vote for either candidate.\n"),
    "rally-speech": (
        "Mr. Trump spoke for an hour to a crowd of 10,000 in Grand Rapids, Mich.\n\n"
        "\"We are going to bring back our jobs. We are going to bring back our factories,\" "
        "he said.\n\n"
        "\"Nobody has been treated worse than Michigan. Nobody. Your car plants went to "
        "Mexico.\n\n"
        "\"That ends on Nov. 8.\"\n\n"
        "The crowd chanted \"Lock her up\" as he spoke of Mrs. Clinton.\n"),
    "breitbart-headline": (
        "EXCLUSIVE - Sessions: 'Hillary Clinton Will Open the Floodgates'\n\n"
        "Sen. Jeff Sessions (R-AL) told Breitbart News on Thursday that a Clinton "
        "presidency would mean \"open borders.\"\n\n"
        "\"The American people did not vote for this,\" Sessions said.\n"),
    "huffpost-headline": (
        "Elizabeth Warren Rips Trump As 'Small, Insecure Money-Grubber'\n\n"
        "Sen. Elizabeth Warren (D-Mass.) tore into Donald Trump on Friday.\n\n"
        "\"He is a small, insecure money-grubber,\" Warren told the crowd in Cleveland.\n"),
    "breaking-watch": (
        "BREAKING: Paul Ryan Says He Will Not Campaign With Trump\n\n"
        "House Speaker Paul Ryan told Republican lawmakers on a conference call Monday that "
        "he would focus on keeping the House.\n\n"
        "WATCH: Ryan's comments on the call.\n\n"
        "\"You all need to do what's best for you in your district,\" Ryan said, according "
        "to a person on the call.\n"),
    "video-caption": (
        "Mr. Pence was asked about the tape on Monday.\n\n"
        "Video: Pence says he does not condone the remarks\n\n"
        "\"I don't condone his remarks. I cannot defend them,\" Mr. Pence said in a "
        "statement.\n"),
    "poll-percent": (
        "Mrs. Clinton leads Mr. Trump by 6 points nationally, according to a new Quinnipiac "
        "University poll.\n\n"
        "Fifty-two percent of voters said Mr. Trump was not qualified to be president. "
        "Forty percent said they would never vote for Mrs. Clinton.\n\n"
        "\"The race is hers to lose,\" said Tim Malloy, the assistant director of the "
        "poll.\n"),
    "surrogate-msnbc": (
        "Trump surrogate Scottie Nell Hughes told MSNBC on Tuesday that facts no longer "
        "mattered.\n\n"
        "\"There's no such thing, unfortunately, anymore as facts,\" Hughes said.\n\n"
        "Clinton surrogate Karine Jean-Pierre called the comment alarming.\n"),
    "press-briefing": (
        "White House press secretary Sean Spicer took questions on Tuesday.\n\n"
        "Asked whether the president still had confidence in his national security adviser, "
        "Spicer said, \"The president is evaluating the situation.\"\n\n"
        "A reporter asked whether Mr. Flynn had lied. \"I'm not going to get into that,\" "
        "Spicer said.\n"),
    "briefing-qa": (
        "Here is an excerpt from Monday's briefing.\n\n"
        "Q: Does the president believe he won the popular vote?\n\n"
        "MR. SPICER: The president does believe that, yes.\n"),
    "wire-ap": (
        "NEW YORK (AP) - Donald Trump's campaign said Wednesday it would hold a fundraiser "
        "in Los Angeles next week.\n\n"
        "Campaign spokesman Jason Miller said the event was \"already sold out.\"\n\n"
        "The Clinton campaign declined to comment.\n"),
    "reuters-wire": (
        "WASHINGTON (Reuters) - U.S. Senate Majority Leader Mitch McConnell said on "
        "Wednesday he would not allow a vote on President Barack Obama's Supreme Court "
        "nominee.\n\n"
        "\"The American people should have a voice,\" McConnell told reporters.\n\n"
        "Democratic leader Harry Reid said McConnell was \"shirking his duty.\"\n"),
    "cable-web": (
        "(CNN) Donald Trump Jr. defended his father's comments on Sunday.\n\n"
        "\"My father has always respected women,\" Trump Jr. told CNN's Jake Tapper.\n\n"
        "Tapper pressed him on the tape. Trump Jr. said it was \"locker room talk.\"\n"),
    "house-vote": (
        "The House passed the bill 217 to 213 on Thursday.\n\n"
        "Speaker Paul Ryan called the vote \"a big step.\"\n\n"
        "\"This bill will hurt millions of people,\" Minority Leader Nancy Pelosi said on "
        "the floor.\n"),
    "second-hand": (
        "Mr. Trump told the Russian foreign minister that firing the F.B.I. director had "
        "relieved \"great pressure\" on him, according to a document summarizing the "
        "meeting.\n\n"
        "Sean Spicer, the press secretary, did not dispute the account.\n"),
    "campaign-said-statement": (
        "The Trump campaign said in a statement Friday night that the remarks were \"a "
        "private conversation from many years ago.\"\n\n"
        "\"I apologize if anyone was offended,\" the statement quoted Mr. Trump as "
        "saying.\n"),
    "sanders-supporters": (
        "Bernie Sanders's supporters booed loudly when Mrs. Clinton's name was mentioned.\n\n"
        "\"We are not going to be silent,\" said Maria Lopez, 24, a delegate from "
        "California.\n\n"
        "Jeff Weaver, the Sanders campaign manager, said the senator had asked his "
        "supporters to be respectful.\n"),
    "governor-op-ed": (
        "In an op-ed published Monday in The Washington Post, Gov. John Kasich wrote that "
        "he could not support his party's nominee.\n\n"
        "\"I cannot in good conscience vote for a man who divides us,\" Kasich wrote.\n"),
    "dem-leader-fox-said": (
        "Senate Minority Leader Chuck Schumer told ABC's \"This Week\" that Democrats "
        "would fight the nominee.\n\n"
        "\"He is out of the mainstream,\" Schumer said.\n\n"
        "Republicans said Schumer was playing politics.\n"),
    "pence-said-in-interview": (
        "Mike Pence said in an interview with CBS News that he and Mr. Trump had "
        "\"different styles.\"\n\n"
        "\"But we share the same values,\" the Indiana governor said.\n"),
    "comey-letter": (
        "F.B.I. Director James B. Comey told Congress in a letter on Friday that the bureau "
        "had found new emails.\n\n"
        "Mrs. Clinton called the letter \"deeply troubling.\" John D. Podesta, her campaign "
        "chairman, said Mr. Comey owed the public an explanation.\n"),
    "conway-hardball": (
        "Kellyanne Conway appeared on MSNBC's \"Hardball\" on Wednesday.\n\n"
        "\"He's not going to apologize for telling the truth,\" Ms. Conway told Chris "
        "Matthews.\n\n"
        "Mr. Matthews asked whether Mr. Trump would accept the results. Ms. Conway said "
        "that he would.\n"),
}


EXPECTED: list[tuple] = [
    # NYT honorifics throughout, then a bare "Mr. Kaine"; "X's running mate, Senator Y of
    # Virginia, said": the name set off with the state it serves speaks
    ("nyt-honorifics", "could no longer defend him", "indirect", None, "Paul D. Ryan"),
    ("nyt-honorifics", "They are weak and ineffective", "direct", "Mr. Trump",
     "Donald J. Trump"),
    ("nyt-honorifics", "I would rather go it alone", "direct", None, "Donald J. Trump"),
    ("nyt-honorifics", "coming apart at the seams", "mixed", None, "Tim Kaine"),
    ("nyt-honorifics", "voters had noticed", "indirect", "Mr. Kaine", "Tim Kaine"),
    ("nyt-honorifics", "united and energized", "mixed", "Ms. Hicks", "Hope Hicks"),
    # epithets: "the Republican nominee", "the Manhattan billionaire", "the former
    # secretary of state"
    ("republican-nominee", "like a schoolboy", "mixed", "The Republican nominee",
     "Donald Trump"),
    ("republican-nominee", "I know what I believe", "direct", "the Manhattan billionaire",
     "Donald Trump"),
    ("republican-nominee", "looking forward to", "mixed", "The former secretary of state",
     "Hillary Clinton"),
    ("presumptive-nominee", "It's a great honor", "direct", "the presumptive nominee",
     "Donald Trump"),
    ("presumptive-nominee", "would not self-fund", "indirect", "He", "Donald Trump"),
    ("presumptive-nominee", "the party would unite", "indirect", None, "Reince Priebus"),
    # "Trump campaign manager X said", "a Trump spokeswoman, X, said", "X, the spokeswoman,"
    ("campaign-manager", "more detailed policy proposals", "indirect", None,
     "Kellyanne Conway"),
    ("campaign-manager", "what he will do on day one", "direct", "Conway",
     "Kellyanne Conway"),
    ("campaign-manager", "had raised $80 million", "indirect", None, "Katrina Pierson"),
    ("campaign-manager", "small donors made up most", "indirect", None, "Katrina Pierson"),
    ("clinton-spokesman-comma", "This is a ridiculous story", "direct", None,
     "Brian Fallon"),
    ("clinton-spokesman-comma", "had never been briefed", "indirect", None,
     "Jennifer Palmieri"),
    # "told reporters aboard Air Force One", "said in an interview with Fox News' Y",
    # "said on CNN's 'State of the Union'", "on NBC's 'Meet the Press'"
    ("air-force-one", "the nuclear deal would hold", "indirect", None, "Obama"),
    ("air-force-one", "I have no doubt Iran", "direct", "Mr. Obama", "Obama"),
    ("air-force-one", "had not spoken to Iranian leaders", "indirect", None, "Josh Earnest"),
    ("fox-interview", "He was making a joke", "direct", "Mr. Gingrich", "Newt Gingrich"),
    ("fox-interview", "blown the comment out of proportion", "indirect", "Mr. Hannity",
     "Sean Hannity"),
    ("state-of-the-union", "keep his campaign going", "indirect", None, "Bernie Sanders"),
    ("state-of-the-union", "We are in this to the end", "direct", "Mr. Sanders",
     "Bernie Sanders"),
    ("state-of-the-union", "superdelegates could still", "indirect", "he", "Bernie Sanders"),
    ("meet-the-press", "deeply troubling", "mixed", None, "Adam Schiff"),
    ("meet-the-press", "We have never seen anything", "direct", "Mr. Schiff", "Adam Schiff"),
    ("meet-the-press", "no evidence of coordination", "indirect", None, "Tom Cotton"),
    # a debate transcript with speaker labels: the lines, in no quote marks, are of kind
    # "indirect"; the moderator's line is left alone, as an interviewer's is; "TRUMP:"
    # between two turns that speak is a turn, though the story names nobody by it
    ("debate-transcript", "the question is about your emails", None, None, None),
    ("debate-transcript", "I made a mistake", None, "CLINTON", None),
    ("debate-transcript", "you would be in jail", None, "TRUMP", None),
    ("debate-transcript", "the kind of thing he says", None, "CLINTON", None),
    # "X accused Y of", "X insisted that", "X argued that", "X suggested", "has claimed"
    ("debate-story", "stiffing", None, "Mrs. Clinton", None),
    ("debate-story", "paid them what the work was worth", "indirect", "Mr. Trump", None),
    ("debate-story", "Maybe he didn't do a good job", "direct", "Mr. Trump", None),
    ("debate-story", "built his fortune", "indirect", "Mrs. Clinton", None),
    ("accused-suggested", "taking money from foreign governments", None, "Mr. Trump", None),
    ("accused-suggested", "Clinton Foundation should be shut down", "indirect", "He", None),
    ("accused-suggested", "It's a pay-to-play", "direct", "he", None),
    ("accused-suggested", "the foundation did nothing wrong", "indirect", "Mrs. Clinton",
     None),
    ("insisted-argued", "he would not run for re-election", "indirect", None, "Marco Rubio"),
    ("insisted-argued", "the stakes in the Senate", "indirect", "Mr. Rubio", "Marco Rubio"),
    ("insisted-argued", "I changed my mind", "direct", "Mr. Rubio", "Marco Rubio"),
    # "X tweeted", "X wrote on Twitter that", a tweet quoted in full
    ("tweeted", "SEE YOU IN COURT", "direct", "Mr. Trump", None),
    ("tweeted", "a victory for the Constitution", "indirect", None, "Bob Ferguson"),
    ("wrote-on-twitter", "a thin-skinned bully", "mixed", "Ms. Warren", "Elizabeth Warren"),
    ("wrote-on-twitter", "a total fraud", "mixed", "Mr. Trump", None),
    ("tweet-in-full", "The Theater must always be", "direct", "Donald Trump",
     "Donald Trump"),
    ("tweet-in-full", "he was not offended", "indirect", None, "Mike Pence"),
    # an anonymous official, then "The official said"
    ("anonymous-official", "weighing new sanctions", "indirect", "officials", None),
    ("anonymous-official", "We are looking at every option", "direct",
     "a senior administration official", None),
    ("anonymous-official", "a decision could come within days", "indirect", "The official",
     None),
    # indirect speech spread over two sentences ("The nominee, he said, had ...")
    ("indirect-two-sentences", "had spoken with Mr. Trump", "indirect", None, "Mike Pence"),
    ("indirect-two-sentences", "the tax returns would be released", "indirect", "he",
     "Mike Pence"),
    ("indirect-two-sentences", "no reason to doubt that", "indirect",
     "The Indiana governor", "Mike Pence"),
    # a quote whose speaker is named in the paragraph after ("That was the verdict of X")
    ("speaker-next-paragraph", "temperamentally unfit", "direct", None, "Michael Hayden"),
    ("speaker-next-paragraph", "would not vote for either", "indirect", "Mr. Hayden",
     "Michael Hayden"),
    # a rally speech quoted over several paragraphs
    ("rally-speech", "bring back our jobs", "direct", "he", "Trump"),
    ("rally-speech", "Nobody has been treated worse", "direct", None, "Trump"),
    ("rally-speech", "That ends on Nov. 8", "direct", None, "Trump"),
    # partisan-site headlines, "BREAKING:", "WATCH:", a video caption
    ("breitbart-headline", "open borders", "mixed", "Sen. Jeff Sessions", "Jeff Sessions"),
    ("breitbart-headline", "did not vote for this", "direct", "Sessions", "Jeff Sessions"),
    ("huffpost-headline", "He is a small, insecure", "direct", "Warren", "Elizabeth Warren"),
    ("breaking-watch", "would focus on keeping the House", "indirect", None, "Paul Ryan"),
    ("breaking-watch", "what's best for you", "direct", "Ryan", "Paul Ryan"),
    ("breaking-watch", "Ryan's comments on the call", None, None, None),
    # "Mr. Pence was asked about the tape": the one asked does not ask; the asker is unnamed
    ("video-caption", "the tape", "indirect", None, None),
    ("video-caption", "he does not condone the remarks", "indirect", "Pence", None),
    ("video-caption", "I cannot defend them", "direct", "Mr. Pence", None),
    # a poll story
    ("poll-percent", "Mrs. Clinton leads Mr. Trump", "indirect", None, None),
    ("poll-percent", "was not qualified to be president", "indirect", None, None),
    ("poll-percent", "The race is hers to lose", "direct", None, "Tim Malloy"),
    # a surrogate on cable
    ("surrogate-msnbc", "facts no longer mattered", "indirect", None, "Scottie Nell Hughes"),
    ("surrogate-msnbc", "no such thing, unfortunately", "direct", "Hughes",
     "Scottie Nell Hughes"),
    # a press secretary's briefing with a reporter's question
    ("press-briefing", "The president is evaluating", "direct", "Spicer", "Sean Spicer"),
    ("press-briefing", "I'm not going to get into that", "direct", "Spicer", "Sean Spicer"),
    # one label with an honorific answering a "Q:" line is a transcript's turn
    ("briefing-qa", "The president does believe that", None, "MR. SPICER", None),
    # wire copy
    ("wire-ap", "already sold out", "mixed", None, "Jason Miller"),
    ("reuters-wire", "would not allow a vote", "indirect", None, "Mitch McConnell"),
    ("reuters-wire", "should have a voice", "direct", "McConnell", "Mitch McConnell"),
    ("reuters-wire", "shirking his duty", "mixed", None, "Harry Reid"),
    ("cable-web", "My father has always respected", "direct", "Trump Jr.",
     "Donald Trump Jr."),
    ("cable-web", "locker room talk", "mixed", "Trump Jr.", "Donald Trump Jr."),
    ("house-vote", "will hurt millions", "direct", None, "Nancy Pelosi"),
    # a closing "according to a document" credits the document over the cue inside, as
    # PolNeAR does
    ("second-hand", "great pressure", "mixed", "a document", None),
    ("campaign-said-statement", "a private conversation", "mixed", "The Trump campaign", None),
    # '"A," the statement quoted Mr. Trump as saying': the one quoted speaks
    ("campaign-said-statement", "I apologize if anyone", "direct", "Mr. Trump", None),
    ("sanders-supporters", "We are not going to be silent", "direct", None, "Maria Lopez"),
    ("sanders-supporters", "asked his supporters to be respectful", "indirect", None,
     "Jeff Weaver"),
    ("governor-op-ed", "could not support his party's nominee", "indirect", None,
     "John Kasich"),
    ("governor-op-ed", "I cannot in good conscience", "direct", "Kasich", "John Kasich"),
    ("dem-leader-fox-said", "Democrats would fight the nominee", "indirect", None,
     "Chuck Schumer"),
    ("dem-leader-fox-said", "He is out of the mainstream", "direct", "Schumer",
     "Chuck Schumer"),
    ("dem-leader-fox-said", "Schumer was playing politics", "indirect", "Republicans", None),
    ("pence-said-in-interview", "different styles", "mixed", None, "Mike Pence"),
    ("pence-said-in-interview", "But we share the same values", "direct",
     "the Indiana governor", "Mike Pence"),
    ("comey-letter", "the bureau had found new emails", "indirect", None, "James B. Comey"),
    ("comey-letter", "owed the public an explanation", "indirect", None, "John D. Podesta"),
    ("conway-hardball", "He's not going to apologize", "direct", "Ms. Conway",
     "Kellyanne Conway"),
    # "Mr. Matthews asked whether A": the asker; "Ms. Conway said that he would": a clause
    # cut short is still her statement
    ("conway-hardball", "whether Mr. Trump would accept", "indirect", "Mr. Matthews",
     "Chris Matthews"),
    ("conway-hardball", "he would", "indirect", "Ms. Conway", "Kellyanne Conway"),
]

# expectations the library does not meet yet: (article, piece) -> the cause
NOT_YET: dict[tuple[str, str], str] = {
    ("republican-nominee", "looking forward to"):
        "'the former secretary of state' after a person the story never titled so: "
        "'the former X' refers back only to one titled 'former X'",
}


test_attribution = attribution_test(ARTICLES, EXPECTED, NOT_YET)


def test_the_articles_read_whole():
    """Every article reads through without error on the model-free path."""
    for text in ARTICLES.values():
        assert quotetrack.extract(text).text == text


def _rows(text: str) -> list[tuple[str, str, str | None]]:
    """(text, mention, speaker name) of each quote found, in order."""
    return [(t, m, name) for t, _, m, name in quote_rows(text)]


def test_a_name_set_off_with_the_state_it_serves_speaks():
    """ "Mrs. Doe's running mate, Senator Tim Roe of Virginia, said A": the name set off
    with its state is the speaker, not the owner of the role; a role whose preposition
    governs the name ("a spokesman for Tim Roe of Virginia", "the daughter of ...") leaves
    the name before it speaking."""
    text = ("Mrs. Doe's running mate, Senator Tim Roe of Virginia, said the party was weak.\n"
            "\nThe mayor's aide, Ann Lutz of Dayton, said the budget was late.\n")
    assert [n for _, _, n in _rows(text)] == ["Tim Roe", "Ann Lutz"], _rows(text)
    for role in ("a spokesman for", "the daughter of"):
        near = f"Jo Hale, {role} Tim Roe of Virginia, said the party was weak.\n"
        assert [n for _, _, n in _rows(near)] == ["Jo Hale"], _rows(near)


def test_a_debate_turn_between_two_turns_speaks():
    """ "CLINTON: ... TRUMP: ... CLINTON: ...": a name in capitals between two turns that
    speak is a turn, though the story names nobody by it and it labels one line; a label
    of no one ("UPDATE:") between them is not, nor one after the last turn."""
    text = ("The debate was held in Ohio. Senator Ann Vale took the first question.\n\n"
            "VALE: I will cut taxes.\n\nMORROW: You said that last year.\n\n"
            "VALE: And I did it.\n")
    assert [m for _, m, _ in _rows(text)] == ["VALE", "MORROW", "VALE"], _rows(text)
    near = ("The debate was held in Ohio. Senator Ann Vale took the first question.\n\n"
            "VALE: I will cut taxes.\n\nUPDATE: The hall is full.\n\n"
            "VALE: And I did it.\n\nMORROW: You said that last year.\n")
    assert [m for _, m, _ in _rows(near)] == ["VALE", "VALE"], _rows(near)


def test_one_label_answering_a_question_line_is_a_turn():
    """ "Q: Does he believe it?\\n\\nMR. SPICER: He does.": one honorific label answering
    a "Q:" line speaks; the same label alone, or one that names nobody, does not."""
    text = "The briefing went on.\n\nQ: Does he believe it?\n\nMR. SPICER: He does, yes.\n"
    assert _rows(text) == [("He does, yes.", "MR. SPICER", "SPICER")], _rows(text)
    assert _rows("The briefing went on.\n\nMR. SPICER: He does, yes.\n") == []
    assert _rows("The briefing went on.\n\nQ: Is it over?\n\nUPDATE: It is over now.\n") == []


def test_a_verdict_of_a_person_in_the_paragraph_after_names_the_quote_s_speaker():
    """ '“He is unfit.”\\n\\nThat was the verdict of Jo Hale, a former general.': she
    speaks the quote before; "the verdict of the jury" names no person, and leaves it."""
    text = ("\"He is unfit to serve.\"\n\nThat was the verdict of Jo Hale, a former "
            "general.\n")
    assert [n for _, _, n in _rows(text)] == ["Jo Hale"], _rows(text)
    near = "\"He is unfit to serve.\"\n\nThat was the verdict of the jury.\n"
    assert [n for _, _, n in _rows(near)] == [None], _rows(near)


def test_a_quote_the_text_after_it_quotes_someone_as_saying():
    """ '“A,” the statement quoted Jane Roe as saying': Jane Roe speaks, not the statement
    or the paper; "“A,” she said, saying it twice" stays hers."""
    text = ("\"I apologize,\" the statement quoted Jane Roe as saying.\n\n"
            "\"We are done,\" the paper quoted Tom Lee as saying on Monday.\n")
    assert [m for _, m, _ in _rows(text)] == ["Jane Roe", "Tom Lee"], _rows(text)
    near = "Ann Vale spoke. \"I apologize,\" she said, saying it twice.\n"
    assert [m for _, m, _ in _rows(near)] == ["she"], _rows(near)


def test_a_question_put_in_the_passive_has_no_speaker_named():
    """ "Mr. Doe was asked about the tape", "Doe was asked whether A": the one asked asks
    nothing, and the asker goes unnamed; "was asked by host Jane Roe whether A" is Roe's;
    "are asking X to" is the subject's own request."""
    text = ("Tom Doe was asked about the tape on Monday. Doe was asked whether he would "
            "resign. Doe was asked by host Jane Roe whether he would run.\n")
    assert [(m, n) for _, m, n in _rows(text)] == [
        (None, None), (None, None), ("host Jane Roe", "Jane Roe")], _rows(text)
    near = "Eleven groups are asking Tom Doe to resign.\n"
    assert [m for _, m, _ in _rows(near)] == ["Eleven groups"], _rows(near)


def test_a_name_with_a_role_it_holds_now_set_off_after_it_speaks():
    """ "Jo Hale, a former aide, now a CNN commentator, said A", "Sen. Tom Lee of Texas,
    now a presidential contender, proposed A": the name before the set-off phrases that
    "now" opens speaks, not the role; "X, a lawyer and now a CNN analyst, said" as before."""
    text = ("Jo Hale, a former campaign manager, now a CNN commentator, said the tape was "
            "old news.\n\nSen. Tom Lee of Texas, now a presidential contender, proposed an "
            "amendment that would limit terms.\n\nAnn Roe, a lawyer and now a CNN analyst, "
            "said the case was weak.\n")
    assert [n for _, _, n in _rows(text)] == ["Jo Hale", "Tom Lee", "Ann Roe"], _rows(text)


def test_a_message_to_someone_before_a_colon_is_its_owner_s():
    """ 'His message to the crowd: “...”', 'The mayor's answer to critics: “...”': the
    owner of the message speaks, as in 'His message: “...”'."""
    text = ("Tom Doe held a rally in Ohio. His message to the crowd: \"We will win so "
            "much.\"\n")
    assert [n for _, _, n in _rows(text)] == ["Tom Doe"], _rows(text)
    text = ("Mayor Ann Vale took questions. The mayor's answer to critics: \"Wait and "
            "see.\"\n")
    assert [m for _, m, _ in _rows(text)] == ["The mayor"], _rows(text)
