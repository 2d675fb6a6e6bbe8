"""News of styles the earlier style tests did not try (a trial's daily report with
testimony, "told the jury", "under cross-examination", "asked her" and "she replied", an
inquest with a coroner's conclusion, a parliamentary committee's chair and her questions, a
central bank's press conference and its minutes, a World Cup coach and an Olympic diver
"through an interpreter" and "through a translator", a transfer story with "sources close
to the player", a wildfire's fire chief, evacuees and residents, a strike's union leader and
management "in a letter to staff", an AI-safety hearing with a senator's question and
"replied", cricket's "the opener" and rugby's head coach, elections in France, Germany,
Japan, Brazil, South Africa and Indonesia and their titles ("Far-right leader", "CDU
leader", "Outgoing Chancellor", "ANC secretary-general", "DA leader", a Javanese name used
alone), a royal story with "Buckingham Palace said" and "a palace spokesperson", a school
board's president and a parent, a farm story in Yorkshire dialect, a TV recap whose
characters speak ("Nora tells her brother", "he finally answers"), a memoir's "she
writes", a quote within a quote, "clarified", "went on to say", "added later" and a
corrected figure, "Asked whether ..., X declined to comment", "X's office said", "in a
statement to this newspaper", "according to a transcript", one quote from two brothers, a
feature's subject by first name only, children by age, an employment tribunal, "the
minutes showed" and "Several members noted that"): a twelfth wave, h56-sty in the
twenty-seventh round.

Every article here was written for the test, with invented people, places and outlets,
before the library was run on it, and is read by the model-free default path. Each
expected attribution is one case of ``findings.attribution_test``, whose docstring tells
the table's format. Of the 102 cases of the first 42 articles, 8 were wrong at first: 3
expectations went against the project's conventions (relaxed with a note), 4 are fixed, 1
stayed a strict xfail. Of the 31 cases of a second batch of 14 articles, 3 were wrong: 1
convention, 1 fixed, 1 strict xfail. Both xfails ("the opener said", "the former world No.
1 said") were fixed by h57-rol (tests/test_role_epithets.py).
"""

from findings import attribution_test, quote_rows

import quotetrack
from quotetrack.parse.rules import annotate_tokens

