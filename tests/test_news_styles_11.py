"""US political news of the kinds the project is finally measured on (a campaign rally, a
Senate confirmation hearing, a White House press briefing, a poll story, a primary debate,
an election-night live blog with time stamps, a story built on anonymous aides, an opinion
column quoting colleagues, a feud fought in posts on X, a profile that names its subject by
epithets ("the billionaire", "the Vermont senator", "the former governor"), a Supreme
Court ruling with its majority and dissent, a state legislature's vote, party tags
"(R-Ky.)" and "D-Calif.,", a Sunday-show interview, a multi-paragraph speech quote, "vowed
on Tuesday to", a headline with a colon, a fact-check, a candidate's husband known by his
first name, a leaked memo and "one of them said", a quote broken by a dash and a frame set
inside a statement, a reporters' scrum, an indictment's posts): h41-pol in the twentieth
round.

Every article here was written for the test, with invented politicians and outlets (real
states), before the library was run on it, and is read by the model-free default path.
Each expected attribution is one case of ``findings.attribution_test``, whose docstring
tells the table's format.
"""

from __future__ import annotations

from findings import attribution_test, entities, quote_rows

import quotetrack

ARTICLES: dict[str, str] = {
    "rally": (
        "DES MOINES — Gov. Marla Quinlan of Ohio told a crowd of about 2,000 supporters on "
        "Saturday that the race for the Republican nomination was \"a two-person contest "
        "now,\" and that she intended to win it.\n\n"
        "\"They said we couldn't raise the money. We raised it,\" Ms. Quinlan said, pacing the "
        "stage of a county fairground. \"They said we couldn't draw a crowd. Look "
        "around.\"\n\n"
        "The governor, who has trailed Senator Dale Whitcomb of Texas in most national "
        "surveys, accused him of \"hiding in Washington\" while voters in early states were "
        "struggling with rising costs. She said she would end the federal gas tax on her "
        "first day in office.\n\n"
        "Mr. Whitcomb's campaign dismissed the remarks. \"Governor Quinlan is running out of "
        "road,\" said Ben Sorrell, a spokesman for the senator.\n\n"
        "Among the crowd was Linda Hargrove, 67, a retired teacher from Ankeny, who said she "
        "had been undecided until last week. \"She talks like someone who has actually "
        "balanced a budget,\" Ms. Hargrove said.\n"),
    "hearing": (
        "WASHINGTON — Senators pressed Thomas Reardon, President Caldwell's nominee to lead "
        "the Department of Energy, on Tuesday about his ties to the oil industry, as "
        "Democrats signaled they would try to block his confirmation.\n\n"
        "\"You spent 14 years lobbying for the companies you would now regulate,\" Senator "
        "Angela Ruiz, Democrat of New Mexico, told him. \"Why should anyone believe you will "
        "be neutral?\"\n\n"
        "Mr. Reardon replied that he would recuse himself from any matter involving his "
        "former clients for two years. \"I will follow the ethics rules to the letter,\" he "
        "said.\n\n"
        "Senator Paul Haskins, Republican of Wyoming and the committee's chairman, called "
        "the nominee \"exceptionally qualified\" and said he expected a vote before the August "
        "recess.\n\n"
        "At one point, Ms. Ruiz asked Mr. Reardon whether he believed human activity was "
        "warming the planet. \"The climate is changing, and humans play a role,\" he answered, "
        "drawing murmurs from the audience.\n\n"
        "\"That is the first time I have heard him say that,\" Ms. Ruiz told reporters after "
        "the hearing.\n"),
    "briefing": (
        "The White House on Monday defended the president's decision to delay new tariffs, "
        "with the press secretary, Karen Delgado, telling reporters that the pause was \"a "
        "sign of strength, not weakness.\"\n\n"
        "\"The president has always said he would give negotiations a chance,\" Ms. Delgado "
        "said from the briefing room podium. \"That is exactly what he is doing.\"\n\n"
        "Asked whether the administration had been caught off guard by the market sell-off, "
        "she said no. \"We watch the markets every day,\" she said.\n\n"
        "One reporter asked if the president still had confidence in his trade "
        "representative. \"Absolutely,\" Ms. Delgado replied.\n\n"
        "She declined to say when the tariffs would take effect, saying only that an "
        "announcement would come \"in the coming weeks.\"\n\n"
        "Congressional Democrats were quick to criticize the reversal. Representative Alan "
        "Mercer of Michigan said in a statement that the White House had \"created chaos for "
        "farmers and manufacturers alike.\"\n"),
    "poll": (
        "President Caldwell's approval rating has fallen to its lowest point of his term, "
        "according to a new Crestline University poll released on Wednesday.\n\n"
        "Thirty-eight percent of registered voters said they approved of the way he was "
        "handling his job, down from 44 percent in March. Fifty-five percent said they "
        "disapproved.\n\n"
        "The economy remained the top concern, with 41 percent of respondents saying it was "
        "the most important issue facing the country.\n\n"
        "\"These are warning signs for the president's party heading into the midterms,\" said "
        "Rachel Bing, the poll's director. \"Independents in particular have moved away from "
        "him.\"\n\n"
        "Among independents, only 29 percent approved of the president, the poll found.\n\n"
        "The White House played down the numbers. \"Polls go up and polls go down,\" a "
        "spokesman, Jordan Ellis, said. \"The president is focused on delivering for working "
        "families.\"\n"),
    "debate": (
        "The second Democratic debate turned sharp on Thursday night as Senator Nora "
        "Blackwell of Oregon and former Gov. Isaac Trent of Pennsylvania traded accusations "
        "over health care.\n\n"
        "\"Isaac, your plan would leave 20 million people without insurance,\" Ms. Blackwell "
        "said, turning to face her rival. \"That's not a plan. That's a press release.\"\n\n"
        "Mr. Trent shot back that her proposal would raise taxes on the middle class. \"Nora "
        "has never met a tax she didn't like,\" he said, to laughter from the audience.\n\n"
        "The moderator, Greg Talley of the Meridian News Network, repeatedly tried to steer "
        "the candidates back to foreign policy. \"We're out of time on this question,\" he "
        "said at one point.\n\n"
        "Representative Luis Ochoa, polling in the low single digits, tried to cast himself "
        "as the adult in the room. \"The American people are tired of this bickering,\" he "
        "said.\n\n"
        "After the debate, Ms. Blackwell told reporters she had \"no regrets\" about going "
        "after the former governor.\n"),
    "liveblog": (
        "9:02 p.m. ET — Polls have closed in Georgia.\n\n"
        "Election officials said turnout appeared to be higher than in the last midterm, "
        "with long lines reported in several Atlanta suburbs.\n\n"
        "9:15 p.m. ET — Whitfield campaign: \"We feel good.\"\n\n"
        "A senior adviser to Senator Carla Whitfield said the campaign was encouraged by "
        "early returns from Cobb and Gwinnett counties. \"We feel good about where we are,\" "
        "the adviser said in a text message.\n\n"
        "9:40 p.m. ET — Challenger concedes nothing.\n\n"
        "Mark Denholm, the Republican challenger, told supporters in Macon that the race "
        "would \"go late into the night.\" \"Don't go home,\" he said. \"We are going to win this "
        "thing.\"\n\n"
        "10:05 p.m. ET — The Associated Press has not yet called the race. Whitfield leads "
        "by about 4,000 votes with 82 percent of the expected vote counted.\n"),
    "anonymous": (
        "President Caldwell has privately told advisers that he is considering replacing his "
        "chief of staff, according to two people familiar with the discussions.\n\n"
        "The president has grown frustrated with what he sees as a series of communications "
        "failures, one of the people said, and has asked aides to draw up a list of possible "
        "successors.\n\n"
        "\"He's been venting about it for weeks,\" said a senior administration official, who "
        "spoke on condition of anonymity to describe private conversations. \"Nobody thinks "
        "it's a secret anymore.\"\n\n"
        "A White House spokeswoman, Tessa Moreau, denied the report. \"The president has full "
        "confidence in his chief of staff,\" she said. \"This is palace intrigue from people "
        "who have nothing better to do.\"\n\n"
        "The chief of staff, Richard Vance, did not respond to a request for "
        "comment.\n\n"
        "Another official said Mr. Vance had offered to resign in the spring but was talked "
        "out of it.\n"),
    "column": (
        "OPINION | The Senate's shrinking middle\n\n"
        "By Harold Finch\n\n"
        "When Senator Ruth Ames announced her retirement last week, she said she was leaving "
        "because \"the room for compromise has become a closet.\" She is not wrong.\n\n"
        "I spoke with three of her colleagues this week, and all of them said some version "
        "of the same thing. \"There's no reward for working across the aisle anymore,\" one "
        "told me. \"Only punishment.\"\n\n"
        "Senator Walt Kinney, a Republican from Kansas who has co-sponsored bills with Ms. "
        "Ames, was blunter. \"If you cut a deal, you get a primary challenger,\" he said. "
        "\"That's the whole story.\"\n\n"
        "Some will argue that polarization reflects what voters want. The political "
        "scientist Dana Cho has written that voters \"reward conflict and punish nuance.\" "
        "Perhaps. But I suspect voters are more tired of the fighting than their "
        "representatives believe.\n"),
    "tweets": (
        "The feud between Gov. Ron Pascoe of Florida and Senator Eileen Marsh escalated on "
        "Sunday, as the two Republicans traded insults on social media.\n\n"
        "\"Eileen Marsh has been in Washington so long she's forgotten what a grocery store "
        "looks like,\" Mr. Pascoe wrote on X on Sunday morning.\n\n"
        "Ms. Marsh responded within the hour. \"At least I show up to work,\" she posted, "
        "linking to a news report about the governor's absences from the state capital.\n\n"
        "In a statement later in the day, a spokesman for Mr. Pascoe, Derek Lyle, called the "
        "senator's post \"desperate and sad.\"\n\n"
        "The exchange is the latest in a months-long rivalry between the two, who are both "
        "seen as potential presidential candidates. Ms. Marsh told reporters last month that "
        "she had \"no interest\" in picking fights with fellow Republicans.\n"),
    "profile": (
        "Carter Vance Holloway has never held elected office. But the billionaire, who made "
        "his fortune in shipping logistics, believes he can win the White "
        "House.\n\n"
        "\"Washington needs someone who has actually built something,\" Mr. Holloway said in "
        "an interview at his office in Dallas. \"I've built things.\"\n\n"
        "The 61-year-old has spent more than $80 million of his own money on advertising "
        "since launching his campaign in January. His rivals have taken notice.\n\n"
        "\"He's trying to buy an election,\" said Senator Joan Pruitt of Vermont, who is also "
        "seeking the nomination. The Vermont senator has made her refusal to take corporate "
        "donations a centerpiece of her campaign.\n\n"
        "Former Gov. Michael Osterman of Colorado has taken a gentler tone. The former "
        "governor said in an interview that Mr. Holloway \"brings energy to the race\" but "
        "lacked experience.\n"
        "\nAsked about the criticism, the billionaire shrugged. \"Let them talk,\" he said.\n"),
    "court": (
        "WASHINGTON — The Supreme Court ruled 6 to 3 on Friday that states may require "
        "voters to show photo identification at the polls, handing a victory to Republican "
        "officials in several states.\n\n"
        "Writing for the majority, Justice Harlan Pryce said the requirement was \"a modest "
        "burden\" that served the state's interest in preventing fraud. \"The Constitution "
        "does not forbid states from taking reasonable steps to protect the integrity of "
        "their elections,\" he wrote.\n\n"
        "In a sharp dissent, Justice Miriam Okoro wrote that the ruling would "
        "\"disenfranchise thousands of eligible voters\" who lack the required documents. "
        "\"Today the court turns its back on them,\" she wrote.\n\n"
        "Voting rights groups condemned the decision. \"This is a dark day for democracy,\" "
        "said Elena Vasquez, the president of the Fair Ballot Project.\n\n"
        "The attorney general of Indiana, Scott Bramwell, said the decision vindicated his "
        "state's law.\n"),
    "legislature": (
        "AUSTIN, Texas — The Texas House voted 88 to 60 on Wednesday to approve a bill that "
        "would cut property taxes by $12 billion, sending the measure to the State "
        "Senate.\n\n"
        "\"This is the largest tax cut in the history of our state,\" said Representative Kyle "
        "Dunmore, a Republican from Tyler who sponsored the bill. \"Texans deserve to keep "
        "more of their money.\"\n\n"
        "Democrats argued that the cut would starve public schools of funding. "
        "Representative Maria Salinas, a Democrat from El Paso, said the bill was \"a gift to "
        "landlords, not to families.\"\n\n"
        "The Senate's version differs significantly, and leaders in the two chambers have "
        "been at odds for months. Lt. Gov. Hank Rollins, who presides over the Senate, said "
        "on Wednesday that he would not accept the House plan \"as written.\"\n\n"
        "Gov. Gloria Baines has said she will sign whatever bill reaches her desk. \"I want a "
        "tax cut, and I want it this session,\" she told reporters last week.\n"),
    "party-tags": (
        "Sen. Wade Pemberton (R-Ky.) said Tuesday that Republicans would not support the "
        "spending bill unless it included new border funding.\n\n"
        "\"We are not going to write a blank check,\" Pemberton told reporters outside the "
        "Senate chamber.\n\n"
        "Rep. Alicia Fenwick, D-Calif., called the demand \"a hostage situation.\" \"They want "
        "to shut down the government over a talking point,\" she said in an interview with "
        "the Capitol Wire.\n\n"
        "House Speaker Doug Harlan (R-La.) struck a more conciliatory tone, telling Fox "
        "Business that he was \"optimistic\" a deal could be reached by Friday.\n\n"
        "Senate Majority Leader Grace Olsen (D-N.Y.) said in a floor speech that the Senate "
        "would stay in session through the weekend if necessary.\n"),
    "interview-qa": (
        "In an interview on Sunday, Secretary of State Naomi Adler defended the "
        "administration's handling of the hostage negotiations.\n\n"
        "\"We have been working around the clock,\" Adler said on \"Face the Week.\" \"I'm not "
        "going to get into the details of what's being discussed.\"\n\n"
        "Pressed by the host, Dan Whitaker, on whether the United States had offered "
        "concessions, Adler said the administration would \"never pay ransom.\"\n\n"
        "She also said she had spoken with the families of the hostages on Saturday. \"They "
        "deserve answers, and we will give them answers,\" she said.\n\n"
        "Her comments drew skepticism from Republicans. Sen. Frank Dorsey of Montana wrote "
        "on X that the secretary \"has been saying the same thing for six months.\"\n"),
    "epithets-2": (
        "Senator Joan Pruitt of Vermont and former Gov. Michael Osterman of Colorado met "
        "privately on Monday, according to aides to both candidates.\n\n"
        "\"We had a good conversation,\" the Vermont senator said afterward. \"We agree on more "
        "than people think.\"\n\n"
        "The former governor was more guarded. \"I'm not endorsing anybody today,\" Osterman "
        "told reporters as he left the hotel.\n\n"
        "Carter Vance Holloway, the billionaire, was not invited. \"I don't need their "
        "permission to run,\" the billionaire said in a statement.\n\n"
        "Pruitt's campaign manager, Dev Kapoor, said the meeting had been planned for weeks.\n"),
    "multi-para": (
        "In a speech to the state Democratic convention on Saturday, Gov. Teresa Lindqvist "
        "of Michigan laid out her case for a second term.\n\n"
        "\"Four years ago, this state was broke. Our roads were crumbling and our schools "
        "were failing.\n\n"
        "\"Today we have a surplus. We have fixed more than 10,000 miles of road. And our "
        "graduation rate is the highest it has been in two decades,\" she said.\n\n"
        "Her Republican opponent, Chuck Barrow, a former state senator, said in a radio "
        "interview that the governor was \"taking credit for a national recovery.\"\n"
        "\nBarrow said: \"Any governor would have had a surplus in this economy.\"\n"),
    "vowed-quipped": (
        "Mayor Dennis Okafor of Cleveland vowed on Tuesday to veto any budget that cut "
        "police funding.\n\n"
        "\"Not on my watch,\" he insisted at a news conference at City Hall.\n\n"
        "Council President Lena Ruiz quipped that the mayor \"must have a very long watch.\" "
        "The council approved the cuts 9 to 8 last week.\n\n"
        "\"We'll see you in court,\" Okafor warned, when asked whether the council could "
        "override his veto.\n\n"
        "Asked whether she had spoken to the mayor since the vote, Ruiz said, \"He doesn't "
        "return my calls.\"\n"),
    "headline-colon": (
        "Pruitt: 'He is trying to buy this election'\n\n"
        "MANCHESTER, N.H. — Senator Joan Pruitt accused Carter Vance Holloway on Wednesday "
        "of trying to \"buy this election,\" sharpening her attacks on the billionaire as the "
        "New Hampshire primary nears.\n\n"
        "\"Nobody should be able to write a check and become president,\" Pruitt said at a "
        "town hall in Manchester.\n\n"
        "A Holloway spokeswoman, Mia Santos, said the senator was \"panicking\" because of new "
        "polls showing her falling behind.\n"
        "\n\"The voters will decide,\" Santos said. \"Not Joan Pruitt.\"\n"),
    "fact-check": (
        "At a rally in Wisconsin on Saturday, Senator Dale Whitcomb claimed that crime in "
        "Milwaukee had \"doubled\" over the past two years.\n\n"
        "That is false. According to police data, violent crime in the city fell by 8 "
        "percent over that period.\n\n"
        "Whitcomb also said that the governor, Tina Marsh, had \"released thousands of "
        "criminals\" from state prisons. A spokesman for Marsh, Eli Ford, called the claim \"a "
        "lie\" and said the state's prison population had risen slightly since she took "
        "office.\n\n"
        "When asked for the source of the senator's figures, his campaign pointed to a "
        "report by the Liberty Crime Institute, a conservative research group.\n"),
    "husband-first-name": (
        "Sarah Kendrick, the Democratic nominee for governor of Arizona, has made her family "
        "a centerpiece of her campaign.\n\n"
        "\"My father worked in the copper mines for 30 years,\" Kendrick said at a campaign "
        "stop in Globe on Friday. \"I know what a hard day's work looks like.\"\n\n"
        "Her husband, Tom, a high school football coach, often introduces her at events. "
        "\"She's the toughest person I know,\" he said.\n\n"
        "Kendrick's Republican opponent, Vic Ramos, has accused her of \"running on biography "
        "instead of a record.\" Ramos, a former sheriff, said Friday that voters wanted "
        "\"results, not stories.\"\n"),
    "memo-sources": (
        "A memo circulated among House Republicans this week warns that the party could lose "
        "as many as 30 seats in November, according to a copy obtained by the Capitol "
        "Ledger.\n\n"
        "The memo, written by the party's chief pollster, says that suburban women have "
        "\"abandoned us in droves.\"\n\n"
        "Two Republican aides, who requested anonymity because they were not authorized to "
        "discuss internal documents, confirmed its authenticity. One of them said leadership "
        "was \"in panic mode.\"\n\n"
        "The office of Speaker Doug Harlan said in a statement that the memo did not reflect "
        "the views of the leadership. \"We are confident in our candidates,\" the statement "
        "said.\n\nSources close to the speaker said he had not read the memo.\n"),
    "dash-interrupt": (
        "\"We are going to win this state,\" Senator Carla Whitfield said — \"and we are going "
        "to win it big.\"\n\n"
        "Whitfield, speaking to a packed union hall in Savannah, said her opponent had "
        "\"never worked a day in a factory.\"\n\n"
        "Her opponent, Mark Denholm, 54, a Republican from Macon, said the senator was \"out "
        "of touch with rural Georgia.\" \"She doesn't come down here unless she needs our "
        "votes,\" Denholm said.\n\nTrump-style populism, Denholm added, was \"here to stay.\"\n"),
    "scrum": (
        "Gov. Ron Pascoe was mobbed by reporters as he left a fundraiser in Tampa on "
        "Thursday.\n\n"
        "\"Are you going to run for president?\" one reporter shouted.\n\n"
        "\"We'll see,\" Pascoe said, smiling. \"Ask me after the session.\"\n\n"
        "Pressed on whether he had spoken to donors about a campaign, the governor, speaking "
        "to reporters outside the hotel, said he talks to donors \"all the time.\"\n\n"
        "\"Is this the best we can do as a party?\" asked Nancy Beale, a longtime Republican "
        "donor who attended the event. \"I hope not.\"\n"),
    "tweet-called": (
        "Former President Walter Grange, in a post on his social media site, called the "
        "indictment \"a witch hunt\" and said he would \"never surrender.\"\n\n"
        "His lawyer, Mitchell Crane, said in a television interview that the charges were "
        "\"politically motivated\" and that his client would plead not guilty.\n\n"
        "Prosecutors declined to comment.\n\n"
        "\"No one is above the law,\" said Representative Ayana Brooks, a Democrat on the "
        "Judiciary Committee. \"Not even a former president.\"\n\n"
        "Grange's remarks came a day after his former attorney general, Lyle Benning, told "
        "CNN that the case was \"serious.\"\n"),
}

