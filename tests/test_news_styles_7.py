"""News of styles the earlier style tests did not try (fact checks, a manager's press
conference and post-match quotes with role nouns, council and planning meetings, election
night, a magazine profile and a present-tense feature with "says X", Scottish, New
Zealand, Singaporean, Philippine, Pakistani and Caribbean English, a company's statement,
"in a statement, X said", a joint statement, a parliamentary sketch, book and film
reviews, a letter, text messages, experts with credentials after the name, "Her message:
“...”", a quote whose speaker comes two sentences later, "X, 34, said", speakers named only
by a role, plural speakers, a radio phone-in, a vox pop, a photo caption, a judgment):
a fifth wave, h33-sty in the seventeenth round.

Every article here was written for the test, with invented people, places and outlets,
before the library was run on it, and is read by the model-free default path. Each
expected attribution is one case of ``findings.attribution_test``, whose docstring tells
the table's format.
"""

from __future__ import annotations

import pytest
from findings import attribution_test, quote_rows

ARTICLES: dict[str, str] = {
    "fact-check-post": (
        "Claim: The Harlow bypass will cost every household £900.\n\n"
        "Verdict: False.\n\n"
        "Councillor Brian Tott claimed in a post on Facebook that the new bypass would add "
        "£900 to every household's council tax bill.\n\n"
        "The council's finance director, Ruth Elwin, said the true figure was closer to £14 "
        'a year. "The £900 figure has no basis in our budget," she said.\n\n'
        "Mr Tott told FactWatch he stood by his post.\n"),
    "fact-check-video": (
        "A video shared more than 40,000 times claims that tap water in Drayton contains "
        "lead at ten times the legal limit.\n\n"
        'That is not true. "Every sample we took last year was well within the limit," said '
        "Omar Feld, a spokesman for Drayton Water.\n\n"
        "The man in the video, who calls himself Truthseeker Dan, says in the clip: \"They "
        'are poisoning your children."\n\n'
        "Our rating: Mostly false.\n"),
    "press-conference": (
        "Bramhall City manager Steve Odell insisted on Friday that his job was safe despite "
        "five straight defeats.\n\n"
        '"I have spoken to the chairman and he has my back," the manager told reporters at '
        "the club's training ground.\n\n"
        "Asked about the injury to captain Leon Hart, Odell said: \"He will be out for a "
        'month, maybe more."\n\n'
        "The Bramhall boss added that he expected to sign a defender before the window "
        "closed.\n"),
    "post-match": (
        "Harriers coach Mele Tupou was proud of his young side after the 24-24 draw with "
        "Eastport.\n\n"
        '"We showed a lot of heart out there. To come back from 14 down takes some doing," '
        "Tupou said.\n\n"
        'Eastport captain Jack Rennie was less pleased. "We threw it away," he said. '
        '"Simple as that."\n\n'
        "The coach said winger Sam Lealaiauloto would have a scan on Monday.\n"),
    "planning-meeting": (
        "Plans for 120 homes on the edge of Kelbrook were approved by the planning "
        "committee on Tuesday night, despite objections from residents.\n\n"
        "Speaking at the meeting, resident Alan Pike said: \"The roads cannot cope with the "
        'traffic we have now."\n\n'
        "Councillor Joan Meade, who chairs the committee, said the scheme met every policy "
        'in the local plan. "We cannot refuse an application just because it is '
        'unpopular," she told the meeting.\n\n'
        "A spokeswoman for the council said work could start next year.\n"),
    "library-vote": (
        "Dozens of residents said they had not been told about the closure of the Fernhill "
        "library.\n\n"
        '"We found out from a sign on the door," said one, Gwen Adair, 67.\n\n'
        "Councillors voted 7-4 to close the branch. The council leader, Ravi Mehta, said "
        'the decision had been "painful but necessary".\n'),
    "election-night": (
        "It was a long night at the Marlow count.\n\n"
        '"Delighted," said Sue Carney, the new MP for Marlow North.\n\n'
        '"Gutted," said Peter Voss, who lost the seat he had held for 12 years.\n\n'
        '"The people have spoken," said Voss\'s agent, Kim Baird. "We will listen."\n\n'
        "Turnout was 58 per cent, the returning officer announced.\n"),
    "magazine-profile": (
        "Marguerite Ashby-Holt is sitting in the kitchen of her farmhouse outside Lydford, "
        "a mug of tea going cold in front of her.\n\n"
        '"People assume I always wanted to be a potter," she says. "I didn\'t. I wanted to '
        "be a vet, and I failed chemistry twice, and one summer my aunt sat me down at her "
        'wheel and that was that."\n\n'
        "She laughs, and pushes a strand of grey hair from her face.\n\n"
        '"The clay doesn\'t care who you are," she says. "It only cares whether you are '
        'paying attention."\n'),
    "says-feature": (
        "On a cold morning in Penhallow, the fishing fleet stays in port.\n\n"
        '"There\'s no point going out in this," says skipper Davy Trewin, nodding at the '
        "grey swell.\n\n"
        "The price of diesel has doubled in two years, says Trewin, and the quota for hake "
        "has been cut again.\n\n"
        '"My father fished here, and his father," he says. "I\'ll be the last."\n'),
    "cafe-feature": (
        '"It\'s chaos every Saturday," says the owner of the Harbour Café, Luis Prado. '
        '"But good chaos."\n\n'
        "The café has been in his family since 1962.\n"),
    "scottish-english": (
        "Scotland's health secretary has said that A&E waiting times are "
        '"unacceptable".\n\n'
        "Speaking in Glasgow on Monday, Fiona MacAulay MSP said: \"Folk are waiting far too "
        "long, and I'm no' going to pretend otherwise.\"\n\n"
        "Scottish Labour's health spokesman, Callum Baird, said the SNP had \"run out of "
        'excuses".\n\n'
        "The Royal College of Emergency Medicine in Scotland said staffing was the main "
        "problem.\n"),
    "sheriff-court": (
        "A man who headbutted a bus driver in Paisley has been jailed for 10 months.\n\n"
        "Sheriff Iain Munro told Gary Doig, 38: \"Bus drivers are entitled to do their jobs "
        'without fear."\n\n'
        "Doig's solicitor, Morag Kerr, said her client was \"deeply ashamed\".\n"),
    "new-zealand-english": (
        "The Prime Minister has ruled out a capital gains tax while she is in office.\n\n"
        "Speaking to reporters at Parliament, Aroha Tane said: \"It's not on the table, "
        'full stop."\n\n'
        "Green Party co-leader Hemi Walker said the decision was \"a win for landlords and a "
        'loss for everyone else".\n\n'
        "Te Pāti Māori MP Mere Ruatapu says the Government is out of touch. \"Whānau in "
        'Ōpōtiki are choosing between power and kai," she said.\n'),
    "singapore-english": (
        "SINGAPORE — Hawker centres will get more cleaning staff from next month, Minister "
        "of State for Sustainability Tan Wei Ling said on Saturday.\n\n"
        "Speaking at the opening of the Bedok Reservoir hawker centre, Ms Tan said the "
        "National Environment Agency would hire 300 more cleaners.\n\n"
        '"Our hawker culture belongs to all of us, and so does keeping it clean," she '
        "said.\n\n"
        "Hawker Lim Ah Huat, 58, who sells char kway teow, welcomed the move. \"Last time "
        'the tables very dirty, now sure better," he said.\n'),
    "philippine-english": (
        "MANILA — Senator Ramon dela Cruz on Monday urged the Department of Transportation "
        "to suspend the fare hike for jeepneys.\n\n"
        '"Our commuters are already struggling. This is not the time," dela Cruz said in a '
        "statement.\n\n"
        "Transportation Secretary Maria Luisa Ocampo, for her part, said the increase was "
        "needed to keep drivers on the road.\n\n"
        '"Without it, many will stop plying their routes," Ocampo told reporters in Pasay '
        "City.\n"),
    "pakistani-english": (
        "ISLAMABAD: Federal Minister for Water Resources Shahid Iqbal Khan on Wednesday said "
        "the government would complete the Dasu dam by 2028.\n\n"
        "Addressing a press conference, the minister said that the project would add 4,320 "
        "megawatts to the national grid.\n\n"
        '"This is a project of national importance and no delay will be tolerated," he '
        "said.\n\n"
        'Opposition leader Ayesha Qureshi termed the announcement "mere rhetoric".\n'),
    "caribbean-english": (
        "PORT OF SPAIN — Police Commissioner Marcus Baptiste says officers will be out in "
        "force for Carnival.\n\n"
        '"We are not taking any chances this year," Baptiste told the media at a briefing '
        "on Tuesday.\n\n"
        "Southern division vendor Sharlene Ramdial, 44, said business had been slow since "
        'the pandemic. "Carnival is we bread and butter," she said.\n'),
    "company-statement": (
        "Halden Motors will cut 1,200 jobs at its plant in Greyford, the company said in a "
        "statement on Thursday.\n\n"
        '"This was a difficult decision, taken after a long review," the company said.\n\n'
        "The union representing workers at the plant, Unite Metal, said it would fight the "
        "cuts.\n\n"
        "Halden shares fell 3 per cent in early trading.\n"),
    "earnings-wire": (
        "Grenmoor Foods reported a 12 per cent rise in profit on Wednesday, helped by strong "
        "sales of its own-label soups.\n\n"
        '"Shoppers are trading down, and we are ready for them," chief executive Owen Prior '
        "said in a statement.\n\n"
        "The company said it expected full-year profit to be at the top end of forecasts.\n"),
    "in-a-statement": (
        "In a statement, Corrin Bay Hospital said that a patient had died after a delay in "
        "treatment.\n\n"
        "In a statement, the patient's family said: \"We want answers, not apologies.\"\n\n"
        "The hospital's chief executive, Dr. Louise Varga, said an independent review would "
        "begin next week.\n"),
    "joint-statement": (
        "The prime ministers of Veldria and Ostrana agreed on Friday to reopen their shared "
        "border.\n\n"
        '"Our peoples have waited too long," the two leaders said in a joint statement.\n\n'
        "Veldrian Prime Minister Anja Korsvik later told reporters that trucks would cross "
        "within weeks.\n"),
    "parliament-sketch": (
        "It was not the Chancellor's finest hour.\n\n"
        "Rising to defend his budget, Gideon Marsh told MPs it was \"a budget for "
        'builders". The benches behind him stayed silent.\n\n'
        '"Builders of what?" shouted one Opposition MP.\n\n'
        'The Speaker called for order. "The honourable member will resume his seat," she '
        "said, to laughter.\n"),
    "book-review": (
        "Lena Strand's third novel, The Salt Orchard, is her best yet.\n\n"
        "Its heroine, a widowed fruit grower, tells her son early on: \"Nothing that grows "
        'here grows easily." It could be the book\'s motto.\n\n'
        'Strand writes that she wanted "a book about patience", and she has written one.\n\n'
        "The Salt Orchard is published by Heron Press at £16.99.\n"),
    "film-review": (
        "There is a line halfway through Night Harbour that sums up the whole film. \"You "
        "can't outrun the tide,\" the old lighthouse keeper tells the young runaway.\n\n"
        "Director Paulo Serrat has said in interviews that he wanted to make \"a ghost story "
        'without ghosts".\n\n'
        "It is in cinemas from Friday.\n"),
    "head-letter": (
        "A headteacher has written to parents warning that the school faces a £300,000 "
        "shortfall.\n\n"
        "In the letter, seen by the Ashdown Gazette, Mrs Clara Penn writes: \"We will have to "
        'make choices that none of us want to make."\n\n'
        "She says class sizes could rise to 34 next year.\n"),
    "text-messages": (
        "Messages shown to the court revealed that Nathan Cole texted his brother on the "
        "night of the robbery.\n\n"
        '"Job done. Lie low," Cole wrote at 11.42pm.\n\n'
        'His brother, Ryan Cole, replied: "Don\'t text me again."\n\n'
        "Both men deny conspiracy to rob.\n"),
    "health-credentials": (
        "Eating a handful of walnuts a day may lower cholesterol, new research suggests.\n\n"
        '"This is a cheap, simple change that most people can make," said Dr Asha Rao, a '
        "cardiologist at Wexley General Hospital, who was not involved in the study.\n\n"
        "Professor Tom Lindgren, a nutrition scientist at the University of Arnmouth, said "
        "people with nut allergies should not try it.\n\n"
        "Dr. Kemi Adeyinka, MD, MPH, an epidemiologist at the Carrow Institute, cautioned "
        'that the study was small. "Thirty people for eight weeks is a start, not an '
        'answer," she said.\n'),
    "colon-message": (
        "Mayor Delia Fontaine had one message for drivers on Monday.\n\n"
        'Her message: "Slow down, or pay up."\n\n'
        "The police chief, Arturo Benz, was blunter. His warning: \"We will be out every "
        'night."\n'),
    "speaker-later": (
        '"It was like a bomb going off." The roof of the Tarrow sports hall had just '
        "collapsed. Caretaker Bill Hensley was in the building at the time.\n\n"
        '"I heard a crack, then the whole thing came down," he said.\n'),
    "ages": (
        "Shop owner Nadia Fahim, 34, said she had lost £5,000 of stock in the flood.\n\n"
        '"Everything on the bottom shelves is ruined," she said.\n\n'
        "Her neighbour Colin Rudd, 71, said: \"I have lived here 40 years and never seen "
        'water like it."\n\n'
        "James Oyelaran, 19, a student, said the street had flooded twice this year.\n"),
    "role-only": (
        "A spokeswoman for Bellmont Council said the bins would be collected on Saturday "
        "instead.\n\n"
        '"We apologise for any inconvenience," she said.\n\n'
        "A council source said the delay was caused by a shortage of drivers.\n\n"
        "A spokesman for the drivers' union said members had not been paid overtime since "
        "March.\n"),
    "plural-residents": (
        "Residents of Thornbury Road said they were woken by the explosion just after "
        "3am.\n\n"
        '"The windows just came in," one woman said.\n\n'
        "Neighbours said the house had been empty for months. Firefighters said the cause "
        "was not yet known.\n"),
    "judgment": (
        "The High Court has ruled that the closure of Mirefield Hospital's maternity unit "
        "was unlawful.\n\n"
        "In her judgment, Mrs Justice Amelia Crane wrote that the health board had \"failed "
        'to consult in any meaningful sense".\n\n'
        "The board said it would appeal.\n"),
    "planning-appeal": (
        "An inspector has dismissed an appeal against the refusal of a 14-storey tower in "
        "Colbourne.\n\n"
        "Objectors had argued that the tower would overshadow the old market square.\n\n"
        "In his decision letter, planning inspector Derek Mayhew said the design was \"of "
        'high quality" but "in the wrong place".\n'),
    "phone-launch": (
        "Corvex unveiled its new phone on Tuesday, which it calls \"the toughest phone we "
        'have ever made".\n\n'
        '"You can drop it from a second-floor window," chief executive Maya Lund told the '
        "crowd at the launch in Arlen.\n\n"
        'Analysts were less impressed. "It is a good phone, not a great one," said Raj '
        "Mehra of Tallis Research.\n"),
    "student-march": (
        "Hundreds of students marched through Delford on Friday.\n\n"
        '"Adults keep telling us to wait," said Zara Quint, 16, who organised the march. '
        '"We are done waiting."\n'),
    "phone-in": (
        "Listeners to Radio Carden's morning phone-in were divided over the plan.\n\n"
        "One caller, Maureen from Ashgrove, told presenter Jack Deane: \"It's the best idea "
        'the council has had in years."\n\n'
        '"Rubbish," said the next caller, who gave his name as Tony. "It will cost a '
        'fortune."\n'),
    "speaking-to": (
        "Speaking to the Harcourt Echo, former striker Danny Welch, 61, said the club had "
        "lost its way.\n\n"
        '"When I played here, the fans owned it," Welch told the paper.\n'),
    "vox-pop": (
        "What do you think of the four-day week?\n\n"
        '"I\'d spend more time with my kids." — Mira Holt, 42, nurse\n\n'
        '"Sounds great, but who pays?" — Ken Adu, 55, shop owner\n'),
    "photo-caption": (
        "Olympic swimmer Kaia Brandt posted a photo from her hospital bed on Sunday.\n\n"
        'She captioned it: "Broken wrist, unbroken spirit."\n\n'
        "Her coach, Lars Eide, told reporters she would miss the national championships.\n"),
}

