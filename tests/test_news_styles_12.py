"""News of styles the earlier style tests did not try (a magistrates' court with
"Prosecuting," and "Defending,", a sleep study with its lead author and an outside
specialist, a football manager's post-match quotes with a nickname, "he added" and "the
Scot", quarterly earnings with analysts' notes, a wire story with "(Reuters) -" and "as
expected", Indian, Nigerian, Australian, Irish and Kenyan English with their titles ("Union
Home Minister", "Comrade", "the Tánaiste", "Cabinet Secretary"), a statement issued
through a governor's press secretary, a live blog with GMT time stamps, a Q&A interview,
an obituary, a press release, a letter to the editor, a council transcript with British
labels ("MR FENTON:", "COUNCILLOR ASHE:"), British single quotes, nested quotes, horse
racing's "the young rider", golf's "the Englishman" and "the South Korean", a celebrity
"insider", a company blog post, a police appeal, a hospital's "Prof", a head teacher,
a rail strike, a film review, a planning committee, "quipped" and "retorted", a Met
Office warning, a manager known by a nickname in quote marks, "tells Variety", a judge's
ruling, "in a regulatory filing", "she continued", Chinese and Portuguese names,
"according to a spokesman for", an ellipsis inside a quote, "(AFP) -" and "told AFP"): a
ninth wave, h42-sty in the twenty-first round.

Every article here was written for the test, with invented people, places and outlets,
before the library was run on it, and is read by the model-free default path. Each
expected attribution is one case of ``findings.attribution_test``, whose docstring tells
the table's format.
"""

from findings import attribution_test, quote_rows

import quotetrack