EXPECTED: list[tuple] = [
    ("rally", "a two-person contest", "mixed", "Gov. Marla Quinlan of Ohio", "Marla Quinlan"),
    ("rally", "We raised it", "direct", "Ms. Quinlan", "Marla Quinlan"),
    ("rally", "Look around", "direct", None, "Marla Quinlan"),
    ("rally", "hiding in Washington", "mixed", "The governor", "Marla Quinlan"),
    ("rally", "end the federal gas tax", "indirect", "She", "Marla Quinlan"),
    ("rally", "running out of road", "direct", "Ben Sorrell", "Ben Sorrell"),
    ("rally", "had been undecided", "indirect", None, "Linda Hargrove"),
    ("rally", "balanced a budget", "direct", "Ms. Hargrove", "Linda Hargrove"),
    ("hearing", "You spent 14 years", "direct", "Senator Angela Ruiz", "Angela Ruiz"),
    ("hearing", "Why should anyone believe", "direct", None, "Angela Ruiz"),
    ("hearing", "recuse himself", "indirect", "Mr. Reardon", "Thomas Reardon"),
    ("hearing", "follow the ethics rules", "direct", "he", "Thomas Reardon"),
    ("hearing", "exceptionally qualified", "mixed", None, "Paul Haskins"),
    ("hearing", "a vote before the August recess", "indirect", None, "Paul Haskins"),
    ("hearing", "humans play a role", "direct", "he", "Thomas Reardon"),
    ("hearing", "the first time I have heard", "direct", "Ms. Ruiz", "Angela Ruiz"),
    ("briefing", "a sign of strength", "mixed", None, "Karen Delgado"),
    ("briefing", "give negotiations a chance", "direct", "Ms. Delgado", "Karen Delgado"),
    ("briefing", "We watch the markets", "direct", "she", "Karen Delgado"),
    ("briefing", "Absolutely", "direct", "Ms. Delgado", "Karen Delgado"),
    ("briefing", "in the coming weeks", "mixed", "She", "Karen Delgado"),
    ("briefing", "created chaos for farmers", "mixed", None, "Alan Mercer"),
    ("poll", "approved of the way", "indirect", "Thirty-eight percent of registered voters",
     None),
    ("poll", "These are warning signs", "direct", "Rachel Bing", "Rachel Bing"),
    ("poll", "Independents in particular", "direct", None, "Rachel Bing"),
    ("poll", "Polls go up", "direct", None, "Jordan Ellis"),
    ("poll", "focused on delivering", "direct", None, "Jordan Ellis"),
    ("debate", "20 million people", "direct", "Ms. Blackwell", "Nora Blackwell"),
    ("debate", "a press release", "direct", None, "Nora Blackwell"),
    ("debate", "raise taxes on the middle class", "indirect", "Mr. Trent", "Isaac Trent"),
    ("debate", "never met a tax", "direct", "he", "Isaac Trent"),
    ("debate", "out of time", "direct", "he", "Greg Talley"),
    ("debate", "tired of this bickering", "direct", "he", "Luis Ochoa"),
    ("debate", "no regrets", "mixed", "Ms. Blackwell", "Nora Blackwell"),
    ("liveblog", "turnout appeared to be higher", "indirect", "Election officials", None),
    ("liveblog", "encouraged by early returns", "indirect", "A senior adviser", None),
    ("liveblog", "about where we are", "direct", "the adviser", None),
    ("liveblog", "go late into the night", "mixed", "Mark Denholm", "Mark Denholm"),
    ("liveblog", "Don't go home", "direct", "he", "Mark Denholm"),
    ("liveblog", "win this thing", "direct", None, "Mark Denholm"),
    # Caldwell's words, which the two people relay (Quote.reported_by)
    ("anonymous", "considering replacing", "indirect", "President Caldwell", None),
    ("anonymous", "grown frustrated", "indirect", "one of the people", None),
    ("anonymous", "venting about it", "direct", "a senior administration official", None),
    ("anonymous", "Nobody thinks", "direct", None, None),
    ("anonymous", "full confidence", "direct", "she", "Tessa Moreau"),
    ("anonymous", "palace intrigue", "direct", "she", "Tessa Moreau"),
    ("anonymous", "offered to resign", "indirect", "Another official", None),
    ("column", "the room for compromise", "mixed", "she", "Ruth Ames"),
    ("column", "no reward for working", "direct", "one", None),
    ("column", "If you cut a deal", "direct", "he", "Walt Kinney"),
    ("column", "the whole", "direct", None, "Walt Kinney"),
    ("column", "polarization reflects", "indirect", "Some", None),
    ("column", "reward conflict", "mixed", None, "Dana Cho"),
    ("tweets", "forgotten what a grocery", "direct", "Mr. Pascoe", "Ron Pascoe"),
    ("tweets", "At least I show up", "direct", "she", "Eileen Marsh"),
    ("tweets", "desperate and sad", "mixed", None, "Derek Lyle"),
    ("tweets", "no interest", "mixed", "Ms. Marsh", "Eileen Marsh"),
    ("profile", "he can win the White House", "indirect", "the billionaire",
     "Carter Vance Holloway"),
    ("profile", "Washington needs someone", "direct", "Mr. Holloway", "Carter Vance Holloway"),
    ("profile", "buy an election", "direct", None, "Joan Pruitt"),
    ("profile", "brings energy", "mixed", "The former governor", "Michael Osterman"),
    ("profile", "the criticism", "indirect", None, None),
    ("profile", "Let them talk", "direct", "he", "Carter Vance Holloway"),
    ("court", "states may require voters", "indirect", "The Supreme Court", None),
    ("court", "a modest burden", "mixed", "Justice Harlan Pryce", "Harlan Pryce"),
    ("court", "The Constitution does not forbid", "direct", "he", "Harlan Pryce"),
    ("court", "disenfranchise", "mixed", "Justice Miriam Okoro", "Miriam Okoro"),
    ("court", "turns its back", "direct", "she", "Miriam Okoro"),
    ("court", "a dark day", "direct", "Elena Vasquez", "Elena Vasquez"),
    ("court", "vindicated", "indirect", None, "Scott Bramwell"),
    ("legislature", "the largest tax cut", "direct", "Representative Kyle Dunmore",
     "Kyle Dunmore"),
    ("legislature", "Texans deserve", "direct", None, "Kyle Dunmore"),
    ("legislature", "starve public schools", "indirect", "Democrats", None),
    ("legislature", "a gift to landlords", "mixed", None, "Maria Salinas"),
    ("legislature", "as written", "mixed", None, "Hank Rollins"),
    ("legislature", "sign whatever bill", "indirect", "Gov. Gloria Baines", "Gloria Baines"),
    ("legislature", "I want a tax", "direct", "she", "Gloria Baines"),
    ("party-tags", "Republicans would not support", "indirect", "Sen. Wade Pemberton",
     "Wade Pemberton"),
    ("party-tags", "a blank check", "direct", "Pemberton", "Wade Pemberton"),
    ("party-tags", "a hostage situation", "mixed", None, "Alicia Fenwick"),
    ("party-tags", "over a talking point", "direct", "she", "Alicia Fenwick"),
    ("party-tags", "optimistic", "mixed", None, "Doug Harlan"),
    ("party-tags", "stay in session", "indirect", None, "Grace Olsen"),
    ("interview-qa", "working around the clock", "direct", "Adler", "Naomi Adler"),
    ("interview-qa", "never pay ransom", "mixed", "Adler", "Naomi Adler"),
    ("interview-qa", "spoken with the families", "indirect", "She", "Naomi Adler"),
    ("interview-qa", "They deserve answers", "direct", "she", "Naomi Adler"),
    ("interview-qa", "the same thing for six months", "mixed", None, "Frank Dorsey"),
    ("epithets-2", "a good conversation", "direct", "the Vermont senator", "Joan Pruitt"),
    ("epithets-2", "endorsing anybody", "direct", "Osterman", "Michael Osterman"),
    ("epithets-2", "their permission", "direct", "the billionaire", "Carter Vance Holloway"),
    ("epithets-2", "planned for weeks", "indirect", None, "Dev Kapoor"),
    ("multi-para", "this state was broke", "direct", "she", "Teresa Lindqvist"),
    ("multi-para", "national recovery", "mixed", None, "Chuck Barrow"),
    ("multi-para", "Any governor would", "direct", "Barrow", "Chuck Barrow"),
    ("vowed-quipped", "to veto any budget", "indirect", None, "Dennis Okafor"),
    ("vowed-quipped", "Not on my watch", "direct", "he", "Dennis Okafor"),
    ("vowed-quipped", "a very long watch", "mixed", None, "Lena Ruiz"),
    ("vowed-quipped", "see you in court", "direct", "Okafor", "Dennis Okafor"),
    ("vowed-quipped", "return my calls", "direct", "Ruiz", "Lena Ruiz"),
    ("headline-colon", "He is trying to buy", "direct", "Pruitt", "Joan Pruitt"),
    ("headline-colon", "buy this election,", "mixed", None, "Joan Pruitt"),
    ("headline-colon", "write a check", "direct", "Pruitt", "Joan Pruitt"),
    ("headline-colon", "panicking", "mixed", None, "Mia Santos"),
    ("headline-colon", "The voters will decide", "direct", "Santos", "Mia Santos"),
    ("fact-check", "doubled", "mixed", None, "Dale Whitcomb"),
    ("fact-check", "released thousands", "mixed", "Whitcomb", "Dale Whitcomb"),
    ("fact-check", "the governor, Tina Marsh", None, None, None),
    ("fact-check", "a lie", "mixed", None, "Eli Ford"),
    ("fact-check", "risen slightly", "indirect", None, "Eli Ford"),
    ("husband-first-name", "copper mines", "direct", "Kendrick", "Sarah Kendrick"),
    ("husband-first-name", "the toughest person", "direct", "he", "Tom"),
    ("husband-first-name", "running on biography", "mixed", None, "Vic Ramos"),
    ("husband-first-name", "results, not", "mixed", "Ramos", "Vic Ramos"),
    ("memo-sources", "abandoned", "mixed", "The memo", None),
    ("memo-sources", "in panic mode", "mixed", "One of them", None),
    ("memo-sources", "did not reflect the views", "indirect", None, "Doug Harlan"),
    ("memo-sources", "had not read the memo", "indirect", None, None),
    ("dash-interrupt", "win this state", "direct", "Senator Carla Whitfield", "Carla Whitfield"),
    ("dash-interrupt", "win it big", "direct", None, "Carla Whitfield"),
    ("dash-interrupt", "never worked a day", "mixed", "Whitfield", "Carla Whitfield"),
    ("dash-interrupt", "out of touch", "mixed", None, "Mark Denholm"),
    ("dash-interrupt", "unless she needs", "direct", "Denholm", "Mark Denholm"),
    ("dash-interrupt", "here to stay", "mixed", "Denholm", "Mark Denholm"),
    ("dash-interrupt", "Trump-style populism", None, None, None),
    ("scrum", "run for president", "direct", "one reporter", None),
    ("scrum", "We'll see", "direct", "Pascoe", "Ron Pascoe"),
    ("scrum", "all the time", "mixed", "the governor", "Ron Pascoe"),
    ("scrum", "the best we can do", "direct", "Nancy Beale", "Nancy Beale"),
    ("tweet-called", "a witch hunt", "mixed", None, "Walter Grange"),
    ("tweet-called", "never surrender", "mixed", None, "Walter Grange"),
    ("tweet-called", "politically motivated", "mixed", None, "Mitchell Crane"),
    ("tweet-called", "above the law", "direct", None, "Ayana Brooks"),
    ("tweet-called", "serious", "mixed", None, "Lyle Benning"),
]

