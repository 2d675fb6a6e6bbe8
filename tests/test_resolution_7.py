"""Speaker resolution across long articles (h33-crf, seventeenth round): pronouns ("he",
"she", "they", "it"), role nouns ("the senator", "the 29-year-old", "the company", "the
spokeswoman", "the former governor"), surnames after full names, titles ("Ms. Cole", "Dr.
Voss", "Sen. Cole"), a speaker named only in an earlier paragraph, quotes with no frame
after a named speaker's quote, two or three speakers taking turns (two women and a man,
two brothers of one surname, a company and its chief executive), organisations speaking as
"it", plurals ("officials", "the two leaders") and a quote right after a paragraph that
names, but does not quote, someone else.

Every article here was written for the test, with invented people, places and outlets,
before the library was run on it, and is read by the model-free default path.  Each
expected attribution is one case: a piece of the quote's text, its kind, the speaker
mention and the speaker entity's name (``None`` where the case does not check it; a tuple
where more than one reading is right; kind ``None``: no quote holds the piece).
"""

from __future__ import annotations

import pytest
from findings import attribution_test, quote_rows

import quotetrack

ARTICLES: dict[str, str] = {
    "council-vote": (
        "The Brenford city council voted 5-4 on Tuesday to cut the police overtime budget, "
        "after a three-hour debate that pitted Mayor Diane Hartwell against one of her "
        "closest allies.\n\n"
        '"We cannot keep writing blank checks," said council member Rosa Delgado, who '
        "sponsored the cut.\n\n"
        "Hartwell said the vote would leave the city short of officers during the summer "
        'festival season. "This is a reckless decision," she said. "Someone is going to get '
        'hurt."\n\n'
        "Police Chief Mark Tibbs, who attended the meeting in uniform, told the council his "
        "department had already cut overtime by 12 percent.\n\n"
        '"We are doing more with less every single year," the chief said.\n\n'
        'Delgado was unmoved. "The chief has had three years to fix this," she said.\n\n'
        '"I respect the chief," the mayor replied. "But I will not gamble with public '
        'safety."\n\n'
        "Tibbs said he would present a revised schedule next month.\n\n"
        '"We will make it work," he said.\n'),
    "bakery-brothers": (
        "For 40 years the Brandt family has baked bread on Linden Street in Oakhollow. Now "
        "the two brothers who run the business cannot agree on whether to sell it.\n\n"
        '"It is time," said Carl Brandt, 68, the elder of the two. "My knees are gone and my '
        'children have their own careers."\n\n'
        'His brother, Peter Brandt, 64, wants to keep going. "Bread is what we do," Peter '
        'Brandt said. "I would not know what to do with myself."\n\n'
        "A developer, Norcastle Properties, has offered $2.1 million for the building. The "
        "company said in a statement that it planned to keep a bakery on the ground "
        "floor.\n\n"
        'Carl said the offer was fair. "Nobody else is going to pay that," he said.\n\n'
        '"My brother has always been in a hurry," Peter said with a laugh.\n\n'
        "The elder Brandt said the brothers would decide by the end of the year.\n"),
    "layoffs": (
        "Veltrix Systems, the Denton-based maker of medical imaging software, said on Monday "
        "it would cut 300 jobs, about 8 percent of its workforce.\n\n"
        'The company blamed slowing hospital spending. "Our customers are delaying purchases '
        'they would have made without hesitation a year ago," chief executive Laura Kim said '
        "in a call with analysts.\n\n"
        "Kim, who founded the company in 2009, said the cuts would fall mostly on sales and "
        "marketing.\n\n"
        '"These are talented people, and this was the hardest decision I have made," she '
        "said.\n\n"
        "In a filing with regulators, Veltrix said it expected to record a charge of $14 "
        "million.\n\n"
        "It added that it would keep its research budget unchanged.\n\n"
        'Analysts were unimpressed. "This is a company that grew too fast," said Omar '
        "Haddad, an analyst at Brightline Securities.\n\n"
        "Shares of Veltrix fell 6 percent. The company said it would update investors in "
        "March.\n\n"
        '"We are not going anywhere," the chief executive said.\n'),
    "border-deal": (
        "Leaders of Marovia and Estland agreed on Friday to reopen their shared border, "
        "closed since a dispute over fishing rights in March.\n\n"
        "President Ilse Varga of Marovia and Prime Minister Tomas Renko of Estland met for "
        "four hours in the lakeside town of Sorn.\n\n"
        '"We have turned a page," Varga told reporters afterward.\n\n'
        "Renko said the agreement would let trucks cross again from Monday.\n\n"
        "The two leaders said in a joint statement that a commission would settle the "
        "fishing dispute by the end of the year.\n\n"
        "Officials in both capitals cautioned that details remained to be worked out. "
        '"There is a long way to go," one Marovian official said, speaking on condition of '
        "anonymity.\n\n"
        'Fishermen in Sorn were skeptical. "They have promised this before," said Anna '
        "Lind, who has fished the lake for 30 years.\n\n"
        '"I will believe it when I see the trucks," she said.\n\n'
        "Varga, asked about the fishermen's concerns, said she understood them. \"Their "
        'livelihoods come first," the president said.\n'),
    "marsh-survey": (
        "Dr. Helen Okafor has spent two decades studying the salt marshes of the Carrow "
        "estuary.\n\n"
        "Her latest survey, published this month in the Journal of Coastal Ecology, found "
        "that the marshes had lost a fifth of their area since 2005.\n\n"
        '"The losses are accelerating," Okafor said in an interview at her laboratory in '
        "Wexley.\n\n"
        '"What took fifty years before now takes ten."\n\n'
        "The state's environment agency disputes the figures. A spokesman for the agency, "
        "Derek Yule, said the survey relied on outdated aerial photographs.\n\n"
        '"We are confident in our own measurements," Yule said.\n\n'
        'Dr. Okafor rejected that. "Their photographs are older than mine," she said.\n\n'
        '"I would welcome a joint survey."\n'),
    "coach-retires": (
        "Jack Morrow, 67, the head coach of the Fenwick Falcons, announced his retirement on "
        "Wednesday after 19 seasons.\n\n"
        '"It is the right time," Morrow said at a news conference. "I want to watch my '
        'grandchildren play."\n\n'
        "Morrow won three conference titles and coached the quarterback Danny Reese, who "
        "went on to play nine seasons in the professional league.\n\n"
        '"Danny was the most gifted player I ever had," he said.\n\n'
        "The athletic director, Susan Pike, said a search for his successor would begin "
        "immediately.\n\n"
        "Assistant coach Ray Dillard is considered the favorite. Dillard has been with the "
        "team since 2011.\n\n"
        '"Ray knows every player on this roster," Pike said.\n\n'
        '"Whoever gets the job is inheriting a good team," the 67-year-old said.\n'),
    "embezzlement-trial": (
        "A Lanford County jury on Thursday convicted Martin Gale, 52, of embezzling $1.4 "
        "million from the credit union where he worked as a branch manager.\n\n"
        "Prosecutor Angela Ruiz told jurors in her closing argument that Gale had used the "
        "money to pay off gambling debts.\n\n"
        '"He stole from his neighbors," Ruiz said. "He stole from people who trusted '
        'him."\n\n'
        "Gale's lawyer, Neil Fairbanks, argued that his client had been set up by a "
        "co-worker.\n\n"
        '"The bank\'s own auditors could not say who moved the money," Fairbanks said.\n\n'
        "Gale did not testify. After the verdict, he hugged his wife, Carol, and was led "
        "from the courtroom.\n\n"
        '"We are disappointed and we will appeal," the defense attorney said outside the '
        "courthouse.\n\n"
        "Judge Patricia Wynn set sentencing for Jan. 9. The judge said Gale would remain in "
        "custody until then.\n\n"
        "The prosecutor said she would ask for at least eight years.\n"),
    "endorsement": (
        "Former Governor Richard Ames endorsed state Sen. Lydia Ford on Saturday in the race "
        "for governor, handing her the backing of the party's most popular figure.\n\n"
        '"Lydia is the most prepared candidate I have ever seen," Ames said at a rally in '
        "Kettering.\n\n"
        "The former governor, who left office in 2019, had stayed neutral in the primary "
        "until this week.\n\n"
        "Ford thanked him and said she would campaign on lowering property taxes.\n\n"
        '"Richard built the roads and schools this state still runs on," the senator '
        "said.\n\n"
        "Her opponent, Gov. Paul Stratton, dismissed the endorsement. \"Endorsements do not "
        'fill potholes," Stratton said in a statement.\n\n'
        "The former governor said he had no quarrel with Stratton personally. \"But the "
        'state needs a change," he said.\n\n'
        '"We\'ll see who voters trust," the governor told reporters in Ashby.\n'),
    "school-closures": (
        "The Halvern School District will close two elementary schools next year because of "
        "falling enrollment, Superintendent Gregory Nolan said Monday.\n\n"
        "Nolan said the closures would save about $3 million a year. \"Nobody wants to close "
        'a school," he said. "But we cannot heat empty classrooms."\n\n'
        "A district spokeswoman, Keisha Brown, said parents would be told which schools "
        "would close by March 1.\n\n"
        '"We will hold meetings at every school before any vote," the spokeswoman said.\n\n'
        "Parents at Maple Grove Elementary, one of the schools most likely to close, have "
        'started a petition. "This school is the heart of our neighborhood," said Tanya '
        "Ross, who has two children there.\n\n"
        "Ross said more than 600 people had signed the petition. \"They cannot ignore us,\" "
        "she said.\n\n"
        "The superintendent said he would meet the parents next week.\n"),
    "mill-strike": (
        "Workers at the Graybrook paper mill walked off the job on Wednesday after talks "
        "between their union and the mill's owner, Castell Paper, broke down.\n\n"
        "The union, the Allied Millworkers Guild, said its 420 members would stay out until "
        "the company restored their pension plan.\n\n"
        '"They took our pensions and gave themselves bonuses," said Frank Doyle, the '
        "union's local president.\n\n"
        "Castell Paper said in a statement that it had offered a 4 percent raise and would "
        "not reopen the pension plan. It said the mill had lost money in three of the last "
        "five years.\n\n"
        '"Our offer is fair and competitive," the company said.\n\n'
        "Picketers outside the mill gates said they were prepared for a long strike.\n\n"
        '"We\'ve done this before," said Maria Santos, a machine operator who has worked at '
        'the mill for 22 years. "We held out for nine weeks in 2009."\n\n'
        "Doyle said the guild had enough money to pay strike benefits for two months.\n\n"
        '"We are not the ones who walked away from the table," he said.\n'),
    "district-debate": (
        "Three candidates for the 4th District seat met on Tuesday night for their only "
        "debate, at Carver Community College.\n\n"
        "State Sen. Janet Cole, a Democrat, attacked her Republican opponent, Dr. Alan "
        "Pryce, over his support for cutting the hospital budget.\n\n"
        '"Dr. Pryce wants to close the only trauma center in this county," Ms. Cole said.\n\n'
        "Dr. Pryce, a surgeon, said that was false. \"I have worked in that trauma center for "
        'twenty years," he said.\n\n'
        "The third candidate, Meg Torres, an independent, said both parties had failed the "
        'district. "They have had their chance," she said.\n\n'
        '"Ms. Torres has never held office," Sen. Cole replied.\n\n'
        '"Neither has most of this audience," Torres shot back, drawing laughter.\n\n'
        "Pryce said he would not take money from political action committees.\n\n"
        "Cole said she had already made the same pledge. \"I made it two years ago,\" the "
        "senator said.\n\n"
        '"Voters can see the record," she said.\n'),
    "bee-faces": (
        "A team of researchers at the University of Dunmore has found that honeybees can "
        "learn to recognise human faces.\n\n"
        "The researchers, led by biologist Clara Voss, trained 40 bees to associate "
        "photographs of faces with a sugar reward.\n\n"
        '"We were surprised by how quickly they learned," Voss said.\n\n'
        "In a paper published in the journal Animal Cognition, the team wrote that the bees "
        "remembered the faces for up to two days.\n\n"
        "Not everyone is convinced. Professor Ian Holt, an entomologist at Brackley "
        "University who was not involved in the study, said the bees might be responding "
        "to contrast rather than faces.\n\n"
        '"It\'s an elegant experiment, but I\'d want to see it repeated," he said.\n\n'
        "Dr. Voss said her team was already planning a larger study.\n\n"
        '"Professor Holt\'s question is a fair one," she said. "We intend to answer it."\n'),
    "marathon": (
        "Nadia Petrov, 29, won the women's title at the Eastport Marathon on Sunday in 2 "
        "hours 24 minutes, the fastest time in the race's history.\n\n"
        '"I felt strong from the first mile," the 29-year-old said.\n\n'
        "The men's race was won by Samuel Kiprono, who outsprinted defending champion Luka "
        "Horvat in the final 400 meters.\n\n"
        '"I knew I had to go early," Kiprono said. "Luka is very fast at the end."\n\n'
        'Horvat, 34, said he had no regrets. "He was the better man today," the Croatian '
        "said.\n\n"
        "Petrov, who trains in the mountains above Sofia, said she would run in Berlin in "
        "the autumn.\n\n"
        '"My coach will decide," she said.\n\n'
        "Race director Tom Fenn said 18,000 runners had finished, a record.\n"),
    "price-freeze": (
        "Britain's third-largest grocer, Fairmarket, said on Thursday that it would freeze "
        "the price of 500 staple products until the end of the year.\n\n"
        "Chief executive Simon Oduya said the chain would absorb the cost by cutting its "
        "marketing budget.\n\n"
        '"Families are having a hard time and we want to help," Mr Oduya said.\n\n'
        "A spokeswoman for Fairmarket said the decision had nothing to do with the "
        'regulator\'s inquiry. "We have always kept our prices low," she said.\n\n'
        "Analysts said the freeze would cost Fairmarket about £40 million. \"It's a clever "
        'move," said Priya Nair of Caldwell Research. "They are buying loyalty."\n\n'
        "Oduya, who took over in March, said he expected rivals to follow. \"I would be "
        "surprised if they didn't,\" he said.\n"),
    "piano-teacher": (
        "Eleanor Walsh was 91 when she died last month at her home in Pemberton, the town "
        "where she had taught piano for six decades.\n\n"
        "Her daughter, Ruth Walsh, organised a concert in her memory on Saturday at the "
        "Pemberton Methodist Church.\n\n"
        '"Mum taught half the town to play," Ruth Walsh said. "Every child in this room has '
        'a story about her."\n\n'
        "Among the performers was George Lindqvist, 78, one of Eleanor Walsh's first "
        "pupils.\n\n"
        '"She rapped my knuckles with a pencil," he said, smiling. "I deserved it."\n\n'
        "Walsh said the money raised would pay for a scholarship.\n\n"
        '"She would have hated the fuss," Ms. Walsh said. "But she would have loved the '
        'music."\n\n'
        "The church's minister, the Rev. Alan Crisp, said the concert had raised "
        "£4,200.\n"),
    "mayor-steps-down": (
        "Mayor Victor Salas of Brenton will not seek a third term, his spokesman said on "
        "Friday.\n\n"
        "Salas, 66, has led the city since 2017. He is expected to endorse his deputy, Nora "
        "Quinn.\n\n"
        '"The mayor has given this city everything," Quinn said in an interview.\n\n'
        '"He has earned a rest."\n\n'
        "Salas's critics were less kind. City council member Hugo Brandt, a frequent "
        "opponent, said the mayor had left the city's finances in disarray.\n\n"
        '"He is leaving his successor a mess," Brandt said.\n\n'
        "In a brief statement, the mayor said he was proud of his record. \"I leave the city "
        'stronger than I found it," he said.\n'),
}