ARTICLES: dict[str, str] = {
    "magistrates": (
        "A man who punched a bus driver in Corbridge has been jailed for 14 weeks.\n\n"
        "Darren Pilling, 37, of Ashgrove Road, admitted assault at Tynebury Magistrates' "
        "Court on Monday.\n\n"
        "Prosecuting, Helen Marsh told the court that Pilling had become angry when the "
        "driver asked him to pay his fare.\n\n"
        "Defending, Simon Oakes said his client was \"deeply ashamed\" and had written a "
        "letter of apology.\n\n"
        "Sentencing him, District Judge Paul Kerr said: 'Bus drivers are entitled to do "
        "their job without being attacked. You must go to prison.'\n"),
    "science-study": (
        "People who sleep fewer than six hours a night may age faster, a study suggests.\n\n"
        "Researchers at the University of Dunmore measured markers of ageing in the blood of "
        "4,000 adults.\n\n"
        "\"We were surprised by how strong the link was,\" said lead author Prof Anna "
        "Kowalczyk. \"Even one bad week showed up.\"\n\n"
        "Dr Samuel Achebe, a sleep specialist who was not involved in the study, said the "
        "findings were \"interesting but not conclusive\".\n\n"
        "\"People should not panic about a single night,\" he added.\n"),
    "football-postmatch": (
        "Ravenswood boss Mick \"Mad Dog\" Doherty hailed his side's spirit after they came "
        "from two goals down to draw 2-2 at Holbeck.\n\n"
        "\"The lads showed real character,\" Doherty said. \"At half-time I told them to "
        "go out and enjoy it.\"\n\n"
        "He added: \"We've got a young squad and days like this will stand to them.\"\n\n"
        "Holbeck manager Steve Greer was less happy. \"We switched off,\" the Scot said. "
        "\"You can't do that at this level.\"\n\n"
        "Greer added that striker Tom Blyth would miss the next match with a hamstring "
        "strain.\n"),
    "earnings": (
        "Shares in Calloway Foods rose 6% on Thursday after the grocer reported a jump in "
        "quarterly profit.\n\n"
        "Net income rose to $412 million, the company said in a statement.\n\n"
        "\"Our customers are coming back to the stores,\" Chief Executive Laura Benn said "
        "on a call with analysts.\n\n"
        "Analysts at Petrie & Co said in a note that the results were \"cleaner than "
        "expected\".\n\n"
        "Chief Financial Officer Raj Menon told analysts the company expected margins to "
        "improve in the second half.\n"),
    "wire-reuters": (
        "OSLO (Reuters) - Norway's central bank kept its key interest rate unchanged on "
        "Thursday, as expected, and said it would likely keep it there for some time.\n\n"
        "\"The policy rate will most likely remain at this level for a while,\" Governor "
        "Ida Wold said in a statement.\n\n"
        "Economists polled by Reuters had unanimously forecast the decision.\n\n"
        "\"They are sounding a bit more cautious than in March,\" said Knut Aas, chief "
        "economist at Fjord Bank.\n"),
    "indian-politics": (
        "NEW DELHI: Union Home Minister Rakesh Tiwari on Friday said the Centre would send "
        "additional forces to the border districts.\n\n"
        "\"The situation is under control. There is no need for panic,\" Mr. Tiwari told "
        "reporters after a meeting with senior officials.\n\n"
        "Congress leader Priya Menon alleged that the government had ignored warnings from "
        "the State.\n\n"
        "\"What was the intelligence doing?\" Ms. Menon asked.\n\n"
        "A senior official, who did not wish to be named, told The Hindu Courier that two "
        "more battalions would be deployed by Sunday.\n"),
    "nigerian-governor": (
        "The Governor of Ondara State, Mr. Babatunde Ajayi, has directed all civil "
        "servants to resume work on Monday.\n\n"
        "The governor, in a statement by his Chief Press Secretary, Mr. Tunde Olaniyan, on "
        "Sunday in Akure, said the directive was to restore normalcy.\n\n"
        "He said, \"Government business cannot continue to suffer because of the holiday "
        "extension.\"\n\n"
        "Reacting, the state chairman of the Nigeria Labour Congress, Comrade Ifeanyi Eze, "
        "said workers would comply.\n"),
    "australian-premier": (
        "The NSW Premier, Kate Rourke, says the state will not cover the cost of the "
        "failed stadium upgrade.\n\n"
        "'Taxpayers should not be footing the bill for someone else's mistakes,' Ms Rourke "
        "told reporters in Parramatta on Tuesday.\n\n"
        "Opposition Leader Dom Castellano said the Premier was 'running for cover'.\n\n"
        "'She signed the contract,' Mr Castellano told 2GB. 'She owns this.'\n"),
    "irish-dail": (
        "The Tánaiste, Ciarán Mac Aodha, has said he is 'confident' a deal on housing can "
        "be reached before the summer recess.\n\n"
        "Speaking to reporters in Dublin, Mr Mac Aodha said: 'Nobody wants an election "
        "over this.'\n\n"
        "Labour TD Siobhán Ní Chonaill said the Government had 'lost control' of the "
        "housing crisis.\n\n"
        "'People are sleeping in cars,' Ms Ní Chonaill told the Dáil.\n"),
    "live-blog": (
        "14:02 GMT\n"
        "The health secretary, Owen Hartley, has arrived at Downing Street.\n\n"
        "14:10 GMT\n"
        "Asked whether he would resign, Hartley said: \"Not today.\"\n\n"
        "14:25 GMT\n"
        "Our political editor, Jess Morland, says the mood inside the building is tense. "
        "\"Nobody I have spoken to thinks this ends well for him,\" she writes.\n\n"
        "14:40 GMT\n"
        "Labour's Nadia Price says the public deserves answers.\n"),
    "qa-interview": (
        "Marta Silva has run the Harbour Street food bank for a decade. We spoke to her "
        "about the winter ahead.\n\n"
        "Q: How busy are you?\n\n"
        "A: Busier than ever. We fed 900 families last month.\n\n"
        "Q: Who is coming in?\n\n"
        "A: Working people. Nurses, drivers, people with two jobs.\n\n"
        "Q: What do you need most?\n\n"
        "A: Volunteers on Saturdays, and tinned fish.\n"),
    "obituary": (
        "Eleanor Voss, who ran the Corbin Street bakery for half a century, has died. She "
        "was 91.\n\n"
        "Her son, Peter Voss, said she died peacefully at home on Sunday.\n\n"
        "\"She was up at four every morning until she was 80,\" he said. \"She never "
        "missed a day.\"\n\n"
        "Mrs Voss opened the bakery with her late husband, Karl, in 1958.\n\n"
        "A longtime customer, Rita Holm, said the town had lost \"its heart\".\n"),
    "press-release": (
        "FOR IMMEDIATE RELEASE\n\n"
        "Quarry Lane Hospice Opens New Family Wing\n\n"
        "CASTLEFORD, March 3 — Quarry Lane Hospice today opened a new wing for families "
        "of patients.\n\n"
        "\"Families have told us for years that they need somewhere to rest,\" said Dr. "
        "Helen Birch, medical director of Quarry Lane Hospice. \"Now they have it.\"\n\n"
        "The wing was funded by the Arden Trust. \"We are proud to support this work,\" "
        "said Colin Webb, chair of the Arden Trust.\n\n"
        "Media contact: Sarah Lyle, 555-0142\n"),
    "letter-editor": (
        "Sir, — Your report on the closure of Millbrook library (March 2) quoted the "
        "council leader, Cllr Dennis Frame, as saying the building was \"no longer fit for "
        "purpose\".\n\n"
        "I have used that library every week for 40 years. It is warm, it is busy and it is "
        "the only place in the village with free internet.\n\n"
        "If Cllr Frame thinks it is unfit, I invite him to visit on a Tuesday morning.\n\n"
        "Yours, etc,\n"
        "MARGARET COYLE,\n"
        "Millbrook.\n"),
    "speaker-transcript": (
        "The following is a transcript of the council's public question time.\n\n"
        "CHAIR: The next question is from Mr Fenton.\n\n"
        "MR FENTON: When will the potholes on Mill Lane be fixed?\n\n"
        "COUNCILLOR ASHE: The work is scheduled for April.\n\n"
        "MR FENTON: That is what you said last year.\n\n"
        "CHAIR: Thank you. Next question.\n"),
    "british-single": (
        "Shoppers in Whitby have been warned to expect delays as roadworks begin on the "
        "high street.\n\n"
        "Cllr Tom Varley said the work was 'long overdue'.\n\n"
        "'The drains have been failing for years. We had no choice,' he said.\n\n"
        "Shop owner Beth Carr said trade had already fallen. 'People just go to the retail "
        "park instead,' she said.\n"),
    "nested-quotes": (
        "The coach recalled the moment he knew the season was over.\n\n"
        "\"My captain came up to me and said, 'Boss, we've got nothing left,'\" said Ray "
        "Dunmore. \"And he was right.\"\n\n"
        "Dunmore said the players had been \"running on empty\" since January.\n\n"
        "His assistant, Lee Park, said: \"Ray always says, 'Never blame the lads.' He won't "
        "start now.\"\n"),
    "horse-racing": (
        "Silver Harp won the Gold Cup by three lengths on Friday, giving trainer Nora "
        "Keane her first win in the race.\n\n"
        "\"I'm speechless,\" said Keane, who trains just 20 horses in County Kildare. "
        "\"She's the horse of a lifetime.\"\n\n"
        "Jockey Danny Rourke, 23, said the mare had \"travelled like a dream\".\n\n"
        "\"I just sat still and let her do it,\" the young rider added.\n"),
    "golf": (
        "Tommy Ashworth shot a final-round 66 to win the Lakeside Open by two strokes on "
        "Sunday.\n\n"
        "\"To win here, where my dad used to bring me as a kid, means everything,\" the "
        "Englishman said.\n\n"
        "Overnight leader Jae-won Park faded to a 74. \"I just couldn't make a putt,\" the "
        "South Korean said.\n"),
    "celebrity-source": (
        "Pop star Kenzie Rae and actor Jordan Hale have quietly split after two years "
        "together, a source has claimed.\n\n"
        "\"They've been living separate lives for months,\" the insider told the Daily "
        "Post. \"It's very amicable.\"\n\n"
        "A representative for Rae declined to comment.\n\n"
        "Hale, 29, was spotted alone at a party in London last week.\n"),
    "tech-blog": (
        "Lumen, the messaging app, will stop supporting older phones from June, the "
        "company said in a blog post on Wednesday.\n\n"
        "\"Keeping old devices secure has become too costly,\" wrote Ben Ortiz, Lumen's "
        "head of engineering.\n\n"
        "Users on older phones will see a warning from next month, the post said.\n\n"
        "Digital rights group OpenLine called the move \"a tax on the poor\".\n"),
    "police-appeal": (
        "Police are appealing for witnesses after a cyclist was seriously hurt in a "
        "collision in Hexley on Saturday.\n\n"
        "Det Sgt Amir Patel of the serious collisions unit said: \"We know the road was "
        "busy at the time and we believe a number of people saw what happened.\"\n\n"
        "He urged anyone with dashcam footage to come forward.\n\n"
        "The cyclist, a 52-year-old man, remains in hospital.\n"),
    "health-nhs": (
        "Waiting lists at Brackley General Hospital have fallen for the first time in "
        "three years.\n\n"
        "Prof Martin Hale, the hospital's chief executive, said staff had worked "
        "\"incredibly hard\" to clear the backlog.\n\n"
        "\"There is still a long way to go,\" he said. \"But this is real progress.\"\n\n"
        "Unison regional organiser Gemma Flint said nurses were \"exhausted\".\n"),
    "school-head": (
        "A primary school in Pendle has been rated outstanding by inspectors for the first "
        "time.\n\n"
        "Headteacher Claire Dunn said she was \"thrilled\" for the pupils and staff.\n\n"
        "\"Our children work so hard,\" Mrs Dunn said. \"This is their report as much as "
        "ours.\"\n\n"
        "Inspectors said pupils were \"kind, curious and confident\".\n"),
    "strike-transport": (
        "Train drivers on the Northway network will strike for 48 hours next week, their "
        "union has announced.\n\n"
        "Aslef organiser Phil Cray said drivers had been \"left with no option\".\n\n"
        "A spokesperson for Northway said: \"We are disappointed that the union has chosen "
        "to strike while talks are ongoing.\"\n\n"
        "Passengers have been told to check before they travel.\n"),
    "film-review": (
        "There is a moment in The Long Field when the farmer, played by Ruth Adair, looks "
        "at her son and says, \"You were never going to stay.\" It is the best line in an "
        "uneven film.\n\n"
        "Director Omar Haddad told me last year that he wanted the film to feel \"like a "
        "memory\". It does, mostly.\n"),
    "council-cllr": (
        "Plans for 300 homes on the edge of Stanbury have been approved despite strong "
        "objections.\n\n"
        "Cllr Jean Moss, who represents the ward, told the planning committee: \"The roads "
        "cannot cope as it is.\"\n\n"
        "The developer's agent, Mark Tilley, said the scheme would provide 90 affordable "
        "homes.\n\n"
        "Committee chair Cllr Robert Dyer said the council had \"no grounds to refuse\".\n"),
    "quipped-verbs": (
        "The mayor opened the new bridge on Saturday, three years late.\n\n"
        "\"Better late than never,\" quipped Mayor Linda Ross as she cut the ribbon.\n\n"
        "Local businessman Harry Quinn was less forgiving. \"Three years of traffic jams,\" "
        "he grumbled. \"Who pays for that?\"\n\n"
        "Ross retorted that the delays were caused by the contractor.\n"),
    "kenyan-cs": (
        "NAIROBI — Agriculture Cabinet Secretary Mary Wanjiku has assured farmers that "
        "fertiliser prices will drop by next month.\n\n"
        "Speaking in Nakuru on Saturday, Ms Wanjiku said the government had secured a new "
        "supply from overseas.\n\n"
        "\"We will not let our farmers suffer,\" she said.\n\n"
        "However, farmers' leader Kipchumba Rotich said the promise had been made before.\n"),
    "weather-met": (
        "The Met Office has issued an amber warning for snow across northern Scotland.\n\n"
        "Chief meteorologist Dan Suri-Walker said up to 20cm could fall on higher ground.\n\n"
        "\"Travel could be very difficult on Thursday morning,\" he said.\n\n"
        "Transport Scotland said gritters would be out overnight.\n"),

    "nickname-frame": (
        "Ravenswood drew 2-2 at Holbeck on Saturday.\n\n"
        "\"We were brilliant in the second half,\" said Mick \"Mad Dog\" Doherty, the "
        "Ravenswood manager.\n\n"
        "Asked about his future, Doherty said: \"I'm going nowhere.\"\n\n"
        "\"He's the heart of this club,\" captain Lee Barnes said of his manager.\n"),
    "variety-interview": (
        "Actress Dana Whitfield says she almost turned down her breakout role.\n\n"
        "\"I thought the script was too dark,\" Whitfield tells Variety in an interview "
        "published Tuesday. \"My agent talked me into it.\"\n\n"
        "The film's director, Paolo Ricci, told Variety he had written the part for her.\n"),
    "us-court-ruling": (
        "A federal judge on Friday blocked a Texas law that would have required warning "
        "labels on plant-based milk.\n\n"
        "U.S. District Judge Carla Nuñez wrote in a 40-page ruling that the law \"compels "
        "speech the state cannot justify.\"\n\n"
        "Assistant Attorney General Ben Tate argued that consumers were being misled.\n\n"
        "\"We will appeal,\" a spokeswoman for the attorney general's office said.\n"),
    "filing-sources": (
        "Harlow Motors is exploring a sale of its truck unit, people familiar with the "
        "matter said.\n\n"
        "The company said in a regulatory filing on Monday that it had hired advisers to "
        "review \"strategic options\".\n\n"
        "A Harlow spokesman declined to comment.\n"),
    "continued-went-on": (
        "Mayor Rosa Delgado spoke for nearly an hour on Tuesday.\n\n"
        "\"This city has been through a lot,\" she began. \"But we are still here.\"\n\n"
        "\"We have fixed the buses,\" she continued. \"Next we fix the schools.\"\n\n"
        "She went on to say that taxes would not rise.\n"),
    "chinese-names": (
        "BEIJING — Foreign Minister Wang Yi said on Monday that China was ready to host "
        "new talks.\n\n"
        "\"Dialogue is the only way forward,\" Wang told reporters.\n\n"
        "Zhang Wei, a professor at Peking University, said the offer was \"significant\".\n"),
    "portuguese-names": (
        "LISBON — João Pereira, the finance minister, said the budget would balance by "
        "2027.\n\n"
        "\"We have done the hard work,\" Pereira said.\n\n"
        "María José García, an economist at Banco Ibérico, called the target "
        "\"ambitious\".\n"),
    "according-spokesman": (
        "The museum will close for six months for repairs, according to a spokesman for "
        "the city council.\n\n"
        "Director Helen Ashby said the roof had been leaking for years.\n\n"
        "\"We had buckets in the gallery,\" she said. \"It was embarrassing.\"\n"),
    "ellipsis-quote": (
        "Coach Terry Vance did not hide his frustration.\n\n"
        "\"We had chances ... we just didn't take them,\" Vance said. \"That's football.\"\n\n"
        "Defender Kyle Marsh agreed. \"We were sloppy,\" he said.\n"),
    "afp-wire": (
        "PARIS (AFP) - French farmers blocked roads around Paris on Monday to protest "
        "against cheap imports.\n\n"
        "\"We are dying,\" Jean-Luc Moreau, a cereal farmer from the Beauce region, told "
        "AFP.\n\n"
        "Agriculture Minister Claire Dubois said she would meet union leaders on "
        "Wednesday.\n"),
}