# (article, piece of the quote's text, kind, speaker mention, speaker name), each written
# before the library was run on the articles
EXPECTED: list[tuple] = [
    ("fact-check-post", "The Harlow bypass will cost", None, None, None),
    ("fact-check-post", "False.", None, None, None),
    ("fact-check-post", "the new bypass would add", "indirect",
     ("Councillor Brian Tott", "Brian Tott"), "Brian Tott"),
    ("fact-check-post", "the true figure was closer", "indirect",
     ("The council's finance director, Ruth Elwin", "Ruth Elwin"), "Ruth Elwin"),
    ("fact-check-post", "has no basis in our budget", "direct", "she", "Ruth Elwin"),
    ("fact-check-post", "he stood by his post", "indirect", "Mr Tott", "Brian Tott"),
    ("fact-check-video", "tap water in Drayton contains lead", "indirect",
     ("A video shared more than 40,000 times", "A video"), None),
    ("fact-check-video", "Every sample we took", "direct",
     ("Omar Feld, a spokesman for Drayton Water", "Omar Feld"), "Omar Feld"),
    ("fact-check-video", "They are poisoning your children", "direct",
     # the name he goes by, set off after the subject, is his mention too
     ("The man in the video, who calls himself Truthseeker Dan", "The man in the video",
      "The man", "Truthseeker Dan"), None),
    ("fact-check-video", "Mostly false", None, None, None),
    ("press-conference", "his job was safe", "indirect",
     ("Bramhall City manager Steve Odell", "Steve Odell"), "Steve Odell"),
    ("press-conference", "I have spoken to the chairman", "direct", "the manager",
     "Steve Odell"),
    ("press-conference", "He will be out for a month", "direct", "Odell", "Steve Odell"),
    ("press-conference", "he expected to sign a defender", "indirect", "The Bramhall boss",
     "Steve Odell"),
    ("post-match", "We showed a lot of heart", "direct", "Tupou", "Mele Tupou"),
    ("post-match", "We threw it away", "direct", "he", "Jack Rennie"),
    ("post-match", "Simple as that", "direct", "he", "Jack Rennie"),
    ("post-match", "would have a scan on Monday", "indirect", "The coach", "Mele Tupou"),
    ("planning-meeting", "The roads cannot cope", "direct",
     ("resident Alan Pike", "Alan Pike"), "Alan Pike"),
    ("planning-meeting", "the scheme met every policy", "indirect",
     ("Councillor Joan Meade, who chairs the committee", "Councillor Joan Meade",
      "Joan Meade"), "Joan Meade"),
    ("planning-meeting", "We cannot refuse an application", "direct", "she", "Joan Meade"),
    ("planning-meeting", "work could start next year", "indirect",
     "A spokeswoman for the council", None),
    ("library-vote", "they had not been told", "indirect", "Dozens of residents", None),
    ("library-vote", "We found out from a sign", "direct",
     ("one, Gwen Adair, 67", "one, Gwen Adair", "Gwen Adair", "Gwen Adair, 67", "one"),
     "Gwen Adair"),
    ("library-vote", "painful but necessary", "mixed",
     ("The council leader, Ravi Mehta", "Ravi Mehta"), "Ravi Mehta"),
    ("election-night", "Delighted", "direct",
     ("Sue Carney, the new MP for Marlow North", "Sue Carney"), "Sue Carney"),
    ("election-night", "Gutted", "direct",
     ("Peter Voss, who lost the seat he had held for 12 years", "Peter Voss"), "Peter Voss"),
    # the role noun before the name set off after it is the mention, as in wave 4's "its
    # managing director, Gordon Blythe", when the speaker is the name
    ("election-night", "The people have spoken", "direct",
     ("Voss's agent, Kim Baird", "Kim Baird", "Voss's agent"), "Kim Baird"),
    ("election-night", "We will listen", "direct",
     ("Voss's agent, Kim Baird", "Kim Baird", "Voss's agent"), "Kim Baird"),
    ("election-night", "Turnout was 58 per cent", "indirect", "the returning officer", None),
    ("magazine-profile", "People assume I always wanted", "direct", "she",
     "Marguerite Ashby-Holt"),
    ("magazine-profile", "I wanted to be a vet", "direct", "she", "Marguerite Ashby-Holt"),
    ("magazine-profile", "The clay doesn't care", "direct", "she", "Marguerite Ashby-Holt"),
    ("magazine-profile", "It only cares whether", "direct", "she", "Marguerite Ashby-Holt"),
    ("says-feature", "There's no point going out", "direct",
     ("skipper Davy Trewin", "Davy Trewin"), "Davy Trewin"),
    ("says-feature", "The price of diesel has doubled", "indirect", "Trewin", "Davy Trewin"),
    ("says-feature", "My father fished here", "direct", "he", "Davy Trewin"),
    ("says-feature", "I'll be the last", "direct", "he", "Davy Trewin"),
    ("cafe-feature", "It's chaos every Saturday", "direct",
     ("the owner of the Harbour Café, Luis Prado", "Luis Prado",
      "the owner of the Harbour Café"), "Luis Prado"),
    ("cafe-feature", "But good chaos", "direct",
     ("the owner of the Harbour Café, Luis Prado", "Luis Prado",
      "the owner of the Harbour Café"), "Luis Prado"),
    ("scottish-english", "unacceptable", "mixed", "Scotland's health secretary", None),
    ("scottish-english", "Folk are waiting far too long", "direct",
     ("Fiona MacAulay MSP", "Fiona MacAulay"), "Fiona MacAulay"),
    ("scottish-english", "run out of excuses", "mixed",
     ("Scottish Labour's health spokesman, Callum Baird", "Callum Baird"), "Callum Baird"),
    ("scottish-english", "staffing was the main problem", "indirect",
     "The Royal College of Emergency Medicine in Scotland", None),
    ("sheriff-court", "Bus drivers are entitled", "direct",
     ("Sheriff Iain Munro", "Iain Munro"), "Iain Munro"),
    ("sheriff-court", "deeply ashamed", "mixed",
     ("Doig's solicitor, Morag Kerr", "Morag Kerr"), "Morag Kerr"),
    ("new-zealand-english", "It's not on the table", "direct", "Aroha Tane", "Aroha Tane"),
    ("new-zealand-english", "a win for landlords", "mixed",
     ("Green Party co-leader Hemi Walker", "Hemi Walker"), "Hemi Walker"),
    ("new-zealand-english", "the Government is out of touch", "indirect",
     ("Te Pāti Māori MP Mere Ruatapu", "Mere Ruatapu"), "Mere Ruatapu"),
    ("new-zealand-english", "are choosing between power and kai", "direct", "she",
     "Mere Ruatapu"),
    ("singapore-english", "Hawker centres will get more cleaning staff", "indirect",
     ("Minister of State for Sustainability Tan Wei Ling", "Tan Wei Ling"), "Tan Wei Ling"),
    ("singapore-english", "would hire 300 more cleaners", "indirect", "Ms Tan",
     "Tan Wei Ling"),
    ("singapore-english", "Our hawker culture", "direct", "she", "Tan Wei Ling"),
    ("singapore-english", "Last time the tables", "direct", "he", "Lim Ah Huat"),
    ("philippine-english", "to suspend the fare hike", "indirect",
     ("Senator Ramon dela Cruz", "Ramon dela Cruz"), "Ramon dela Cruz"),
    ("philippine-english", "Our commuters are already struggling", "direct", "dela Cruz",
     "Ramon dela Cruz"),
    ("philippine-english", "the increase was needed", "indirect",
     ("Transportation Secretary Maria Luisa Ocampo", "Maria Luisa Ocampo"),
     "Maria Luisa Ocampo"),
    ("philippine-english", "many will stop plying", "direct", "Ocampo",
     "Maria Luisa Ocampo"),
    ("pakistani-english", "would complete the Dasu dam", "indirect",
     ("Federal Minister for Water Resources Shahid Iqbal Khan", "Shahid Iqbal Khan"),
     "Shahid Iqbal Khan"),
    ("pakistani-english", "the project would add 4,320", "indirect", "the minister",
     "Shahid Iqbal Khan"),
    ("pakistani-english", "a project of national importance", "direct", "he",
     "Shahid Iqbal Khan"),
    ("pakistani-english", "mere rhetoric", "mixed",
     ("Opposition leader Ayesha Qureshi", "Ayesha Qureshi"), "Ayesha Qureshi"),
    ("caribbean-english", "officers will be out in force", "indirect",
     ("Police Commissioner Marcus Baptiste", "Marcus Baptiste"), "Marcus Baptiste"),
    ("caribbean-english", "We are not taking any chances", "direct", "Baptiste",
     "Marcus Baptiste"),
    ("caribbean-english", "business had been slow", "indirect",
     ("Southern division vendor Sharlene Ramdial, 44", "Sharlene Ramdial, 44",
      "Sharlene Ramdial", "Southern division vendor Sharlene Ramdial"), "Sharlene Ramdial"),
    ("caribbean-english", "Carnival is we bread", "direct", "she", "Sharlene Ramdial"),
    ("company-statement", "Halden Motors will cut 1,200 jobs", "indirect", "the company",
     "Halden Motors"),
    ("company-statement", "This was a difficult decision", "direct", "the company",
     "Halden Motors"),
    ("company-statement", "it would fight the cuts", "indirect",
     ("The union representing workers at the plant, Unite Metal", "Unite Metal"),
     ("Unite Metal", None)),
    ("company-statement", "Halden shares fell", None, None, None),
    ("earnings-wire", "Shoppers are trading down", "direct",
     ("chief executive Owen Prior", "Owen Prior"), "Owen Prior"),
    ("earnings-wire", "it expected full-year profit", "indirect", "The company",
     "Grenmoor Foods"),
    ("in-a-statement", "a patient had died", "indirect", "Corrin Bay Hospital",
     "Corrin Bay Hospital"),
    ("in-a-statement", "We want answers", "direct", "the patient's family", None),
    ("in-a-statement", "an independent review would begin", "indirect",
     ("The hospital's chief executive, Dr. Louise Varga", "Dr. Louise Varga",
      "Louise Varga"), "Louise Varga"),
    ("joint-statement", "Our peoples have waited", "direct", "the two leaders", None),
    ("joint-statement", "trucks would cross within weeks", "indirect",
     ("Veldrian Prime Minister Anja Korsvik", "Anja Korsvik"), "Anja Korsvik"),
    ("parliament-sketch", "a budget for builders", "mixed", "Gideon Marsh", "Gideon Marsh"),
    ("parliament-sketch", "Builders of what?", "direct", "one Opposition MP", None),
    ("parliament-sketch", "The honourable member will resume", "direct", "she", None),
    ("book-review", "Nothing that grows here", "direct",
     ("Its heroine, a widowed fruit grower", "Its heroine"), None),
    ("book-review", "a book about patience", "mixed", "Strand", "Lena Strand"),
    ("book-review", "published by Heron Press", None, None, None),
    ("film-review", "You can't outrun the tide", "direct", "the old lighthouse keeper",
     None),
    ("film-review", "a ghost story without ghosts", "mixed",
     ("Director Paulo Serrat", "Paulo Serrat"), "Paulo Serrat"),
    ("head-letter", "the school faces a £300,000 shortfall", "indirect", "A headteacher",
     None),
    ("head-letter", "We will have to make choices", "direct",
     ("Mrs Clara Penn", "Clara Penn"), "Clara Penn"),
    ("head-letter", "class sizes could rise", "indirect", "She", "Clara Penn"),
    ("text-messages", "Nathan Cole texted his brother", "indirect",
     ("Messages shown to the court", "Messages"), None),
    ("text-messages", "Job done", "direct", "Cole", "Nathan Cole"),
    ("text-messages", "Don't text me again", "direct", ("His brother, Ryan Cole",
                                                        "Ryan Cole"), "Ryan Cole"),
    ("health-credentials", "Eating a handful of walnuts", "indirect", "new research", None),
    ("health-credentials", "This is a cheap, simple change", "direct",
     ("Dr Asha Rao, a cardiologist at Wexley General Hospital, who was not involved in the "
      "study", "Dr Asha Rao, a cardiologist at Wexley General Hospital", "Dr Asha Rao",
      "Asha Rao"), "Asha Rao"),
    ("health-credentials", "people with nut allergies", "indirect",
     ("Professor Tom Lindgren, a nutrition scientist at the University of Arnmouth",
      "Professor Tom Lindgren", "Tom Lindgren"), "Tom Lindgren"),
    ("health-credentials", "the study was small", "indirect",
     ("Dr. Kemi Adeyinka, MD, MPH, an epidemiologist at the Carrow Institute",
      "Dr. Kemi Adeyinka", "Kemi Adeyinka"), "Kemi Adeyinka"),
    ("health-credentials", "Thirty people for eight weeks", "direct", "she",
     "Kemi Adeyinka"),
    ("colon-message", "Slow down, or pay up", "direct", None, "Delia Fontaine"),
    ("colon-message", "We will be out every night", "direct", None, "Arturo Benz"),
    ("speaker-later", "It was like a bomb going off", "direct", None, "Bill Hensley"),
    ("speaker-later", "I heard a crack", "direct", "he", "Bill Hensley"),
    ("ages", "she had lost £5,000", "indirect",
     ("Shop owner Nadia Fahim, 34", "Shop owner Nadia Fahim", "Nadia Fahim",
      "Nadia Fahim, 34"), "Nadia Fahim"),
    ("ages", "Everything on the bottom shelves", "direct", "she", "Nadia Fahim"),
    ("ages", "I have lived here 40 years", "direct",
     ("Her neighbour Colin Rudd, 71", "Her neighbour Colin Rudd", "Colin Rudd",
      "Colin Rudd, 71"), "Colin Rudd"),
    ("ages", "the street had flooded twice", "indirect",
     ("James Oyelaran, 19, a student", "James Oyelaran, 19", "James Oyelaran"),
     "James Oyelaran"),
    ("role-only", "the bins would be collected", "indirect",
     "A spokeswoman for Bellmont Council", None),
    ("role-only", "We apologise for any inconvenience", "direct", "she", None),
    ("role-only", "the delay was caused", "indirect", "A council source", None),
    ("role-only", "members had not been paid", "indirect",
     "A spokesman for the drivers' union", None),
    ("plural-residents", "they were woken", "indirect",
     ("Residents of Thornbury Road", "Residents"), None),
    ("plural-residents", "The windows just came in", "direct", "one woman", None),
    ("plural-residents", "the house had been empty", "indirect", "Neighbours", None),
    ("plural-residents", "the cause was not yet known", "indirect", "Firefighters", None),
    ("judgment", "failed to consult", "mixed",
     ("Mrs Justice Amelia Crane", "Amelia Crane"), "Amelia Crane"),
    ("judgment", "it would appeal", "indirect", "The board", None),
    ("planning-appeal", "the tower would overshadow", "indirect", "Objectors", None),
    ("planning-appeal", "in the wrong place", "mixed",
     ("planning inspector Derek Mayhew", "Derek Mayhew"), "Derek Mayhew"),
    ("phone-launch", "the toughest phone we have ever made", "mixed", "it", "Corvex"),
    ("phone-launch", "You can drop it", "direct",
     ("chief executive Maya Lund", "Maya Lund"), "Maya Lund"),
    ("phone-launch", "It is a good phone", "direct",
     ("Raj Mehra of Tallis Research", "Raj Mehra"), "Raj Mehra"),
    ("student-march", "Adults keep telling us", "direct",
     ("Zara Quint, 16, who organised the march", "Zara Quint, 16", "Zara Quint"),
     "Zara Quint"),
    ("student-march", "We are done waiting", "direct",
     ("Zara Quint, 16, who organised the march", "Zara Quint, 16", "Zara Quint"),
     "Zara Quint"),
    ("phone-in", "It's the best idea", "direct",
     ("One caller, Maureen from Ashgrove", "One caller, Maureen", "Maureen", "One caller"),
     ("Maureen", None)),
    ("phone-in", "Rubbish", "direct",
     ("the next caller, who gave his name as Tony", "the next caller", "Tony"), None),
    ("phone-in", "It will cost a fortune", "direct",
     ("the next caller, who gave his name as Tony", "the next caller", "Tony"), None),
    ("speaking-to", "the club had lost its way", "indirect",
     ("former striker Danny Welch, 61", "former striker Danny Welch", "Danny Welch",
      "Danny Welch, 61"), "Danny Welch"),
    ("speaking-to", "When I played here", "direct", "Welch", "Danny Welch"),
    ("vox-pop", "I'd spend more time", "direct", None, "Mira Holt"),
    ("vox-pop", "Sounds great, but who pays?", "direct", None, "Ken Adu"),
    ("photo-caption", "Broken wrist", "direct", "She", "Kaia Brandt"),
    ("photo-caption", "she would miss the national", "indirect",
     ("Her coach, Lars Eide", "Lars Eide"), "Lars Eide"),
]

