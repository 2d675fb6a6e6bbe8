"""News of styles the earlier style tests did not try (a tennis press conference, cricket
in Indian English with "informed" and "opined", rugby league in Australian English with
"reckons", a county health department, a study's news release, an earthquake update, an
election-night live blog with time stamps, a phone review in the first person, a letter to
the editor, a police statement, a press release with its boilerplate, a transcript with
speakers' names in capitals, a quote running over three paragraphs, single marks inside
double, British single marks, a wire dateline with the agency in brackets, a correction
and an editor's note, an "Advertisement" line in mid-sentence, a victim's statement read
in court, an awards speech, team radio, "Asked whether ..., X said:", a regulatory filing,
"tweeted that", an Australian premier, Indian "sources said" and "told PTI", a restaurant
review in the present tense, two sisters in dialogue, a weather office's warning, Dutch,
Spanish, Irish and Nigerian names, an ellipsis and dashes in a quote, "(Laughs.)", "via
email", Indian police ranks, a headline quote, a couple speaking together, a blog post, a
paper's senior author, an op-ed quoting "as X told me", a quote after "She said:" in a
paragraph of its own): a seventh wave, h37-sty in the nineteenth round.

Every article here was written for the test, with invented people, places and outlets,
before the library was run on it, and is read by the model-free default path. Each
expected attribution is one case of ``findings.attribution_test``, whose docstring tells
the table's format.
"""

from __future__ import annotations

from findings import attribution_test, quote_rows

