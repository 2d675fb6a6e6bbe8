"""News of styles the earlier style tests did not try (a climate summit with a bloc's
negotiator, an NGO spokeswoman and an unnamed negotiator, a hospital story with "Dr." and a
patient known by his first name, religion news with "the Rev.", "the Right Rev." and an
imam, students quoted by year, an AI start-up's blog post and "in a post on X", a music
review quoting lyrics, military ranks ("Lt. Col.", "Sgt. 1st Class", "Pfc.", "Maj."), a
moon landing with a flight director's call-out, a British court with "Mr Justice X", "the
court heard" and a barrister with "KC", a union's strike ballot, a drought with a
climatologist, a housing market with analysts and "according to figures", a crime brief
with a chain of "police said", a diplomat "speaking on condition of anonymity", a coach's
post-game remarks over paragraphs, a personal essay in the first person, a Q&A whose
questions were bold, a fashion show's backstage, a UN Security Council session "through a
translator", an app's outage on its status page, an airline's emailed statement and a
passenger, a merger's joint statement and filing, a senator's floor speech, a Sunday TV
interview, a trial's opening statements, children quoted with their ages, a call's
readout, a mother's words recalled inside a quote, a weather service's forecast
discussion, a wildfire's evacuation, a start-up's funding round, a zoo's newborn, a
novelist's phone interview, a school board's vote, a reality star's apology on Instagram,
a marathon winner "through an interpreter"): an eighth wave, h40-sty in the twentieth round.

Every article here was written for the test, with invented people, places and outlets,
before the library was run on it, and is read by the model-free default path. Each
expected attribution is one case of ``findings.attribution_test``, whose docstring tells
the table's format.
"""

from __future__ import annotations

from findings import attribution_test, quote_rows

import quotetrack

