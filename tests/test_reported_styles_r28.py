"""Reported (indirect) speech in political news, read by the model-free default path: a
wave of invented campaign, Congress, governor, White House, court, poll and scandal
stories dense in reported speech of many shapes (h60-ind, the twenty-eighth round).

"X argued / contended / insisted / warned / predicted / acknowledged / conceded / denied /
vowed / pledged / promised (that) A", "X has said repeatedly that A", "aides say A",
"according to two people briefed on the talks, A", "X's campaign says A", "X, who said
last week that A, ...", "X told donors that A", "X said in a tweet that A", "X accused Y
of A", "X blamed Y for A", "X urged Y to A", "X called for A", "X asked whether A", "X did
not say whether A", "X declined to say A", a document ("the bill says A") and a poll
("polls show A"), and the near misses: "if X says A", "X said nothing".

Each expected statement is written as PolNeAR annotates reported speech (read on its train
split before the library ran): the one it credits (the speaker's mention), the cue word,
and the first and last words of the content ("that" left out).  PolNeAR also marks as the
subject's statement what the news tells the subject refused or threatened to do ("A
spokesman declined [to comment]", "X refused [to answer questions]", "X threatened [to
sink the rule]": 34 of 34 "declined to" + a verb of speech on train are marked), a
forecast of speech ("she is expected to argue that A": hers), the stance of rejecting a
claim nobody owns ("X dismissed the argument that A"), and "X reminded Y that A".

Every article here was written for the test, with invented people and places.
"""

from __future__ import annotations

from functools import cache

import pytest
from findings import statement_cases, statement_test

import quotetrack