EXPECTED: list[tuple] = [
    ("magistrates", "Pilling had become angry", "indirect", "Helen Marsh", "Helen Marsh"),
    ("magistrates", "deeply ashamed", "mixed", "Simon Oakes", "Simon Oakes"),
    ("magistrates", "Bus drivers are entitled", "direct", None, "Paul Kerr"),
    ("science-study", "We were surprised", "direct", None, "Anna Kowalczyk"),
    ("science-study", "Even one bad week", "direct", None, "Anna Kowalczyk"),
    ("science-study", "interesting but not conclusive", "mixed", None, "Samuel Achebe"),
    ("science-study", "People should not panic", "direct", "he", "Samuel Achebe"),
    ("football-postmatch", "The lads showed real character", "direct", "Doherty", None),
    ("football-postmatch", "We've got a young squad", "direct", "He", None),
    ("football-postmatch", "We switched off", "direct", None, "Steve Greer"),
    ("football-postmatch", "You can't do that", "direct", None, "Steve Greer"),
    ("football-postmatch", "striker Tom Blyth would miss", "indirect", "Greer", "Steve Greer"),
    ("earnings", "Net income rose", "indirect", "the company", None),
    ("earnings", "Our customers are coming back", "direct", None, "Laura Benn"),
    ("earnings", "cleaner than", "mixed", None, None),
    ("earnings", "expected margins to improve", "indirect", None, "Raj Menon"),
    ("wire-reuters", "it would likely keep it there", "indirect", "Norway's central bank",
     "Norway's central bank"),
    ("wire-reuters", "The policy rate will", "direct", None, "Ida Wold"),
    ("wire-reuters", "They are sounding", "direct", None, "Knut Aas"),
    ("indian-politics", "the Centre would send", "indirect", None, "Rakesh Tiwari"),
    ("indian-politics", "The situation is under control", "direct", None, "Rakesh Tiwari"),
    ("indian-politics", "the government had ignored", "indirect", None, "Priya Menon"),
    ("indian-politics", "What was the intelligence doing", "direct", None, "Priya Menon"),
    ("indian-politics", "two more battalions", "indirect", None, None),
    ("nigerian-governor", "the directive was to restore", "indirect", None,
     "Babatunde Ajayi"),
    ("nigerian-governor", "Government business cannot", "direct", "He", "Babatunde Ajayi"),
    ("nigerian-governor", "workers would comply", "indirect", None, "Ifeanyi Eze"),
    ("australian-premier", "the state will not cover", "indirect", None, "Kate Rourke"),
    ("australian-premier", "Taxpayers should not be", "direct", None, "Kate Rourke"),
    ("australian-premier", "running for cover", "mixed", None, "Dom Castellano"),
    ("australian-premier", "She signed the contract", "direct", None, "Dom Castellano"),
    ("australian-premier", "She owns this", "direct", None, "Dom Castellano"),
    ("irish-dail", "confident", "mixed", None, "Ciarán Mac Aodha"),
    ("irish-dail", "Nobody wants an election", "direct", None, "Ciarán Mac Aodha"),
    ("irish-dail", "lost control", "mixed", None, "Siobhán Ní Chonaill"),
    ("irish-dail", "People are sleeping in cars", "direct", None, "Siobhán Ní Chonaill"),
    ("live-blog", "Not today", "direct", None, "Owen Hartley"),
    ("live-blog", "the mood inside the building", "indirect", None, "Jess Morland"),
    ("live-blog", "Nobody I have spoken to", "direct", "she", "Jess Morland"),
    ("live-blog", "the public deserves answers", "indirect", None, "Nadia Price"),
    # the answers are the subject's, the one the introduction names (h62-qa, thirtieth
    # round: they were no one's)
    ("qa-interview", "We fed 900 families", "indirect", "A", "Marta Silva"),
    ("obituary", "she died peacefully", "indirect", None, "Peter Voss"),
    ("obituary", "She was up at four", "direct", "he", "Peter Voss"),
    ("obituary", "its heart", "mixed", None, "Rita Holm"),
    ("press-release", "Families have told us", "direct", None, "Helen Birch"),
    ("press-release", "Now they have it", "direct", None, "Helen Birch"),
    ("press-release", "We are proud to support", "direct", None, "Colin Webb"),
    ("letter-editor", "no longer fit for", "mixed", None, "Dennis Frame"),
    # British labels without the honorific's point: each line its label's
    ("speaker-transcript", "The work is scheduled for April", "indirect", "COUNCILLOR ASHE",
     None),
    ("speaker-transcript", "That is what you said last year", "indirect", "MR FENTON",
     "Fenton"),
    ("british-single", "long overdue", "mixed", None, "Tom Varley"),
    ("british-single", "The drains have been failing", "direct", "he", "Tom Varley"),
    ("british-single", "trade had already fallen", "indirect", None, "Beth Carr"),
    ("british-single", "People just go to the retail", "direct", "she", "Beth Carr"),
    ("nested-quotes", "My captain came up to me", "direct", None, "Ray Dunmore"),
    ("nested-quotes", "And he was right", "direct", None, "Ray Dunmore"),
    ("nested-quotes", "running on empty", "mixed", None, "Ray Dunmore"),
    ("nested-quotes", "Ray always says", "direct", None, "Lee Park"),
    ("horse-racing", "I'm speechless", "direct", None, "Nora Keane"),
    ("horse-racing", "She's the horse of a lifetime", "direct", None, "Nora Keane"),
    ("horse-racing", "travelled like a dream", "mixed", None, "Danny Rourke"),
    ("horse-racing", "I just sat still", "direct", None, "Danny Rourke"),
    ("golf", "To win here", "direct", None, "Tommy Ashworth"),
    ("golf", "I just couldn't make a putt", "direct", None, "Jae-won Park"),
    ("celebrity-source", "They've been living separate", "direct", None, None),
    ("celebrity-source", "It's very amicable", "direct", None, None),
    ("tech-blog", "will stop supporting older phones", "indirect", "the company", None),
    ("tech-blog", "Keeping old devices secure", "direct", None, "Ben Ortiz"),
    ("tech-blog", "a tax on the poor", "mixed", None, "OpenLine"),
    ("police-appeal", "We know the road was busy", "direct", None, "Amir Patel"),
    ("health-nhs", "incredibly hard", "mixed", None, "Martin Hale"),
    ("health-nhs", "There is still a long way", "direct", "he", "Martin Hale"),
    ("health-nhs", "exhausted", "mixed", None, "Gemma Flint"),
    ("school-head", "thrilled", "mixed", None, "Claire Dunn"),
    ("school-head", "Our children work so hard", "direct", None, "Claire Dunn"),
    ("school-head", "kind, curious and confident", "mixed", "Inspectors", None),
    ("strike-transport", "left with no option", "mixed", None, "Phil Cray"),
    ("strike-transport", "We are disappointed", "direct", "A spokesperson for Northway", None),
    ("film-review", "You were never going to stay", "direct", None, None),
    ("film-review", "like a memory", "mixed", None, "Omar Haddad"),
    ("council-cllr", "The roads cannot cope", "direct", None, "Jean Moss"),
    ("council-cllr", "the scheme would provide", "indirect", None, "Mark Tilley"),
    ("council-cllr", "no grounds to refuse", "mixed", None, "Robert Dyer"),
    ("quipped-verbs", "Better late than never", "direct", None, "Linda Ross"),
    ("quipped-verbs", "Three years of traffic jams", "direct", "he", "Harry Quinn"),
    ("quipped-verbs", "Who pays for that", "direct", None, "Harry Quinn"),
    ("quipped-verbs", "the delays were caused", "indirect", "Ross", "Linda Ross"),
    ("kenyan-cs", "fertiliser prices will drop", "indirect", None, "Mary Wanjiku"),
    ("kenyan-cs", "the government had secured", "indirect", None, "Mary Wanjiku"),
    ("kenyan-cs", "We will not let our farmers", "direct", "she", "Mary Wanjiku"),
    ("kenyan-cs", "the promise had been made", "indirect", None, "Kipchumba Rotich"),
    ("weather-met", "up to 20cm could fall", "indirect", None, "Dan Suri-Walker"),
    ("weather-met", "Travel could be very difficult", "direct", "he", "Dan Suri-Walker"),
    ("weather-met", "gritters would be out", "indirect", "Transport Scotland", None),
    # a nickname in quote marks inside a name is part of the name, no quote
    ("nickname-frame", "We were brilliant", "direct", None, 'Mick "Mad Dog" Doherty'),
    ("nickname-frame", "Mad Dog", None, None, None),
    ("nickname-frame", "I'm going nowhere", "direct", "Doherty", 'Mick "Mad Dog" Doherty'),
    ("nickname-frame", "He's the heart", "direct", None, "Lee Barnes"),
    ("variety-interview", "she almost turned down", "indirect", None, "Dana Whitfield"),
    ("variety-interview", "I thought the script", "direct", None, "Dana Whitfield"),
    ("variety-interview", "My agent talked me", "direct", None, "Dana Whitfield"),
    ("variety-interview", "he had written the part", "indirect", None, "Paolo Ricci"),
    ("us-court-ruling", "compels", "mixed", None, "Carla Nuñez"),
    ("us-court-ruling", "consumers were being misled", "indirect", None, "Ben Tate"),
    ("us-court-ruling", "We will appeal", "direct", None, None),
    ("filing-sources", "exploring a sale", "indirect", ("people familiar with the matter",
                                                        "people"), None),
    # "in a regulatory filing" is a noun phrase: the statement is the mixed quote's
    ("filing-sources", "strategic options", "mixed", "The company", "Harlow Motors"),
    ("continued-went-on", "This city has been", "direct", "she", "Rosa Delgado"),
    ("continued-went-on", "But we are still here", "direct", None, "Rosa Delgado"),
    ("continued-went-on", "We have fixed the buses", "direct", "she", "Rosa Delgado"),
    ("continued-went-on", "Next we fix the schools", "direct", None, "Rosa Delgado"),
    ("continued-went-on", "taxes would not rise", "indirect", None, "Rosa Delgado"),
    ("chinese-names", "China was ready", "indirect", None, "Wang Yi"),
    ("chinese-names", "Dialogue is the only way", "direct", None, "Wang Yi"),
    ("chinese-names", "significant", "mixed", None, "Zhang Wei"),
    ("portuguese-names", "the budget would balance", "indirect", None, "João Pereira"),
    ("portuguese-names", "We have done the hard work", "direct", None, "João Pereira"),
    ("portuguese-names", "ambitious", "mixed", None, "María José García"),
    ("according-spokesman", "The museum will close", "indirect", None, None),
    ("according-spokesman", "the roof had been leaking", "indirect", None, "Helen Ashby"),
    ("according-spokesman", "We had buckets", "direct", "she", "Helen Ashby"),
    ("ellipsis-quote", "We had chances", "direct", None, "Terry Vance"),
    ("ellipsis-quote", "That's football", "direct", None, "Terry Vance"),
    ("ellipsis-quote", "We were sloppy", "direct", "he", "Kyle Marsh"),
    ("afp-wire", "We are dying", "direct", None, "Jean-Luc Moreau"),
    ("afp-wire", "she would meet union leaders", "indirect", None, "Claire Dubois"),
]

