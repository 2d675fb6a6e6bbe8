"""News of styles the earlier style tests did not try (US local TV-news web copy with "told
Channel 7", "told FOX 2" and "said in an interview with WXYZ", a tornado and a hurricane
with officials and residents, health and science copy with a study's lead author, an
outside expert "who was not involved in the study", "according to the CDC" and "the
researchers wrote", tech copy with an earnings call, "a company spokesperson said in an
emailed statement", a CEO's blog post, a company's post on X and a co-founder's podcast
"later that day", an opinion piece in the first person ("I asked her why. “Because,” she
said"), a profile's anonymous former aide, a statement read on behalf of a family, a
video transcript with bracketed labels, "X and Y both said" and "X said A, while Y said
B", a speaker after a long appositive with "who" and "whose", quotes inside parentheses,
"says" in the historical present, speakers given only by their job, Pedro Sánchez,
Giorgia Meloni, Olaf Scholz, Emmanuel Macron and Keir Starmer named later only as "the
French president", "the chancellor", "the prime minister" or "the Italian leader", quotes
in all-caps headlines ("MAYOR: 'WE WILL ...'" and "'WE ARE ...,' SAYS MAYOR"), a
correction note at the end, an untitled chief executive whose surname is a word ("Lina
Park")): an eleventh wave, h55-sty in the twenty-sixth round.

Every article here was written for the test, with invented people, places and outlets (and
a few public figures given invented words), before the library was run on it, and is read
by the model-free default path. Each expected attribution is one case of
``findings.attribution_test``, whose docstring tells the table's format.
"""

from findings import attribution_test, quote_rows

import quotetrack