ARTICLES: dict[str, str] = {
    "trail-argued": (
        "DES MOINES - State Sen. Dana Whitcombe argued on Monday that the new tariff "
        "would raise prices for corn growers. Her rival, Rep. Luis Ferrante, "
        "contended that the tariff would protect jobs in the river towns.\n"),
    "governor-insisted": (
        "Gov. Marcy Hollins insisted Tuesday that the state budget was balanced. "
        "State Treasurer Owen Pike warned that the general fund would run dry by "
        "March.\n"),
    "manager-predicted": (
        "Campaign manager Tessa Brandvold predicted that her candidate would win the "
        "caucuses by ten points. She acknowledged that the race had tightened, and "
        "conceded that fundraising had slowed over the summer.\n"),
    "mayor-denied": (
        "Mayor Curtis Bellweather denied that he had met privately with the "
        "developer. His chief of staff, Nora Quill, denied any wrongdoing.\n"),
    "congress-vowed": (
        "Rep. Hal Ostrander vowed to block the spending bill. Sen. Imani Castellanos "
        "pledged that she would not vote for any bill that cut veterans' "
        "benefits.\n\nPresident Gordon Avery promised the workers that the plant "
        "would reopen by summer.\n"),
    "speaker-repeatedly": (
        "House Speaker Ron Delacroix has said repeatedly that the chamber will not "
        "take up the Senate bill. On Thursday he told reporters that nothing had "
        "changed.\n"),
    "aides-say": (
        "Gov. Lydia Marchetti is weighing a run for the Senate, aides say. Aides say "
        "she will announce her decision after the legislative session ends.\n"),
    "according-to-people": (
        "The White House has offered to trim its defense request by $20 billion, "
        "according to two people briefed on the talks. According to a senior "
        "Republican aide, the offer fell short of what conservatives wanted.\n"),
    "campaign-says": (
        "Jill Marbury's campaign says it raised $4 million in the first quarter. The "
        "Marbury campaign said the money came from more than 60,000 donors.\n"),
    "who-said-last-week": (
        "Sen. Paul Agbaje, who said last week that he would support the nominee, "
        "reversed course on Monday. Agbaje told reporters he had learned new "
        "information about the nominee's finances.\n"),
    "told-donors": (
        "Gov. Elena Sutter told donors in Dallas that she would decide on a "
        "presidential run by spring, according to an attendee. She also told them the "
        "party needed a fresh face.\n"),
    "in-a-tweet": (
        "Rep. Mark Ingersoll said in a tweet that the hearing was a sham. Sen. Beth "
        "Rowan wrote on Twitter that the committee had done its job.\n"),
    "accused": (
        "Sen. Rosa Villanueva accused the administration of hiding the true cost of "
        "the program. The Treasury secretary, Alan Whitby, accused Villanueva of "
        "playing politics with the budget.\n"),
    "blamed": (
        "Mayor Tom Keegan blamed the state legislature for the city's budget "
        "shortfall. Legislative leaders blamed the mayor for overspending.\n"),
    "urged": (
        "Senate Majority Leader Tom Rasmussen urged his colleagues to pass the bill "
        "before the August recess. Rasmussen also urged the president to sign it "
        "quickly.\n"),
    "called-for": (
        "Rep. Yolanda Birch called for an independent investigation into the "
        "contracts. Two other Democrats called on the inspector general to open an "
        "inquiry.\n"),
    "asked-whether": (
        "At the hearing, Sen. Kip Landry asked whether the agency had followed the "
        "law. Rep. Anna Fairweather asked the director why the report had been "
        "delayed.\n"),
    "did-not-say": (
        "White House press secretary Dolores Fenn did not say whether the president "
        "would veto the measure. Fenn declined to say when the president would "
        "decide.\n"),
    "declined-to-say": (
        "Mr. Okonkwo, a two-term congressman, declined to say whether he would run "
        "again. He said he would talk it over with his family.\n"),
    "court-ruling": (
        "A federal judge ruled on Friday that the state's new voting map was "
        "unconstitutional. Judge Harriet Lowe wrote that the map diluted the votes of "
        "rural residents. The state attorney general, Colin Marsh, said he would "
        "appeal the ruling.\n"),
    "poll-story": (
        "A new poll shows Sen. Vera Lindqvist leading her challenger by six points. "
        "Polls show voters are more worried about prices than about crime. According "
        "to the survey, most independents disapprove of the governor.\n"),
    "scandal-denials": (
        "A former aide to Rep. Gus Pemberton has alleged that the congressman used "
        "campaign funds for family vacations. Pemberton denied the allegations on "
        "Wednesday, and his lawyer said the aide was a disgruntled former employee. "
        "Pemberton has said he will cooperate with the ethics committee.\n"),
    "white-house": (
        "President Gordon Avery told lawmakers at the White House that he would veto "
        "any bill that raised taxes on the middle class. Vice President Ruth Calloway "
        "said the administration was open to compromise on spending. Officials said "
        "the meeting lasted two hours.\n"),
    "argument-noun": (
        "Gov. Marcy Hollins made her case on Tuesday. The governor's argument that "
        "the tax cut pays for itself drew scorn from economists.\n"),
    "bill-says": (
        "The bill says that states must report the data by July. The measure also "
        "requires the agency to publish an annual review.\n"),
    "if-says": (
        "If the governor says the plan is dead, lawmakers will move on to the budget. "
        "Legislators met on Monday to plan the session.\n"),
    "expected-to-say": (
        "President Gordon Avery is expected to say in his speech on Tuesday that the "
        "economy is strong. He will travel to Ohio afterward.\n"),
    "will-argue": (
        "Lawyers for the state will argue that the map is constitutional. The hearing "
        "is set for next week.\n"),
    "said-nothing": (
        "Asked about the memo, Sen. Ian Drummond said nothing. He walked away from "
        "the cameras and got into a car.\n"),
    "insisted-on": (
        "Sen. Carla Munroe, who insisted that the vote be delayed, voted no anyway. "
        "Munroe warned colleagues against rushing the bill.\n"),
    "b-interview": (
        "In an interview with the Harbor Ledger on Monday, Sen. Nadia Orloff said the "
        "committee would subpoena the bank's records. Orloff, a Democrat from "
        "Vermont, added that she expected a vote by the end of the month.\n"),
    "b-adding": (
        "Gov. Walt Brennan said Thursday that the state would not raise the gas tax, "
        "adding that road repairs would be paid for with surplus funds.\n"),
    "b-and-that": (
        "The senator said that the deal was dead and that Republicans would not "
        "return to the table until after the election.\n"),
    "b-while-countered": (
        "Democrats argued that the cuts would hurt rural hospitals, while Republicans "
        "countered that the savings were needed to balance the budget.\n"),
    "b-maintained": (
        "Rep. Gil Stroud has long maintained that the 2020 audit was flawed. He "
        "reiterated on Sunday that the state should hold a new one.\n"),
    "b-through-spokesman": (
        "Sen. Lorna Feldt said through a spokesman that she had not read the memo. "
        "Her spokesman, Dale Fitch, said the senator would review it this week.\n"),
    "b-statement-night": (
        "In a statement Tuesday night, the Justice Department said it would review "
        "the judge's decision. The department declined to comment further.\n"),
    "b-rally": (
        "Speaking at a rally in Toledo, former Gov. Rich Dunmore said the election "
        "had been a wake-up call for the party. He told the crowd that Ohio would "
        "decide the next president.\n"),
    "b-asked-whether-said": (
        "Asked whether he would endorse the nominee, Sen. Abe Lindqvist said he had "
        "not made up his mind.\n"),
    "b-trailing": (
        "The administration will send more aid to the border states, White House "
        "officials said. The money will come from an emergency fund, the officials "
        "said.\n"),
    "b-familiar": (
        "The president has privately told aides that he regrets picking the nominee, "
        "according to three people familiar with the conversations. Officials "
        "familiar with the matter said the nomination could be withdrawn as early as "
        "Friday.\n"),
    "b-reportedly": (
        "Speaker Rhoda Vance reportedly told members that the vote would be delayed. "
        "Vance is said to have told allies she has the votes to pass it.\n"),
    "b-op-ed": (
        "Writing in an op-ed for the Valley Courier, Rep. Hank Solis argued that the "
        "program had wasted billions. Sen. Joy Amara wrote in a letter to colleagues "
        "that the program had saved lives.\n"),
    "b-suggested": (
        "Treasury Secretary Alan Whitby suggested that rates could fall next year. He "
        "stressed that the economy remained strong, and noted that unemployment was "
        "at a record low.\n"),
    "b-rejected-claims": (
        "The governor's office rejected claims that the contract had been rigged. A "
        "spokeswoman for the governor, Pam Ruiz, dismissed the report as a partisan "
        "attack.\n"),
    "b-questioned": (
        "Several Republicans questioned whether the agency had the authority to issue "
        "the rule. Sen. Ted Garvey disputed that the rule would lower costs.\n"),
    "b-complained": (
        "Rep. Olive Marsh complained that her party's leaders had ignored rural "
        "voters. She lamented that the caucus had lost its way.\n"),
    "b-testified": (
        "The former chief of staff testified that the president had been briefed on "
        "the plan. Under questioning, she admitted that she had deleted some "
        "messages.\n"),
    "b-threatened": (
        "The Freedom Caucus threatened to sink the rule. Its chairman, Rep. Curt "
        "Lang, said the group would vote no unless the bill was changed.\n"),
    "b-announced": (
        "Gov. Hollis Ward announced Wednesday that he would not seek a third term. "
        "Ward said he wanted to spend more time with his family.\n"),
    "b-court-majority": (
        "Writing for the majority, Justice Mara Kell said the law violated the First "
        "Amendment. In a dissent, Justice Owen Pratt warned that the ruling would "
        "invite more lawsuits.\n"),
    "b-poll-found": (
        "A Harbor Ledger poll released Sunday found that 54 percent of voters "
        "disapprove of the governor's handling of the budget. The survey also found "
        "that most voters support raising the minimum wage.\n"),
    "b-has-not-said": (
        "The senator has not said whether she will run for a third term. Her advisers "
        "say a decision could come by summer.\n"),
    "b-confirmed": (
        "A spokesman for the campaign confirmed that the candidate would skip the "
        "debate. The campaign later explained that the candidate had a scheduling "
        "conflict.\n"),
    "b-assured": (
        "The president assured allies that the United States would honor its "
        "commitments. He reminded reporters that he had kept every promise.\n"),
    "b-on-cnn": (
        'Sen. Ray Dorsey said on CNN\'s "State of the Union" that the party needed '
        "new leadership. Dorsey also said he would not run for leader himself.\n"),
    "b-mixed-word": (
        'Sen. Lia Park said she was "deeply troubled" by the report and that the '
        "committee would hold hearings.\n"),
    "b-headline-says": (
        "Governor says state will sue over water rights\n\nGov. Ella Fontaine said "
        "Monday that the state would sue the federal government over the river's "
        "water rights.\n"),
    "refusals": (
        "A spokesman for Gov. Lena Marsh declined to comment on Friday. The Freedom "
        "Caucus has threatened to sink the rule, and its members refused to answer "
        "questions about the vote. Rep. Otis Crane declined to be interviewed for this "
        "article.\n\nThe storm threatened to flood the town. Tax receipts declined to "
        "$281 million last year.\n"),
    "c-apposition": (
        "Sen. Mara Quist, a Republican from Ohio who chairs the banking panel, said "
        "Tuesday that the bill would reach the floor in June.\n"),
    "c-letter": (
        "In a letter to the committee, Sen. Ron Bates and Rep. Ida Flores wrote that "
        "the agency had ignored three warnings.\n"),
    "c-email": (
        "The governor's spokesman, Theo Grant, said in an email that the audit was "
        "politically motivated.\n"),
    "c-anonymity": (
        "A senior administration official, speaking on condition of anonymity because "
        "he was not authorized to discuss the talks, said the two sides were close to "
        "a deal.\n"),
    "c-meet-press": (
        'Sen. Cal Whitfield said Sunday on NBC\'s "Meet the Press" that the party '
        "would hold the Senate.\n"),
    "c-both": (
        "Both candidates have said they would raise the minimum wage. Neither "
        "campaign responded to requests for comment on Monday.\n"),
    "c-signaled": (
        "Speaker Rhoda Vance signaled Monday that the House would vote on the bill "
        "next week. She hinted that a compromise on spending was near.\n"),
    "c-ap": (
        "Gov. Ana Reyes told The Associated Press in an interview that she would sign "
        "the bill if it reached her desk.\n"),
    "c-memo": (
        "The memo, which was obtained by the Harbor Ledger, says the agency knew "
        "about the flaws in 2019.\n"),
    "c-repeatedly-denied": (
        "Rep. Gus Pemberton has repeatedly denied that he used campaign money for "
        "personal trips.\n"),
    "c-accused-saying": (
        "Sen. Tia Marsh accused the White House of stonewalling, saying the documents "
        "had been requested months ago.\n"),
    "c-claim-disputed": (
        "The mayor said crime had fallen by a third, a claim his challenger "
        "disputed.\n"),
    "c-confident": (
        "The senator said he was confident the nominee would be confirmed.\n"),
    "c-asked-he-said": (
        "Hale was asked whether he would support the bill. He said he had not "
        "decided.\n"),
    "c-noted-while": (
        "The chairman noted that while the economy had grown, wages had not kept "
        "pace.\n"),
    "c-said-if": (
        "Gov. Dell Carver said that if the legislature passed the bill, he would veto "
        "it.\n"),
    "c-questioned-why": (
        "Sen. Lou Patel questioned why the agency had waited six months to act.\n"),
    "c-doubled-down": (
        "The president doubled down on his claim that the election had been stolen. "
        "Sen. Ada Kim stood by her assertion that the program was a failure.\n"),
    "c-walked-back": (
        "Rep. Nils Berg walked back his comments that the shutdown would last all "
        "summer.\n"),
    "c-told-crowd-dateline": (
        "PHOENIX (AP) - Sen. Jo Ellis told a crowd of supporters Saturday night that "
        "Arizona would decide the election.\n"),
    "c-later-said": (
        "Rep. Amos Tull initially backed the plan. He later said it had been "
        "rushed.\n"),
    "c-says-present": (
        "Lindqvist says she will not take money from corporate PACs. Her opponent "
        "says that pledge is a gimmick.\n"),
    "reminders": (
        "Gov. Walt Brennan reminded reporters that he had never raised taxes. He "
        "reminded voters of his record on schools.\n\nMeanwhile, his rival reminds us "
        "of a houseguest who won't leave.\n"),
}