ARTICLES: dict[str, str] = {
    "trial-cross": (
        "The third day of the fraud trial of former bank manager Colin Drummond ended with "
        "a tense cross-examination.\n\n"
        "Witness Harriet Okafor, a former teller, testified that she had seen Drummond move "
        "cash into a private account. \"He told me it was a loan,\" Okafor told the jury.\n\n"
        "Under cross-examination, Okafor conceded that she had never seen the account "
        "statements.\n\n"
        "\"You are guessing, aren't you?\" defence lawyer Simon Greaves asked her.\n\n"
        "\"No,\" she replied.\n\n"
        "The trial continues on Monday.\n"),
    "inquest": (
        "A coroner has ruled that a cyclist killed on the A38 died as a result of a road "
        "traffic collision.\n\n"
        "Recording a conclusion at Brackwell Coroner's Court, senior coroner Fiona Lathom "
        "said the junction had been \"poorly signed for years\".\n\n"
        "The cyclist's widow, Paula Yates-Kerr, told the inquest that her husband had "
        "complained about the junction to the council twice.\n\n"
        "\"I hope no other family goes through this,\" she said after the hearing.\n"),
    "committee-chair": (
        "The head of the water regulator faced a grilling from MPs on Wednesday.\n\n"
        "\"Why did you not act sooner?\" asked committee chair Dame Ruth Hensley.\n\n"
        "Regulator chief executive Anil Mistry told the committee that the watchdog had "
        "lacked the powers to intervene. \"Our hands were tied,\" he said.\n\n"
        "Ms Hensley said the answer was \"simply not good enough\".\n"),
    "central-bank": (
        "The Reserve Bank of Kestria left its main interest rate unchanged at 4.5 percent "
        "on Thursday.\n\n"
        "\"Inflation is falling, but not fast enough,\" Governor Mateo Brandt told a news "
        "conference after the decision.\n\n"
        "Minutes of the bank's previous meeting, published on Tuesday, showed that two "
        "members had argued for a cut.\n\n"
        "Brandt declined to say when rates would fall.\n"),
    "worldcup-interpreter": (
        "Morocco's coach praised his players after the 2-0 win over Portugal in the "
        "quarter-final.\n\n"
        "\"We played with our hearts,\" Walid Benali said through an interpreter.\n\n"
        "Portugal captain Rui Almeida said his side had \"no excuses\".\n"),
    "transfer-sources": (
        "Arsenal are closing in on a deal for Brazilian winger Caio Ferreira, according to "
        "sources close to the player.\n\n"
        "Sources close to Ferreira said he was keen on a move to London.\n\n"
        "His agent, Marco Lenzi, said no agreement had been reached. \"We are talking to "
        "several clubs,\" Lenzi told Sky Sports.\n"),
    "wildfire": (
        "Thousands of residents fled the foothills east of Redmond Valley on Saturday as "
        "the Cedar Ridge fire jumped two highways.\n\n"
        "\"Get out now. Do not wait for the order,\" Fire Chief Lorena Baptiste said at a "
        "briefing.\n\n"
        "Resident Tom Hadley, 72, said he had grabbed only his dog and his medicine. \"I "
        "could see the flames over the ridge,\" Hadley said.\n"),
    "strike": (
        "Nurses at four hospitals walked out on Monday in a dispute over pay.\n\n"
        "\"Our members have been pushed to the brink,\" said union leader Gail Morrow.\n\n"
        "Management said in a letter to staff that the offer on the table was final.\n\n"
        "Hospital chief executive Denis Pryor said patient care would not suffer.\n"),
    "ai-safety-hearing": (
        "Lawmakers pressed the chief executive of an AI company on Tuesday about the "
        "safety of its chatbot.\n\n"
        "\"Can you guarantee that your system will not help someone build a weapon?\" Sen. "
        "Maria Castellano asked.\n\n"
        "\"No one can guarantee that,\" replied Devin Osei, the chief executive of "
        "Larkspur AI. \"But we test for it.\"\n\n"
        "Osei testified that the company had hired 40 safety researchers.\n"),
    "cricket": (
        "Nathan Blake's unbeaten 142 carried England to a seven-wicket win over New "
        "Zealand at Trent Bridge.\n\n"
        "\"It was one of those days when everything came off the middle,\" the opener "
        "said.\n\n"
        "New Zealand captain Kane Tapsell said his bowlers had been \"too short\".\n"),
    "rugby": (
        "Leinster came from behind to beat Toulouse 24-21 in the Champions Cup final.\n\n"
        "\"The lads never gave up,\" said head coach Declan Farrelly.\n\n"
        "Toulouse captain Antoine Mercadier said his team had \"lost it in the last ten "
        "minutes\".\n"),
    "france-election": (
        "PARIS - France's prime minister, Élise Garnier, conceded defeat on Sunday night "
        "after her centrist alliance came third.\n\n"
        "\"The French people have spoken,\" Garnier said in a televised address.\n\n"
        "Far-right leader Julien Marchal told supporters that the country had chosen "
        "change.\n"),
    "germany-election": (
        "BERLIN - The Christian Democrats won the most votes in Sunday's election, "
        "exit polls showed.\n\n"
        "CDU leader Friedrich Wendt said he would begin coalition talks within days. \"We "
        "have a mandate,\" Wendt told ARD.\n\n"
        "Outgoing Chancellor Sabine Kohlhaas said she respected the result.\n"),
    "japan-election": (
        "TOKYO - Japan's ruling party lost its majority in the lower house on Sunday.\n\n"
        "Prime Minister Hiroshi Tanabe said he would take responsibility for the result. "
        "\"I apologise to our supporters,\" Tanabe told reporters at party headquarters.\n\n"
        "Opposition leader Yuko Morishita said voters had \"lost patience\".\n"),
    "brazil-election": (
        "SAO PAULO - Brazil's president, Luiz Carvalho, promised on Monday to govern for "
        "all Brazilians after a narrow win.\n\n"
        "\"There are not two Brazils,\" Carvalho said in Brasília.\n\n"
        "His rival, former governor Tarcísio Moreira, said he would not contest the "
        "result.\n"),
    "south-africa": (
        "JOHANNESBURG - The ANC will hold talks with opposition parties this week, its "
        "secretary-general said on Friday.\n\n"
        "\"Nobody has a monopoly on wisdom,\" ANC secretary-general Sipho Mabaso told "
        "reporters.\n\n"
        "DA leader Jan Steenkamp said his party was open to talks.\n"),
    "indonesia": (
        "JAKARTA - Indonesia's president, Budi Santoso, said on Tuesday that the new capital "
        "would open on schedule.\n\n"
        "\"This is a project for our grandchildren,\" Budi told reporters.\n\n"
        "Finance Minister Sri Wulandari said the budget had room for the work.\n"),
    "royal": (
        "The King will not attend the summit in Kigali, Buckingham Palace said on "
        "Tuesday.\n\n"
        "A palace spokesperson said the decision had been taken on medical advice.\n\n"
        "\"His Majesty is disappointed,\" the spokesperson said.\n"),
    "school-board": (
        "The Millbrook school board voted 4-3 on Tuesday night to ban phones in "
        "classrooms.\n\n"
        "\"Our kids cannot focus,\" board president Janet Ruiz said before the vote.\n\n"
        "Parent Kevin Ostrowski told the board that the ban went too far. \"What if there "
        "is an emergency?\" he asked.\n"),
    "farm-dialect": (
        "The dry spell has hit the hill farms of the Dales hardest.\n\n"
        "\"Ah've never seen t' beck this low,\" said sheep farmer Walter Pickles, 81. "
        "\"Not in all me days.\"\n\n"
        "His neighbour, Edna Thwaite, said the grass had \"gone to straw\".\n"),
    "tv-recap": (
        "Last night's episode of Harbour Lights finally gave us the showdown we were "
        "waiting for.\n\n"
        "\"You lied to me for ten years,\" Nora tells her brother Callum in the kitchen.\n\n"
        "Callum, played by Rhys Fenwick, says nothing. \"I did it for you,\" he finally "
        "answers.\n"),
    "book-excerpt": (
        "In her new memoir, the former diplomat Irene Castellanos recalls the night the "
        "embassy was evacuated.\n\n"
        "\"We burned the files in the garden until dawn,\" she writes.\n\n"
        "Castellanos told this newspaper that she had waited 30 years to tell the story.\n"),
    "quote-in-quote": (
        "Maria Ortega still farms the land her grandfather bought in 1951.\n\n"
        "\"My father always told me, 'Never sell the land,'\" Ortega said. \"So I never "
        "did.\"\n\n"
        "Her son Diego said he planned to keep the farm too.\n"),
    "clarified": (
        "Mayor Ben Kowalski said on Monday that the city would close two fire stations.\n\n"
        "On Tuesday he clarified that the stations would be merged, not closed.\n\n"
        "\"I misspoke,\" Kowalski said. He went on to say that no firefighters would lose "
        "their jobs.\n\n"
        "Fire union president Lou Baird added later that the union would watch closely.\n"),
    "declined-comment": (
        "The chief executive of Orchard Foods, Pamela Voss, said sales had fallen for a "
        "third quarter.\n\n"
        "Asked whether the company would close stores, Voss declined to comment.\n\n"
        "Asked if she would resign, she said: \"No.\"\n"),
    "office-said": (
        "Sen. Howard Kline's office said on Friday that he would return to work next "
        "week after surgery.\n\n"
        "Kline's office said in a statement that the surgery had gone well.\n\n"
        "Gov. Dana Reeves's office did not respond to a request for comment.\n"),
    "statement-to-paper": (
        "The developer behind the Quayside towers has denied cutting corners on fire "
        "safety.\n\n"
        "In a statement to this newspaper, a spokesman for Halvorsen Homes said the "
        "buildings met every standard.\n\n"
        "Tenant Aisha Karim said she was not convinced.\n"),
    "transcript": (
        "The president pressed his counterpart on trade in a phone call last week.\n\n"
        "\"You have to open your markets,\" President Dale Whitfield said, according to a "
        "transcript released by the White House.\n\n"
        "The transcript shows that the other leader did not reply.\n"),
    "two-at-once": (
        "Two brothers from Leeds have won the national baking title.\n\n"
        "\"We still cannot believe it,\" said Ravi and Sunil Mehra, who run a bakery on "
        "Kirkgate.\n\n"
        "The judges said the brothers' bread was \"flawless\".\n"),
    "first-name-feature": (
        "Leila has lived in the shelter on Dock Road since March.\n\n"
        "\"I never thought I would end up here,\" Leila said. She asked that her surname "
        "not be published.\n\n"
        "Shelter manager Greg Tomlin said demand had doubled.\n"),
    "child-age": (
        "Pupils at Fernhill Primary planted 500 trees on Friday.\n\n"
        "\"It was really muddy,\" said Ava, 7.\n\n"
        "Her classmate Noah, 8, said he wanted to plant more. \"Trees are cool,\" he said.\n"),
    "olympics-translator": (
        "China's Li Wen won gold in the women's 10m platform on Thursday.\n\n"
        "\"I dreamed of this for twelve years,\" Li said through a translator.\n\n"
        "Her coach, Zhou Ming, said Li had trained through a shoulder injury.\n"),
    "tribunal-told": (
        "An employment tribunal has heard that a warehouse worker was sacked for joining "
        "a union.\n\n"
        "Darren Keogh told the tribunal that his manager had warned him to \"keep his head "
        "down\".\n\n"
        "The company's lawyer, Ruth Abbott, said Mr Keogh had been dismissed for "
        "lateness.\n"),
    "chair-asked-reply": (
        "At the hearing, the committee's chairman, Sen. Paul Ridley, asked whether the "
        "agency had warned the White House.\n\n"
        "\"We did, repeatedly,\" said agency director Nina Castro.\n\n"
        "Ridley said he wanted to see the emails.\n"),
    "minutes-members": (
        "Most policymakers at the Federal Reserve's last meeting thought rates should stay "
        "high for longer, minutes released on Wednesday showed.\n\n"
        "Several members noted that inflation remained well above target.\n\n"
        "Economist Rachel Amadi of Northbridge said the minutes were \"hawkish\".\n"),
    "union-management": (
        "Talks to end the bus strike in Carwell broke down on Thursday.\n\n"
        "\"They are not serious about a deal,\" said Unite regional officer Sean "
        "Gilmartin.\n\n"
        "A spokeswoman for Carwell Buses said the company had made a fair offer and urged "
        "drivers to return.\n"),
    "evacuee-quotes": (
        "At the evacuation centre in the high school gym, families waited for news.\n\n"
        "\"We left with the clothes on our backs,\" said Marisa Delgado, holding her "
        "sleeping son.\n\n"
        "Next to her, retiree Hal Jensen said he had no idea whether his house was still "
        "standing.\n"),
    "went-on": (
        "Coach Tyrone Ellis was blunt after the defeat. \"We were awful,\" he said.\n\n"
        "Ellis went on to say that several players had let the club down.\n"),
    "corrected-statement": (
        "A police spokesman initially said that three people had been arrested. Police "
        "later corrected the figure, saying that two people were in custody.\n"),
    "palace-statement": (
        "Kensington Palace said in a statement that the princess was \"recovering "
        "well\" and thanked the public for their messages.\n"),
    "police-appeal-inquiry": (
        "Detectives investigating a fatal stabbing in Harrowgate have renewed their appeal "
        "for witnesses.\n\n"
        "Det Insp Karen Fairlie, who is leading the inquiry, said: \"Someone knows who did "
        "this.\"\n\n"
        "A 19-year-old man arrested on Saturday has been released on bail, police said.\n"),
    "presser-asked-about": (
        "The prime minister faced questions about the leak at her weekly news conference.\n\n"
        "Asked about the leaked memo, Prime Minister Aroha Ngata said: \"I have not read it, "
        "and I will not comment on it.\"\n\n"
        "She said of the opposition leader: \"He should look at his own party first.\"\n"),
    "japan-cabinet": (
        "TOKYO - Japan will send relief supplies to the Philippines after the typhoon, the "
        "government said on Tuesday.\n\n"
        "Chief Cabinet Secretary Yoshiro Kato told a regular news conference that two "
        "aircraft would leave on Wednesday.\n\n"
        "\"We stand ready to do more,\" Kato said.\n"),
    "germany-greens": (
        "BERLIN - The Greens' co-leader, Annika Vogler, said on Monday that her party would "
        "not join a coalition that scrapped the climate law.\n\n"
        "SPD general secretary Matthias Kern said the Greens were \"overplaying their "
        "hand\".\n"),
    "interpreter-opening": (
        "Speaking through an interpreter, South Korean coach Park Min-jae said his team had "
        "been unlucky.\n\n"
        "\"We created more chances,\" Park said.\n"),
    "tennis-epithet": (
        "Elena Varga beat the top seed 6-4, 6-3 to reach the semi-finals.\n\n"
        "\"I played my best tennis today,\" the former world No. 1 said.\n\n"
        "The 19-year-old she beat, Mia Kowal, told BBC Sport: \"She was too good.\"\n"),
    "statement-through-agent": (
        "The actress Clara Beaumont has pulled out of the West End run of Hedda.\n\n"
        "In a statement released through her agent, Beaumont said she needed time to "
        "recover from surgery.\n\n"
        "Producers said the show would go on with her understudy.\n"),
    "downing-street": (
        "Downing Street has said it will not publish the report before the summer.\n\n"
        "A Number 10 spokesman said the report was \"still being finalised\".\n\n"
        "Opposition leader Grace Whitlock told MPs the delay was \"a cover-up\".\n"),
    "club-sources": (
        "Sources at the club insist that the manager's job is safe.\n\n"
        "Chairman Derek Lowe told the Evening Post: \"He has our full backing.\"\n"),
    "tv-recap-reported": (
        "In this week's episode, Tony tells Carmela that he is leaving the business.\n\n"
        "She does not believe him. \"You say that every year,\" Carmela snaps.\n"),
    "memoir-dialogue": (
        "In the memoir, Okafor describes the night the soldiers came.\n\n"
        "\"Get down!\" my father shouted, she writes. \"Do not move.\"\n\n"
        "Okafor, now 54, told this newspaper she still dreams of that night.\n"),
    "mp-asked-minister": (
        "Labour MP Anna Kerr asked the minister whether the hospital would stay open.\n\n"
        "Health Minister Owen Price replied that no decision had been taken.\n\n"
        "\"That is not an answer,\" Ms Kerr said.\n"),
    "court-papers": (
        "Lawyers for the singer Jaylen Brooks said in court papers filed on Friday that the "
        "lawsuit was \"baseless\".\n\n"
        "The plaintiff's attorney, Nadia Flores, said the papers were full of errors.\n"),
    "afl-coach": (
        "Hawthorn coach Sam Mitchell-Reid said his players had been \"flat\" all night.\n\n"
        "\"We just did not turn up,\" he said. \"It's on me.\"\n\n"
        "Skipper Jai Newcombe said the group would bounce back.\n"),
}