ARTICLES: dict[str, str] = {
    "local-tv": (
        "DEARBORN HEIGHTS, Mich. - A water main break flooded a dozen basements on Elm "
        "Court early Tuesday.\n\n"
        "\"It sounded like a waterfall under the house,\" homeowner Rita Kowalczyk told "
        "Channel 7.\n\n"
        "City engineer Mark Tolliver said in an interview with WXYZ that crews would work "
        "through the night.\n\n"
        "\"We are asking people to stay off Elm Court until Thursday,\" Tolliver said.\n"),
    "tv-anchor-live": (
        "Neighbors gathered Sunday evening outside the burned-out duplex on Fourth Street.\n\n"
        "\"They were good people. They did not deserve this,\" neighbor Dwayne Hollis told "
        "FOX 2.\n\n"
        "Fire Chief Ana Beltrán told KSDK the fire started in the kitchen. \"The smoke "
        "alarms were not working,\" Beltrán said.\n"),
    "tornado": (
        "A tornado tore through the town of Pell City on Wednesday, flattening a church and "
        "two schools.\n\n"
        "\"It was on us before the sirens went off,\" said Lonnie Briggs, 67, who rode out "
        "the storm in his bathtub.\n\n"
        "County emergency management director Carla Nunes said at least 40 homes had been "
        "destroyed. \"We are still searching,\" Nunes said at an evening briefing.\n\n"
        "The National Weather Service said the tornado was an EF-3.\n"),
    "cdc-study": (
        "Adults who sleep fewer than six hours a night are more likely to catch colds, a "
        "new study has found.\n\n"
        "\"The effect was larger than we expected,\" said Dr. Helen Marchetti, the study's "
        "lead author and a professor at Lakeshore University.\n\n"
        "The researchers wrote that the findings did not prove cause and effect.\n\n"
        "About a third of US adults do not get enough sleep, according to the CDC.\n"),
    "outside-expert": (
        "A cheap blood test can spot early liver disease, researchers reported on Monday in "
        "the journal Hepatology Today.\n\n"
        "\"This could change how we screen,\" said Dr. Omar Haddad, a liver specialist at "
        "Northgate Medical Center who was not involved in the study.\n\n"
        "Haddad cautioned that the test had been tried on only 800 patients.\n"),
    "earnings-call": (
        "Shares of Corvane Systems rose 8 percent after the chipmaker reported record "
        "sales.\n\n"
        "\"Demand for our data center chips is the strongest it has ever been,\" chief "
        "executive Lina Park said on an earnings call with analysts.\n\n"
        "Finance chief Rob Esterhazy said the company expected margins to narrow next "
        "quarter.\n\n"
        "A company spokesperson said in an emailed statement that no layoffs were "
        "planned.\n"),
    "ceo-blog": (
        "Streaming service Flicker is raising its prices for the second time this year.\n\n"
        "\"We know nobody likes to pay more,\" chief executive Tomás Reyes wrote in a blog "
        "post on Tuesday. \"But making great shows costs money.\"\n\n"
        "Analyst Priya Raman of Westbrook Securities said subscribers were unlikely to "
        "leave.\n"),
    "opinion-first-person": (
        "I met Marisol Vega at the bus stop on Grand Avenue, where she has waited every "
        "morning for eleven years.\n\n"
        "I asked her why she did not drive. \"Because I never learned,\" she said. \"And "
        "now I am too old to start.\"\n\n"
        "Her bus was late again that day. She shrugged. \"It always is,\" she told me.\n"),
    "anonymous-aide": (
        "Governor Dale Whitcombe has built a reputation for loyalty, and for punishing "
        "those who cross him.\n\n"
        "\"He keeps a list. Everybody knows about the list,\" said a former aide, who spoke "
        "on condition of anonymity because the aide still works in state politics.\n\n"
        "Whitcombe's spokeswoman, Jenna Ruiz, said there was no list.\n"),
    "family-statement": (
        "The family of Tyrell Mason, who died in police custody last month, spoke outside "
        "the courthouse on Friday.\n\n"
        "Attorney Grace Obi read a statement on behalf of the family. \"Tyrell was a son, "
        "a father and a friend,\" the statement said. \"We want answers.\"\n\n"
        "Police Chief Ron Hale said the investigation was continuing.\n"),
    "video-transcript": (
        "A video posted by the Harlow County sheriff's office shows the exchange.\n\n"
        "[Deputy]: Step out of the car, please.\n\n"
        "[Driver]: What did I do?\n\n"
        "Sheriff Linda Cross said on Thursday that the deputy had followed procedure.\n"),
    "both-said": (
        "Two council members want the park renamed after a local nurse.\n\n"
        "Council members Dana Ortiz and Phil Baxter both said the nurse had saved "
        "hundreds of lives.\n\n"
        "Mayor Kevin Lund said the plan was premature, while Councilwoman Rosa Diaz said "
        "it was overdue.\n"),
    "long-appositive": (
        "Residents of Birch Lane are fighting a plan to widen their street.\n\n"
        "\"They want to turn it into a highway,\" said Jane Holloway, who has lived on the "
        "street for 40 years and whose son was hit by a car there in 1998.\n\n"
        "The city's traffic engineer, Sam Kitt, said the road was unsafe as it was.\n"),
    "parentheses": (
        "The mayor's plan (\"a bold step,\" according to its backers) would ban cars from "
        "the old town.\n\n"
        "Shop owners are less sure. Ben Lowry, who sells shoes on Market Street, said sales "
        "would fall (\"by half, at least,\" he said).\n"),
    "historical-present": (
        "Ruth Adeyemi opens the bakery at 4 a.m. every day.\n\n"
        "\"The bread does not wait for you,\" she says, pulling a tray from the oven.\n\n"
        "Her son, Femi, says he will take over one day. \"Maybe,\" Adeyemi says. \"If he "
        "learns to wake up.\"\n"),
    "job-only": (
        "Patients waited up to 14 hours in the emergency room at St. Brendan's Hospital "
        "last weekend.\n\n"
        "\"We had people on chairs in the hallway,\" a nurse at the hospital said.\n\n"
        "A hospital spokesman said staffing had been a problem for months.\n"),
    "spain-italy": (
        "Spanish Prime Minister Pedro Sánchez said on Monday that Europe must share the "
        "cost of migration.\n\n"
        "\"No country can do this alone,\" Sánchez told reporters in Brussels.\n\n"
        "Italian Prime Minister Giorgia Meloni said Italy had carried the burden for too "
        "long. \"We have been left alone,\" Meloni said.\n"),
    "macron-then-title": (
        "Emmanuel Macron called on Thursday for a European defence fund.\n\n"
        "\"Europe must be able to defend itself,\" the French president said in a speech "
        "in Lyon.\n\n"
        "German Chancellor Olaf Scholz said he was open to the idea.\n\n"
        "British Prime Minister Keir Starmer said Britain would take part. \"We stand with "
        "our neighbours,\" Starmer said.\n"),
    "caps-headline": (
        "MAYOR: 'WE WILL NOT BACK DOWN'\n\n"
        "Mayor Linda Petrakis said on Tuesday that the city would not drop its lawsuit "
        "against the state.\n\n"
        "\"We will not back down,\" Petrakis said at City Hall.\n"),
    "caps-says-headline": (
        "'WE ARE NOT GIVING UP,' SAYS MAYOR\n\n"
        "Mayor Tina Ross said on Monday that the town would rebuild every home the flood "
        "destroyed.\n\n"
        "\"We are not giving up,\" Ross told residents at the fire station. \"Not now, not "
        "ever.\"\n"),
    "told-the-verge": (
        "Millions of Gmail users could not send mail for three hours on Tuesday.\n\n"
        "\"We are monitoring the situation closely,\" a Google spokesperson told The "
        "Verge. The company declined to say how many users were affected.\n\n"
        "Security researcher Tamsin Oduya said outages of that length were rare.\n"),
    "name-not-used": (
        "Parents packed the school gym on Thursday night to demand answers about the "
        "lockdown.\n\n"
        "\"It's heartbreaking,\" said one parent, who asked that her name not be used to "
        "protect her children's privacy. \"They were hiding in a closet for two hours.\"\n\n"
        "Principal Gary Lutz said the drill had been planned for weeks.\n"),
    "correction": (
        "The school board voted 5-2 on Monday to close Lincoln Elementary.\n\n"
        "\"This was the hardest vote I have ever cast,\" board member Tom Reyes said.\n\n"
        "Parent Amy Chu said the board had ignored families.\n\n"
        "An earlier version of this article misquoted Tom Reyes. He said the vote was the "
        "hardest he had cast, not the worst.\n"),
    "hurricane-residents": (
        "Hurricane Delia made landfall near Port Arlen early Saturday as a Category 3 "
        "storm.\n\n"
        "Gov. Mitch Carver urged residents to stay indoors. \"The water is the killer,\" "
        "Carver said at a news conference. \"Do not drive through it.\"\n\n"
        "Keisha Wells, who stayed in her home with three children, said the wind had "
        "ripped the roof off her porch.\n"),
    "according-to-officials": (
        "At least 12 people were injured when a bus overturned on Interstate 40, "
        "according to state police.\n\n"
        "Trooper Ken Adair said the driver had lost control on the ice.\n\n"
        "\"It is a miracle nobody died,\" said passenger Lisa Mendez.\n"),
    "speaker-after-colon": (
        "The coach summed it up in one line after the game.\n\n"
        "Coach Darius Hall: \"We were not ready, and that is on me.\"\n\n"
        "His players agreed. Guard Eli Stone said the team had \"played scared\".\n"),
    "statement-x-told": (
        "A spokesperson for Rivet Airlines said in an emailed statement to NBC News that "
        "the flight had landed safely.\n\n"
        "Passenger Gwen Ashby told NBC News the cabin filled with smoke. \"People were "
        "screaming,\" Ashby said.\n"),
    "senator-interview": (
        "Sen. Harold Finch, R-Texas, said in an interview on Sunday that he would oppose "
        "the nominee.\n\n"
        "\"She is not qualified,\" Finch told CNN's State of the Union.\n\n"
        "Senate Majority Leader Ruth Dalton said she had the votes.\n"),
    "unnamed-neighbor": (
        "Police arrested a man on Wednesday after a standoff on Pine Street.\n\n"
        "\"We heard shouting and then a bang,\" said a neighbor who asked not to be named "
        "for fear of retaliation.\n\n"
        "Police said no one had been hurt.\n"),
    "scholz-chain": (
        "Olaf Scholz defended his budget in parliament on Wednesday.\n\n"
        "\"We are investing in our future,\" Scholz said. The chancellor added that Germany "
        "would keep its debt brake.\n\n"
        "Opposition leader Friedrich Merz said the budget was \"a house of cards\".\n"),
    "science-wrote": (
        "Whales in the North Atlantic are singing at a lower pitch than they did 30 years "
        "ago, a study published Wednesday in Marine Acoustics found.\n\n"
        "\"We do not yet know why,\" said Ingrid Solberg, a biologist at the University of "
        "Tromsø and the paper's senior author.\n\n"
        "\"Noise from ships is a likely factor,\" the authors wrote.\n"),
    "tech-outage": (
        "Thousands of users could not log in to the Pinecone messaging app for six hours "
        "on Monday.\n\n"
        "\"We are sorry for the disruption,\" the company said in a post on X.\n\n"
        "Pinecone co-founder Arjun Mehta said on a podcast later that day that a software "
        "update had caused the outage.\n"),
    "two-quotes-two-speakers": (
        "The vote split the town down the middle.\n\n"
        "\"It is progress,\" said Liam Carter, a builder. \"It is a disaster,\" said his "
        "neighbour, Ruth Engel.\n"),
    "meloni-epithet": (
        "Giorgia Meloni met farmers in Puglia on Friday. The Italian leader said the "
        "government would cut fuel taxes. \"Farmers feed this country,\" the prime "
        "minister said.\n"),
    "starmer-epithet": (
        "Keir Starmer faced questions on the NHS on Wednesday. \"Waiting lists are "
        "falling,\" the prime minister told MPs.\n"),
    "wxyz-said-interview": (
        "\"I just want my car back,\" Dana Fuller said in an interview with WXYZ on "
        "Monday. Fuller said the tow company had charged her $600.\n"),
    "told-channel": (
        "Teacher Amy Ross told Channel 4 News that the school had no heat. \"The kids "
        "wear coats in class,\" Ross told the station.\n"),
    "nurse-job": (
        "\"We are exhausted,\" said an ICU nurse who has worked at the hospital for 15 "
        "years. A paramedic at the scene said the driver had been trapped for an hour.\n"),
    "historical-present-2": (
        "Marco Bellini walks the vineyard every morning. The grapes are late this year, he "
        "says. \"The rain came at the wrong time,\" says Bellini, 58.\n"),
    "asked-why-because": (
        "I asked the mayor why the library had closed. \"Money,\" he said. \"It is always "
        "money.\"\n"),
    "company-emailed": (
        "In an emailed statement, a Meta spokesperson said the company was reviewing the "
        "report. Google did not respond to a request for comment.\n"),
    "that-day-that": (
        "Arjun Mehta said on a podcast later that day that an update had caused the "
        "outage. Mira Long said in the morning that she was fine.\n"),
    "surname-common": (
        "Chief executive Lina Park said the company would hire 200 engineers. Mayor Tom "
        "Bush said the city was glad. \"It is great news,\" said Ana Rivers, a resident.\n"),
    "pres-told-reporters-while": (
        "Speaking to reporters at the White House, President Dana Holt said the talks "
        "were going well. Her opponent, Gov. Mark Lyle, said in a radio interview that "
        "the talks were \"a photo op\" and that nothing would come of them.\n"),
}