ARTICLES: dict[str, str] = {
    "tennis-presser": (
        "Lena Vasquez beat the defending champion Mira Kolar 6-4, 3-6, 7-5 on Thursday to "
        "reach her first Grand Slam semifinal.\n\n"
        '"I was so nervous at 5-5 in the third," Vasquez said in her on-court interview. '
        '"My legs were shaking, but I told myself to keep swinging."\n\n'
        "Kolar, who had won 14 straight matches at the tournament, said she had struggled "
        'with a sore shoulder all week. "It\'s not an excuse. She played better on the big '
        'points," the Slovenian told reporters.\n\n'
        "Vasquez will next face the top seed, Hana Sato.\n"),
    "cricket-indian": (
        "MUMBAI: India captain Rohan Desai on Sunday said the team would not tinker with "
        "the batting order ahead of the final Test against Sri Lanka.\n\n"
        '"The boys have done well in difficult conditions. There is no need to panic," '
        "Desai told reporters at the Wankhede Stadium.\n\n"
        "Head coach Vikram Rathore informed that all-rounder Arjun Pillai had recovered from "
        "his hamstring injury and was available for selection.\n\n"
        "Former selector Suresh Nair opined that the team should play an extra spinner on "
        "the slow pitch.\n"),
    "rugby-australian": (
        "Storm coach Craig Bellamy-Hart reckons his side can still make the finals despite "
        "Saturday night's 30-12 loss to the Rabbitohs.\n\n"
        '"We\'re not done yet, mate. Not by a long shot," Bellamy-Hart said.\n\n'
        "Five-eighth Jack Tuivasa said the players had let the coach down. \"That's on us, "
        'not him," he said.\n\n'
        "The Storm sit ninth on the ladder with three rounds to go.\n"),
    "health-agency": (
        "Health officials in Carver County have confirmed three cases of measles, the first "
        "in the county since 2019.\n\n"
        "All three patients were unvaccinated children, said Dr. Amara Obi, the county's "
        'public health director. "Measles is one of the most contagious diseases we know '
        'of," Obi said. "If you are not sure whether you are vaccinated, call your '
        'doctor."\n\n'
        "A spokesperson for the state health department said it was working with the "
        "county to trace contacts.\n"),
    "study-release": (
        "A daily walk of 20 minutes may cut the risk of heart failure by a quarter, "
        "according to a study published on Wednesday in the Journal of Cardiac Health.\n\n"
        "The researchers, from Milton University, tracked 30,000 people over 12 years.\n\n"
        '"The benefit showed up even in people who started late in life," said co-author '
        "Dr. Felix Amundsen in a news release.\n\n"
        "The study was funded by the National Heart Trust. Its authors noted that "
        "participants reported their own activity, which could skew the results.\n"),
    "earthquake-update": (
        "A magnitude 6.8 earthquake struck off the coast of southern Velora early on "
        "Tuesday, killing at least 12 people and toppling buildings in the port city of "
        "Sarn, officials said.\n\n"
        "The quake hit at 4:12 a.m. at a depth of 10 kilometres, the national seismological "
        "institute said. No tsunami warning was issued.\n\n"
        '"The whole house was dancing," said Rosa Imel, 44, who fled into the street with '
        'her two children. "I thought it would never stop."\n\n'
        "Interior Minister Paulo Dranec said rescue teams were searching the rubble of a "
        "collapsed hotel.\n"),
    "election-liveblog": (
        "Live updates: Results in the Harlow County elections\n\n"
        "9:02 p.m. — Polls have closed across the county.\n\n"
        "9:47 p.m. — Early returns show incumbent Sheriff Dan Maddox with a narrow lead. "
        '"It\'s going to be a long night," Maddox told supporters at the Elks Lodge.\n\n'
        "10:31 p.m. — Challenger Teresa Quinn says she is not conceding. \"We're waiting "
        'for every vote to be counted," Quinn said.\n\n'
        "11:15 p.m. — County clerk Ann Pruitt said turnout was about 48 percent, the highest "
        "for a midterm in 20 years.\n"),
    "product-review": (
        "The Brightline X2 is the best budget phone I've tested this year, with one big "
        "caveat: the camera.\n\n"
        "Brightline says the battery lasts two days, and in my testing it came close. The "
        "company claims the screen is brighter than last year's, which it is.\n\n"
        '"We wanted a phone that people could forget to charge," Brightline\'s head of '
        "product, Nadia Sorensen, told me.\n\n"
        "Photos in low light, though, were muddy and smeared.\n"),
    "letter-editor": (
        "Letters to the editor\n\n"
        "Bus cuts hurt the elderly\n\n"
        "Your report on the council's bus cuts (\"Route 12 to end in March\", 3 February) "
        "quoted the transport chief as saying \"nobody will be left stranded\". I am 81 "
        "and Route 12 is the only way I can reach my GP.\n\n"
        "The council says it has consulted widely. Nobody consulted me.\n\n"
        "Margaret Hollis, Dunford\n"),
    "police-statement": (
        "A 19-year-old man has been charged with attempted murder after a stabbing outside "
        "a nightclub in Kestrel Bay early on Sunday.\n\n"
        "In a statement, Kestrel Bay police said officers were called to Harbour Street "
        "at about 2:30 a.m. and found a 23-year-old man with stab wounds.\n\n"
        '"This was a senseless act of violence," Detective Inspector Grace Mwangi said. '
        '"We are keen to speak to anyone who filmed the incident."\n\n'
        "The victim remains in hospital in a stable condition, police said.\n"),
    "press-release": (
        "FOR IMMEDIATE RELEASE\n\n"
        "Halcyon Robotics Names Dana Whitfield Chief Executive Officer\n\n"
        "BOSTON, March 3, 2026 — Halcyon Robotics today announced that Dana Whitfield will "
        "become chief executive officer on April 1.\n\n"
        '"Dana is the right leader for our next chapter," said Robert Tan, chairman of '
        "Halcyon's board.\n\n"
        '"I am honored to lead a team that has built such remarkable machines," said '
        "Whitfield. \"Our best work is ahead of us.\"\n\n"
        "About Halcyon Robotics\n\n"
        "Halcyon Robotics builds warehouse robots for retailers in 14 countries.\n\n"
        "Media contact: press@halcyon.example\n"),
    "speaker-transcript": (
        "The following is an edited transcript of the interview.\n\n"
        "INTERVIEWER: Minister, why did the bridge take four years longer than planned?\n\n"
        "OKORO: Because the ground was softer than the surveys said. We had to drive the "
        "piles twice as deep.\n\n"
        "INTERVIEWER: Will anyone be held responsible?\n\n"
        "OKORO: The inquiry will decide that, not me.\n"),
    "long-quote": (
        "The retiring headteacher of Fernside Academy, Colin Ashby, spoke at his final "
        "assembly on Friday.\n\n"
        '"When I arrived here in 1998, the roof leaked, the heating failed every winter and '
        "half the children left at 16.\n\n"
        '"Today the roof is new, the heating works, most days, and nine in ten of our '
        "students go on to college.\n\n"
        '"None of that was my doing. It was yours," Ashby told the pupils.\n\n'
        "He will be succeeded by his deputy, Ruth Okeke.\n"),
    "nested-single": (
        "The former aide Tom Reddick told the inquiry that the minister had known about the "
        "contract for months.\n\n"
        "\"He said to me, 'Keep it quiet until after the vote,' and I did,\" Reddick "
        "said.\n\n"
        "The minister, Gail Forsyth, denied ever having said it. \"I never told anyone to "
        "keep anything quiet,\" she said.\n"),
    "british-single": (
        "Ministers have been accused of 'betraying' farmers after cutting the hedgerow "
        "grant by half.\n\n"
        "\u2018This is a kick in the teeth for the people who feed this country,\u2019 "
        "said Tom Ellery, president of the Upland Farmers\u2019 Union.\n\n"
        "A Department for Rural Affairs spokesman said: \u2018We remain committed to "
        "supporting farmers through the transition.\u2019\n\n"
        "Labour\u2019s rural affairs spokeswoman, Beth Carrow, said the cut was "
        "\u2018shameful\u2019.\n"),
    "wire-dateline": (
        "LAGOS, Nigeria (Wire) — Gunmen abducted at least 20 passengers from a bus on a "
        "highway in northern Nigeria, police said Monday.\n\n"
        "The attackers blocked the road near the town of Kafin Dabo late Sunday, police "
        "spokesman Ahmed Bello told The Wire. \"Our men are in the forest searching for "
        'them," he said.\n\n'
        "No group has claimed responsibility. Kidnappings for ransom are common in the "
        "region, residents say.\n"),
    "correction-note": (
        "The Harrow Park library will close for six months for repairs, the city said on "
        "Monday.\n\n"
        "Library director Joan Beale said the roof had leaked for years. \"We've run out of "
        'buckets," she said.\n\n'
        "Correction: An earlier version of this article misstated Joan Beale's title. She "
        "is the library director, not the branch manager.\n"),
    "editors-note": (
        "Editor's note: This story has been updated to include a response from the "
        "company.\n\n"
        "Workers at the Tallis Mills bottling plant say they were not paid overtime for "
        "months.\n\n"
        '"We worked Saturdays and Sundays and never saw a cent extra," said forklift driver '
        "Rui Costa.\n\n"
        "Tallis Mills said in an email that it paid all workers according to their "
        "contracts.\n"),
    "advert-junk": (
        "The head of the Marsh Valley fire service, Chief Dale Ortega, said the blaze\n\n"
        "Advertisement\n\n"
        "had burned more than 4,000 acres by Tuesday evening.\n\n"
        "\u201cThe wind is our biggest enemy right now,\u201d Ortega said.\n\n"
        "Advertisement\n\n"
        "Evacuation orders remain in place for the town of Pine Hollow, officials said.\n"),
    "victim-statement": (
        "A drunk driver who killed a cyclist on the Ridgeway Road was jailed for eight "
        "years on Thursday.\n\n"
        "In a statement read to the court, the cyclist's widow, Helen Marsh, said: \"I "
        'lost my husband, my best friend and the father of my children in one moment."\n\n'
        "Judge Anthony Birch told Kevin Doyle, 34, that he had made \"a selfish and "
        'deadly choice".\n\n'
        "Doyle's barrister said his client was deeply remorseful.\n"),
    "awards-speech": (
        "Actress Noor Haddad won best actress at the Silver Lantern awards on Saturday for "
        "her role in the drama \"Salt Roads\".\n\n"
        '"I want to thank my mother, who sold her jewellery so I could go to drama school," '
        "Haddad said, holding back tears.\n\n"
        "Backstage, she told reporters she had nearly turned the part down.\n\n"
        'The film\'s director, Paolo Ricci, called her performance "fearless".\n'),
    "f1-radio": (
        "Max Ferrante won the Marina Grand Prix on Sunday after a late safety car cost his "
        "teammate the lead.\n\n"
        '"Get in there! What a race!" Ferrante shouted over the team radio as he crossed '
        "the line.\n\n"
        "His teammate, Luca Brandt, said he was frustrated by the team's call to pit him "
        "under the safety car. \"I don't understand the decision. We need to talk about "
        'it," Brandt said.\n\n'
        "Team principal Ingrid Solberg said the strategy would be reviewed.\n"),
    "asked-whether": (
        "Asked whether she would run for governor next year, Attorney General Rosa Delgado "
        'said: "I\'m focused on this job."\n\n'
        "Asked again, she laughed. \"You'll be the first to know,\" she said.\n\n"
        "Her spokesman, Ken Alvarez, later said Delgado had no plans to announce anything "
        "this year.\n"),
    "sec-filing": (
        "Orvex Pharmaceuticals disclosed in a regulatory filing on Friday that the Justice "
        "Department had opened an investigation into its pricing of insulin.\n\n"
        "The company said in the filing that it was cooperating fully with the inquiry.\n\n"
        'An Orvex spokeswoman, Tara Lindqvist, said the company "takes these matters very '
        'seriously". She declined to comment further.\n'),
    "tweeted": (
        "Senator Mark Dunleavy tweeted on Sunday that he would vote against the spending "
        "bill.\n\n"
        '"I was sent here to cut waste, not to add to it," Dunleavy wrote in a post on X.\n\n'
        "Senate Majority Leader Patricia Owens told reporters she still expected the bill "
        "to pass.\n"),
    "australian-premier": (
        "NSW Premier Chris Malouf has ruled out a second Sydney airport rail link before "
        "2035.\n\n"
        "Speaking in Parramatta on Monday, Mr Malouf said the state could not afford both "
        "the link and the new hospitals it had promised.\n\n"
        '"I\'d rather have the hospitals," he said. "That\'s the choice."\n\n'
        "Opposition Leader Kate Morrow said the Premier had broken an election promise.\n"),
    "indian-sources": (
        "NEW DELHI: The government is likely to extend the free ration scheme by another "
        "six months, sources said on Tuesday.\n\n"
        "A senior official in the food ministry told PTI that a proposal had been sent to "
        "the Cabinet.\n\n"
        "Food Minister Anil Verma, however, said no decision had been taken yet. \"All "
        'options are on the table," he stated.\n'),
    "restaurant-review": (
        "At Ember & Oak, the new grill on Fell Street, the brisket is the reason to go.\n\n"
        "Chef Lucia Moreno smokes it for 14 hours over oak. \"People think it's the "
        'sauce. It\'s the patience," she says.\n\n'
        "The sides are less sure-footed. The mac and cheese was gluey on both of my "
        "visits.\n\n"
        "Moreno says the menu will change with the seasons.\n"),
    "dialogue-feature": (
        "At the Greyhound station in Tulsa, two sisters waited for the last bus to "
        "Wichita.\n\n"
        '"We missed the first one," said the older sister, Janelle Brooks, 19.\n\n'
        '"Because somebody took forever getting coffee," said her sister, Kiara, 16.\n\n'
        '"I said I was sorry," Janelle said.\n'),
    "weather-office": (
        "Heavy rain is expected to bring flooding to parts of northern Ardmore this "
        "weekend, forecasters have warned.\n\n"
        "The National Weather Office has issued an amber warning for rain from noon on "
        "Saturday. Up to 80mm could fall on high ground, the office said.\n\n"
        '"Driving conditions will be dangerous, and some communities may be cut off," '
        "said the office's chief forecaster, Neil Barraclough.\n"),
    "dutch-names": (
        "ROTTERDAM — The port of Rotterdam will spend €2 billion on new quays for wind "
        "turbine parts, its chief executive, Pieter van der Berg, said on Monday.\n\n"
        '"The North Sea is our new oil field," Van der Berg said.\n\n'
        "Environmental group Zeewacht said the plan would harm a bird sanctuary. Its "
        "director, Sanne de Wit, called it \"a disaster for the terns\".\n"),
    "spanish-names": (
        "Former boxer Luis Alberto de la Cruz Jr. was elected mayor of San Rafael on "
        "Tuesday.\n\n"
        '"I fought for 20 years in the ring. Now I fight for this town," de la Cruz said.\n\n'
        "His opponent, María José Fernández-Ruiz, conceded late on Tuesday night. She said "
        "she would work with the new mayor.\n"),
    "ellipsis-dash": (
        "The museum's new director, Helena Moss, has big plans for the east wing.\n\n"
        '"We want to open it at night ... maybe with music, maybe with food," Moss said.\n\n'
        '"The building is old — older than the city itself — and it needs care," she '
        "added.\n\n"
        "The trustees said they would vote on the plan in May.\n"),
    "laughs-transcript": (
        "Comedian Dev Malhotra sat down with us before his sold-out show at the Orpheum.\n\n"
        '"My mother still asks when I will get a real job," Malhotra said. "(Laughs.) I '
        'tell her this is a real job."\n\n'
        "He said the tour had been the hardest of his career.\n"),
    "via-email": (
        "The Redmond school district will cut 40 teaching jobs next year, officials "
        "confirmed on Friday.\n\n"
        '"These are painful choices," district spokeswoman Carla Nunes said via email.\n\n'
        "Teachers union president Brian Kowal said in a text message that the union would "
        "fight the cuts.\n\n"
        "According to a statement from the district, enrolment has fallen by 9 percent "
        "since 2020.\n"),
    "indian-police": (
        "NEW DELHI: Police have arrested two men for allegedly cheating senior citizens of "
        "Rs 40 lakh by posing as bank officials.\n\n"
        "The accused used to call the victims and ask for their card details, said Deputy "
        "Commissioner of Police (South) Rajesh Kumar.\n\n"
        "\"We have recovered 12 mobile phones and Rs 3 lakh in cash,\" the DCP said.\n"),
    "irish-politics": (
        "The Taoiseach, Seán Ó Briain, has said the Government will not raise the pension "
        "age.\n\n"
        "Speaking in the Dáil on Wednesday, Mr Ó Briain said the matter was settled. \"We "
        'gave our word and we will keep it," he said.\n\n'
        "Sinn Féin's finance spokeswoman, Áine Ní Dhomhnaill, said the Taoiseach had "
        "\"finally listened\".\n"),
    "nigerian-alhaji": (
        "ABUJA — The governor of Kano State, Alhaji Musa Danjuma, has ordered the closure of "
        "all markets for two days after clashes between traders.\n\n"
        '"Peace is not negotiable," Danjuma said in a broadcast on Sunday.\n\n'
        "The chairman of the traders' association, Chief Emeka Obi, said the closure would "
        "cost members millions of naira.\n"),
    "headline-quote": (
        "\u2018We will rebuild\u2019: Mayor vows to reopen flooded town centre by spring\n\n"
        "The mayor of Ashby Vale, Claire Dunmore, has promised that every shop in the town "
        "centre will reopen by March.\n\n"
        "\u2018We will rebuild, and we will do it quickly,\u2019 she told a public meeting "
        "on Thursday night.\n\n"
        "Shop owner Raj Patel said he had lost £30,000 of stock.\n"),
    "couple-plural": (
        "A couple from Lindale who won $2 million in the state lottery say they will keep "
        "their jobs.\n\n"
        '"We like what we do," said Gary and Denise Holt, who both work at the local '
        "hospital.\n\n"
        "The couple said they would use the money to pay off their mortgage.\n"),
    "colon-paragraph": (
        "The chief constable of Westmoor, Sarah O'Donnell, made a direct appeal to the "
        "gang's members on Friday. She said:\n\n"
        "\u201cYou know who you are. Come forward now, before we come to you.\u201d\n\n"
        "Detective Sergeant Kwame D'Souza-Adams said officers had searched 14 homes.\n"),
    "blog-post": (
        "The founder of the messaging app Chirp, Ola Brandvold, wrote in a blog post on "
        "Tuesday that the company would stop selling user data.\n\n"
        '"We got this wrong," Brandvold wrote. "Our users deserve better."\n\n'
        "Privacy advocate Jenna Liu welcomed the move but said regulators should still "
        "investigate.\n"),
    "science-senior-author": (
        "Octopuses may dream, a team of marine biologists reported on Monday.\n\n"
        "The researchers filmed 12 octopuses as they slept and saw their skin change colour "
        "in patterns that matched their waking behaviour.\n\n"
        '"It looks like they are replaying their day," said the paper\'s senior author, '
        "Professor Ines Halvorsen of the Bergen Marine Institute.\n\n"
        "Other scientists urged caution. \"We should be careful about calling it dreaming,\" "
        "said neuroscientist Dr. Paul Mbeki, who was not involved in the work.\n"),
    "red-cross": (
        "Floodwaters have forced more than 20,000 people from their homes in the Tarn "
        "delta, aid agencies said on Wednesday.\n\n"
        "Red Cross spokeswoman Anna Berg said the agency had set up 30 shelters. \"The need "
        'is enormous and it is growing by the hour," she said.\n\n'
        "The government has asked for international help.\n"),
    "op-ed-quoting": (
        "Opinion | Our city needs more buses, not more parking\n\n"
        "By Lena Hart\n\n"
        "When the mayor announced the new garage, he said it would \"bring shoppers back "
        "downtown\". I doubt it.\n\n"
        "As the transit planner Omar Reyes told me last year, \"Every parking space is a "
        'promise to a car, not to a person."\n'),
    "explains-present": (
        "Nurse Tomasz Wiśniewski has worked the night shift in the emergency room for 11 "
        "years.\n\n"
        '"At 3 a.m. everyone is honest," he explains. "Nobody pretends."\n\n'
        "He says the hardest nights are the ones with children.\n"),
}