DIR, IND = "direct", "indirect"

EXPECTED: list[tuple] = [
    # council-vote: two women and a man; "the chief", "the mayor"
    ("council-vote", "writing blank checks", DIR, None, "Rosa Delgado"),
    ("council-vote", "the vote would leave the city", IND, "Hartwell", "Diane Hartwell"),
    ("council-vote", "This is a reckless decision", DIR, "she", "Diane Hartwell"),
    ("council-vote", "Someone is going to get hurt", DIR, None, "Diane Hartwell"),
    ("council-vote", "his department had already cut", IND, None, "Mark Tibbs"),
    ("council-vote", "doing more with less", DIR, "the chief", "Mark Tibbs"),
    ("council-vote", "three years to fix this", DIR, "she", "Rosa Delgado"),
    ("council-vote", "I respect the chief", DIR, "the mayor", "Diane Hartwell"),
    ("council-vote", "I will not gamble", DIR, None, "Diane Hartwell"),
    ("council-vote", "present a revised schedule", IND, "Tibbs", "Mark Tibbs"),
    ("council-vote", "We will make it work", DIR, "he", "Mark Tibbs"),
    # bakery-brothers: two men of one surname, a first name alone, a company
    ("bakery-brothers", "It is time", DIR, "Carl Brandt", "Carl Brandt"),
    ("bakery-brothers", "My knees are gone", DIR, None, "Carl Brandt"),
    ("bakery-brothers", "Bread is what we do", DIR, "Peter Brandt", "Peter Brandt"),
    ("bakery-brothers", "I would not know what to do", DIR, None, "Peter Brandt"),
    ("bakery-brothers", "keep a bakery on the ground floor", IND, "The company",
     "Norcastle Properties"),
    ("bakery-brothers", "the offer was fair", IND, "Carl", "Carl Brandt"),
    ("bakery-brothers", "Nobody else is going to pay", DIR, "he", "Carl Brandt"),
    ("bakery-brothers", "always been in a hurry", DIR, "Peter", "Peter Brandt"),
    ("bakery-brothers", "the brothers would decide", IND, "The elder Brandt", "Carl Brandt"),
    # layoffs: a company and its chief executive in turns, "it", "the chief executive"
    ("layoffs", "it would cut 300 jobs", IND, None, "Veltrix Systems"),
    ("layoffs", "Our customers are delaying", DIR, None, "Laura Kim"),
    ("layoffs", "the cuts would fall mostly", IND, "Kim", "Laura Kim"),
    ("layoffs", "the hardest decision", DIR, "she", "Laura Kim"),
    ("layoffs", "record a charge", IND, "Veltrix", "Veltrix Systems"),
    ("layoffs", "keep its research budget", IND, "It", "Veltrix Systems"),
    ("layoffs", "grew too fast", DIR, None, "Omar Haddad"),
    ("layoffs", "update investors in March", IND, "The company", "Veltrix Systems"),
    ("layoffs", "not going anywhere", DIR, "the chief executive", "Laura Kim"),
    # border-deal: two leaders, officials, "the president"
    ("border-deal", "turned a page", DIR, "Varga", "Ilse Varga"),
    ("border-deal", "let trucks cross again", IND, "Renko", "Tomas Renko"),
    ("border-deal", "a commission would settle", IND, "The two leaders", None),
    ("border-deal", "details remained to be worked out", IND,
     ("Officials in both capitals", "Officials"), None),
    ("border-deal", "a long way to go", DIR, "one Marovian official", None),
    ("border-deal", "promised this before", DIR, None, "Anna Lind"),
    ("border-deal", "when I see the trucks", DIR, "she", "Anna Lind"),
    ("border-deal", "she understood them", IND, "Varga", "Ilse Varga"),
    ("border-deal", "livelihoods come first", DIR, "the president", "Ilse Varga"),
    # marsh-survey: "Dr.", a paragraph with no frame, a spokesman named in apposition
    ("marsh-survey", "marshes had lost a fifth", IND, None, None),
    ("marsh-survey", "losses are accelerating", DIR, "Okafor", "Helen Okafor"),
    ("marsh-survey", "now takes ten", DIR, None, "Helen Okafor"),
    ("marsh-survey", "outdated aerial photographs", IND, None, "Derek Yule"),
    ("marsh-survey", "confident in our own", DIR, "Yule", "Derek Yule"),
    ("marsh-survey", "older than mine", DIR, "she", "Helen Okafor"),
    ("marsh-survey", "welcome a joint survey", DIR, None, "Helen Okafor"),
    # coach-retires: a man named but not quoted before "he"; "the 67-year-old"
    ("coach-retires", "the right time", DIR, "Morrow", "Jack Morrow"),
    ("coach-retires", "watch my grandchildren", DIR, None, "Jack Morrow"),
    ("coach-retires", "most gifted player", DIR, "he", "Jack Morrow"),
    ("coach-retires", "a search for his successor", IND, None, "Susan Pike"),
    ("coach-retires", "knows every player", DIR, "Pike", "Susan Pike"),
    ("coach-retires", "inheriting a good team", DIR, "the 67-year-old", "Jack Morrow"),
    # embezzlement-trial: "the prosecutor", "the judge", a lawyer and "the defense attorney"
    ("embezzlement-trial", "used the money to pay off", IND, None, "Angela Ruiz"),
    ("embezzlement-trial", "stole from his neighbors", DIR, "Ruiz", "Angela Ruiz"),
    ("embezzlement-trial", "people who trusted", DIR, None, "Angela Ruiz"),
    ("embezzlement-trial", "his client had been set up", IND, None, "Neil Fairbanks"),
    ("embezzlement-trial", "own auditors", DIR, "Fairbanks", "Neil Fairbanks"),
    ("embezzlement-trial", "we will appeal", DIR, "the defense attorney", "Neil Fairbanks"),
    ("embezzlement-trial", "remain in custody", IND, "The judge", "Patricia Wynn"),
    ("embezzlement-trial", "at least eight years", IND, "The prosecutor", "Angela Ruiz"),
    # endorsement: a former governor, a senator and a governor
    ("endorsement", "most prepared candidate", DIR, "Ames", "Richard Ames"),
    ("endorsement", "campaign on lowering", IND, None, "Lydia Ford"),
    ("endorsement", "built the roads", DIR, "the senator", "Lydia Ford"),
    ("endorsement", "fill potholes", DIR, "Stratton", "Paul Stratton"),
    ("endorsement", "no quarrel with Stratton", IND, "The former governor", "Richard Ames"),
    ("endorsement", "needs a change", DIR, "he", "Richard Ames"),
    ("endorsement", "who voters trust", DIR, "the governor", "Paul Stratton"),
    # school-closures: "the spokeswoman", "the superintendent", two women
    ("school-closures", "close two elementary schools", IND, None, "Gregory Nolan"),
    ("school-closures", "save about $3 million", IND, "Nolan", "Gregory Nolan"),
    ("school-closures", "Nobody wants to close", DIR, "he", "Gregory Nolan"),
    ("school-closures", "heat empty classrooms", DIR, None, "Gregory Nolan"),
    ("school-closures", "parents would be told", IND, None, "Keisha Brown"),
    ("school-closures", "hold meetings at every school", DIR, "the spokeswoman", "Keisha Brown"),
    ("school-closures", "heart of our neighborhood", DIR, None, "Tanya Ross"),
    ("school-closures", "600 people had signed", IND, "Ross", "Tanya Ross"),
    ("school-closures", "cannot ignore us", DIR, "she", "Tanya Ross"),
    ("school-closures", "meet the parents next week", IND, "The superintendent",
     "Gregory Nolan"),
    # mill-strike: a union and a company speaking as "it", picketers, a union leader
    ("mill-strike", "420 members would stay out", IND, None, "Allied Millworkers Guild"),
    ("mill-strike", "gave themselves bonuses", DIR, None, "Frank Doyle"),
    ("mill-strike", "offered a 4 percent raise", IND, "Castell Paper", "Castell Paper"),
    ("mill-strike", "lost money in three", IND, "It", "Castell Paper"),
    ("mill-strike", "fair and competitive", DIR, "the company", "Castell Paper"),
    ("mill-strike", "prepared for a long strike", IND,
     ("Picketers outside the mill gates", "Picketers"), None),
    ("mill-strike", "done this before", DIR, None, "Maria Santos"),
    ("mill-strike", "nine weeks in 2009", DIR, None, "Maria Santos"),
    ("mill-strike", "strike benefits", IND, "Doyle", "Frank Doyle"),
    ("mill-strike", "walked away from the table", DIR, "he", "Frank Doyle"),
    # district-debate: two women and a man, "Ms.", "Dr.", "Sen.", "the senator"
    ("district-debate", "close the only trauma center", DIR, "Ms. Cole", "Janet Cole"),
    ("district-debate", "that was false", IND, None, "Alan Pryce"),
    ("district-debate", "twenty years", DIR, "he", "Alan Pryce"),
    ("district-debate", "both parties had failed", IND, None, "Meg Torres"),
    ("district-debate", "had their chance", DIR, "she", "Meg Torres"),
    ("district-debate", "never held office", DIR, "Sen. Cole", "Janet Cole"),
    ("district-debate", "most of this audience", DIR, "Torres", "Meg Torres"),
    ("district-debate", "political action committees", IND, "Pryce", "Alan Pryce"),
    ("district-debate", "the same pledge", IND, "Cole", "Janet Cole"),
    ("district-debate", "two years ago", DIR, "the senator", "Janet Cole"),
    ("district-debate", "see the record", DIR, "she", "Janet Cole"),
    # bee-faces: a team, "they", a professor named in an aside before "she"
    ("bee-faces", "how quickly they learned", DIR, "Voss", "Clara Voss"),
    ("bee-faces", "remembered the faces", IND, "the team", None),
    ("bee-faces", "responding to contrast", IND, None, "Ian Holt"),
    ("bee-faces", "elegant experiment", DIR, "he", "Ian Holt"),
    ("bee-faces", "a larger study", IND, "Dr. Voss", "Clara Voss"),
    ("bee-faces", "a fair one", DIR, "she", "Clara Voss"),
    ("bee-faces", "intend to answer", DIR, None, "Clara Voss"),
    # marathon: "the 29-year-old", a rival named in an aside, a nationality noun
    ("marathon", "strong from the first mile", DIR, "the 29-year-old", "Nadia Petrov"),
    ("marathon", "had to go early", DIR, "Kiprono", "Samuel Kiprono"),
    ("marathon", "very fast at the end", DIR, None, "Samuel Kiprono"),
    ("marathon", "he had no regrets", IND, "Horvat", "Luka Horvat"),
    ("marathon", "the better man today", DIR, "the Croatian", "Luka Horvat"),
    ("marathon", "run in Berlin", IND, None, "Nadia Petrov"),
    ("marathon", "My coach will decide", DIR, "she", "Nadia Petrov"),
    ("marathon", "18,000 runners", IND, None, "Tom Fenn"),
    # price-freeze: a grocer and its chief executive, "Mr" without a point, a spokeswoman
    ("price-freeze", "freeze the price of 500", IND, None, "Fairmarket"),
    ("price-freeze", "absorb the cost", IND, None, "Simon Oduya"),
    ("price-freeze", "having a hard time", DIR, "Mr Oduya", "Simon Oduya"),
    ("price-freeze", "nothing to do with the regulator", IND, "A spokeswoman for Fairmarket",
     None),
    ("price-freeze", "always kept our prices low", DIR, "she", None),
    ("price-freeze", "a clever move", DIR, None, "Priya Nair"),
    ("price-freeze", "buying loyalty", DIR, None, "Priya Nair"),
    ("price-freeze", "expected rivals to follow", IND, "Oduya", "Simon Oduya"),
    ("price-freeze", "surprised if they", DIR, "he", "Simon Oduya"),
    # piano-teacher: mother and daughter of one surname, "he" after a man named not quoted
    ("piano-teacher", "half the town to play", DIR, "Ruth Walsh", "Ruth Walsh"),
    ("piano-teacher", "a story about her", DIR, None, "Ruth Walsh"),
    ("piano-teacher", "rapped my knuckles", DIR, "he", "George Lindqvist"),
    ("piano-teacher", "I deserved it", DIR, None, "George Lindqvist"),
    ("piano-teacher", "pay for a scholarship", IND, "Walsh", "Ruth Walsh"),
    ("piano-teacher", "hated the fuss", DIR, "Ms. Walsh", "Ruth Walsh"),
    ("piano-teacher", "loved the music", DIR, None, "Ruth Walsh"),
    ("piano-teacher", "raised £4,200", IND, None, "Alan Crisp"),
    # mayor-steps-down: "his spokesman", a deputy's paragraph with no frame, "the mayor"
    ("mayor-steps-down", "will not seek a third term", IND, "his spokesman", None),
    ("mayor-steps-down", "given this city everything", DIR, "Quinn", "Nora Quinn"),
    ("mayor-steps-down", "earned a rest", DIR, None, "Nora Quinn"),
    ("mayor-steps-down", "finances in disarray", IND, None, "Hugo Brandt"),
    ("mayor-steps-down", "leaving his successor", DIR, "Brandt", "Hugo Brandt"),
    ("mayor-steps-down", "proud of his record", IND, "the mayor", "Victor Salas"),
    ("mayor-steps-down", "stronger than I found", DIR, "he", "Victor Salas"),
]