EXPECTED: list[tuple] = [
    # US local TV-news web copy: "told Channel 7", "said in an interview with WXYZ"
    ("local-tv", "It sounded like a waterfall", "direct", "homeowner Rita Kowalczyk",
     "Rita Kowalczyk"),
    ("local-tv", "crews would work through the night", "indirect", None, "Mark Tolliver"),
    ("local-tv", "We are asking people", "direct", "Tolliver", "Mark Tolliver"),
    ("tv-anchor-live", "They did not deserve this", "direct", None, "Dwayne Hollis"),
    ("tv-anchor-live", "the fire started in the kitchen", "indirect", None, "Ana Beltrán"),
    ("tv-anchor-live", "The smoke alarms", "direct", "Beltrán", "Ana Beltrán"),
    ("wxyz-said-interview", "I just want my car back", "direct", None, "Dana Fuller"),
    ("wxyz-said-interview", "charged her $600", "indirect", "Fuller", "Dana Fuller"),
    ("told-channel", "the school had no heat", "indirect", None, "Amy Ross"),
    ("told-channel", "The kids wear coats", "direct", "Ross", "Amy Ross"),
    # weather and disaster copy with officials and residents
    ("tornado", "It was on us before", "direct", None, "Lonnie Briggs"),
    ("tornado", "at least 40 homes had been destroyed", "indirect", None, "Carla Nunes"),
    ("tornado", "We are still searching", "direct", "Nunes", "Carla Nunes"),
    ("tornado", "the tornado was an EF-3", "indirect", None, "National Weather Service"),
    ("hurricane-residents", "The water is the killer", "direct", "Carver", "Mitch Carver"),
    ("hurricane-residents", "Do not drive through it", "direct", None, "Mitch Carver"),
    ("hurricane-residents", "ripped the roof off her porch", "indirect", None, "Keisha Wells"),
    ("according-to-officials", "the driver had lost control", "indirect", None, "Ken Adair"),
    ("according-to-officials", "It is a miracle", "direct", None, "Lisa Mendez"),
    # health and science copy: lead and senior authors, "according to the CDC", "the
    # researchers wrote", an outside expert "who was not involved in the study"
    ("cdc-study", "The effect was larger", "direct", None, "Helen Marchetti"),
    ("cdc-study", "the findings did not prove", "indirect", "The researchers", None),
    ("cdc-study", "About a third of US adults", "indirect", "the CDC", "CDC"),
    ("outside-expert", "This could change how we screen", "direct", None, "Omar Haddad"),
    ("outside-expert", "tried on only 800 patients", "indirect", "Haddad", "Omar Haddad"),
    ("science-wrote", "We do not yet know why", "direct", None, "Ingrid Solberg"),
    ("science-wrote", "Noise from ships", "direct", "the authors", None),
    # tech copy: an earnings call, an emailed statement, a CEO's blog post, a post on X, a
    # podcast "later that day"
    ("earnings-call", "Demand for our data center chips", "direct",
     "chief executive Lina Park", "Lina Park"),
    ("earnings-call", "margins to narrow", "indirect", None, "Rob Esterhazy"),
    ("earnings-call", "no layoffs were planned", "indirect", "A company spokesperson", None),
    ("surname-common", "hire 200 engineers", "indirect", None, "Lina Park"),
    ("surname-common", "the city was glad", "indirect", None, "Tom Bush"),
    ("surname-common", "It is great news", "direct", None, "Ana Rivers"),
    ("ceo-blog", "We know nobody likes", "direct", None, "Tomás Reyes"),
    ("ceo-blog", "But making great shows", "direct", None, "Tomás Reyes"),
    ("ceo-blog", "subscribers were unlikely", "indirect", None, "Priya Raman"),
    ("company-emailed", "the company was reviewing the report", "indirect",
     "a Meta spokesperson", None),
    ("tech-outage", "We are sorry for the disruption", "direct", "the company", None),
    # "said on a podcast later that day that A": the time is no part of A
    ("tech-outage", "day that", None, None, None),
    ("tech-outage", "a software update had caused the outage", "indirect", None,
     "Arjun Mehta"),
    ("that-day-that", "an update had caused the outage", "indirect", None, "Arjun Mehta"),
    ("that-day-that", "she was fine", "indirect", None, "Mira Long"),
    # an opinion piece in the first person: "I asked her why. “Because,” she said"
    ("opinion-first-person", "Because I never learned", "direct", "she", "Marisol Vega"),
    ("opinion-first-person", "too old to start", "direct", None, "Marisol Vega"),
    ("opinion-first-person", "It always is", "direct", "she", "Marisol Vega"),
    ("asked-why-because", "Money", "direct", "he", None),
    # a profile with a long anonymous source
    ("anonymous-aide", "He keeps a list", "direct", "a former aide", None),
    ("anonymous-aide", "on condition of anonymity", None, None, None),
    ("anonymous-aide", "there was no list", "indirect", None, "Jenna Ruiz"),
    # a statement read aloud on behalf of a family
    ("family-statement", "Tyrell was a son", "direct", "the statement", None),
    ("family-statement", "We want answers", "direct", "the statement", None),
    ("family-statement", "the investigation was continuing", "indirect", None, "Ron Hale"),
    # a video's transcript with bracketed labels
    ("video-transcript", "Step out of the car", "direct", "Deputy", None),
    ("video-transcript", "What did I do", "direct", "Driver", None),
    ("video-transcript", "the deputy had followed procedure", "indirect", None,
     "Linda Cross"),
    # several speakers in one sentence: "both said", "X said A, while Y said B"
    ("both-said", "saved hundreds of lives", "indirect",
     "Council members Dana Ortiz and Phil Baxter", None),
    ("both-said", "the plan was premature", "indirect", None, "Kevin Lund"),
    ("both-said", "it was overdue", "indirect", None, "Rosa Diaz"),
    # the speaker after a long appositive with "who" and "whose"
    ("long-appositive", "turn it into a highway", "direct", None, "Jane Holloway"),
    ("long-appositive", "the road was unsafe", "indirect", None, "Sam Kitt"),
    # quotes inside parentheses
    ("parentheses", "a bold step", "mixed", "its backers", None),
    ("parentheses", "sales would fall", "indirect", None, "Ben Lowry"),
    ("parentheses", "by half, at least", None, "he", "Ben Lowry"),
    # "says" in the historical present throughout
    ("historical-present", "The bread does not wait", "direct", "she", "Ruth Adeyemi"),
    ("historical-present", "he will take over one day", "indirect", "Femi", "Femi"),
    ("historical-present", "Maybe", "direct", "Adeyemi", "Ruth Adeyemi"),
    ("historical-present", "If he learns to wake up", "direct", None, "Ruth Adeyemi"),
    ("historical-present-2", "The grapes are late", "indirect", "he", "Marco Bellini"),
    ("historical-present-2", "The rain came", "direct", "Bellini", "Marco Bellini"),
    # speakers given only by their job
    ("job-only", "people on chairs in the hallway", "direct", "a nurse at the hospital",
     None),
    ("job-only", "staffing had been a problem", "indirect", "A hospital spokesman", None),
    ("nurse-job", "We are exhausted", "direct", "an ICU nurse", None),
    ("nurse-job", "trapped for an hour", "indirect", "A paramedic at the scene", None),
    ("unnamed-neighbor", "shouting and then a bang", "direct", "a neighbor", None),
    ("unnamed-neighbor", "no one had been hurt", "indirect", "Police", None),
    # European leaders, then their titles alone: "the French president", "the chancellor",
    # "the prime minister", "the Italian leader", "the Socialist leader"
    ("spain-italy", "Europe must share the cost", "indirect", None, "Pedro Sánchez"),
    ("spain-italy", "No country can do this alone", "direct", "Sánchez", "Pedro Sánchez"),
    ("spain-italy", "Italy had carried the burden", "indirect", None, "Giorgia Meloni"),
    ("spain-italy", "We have been left alone", "direct", "Meloni", "Giorgia Meloni"),
    ("macron-then-title", "Europe must be able", "direct", "the French president",
     "Emmanuel Macron"),
    ("macron-then-title", "he was open to the idea", "indirect", None, "Olaf Scholz"),
    ("macron-then-title", "Britain would take part", "indirect", None, "Keir Starmer"),
    ("macron-then-title", "We stand with our neighbours", "direct", "Starmer",
     "Keir Starmer"),
    ("scholz-chain", "We are investing in our future", "direct", "Scholz", "Olaf Scholz"),
    ("scholz-chain", "Germany would keep its debt brake", "indirect", "The chancellor",
     "Olaf Scholz"),
    ("scholz-chain", "a house of cards", "mixed", None, "Friedrich Merz"),
    ("meloni-epithet", "cut fuel taxes", "indirect", "The Italian leader", "Giorgia Meloni"),
    ("meloni-epithet", "Farmers feed this country", "direct", "the prime minister",
     "Giorgia Meloni"),
    ("starmer-epithet", "Waiting lists are falling", "direct", "the prime minister",
     "Keir Starmer"),
    # a quote in an all-caps headline, said again in the body
    ("caps-headline", "WE WILL NOT BACK DOWN", "direct", None, "Linda Petrakis"),
    ("caps-headline", "would not drop its lawsuit", "indirect", None, "Linda Petrakis"),
    ("caps-headline", "We will not back down,", "direct", "Petrakis", "Linda Petrakis"),
    # a quote in an all-caps headline with its frame after it ("SAYS MAYOR")
    ("caps-says-headline", "WE ARE NOT GIVING UP", "direct", "MAYOR", "Tina Ross"),
    ("caps-says-headline", "rebuild every home", "indirect", None, "Tina Ross"),
    ("caps-says-headline", "Not now, not", "direct", None, "Tina Ross"),
    # "told The Verge. The company ...": the company, not the outlet told
    ("told-the-verge", "monitoring the situation", "direct", "a Google spokesperson", None),
    ("told-the-verge", "how many users were affected", None, "The company", "Google"),
    ("told-the-verge", "outages of that length", "indirect", None, "Tamsin Oduya"),
    # "who asked that her name not be used": a request to the writer, no statement
    ("name-not-used", "It's heartbreaking", "direct", "one parent", None),
    ("name-not-used", "her name not be used", None, None, None),
    ("name-not-used", "hiding in a closet", "direct", "one parent", None),
    ("name-not-used", "the drill had been planned", "indirect", None, "Gary Lutz"),
    # a correction note at the end
    ("correction", "the hardest vote I have ever cast", "direct", None, "Tom Reyes"),
    ("correction", "the board had ignored families", "indirect", None, "Amy Chu"),
    ("correction", "not the worst", "indirect", "He", "Tom Reyes"),
    # a speaker before a colon, then a mixed quote
    ("speaker-after-colon", "We were not ready", "direct", None, "Darius Hall"),
    ("speaker-after-colon", "played scared", "mixed", None, "Eli Stone"),
    # an emailed statement to a network, then a passenger "told NBC News"
    ("statement-x-told", "the flight had landed safely", "indirect",
     "A spokesperson for Rivet Airlines", None),
    ("statement-x-told", "the cabin filled with smoke", "indirect", None, "Gwen Ashby"),
    ("statement-x-told", "People were screaming", "direct", "Ashby", "Gwen Ashby"),
    # a Sunday show and a party tag
    ("senator-interview", "he would oppose the nominee", "indirect", None, "Harold Finch"),
    ("senator-interview", "She is not qualified", "direct", "Finch", "Harold Finch"),
    ("senator-interview", "she had the votes", "indirect", None, "Ruth Dalton"),
    ("pres-told-reporters-while", "the talks were going well", "indirect", None,
     "Dana Holt"),
    ("pres-told-reporters-while", "a photo op", "mixed", None, "Mark Lyle"),
    # two quotes, two speakers, one paragraph
    ("two-quotes-two-speakers", "It is progress", "direct", None, "Liam Carter"),
    ("two-quotes-two-speakers", "It is a disaster", "direct", "his neighbour", "Ruth Engel"),
]