EXPECTED: list[tuple] = [
    ("tennis-presser", "I was so nervous at 5-5", "direct", "Vasquez", "Lena Vasquez"),
    ("tennis-presser", "My legs were shaking", "direct", "Vasquez", "Lena Vasquez"),
    ("tennis-presser", "she had struggled with a sore shoulder", "indirect",
     ("Kolar, who had won 14 straight matches at the tournament", "Kolar"), "Mira Kolar"),
    ("tennis-presser", "It's not an excuse", "direct", "the Slovenian", "Mira Kolar"),
    ("tennis-presser", "She played better on the big points", "direct", "the Slovenian",
     "Mira Kolar"),
    ("cricket-indian", "the team would not tinker", "indirect",
     ("India captain Rohan Desai", "Rohan Desai"), "Rohan Desai"),
    ("cricket-indian", "There is no need to panic", "direct", "Desai", "Rohan Desai"),
    ("cricket-indian", "Arjun Pillai had recovered", "indirect",
     ("Head coach Vikram Rathore", "Vikram Rathore"), "Vikram Rathore"),
    ("cricket-indian", "the team should play an extra spinner", "indirect",
     ("Former selector Suresh Nair", "Suresh Nair"), "Suresh Nair"),
    ("rugby-australian", "his side can still make the finals", "indirect",
     ("Storm coach Craig Bellamy-Hart", "Craig Bellamy-Hart"), "Craig Bellamy-Hart"),
    ("rugby-australian", "Not by a long shot", "direct", "Bellamy-Hart",
     "Craig Bellamy-Hart"),
    ("rugby-australian", "the players had let the coach down", "indirect",
     ("Five-eighth Jack Tuivasa", "Jack Tuivasa"), "Jack Tuivasa"),
    ("rugby-australian", "That's on us", "direct", "he", "Jack Tuivasa"),
    ("rugby-australian", "The Storm sit ninth", None, None, None),
    ("health-agency", "All three patients were unvaccinated", "indirect",
     ("Dr. Amara Obi, the county's public health director", "Dr. Amara Obi", "Amara Obi"),
     "Amara Obi"),
    ("health-agency", "Measles is one of the most contagious", "direct", "Obi",
     "Amara Obi"),
    ("health-agency", "call your doctor", "direct", "Obi", "Amara Obi"),
    ("health-agency", "it was working with the county", "indirect",
     ("A spokesperson for the state health department", "A spokesperson"), None),
    ("study-release", "A daily walk of 20 minutes", "indirect", "a study", None),
    ("study-release", "The benefit showed up", "direct",
     ("co-author Dr. Felix Amundsen", "Dr. Felix Amundsen", "Felix Amundsen"),
     "Felix Amundsen"),
    ("study-release", "participants reported their own activity", "indirect",
     "Its authors", None),
    ("earthquake-update", "A magnitude 6.8 earthquake struck", "indirect", "officials",
     None),
    ("earthquake-update", "The quake hit at 4:12 a.m.", "indirect",
     "the national seismological institute", None),
    ("earthquake-update", "The whole house was dancing", "direct",
     ("Rosa Imel, 44", "Rosa Imel"), "Rosa Imel"),
    ("earthquake-update", "I thought it would never stop", "direct",
     ("Rosa Imel, 44", "Rosa Imel"), "Rosa Imel"),
    ("earthquake-update", "rescue teams were searching", "indirect",
     ("Interior Minister Paulo Dranec", "Paulo Dranec"), "Paulo Dranec"),
    ("election-liveblog", "It's going to be a long night", "direct", "Maddox",
     "Dan Maddox"),
    ("election-liveblog", "she is not conceding", "indirect",
     ("Challenger Teresa Quinn", "Teresa Quinn"), "Teresa Quinn"),
    ("election-liveblog", "waiting for every vote", "direct", "Quinn", "Teresa Quinn"),
    ("election-liveblog", "turnout was about 48 percent", "indirect",
     ("County clerk Ann Pruitt", "Ann Pruitt"), "Ann Pruitt"),
    ("election-liveblog", "Polls have closed", None, None, None),
    ("product-review", "the battery lasts two days", "indirect", "Brightline", None),
    ("product-review", "the screen is brighter", "indirect", "The company", None),
    ("product-review", "We wanted a phone", "direct",
     ("Brightline's head of product, Nadia Sorensen", "Nadia Sorensen",
      "Brightline's head of product"), "Nadia Sorensen"),
    # a whole clause quoted after "as saying" is read as direct as well as mixed
    ("letter-editor", "nobody will be left stranded", None, "the transport chief", None),
    ("letter-editor", "it has consulted widely", "indirect", "The council", None),
    ("police-statement", "officers were called to Harbour Street", "indirect",
     ("Kestrel Bay police", "police"), None),
    ("police-statement", "This was a senseless act", "direct",
     ("Detective Inspector Grace Mwangi", "Grace Mwangi"), "Grace Mwangi"),
    ("police-statement", "We are keen to speak", "direct",
     ("Detective Inspector Grace Mwangi", "Grace Mwangi"), "Grace Mwangi"),
    ("police-statement", "The victim remains in hospital", "indirect", "police", None),
    ("press-release", "Dana Whitfield will become chief executive", "indirect",
     "Halcyon Robotics", None),
    ("press-release", "Dana is the right leader", "direct",
     ("Robert Tan, chairman of Halcyon's board", "Robert Tan"), "Robert Tan"),
    ("press-release", "I am honored to lead", "direct", "Whitfield", "Dana Whitfield"),
    ("press-release", "Our best work is ahead", "direct", "Whitfield", "Dana Whitfield"),
    ("press-release", "Halcyon Robotics builds warehouse robots", None, None, None),
    # a transcript's line, in no quote marks, is read as a statement of kind "indirect"
    ("speaker-transcript", "Because the ground was softer", None, "OKORO", None),
    ("speaker-transcript", "The inquiry will decide that", None, "OKORO", None),
    ("speaker-transcript", "why did the bridge take", None, None, None),
    ("long-quote", "When I arrived here in 1998", "direct", "Ashby", "Colin Ashby"),
    ("long-quote", "Today the roof is new", "direct", "Ashby", "Colin Ashby"),
    ("long-quote", "None of that was my doing", "direct", "Ashby", "Colin Ashby"),
    ("nested-single", "the minister had known about the contract", "indirect",
     ("The former aide Tom Reddick", "Tom Reddick"), "Tom Reddick"),
    ("nested-single", "Keep it quiet until after the vote", "direct", "Reddick",
     "Tom Reddick"),
    ("nested-single", "I never told anyone", "direct", "she", "Gail Forsyth"),
    ("british-single", "This is a kick in the teeth", "direct",
     ("Tom Ellery, president of the Upland Farmers\u2019 Union", "Tom Ellery"),
     "Tom Ellery"),
    ("british-single", "We remain committed", "direct",
     ("A Department for Rural Affairs spokesman", "spokesman"), None),
    ("british-single", "shameful", "mixed",
     ("Labour\u2019s rural affairs spokeswoman, Beth Carrow", "Beth Carrow"), "Beth Carrow"),
    ("wire-dateline", "Gunmen abducted at least 20", "indirect", "police", None),
    ("wire-dateline", "The attackers blocked the road", "indirect",
     ("police spokesman Ahmed Bello", "Ahmed Bello"), "Ahmed Bello"),
    ("wire-dateline", "Our men are in the forest", "direct", "he", "Ahmed Bello"),
    ("wire-dateline", "Kidnappings for ransom are common", "indirect", "residents", None),
    ("correction-note", "will close for six months", "indirect", "the city", None),
    ("correction-note", "the roof had leaked for years", "indirect",
     ("Library director Joan Beale", "Joan Beale"), "Joan Beale"),
    ("correction-note", "We've run out of buckets", "direct", "she", "Joan Beale"),
    ("correction-note", "misstated Joan Beale's title", None, None, None),
    ("editors-note", "We worked Saturdays", "direct",
     ("forklift driver Rui Costa", "Rui Costa"), "Rui Costa"),
    ("editors-note", "they were not paid overtime", "indirect",
     "Workers at the Tallis Mills bottling plant", None),
    ("editors-note", "it paid all workers", "indirect", "Tallis Mills", None),
    ("advert-junk", "had burned more than 4,000 acres", "indirect",
     ("The head of the Marsh Valley fire service, Chief Dale Ortega", "Chief Dale Ortega",
      "Dale Ortega"), "Dale Ortega"),
    ("advert-junk", "The wind is our biggest enemy", "direct", "Ortega", "Dale Ortega"),
    ("advert-junk", "Evacuation orders remain", "indirect", "officials", None),
    ("advert-junk", "Advertisement", None, None, None),
    ("victim-statement", "I lost my husband", "direct",
     ("the cyclist's widow, Helen Marsh", "Helen Marsh"), "Helen Marsh"),
    ("victim-statement", "a selfish and deadly choice", "mixed",
     ("Judge Anthony Birch", "Anthony Birch"), "Anthony Birch"),
    ("victim-statement", "his client was deeply remorseful", "indirect",
     "Doyle's barrister", None),
    ("awards-speech", "I want to thank my mother", "direct", "Haddad", "Noor Haddad"),
    ("awards-speech", "she had nearly turned the part down", "indirect", "she",
     "Noor Haddad"),
    ("awards-speech", "fearless", "mixed",
     ("The film's director, Paolo Ricci", "Paolo Ricci", "The film's director"),
     "Paolo Ricci"),
    ("awards-speech", "Salt Roads", None, None, None),
    ("f1-radio", "Get in there", "direct", "Ferrante", "Max Ferrante"),
    ("f1-radio", "he was frustrated by the team's call", "indirect",
     ("His teammate, Luca Brandt", "Luca Brandt"), "Luca Brandt"),
    ("f1-radio", "I don't understand the decision", "direct", "Brandt", "Luca Brandt"),
    ("f1-radio", "the strategy would be reviewed", "indirect",
     ("Team principal Ingrid Solberg", "Ingrid Solberg"), "Ingrid Solberg"),
    ("asked-whether", "focused on this job", "direct",
     ("Attorney General Rosa Delgado", "Rosa Delgado"), "Rosa Delgado"),
    ("asked-whether", "the first to know", "direct", "she", "Rosa Delgado"),
    ("asked-whether", "Delgado had no plans", "indirect",
     ("Her spokesman, Ken Alvarez", "Ken Alvarez"), "Ken Alvarez"),
    ("sec-filing", "it was cooperating fully", "indirect", "The company", None),
    ("sec-filing", "takes these matters very seriously", "mixed",
     ("An Orvex spokeswoman, Tara Lindqvist", "Tara Lindqvist"), "Tara Lindqvist"),
    ("tweeted", "he would vote against the spending bill", "indirect",
     ("Senator Mark Dunleavy", "Mark Dunleavy"), "Mark Dunleavy"),
    ("tweeted", "I was sent here to cut waste", "direct", "Dunleavy", "Mark Dunleavy"),
    ("tweeted", "she still expected the bill to pass", "indirect",
     ("Senate Majority Leader Patricia Owens", "Patricia Owens"), "Patricia Owens"),
    ("australian-premier", "the state could not afford both", "indirect",
     ("Mr Malouf", "Malouf"), "Chris Malouf"),
    ("australian-premier", "I'd rather have the hospitals", "direct", "he",
     "Chris Malouf"),
    ("australian-premier", "That's the choice", "direct", "he", "Chris Malouf"),
    ("australian-premier", "the Premier had broken an election promise", "indirect",
     ("Opposition Leader Kate Morrow", "Kate Morrow"), "Kate Morrow"),
    ("indian-sources", "extend the free ration scheme", "indirect", "sources", None),
    ("indian-sources", "a proposal had been sent", "indirect",
     ("A senior official in the food ministry", "A senior official"), None),
    ("indian-sources", "no decision had been taken yet", "indirect",
     ("Food Minister Anil Verma", "Anil Verma"), "Anil Verma"),
    ("indian-sources", "All options are on the table", "direct", "he", "Anil Verma"),
    ("restaurant-review", "People think it's the sauce", "direct", "she",
     "Lucia Moreno"),
    ("restaurant-review", "the menu will change with the seasons", "indirect", "Moreno",
     "Lucia Moreno"),
    ("dialogue-feature", "We missed the first one", "direct",
     ("the older sister, Janelle Brooks, 19", "Janelle Brooks", "the older sister"),
     "Janelle Brooks"),
    ("dialogue-feature", "somebody took forever", "direct",
     ("her sister, Kiara, 16", "Kiara", "her sister"), None),
    ("dialogue-feature", "I said I was sorry", "direct", "Janelle", "Janelle Brooks"),
    ("weather-office", "Heavy rain is expected", "indirect", "forecasters", None),
    ("weather-office", "Up to 80mm could fall", "indirect", "the office", None),
    ("weather-office", "Driving conditions will be dangerous", "direct",
     ("the office's chief forecaster, Neil Barraclough", "Neil Barraclough",
      "the office's chief forecaster"),
     "Neil Barraclough"),
    ("dutch-names", "will spend €2 billion", "indirect",
     ("its chief executive, Pieter van der Berg", "Pieter van der Berg"),
     "Pieter van der Berg"),
    ("dutch-names", "The North Sea is our new oil field", "direct", "Van der Berg",
     "Pieter van der Berg"),
    ("dutch-names", "the plan would harm a bird sanctuary", "indirect",
     ("Environmental group Zeewacht", "Zeewacht"), None),
    ("dutch-names", "a disaster for the terns", "mixed",
     ("Its director, Sanne de Wit", "Sanne de Wit", "Its director"), "Sanne de Wit"),
    ("spanish-names", "Now I fight for this town", "direct", "de la Cruz",
     ("Luis Alberto de la Cruz Jr.", "Luis Alberto de la Cruz")),
    ("spanish-names", "she would work with the new mayor", "indirect", "She",
     "María José Fernández-Ruiz"),
    # found on the first run, not written before it
    ("spanish-names", "His opponent", None, None, None),
    ("ellipsis-dash", "We want to open it at night", "direct", "Moss", "Helena Moss"),
    ("ellipsis-dash", "older than the city itself", "direct", "she", "Helena Moss"),
    ("ellipsis-dash", "they would vote on the plan", "indirect", "The trustees", None),
    ("laughs-transcript", "My mother still asks", "direct", "Malhotra", "Dev Malhotra"),
    ("laughs-transcript", "I tell her this is a real job", "direct", "Malhotra",
     "Dev Malhotra"),
    ("laughs-transcript", "the tour had been the hardest", "indirect", "He",
     "Dev Malhotra"),
    ("via-email", "These are painful choices", "direct",
     ("district spokeswoman Carla Nunes", "Carla Nunes"), "Carla Nunes"),
    ("via-email", "the union would fight the cuts", "indirect",
     ("Teachers union president Brian Kowal", "Brian Kowal"), "Brian Kowal"),
    ("via-email", "enrolment has fallen by 9 percent", "indirect",
     ("a statement from the district", "a statement"), None),
    ("indian-police", "The accused used to call the victims", "indirect",
     ("Deputy Commissioner of Police (South) Rajesh Kumar", "Rajesh Kumar"),
     "Rajesh Kumar"),
    ("indian-police", "We have recovered 12 mobile phones", "direct", "the DCP",
     "Rajesh Kumar"),
    ("irish-politics", "the Government will not raise the pension age", "indirect",
     ("The Taoiseach, Seán Ó Briain", "Seán Ó Briain"), "Seán Ó Briain"),
    ("irish-politics", "the matter was settled", "indirect", "Mr Ó Briain",
     "Seán Ó Briain"),
    ("irish-politics", "We gave our word", "direct", "he", "Seán Ó Briain"),
    ("irish-politics", "finally listened", "mixed",
     ("Sinn Féin's finance spokeswoman, Áine Ní Dhomhnaill", "Áine Ní Dhomhnaill"),
     "Áine Ní Dhomhnaill"),
    ("nigerian-alhaji", "Peace is not negotiable", "direct", "Danjuma", "Musa Danjuma"),
    ("nigerian-alhaji", "the closure would cost members", "indirect",
     ("The chairman of the traders' association, Chief Emeka Obi", "Chief Emeka Obi",
      "Emeka Obi"), "Emeka Obi"),
    ("headline-quote", "every shop in the town centre will reopen", "indirect",
     ("The mayor of Ashby Vale, Claire Dunmore", "Claire Dunmore"), "Claire Dunmore"),
    ("headline-quote", "we will do it quickly", "direct", "she", "Claire Dunmore"),
    ("headline-quote", "he had lost £30,000 of stock", "indirect",
     ("Shop owner Raj Patel", "Raj Patel"), "Raj Patel"),
    # before its cue the head of "a couple from ..." is the mention (as in
    # test_news_styles_8)
    ("couple-plural", "they will keep their jobs", "indirect",
     ("A couple from Lindale", "A couple"), None),
    ("couple-plural", "We like what we do", "direct",
     ("Gary and Denise Holt, who both work at the local hospital", "Gary and Denise Holt"),
     None),
    ("couple-plural", "use the money to pay off their mortgage", "indirect", "The couple",
     None),
    ("colon-paragraph", "You know who you are", "direct", "She", "Sarah O'Donnell"),
    ("colon-paragraph", "officers had searched 14 homes", "indirect",
     ("Detective Sergeant Kwame D'Souza-Adams", "Kwame D'Souza-Adams"),
     "Kwame D'Souza-Adams"),
    ("blog-post", "the company would stop selling user data", "indirect",
     ("The founder of the messaging app Chirp, Ola Brandvold", "Ola Brandvold"),
     "Ola Brandvold"),
    ("blog-post", "We got this wrong", "direct", "Brandvold", "Ola Brandvold"),
    ("blog-post", "Our users deserve better", "direct", "Brandvold", "Ola Brandvold"),
    ("blog-post", "regulators should still investigate", "indirect",
     ("Privacy advocate Jenna Liu", "Jenna Liu"), "Jenna Liu"),
    ("science-senior-author", "Octopuses may dream", "indirect",
     "a team of marine biologists", None),
    ("science-senior-author", "replaying their day", "direct",
     ("the paper's senior author, Professor Ines Halvorsen of the Bergen Marine Institute",
      "Professor Ines Halvorsen", "Ines Halvorsen", "the paper's senior author"),
     "Ines Halvorsen"),
    ("science-senior-author", "We should be careful", "direct",
     ("neuroscientist Dr. Paul Mbeki", "Dr. Paul Mbeki", "Paul Mbeki"), "Paul Mbeki"),
    ("red-cross", "Floodwaters have forced", "indirect", "aid agencies", None),
    ("red-cross", "the agency had set up 30 shelters", "indirect",
     ("Red Cross spokeswoman Anna Berg", "Anna Berg"), "Anna Berg"),
    ("red-cross", "The need is enormous", "direct", "she", "Anna Berg"),
    ("op-ed-quoting", "bring shoppers back downtown", "mixed", "he", None),
    ("op-ed-quoting", "Every parking space is a promise", "direct",
     ("the transit planner Omar Reyes", "Omar Reyes"), "Omar Reyes"),
    ("explains-present", "everyone is honest", "direct", "he", "Tomasz Wiśniewski"),
    ("explains-present", "Nobody pretends", "direct", "he", "Tomasz Wiśniewski"),
    ("explains-present", "the hardest nights are the ones", "indirect", "He",
     "Tomasz Wiśniewski"),
]