ARTICLES: dict[str, str] = {
    "climate-summit": (
        "BELMARSH, Tolvania — Negotiators at the UN climate talks in Belmarsh worked "
        "through the night on Friday but failed to agree on a fund to help poor countries "
        "cope with rising seas, delegates said.\n\n"
        "\"We are not leaving here with nothing,\" said Amina Keita, the lead negotiator for "
        "a bloc of 46 least-developed countries. \"We came too far for that.\"\n\n"
        "The summit's president, Oskar Lindqvist, told a plenary session shortly after 3 "
        "a.m. that a new draft text would be circulated by noon. He urged delegates to show "
        "\"flexibility and courage.\"\n\n"
        "Rich nations have offered $100 billion a year, a figure campaigners call "
        "\"an insult.\"\n\n"
        "\"The money on the table would not rebuild a single coastal city,\" said Priya "
        "Raman, a spokeswoman for the advocacy group Climate Justice Now. She accused the "
        "largest emitters of \"hiding behind procedure.\"\n\n"
        "A European negotiator, who asked not to be named because the talks were "
        "continuing, said the gap between the two sides had narrowed overnight.\n"),
    "hospital-health": (
        "When Marcus arrived at St. Brennan's Hospital in March, his kidneys were failing "
        "and he weighed 41 kilograms.\n\n"
        "\"I didn't think I would see my daughter's birthday,\" said Marcus, 52, who asked "
        "that his last name not be used to protect his privacy.\n\n"
        "Six months later, he is one of 30 patients to receive a new kind of dialysis "
        "under a trial led by Dr. Helena Fairweather, a nephrologist at the hospital.\n\n"
        "\"What we are seeing is remarkable,\" Dr. Fairweather said. \"Patients who could "
        "barely walk are back at work.\"\n\n"
        "She cautioned that the trial was small and that the results had not yet been "
        "reviewed by other scientists.\n\n"
        "Dr. Samuel Okafor, who chairs the kidney association's research committee and was "
        "not involved in the study, called the early findings \"encouraging but "
        "preliminary.\" Larger trials, he said, would be needed before the treatment could "
        "be offered widely.\n"),
    "religion-news": (
        "The Rev. Thomas Ashby, who has led St. Mary's Church in Oldbury for 31 years, "
        "will retire at Easter, the diocese announced on Sunday.\n\n"
        "\"It has been the joy of my life to serve this parish,\" Ashby told the "
        "congregation at the end of the morning service. \"But it is time for new hands.\"\n\n"
        "The Bishop of Wexley, the Right Rev. Catherine Mole, said in a statement that "
        "Ashby had \"kept the doors open when many churches closed them.\"\n\n"
        "Across town, Imam Yusuf Rahimi of the Oldbury Central Mosque said the two "
        "congregations had shared a food bank for a decade. \"He is my brother,\" the "
        "imam said. \"We will miss him.\"\n\n"
        "The diocese said a successor would be named in the summer.\n"),
    "university-students": (
        "Students at Harwell University staged a sit-in outside the administration building "
        "on Tuesday to protest a planned 9 percent rise in tuition.\n\n"
        "\"I work two jobs already,\" said Keisha Monroe, a junior studying biology. \"If "
        "this goes through, I don't know how I finish.\"\n\n"
        "Daniel Cho, a first-year student from Seattle, said many of his friends were "
        "already thinking of transferring.\n\n"
        "In an email to students, the university's provost, Margaret Ellery, said the rise "
        "was needed to cover higher energy and staff costs. \"No one takes this decision "
        "lightly,\" she wrote.\n\n"
        "The student union's president, Aaron Delgado, a senior, said the group would keep "
        "up the protest until the board of trustees meets next month.\n"),
    "ai-product": (
        "Lumen AI, the San Francisco start-up behind the chatbot Iris, said on Wednesday "
        "that it would let users delete all of their conversations with a single click.\n\n"
        "In a blog post, the company's chief executive, Ravi Menon, wrote that users "
        "\"should never have to wonder what we keep.\"\n\n"
        "\"Privacy is not a feature. It's the product,\" Menon said in a post on X.\n\n"
        "Critics were unimpressed. Julia Brandt, a researcher at the Digital Rights "
        "Institute, said the change did nothing about the data already used to train the "
        "company's models. \"Deleting a chat doesn't delete what the model learned from "
        "it,\" she said.\n\n"
        "A Lumen spokesperson declined to say how many users the service has.\n"),
    "music-review": (
        "On her third album, \"Salt Lines,\" the singer Noor Halabi trades the glossy pop "
        "of her debut for something rawer.\n\n"
        "\"I wanted it to sound like a kitchen at 2 a.m.,\" Halabi said in an interview "
        "before the record's release. \"Nothing polished.\"\n\n"
        "The opening track sets the mood: \"I kept the porch light on / for a ghost who "
        "never came,\" she sings over a lone piano.\n\n"
        "Her producer, Theo Marsh, said they recorded most of the album in a single week in "
        "a rented farmhouse. \"We didn't do more than three takes of anything,\" he said.\n"),
    "military-ranks": (
        "FORT KELLAN — Soldiers from the 3rd Brigade returned on Saturday from a nine-month "
        "deployment to the Baltic, the Army said.\n\n"
        "\"They did everything we asked of them and more,\" said Lt. Col. Andrea Whitlock, "
        "the battalion commander, as families waved flags in a hangar.\n\n"
        "Sgt. 1st Class Marco Reyes, 38, said the hardest part was missing his son's first "
        "steps. \"My wife sent me the video. I watched it about a hundred times,\" he said.\n\n"
        "Pfc. Jalen Brooks said he was looking forward to \"a real burger.\"\n\n"
        "An Army spokesman, Maj. Tom Harlan, said the brigade would stand down for 30 days.\n"),
    "space-mission": (
        "The Aurora lander touched down near the moon's south pole at 6:14 p.m. on Monday, "
        "making Celestia the fourth nation to land a craft on the lunar surface.\n\n"
        "\"Touchdown confirmed. Aurora is on the moon,\" flight director Hannah Pike "
        "announced from mission control, as engineers leapt from their seats.\n\n"
        "The agency's administrator, Victor Santoro, said the lander would begin drilling "
        "for ice within days. \"This is the beginning, not the end,\" he told reporters.\n\n"
        "Mission scientists said the craft had landed about 200 meters from its target.\n"),
    "uk-court": (
        "A property developer who swindled pensioners out of £2.3 million has been jailed "
        "for nine years.\n\n"
        "Gavin Thorne, 58, of Harrowgate, persuaded 14 elderly investors to put their "
        "savings into holiday homes that were never built, Southwark Crown Court heard.\n\n"
        "Sentencing him on Friday, Mr Justice Pemberton said Thorne had shown \"not a flicker "
        "of remorse\".\n\n"
        "\"You preyed on the trust of people who had worked all their lives,\" the judge "
        "told him.\n\n"
        "The court heard that one victim, an 84-year-old widow, lost her entire savings.\n\n"
        "In a statement read by the prosecution, she said: \"I can no longer sleep at "
        "night.\"\n\n"
        "Thorne's barrister, Clare Dunmore KC, said her client accepted his guilt.\n"),
    "union-ballot": (
        "Nurses at 40 hospitals across the region will vote on strike action next month "
        "after rejecting a 3 per cent pay offer, their union said on Monday.\n\n"
        "The Union of Care Workers said the ballot would open on 4 March and close three "
        "weeks later.\n\n"
        "\"Our members are exhausted and they are angry,\" said the union's general "
        "secretary, Fiona Barclay. \"Three per cent is a pay cut when prices are rising by "
        "six.\"\n\n"
        "A spokesman for the health board said the offer was \"fair and affordable\" and "
        "urged the union to return to talks.\n\n"
        "Ward sister Joanne Pike, who has worked at Kingsmoor General for 22 years, said "
        "she would vote yes. \"I never thought I'd say that,\" she added.\n"),
    "farm-drought": (
        "For the third summer in a row, the wheat fields around Dunmore are brown by July.\n\n"
        "\"I've farmed this land for 40 years and I've never seen it this dry,\" said Ted "
        "Halvorsen, leaning on a fence post. \"My father wouldn't believe it.\"\n\n"
        "Halvorsen, 67, said he expected to harvest about half his usual crop.\n\n"
        "The state's agriculture commissioner, Lorna Pitts, said emergency grants of up to "
        "$50,000 would be available to farmers in 12 counties. \"We can't make it rain, "
        "but we can help people hold on,\" Pitts said.\n\n"
        "Climatologist Ben Arora of Prairie State University warned that droughts like this "
        "one were becoming more frequent.\n"),
    "housing-market": (
        "House prices in Marlow Bay fell 4.2 percent in the year to September, the steepest "
        "drop since 2011, according to figures released on Thursday by the property firm "
        "Castlegate.\n\n"
        "\"Buyers are simply priced out at current mortgage rates,\" said Elena Voss, chief "
        "economist at Castlegate. She expects prices to fall a further 3 percent next year.\n\n"
        "Other analysts were more upbeat. Mark Feeney of Harbour Capital said a cut in "
        "interest rates early next year could bring buyers back \"almost overnight.\"\n\n"
        "First-time buyer Sophie Lang, 29, said she had been outbid on four flats last "
        "year. \"Now I'm the one making lowball offers,\" she said.\n"),
    "crime-brief": (
        "A 34-year-old man was arrested on Sunday after a car crashed into a convenience "
        "store on Fenwick Road, police said.\n\n"
        "Officers were called to the store at about 11:40 p.m., police said. The driver "
        "tried to run from the scene but was caught by a passer-by, according to a police "
        "statement.\n\n"
        "No one was hurt. The store's owner, Raj Mehta, said the damage would cost "
        "thousands of dollars to repair.\n\n"
        "\"I was behind the counter. Two more feet and I'd be gone,\" Mehta said.\n\n"
        "Police said the man would be charged with drunk driving.\n"),
    "diplomatic-anon": (
        "The United States and Varenia have agreed to resume talks on a prisoner exchange, "
        "a senior State Department official said on Tuesday.\n\n"
        "The official, speaking on condition of anonymity to discuss sensitive diplomacy, "
        "said the first round would be held in Geneva later this month. \"We are cautiously "
        "hopeful,\" the official said.\n\n"
        "Varenia's foreign minister, Dmitri Olenko, told state television that his country "
        "was \"ready to talk, but not to be lectured.\"\n\n"
        "Two people familiar with the negotiations said the deal could involve as many as "
        "six prisoners.\n"),
    "coach-postgame": (
        "The Harbor City Hawks lost their fourth straight game on Saturday, falling 27-10 "
        "to the Millbrook Miners.\n\n"
        "Coach Darnell Price did not hide his frustration.\n\n"
        "\"We didn't tackle. We didn't block. We didn't do anything we practiced all week,\" "
        "Price said after the game. \"That's on me.\"\n\n"
        "Price said he would look at every position this week, including quarterback.\n\n"
        "\"Everybody's job is open,\" he said. \"I don't care who you are or what you did "
        "last year.\"\n\n"
        "Quarterback Tyler Quinn, who threw two interceptions, said the team had not lost "
        "faith in its coach. \"He's got our back, and we've got his,\" Quinn said.\n"),
    "personal-essay": (
        "My mother never told me she was sick. I found out from a neighbor.\n\n"
        "\"She didn't want you to worry,\" Mrs. Albright said when she called me that "
        "October, her voice cracking.\n\n"
        "I drove through the night. When I walked into her kitchen, my mother looked up "
        "from her crossword and said, \"You didn't have to come.\"\n\n"
        "I told her I did. She said I was being dramatic.\n"),
    "qa-bold": (
        "Chef Marisol Ortega opened her first restaurant, Brasa, in Tucson in 2015. We "
        "talked to her about fire, failure and her grandmother's kitchen.\n\n"
        "What made you want to cook over wood?\n\n"
        "My grandmother cooked everything over a fire in her yard in Sonora. When I smell "
        "mesquite, I'm 6 years old again.\n\n"
        "Was there a moment you almost quit?\n\n"
        "Every day of the first year. We lost money for 14 months straight.\n"),
    "fashion-backstage": (
        "PARIS — The designer Inès Marchetti sent models down a runway covered in sand on "
        "Tuesday, in a collection she said was about \"the end of summer, and the end of "
        "certainty.\"\n\n"
        "\"I wanted clothes you could run in,\" Marchetti told reporters backstage, still "
        "holding a pincushion. \"Women are tired of being decorative.\"\n\n"
        "The show drew a crowd that included the actress Lila Brenner, who called the "
        "collection \"quietly furious.\"\n\n"
        "Not everyone was convinced. \"It's a beautiful idea, but half of these pieces "
        "will never be made,\" said Jonah Pratt, a buyer for the department store Halden's.\n"),
    "un-council": (
        "UNITED NATIONS — The Security Council met in emergency session on Monday after "
        "fighting flared along the border between Kastoria and Drevna.\n\n"
        "The UN's special envoy, Mariam Toure, told the council that at least 40,000 "
        "people had fled their homes in a week. \"The window for diplomacy is closing,\" "
        "she said.\n\n"
        "Drevna's ambassador, Pavel Ostrov, speaking through a translator, accused "
        "Kastoria of shelling civilian areas. Kastoria's envoy rejected the charge, "
        "saying his country's forces had only returned fire.\n\n"
        "No vote was taken. Diplomats said a draft resolution could be circulated later "
        "in the week.\n"),
    "tech-outage": (
        "Millions of people were unable to send messages on Chatterly for about six hours "
        "on Thursday, the longest outage in the app's history.\n\n"
        "The company said on its status page that a faulty configuration change had taken "
        "down servers in three regions. Service was fully restored by 4 p.m., it said.\n\n"
        "\"We let our users down today, and I'm sorry,\" Chatterly's chief technology "
        "officer, Wen Li, wrote in a post on X.\n\n"
        "Small businesses that rely on the app for orders said they had lost a day's "
        "sales. \"Thursday is our busiest day,\" said Fatima Noor, who runs a bakery in "
        "Leeds. \"We just sat there refreshing the screen.\"\n"),
    "airline-incident": (
        "A Skyward Airlines flight from Denver to Boston made an emergency landing in "
        "Chicago on Saturday after a window cracked at 35,000 feet, the airline said.\n\n"
        "None of the 162 passengers was hurt, a spokeswoman for the airline, Carla Diaz, "
        "said in an emailed statement.\n\n"
        "Passenger Owen Fitch, who was seated two rows behind the window, said the cabin "
        "went quiet when the crack appeared. \"Nobody screamed. Everybody just looked at "
        "each other,\" he said.\n\n"
        "The Federal Aviation Administration said it would investigate.\n"),
    "merger-filing": (
        "Harrow Foods and Pinecrest Brands agreed on Monday to merge in an all-stock deal "
        "valued at $8.4 billion, the companies said in a joint statement.\n\n"
        "\"Together we will be able to invest more in the brands our customers love,\" "
        "said Harrow's chief executive, Linda Osei, who will lead the combined company.\n\n"
        "In a regulatory filing, Pinecrest said it expected to cut about 1,200 jobs over "
        "two years.\n\n"
        "Analysts at Brookline Securities wrote in a note to clients that the deal "
        "\"makes strategic sense but will face hard questions from regulators.\"\n"),
    "floor-speech": (
        "WASHINGTON — Sen. Ruth Calloway (D-Ore.) said in a floor speech on Wednesday that "
        "she would block the nomination until the agency releases its safety records.\n\n"
        "\"The public has a right to know what this agency knew and when it knew it,\" "
        "Calloway said.\n\n"
        "Sen. Dale Hutchins (R-Kan.), who chairs the committee, called the hold "
        "\"a political stunt\" and said the nominee was \"eminently qualified.\"\n\n"
        "A spokesman for the agency did not respond to a request for comment.\n"),
    "tv-interview": (
        "Treasury Secretary Alan Brody said on Sunday that he did not expect a recession "
        "this year, despite a string of weak economic reports.\n\n"
        "\"I think the economy is resilient,\" Brody told NBC's \"Meet the Nation.\" "
        "\"Consumers are still spending.\"\n\n"
        "Asked whether tariffs would raise prices, Brody said some costs could rise "
        "\"modestly\" but that the effect would be temporary.\n\n"
        "Former Treasury official Karen Lutz told the same program that she was less "
        "optimistic.\n"),
    "trial-jurors": (
        "Prosecutors told jurors on Tuesday that Dennis Crane had planned the killing of "
        "his business partner for months.\n\n"
        "\"This was not a crime of passion. This was a crime of arithmetic,\" Assistant "
        "District Attorney Maria Solano said in her opening statement.\n\n"
        "Crane's lawyer, Phil Adair, told the jury that the case rested on \"a pile of "
        "guesses.\" He said his client had been at home when the partner was shot.\n\n"
        "The trial is expected to last three weeks.\n"),
    "kids-ages": (
        "More than 200 children turned out on Saturday for the first day of the Millbrook "
        "library's summer reading challenge.\n\n"
        "\"I'm going to read 50 books,\" said Mia, 9. Her brother Leo, 6, said he would "
        "read \"at least a hundred.\"\n\n"
        "Librarian Grace Okoro said the program had doubled in size since last year. "
        "\"Kids want to read. They just need a reason,\" she said.\n"),
    "readout-call": (
        "President Elena Vasquez spoke by phone on Friday with Prime Minister Hiro Tanaka "
        "about trade and regional security, according to a readout of the call released "
        "by the White House.\n\n"
        "The two leaders agreed to meet in person this fall, the readout said.\n\n"
        "Tanaka told reporters in Tokyo that the call had been \"warm and productive.\" "
        "He said the leaders discussed shipping lanes but declined to give details.\n"),
    "recalled-mother": (
        "When Dana Whitaker was 12, her mother told her something she has never forgotten.\n\n"
        "\"She said, 'Nobody is coming to save you, so you'd better learn to swim,'\" "
        "Whitaker recalled. \"She meant it literally. She also meant it the other way.\"\n\n"
        "Whitaker, now 54, went on to win two Olympic medals. She says she thinks of her "
        "mother before every race she coaches.\n"),
    "weather-service": (
        "Forecasters warned of a dangerous ice storm across the northern plains this "
        "weekend.\n\n"
        "The National Weather Service said in a forecast discussion that up to half an "
        "inch of ice could accumulate on power lines and trees. \"Travel will be nearly "
        "impossible,\" the service said.\n\n"
        "Utility companies said crews had been placed on standby.\n\n"
        "\"If you don't have to go out, don't,\" said Sheriff Tom Grady of Burke County.\n"),
    "wildfire-evac": (
        "Thousands of residents fled their homes on Wednesday as a wind-driven wildfire "
        "tore through the hills above Cedar Falls.\n\n"
        "\"It jumped the ridge in about ten minutes,\" said Capt. Luis Ortega of the county "
        "fire department. \"We had to pull our crews back.\"\n\n"
        "Ortega said at least 30 homes had burned. Evacuation orders covered about 8,000 "
        "people, according to the sheriff's office.\n\n"
        "Marisa Kent, 61, said she grabbed her dog and her late husband's photographs and "
        "left everything else. \"You don't think. You just drive,\" she said.\n"),
    "startup-funding": (
        "Brightwell, a London start-up that makes batteries from seawater, has raised £40 "
        "million from investors led by Northgate Ventures, the company said on Tuesday.\n\n"
        "The company's co-founder, Dr. Aisha Rahman, said the money would pay for a pilot "
        "factory in Sunderland. \"We've proven it works in the lab. Now we have to prove "
        "it works at scale,\" she said.\n\n"
        "Northgate partner Tom Whitley, who will join Brightwell's board, described the "
        "technology as \"the most exciting thing I've seen in energy in a decade.\"\n"),
    "zoo-birth": (
        "A rare Sumatran tiger cub was born at the Kelford Zoo last week, the zoo announced "
        "on Monday.\n\n"
        "The cub, whose sex has not yet been determined, is \"feeding well and very "
        "vocal,\" said head keeper Rosie Dunn. \"Mum is doing a brilliant job.\"\n\n"
        "There are fewer than 400 Sumatran tigers left in the wild, according to the "
        "World Wildlife Fund.\n"),
    "book-launch-interview": (
        "In her new novel, the writer Chidi Okafor returns to the Lagos of her childhood.\n\n"
        "\"Every street in that book is a street I walked,\" Okafor, 47, said in a phone "
        "interview from her home in Toronto. \"But the people are all invented. Mostly.\"\n\n"
        "She laughed when asked which characters were real. \"My mother will know,\" she "
        "said.\n\n"
        "Her publisher, Marlowe & Finch, said the first printing of 50,000 copies had "
        "nearly sold out.\n"),
    "school-board-meeting": (
        "The Riverton school board voted 4-3 on Monday night to close Lincoln Elementary "
        "at the end of the year.\n\n"
        "Board member Janet Fowler, who voted against the closure, said the district had "
        "not listened to parents. \"We had 200 people here tonight begging us not to do "
        "this,\" Fowler said.\n\n"
        "Superintendent Mark Ellison said the building needed $6 million in repairs. \"I "
        "wish there were another way. There isn't,\" he said.\n\n"
        "Parent Kira Lopez, whose two children attend Lincoln, called the vote \"a "
        "betrayal.\"\n"),
    "reality-tv": (
        "The reality star Brandon Cole has apologized for comments he made about his "
        "former castmates on a podcast last week.\n\n"
        "\"I said some things I regret, and I'm sorry,\" Cole wrote on Instagram on "
        "Friday.\n\n"
        "In the episode, Cole called two of his castmates \"fake\" and accused the show's "
        "producers of scripting fights.\n\n"
        "A representative for the network that airs the show did not immediately respond "
        "to a request for comment.\n"),
    "marathon-winner": (
        "Kenya's Daniel Kiprop won the Harbor City Marathon on Sunday in 2 hours, 6 "
        "minutes and 11 seconds, a course record.\n\n"
        "\"The last five kilometers were very hard. My legs were finished,\" Kiprop said "
        "through an interpreter. \"But I heard the crowd and I kept going.\"\n\n"
        "In the women's race, Ethiopia's Tigist Alemu pulled away at the 35-kilometer mark "
        "to win by more than a minute. Alemu said she had trained at altitude for three "
        "months.\n"),
}