NOT_YET: dict[tuple[str, str], str] = {}


test_attribution = attribution_test(ARTICLES, EXPECTED, NOT_YET)


def test_a_business_name_without_its_suffix_is_the_business():
    """ "Veltrix Systems ... Veltrix said ... It added": the name without "Systems" is the
    same business, and so are "it" and "the company" after it."""
    text = ("Corvane Systems said on Monday it would cut 300 jobs.\n\n"
            "In a filing, Corvane said it expected a charge of $14 million.\n\n"
            "It added that it would keep its research budget. The company said it would "
            "update investors in March.\n")
    names = {q[0]: q[3] for q in quote_rows(text)}
    assert set(names.values()) == {"Corvane Systems"}, names


def test_a_surname_alone_is_the_namesake_last_named_as_a_subject():
    """ "Ruth Doe said ... one of Ann Doe's pupils ... Doe said": two women of one surname,
    the one named last only in an aside (a possessive), the other the story's subject; a
    namesake named in the same paragraph still wins ("a march with Tom Roe. Roe says")."""
    text = ("Jim Roe led the first march in 1990.\n\n"
            "Ann Doe died last month. Her daughter, Ruth Doe, organised a concert.\n\n"
            '"She taught the whole town," Ruth Doe said.\n\n'
            "Among the players was Greg Lund, one of Ann Doe's first pupils.\n\n"
            "Doe said the money would pay for a scholarship.\n\n"
            "Later the crowd marched with Tom Roe. Roe says the march will go on.\n")
    names = {q[0]: q[3] for q in quote_rows(text)}
    assert names["the money would pay for a scholarship"] == "Ruth Doe", names
    assert names["the march will go on"] == "Tom Roe", names