# expectations the library does not meet yet: (article, piece) -> the cause
NOT_YET: dict[tuple[str, str], str] = {
    ("video-transcript", "Step out of the car"):
        "transcript labels in square brackets ('[Deputy]: ...') are not read as turns",
    ("video-transcript", "What did I do"):
        "transcript labels in square brackets ('[Driver]: ...') are not read as turns",
}


test_attribution = attribution_test(ARTICLES, EXPECTED, NOT_YET)


def test_the_articles_read_whole():
    """Every article reads through without error on the model-free path."""
    for text in ARTICLES.values():
        assert quotetrack.extract(text).text == text


def _rows(text: str) -> list[tuple[str, str, str | None]]:
    """(text, kind, speaker name) of each quote found, in order."""
    return [(t, kind, name) for t, kind, _, name in quote_rows(text)]


def test_a_surname_that_is_a_word_after_an_office_noun():
    """ "chief executive Lina Park", "analyst Ken Stone", "the owner, Keisha Hall,": a given
    name of the fuller list and a surname that is a place word too, after a noun of an
    office job or set off after a noun of people, are a person; a park alone stays none."""
    text = ("Chief executive Lina Park said sales rose. Analyst Ken Stone said it was "
            "luck. The owner, Keisha Hall, said rents were too high.\n")
    assert [n for _, _, n in _rows(text)] == ["Lina Park", "Ken Stone", "Keisha Hall"], \
        _rows(text)
    near = "Crowds filled Lincoln Park on Sunday, an official said.\n"
    assert [n for _, _, n in _rows(near)] == ["an official"], _rows(near)