NOT_YET: dict[tuple[str, str], str] = {
    ("profile", "Let them talk"):
        "'he' after 'the billionaire shrugged' takes the man named last (Osterman), not the "
        "one the epithet names, the subject of the sentence before (h41-res's area)",
}

test_attribution = attribution_test(ARTICLES, EXPECTED, NOT_YET)


def test_a_place_that_is_a_given_name_opens_a_name_set_off_after_a_role():
    """ "a spokesman, Jordan Ellis, said": after a noun of people and a comma, a place that
    is a given name too ("Jordan", "Georgia") opens the person's name, not a place before a
    surname, so the role's name is the whole name; a place in other places stays one."""
    text = ('"Polls go up," a spokesman, Jordan Ellis, said.\n\n'
            "Her aide, Georgia Lamb, said the vote was late.\n\nOfficials in Jordan said no.\n")
    assert [n for _, _, _, n in quote_rows(text)] == [
        "Jordan Ellis", "Georgia Lamb", "Officials in Jordan"], quote_rows(text)
    assert ("Jordan", "GPE") in entities(text), entities(text)


def test_a_role_set_off_in_an_absolute_phrase_gives_its_name_the_cue():
    """ ", with the press secretary, Karen Delgado, telling reporters that A": the name set
    off after the role that "with" opens speaks, not the subject of the main clause, as
    for ", with Karen Delgado telling reporters that A"."""
    text = ("The White House imposed the delay, with the press secretary, Karen Delgado, "
            'telling reporters that the pause was "a sign of strength."\n\n'
            "The mayor closed the park, with her deputy, Tom Reed, saying it was unsafe.\n")
    assert [(t, n) for t, _, _, n in quote_rows(text)] == [
        ('"a sign of strength."', "Karen Delgado"), ("it was unsafe", "Tom Reed")], \
        quote_rows(text)