# expectations the library does not meet yet: (article, piece) -> the cause
NOT_YET: dict[tuple[str, str], str] = {
    ("nigerian-governor", "Government business cannot"):
        "'He said' after 'The governor, in a statement by his aide, X, said A' takes the "
        "aide, the latest man named, not the governor whose statement it goes on with",
    ("live-blog", "the public deserves answers"):
        "'the public' before a verb in -s is read as an adjective and its verb as a noun",
}


test_attribution = attribution_test(ARTICLES, EXPECTED, NOT_YET)


def _speakers(text: str) -> list[tuple[str, str | None]]:
    """(kind, speaker name) of each quote found, in order."""
    return [(kind, name) for _, kind, _, name in quote_rows(text)]


def test_lead_before_a_role_modifies_it():
    """ "said lead author Anna Roe", "Lead prosecutor Jo Doe said", "said lead singer":
    "lead" before a bare singular role is no verb, so the quote and its speaker stand;
    "lead the talks" and "lead investigators to" stay verbs inside their statements."""
    text = ('The study came out on Monday. "We were surprised," said lead author Anna '
            "Kowalczyk.\n\nLead prosecutor Helen Marsh said the case was strong.\n\n"
            '"It was loud," said lead singer Tom Kerr.\n')
    assert quote_rows(text) == [
        ('"We were surprised,"', "direct", "lead author Anna Kowalczyk", "Anna Kowalczyk"),
        ("the case was strong", "indirect", "Lead prosecutor Helen Marsh", "Helen Marsh"),
        ('"It was loud,"', "direct", "lead singer Tom Kerr", "Tom Kerr")], quote_rows(text)
    near = ("The talks opened on Monday. Ann Roe said she would lead the talks. Tom Lee "
            "said he would lead investigators to the body.\n")
    assert [t for t, _, _, _ in quote_rows(near)] == [
        "she would lead the talks", "he would lead investigators to the body"], \
        quote_rows(near)