#: (article, piece of the statement, speaker mention(s), cue word(s), first words, last
#: words): an indirect statement holding ``piece`` with that speaker, cue and content
#: (``None``: not checked; "a|b": either).
EXPECTED: list[tuple[str, str, str, str, str | None, str | None]] = [
    ("trail-argued", "the new tariff would raise prices",
     "State Sen. Dana Whitcombe|Dana Whitcombe", "argued", "the new tariff", "for corn growers"),
    ("trail-argued", "tariff would protect jobs", "Rep. Luis Ferrante|Luis Ferrante",
     "contended", "the tariff", "in the river towns"),
    ("governor-insisted", "the state budget was balanced", "Gov. Marcy Hollins|Marcy Hollins",
     "insisted", "the state budget", "was balanced"),
    ("governor-insisted", "would run dry", "State Treasurer Owen Pike|Owen Pike",
     "warned", "the general fund", "by March"),
    ("manager-predicted", "would win the caucuses",
     "Tessa Brandvold|Campaign manager Tessa Brandvold",
     "predicted", "her candidate", "by ten points"),
    ("manager-predicted", "the race had tightened", "She",
     "acknowledged", "the race", "had tightened"),
    ("manager-predicted", "fundraising had slowed", "She",
     "conceded", "fundraising", "over the summer"),
    ("mayor-denied", "he had met privately", "Mayor Curtis Bellweather|Curtis Bellweather",
     "denied", "he had met", "with the developer"),
    ("mayor-denied", "any wrongdoing", "Nora Quill", "denied", "any wrongdoing", "any wrongdoing"),
    ("congress-vowed", "to block the spending bill", "Rep. Hal Ostrander|Hal Ostrander",
     "vowed", "to block", "the spending bill"),
    ("congress-vowed", "she would not vote", "Sen. Imani Castellanos|Imani Castellanos",
     "pledged", "she would not vote", "veterans' benefits"),
    ("congress-vowed", "the plant would reopen", "President Gordon Avery|Gordon Avery",
     "promised", None, "by summer"),
    ("speaker-repeatedly", "the chamber will not take up",
     "House Speaker Ron Delacroix|Ron Delacroix",
     "said|has said", "the chamber", "the Senate bill"),
    ("speaker-repeatedly", "nothing had changed", "he",
     "told", "nothing had changed", "nothing had changed"),
    ("aides-say", "is weighing a run", "aides", "say", "Gov. Lydia Marchetti", "for the Senate"),
    ("aides-say", "will announce her decision", "Aides",
     "say", "she will announce", "session ends"),
    ("according-to-people", "has offered to trim",
     "two people briefed on the talks|two people|people",
     "according to", "The White House", "by $20 billion"),
    ("according-to-people", "the offer fell short",
     "a senior Republican aide|senior Republican aide|aide",
     "According to", "the offer", "conservatives wanted"),
    ("campaign-says", "it raised $4 million", "Jill Marbury's campaign|campaign",
     "says", "it raised", "first quarter"),
    ("campaign-says", "the money came from", "The Marbury campaign|Marbury campaign|campaign",
     "said", "the money", "60,000 donors"),
    ("who-said-last-week", "he would support the nominee", "who|Sen. Paul Agbaje|Paul Agbaje",
     "said", "he would support", "the nominee"),
    ("who-said-last-week", "he had learned new information", "Agbaje",
     "told", "he had learned", "nominee's finances"),
    ("told-donors", "she would decide on a presidential run", "Gov. Elena Sutter|Elena Sutter",
     "told", "she would decide", "by spring"),
    ("told-donors", "the party needed a fresh face", "She", "told", "the party", "fresh face"),
    ("in-a-tweet", "the hearing was a sham", "Rep. Mark Ingersoll|Mark Ingersoll",
     "said", "the hearing", "a sham"),
    ("in-a-tweet", "the committee had done its job", "Sen. Beth Rowan|Beth Rowan",
     "wrote", "the committee", "its job"),
    ("accused", "of hiding the true cost", "Sen. Rosa Villanueva|Rosa Villanueva",
     "accused", None, "of the program"),
    ("accused", "of playing politics",
     "Alan Whitby|The Treasury secretary, Alan Whitby|The Treasury secretary",
     "accused", None, "with the budget"),
    ("blamed", "for the city's budget shortfall", "Mayor Tom Keegan|Tom Keegan",
     "blamed", None, "budget shortfall"),
    ("blamed", "for overspending", "Legislative leaders|leaders",
     "blamed", None, "for overspending"),
    ("urged", "to pass the bill before", "Senate Majority Leader Tom Rasmussen|Tom Rasmussen",
     "urged", None, "August recess"),
    ("urged", "to sign it quickly", "Rasmussen", "urged", None, "sign it quickly"),
    ("called-for", "an independent investigation", "Rep. Yolanda Birch|Yolanda Birch",
     "called for", None, "into the contracts"),
    ("called-for", "to open an inquiry", "Two other Democrats|Democrats",
     "called on", None, "open an inquiry"),
    ("asked-whether", "the agency had followed the law", "Sen. Kip Landry|Kip Landry",
     "asked", None, "followed the law"),
    ("asked-whether", "why the report had been delayed", "Rep. Anna Fairweather|Anna Fairweather",
     "asked", None, "been delayed"),
    ("did-not-say", "the president would veto",
     "White House press secretary Dolores Fenn|Dolores Fenn",
     "say|did not say", None, "the measure"),
    ("did-not-say", "when the president would decide", "Fenn",
     "declined|say|declined to say", None, "would decide"),
    ("declined-to-say", "whether he would run again", "Mr. Okonkwo|Okonkwo",
     "declined|say|declined to say", None, "run again"),
    ("declined-to-say", "he would talk it over", "He", "said", "he would talk", "his family"),
    ("court-ruling", "new voting map was", "A federal judge|judge",
     "ruled", "the state's new voting map", "unconstitutional"),
    ("court-ruling", "the map diluted the votes", "Judge Harriet Lowe|Harriet Lowe",
     "wrote", "the map", "rural residents"),
    ("court-ruling", "he would appeal the ruling",
     "Colin Marsh|The state attorney general, Colin Marsh|The state attorney general",
     "said", "he would appeal", "the ruling"),
    ("poll-story", "leading her challenger", "A new poll|poll",
     "shows", "Sen. Vera Lindqvist", "by six points"),
    ("poll-story", "more worried about prices", "Polls", "show", "voters are", "about crime"),
    ("poll-story", "most independents disapprove", "the survey|survey",
     "According to", "most independents", "the governor"),
    ("scandal-denials", "used campaign funds",
     "A former aide to Rep. Gus Pemberton|A former aide|aide",
     "alleged|has alleged", "the congressman", "family vacations"),
    ("scandal-denials", "the allegations", "Pemberton",
     "denied", "the allegations", "the allegations"),
    ("scandal-denials", "the aide was a disgruntled", "his lawyer|lawyer",
     "said", "the aide", "former employee"),
    ("scandal-denials", "will cooperate with the ethics", "Pemberton",
     "said|has said", "he will cooperate", "ethics committee"),
    ("white-house", "he would veto any bill", "President Gordon Avery|Gordon Avery",
     "told", "he would veto", "the middle class"),
    ("white-house", "open to compromise", "Vice President Ruth Calloway|Ruth Calloway",
     "said", "the administration", "on spending"),
    ("white-house", "the meeting lasted two hours", "Officials",
     "said", "the meeting", "two hours"),
    ("argument-noun", "the tax cut pays for itself", "The governor's|governor's|The governor",
     "argument", None, "for itself"),
    ("bill-says", "states must report the data", "The bill|bill", "says", None, "by July"),
    ("insisted-on", "the vote be delayed", "who|Sen. Carla Munroe|Carla Munroe",
     "insisted", None, "be delayed"),
    ("b-interview", "would subpoena the bank", "Sen. Nadia Orloff|Nadia Orloff",
     "said", "the committee", "bank's records"),
    ("b-interview", "she expected a vote", "Orloff", "added", "she expected", "of the month"),
    ("b-adding", "would not raise the gas tax", "Gov. Walt Brennan|Walt Brennan",
     "said", "the state", "the gas tax"),
    ("b-adding", "road repairs would be paid", "Gov. Walt Brennan|Walt Brennan",
     "adding", "road repairs", "surplus funds"),
    ("b-and-that", "the deal was dead", "The senator|senator", "said", "the deal", None),
    ("b-and-that", "Republicans would not return", "The senator|senator",
     "said", None, "the election"),
    ("b-while-countered", "would hurt rural hospitals", "Democrats",
     "argued", "the cuts", "rural hospitals"),
    ("b-while-countered", "the savings were needed", "Republicans",
     "countered", "the savings", "the budget"),
    ("b-maintained", "the 2020 audit was flawed", "Rep. Gil Stroud|Gil Stroud",
     "maintained|has long maintained", "the 2020 audit", "was flawed"),
    ("b-maintained", "the state should hold", "He", "reiterated", "the state", "a new one"),
    ("b-through-spokesman", "she had not read the memo", "Sen. Lorna Feldt|Lorna Feldt",
     "said", "she had not", "the memo"),
    ("b-through-spokesman", "would review it this week",
     "Dale Fitch|Her spokesman, Dale Fitch|Her spokesman", "said", "the senator", "this week"),
    ("b-statement-night", "would review the judge", "the Justice Department|Justice Department",
     "said", "it would review", "decision"),
    ("b-rally", "a wake-up call for the party",
     "former Gov. Rich Dunmore|Rich Dunmore|Gov. Rich Dunmore",
     "said", "the election", "for the party"),
    ("b-rally", "Ohio would decide", "He", "told", "Ohio would", "next president"),
    ("b-asked-whether-said", "he had not made up his mind", "Sen. Abe Lindqvist|Abe Lindqvist",
     "said", "he had not", "his mind"),
    ("b-trailing", "will send more aid", "White House officials|officials",
     "said", "The administration", "border states"),
    ("b-trailing", "The money will come", "the officials|officials",
     "said", "The money", "emergency fund"),
    ("b-familiar", "he regrets picking", "The president", "told", "he regrets", "the nominee"),
    ("b-familiar", "could be withdrawn", "Officials familiar with the matter|Officials",
     "said", "the nomination", "as early as Friday"),
    ("b-reportedly", "the vote would be delayed", "Speaker Rhoda Vance|Rhoda Vance",
     "told", "the vote", "be delayed"),
    ("b-op-ed", "the program had wasted billions", "Rep. Hank Solis|Hank Solis",
     "argued", "the program", "wasted billions"),
    ("b-op-ed", "the program had saved lives", "Sen. Joy Amara|Joy Amara",
     "wrote", "the program", "saved lives"),
    ("b-suggested", "rates could fall", "Treasury Secretary Alan Whitby|Alan Whitby",
     "suggested", "rates", "next year"),
    ("b-suggested", "the economy remained strong", "He",
     "stressed", "the economy", "remained strong"),
    ("b-suggested", "unemployment was at a record", "He", "noted", "unemployment", "record low"),
    ("b-rejected-claims", "the contract had been rigged",
     "The governor's office|governor's office|office", "rejected", None, "been rigged"),
    ("b-rejected-claims", "as a partisan attack",
     "Pam Ruiz|A spokeswoman for the governor, Pam Ruiz|A spokeswoman for the governor"
     "|spokeswoman",
     "dismissed", None, "partisan attack"),
    ("b-questioned", "the agency had the authority", "Several Republicans|Republicans",
     "questioned", None, "the rule"),
    ("b-questioned", "the rule would lower costs", "Sen. Ted Garvey|Ted Garvey",
     "disputed", "the rule", "lower costs"),
    ("b-complained", "ignored rural voters", "Rep. Olive Marsh|Olive Marsh",
     "complained", "her party's leaders", "rural voters"),
    ("b-complained", "the caucus had lost its way", "She", "lamented", "the caucus", "its way"),
    ("b-testified", "had been briefed on the plan",
     "The former chief of staff|former chief of staff",
     "testified", "the president", "on the plan"),
    ("b-testified", "she had deleted some messages", "she",
     "admitted", "she had deleted", "some messages"),
    ("b-threatened", "to sink the rule", "The Freedom Caucus|Freedom Caucus",
     "threatened", "to sink", "the rule"),
    ("b-threatened", "the group would vote no",
     "Rep. Curt Lang|Curt Lang|Its chairman, Rep. Curt Lang", "said", "the group", "was changed"),
    ("b-announced", "he would not seek a third term", "Gov. Hollis Ward|Hollis Ward",
     "announced", "he would not", "third term"),
    ("b-announced", "he wanted to spend more time", "Ward", "said", "he wanted", "his family"),
    ("b-court-majority", "the law violated the First", "Justice Mara Kell|Mara Kell",
     "said", "the law", "First Amendment"),
    ("b-court-majority", "the ruling would invite", "Justice Owen Pratt|Owen Pratt",
     "warned", "the ruling", "more lawsuits"),
    ("b-poll-found", "54 percent of voters", "A Harbor Ledger poll|poll|Harbor Ledger poll",
     "found", "54 percent", "the budget"),
    ("b-poll-found", "most voters support raising", "The survey|survey",
     "found", "most voters", "minimum wage"),
    ("b-has-not-said", "she will run for a third term", "The senator|senator",
     "said|has not said", None, "third term"),
    ("b-has-not-said", "a decision could come by summer", "Her advisers|advisers",
     "say", "a decision", "by summer"),
    ("b-confirmed", "would skip the debate", "A spokesman for the campaign|A spokesman|spokesman",
     "confirmed", "the candidate", "the debate"),
    ("b-confirmed", "had a scheduling conflict", "The campaign|campaign",
     "explained", "the candidate", "scheduling conflict"),
    ("b-assured", "would honor its commitments", "The president|president",
     "assured", None, "its commitments"),
    ("b-assured", "he had kept every promise", "He", "reminded", None, "every promise"),
    ("b-on-cnn", "the party needed new leadership", "Sen. Ray Dorsey|Ray Dorsey",
     "said", "the party", "new leadership"),
    ("b-on-cnn", "he would not run for leader", "Dorsey", "said", "he would not", "himself"),
    ("b-headline-says", "the state would sue", "Gov. Ella Fontaine|Ella Fontaine",
     "said", "the state would sue", "water rights"),
    ("expected-to-say", "the economy is strong", "President Gordon Avery",
     "say", "the economy", "is strong"),
    ("will-argue", "the map is constitutional", "Lawyers for the state",
     "argue", "the map", "is constitutional"),
    ("b-statement-night", "to comment further", "The department",
     "declined", "to comment", "further"),
    ("b-headline-says", "state will sue over water", "Governor",
     "says", "state will sue", "water rights"),
    ("b-reportedly", "she has the votes", "Vance", "told", "she has the votes", "to pass it"),
    ("refusals", "to comment", "A spokesman for Gov. Lena Marsh|A spokesman",
     "declined", "to comment", None),
    ("refusals", "to sink the rule", "The Freedom Caucus", "threatened", "to sink", "the rule"),
    ("refusals", "to answer questions about the vote", "its members",
     "refused", "to answer", "the vote"),
    ("c-apposition", "would reach the floor", "Sen. Mara Quist|Mara Quist",
     "said", "the bill", "in June"),
    ("c-letter", "had ignored three warnings", "Sen. Ron Bates|Sen. Ron Bates and Rep. Ida Flores",
     "wrote", "the agency", "three warnings"),
    ("c-email", "was politically motivated",
     "Theo Grant|The governor's spokesman, Theo Grant|The governor's spokesman",
     "said", "the audit", "politically motivated"),
    ("c-anonymity", "were close to a deal", "A senior administration official|official",
     "said", "the two sides", "to a deal"),
    ("c-meet-press", "would hold the Senate", "Sen. Cal Whitfield|Cal Whitfield",
     "said", "the party", "the Senate"),
    ("c-both", "they would raise the minimum", "Both candidates|candidates",
     "said|have said", "they would", "minimum wage"),
    ("c-signaled", "the House would vote", "Speaker Rhoda Vance|Rhoda Vance",
     "signaled", "the House", "next week"),
    ("c-signaled", "a compromise on spending", "She", "hinted", "a compromise", "was near"),
    ("c-ap", "she would sign the bill", "Gov. Ana Reyes|Ana Reyes",
     "told", "she would sign", "her desk"),
    ("c-memo", "the agency knew about", "The memo|memo", "says", "the agency", "in 2019"),
    ("c-repeatedly-denied", "he used campaign money", "Rep. Gus Pemberton|Gus Pemberton",
     "denied|has repeatedly denied", "he used", "personal trips"),
    ("c-accused-saying", "of stonewalling", "Sen. Tia Marsh|Tia Marsh",
     "accused", None, "stonewalling"),
    ("c-accused-saying", "had been requested months ago", "Sen. Tia Marsh|Tia Marsh",
     "saying", "the documents", "months ago"),
    ("c-claim-disputed", "crime had fallen by a third", "The mayor|mayor",
     "said", "crime", "by a third"),
    ("c-confident", "the nominee would be confirmed", "The senator|senator",
     "said", "he was confident", "be confirmed"),
    ("c-asked-he-said", "he had not decided", "He", "said", "he had not", "decided"),
    ("c-noted-while", "wages had not kept pace", "The chairman|chairman",
     "noted", "while the economy", "kept pace"),
    ("c-said-if", "he would veto it", "Gov. Dell Carver|Dell Carver",
     "said", "if the legislature", "veto it"),
    ("c-questioned-why", "the agency had waited", "Sen. Lou Patel|Lou Patel",
     "questioned", None, "to act"),
    ("c-doubled-down", "the election had been stolen", "his",
     "doubled down on his claim|doubled down|claim", None, "been stolen"),
    ("c-doubled-down", "the program was a failure", "Sen. Ada Kim|Ada Kim",
     "stood by her assertion|stood by|assertion", None, "a failure"),
    ("c-walked-back", "the shutdown would last", "Rep. Nils Berg|Nils Berg",
     "walked back his comments|walked back|comments", None, "all summer"),
    ("c-told-crowd-dateline", "Arizona would decide", "Sen. Jo Ellis|Jo Ellis",
     "told", "Arizona", "the election"),
    ("c-later-said", "it had been rushed", "He", "said", "it had been", "rushed"),
    ("c-says-present", "she will not take money", "Lindqvist",
     "says", "she will not", "corporate PACs"),
    ("c-says-present", "pledge is a gimmick", "Her opponent", "says", "pledge", "a gimmick"),
    ("reminders", "he had never raised taxes", "Gov. Walt Brennan",
     "reminded", "he had never", "raised taxes"),
    ("reminders", "of his record on schools", "He", "reminded", None, "on schools"),
    ("refusals", "to be interviewed", "Rep. Otis Crane",
     "declined", "to be interviewed", "for this article"),
]