# expectations the library does not meet yet: (article, piece) -> the cause
NOT_YET: dict[tuple[str, str], str] = {
    # names the model-free annotator misses or mistypes (h33-nam's area)
    # a quote whose speaker the paragraph names only after it, two sentences on
    ("speaker-later", "It was like a bomb going off"):
        "a quote that opens a paragraph is credited to nobody when the speaker is named "
        "two sentences later and only the next quote's 'he said' points to him",
}


test_attribution = attribution_test(ARTICLES, EXPECTED, NOT_YET)


@pytest.mark.parametrize("text, statement, mention", [
    ("A letter sent to parents said that the school would close in June.",
     "the school would close in June", "A letter"),
    ("Messages shown to the court revealed that Nathan Cole texted his brother.",
     "Nathan Cole texted his brother", "Messages"),
    ("A report published on Tuesday found that rents had doubled in a decade.",
     "rents had doubled in a decade", "A report"),
])
def test_a_participle_s_modifier_after_the_subject(text, statement, mention):
    """ "A letter sent to parents said that A", "Messages shown to the court revealed that
    A": a participle and its phrase (with "to" before a noun, or a participle not in
    "-ed") modify the subject; a cue often read as a noun ("found", "claims") counts after
    such a modifier when "that" follows."""
    assert (statement, "indirect", mention, None) in [
        (t, k, m, None) for t, k, m, _ in quote_rows(text)], quote_rows(text)