EXPECTED: list[tuple] = [
    # a trial's daily report: testimony, "told the jury", "under cross-examination"
    ("trial-cross", "she had seen Drummond move cash", "indirect", None, "Harriet Okafor"),
    ("trial-cross", "He told me it was a loan", "direct", "Okafor", "Harriet Okafor"),
    ("trial-cross", "she had never seen the account", "indirect", "Okafor", "Harriet Okafor"),
    ("trial-cross", "You are guessing", "direct", None, "Simon Greaves"),
    ("trial-cross", "No,", "direct", "she", "Harriet Okafor"),
    # an inquest: a coroner's conclusion and a widow "told the inquest"
    ("inquest", "poorly signed for years", "mixed", None, "Fiona Lathom"),
    ("inquest", "her husband had complained", "indirect", None, "Paula Yates-Kerr"),
    ("inquest", "I hope no other family", "direct", "she", "Paula Yates-Kerr"),
    # a parliamentary committee: a chair's question, a witness
    ("committee-chair", "Why did you not act sooner", "direct", None, "Ruth Hensley"),
    ("committee-chair", "lacked the powers to intervene", "indirect", None, "Anil Mistry"),
    ("committee-chair", "Our hands were tied", "direct", "he", "Anil Mistry"),
    ("committee-chair", "simply not good enough", "mixed", None, "Ruth Hensley"),
    # a central bank's press conference and its minutes
    ("central-bank", "Inflation is falling", "direct", None, "Mateo Brandt"),
    # "Minutes of X, published on Tuesday, showed that A": a document with an "of" phrase,
    # then a participle set off by commas
    ("central-bank", "two members had argued for a cut", "indirect",
     "Minutes of the bank's previous meeting", None),
    ("worldcup-interpreter", "We played with our hearts", "direct", "Walid Benali",
     "Walid Benali"),
    ("worldcup-interpreter", "no excuses", "mixed", None, "Rui Almeida"),
    # a transfer story with "sources close to the player"
    # (the head of "sources close to X" before its cue is the mention, as "people familiar
    # with the matter" is: the project's convention)
    ("transfer-sources", "he was keen on a move", "indirect",
     ("Sources", "Sources close to Ferreira"), None),
    ("transfer-sources", "no agreement had been reached", "indirect", None, "Marco Lenzi"),
    ("transfer-sources", "We are talking to several clubs", "direct", "Lenzi", "Marco Lenzi"),
    # a wildfire with a fire chief and residents
    ("wildfire", "Get out now", "direct", None, "Lorena Baptiste"),
    ("wildfire", "grabbed only his dog", "indirect", None, "Tom Hadley"),
    ("wildfire", "I could see the flames", "direct", "Hadley", "Tom Hadley"),
    ("evacuee-quotes", "the clothes on our backs", "direct", None, "Marisa Delgado"),
    ("evacuee-quotes", "his house was still standing", "indirect", None, "Hal Jensen"),
    # a strike: union and management
    ("strike", "pushed to the brink", "direct", None, "Gail Morrow"),
    # "said in a letter to staff that A": "staff" after "to" is no verb before "that"
    ("strike", "the offer on the table was final", "indirect", "Management", None),
    ("strike", "patient care would not suffer", "indirect", None, "Denis Pryor"),
    ("union-management", "not serious about a deal", "direct", None, "Sean Gilmartin"),
    ("union-management", "the company had made a fair offer", "indirect",
     "A spokeswoman for Carwell Buses", None),
    # an AI-safety hearing: a senator's question, "replied", "testified that"
    ("ai-safety-hearing", "Can you guarantee", "direct", None, "Maria Castellano"),
    ("ai-safety-hearing", "No one can guarantee that", "direct", None, "Devin Osei"),
    ("ai-safety-hearing", "But we test for it", "direct", None, "Devin Osei"),
    ("ai-safety-hearing", "hired 40 safety researchers", "indirect", "Osei", "Devin Osei"),
    # cricket and rugby: "the opener", "head coach"
    ("cricket", "everything came off the middle", "direct", "the opener", "Nathan Blake"),
    ("cricket", "too short", "mixed", None, "Kane Tapsell"),
    ("rugby", "The lads never gave up", "direct", None, "Declan Farrelly"),
    ("rugby", "lost it in the last ten", "mixed", None, "Antoine Mercadier"),
    # elections abroad and their titles
    ("france-election", "The French people have spoken", "direct", "Garnier", "Élise Garnier"),
    ("france-election", "the country had chosen change", "indirect", None, "Julien Marchal"),
    ("germany-election", "begin coalition talks", "indirect", None, "Friedrich Wendt"),
    ("germany-election", "We have a mandate", "direct", "Wendt", "Friedrich Wendt"),
    ("germany-election", "she respected the result", "indirect", None, "Sabine Kohlhaas"),
    ("japan-election", "take responsibility for the result", "indirect", None,
     "Hiroshi Tanabe"),
    ("japan-election", "I apologise to our supporters", "direct", "Tanabe", "Hiroshi Tanabe"),
    ("japan-election", "lost patience", "mixed", None, "Yuko Morishita"),
    ("brazil-election", "There are not two Brazils", "direct", "Carvalho", "Luiz Carvalho"),
    ("brazil-election", "he would not contest the result", "indirect", None,
     "Tarcísio Moreira"),
    ("south-africa", "Nobody has a monopoly on wisdom", "direct", None, "Sipho Mabaso"),
    ("south-africa", "his party was open to talks", "indirect", None, "Jan Steenkamp"),
    ("indonesia", "the new capital would open", "indirect", None, "Budi Santoso"),
    ("indonesia", "a project for our grandchildren", "direct", "Budi", "Budi Santoso"),
    ("indonesia", "the budget had room", "indirect", None, "Sri Wulandari"),
    # a royal story: the palace and its spokesperson
    ("royal", "The King will not attend", "indirect", "Buckingham Palace", None),
    ("royal", "taken on medical advice", "indirect", "A palace spokesperson", None),
    ("royal", "His Majesty is disappointed", "direct", "the spokesperson", None),
    ("palace-statement", "recovering", "mixed", "Kensington Palace", None),
    # a school board meeting
    ("school-board", "Our kids cannot focus", "direct", None, "Janet Ruiz"),
    ("school-board", "the ban went too far", "indirect", None, "Kevin Ostrowski"),
    ("school-board", "What if there is an emergency", "direct", "he", "Kevin Ostrowski"),
    # a farm story with dialect quotes
    ("farm-dialect", "never seen t' beck", "direct", None, "Walter Pickles"),
    ("farm-dialect", "Not in all me days", "direct", None, "Walter Pickles"),
    ("farm-dialect", "gone to straw", "mixed", None, "Edna Thwaite"),
    # a TV recap: the characters speak (a reader asks who said the line in the story)
    ("tv-recap", "You lied to me", "direct", "Nora", "Nora"),
    # '“A,” he finally answers': "answers" cues a quote past an adverb
    ("tv-recap", "I did it for you", "direct", "he", "Callum"),
    # a book excerpt: "she writes"
    ("book-excerpt", "We burned the files", "direct", "she", "Irene Castellanos"),
    ("book-excerpt", "waited 30 years", "indirect", "Castellanos", "Irene Castellanos"),
    # a quote within a quote: the outer speaker
    ("quote-in-quote", "My father always told me", "direct", "Ortega", "Maria Ortega"),
    ("quote-in-quote", "So I never did", "direct", None, "Maria Ortega"),
    ("quote-in-quote", "he planned to keep the farm", "indirect", None, "Diego"),
    # corrections: "clarified", "went on to say", "added later"
    ("clarified", "the city would close two fire stations", "indirect", None, "Ben Kowalski"),
    # "On Tuesday he clarified that A": a subject pronoun after a time phrase
    ("clarified", "the stations would be merged", "indirect", "he", "Ben Kowalski"),
    ("clarified", "I misspoke", "direct", "Kowalski", "Ben Kowalski"),
    ("clarified", "no firefighters would lose", "indirect", "He", "Ben Kowalski"),
    ("clarified", "the union would watch closely", "indirect", None, "Lou Baird"),
    ("went-on", "We were awful", "direct", "he", "Tyrone Ellis"),
    ("went-on", "several players had let the club down", "indirect", "Ellis",
     "Tyrone Ellis"),
    ("corrected-statement", "three people had been arrested", "indirect",
     "A police spokesman", None),
    ("corrected-statement", "two people were in custody", "indirect", "Police", None),
    # a question left unanswered: no statement
    ("declined-comment", "sales had fallen", "indirect", None, "Pamela Voss"),
    # (PolNeAR keeps "Asked whether A" as a statement of no one: the writer's question;
    # test_a_question_the_writer_put_has_no_speaker checks that Voss is not its speaker)
    ("declined-comment", "the company would close stores", "indirect", None, None),
    ("declined-comment", "No.", "direct", "she", "Pamela Voss"),
    # "X's office said", "in a statement to this newspaper", "according to a transcript"
    ("office-said", "return to work next week", "indirect", "Sen. Howard Kline's office",
     None),
    ("office-said", "the surgery had gone well", "indirect", "Kline's office", None),
    ("statement-to-paper", "met every standard", "indirect",
     "a spokesman for Halvorsen Homes", None),
    ("statement-to-paper", "she was not convinced", "indirect", None, "Aisha Karim"),
    ("transcript", "You have to open your markets", "direct", None, "Dale Whitfield"),
    # one quote, two speakers
    ("two-at-once", "We still cannot believe it", "direct", "Ravi and Sunil Mehra", None),
    ("two-at-once", "flawless", "mixed", "The judges", None),
    # a feature's subject by first name only, children by age
    ("first-name-feature", "I never thought I would end up here", "direct", "Leila", "Leila"),
    ("first-name-feature", "her surname not be published", None, None, None),
    ("first-name-feature", "demand had doubled", "indirect", None, "Greg Tomlin"),
    ("child-age", "It was really muddy", "direct", "Ava", "Ava"),
    ("child-age", "he wanted to plant more", "indirect", None, "Noah"),
    ("child-age", "Trees are cool", "direct", "he", "Noah"),
    ("olympics-translator", "I dreamed of this", "direct", "Li", "Li Wen"),
    ("olympics-translator", "trained through a shoulder injury", "indirect", None,
     "Zhou Ming"),
    # an employment tribunal and a committee chairman's question put as reported speech
    # (a mixed quote inside a statement of another's words: the manager's, reported by
    # Keogh, as nested attributions are read)
    ("tribunal-told", "keep his head", "mixed", "his manager", None),
    ("tribunal-told", "dismissed for lateness", "indirect", None, "Ruth Abbott"),
    ("chair-asked-reply", "We did, repeatedly", "direct", None, "Nina Castro"),
    ("chair-asked-reply", "he wanted to see the emails", "indirect", "Ridley", "Paul Ridley"),
    ("minutes-members", "inflation remained well above target", "indirect",
     "Several members", None),
    ("minutes-members", "hawkish", "mixed", None, "Rachel Amadi"),
    # a second batch, written after the first was run: a police appeal, a news
    # conference's "Asked about", Japanese and German titles, an interpreter before the
    # name, a tennis epithet, a statement through an agent, Downing Street, club sources,
    # a TV recap in reported speech, a memoir's dialogue, an MP's question, court papers,
    # an Australian coach
    ("police-appeal-inquiry", "Someone knows who did this", "direct", None, "Karen Fairlie"),
    ("police-appeal-inquiry", "has been released on bail", "indirect", "police", None),
    ("presser-asked-about", "I have not read it", "direct", None, "Aroha Ngata"),
    ("presser-asked-about", "He should look at his own party", "direct", "She", "Aroha Ngata"),
    ("japan-cabinet", "Japan will send relief supplies", "indirect", "the government", None),
    ("japan-cabinet", "two aircraft would leave", "indirect", None, "Yoshiro Kato"),
    ("japan-cabinet", "We stand ready", "direct", "Kato", "Yoshiro Kato"),
    ("germany-greens", "her party would not join", "indirect", None, "Annika Vogler"),
    ("germany-greens", "overplaying their", "mixed", None, "Matthias Kern"),
    ("interpreter-opening", "his team had been unlucky", "indirect", None, "Park Min-jae"),
    ("interpreter-opening", "We created more chances", "direct", "Park", "Park Min-jae"),
    ("tennis-epithet", "I played my best tennis", "direct", "the former world No. 1",
     "Elena Varga"),
    ("tennis-epithet", "She was too good", "direct", None, "Mia Kowal"),
    ("statement-through-agent", "she needed time to recover", "indirect", "Beaumont",
     "Clara Beaumont"),
    ("statement-through-agent", "the show would go on", "indirect", "Producers", None),
    ("downing-street", "still being finalised", "mixed", "A Number 10 spokesman", None),
    ("downing-street", "a cover-up", "mixed", None, "Grace Whitlock"),
    ("club-sources", "the manager's job is safe", "indirect",
     ("Sources", "Sources at the club"), None),
    ("club-sources", "He has our full backing", "direct", None, "Derek Lowe"),
    ("tv-recap-reported", "he is leaving the business", "indirect", "Tony", "Tony"),
    ("tv-recap-reported", "You say that every year", "direct", "Carmela", "Carmela"),
    # '“A!” my father shouted, she writes': a cry a memoir relays is the father's
    ("memoir-dialogue", "Get down", "direct", "my father", None),
    ("memoir-dialogue", "she still dreams", "indirect", None, "Okafor"),
    ("mp-asked-minister", "no decision had been taken", "indirect", None, "Owen Price"),
    ("mp-asked-minister", "That is not an answer", "direct", None, "Anna Kerr"),
    ("court-papers", "baseless", "mixed", "Lawyers for the singer Jaylen Brooks", None),
    ("court-papers", "the papers were full of errors", "indirect", None, "Nadia Flores"),
    ("afl-coach", "flat", "mixed", None, "Sam Mitchell-Reid"),
    ("afl-coach", "We just did not turn up", "direct", "he", "Sam Mitchell-Reid"),
    ("afl-coach", "It's on me", "direct", None, "Sam Mitchell-Reid"),
    ("afl-coach", "the group would bounce back", "indirect", None, "Jai Newcombe"),
]