def test_a_nationality_noun_after_a_quote_is_the_person_named_before():
    """ "the Scot said", "the Englishman said", "the South Korean said", "the New
    Zealander said": a nationality noun or a nationality of two words after a quote is the
    person the story just named, no person called "Scot"; "Scot Ross" and "Brit Hume",
    given names, still open a name."""
    text = ('Steve Greer was unhappy. "We switched off," the Scot said.\n\n'
            'Tommy Ashworth won by two. "It means everything," the Englishman said.\n\n'
            'Overnight leader Jae-won Park faded. "I could not putt," the South Korean said.\n\n'
            'Tom Blake was third. "It was hard," the New Zealander said.\n')
    assert [n for _, n in _speakers(text)] == [
        "Steve Greer", "Tommy Ashworth", "Jae-won Park", "Tom Blake"], quote_rows(text)
    near = ('Scot Ross said the pipes were new. "They are new," the Scot said. Brit Hume '
            "said it was late.\n")
    assert [n for _, n in _speakers(near)] == ["Scot Ross", "Scot Ross", "Brit Hume"], \
        quote_rows(near)


def test_a_korean_given_name_before_its_surname_is_a_name():
    """ "Overnight leader Jae-won Park", "Min-jun Lee": a hyphenated Korean given name
    before a surname (one that is a word too: "Park") is a person's name, after a role
    too, as "Park Ji-hoon" already was."""
    text = ("The round ended late. Overnight leader Jae-won Park said he was tired. Then "
            "Min-jun Lee said he was not.\n")
    assert [n for _, n in _speakers(text)] == ["Jae-won Park", "Min-jun Lee"], quote_rows(text)


