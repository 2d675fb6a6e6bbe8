"""News of styles the earlier style tests did not try (quotes that run over paragraphs
without closing, straight and curly marks mixed, a quote that never closes, pronouns two
paragraphs after the name, two women or two men alternating, "she added" after someone
else's quote, a match report, court reports, testimony and an inquest, live blogs, posts
and tweets, statements, filings and reports of bodies, "X, who ..., said", long
appositions, "said X, a spokesperson for Y", verbs beyond "said", reported speech without
"that", "according to" at either end, questions, unnamed officials, a hearing transcript,
a present-tense feature, British, Indian, Nigerian, Ghanaian, Kenyan and South African
English, wire datelines): a fourth wave, h30-sty in the sixteenth round.

Every article here was written for the test, with invented people, places and outlets,
before the library was run on it, and is read by the model-free default path.  Each
expected attribution is one case: a piece of the quote's text, its kind, the speaker
mention and the speaker entity's name (``None`` where the case does not check it; a tuple
where more than one reading is right; kind ``None``: no quote holds the piece).
"""

from __future__ import annotations

import pytest
from findings import attribution_test, quote_rows, quotes

ARTICLES: dict[str, str] = {
    "rescue-paragraphs": (
        "Harbour master Ewan Carrick described the rescue on Sunday.\n\n"
        '"We got the call just after midnight," Carrick said. "The wind was gusting at 60 '
        "knots and the boat was on the rocks.\n\n"
        '"Two of my crew went into the water on lines. I have never seen anything braver.\n\n'
        '"Everyone came home. That is all that matters."\n\n'
        "The coastguard said the fishing boat's engine had failed.\n"),
    "mixed-marks": (
        "Residents of Pellam packed the town hall on Monday. \u201cWe were never consulted,\" "
        "said Irene Fosse, who has lived on Mill Lane for 30 years.\n\n"
        "Developer Kestrel Homes said the plans had been on display for six weeks. "
        "\"Everyone had a chance to comment,\u201d said its managing director, Gordon "
        "Blythe.\n"),
    "pronoun-later": (
        "Ruth Calloway has coached the Dunmore High girls' basketball team for 22 years.\n\n"
        "Her teams have won four state titles, and last season they went unbeaten.\n\n"
        '"I still get nervous before every game," she said. "The day I don\'t, I\'ll '
        'quit."\n'),
    "hedge-feud": (
        "Two neighbours on Arden Close have been fighting over a hedge for six years.\n\n"
        '"It blocks all the light in my kitchen," said Patricia Glenn, 71.\n\n'
        "Her neighbour, Sandra Okoye, disagreed. \"That hedge was there before she moved "
        'in," Okoye said.\n\n'
        '"I have asked her politely a dozen times," Glenn said.\n\n'
        '"And I have told her politely a dozen times that it is my hedge," Okoye '
        "replied.\n"),
    "she-added-later": (
        "Principal Denise Marlowe announced on Thursday that the school would close early "
        "on Friday because of the heat.\n\n"
        '"The classrooms simply are not safe above 35 degrees," Marlowe said.\n\n'
        "Parent Tom Reyes said many families would struggle to find child care. \"I work "
        'until six," he said.\n\n'
        '"We will provide supervision in the gym for any child who needs it," she '
        "added.\n"),
    "match-report": (
        "KINGSBRIDGE \u2014 Ashcombe Rovers moved top of the table with a 2-1 win over "
        "Dunford Athletic on Saturday.\n\n"
        "Striker Jonah Mbeki scored both goals, the second a header in stoppage time.\n\n"
        '"I just closed my eyes and hoped," Mbeki said afterwards. "The lads deserved '
        'that."\n\n'
        "Rovers manager Graham Tully praised his side's character. \"We were poor for an "
        'hour, but they never stopped running," said Tully, 54.\n\n'
        "Dunford boss Kevin Ash was furious with the referee. \"It was never a penalty,\" "
        'he fumed. "Everybody in the ground saw it."\n'),
    "fraud-trial": (
        "A former bank clerk stole \u00a3180,000 from elderly customers over five years, a "
        "jury at Norbury Crown Court heard.\n\n"
        "Prosecutor Helen Stacey told the jury that Darren Pike, 43, had targeted customers "
        "who rarely checked their statements.\n\n"
        '"He chose his victims with care," Ms Stacey said. "He knew they trusted him."\n\n'
        "Pike denies 14 counts of fraud. His barrister, Anthony Wren, said his client had "
        'been "under enormous pressure from debts".\n\n'
        "Judge Caroline Amis told the jury to put aside any sympathy they might feel. The "
        "trial continues.\n"),
    "sentencing": (
        "A man who set fire to his neighbour's car has been jailed for three years.\n\n"
        "Sentencing Kieran Doyle, 29, at Castlebridge Crown Court, Judge Martin Hale said: "
        '"This was a spiteful act that could easily have cost a life."\n\n'
        'The judge told Doyle he had shown "no genuine remorse".\n\n'
        "Doyle's solicitor said his client had been drinking heavily at the time.\n"),
    "inquest": (
        "A coroner has ruled that a cyclist killed on the A39 near Tenby died as a result "
        "of an accident.\n\n"
        "Alun Pryce, 52, was struck by a van on a bend in poor visibility, the inquest in "
        "Haverfordwest heard.\n\n"
        'Coroner Gwen Harries said: "Mr Pryce was an experienced cyclist who was doing '
        'nothing wrong."\n\n'
        "In a statement read out at the inquest, his wife, Carys, said he had been \"the "
        'kindest man I ever knew".\n'),
    "election-live": (
        "Election night live: results from across Marland\n\n"
        "23:42 Turnout in Eastvale was 64 per cent, the returning officer says.\n\n"
        "23:15 The Labour candidate for Eastvale, Priya Nair, says she is \"cautiously "
        'optimistic".\n\n'
        "22:58 Greens leader Tom Beck tells us: \"Whatever happens tonight, we have changed "
        'the conversation."\n\n'
        "22:30 Polls have closed.\n"),
    "pipeline-posts": (
        "Senator Dana Whitcombe took to social media on Tuesday night to attack the new "
        "pipeline.\n\n"
        '"This pipeline is a disaster for our rivers and our children," Whitcombe wrote on '
        "X.\n\n"
        "The company behind the project, Northline Energy, responded in a post of its own: "
        '"The pipeline meets every federal safety standard."\n\n'
        "In a Facebook post, Governor Alan Park said he would meet both sides next week.\n"),
    "singer-post": (
        "Singer Talia Moon has announced she is expecting her first child.\n\n"
        "Moon, 29, shared the news on Instagram on Monday, writing: \"Our little family is "
        'about to get bigger!"\n\n'
        "Her husband, footballer Dean Akers, commented on the post: \"Best news ever.\"\n"),
    "ministry-report": (
        "The Ministry of Health said in a statement on Monday that hospital waiting times "
        "had fallen for the third month in a row.\n\n"
        "But a report by the National Audit Board found that one in five patients still "
        "waited more than a year for surgery.\n\n"
        '"The improvement is real but fragile," the report said.\n\n'
        "The ministry said it would study the findings.\n"),
    "club-statement": (
        "Westmoor FC said in a statement on Sunday that it had parted ways with head coach "
        "Ian Baxter after a run of seven defeats.\n\n"
        '"The board thanks Ian for his hard work and wishes him well," the statement '
        "said.\n\n"
        "Baxter, 48, did not respond to requests for comment. Assistant coach Mel Carver "
        "will take charge for Saturday's match against Holden United.\n"),
    "who-clauses": (
        "Farid Haddad, who has run the bakery on Quay Street since 1998 and employs 11 "
        "people, said the new parking charges would drive customers away.\n\n"
        "Another trader, Moira Flynn, whose flower stall has stood outside the station for "
        'two decades, said: "We are being squeezed from every side."\n'),
    "long-apposition": (
        "The county's new health figures were published on Wednesday.\n\n"
        '"The figures speak for themselves," said Dr. Ifeoma Eze, a senior lecturer in '
        "public health at the University of Harwick and a former adviser to the regional "
        "health authority.\n\n"
        "Professor Alan Crane, the director of the Institute for Fiscal Research, a think "
        "tank in Beldon, and a frequent critic of the government, said the plan did not add "
        "up.\n"),
    "airline-strike": (
        "Silverwing Airways cancelled 40 flights on Thursday because of a strike by baggage "
        "handlers.\n\n"
        '"We apologise to every passenger whose plans have been disrupted," said Lena '
        "Moraes, a spokesperson for Silverwing Airways.\n\n"
        "A spokesperson for the Transport Workers' Union, which represents the handlers, "
        "said the strike would continue until the airline made a new offer.\n"),
    "parking-meters": (
        "City manager Owen Frith conceded that the new parking meters had been a mistake.\n\n"
        '"We got this one wrong," Frith admitted at Tuesday\'s council meeting.\n\n'
        "Councillor Bea Lund insisted the meters had raised badly needed money. \"The budget "
        'had a hole, and this filled it," she countered.\n\n'
        "Former mayor Hal Ostrow recalled that the city had tried meters once before, in "
        '1987. "They lasted a month," he said.\n'),
    "no-that": (
        "Fire chief Rosa Lindqvist said the blaze started in a kitchen on the third "
        "floor.\n\n"
        "Residents said they heard no alarm. One tenant, Amos Kariuki, told the Norbury Post "
        "the building's sprinklers had been broken for months.\n\n"
        "The landlord denied the sprinklers were faulty.\n"),
    "according-to": (
        "According to the Harlow County sheriff's office, two hikers were rescued from Bald "
        "Knob on Sunday after spending the night on the mountain.\n\n"
        "The pair had run out of water and one had a sprained ankle, according to Deputy "
        "Carla Voss.\n\n"
        "Both were treated at the scene and released, the sheriff's office said.\n"),
    "press-questions": (
        "At the news conference, a reporter asked Mayor Nina Torres whether she would raise "
        "property taxes.\n\n"
        '"Not this year," Torres said.\n\n'
        '"What about next year?" asked Jeff Holm of the Valley Courier.\n\n'
        '"Ask me next year," she replied.\n'),
    "border-attack": (
        "Two soldiers were killed when their patrol came under fire near the border town of "
        "Kessa on Wednesday, military officials said.\n\n"
        "Officials said the attackers had fled across the river. A senior officer, speaking "
        "on condition of anonymity because he was not authorised to talk to the press, said "
        "the patrol had been ambushed.\n\n"
        "Diplomats in the capital said the attack could derail peace talks due to resume "
        "next week.\n"),
    "hearing-transcript": (
        "The following is an excerpt from Tuesday's hearing of the Senate Energy "
        "Committee.\n\n"
        "Sen. Marcia Hollis: Mr Dunn, did your company know the pipeline was leaking?\n\n"
        "Robert Dunn: We learned of the leak on the morning of June 4.\n\n"
        "Sen. Marcia Hollis: That is not what your own engineers told us.\n\n"
        "Robert Dunn: I cannot speak to what they told you.\n"),
    "british-politics": (
        "The Chancellor, Michael Jones, has defended his decision to freeze fuel duty.\n\n"
        "Speaking in Leeds on Friday, Mr Jones said: \"Families are feeling the pinch and "
        'this is the right thing to do."\n\n'
        "But the shadow chancellor, Ruth Adeyemi, said the freeze was \"a gimmick that the "
        'country cannot afford".\n\n'
        '"He is borrowing from our children to buy votes today," said Ms Adeyemi.\n'),
    "tabloid-singles": (
        "Health Secretary Jane Whitby last night insisted the NHS was 'ready for "
        "winter'.\n\n"
        "She said: 'We have more beds, more staff and more ambulances than ever before.'\n\n"
        "But nurses' leader Pat Connolly said: 'Ministers say that every year.'\n"),
    "indian-drought": (
        "MUMBAI: Maharashtra chief minister Vikram Deshpande on Sunday said the state would "
        "waive crop loans of farmers hit by the drought.\n\n"
        '"The government stands with every farmer in this hour of crisis," Deshpande told '
        "reporters after a cabinet meeting.\n\n"
        "Opposition leader Sunita Patil slammed the announcement, stating that farmers had "
        "been waiting for relief since March.\n\n"
        "Sources in the finance department said the waiver would cost the exchequer Rs "
        "8,000 crore.\n"),
    "nigerian-fuel": (
        "ABUJA (Wire) - The Federal Government has said it will not increase the pump price "
        "of petrol, despite pressure from oil marketers.\n\n"
        "The Minister of State for Petroleum Resources, Chief Emeka Obiora, stated this on "
        "Thursday while addressing journalists in Abuja.\n\n"
        'According to him, "The government will continue to protect ordinary Nigerians from '
        'the shocks of the international market."\n\n'
        "Reacting, the President of the Independent Marketers Association, Alhaji Musa "
        "Bello, said members would meet next week to decide their next steps.\n"),
    "south-african-power": (
        "JOHANNESBURG - Eskom has warned that load shedding could return this weekend after "
        "six generating units broke down on Tuesday.\n\n"
        "Spokesperson Sipho Mahlangu said the utility was working around the clock to return "
        "the units to service.\n\n"
        '"We appeal to South Africans to use electricity sparingly," Mahlangu said.\n\n'
        'Energy analyst Thandeka Nkosi told News24 the grid remained "extremely '
        'vulnerable".\n'),
    "wire-rates": (
        "LAGOS (Wire) - Nigeria's central bank raised its main interest rate by 150 basis "
        "points on Tuesday to fight inflation, Governor Adamu Sule said.\n\n"
        '"Inflation remains our most pressing concern," Sule told a news conference after '
        "the bank's policy meeting.\n"),
    "unclosed-quote": (
        "The owner of the Red Lion pub, Gary Fenn, said he would fight the closure order.\n\n"
        '"This pub has been here since 1782 and it will be here long after the council has '
        "gone, he said.\n\n"
        "Licensing officer Amy Shore said the pub had broken its licence conditions three "
        "times.\n"),
    "sheriff-race": (
        "The two candidates for sheriff, incumbent Wade Corbin and challenger Luis Ferrer, "
        "met at the Grange Hall on Monday.\n\n"
        "Corbin said crime in the county had fallen by a third since he took office.\n\n"
        'Ferrer disputed that. "The numbers are down because deputies stopped writing '
        'reports," he said.\n\n'
        '"That is an insult to every deputy in this county," Corbin shot back.\n'),
    "lagos-health": (
        "LAGOS \u2014 The Lagos State Government has said it will vaccinate two million "
        "children against measles before the end of the year.\n\n"
        "The Commissioner for Health, Prof. Akin Abayomi, disclosed this on Tuesday while "
        "briefing journalists in Ikeja.\n\n"
        'He said, "We have enough vaccines for every local government area."\n\n'
        "Abayomi further stated that parents who refused the vaccine would be counselled.\n"),
    "kisumu-rally": (
        "KISUMU, Kenya \u2014 Opposition chief Otieno Kamau on Sunday accused the government "
        "of abandoning farmers.\n\n"
        '"They have failed the people of this region," Kamau told supporters in Kisumu.\n\n'
        "Agriculture Cabinet Secretary Grace Wanjiru dismissed the claims, terming them "
        '"baseless and malicious".\n'),
    "keeper-praise": (
        "Caldmoor manager Owen Price praised goalkeeper Luca Bianchi after the 0-0 draw at "
        "Holt Park.\n\n"
        '"He was outstanding today, and he has been all season," Price said.\n\n'
        "Asked about his own future, the 58-year-old said: \"I am not thinking about that.\"\n"),
    "resident-questions": (
        "Residents of Hallam Road packed a council meeting on Monday to protest against a "
        "rise in parking fees.\n\n"
        '"Why should we pay for the council\'s mistakes?" asked resident Paula Shaw.\n\n'
        "Another resident, Ken Ogden, wondered whether the money would ever be spent on the "
        "roads.\n"),
    "family-statement": (
        "The family of a teenager who died after falling from a cliff near Porthkerry has "
        "paid tribute to him.\n\n"
        'In a statement, the family said: "Jake was a kind and funny boy who loved the '
        'sea."\n\n'
        "They asked for privacy at this difficult time.\n"),
    "joint-statement": (
        "Senators Ruth Kaplan and Victor Osei said in a joint statement on Wednesday that "
        "the bill would protect tenants from sudden rent increases.\n\n"
        '"No family should lose its home because of one letter," the senators said.\n'),
    "harvest-paragraphs": (
        "Farmers across the Carse valley are counting the cost of the wettest summer on "
        "record.\n\n"
        '"The harvest was the worst I have seen in 40 years.\n\n'
        '"We lost half the barley," said farmer Iain Ross, 62.\n'),
    "mayor-deputy": (
        "Mayor Joan Pike and her deputy, Carl Mott, presented the budget on Monday.\n\n"
        '"We will not raise council tax," Pike said.\n\n'
        'Mott agreed. "Not this year, and not next year," he said.\n'),
    "present-tense-feature": (
        "Maria Lopez, 34, remembers the night the river rose.\n\n"
        '"The water came through the floor in minutes," she says.\n\n'
        "Her husband, Juan, says the family lost everything but the car.\n"),
    "reportedly": (
        "Harlow United striker Dani Costa reportedly told teammates he wanted to leave the "
        "club in January.\n\n"
        "The club's chairman, Neil Booth, insisted no offer had been received.\n"),
    "testimony": (
        "The trial of a driver accused of causing a fatal crash on the A14 continued on "
        "Tuesday.\n\n"
        "Testifying for the prosecution, the victim's mother, Ellen Hart, told the court: "
        '"He was my whole world."\n\n'
        "Under cross-examination, she admitted she had not seen the crash herself.\n"),
    "filing-aside": (
        "Redwater Mining, according to its annual filing, lost $3 million in the fourth "
        "quarter.\n\n"
        "The company blamed falling copper prices, the filing said.\n"),
    "campaign-email": (
        "The Harmon campaign made a last appeal to donors on Sunday.\n\n"
        '"We can win this seat if every supporter gives five dollars," according to a '
        "campaign email sent to supporters.\n\n"
        "The statement added that the race was tied in internal polls.\n"),
    "weather-tweet": (
        "Freezing rain coated roads across the Harrow Valley overnight.\n\n"
        'The weather service tweeted: "Stay off the roads unless your trip is essential."\n'),
    "passive-announcement": (
        "The decision to close the youth academy was announced by club president Ana Ruiz, "
        'who said it was "the most painful choice of my life".\n'),
    "indian-informed": (
        "The district collector, R. Venkatesh, informed that the damaged bridge would be "
        "repaired by June.\n\n"
        "The police spokesperson, SP Ravi Kumar, said three people had been arrested.\n"),
    "however-aside": (
        "The Minister of Transport, Mr Tunde Okafor, inspected the road on Friday.\n\n"
        "He, however, noted that the contractor had been paid only half of the money.\n"),
    "ghana-who-spoke": (
        "Mr Kwame Asante, the District Chief Executive, who spoke to the Ghana News Agency, "
        "said the market would be rebuilt before Christmas.\n"),
}