def test_a_time_that_after_the_cue_is_no_part_of_the_statement():
    """ "said later that day that A", "said that morning that A", "told reporters that night
    that A": A alone; in "said that week was hard", "that week" is the subject, all of it
    the statement."""
    text = ("Jo Lee said later that day that the update had failed. Ann Roe said that "
            "morning that she was fine. Tim Ash told reporters that night that he was "
            "done.\n")
    assert [t for t, _, _ in _rows(text)] == [
        "the update had failed", "she was fine", "he was done"], _rows(text)
    near = "Jo Lee said that week was hard.\n"
    assert [t for t, _, _ in _rows(near)] == ["that week was hard"], _rows(near)


def test_a_head_of_government_named_later_by_the_title_alone():
    """ "Olaf Scholz ... The chancellor added that A", "Keir Starmer ... the prime minister
    said": the leader named before; "the former president" after a son of one is not read
    so (the president stays no epithet: measured wrong on PolNeAR), nor "the minister of
    finance" (a role of its own)."""
    text = ("Olaf Scholz spoke in parliament. The chancellor added that the debt brake "
            "would stay.\n\nKeir Starmer faced MPs. \"Lists are falling,\" the prime "
            "minister said.\n")
    assert [n for _, _, n in _rows(text)] == ["Olaf Scholz", "Keir Starmer"], _rows(text)
    near = ("Jeb Holt campaigned with his father. \"He is ready,\" the former president "
            "said.\n")
    assert [n for _, _, n in _rows(near)] != ["Jeb Holt"], _rows(near)
    near = ("Olaf Scholz spoke. The minister of finance said that the brake would stay.\n")
    assert [n for _, _, n in _rows(near)] == [None], _rows(near)