def test_a_given_name_before_a_town_s_name_is_a_person():
    """ "Gemma Flint", "Nadia Hull": a given name of the full list before a surname that is
    a town's name too is a person, not the town; officials "in Flint" are still in it."""
    text = ("Nurses met on Monday. Gemma Flint said nurses were exhausted. Nadia Hull said "
            "they were not.\n")
    assert [n for _, n in _speakers(text)] == ["Gemma Flint", "Nadia Hull"], quote_rows(text)
    near = "Water in Flint is safe again. Officials in Flint said the pipes were new.\n"
    assert [n for _, n in _speakers(near)] == ["Officials in Flint"], quote_rows(near)


def test_british_transcript_labels_without_a_point():
    """ "MR FENTON:", "MRS DALE:", "CLLR ASHE:", "COUNCILLOR ASHE:": a British honorific
    without its point, or a councillor's title, opens a transcript label as "MR." does;
    one such line alone is no transcript."""
    text = ("The transcript follows.\n\nMRS DALE: When will the road be fixed?\n\n"
            "CLLR ASHE: In April.\n\nMRS DALE: You said that last year.\n")
    rows = quote_rows(text)
    assert [(t, m) for t, _, m, _ in rows] == [
        ("When will the road be fixed?", "MRS DALE"), ("In April.", "CLLR ASHE"),
        ("You said that last year.", "MRS DALE")], rows
    assert quote_rows("MR SMITH: I object to the plan.\n") == []