EXPECTED: list[tuple] = [
    ("climate-summit", "failed to agree on a fund", "indirect", "delegates", None),
    ("climate-summit", "We are not leaving here with nothing", "direct",
     ("Amina Keita",
      "Amina Keita, the lead negotiator for a bloc of 46 least-developed countries"),
     "Amina Keita"),
    ("climate-summit", "We came too far for that", "direct", None, "Amina Keita"),
    ("climate-summit", "a new draft text would be circulated by noon", "indirect",
     ("The summit's president, Oskar Lindqvist", "Oskar Lindqvist"), "Oskar Lindqvist"),
    ("climate-summit", "flexibility and courage", "mixed", "He", "Oskar Lindqvist"),
    ("climate-summit", "an insult", "mixed", "campaigners", None),
    ("climate-summit", "The money on the table", "direct", ("Priya Raman",
     "Priya Raman, a spokeswoman for the advocacy group Climate Justice Now"), "Priya Raman"),
    ("climate-summit", "hiding behind procedure", "mixed", "She", "Priya Raman"),
    ("climate-summit", "the gap between the two sides had narrowed", "indirect",
     ("A European negotiator",
      "A European negotiator, who asked not to be named because the talks were continuing"), None),
    ("hospital-health", "I didn't think I would see", "direct", ("Marcus", "Marcus, 52"), "Marcus"),
    ("hospital-health", "What we are seeing is remarkable", "direct", ("Dr. Fairweather",
     "Fairweather"), "Helena Fairweather"),
    ("hospital-health", "Patients who could", "direct", None, "Helena Fairweather"),
    ("hospital-health", "the trial was small", "indirect", "She", "Helena Fairweather"),
    ("hospital-health", "encouraging but", "mixed", None, "Samuel Okafor"),
    ("hospital-health", "Larger trials", "indirect", "he", "Samuel Okafor"),
    ("religion-news", "will retire at Easter", "indirect", "the diocese", None),
    ("religion-news", "It has been the joy of my life", "direct", "Ashby", "Thomas Ashby"),
    ("religion-news", "But it is time for new hands", "direct", None, "Thomas Ashby"),
    ("religion-news", "kept the doors open", "mixed", None, "Catherine Mole"),
    ("religion-news", "the two congregations had shared", "indirect", None, "Yusuf Rahimi"),
    ("religion-news", "He is my brother", "direct", "the imam", "Yusuf Rahimi"),
    ("religion-news", "a successor would be named", "indirect", "The diocese", None),
    ("university-students", "I work two jobs already", "direct", None, "Keisha Monroe"),
    ("university-students", "many of his friends", "indirect", None, "Daniel Cho"),
    ("university-students", "the rise was needed", "indirect", None, "Margaret Ellery"),
    ("university-students", "No one takes this decision", "direct", "she", "Margaret Ellery"),
    ("university-students", "the group would keep up the protest", "indirect", None,
     "Aaron Delgado"),
    ("ai-product", "it would let users delete", "indirect", "Lumen AI", "Lumen AI"),
    ("ai-product", "should never have to wonder", "mixed", None, "Ravi Menon"),
    ("ai-product", "Privacy is not a feature", "direct", "Menon", "Ravi Menon"),
    ("ai-product", "the change did nothing", "indirect", None, "Julia Brandt"),
    ("ai-product", "Deleting a chat", "direct", "she", "Julia Brandt"),
    ("music-review", "I wanted it to sound like a kitchen", "direct", "Halabi", "Noor Halabi"),
    ("music-review", "Nothing polished", "direct", None, "Noor Halabi"),
    ("music-review", "I kept the porch light on", None, "she", "Noor Halabi"),
    ("music-review", "they recorded most of the album", "indirect", None, "Theo Marsh"),
    ("music-review", "We didn't do more than three takes", "direct", "he", "Theo Marsh"),
    ("military-ranks", "Soldiers from the 3rd Brigade returned", "indirect", "the Army", None),
    ("military-ranks", "They did everything we asked", "direct", None, "Andrea Whitlock"),
    ("military-ranks", "the hardest part was missing", "indirect", None, "Marco Reyes"),
    ("military-ranks", "My wife sent me the video", "direct", "he", "Marco Reyes"),
    ("military-ranks", "a real burger", "mixed", None, "Jalen Brooks"),
    ("military-ranks", "the brigade would stand down", "indirect", None, "Tom Harlan"),
    ("space-mission", "Touchdown confirmed", "direct", None, "Hannah Pike"),
    ("space-mission", "the lander would begin drilling", "indirect", None, "Victor Santoro"),
    ("space-mission", "This is the beginning", "direct", "he", "Victor Santoro"),
    ("space-mission", "the craft had landed about 200 meters", "indirect", "Mission scientists",
     None),
    ("uk-court", "not a flicker", "mixed", None, ("Pemberton", "Mr Justice Pemberton")),
    ("uk-court", "You preyed on the trust", "direct", "the judge", ("Pemberton",
     "Mr Justice Pemberton")),
    ("uk-court", "I can no longer sleep", "direct", "she", None),
    ("uk-court", "her client accepted his guilt", "indirect",
     ("Clare Dunmore", "Clare Dunmore KC"), "Clare Dunmore"),
    ("union-ballot", "Nurses at 40 hospitals", "indirect", "their union", None),
    ("union-ballot", "the ballot would open", "indirect", "The Union of Care Workers", None),
    ("union-ballot", "Our members are exhausted", "direct", None, "Fiona Barclay"),
    ("union-ballot", "Three per cent is a pay cut", "direct", None, "Fiona Barclay"),
    ("union-ballot", "fair and affordable", "mixed", None, None),
    ("union-ballot", "she would vote yes", "indirect", None, "Joanne Pike"),
    ("union-ballot", "I never thought I'd say that", "direct", "she", "Joanne Pike"),
    ("farm-drought", "I've farmed this land", "direct", None, "Ted Halvorsen"),
    ("farm-drought", "My father wouldn't believe it", "direct", None, "Ted Halvorsen"),
    ("farm-drought", "he expected to harvest", "indirect", "Halvorsen", "Ted Halvorsen"),
    ("farm-drought", "emergency grants", "indirect", None, "Lorna Pitts"),
    ("farm-drought", "We can't make it rain", "direct", "Pitts", "Lorna Pitts"),
    ("farm-drought", "droughts like this one", "indirect",
     ("Climatologist Ben Arora of Prairie State University", "Climatologist Ben Arora",
      "Ben Arora"), "Ben Arora"),
    # "according to figures released ... by X": the figures are the source gold marks
    ("housing-market", "House prices in Marlow Bay fell", "indirect", "figures", None),
    ("housing-market", "Buyers are simply priced out", "direct", None, "Elena Voss"),
    ("housing-market", "almost overnight", "mixed", None, "Mark Feeney"),
    ("housing-market", "she had been outbid", "indirect", None, "Sophie Lang"),
    ("housing-market", "Now I'm the one", "direct", "she", "Sophie Lang"),
    ("crime-brief", "A 34-year-old man was arrested", "indirect", "police", None),
    ("crime-brief", "Officers were called to the store", "indirect", "police", None),
    ("crime-brief", "the damage would cost", "indirect", None, "Raj Mehta"),
    ("crime-brief", "Two more feet", "direct", "Mehta", "Raj Mehta"),
    ("crime-brief", "the man would be charged", "indirect", "Police", None),
    ("diplomatic-anon", "have agreed to resume talks", "indirect", None, None),
    ("diplomatic-anon", "the first round would be held", "indirect", "The official", None),
    ("diplomatic-anon", "We are cautiously", "direct", "the official", None),
    ("diplomatic-anon", "ready to talk", "mixed", None, "Dmitri Olenko"),
    ("diplomatic-anon", "the deal could involve", "indirect", None, None),
    ("coach-postgame", "We didn't tackle", "direct", "Price", "Darnell Price"),
    ("coach-postgame", "That's on me", "direct", None, "Darnell Price"),
    ("coach-postgame", "he would look at every position", "indirect", "Price", "Darnell Price"),
    ("coach-postgame", "Everybody's job is open", "direct", "he", "Darnell Price"),
    ("coach-postgame", "I don't care who you are", "direct", None, "Darnell Price"),
    ("coach-postgame", "the team had not lost faith", "indirect", None, "Tyler Quinn"),
    ("coach-postgame", "He's got our back", "direct", "Quinn", "Tyler Quinn"),
    ("personal-essay", "She didn't want you to worry", "direct", "Mrs. Albright", None),
    ("personal-essay", "You didn't have to come", "direct", "my mother",
     ("my mother", "My mother")),
    ("personal-essay", "I was being dramatic", "indirect", "She", None),
    # a Q&A whose bold questions came out as plain lines: the answers are the subject's, but
    # nothing in the text says so; at least no one else is credited with them
    ("qa-bold", "My grandmother cooked everything", None, None, None),
    ("fashion-backstage", "the end of summer", "mixed", "she", "Inès Marchetti"),
    ("fashion-backstage", "I wanted clothes you could run in", "direct", "Marchetti",
     "Inès Marchetti"),
    ("fashion-backstage", "Women are tired", "direct", None, "Inès Marchetti"),
    ("fashion-backstage", "quietly furious", "mixed", None, "Lila Brenner"),
    ("fashion-backstage", "half of these pieces", "direct", None, "Jonah Pratt"),
    ("un-council", "at least 40,000 people had fled", "indirect", None, "Mariam Toure"),
    ("un-council", "The window for diplomacy", "direct", "she", "Mariam Toure"),
    ("un-council", "Kastoria of shelling civilian areas", "indirect", None, "Pavel Ostrov"),
    ("un-council", "his country's forces had only returned fire", "indirect",
     "Kastoria's envoy", "Kastoria's envoy"),
    ("un-council", "a draft resolution could be circulated", "indirect", "Diplomats", None),
    ("tech-outage", "a faulty configuration change", "indirect", "The company", None),
    ("tech-outage", "Service was fully restored", "indirect", "it", None),
    ("tech-outage", "We let our users down", "direct", None, "Wen Li"),
    ("tech-outage", "they had lost a day's sales", "indirect", None, None),
    ("tech-outage", "Thursday is our busiest day", "direct", None, "Fatima Noor"),
    ("tech-outage", "We just sat there", "direct", None, "Fatima Noor"),
    ("airline-incident", "made an emergency landing", "indirect", "the airline", None),
    ("airline-incident", "None of the 162 passengers was hurt", "indirect", None, "Carla Diaz"),
    ("airline-incident", "hurt, a spokeswoman", None, None, None),
    ("airline-incident", "the cabin went quiet", "indirect", None, "Owen Fitch"),
    ("airline-incident", "Nobody screamed", "direct", "he", "Owen Fitch"),
    ("airline-incident", "it would investigate", "indirect", None, None),
    ("merger-filing", "agreed on Monday to merge", "indirect", "the companies", None),
    ("merger-filing", "Together we will be able", "direct", None, "Linda Osei"),
    ("merger-filing", "it expected to cut about 1,200 jobs", "indirect", "Pinecrest", None),
    ("merger-filing", "makes strategic sense", "mixed", None, None),
    ("floor-speech", "she would block the nomination", "indirect", None, "Ruth Calloway"),
    ("floor-speech", "The public has a right to know", "direct", "Calloway", "Ruth Calloway"),
    ("floor-speech", "a political stunt", "mixed", None, "Dale Hutchins"),
    ("floor-speech", "eminently qualified", "mixed", None, "Dale Hutchins"),
    ("tv-interview", "he did not expect a recession", "indirect", None, "Alan Brody"),
    ("tv-interview", "I think the economy is resilient", "direct", "Brody", "Alan Brody"),
    ("tv-interview", "Consumers are still spending", "direct", None, "Alan Brody"),
    ("tv-interview", "modestly", "mixed", None, "Alan Brody"),
    ("tv-interview", "she was less", "indirect", None, "Karen Lutz"),
    ("trial-jurors", "Dennis Crane had planned the killing", "indirect", "Prosecutors", None),
    ("trial-jurors", "This was not a crime of passion", "direct", None, "Maria Solano"),
    ("trial-jurors", "a pile of", "mixed", None, "Phil Adair"),
    ("trial-jurors", "his client had been at home", "indirect", "He", "Phil Adair"),
    ("kids-ages", "I'm going to read 50 books", "direct", None, "Mia"),
    ("kids-ages", "at least a hundred", "mixed", None, "Leo"),
    ("kids-ages", "the program had doubled", "indirect", None, "Grace Okoro"),
    ("kids-ages", "Kids want to read", "direct", "she", "Grace Okoro"),
    ("readout-call", "The two leaders agreed to meet", "indirect", "the readout", None),
    ("readout-call", "warm and productive", "mixed", None, "Hiro Tanaka"),
    ("readout-call", "the leaders discussed shipping lanes", "indirect", "He", "Hiro Tanaka"),
    ("recalled-mother", "Nobody is coming to save you", "direct", None, "Dana Whitaker"),
    ("recalled-mother", "She meant it literally", "direct", None, "Dana Whitaker"),
    ("recalled-mother", "she thinks of her mother", "indirect", "She", "Dana Whitaker"),
    ("weather-service", "up to half an inch of ice", "indirect", None,
     "National Weather Service"),
    ("weather-service", "Travel will be nearly impossible", "direct", "the service",
     "National Weather Service"),
    ("weather-service", "crews had been placed on standby", "indirect", "Utility companies",
     None),
    ("weather-service", "If you don't have to go out", "direct", None, "Tom Grady"),
    ("wildfire-evac", "It jumped the ridge", "direct", None, "Luis Ortega"),
    ("wildfire-evac", "We had to pull our crews back", "direct", None, "Luis Ortega"),
    ("wildfire-evac", "at least 30 homes had burned", "indirect", "Ortega", "Luis Ortega"),
    ("wildfire-evac", "Evacuation orders covered", "indirect", None, None),
    ("wildfire-evac", "she grabbed her dog", "indirect", None, "Marisa Kent"),
    ("wildfire-evac", "You don't think", "direct", "she", "Marisa Kent"),
    ("startup-funding", "has raised £40", "indirect", "the company", "Brightwell"),
    ("startup-funding", "the money would pay for a pilot", "indirect", None, "Aisha Rahman"),
    ("startup-funding", "We've proven it works", "direct", "she", "Aisha Rahman"),
    ("startup-funding", "the most exciting thing", "mixed", None, "Tom Whitley"),
    ("zoo-birth", "A rare Sumatran tiger cub was born", "indirect", "the zoo", None),
    ("zoo-birth", "feeding well and very", None, None, "Rosie Dunn"),
    ("zoo-birth", "Mum is doing a brilliant job", "direct", None, "Rosie Dunn"),
    ("zoo-birth", "There are fewer than 400", "indirect", None, "World Wildlife Fund"),
    ("book-launch-interview", "Every street in that book", "direct", None, "Chidi Okafor"),
    ("book-launch-interview", "But the people are all invented", "direct", None,
     "Chidi Okafor"),
    ("book-launch-interview", "My mother will know", "direct", "she", "Chidi Okafor"),
    ("book-launch-interview", "the first printing", "indirect", None, "Marlowe & Finch"),
    ("school-board-meeting", "the district had not listened", "indirect", None,
     "Janet Fowler"),
    ("school-board-meeting", "We had 200 people here", "direct", "Fowler", "Janet Fowler"),
    ("school-board-meeting", "the building needed $6 million", "indirect", None,
     "Mark Ellison"),
    ("school-board-meeting", "I wish there were another way", "direct", "he", "Mark Ellison"),
    ("school-board-meeting", "a betrayal", "mixed", None, "Kira Lopez"),
    ("reality-tv", "I said some things I regret", "direct", "Cole", "Brandon Cole"),
    ("reality-tv", "fake", "mixed", "Cole", "Brandon Cole"),
    ("marathon-winner", "The last five kilometers", "direct", "Kiprop", "Daniel Kiprop"),
    ("marathon-winner", "But I heard the crowd", "direct", None, "Daniel Kiprop"),
    ("marathon-winner", "she had trained at altitude", "indirect", "Alemu", "Tigist Alemu"),
]