def test_a_day_after_on_between_a_promise_and_its_infinitive():
    """ "vowed on Tuesday to veto the budget": a day after "on" may stand between a verb of
    promise and its infinitive, as a bare "Tuesday" or "last week" does, so the promise is
    the statement; the words quoted in it are its mixed quote."""
    text = ("Mayor Dennis Okafor vowed on Tuesday to veto any budget that cut police funding."
            '\n\nMs. Ruiz promised on Monday to end the "bidding war" for the stadium.\n')
    assert [(t, k) for t, k, _, _ in quote_rows(text)] == [
        ("to veto any budget that cut police funding", "indirect"),
        ('"bidding war"', "mixed")], quote_rows(text)
    assert quotetrack.extract(text).quotes[1].statement is not None


def test_a_name_set_off_in_the_statement_does_not_end_it_before_its_quote():
    """ "said that the governor, Tina Marsh, had “released thousands”": the comma that
    closes a noun phrase in apposition to the statement's subject, a verb after it, does
    not end the statement before the quote (as one that closes "which ..." does not), so
    the quote is the statement's mixed quote, not a fragment and a quote of its own."""
    text = ('Whitcomb said that the governor, Tina Marsh, had "released thousands of '
            'criminals" from state prisons.\n')
    found = [(q.text, q.kind, q.statement.text if q.statement else None)
             for q in quotetrack.extract(text).quotes]
    assert found == [('"released thousands of criminals"', "mixed",
                      'the governor, Tina Marsh, had "released thousands of criminals" from '
                      "state prisons")], found