def test_the_n_year_old_is_the_person_given_that_age():
    """ "Jack Doe, 67, ... the 67-year-old said": the person set off with that age, not the
    latest speaker (a woman who spoke since)."""
    text = ("Jack Doe, 67, the head coach of the Falcons, retired on Wednesday.\n\n"
            "The athletic director, Sue Lark, said a search would begin. \"We will move "
            'fast," Lark said.\n\n'
            '"The team is in good shape," the 67-year-old said.\n')
    names = {q[0]: q[3] for q in quote_rows(text)}
    assert names['"The team is in good shape,"'] == "Jack Doe", names


def test_the_demonym_after_a_quote_is_the_person():
    """ '"...," the Kenyan said': a person of that nation, the one the story is about; but a
    newspaper named so and reporting stays the newspaper."""
    text = ("Luka Brenner, 34, finished second in the marathon on Sunday.\n\n"
            'Brenner said he had no regrets. "He was the better man," the Austrian said.\n\n'
            "The Tennessean reported that the race was the fastest yet.\n")
    found = {q.text: q for q in quotetrack.extract(text).quotes}
    q = found['"He was the better man,"']
    assert q.speaker is not None and q.speaker.name == "Luka Brenner", q
    assert q.speaker_mention is not None and q.speaker_mention.form == "role", q
    paper = found["the race was the fastest yet"]
    assert paper.speaker is not None and paper.speaker.name == "Tennessean", paper