# expectations the library does not meet yet: (article, piece) -> the cause
NOT_YET: dict[tuple[str, str], str] = {
    ("startup-funding", "has raised £40"):
        "'A, the company said' takes the organisation named last (the investor in the "
        "statement), not the firm the statement is about, set off as 'a London start-up'",
}


test_attribution = attribution_test(ARTICLES, EXPECTED, NOT_YET)


def test_a_military_rank_opens_a_name_and_is_no_part_of_it():
    """ "Pfc. Jo Lee", "Sgt. Maj. Tom Roe", "Cpl. Ann Vale": the rank's short form is a
    title, so the speaker is the name after it; "Lance" and "Seaman", words of ranks too,
    stay a given name and a surname."""
    text = ("Pfc. Jalen Brooks said he was happy. Sgt. Maj. Ben Hale said it was hot. "
            "Lance Wallnau said it was late. Michael Seaman said it was over.\n")
    assert [n for _, _, _, n in quote_rows(text)] == [
        "Jalen Brooks", "Ben Hale", "Lance Wallnau", "Michael Seaman"], quote_rows(text)


def test_letters_after_a_name_set_off_after_a_role_leave_the_name_the_speaker():
    """ "Thorne's barrister, Clare Dunmore KC, said": the letters after her name do not
    hide it, so she speaks, not the role before it; "Thorne's barrister said" is a
    barrister, not Thorne."""
    text = ("Gavin Thorne was jailed. Thorne's barrister, Clare Dunmore KC, said her client "
            "accepted his guilt.\n\nThorne's solicitor said he would appeal.\n")
    assert [(m, n) for _, _, m, n in quote_rows(text)] == [
        ("Clare Dunmore", "Clare Dunmore"), ("Thorne's solicitor", "Thorne's solicitor")], \
        quote_rows(text)