#: (article, piece): no quote holds the piece.
NEAR_MISSES: list[tuple[str, str]] = [
    ("said-nothing", "He walked away"),
    ("said-nothing", "Asked about the memo"),
    ("who-said-last-week", "reversed course"),
    ("white-house", "at the White House"),
    ("refusals", "flood the town"),
    ("refusals", "$281 million"),
    ("reminders", "a houseguest"),
]

#: Cases the library does not get right yet, each with its cause.
NOT_YET: dict[tuple[str, str], str] = {
    ("argument-noun", "the tax cut pays for itself"):
        "the model-free tagger reads 'pays' as a plural noun, so the statement of a "
        "possessed 'argument that' in the subject runs on over the sentence's own verb "
        "('drew scorn'); the scorer's overlap is unharmed",
    ("c-signaled", "a compromise on spending"):
        "'hint' is no cue: added, it read 'hinted at that in a news conference Monday' "
        "and a thing's 'hints' on train (indirect e2e P .8469 -> .8467), so left",
    ("c-walked-back", "the shutdown would last"):
        "'walked back his comments that A' is no verb that takes an owned noun of saying",
}

#: Near misses the library still reads as statements, each with its cause.
NEAR_MISSES_NOT_YET: dict[tuple[str, str], str] = {
    ("if-says", "the plan is dead"):
        "a reporting verb under 'if' is still read as a statement ('If the governor says "
        "A, ...'); on train such frames are almost all inside quotes",
}