# (article, piece of the quote, kind, speaker mention, speaker name)
EXPECTED: list[tuple[str, str, str | None, object, object]] = [
    ("rescue-paragraphs", "We got the call", "direct", "Carrick", "Ewan Carrick"),
    ("rescue-paragraphs", "The wind was gusting", "direct", "Carrick", "Ewan Carrick"),
    ("rescue-paragraphs", "Two of my crew went", "direct", "Carrick", "Ewan Carrick"),
    ("rescue-paragraphs", "Everyone came home", "direct", "Carrick", "Ewan Carrick"),
    ("rescue-paragraphs", "the fishing boat's engine had failed", "indirect",
     "The coastguard", None),
    ("mixed-marks", "We were never consulted", "direct",
     ("Irene Fosse", "Irene Fosse, who has lived on Mill Lane for 30 years"), "Irene Fosse"),
    ("mixed-marks", "the plans had been on display", "indirect",
     ("Developer Kestrel Homes", "Kestrel Homes"), "Kestrel Homes"),
    ("mixed-marks", "Everyone had a chance", "direct",
     ("its managing director, Gordon Blythe", "its managing director", "Gordon Blythe"),
     "Gordon Blythe"),
    ("pronoun-later", "I still get nervous", "direct", "she", "Ruth Calloway"),
    ("pronoun-later", "The day I don't", "direct", "she", "Ruth Calloway"),
    ("hedge-feud", "It blocks all the light", "direct", "Patricia Glenn", "Patricia Glenn"),
    ("hedge-feud", "That hedge was there", "direct", "Okoye", "Sandra Okoye"),
    ("hedge-feud", "I have asked her politely", "direct", "Glenn", "Patricia Glenn"),
    ("hedge-feud", "And I have told her", "direct", "Okoye", "Sandra Okoye"),
    ("she-added-later", "the school would close early", "indirect",
     ("Principal Denise Marlowe", "Denise Marlowe"), "Denise Marlowe"),
    ("she-added-later", "The classrooms simply", "direct", "Marlowe", "Denise Marlowe"),
    ("she-added-later", "many families would struggle", "indirect",
     ("Parent Tom Reyes", "Tom Reyes"), "Tom Reyes"),
    ("she-added-later", "I work until six", "direct", "he", "Tom Reyes"),
    ("she-added-later", "We will provide supervision", "direct", "she", "Denise Marlowe"),
    ("match-report", "I just closed my eyes", "direct", "Mbeki", "Jonah Mbeki"),
    ("match-report", "The lads deserved", "direct", "Mbeki", "Jonah Mbeki"),
    ("match-report", "We were poor for an hour", "direct", "Tully", "Graham Tully"),
    ("match-report", "It was never a penalty", "direct", "he", "Kevin Ash"),
    ("match-report", "Everybody in the ground", "direct", "he", "Kevin Ash"),
    ("fraud-trial", "had targeted customers", "indirect",
     ("Prosecutor Helen Stacey", "Helen Stacey"), "Helen Stacey"),
    ("fraud-trial", "He chose his victims", "direct", "Ms Stacey", "Helen Stacey"),
    ("fraud-trial", "He knew they trusted him", "direct", "Ms Stacey", "Helen Stacey"),
    ("fraud-trial", "under enormous pressure", "mixed",
     ("His barrister, Anthony Wren", "Anthony Wren"), "Anthony Wren"),
    ("fraud-trial", "to put aside any sympathy", "indirect",
     ("Judge Caroline Amis", "Caroline Amis"), "Caroline Amis"),
    ("sentencing", "This was a spiteful act", "direct",
     ("Judge Martin Hale", "Martin Hale"), "Martin Hale"),
    ("sentencing", "no genuine remorse", "mixed", "The judge", "Martin Hale"),
    ("sentencing", "his client had been drinking", "indirect", "Doyle's solicitor", None),
    ("inquest", "died as a result of an accident", "indirect", "A coroner", None),
    ("inquest", "Mr Pryce was an experienced cyclist", "direct",
     ("Coroner Gwen Harries", "Gwen Harries"), "Gwen Harries"),
    ("inquest", "the kindest man I ever knew", "mixed",
     ("his wife, Carys", "his wife", "Carys"), ("Carys", "Carys Pryce")),
    ("election-live", "Turnout in Eastvale was 64 per cent", "indirect",
     "the returning officer", None),
    ("election-live", "cautiously optimistic", "mixed",
     ("The Labour candidate for Eastvale, Priya Nair", "Priya Nair"), "Priya Nair"),
    ("election-live", "Whatever happens tonight", "direct",
     ("Greens leader Tom Beck", "Tom Beck"), "Tom Beck"),
    ("pipeline-posts", "This pipeline is a disaster", "direct", "Whitcombe",
     "Dana Whitcombe"),
    ("pipeline-posts", "The pipeline meets every federal", "direct",
     ("The company behind the project, Northline Energy", "Northline Energy"),
     "Northline Energy"),
    ("pipeline-posts", "he would meet both sides", "indirect",
     ("Governor Alan Park", "Alan Park"), "Alan Park"),
    ("singer-post", "she is expecting her first child", "indirect",
     ("Singer Talia Moon", "Talia Moon"), "Talia Moon"),
    ("singer-post", "Our little family", "direct", "Moon", "Talia Moon"),
    ("singer-post", "Best news ever", "direct",
     ("Her husband, footballer Dean Akers", "footballer Dean Akers", "Dean Akers"),
     "Dean Akers"),
    ("ministry-report", "hospital waiting times had fallen", "indirect",
     "The Ministry of Health", None),
    ("ministry-report", "one in five patients still waited", "indirect",
     ("a report by the National Audit Board", "a report"), None),
    ("ministry-report", "The improvement is real", "direct", "the report", None),
    ("ministry-report", "it would study the findings", "indirect", "The ministry", None),
    ("club-statement", "it had parted ways", "indirect", "Westmoor FC", "Westmoor FC"),
    ("club-statement", "The board thanks Ian", "direct", "the statement", None),
    ("club-statement", "will take charge", None, None, None),
    ("who-clauses", "the new parking charges would drive", "indirect",
     ("Farid Haddad", "Farid Haddad, who has run the bakery on Quay Street since 1998 and "
      "employs 11 people"), "Farid Haddad"),
    ("who-clauses", "We are being squeezed", "direct",
     ("Another trader, Moira Flynn", "Moira Flynn",
      "Another trader, Moira Flynn, whose flower stall has stood outside the station for "
      "two decades"), "Moira Flynn"),
    ("long-apposition", "The figures speak", "direct", ("Dr. Ifeoma Eze", "Ifeoma Eze"),
     "Ifeoma Eze"),
    ("long-apposition", "the plan did not add up", "indirect",
     ("Professor Alan Crane", "Alan Crane"), "Alan Crane"),
    ("airline-strike", "We apologise to every passenger", "direct", "Lena Moraes",
     "Lena Moraes"),
    ("airline-strike", "the strike would continue", "indirect",
     ("A spokesperson for the Transport Workers' Union",
      "A spokesperson for the Transport Workers' Union, which represents the handlers"),
     None),
    ("parking-meters", "the new parking meters had been a mistake", "indirect",
     ("City manager Owen Frith", "Owen Frith"), "Owen Frith"),
    ("parking-meters", "We got this one wrong", "direct", "Frith", "Owen Frith"),
    ("parking-meters", "the meters had raised badly needed money", "indirect",
     ("Councillor Bea Lund", "Bea Lund"), "Bea Lund"),
    ("parking-meters", "The budget had a hole", "direct", "she", "Bea Lund"),
    ("parking-meters", "the city had tried meters once before", "indirect",
     ("Former mayor Hal Ostrow", "Hal Ostrow"), "Hal Ostrow"),
    ("parking-meters", "They lasted a month", "direct", "he", "Hal Ostrow"),
    ("no-that", "the blaze started in a kitchen", "indirect",
     ("Fire chief Rosa Lindqvist", "Rosa Lindqvist"), "Rosa Lindqvist"),
    ("no-that", "they heard no alarm", "indirect", "Residents", None),
    ("no-that", "the building's sprinklers had been broken", "indirect",
     ("One tenant, Amos Kariuki", "Amos Kariuki"), "Amos Kariuki"),
    ("no-that", "the sprinklers were faulty", "indirect", "The landlord", None),
    ("according-to", "two hikers were rescued", "indirect",
     "the Harlow County sheriff's office", None),
    ("according-to", "The pair had run out of water", "indirect",
     ("Deputy Carla Voss", "Carla Voss"), "Carla Voss"),
    ("according-to", "Both were treated at the scene", "indirect", "the sheriff's office",
     None),
    ("press-questions", "Not this year", "direct", "Torres", "Nina Torres"),
    ("press-questions", "What about next year", "direct",
     ("Jeff Holm", "Jeff Holm of the Valley Courier"), "Jeff Holm"),
    ("press-questions", "Ask me next year", "direct", "she", "Nina Torres"),
    ("border-attack", "Two soldiers were killed", "indirect", "military officials", None),
    ("border-attack", "the attackers had fled", "indirect", "Officials", None),
    ("border-attack", "the patrol had been ambushed", "indirect",
     ("A senior officer", "A senior officer, speaking on condition of anonymity because he "
      "was not authorised to talk to the press"), None),
    ("border-attack", "the attack could derail", "indirect",
     ("Diplomats", "Diplomats in the capital"), None),
    ("hearing-transcript", "We learned of the leak", None, None, "Robert Dunn"),
    ("hearing-transcript", "That is not what your own engineers", None, None,
     "Marcia Hollis"),
    ("hearing-transcript", "I cannot speak to", None, None, "Robert Dunn"),
    ("british-politics", "Families are feeling the pinch", "direct", "Mr Jones",
     "Michael Jones"),
    ("british-politics", "a gimmick that the country", "mixed",
     ("the shadow chancellor, Ruth Adeyemi", "Ruth Adeyemi"), "Ruth Adeyemi"),
    ("british-politics", "He is borrowing", "direct", "Ms Adeyemi", "Ruth Adeyemi"),
    ("tabloid-singles", "ready for winter", "mixed",
     ("Health Secretary Jane Whitby", "Jane Whitby"), "Jane Whitby"),
    ("tabloid-singles", "We have more beds", "direct", "She", "Jane Whitby"),
    ("tabloid-singles", "Ministers say that every year", "direct",
     ("nurses' leader Pat Connolly", "Pat Connolly"), "Pat Connolly"),
    ("indian-drought", "the state would waive crop loans", "indirect",
     ("Maharashtra chief minister Vikram Deshpande", "Vikram Deshpande"),
     "Vikram Deshpande"),
    ("indian-drought", "The government stands with every farmer", "direct", "Deshpande",
     "Vikram Deshpande"),
    ("indian-drought", "farmers had been waiting for relief", "indirect",
     ("Opposition leader Sunita Patil", "Sunita Patil"), "Sunita Patil"),
    ("indian-drought", "the waiver would cost", "indirect",
     ("Sources in the finance department", "Sources"), None),
    ("nigerian-fuel", "it will not increase the pump price", "indirect",
     "The Federal Government", None),
    ("nigerian-fuel", "The government will continue to protect", "direct", "him",
     ("Emeka Obiora", "Chief Emeka Obiora")),
    ("nigerian-fuel", "members would meet next week", "indirect",
     ("the President of the Independent Marketers Association, Alhaji Musa Bello",
      "Alhaji Musa Bello", "Musa Bello"), ("Alhaji Musa Bello", "Musa Bello")),
    ("south-african-power", "load shedding could return", "indirect", "Eskom", "Eskom"),
    ("south-african-power", "the utility was working around the clock", "indirect",
     ("Spokesperson Sipho Mahlangu", "Sipho Mahlangu"), "Sipho Mahlangu"),
    ("south-african-power", "We appeal to South Africans", "direct", "Mahlangu",
     "Sipho Mahlangu"),
    ("south-african-power", "extremely vulnerable", "mixed",
     ("Energy analyst Thandeka Nkosi", "Thandeka Nkosi"), "Thandeka Nkosi"),
    ("wire-rates", "Nigeria's central bank raised", "indirect",
     ("Governor Adamu Sule", "Adamu Sule"), "Adamu Sule"),
    ("wire-rates", "Inflation remains our most pressing", "direct", "Sule", "Adamu Sule"),
    ("unclosed-quote", "he would fight the closure order", "indirect",
     ("The owner of the Red Lion pub, Gary Fenn", "Gary Fenn"), "Gary Fenn"),
    ("unclosed-quote", "This pub has been here since 1782", "direct", "he", "Gary Fenn"),
    ("unclosed-quote", "the pub had broken its licence", "indirect",
     ("Licensing officer Amy Shore", "Amy Shore"), "Amy Shore"),
    ("sheriff-race", "crime in the county had fallen", "indirect", "Corbin", "Wade Corbin"),
    ("sheriff-race", "The numbers are down", "direct", "he", "Luis Ferrer"),
    ("sheriff-race", "That is an insult", "direct", "Corbin", "Wade Corbin"),
    ("lagos-health", "it will vaccinate two million", "indirect",
     "The Lagos State Government", None),
    ("lagos-health", "The Commissioner for Health", None, None, None),
    ("lagos-health", "We have enough vaccines", "direct", "He", "Akin Abayomi"),
    ("lagos-health", "parents who refused the vaccine", "indirect", "Abayomi", "Akin Abayomi"),
    ("kisumu-rally", "They have failed the people", "direct", "Kamau", "Otieno Kamau"),
    ("kisumu-rally", "baseless and malicious", "mixed",
     ("Agriculture Cabinet Secretary Grace Wanjiru", "Grace Wanjiru"), "Grace Wanjiru"),
    ("keeper-praise", "He was outstanding today", "direct", "Price", "Owen Price"),
    ("keeper-praise", "I am not thinking about that", "direct", "the 58-year-old",
     "Owen Price"),
    ("resident-questions", "Why should we pay", "direct",
     ("resident Paula Shaw", "Paula Shaw"), "Paula Shaw"),
    ("resident-questions", "whether the money would ever be spent", "indirect",
     ("Another resident, Ken Ogden", "Ken Ogden"), "Ken Ogden"),
    ("family-statement", "Jake was a kind and funny boy", "direct", "the family", None),
    ("family-statement", "privacy at this difficult time", "indirect", "They", None),
    ("joint-statement", "the bill would protect tenants", "indirect",
     ("Senators Ruth Kaplan and Victor Osei", "Ruth Kaplan and Victor Osei"), None),
    ("joint-statement", "No family should lose its home", "direct", "the senators", None),
    ("harvest-paragraphs", "The harvest was the worst", "direct",
     ("farmer Iain Ross", "Iain Ross"), "Iain Ross"),
    ("harvest-paragraphs", "We lost half the barley", "direct",
     ("farmer Iain Ross", "Iain Ross"), "Iain Ross"),
    ("mayor-deputy", "We will not raise council tax", "direct", "Pike", "Joan Pike"),
    ("mayor-deputy", "Not this year", "direct", "he", "Carl Mott"),
    ("present-tense-feature", "The water came through the floor", "direct", "she",
     "Maria Lopez"),
    ("present-tense-feature", "the family lost everything", "indirect",
     ("Her husband, Juan", "Her husband", "Juan"), None),
    ("reportedly", "he wanted to leave the club", "indirect",
     ("Harlow United striker Dani Costa", "Dani Costa"), "Dani Costa"),
    ("reportedly", "no offer had been received", "indirect",
     ("The club's chairman, Neil Booth", "Neil Booth"), "Neil Booth"),
    ("testimony", "He was my whole world", "direct",
     ("the victim's mother, Ellen Hart", "Ellen Hart"), "Ellen Hart"),
    ("testimony", "she had not seen the crash", "indirect", "she", "Ellen Hart"),
    ("filing-aside", "lost $3 million", "indirect", ("its annual filing", "its filing"), None),
    ("filing-aside", "The company blamed falling copper prices", "indirect", "the filing",
     None),
    ("campaign-email", "We can win this seat", "direct",
     ("a campaign email", "a campaign email sent to supporters"), None),
    ("campaign-email", "the race was tied", "indirect", "The statement", None),
    ("weather-tweet", "Stay off the roads", "direct", "The weather service", None),
    ("passive-announcement", "the most painful choice", "mixed",
     ("club president Ana Ruiz", "Ana Ruiz", "who"), "Ana Ruiz"),
    ("indian-informed", "the damaged bridge would be repaired", "indirect",
     ("The district collector, R. Venkatesh", "R. Venkatesh"), "R. Venkatesh"),
    ("indian-informed", "three people had been arrested", "indirect",
     ("The police spokesperson, SP Ravi Kumar", "SP Ravi Kumar", "Ravi Kumar"), "Ravi Kumar"),
    ("however-aside", "the contractor had been paid", "indirect", "He", "Tunde Okafor"),
    ("ghana-who-spoke", "the market would be rebuilt", "indirect",
     ("Mr Kwame Asante", "Kwame Asante",
      "Mr Kwame Asante, the District Chief Executive, who spoke to the Ghana News Agency"),
     "Kwame Asante"),
]