def test_the_judge_is_the_one_titled_justice():
    """ "Mr Justice Pemberton ... the judge told him": a British judge's title "Justice"
    names the one "the judge" stands for."""
    text = ('Mr Justice Pemberton jailed Gavin Thorne.\n\n"You preyed on trust," the judge '
            'told him.\n')
    assert [(m, n) for _, _, m, n in quote_rows(text)] == [("the judge", "Pemberton")], \
        quote_rows(text)


def test_a_field_of_science_before_a_name_and_of_a_university_after_it():
    """ "Climatologist Ben Arora of Prairie State University warned": the field is a title
    before the name (as "economist" is) and the university after "of" his, so the speaker is
    Ben Arora, not an organisation of all the words."""
    text = ("Climatologist Ben Arora of Prairie State University warned that droughts were "
            "rising.\n\nEpidemiologist Jo Hale said the virus had spread.\n")
    assert [n for _, _, _, n in quote_rows(text)] == ["Ben Arora", "Jo Hale"], quote_rows(text)


def test_a_technology_firm_named_with_ai_or_labs_speaks():
    """ "Lumen AI, the start-up behind the chatbot Iris, said that ...": "AI" and "Labs"
    end a firm's name, so the firm speaks, past its apposition."""
    text = ("Lumen AI, the San Francisco start-up behind the chatbot Iris, said on Wednesday "
            "that it would let users delete chats.\n\nCorvex Labs said it would hire.\n")
    assert [(m, n) for _, _, m, n in quote_rows(text)] == [
        ("Lumen AI", "Lumen AI"), ("Corvex Labs", "Corvex Labs")], quote_rows(text)