@cache
def _quotes(article: str) -> tuple[quotetrack.Quote, ...]:
    return tuple(quotetrack.extract(ARTICLES[article]).quotes)


test_statement = statement_test(_quotes, EXPECTED, NOT_YET)


@pytest.mark.parametrize("article, piece", statement_cases(
    NEAR_MISSES + list(NEAR_MISSES_NOT_YET), NEAR_MISSES_NOT_YET))
def test_near_miss(article: str, piece: str) -> None:
    """No quote holds ``piece``: no one's statement."""
    assert not [q.text for q in _quotes(article) if piece in q.text]


def test_a_refusal_is_no_speaker_to_go_on_with() -> None:
    """ "A spokesman declined to comment. ... “A”": the refusal is the spokesman's
    statement, but a later quote with no frame of its own is not his words."""
    text = ("Through a spokeswoman, Sen. Ann Roe declined to comment for this article. A "
            "representative for the brand - a small business pitched as \"the home of "
            "Women Who Work\" - noted that it offers eight weeks of leave.\n")
    quotes = quotetrack.extract(text).quotes
    refusal = [q for q in quotes if q.text == "to comment for this article"]
    assert refusal and refusal[0].reason == "X declined to Y", quotes
    assert refusal[0].speaker is not None and refusal[0].speaker.name == "Ann Roe"
    fragment = [q for q in quotes if "Women Who Work" in q.text]
    assert not fragment or fragment[0].speaker is None or \
        fragment[0].speaker.name != "Ann Roe", fragment


def test_one_person_named_with_a_for_phrase_is_no_they() -> None:
    """ "Officials met. A spokesman for the ministry declined to comment. They said A":
    the spokesman is one person ("for the ministry" is not his head), so "they" is not
    him."""
    text = ("Mexican officials met on Monday.\n\n"
            "A spokesman for the ministry declined to comment.\n\n"
            'They said the deal "would not close."\n')
    quotes = quotetrack.extract(text).quotes
    said = [q for q in quotes if "would not close" in q.text]
    assert said and (said[0].speaker is None or "spokesman" not in said[0].speaker.name)


@pytest.mark.parametrize("text, statement, cue", [
    # "declined to say when A" keeps the withholding reading, its cue "say"
    ("Sen. Tom Hale declined to say whether he would run.", "whether he would run", "say"),
    # "declined to comment on A" keeps the reply's object, its cue "comment"
    ("Sen. Tom Hale declined to comment on the report.", "the report", "comment"),
])
def test_refusals_keep_the_older_readings(text: str, statement: str, cue: str) -> None:
    quotes = quotetrack.extract(text).quotes
    assert [(q.text, q.cue.text if q.cue else None) for q in quotes] == [(statement, cue)]