# expectations the library does not meet yet: (article, piece) -> the cause
NOT_YET: dict[tuple[str, str], str] = {
    # names the model-free annotator misses or mistypes (h37-ann's area)
    ("indian-police", "The accused used to call the victims"):
        "a bracketed district inside a title before a name ('said Deputy Commissioner of "
        "Police (South) Rajesh Kumar') ends the speaker, so the frame is not read",
}


test_attribution = attribution_test(ARTICLES, EXPECTED, NOT_YET)


def test_according_to_without_a_comma_inside_a_statement_tells_how():
    """ "X said the work was going according to plan": "according to" not set off by a
    comma after a cue's clause tells how, inside X's words, not whose words they are; set
    off, or with no clause of a cue before it, it still names the source."""
    text = ("Tallis Mills said in an email that it paid all workers according to their "
            "contracts.\n\nThe mayor said the work was going according to plan.\n\n"
            "Turnout rose by 4 points according to a count by the county clerk.\n\n"
            "Doe said the plan had failed, according to the Ledger.\n")
    found = {t: m for t, k, m, _ in quote_rows(text) if k == "indirect"}
    assert found == {
        "it paid all workers according to their contracts": "Tallis Mills",
        "the work was going according to plan": "The mayor",
        "Turnout rose by 4 points": "a count",
        "the plan had failed": "Doe"}, found  # the Ledger relays it: Quote.reported_by