def test_a_role_with_its_organisation_set_off_before_the_name_is_no_statement():
    """ "A, a spokeswoman for the airline, Carla Diaz, said": the role and the organisation
    after "for" are the speaker's apposition, not the end of the statement, as "the
    airline's spokeswoman" is; a phrase that names no person stays in it ("after the sale
    of the firm")."""
    text = ("None of the passengers was hurt, a spokeswoman for the airline, Carla Diaz, said "
            "in a statement.\n\nThe plant will close in March, after the sale of the firm, "
            "Jo Hale said.\n")
    assert [(t, m) for t, _, m, _ in quote_rows(text)] == [
        ("None of the passengers was hurt", "Carla Diaz"),
        ("The plant will close in March, after the sale of the firm", "Jo Hale")], \
        quote_rows(text)


def test_people_after_a_and_a_noun_name_the_quote_in_a_relative_without_that():
    """ "a figure campaigners call “an insult”", "an offer critics called “...”": "a" cannot
    open "a figure critics", so the plural noun of people opens a relative clause without
    "that" and its people name the quote, not the noun it hangs on nor the sentence's
    subject; "The union members call it “...”" is one noun phrase."""
    text = ('Rich nations offered $100 billion, a figure campaigners call "an insult."\n\n'
            'They made an offer critics called "a joke."\n\n'
            'The union members call it "a betrayal."\n')
    assert [(t, m) for t, _, m, _ in quote_rows(text)] == [
        ('"an insult."', "campaigners"), ('"a joke."', "critics"),
        ('"a betrayal."', "The union members")], quote_rows(text)