def test_a_name_before_a_past_tense_verb_is_no_participle_s_subject():
    """ "Dana Wells appeared on Sunday amid news reports that A": "appeared" is the name's
    own verb, not a modifier, so Wells does not report A."""
    text = "Dana Wells appeared on Sunday amid news reports that she had lied.\n"
    assert not [q for q in quote_rows(text) if q[2] == "Dana Wells"], quote_rows(text)


def test_a_possessive_label_before_a_colon_names_the_speaker():
    """ "Her message: “A”", "The coach's verdict: “B”": a lead-in of only a possessive and
    a noun of a message credits the possessor with the quote after its colon."""
    text = ("Mayor Delia Fontaine spoke to drivers on Monday. Her message: \"Slow down, or "
            "pay up.\"\n\nThe coach's verdict: \"We were not good enough today.\"\n")
    found = {t: (m, n) for t, _, m, n in quote_rows(text)}
    assert found['"Slow down, or pay up."'] == ("Her", "Delia Fontaine"), found
    assert found['"We were not good enough today."'][0] == "The coach", found


def test_a_story_s_people_in_a_review_speak():
    """ "Its heroine, a fruit grower, tells her son: “A”", "the film's narrator says": a
    review's narrator, hero or heroine is a speaker, after "its" too (not "its reports")."""
    text = ('Its heroine, a widowed fruit grower, tells her son early on: "Nothing that '
            'grows here grows easily."\n\nThe film\'s narrator says: "Nobody leaves '
            'Carrow."\n')
    found = {t: m for t, _, m, _ in quote_rows(text)}
    assert found['"Nothing that grows here grows easily."'] == "Its heroine", found
    assert found['"Nobody leaves Carrow."'] == "The film's narrator", found