def test_a_lower_case_word_runs_on_past_a_line_break():
    """ "said the blaze" / "Advertisement" / "had burned ...": an advertisement slot
    emptied in mid-sentence, or a wrapped line, leaves a lower-case word before the break
    and one after it; the sentence runs on, so its statement is whole.  A line that ends
    in a full stop, or a capital after the break, still ends it."""
    text = ("The head of the fire service, Chief Dale Ortega, said the blaze\n\n"
            "Advertisement\n\nhad burned 4,000 acres.\n\nObama, who called it a hate\n"
            "crime, said the law had failed.\n\nThe mayor said the roads were shut\n"
            "Evacuations continue.\n")
    found = {t: m for t, k, m, _ in quote_rows(text) if k == "indirect"}
    assert found == {
        "the blaze\n\n\n\nhad burned 4,000 acres": "Chief Dale Ortega",
        "the law had failed": "Obama",
        # "who called it a hate crime": a characterisation, the relative's (round 25)
        "it a hate\ncrime": "who",
        "the roads were shut": "The mayor"}, found


def test_a_name_in_capitals_answering_an_interviewer_speaks_in_a_transcript():
    """ "INTERVIEWER: ..." / "OKORO: ...": a label that answers an interviewer's and labels
    two turns speaks, though the story names nobody by it; the interviewer's lines and a
    label that answers no interviewer ("UPDATE:") are left alone."""
    text = ("INTERVIEWER: Why was it late?\n\nOKORO: The ground was soft.\n\n"
            "INTERVIEWER: Who is to blame?\n\nOKORO: The inquiry will decide.\n")
    assert [(t, m) for t, _, m, _ in quote_rows(text)] == [
        ("The ground was soft.", "OKORO"), ("The inquiry will decide.", "OKORO")]
    text = "UPDATE: The road is shut.\n\nNOTE: Trains run.\n\nUPDATE: It flooded.\n"
    assert quote_rows(text) == []