# expectations the library does not meet yet: (article, piece) -> the cause
NOT_YET: dict[tuple[str, str], str] = {}


test_attribution = attribution_test(ARTICLES, EXPECTED, NOT_YET)


def test_the_articles_read_whole():
    """Every article reads through without error on the model-free path."""
    for text in ARTICLES.values():
        assert quotetrack.extract(text).text == text


def _rows(text: str) -> list[tuple[str, str, str | None]]:
    """(text, kind, speaker mention) of each quote found, in order."""
    return [(t, kind, mention) for t, kind, mention, _ in quote_rows(text)]


def _tag(text: str, word: str) -> str:
    """The tag the model-free annotator gives the first token ``word`` of ``text``."""
    return next(str(w["upos"]) for s in annotate_tokens(text) for w in s if w["text"] == word)


def test_a_collective_noun_after_to_before_that_is_no_verb():
    """ "said in a memo to staff that A", "in a letter to staff on Monday": "staff" (and
    "police", "people", ...) after "to" is the noun the message went to, and A is the
    statement; before an object it stays a verb ("to staff the ward", "to police our
    streets")."""
    text = "The union said in a memo to staff that the offer was final.\n"
    assert _rows(text) == [("the offer was final", "indirect", "The union")], _rows(text)
    assert _tag("The letter went out to staff on Monday.", "staff") == "NOUN"
    assert _tag("They hired nurses to staff the ward.", "staff") == "VERB"
    assert _tag("We need officers to police our streets.", "police") == "VERB"