def test_a_statement_through_an_aide_is_the_subject_s():
    """ "The governor, in a statement by his Chief Press Secretary, Mr. X, said A",
    "Ajayi, who spoke through his spokesman, X, said A": the words are the governor's, not
    the aide named in apposition inside the set-off phrase; a name set off after the
    sentence's own subject still speaks ("The mayor's aide, Jane Doe, said")."""
    lead = "Babatunde Ajayi is the governor of Ondara State. "
    for frame in ("The governor, in a statement by his Chief Press Secretary, Mr. Tunde "
                  "Olaniyan, on Sunday in Akure, said",
                  "Ajayi, in a statement signed by his spokesman, Tunde Olaniyan, said",
                  "The governor, who spoke through his spokesman, Tunde Olaniyan, said"):
        rows = quote_rows(lead + frame + " offices would reopen.\n")
        assert [(t, n) for t, _, _, n in rows] == [
            ("offices would reopen", "Babatunde Ajayi")], rows
    near = quote_rows(lead + "The mayor's aide, Jane Doe, said offices would reopen.\n")
    assert [n for _, _, _, n in near] == ["Jane Doe"], near


def test_assured_reports_the_clause_after_the_one_assured():
    """ "has assured farmers that A", "assured that A": "assure" reports a statement now,
    not only a quote; its object alone is no statement ("assured the crowd"), nor is what
    something assures someone of ("wins assure her of 318 delegates")."""
    text = ("Prices rose again. Mary Wanjiku has assured farmers that prices will drop. "
            "Tom Kerr assured that the shops would open.\n")
    rows = quote_rows(text)
    assert [(k, n) for _, k, _, n in rows] == [
        ("indirect", "Mary Wanjiku"), ("indirect", "Tom Kerr")], rows
    assert rows[0][0].endswith("prices will drop") and rows[1][0] == \
        "the shops would open", rows
    near = ('The rally ended. "It is fine," Dan Levell assured the crowd. Her wins assure '
            "her of at least 318 delegates. Rest assured, the shops will open.\n")
    assert [(t, k) for t, k, _, _ in quote_rows(near)] == [('"It is fine,"', "direct")], \
        quote_rows(near)