def test_a_role_set_off_before_a_name_is_its_title():
    """ "A district spokeswoman, Ann Roe, said ... the spokeswoman said": the role before
    the name, set off by commas, answers a later "the spokeswoman" (not someone new)."""
    text = ("The district will close two schools, Superintendent Tom Hale said Monday.\n\n"
            "A district spokeswoman, Ann Roe, said parents would be told by March.\n\n"
            '"We will hold meetings at every school," the spokeswoman said.\n')
    names = {q[0]: q[3] for q in quote_rows(text)}
    assert names['"We will hold meetings at every school,"'] == "Ann Roe", names


def test_a_pronoun_between_two_speakers_of_its_gender_is_less_sure():
    """ "she" after two women took turns is a guess between them: its confidence is below
    that of a "she" after one woman and a man."""
    def she_confidence(other: str) -> float:
        text = ('"The vote was reckless," said Mayor Ann Hale. '
                f'"We had no choice," said {other}.\n\n'
                '"The budget is fixed," she said.\n')
        quotes = quotetrack.extract(text).quotes
        return next(q.confidence for q in quotes if q.text.startswith('"The budget'))
    assert she_confidence("council member Rosa Vale") < she_confidence("council member "
                                                                        "Tom Vale")


def test_a_role_opening_the_sentence_before_a_name_is_no_statement():
    """ "The new director, Sue Lark, said A": the role and the name are one subject, and A
    is her statement, not "The new director"."""
    text = "The new director, Sue Lark, said a search for his successor would begin.\n"
    assert quote_rows(text) == [("a search for his successor would begin", "indirect",
                                 "Sue Lark", "Sue Lark")]


@pytest.mark.parametrize("text, statement", [
    ("Dr. Alan Pryce, a surgeon, said that was false.\n", "that was false"),
    ("Shaw said that's what he would expect from her.\n", "that's what he would expect from her"),
    ("Pryce said that the plan was dead.\n", "the plan was dead"),
    ("Pryce said that were it not for the rain, they would win.\n",
     "were it not for the rain, they would win"),
])
def test_a_that_before_a_verb_is_the_statements_subject(text, statement):
    """ "X said that was false": "that" is the subject of the statement, not a
    complementizer opening a clause with no subject; "said that the plan ..." and an
    inverted condition ("that were it not for A") keep "that" out."""
    assert [q[0] for q in quote_rows(text) if q[1] == "indirect"] == [statement]