def test_a_headline_in_capitals_with_its_frame_after_the_quote():
    """ '“WE WILL WIN,” SAID COACH DALE BRENNICK': "SAID" stays a verb after the quote, and
    the words after it speak; a headline in capitals without a quote gains nothing."""
    text = "“WE WILL WIN,” SAID COACH DALE BRENNICK\n\nThe Hawks play on Friday.\n"
    assert _rows(text) == [("“WE WILL WIN,”", "direct", "DALE BRENNICK")], _rows(text)
    near = "TRUMP SAYS HE WILL WIN\n\nThe rally drew 5,000 people.\n"
    assert _rows(near) == [], _rows(near)


def test_a_request_that_a_name_be_kept_out_is_no_statement():
    """ "who asked that her name not be used", "requested that his identity be withheld":
    no statement; "asked that the names of the victims be published" is one."""
    text = ("One parent, who requested that his identity be withheld, said the school was "
            "unsafe. A nurse who asked that her name not be used said beds ran out.\n")
    assert [t for t, _, _ in _rows(text)] == ["the school was unsafe", "beds ran out"], \
        _rows(text)
    near = "Jo Roe asked that the names of the victims be published.\n"
    assert [t for t, _, _ in _rows(near)] == ["the names of the victims be published"], \
        _rows(near)


def test_the_company_is_not_the_outlet_it_told():
    """ "a spokesman told Reuters. The company said A": the company named before, not the
    agency told; with no outlet, the company named last, as before."""
    text = ("Acme Corp. cut 300 jobs, a spokesman told Reuters. The company said more cuts "
            "would follow.\n")
    assert _rows(text)[-1] == ("more cuts would follow", "indirect", "Acme Corp."), _rows(text)
    near = "Acme Corp. cut 300 jobs. The company said more cuts would follow.\n"
    assert _rows(near)[-1] == ("more cuts would follow", "indirect", "Acme Corp."), _rows(near)


def test_that_after_a_preposition_is_a_determiner():
    """ "said outages of that length were rare": the whole clause is the statement (not
    "length were rare"); "said on that day that A" is A."""
    text = "Jo Lee said outages of that length were rare. Ann Roe said on that day that the " \
        "river rose.\n"
    assert [t for t, _, _ in _rows(text)] == [
        "outages of that length were rare", "the river rose"], _rows(text)