def test_comrade_and_engr_are_titles():
    """ "Comrade Ifeanyi Eze", "Engr. Musa Bello" (Nigerian news): titles before the name,
    no part of it."""
    text = ("The strike ended. Comrade Ifeanyi Eze said workers would comply. "
            "Engr. Musa Bello said the bridge was safe.\n")
    assert [n for _, n in _speakers(text)] == ["Ifeanyi Eze", "Musa Bello"], quote_rows(text)


def test_the_young_rider_is_the_person_named_before():
    """ "the young rider", "the teenage striker": youth before a noun describes the person
    the story named, as an age does; not when the story brought in "a young rider" of its
    own."""
    lead = "Jockey Danny Rourke, 23, rode the mare. "
    for frame in ("the young rider added", "the teenage striker said"):
        rows = quote_rows(lead + '"I just sat still," ' + frame + ".\n")
        assert [n for _, _, _, n in rows] == ["Danny Rourke"], rows
    near = quote_rows(lead + 'A young rider fell. "I am fine," the young rider said.\n')
    assert [n for _, _, _, n in near] != ["Danny Rourke"], near


def test_a_subjectless_as_expected_frames_no_statement():
    """ "The bank held rates, as expected, and said A": no one is said to have expected
    anything, so the clause before it is no statement ("as" spoke it before); the bank's
    statement after "and said" stands, and "as analysts had expected" still credits the
    analysts."""
    text = ("Rates were in focus. Norway's central bank kept its rate unchanged on Thursday, "
            "as expected, and said it would wait. The bank raised rates, as predicted.\n")
    rows = quote_rows(text)
    assert [(t, m) for t, _, m, _ in rows] == [
        ("it would wait", "Norway's central bank")], rows
    near = quote_rows("Rates were in focus. The bank cut rates, as analysts had expected.\n")
    assert [(t, m) for t, _, m, _ in near] == [("The bank cut rates", "analysts")], near


def test_a_filing_after_a_determiner_is_a_noun():
    """ "said in a regulatory filing on Monday that A", "said in a court filing that A":
    the filing is where the words stand, so the statement after "that" is the company's;
    "a lawyer filing the suit" and "was filing for bankruptcy" keep their verb."""
    text = ("Harlow Motors is for sale. The company said in a regulatory filing on Monday "
            "that it had hired advisers. Corveth Motors said in a court filing that it would "
            "sue.\n")
    rows = quote_rows(text)
    assert [(t, m) for t, _, m, _ in rows] == [
        ("it had hired advisers", "The company"), ("it would sue", "Corveth Motors")], rows
    near = ("The case began. Jo Lee, a lawyer filing the suit, said it was strong. Tom Roe "
            "said he was filing for bankruptcy.\n")
    assert [t for t, _, _, _ in quote_rows(near)] == [
        "it was strong", "he was filing for bankruptcy"], quote_rows(near)


def test_a_nickname_in_quote_marks_is_part_of_the_name():
    """ 'Mick "Mad Dog" Doherty', 'Joaquín “El Chapo” Guzmán': a given name, a short
    capitalised nickname in quote marks and a surname are one person, whom the surname
    later names; a quoted phrase between a verb and a name is no nickname."""
    text = ('Ravenswood drew. Ravenswood boss Mick "Mad Dog" Doherty said the lads were '
            'brilliant. "I\'m going nowhere," Doherty said.\n')
    assert [n for _, n in _speakers(text)] == ['Mick "Mad Dog" Doherty'] * 2, quote_rows(text)
    near = 'The team lost. Tom Blake called it "Groundhog Day" Smith said nothing.\n'
    assert 'Tom Blake called it "Groundhog Day" Smith' not in {
        e.name for e in quotetrack.extract(near).entities}


def test_a_body_a_place_s_possessive_modifies_speaks_as_itself():
    """ "Norway's central bank said", "China's commerce ministry said", "Japan's biggest
    carmaker said": the bank, ministry or firm speaks, not the country; a name set off
    after the noun still names it ("Britain's biggest bank, Harwell Holdings, said"), and
    a country alone still speaks ("Norway said")."""
    text = ("Rates were in focus. Norway's central bank said it would wait. China's commerce "
            "ministry said talks would go on. Japan's biggest carmaker said sales fell.\n")
    assert [n for _, n in _speakers(text)] == [
        "Norway's central bank", "China's commerce ministry", "Japan's biggest carmaker"], \
        quote_rows(text)
    near = ("Jobs were cut. Britain's biggest bank, Harwell Holdings, said on Tuesday it would "
            "cut more. Norway said it would wait.\n")
    assert [n for _, n in _speakers(near)] == ["Harwell Holdings", "Norway"], quote_rows(near)


def test_the_articles_read_whole():
    """Every article reads through without error on the model-free path."""
    for text in ARTICLES.values():
        assert quotetrack.extract(text).text == text