def test_one_of_a_group_named_by_a_pronoun_speaks():
    """ "One of them said leadership was “in panic mode.”": "one of them", "neither of
    us", "two of them" are a noun phrase whose head is the number or quantifier, so the
    one who speaks is found as "one of the aides" is, before or after the quote."""
    text = ('Two aides confirmed it. One of them said leadership was "in panic mode."\n\n'
            '"We are finished," one of them said.\n')
    assert [(t, m) for t, _, m, _ in quote_rows(text)] == [
        ('"in panic mode."', "One of them"), ('"We are finished,"', "one of them")], \
        quote_rows(text)


def test_a_frame_set_inside_a_statement_does_not_end_it_before_its_quote():
    """ "Tax cuts, Denholm added, were “here to stay.”": the comma that closes the
    statement's own frame, set inside it, does not end the statement before the quote, so
    the quote is the statement's mixed quote (a statement without a quote runs on over
    its frame the same way)."""
    text = ('Tax cuts, Denholm added, were "here to stay."\n\n'
            'The plan, she said, was "dead on arrival."\n')
    found = [(q.text, q.statement.text if q.statement else None)
             for q in quotetrack.extract(text).quotes]
    assert found == [
        ('"here to stay."', 'Tax cuts, Denholm added, were "here to stay."'),
        ('"dead on arrival."', 'The plan, she said, was "dead on arrival."')], found


def test_a_person_named_after_a_noun_opens_the_clause_that_reports():
    """ "A voter named Walt Gibbons said A": the noun, "named" and the name are one noun
    phrase that opens the clause, so the name speaks (the statement was lost, the name
    taken for the object of "named" inside a modifier)."""
    text = ("A voter named Walt Gibbons said his pension was at risk.\n\n"
            "A retiree called Jo Lee told the senator the bridge was closed.\n")
    assert [(t, n) for t, _, _, n in quote_rows(text)] == [
        ("his pension was at risk", "Walt Gibbons"), ("the bridge was closed", "Jo Lee")], \
        quote_rows(text)