def test_answers_cues_a_quote_past_an_adverb():
    """ '“A,” he finally answers', '“A,” she answered': a direct quote's cue; "answered
    questions" reports nothing, and "the answers" is no cue."""
    text = "Nora asks again. “I did it for you,” he finally answers.\n"
    assert _rows(text) == [("“I did it for you,”", "direct", "he")], _rows(text)
    near = "She answered questions for an hour. The answers were short.\n"
    assert _rows(near) == [], _rows(near)


def test_a_subject_pronoun_after_a_fronted_time_phrase():
    """ "On Tuesday he clarified that A", "In May she posited that A": the pronoun is the
    subject of a cue that reports only with "that"; "clarified the rules" reports
    nothing."""
    text = ("On Tuesday he clarified that the stations would be merged. In May she posited "
            "that prices would fall.\n")
    assert _rows(text) == [("the stations would be merged", "indirect", "he"),
                           ("prices would fall", "indirect", "she")], _rows(text)
    near = "On Tuesday he clarified the rules for the vote.\n"
    assert _rows(near) == [], _rows(near)


def test_a_question_the_writer_put_has_no_speaker():
    """ "Asked whether A, Voss declined to comment": the question is the writer's (PolNeAR
    keeps it as a statement of no one), never the words of the one who would not answer."""
    rows = quote_rows(ARTICLES["declined-comment"])
    asked = [r for r in rows if "close stores" in r[0]]
    assert asked and asked[0][3] is None, rows