# expectations the library does not meet yet: (article, piece) -> the cause
NOT_YET: dict[tuple[str, str], str] = {
}


test_attribution = attribution_test(ARTICLES, EXPECTED, NOT_YET)


def test_a_frame_after_a_subordinator_credits_the_clause_it_opens():
    """ "He left after, according to him, A": the frame opens the clause that "after" leaves
    open; its source said A, not the sentence before the frame."""
    text = ("Tomas Reyes joined the station in 1990.\n\nHe left the country after, according "
            "to him, the network censored his first report.\n")
    found = quotes(text)
    assert found["the network censored his first report"][:2] == ("indirect", "him"), found
    assert not any(t.startswith("He left") for t in found), found


def test_said_this_points_back_but_said_this_week_does_not():
    """ "X stated this on Thursday": "this" is what was said before, so the noun phrase
    before X is no statement; "A, X said this week" still is."""
    text = ("The Minister of Works, Chief Ade Bankole, stated this on Thursday in Abuja.\n\n"
            "The bridge will open in May, Bankole said this week.\n")
    found = quotes(text)
    assert not any(t.startswith("The Minister") for t in found), found
    assert found["The bridge will open in May"][1] == "Bankole", found


def test_a_record_and_its_maker_speak():
    """ "A survey by Harwell Polling found that A", "Another study from 2019 found that B":
    the record and its maker, or its date, are one mention."""
    text = ("A survey by Harwell Polling found that most tenants wanted longer leases.\n\n"
            "Another study from 2019 found that rents had doubled in a decade.\n")
    found = quotes(text)
    assert found["most tenants wanted longer leases"][1] == "A survey by Harwell Polling", found
    assert found["rents had doubled in a decade"][1] == "Another study from 2019", found


@pytest.mark.parametrize("text", [
    # a list of results, each name with its number
    "Delegate count.\n\nAnn Marsh: 1,769.\n\nTom Reed: 1,501.\n\nMarsh: 547.\n\nReed: 46.\n",
    # headings, each person's proposal once
    "Ideas from the race.\n\nAnn Marsh: Student loans for everyone.\n\nTom Reed: Longer "
    "school days in winter.\n",
])
def test_mixed_case_labels_outside_a_dialogue_name_nobody(text):
    """ "Ann Marsh: 1,769.", "Tom Reed: Longer school days": a label in mixed case makes a
    transcript line only in a dialogue, where one person takes two turns of words."""
    assert not [q for q in quote_rows(text) if q[1] == "indirect" and q[2] is not None and
                q[2].endswith(("Marsh", "Reed"))], quote_rows(text)