def test_on_and_a_weekday_between_the_subject_and_its_cue():
    """ "Senator X on Monday urged Y to V", "Police on Tuesday urged anyone to V": the date
    after "on" stands between the subject and the cue, as "said" allows."""
    text = ("Senator Ramon Cruz on Monday urged the transport department to suspend the fare "
            "rise.\n\nPolice on Tuesday urged anyone with information to come forward.\n")
    found = {t: m for t, k, m, _ in quote_rows(text) if k == "indirect"}
    assert found.get("the transport department to suspend the fare rise") == \
        "Senator Ramon Cruz", found
    assert found.get("anyone with information to come forward") == "Police", found


def test_a_name_from_a_place_set_off_after_a_role_speaks():
    """ "One caller, Maureen from Ashgrove, told the host: “A”": the person named after the
    role, not the place she is from nor the role alone, is the speaker."""
    text = ('One caller, Maureen from Ashgrove, told presenter Jack Deane: "It is the best '
            'idea the council has had."\n')
    assert [(m, n) for _, _, m, n in quote_rows(text)] == [("Maureen", "Maureen")], \
        quote_rows(text)


def test_a_fact_check_s_count_of_shares_modifies_the_claim_s_source():
    """ "A video shared more than 40,000 times claims that A", "A post shared 5,000 times
    says B": the participle and its count of times modify the subject of the cue."""
    text = ("A video shared more than 40,000 times claims that tap water in Drayton contains "
            "lead.\n\nA post shared 5,000 times says the new bridge will close in May.\n")
    found = {t: m for t, k, m, _ in quote_rows(text) if k == "indirect"}
    assert found.get("tap water in Drayton contains lead") == "A video", found
    assert found.get("the new bridge will close in May") == "A post", found