def test_a_document_before_a_participle_set_off_by_commas():
    """ "A study of 2,000 adults, published Wednesday in Sleep, found that A", "The report of
    the panel, released on Monday, showed that A": the document with its "of" phrase speaks
    past the participle phrase; a thing that is no document does not ("The river of the
    valley, swollen by rain, showed that A")."""
    text = ("A study of 2,000 adults, published Wednesday in the journal Sleep, found that "
            "short naps improved memory. The report of the panel, released on Monday, "
            "showed that the dam was unsafe.\n")
    assert _rows(text) == [
        ("short naps improved memory", "indirect", "A study of 2,000 adults"),
        ("the dam was unsafe", "indirect", "The report of the panel")], _rows(text)
    near = "The river of the valley, swollen by rain, showed that the dam had failed.\n"
    assert _rows(near) == [], _rows(near)


def test_a_cry_a_memoir_relays_is_the_one_who_cried():
    """ '“Get down!” my father shouted, she writes', '“No,” her mother replied, she
    recalls': the inner frame's speaker, the outer one relaying; the cry alone stays its
    crier's."""
    text = "“Get down!” my father shouted, she writes. “No,” her mother replied, she recalls.\n"
    assert _rows(text) == [("“Get down!”", "direct", "my father"),
                           ("“No,”", "direct", "her mother")], _rows(text)
    near = "“Get down!” my father shouted.\n"
    assert _rows(near) == [("“Get down!”", "direct", "my father")], _rows(near)