def test_a_first_person_possessive_opens_a_speaker_of_people():
    """ "When I walked in, my mother looked up and said, “...”": "my", "our" and "your"
    open a noun phrase of people as "his" does, so the mother speaks, not the "I" of the
    clause before; a noun of no person after them ("our analysis") is left as it was."""
    text = ('When I walked into her kitchen, my mother looked up from her crossword and '
            'said, "You didn\'t have to come."\n\nOur analysis shows the plan failed.\n')
    assert [(t, m) for t, _, m, _ in quote_rows(text)] == [
        ('"You didn\'t have to come."', "my mother"), ("the plan failed", "Our analysis")], \
        quote_rows(text)


def test_the_one_asked_ends_before_the_question_word():
    """ "asked his father what he remembered": the noun phrase of the one asked ends before
    "what", so the question is "what A" and the father is asked, as for a bare name."""
    text = "When I asked his father what he remembered about the blackout, he laughed.\n"
    found = [(q.text, q.addressee_mention.text if q.addressee_mention else None)
             for q in quotetrack.extract(text).quotes]
    assert found == [("what he remembered about the blackout", "his father")], found


def test_a_firm_set_off_after_its_name_with_a_place_before_the_firm_noun():
    """ "Brightwell, a London start-up that makes batteries, said": a place may describe
    the firm noun set off after a name as a nationality does, so the name is a firm's, an
    organisation, not a person; one set off as "a London lawyer" stays a person."""
    text = ("Brightwell, a London start-up that makes batteries, said it had raised money."
            "\n\nTom Reed, a London lawyer, said it would grow.\n")
    found = [(q.speaker.name, q.speaker.type) for q in quotetrack.extract(text).quotes
             if q.speaker is not None]
    assert found == [("Brightwell", "ORG"), ("Tom Reed", "PERSON")], found


def test_a_role_owned_by_one_name_is_not_the_one_titled_for_another():
    """ "The UN's special envoy, Mariam Toure, ... Kastoria's envoy said": the envoy of
    Kastoria is not the one the story titled as the UN's (with a possessive or not); "the
    Kelworth boss" is still the one titled "Kelworth Town manager"."""
    text = ("The UN's special envoy, Mariam Toure, spoke first. Kastoria's envoy said his "
            "forces had returned fire.\n\nKelworth Town manager Sam Pike spoke. \"We lost,\" "
            "the Kelworth boss said.\n")
    assert [(m, n) for _, _, m, n in quote_rows(text)] == [
        ("Kastoria's envoy", "Kastoria's envoy"), ("the Kelworth boss", "Sam Pike")], \
        quote_rows(text)