def test_a_time_after_an_inverting_cue_is_no_speaker():
    """ "The mayor, Jane Doe, said early on Tuesday that A", "X, Y, conceded late on
    Tuesday": the adjective after the cue tells when, so the words before it are no
    statement and "early" no speaker; "said many" still names a speaker."""
    text = ("The mayor, Jane Doe, said early on Tuesday that she would run.\n\n"
            "His opponent, Maria Ruiz, conceded late on Tuesday night.\n\n"
            "The plan would fail, said many.\n")
    assert [(t, m) for t, _, m, _ in quote_rows(text)] == [
        ("she would run", "Jane Doe"), ("The plan would fail", "many")], quote_rows(text)


def test_a_surname_names_the_person_whose_full_name_ends_in_jr():
    """ "Robert Hayes Jr. ... Hayes said": a generational suffix ends the full name, so
    the surname before it later names him; with "Robert Hayes" named first, "his father,
    Robert Hayes Sr." does not take the surname from him."""
    text = 'Robert Hayes Jr. was elected mayor.\n\n"Now I fight," Hayes said.\n'
    assert [n for _, _, _, n in quote_rows(text)] == ["Robert Hayes Jr."], quote_rows(text)
    text = ('Robert Hayes was elected mayor. His father, Robert Hayes Sr., watched.\n\n'
            '"Now I fight," Hayes said.\n')
    assert [n for _, _, _, n in quote_rows(text)] == ["Robert Hayes"], quote_rows(text)


def test_a_whole_sentence_after_as_x_told_me_is_direct():
    """ "As the planner Omar Reyes told me last year, “A.”", "As Doe said, “A.”": the frame
    leads in a whole quoted sentence, as "As X put it" does, so the quote is direct; a
    fragment after it stays mixed."""
    text = ('As the planner Omar Reyes told me last year, "Every space is a promise to a '
            'car."\n\nAs Jane Doe said, "We will be back."\n\nAs Jane Doe said, the city '
            'is "broke" and tired.\n')
    found = {t: (k, m) for t, k, m, _ in quote_rows(text)}
    assert found['"Every space is a promise to a car."'] == (
        "direct", "the planner Omar Reyes"), found
    assert found['"We will be back."'] == ("direct", "Jane Doe"), found
    assert found['"broke"'] == ("mixed", "Jane Doe"), found
