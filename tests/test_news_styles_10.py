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
questions were bold): an eighth wave, h40-sty in the twentieth round.

Every article here was written for the test, with invented people, places and outlets,
before the library was run on it, and is read by the model-free default path.  Each
expected attribution is one case: a piece of the quote's text, its kind, the speaker
mention and the speaker entity's name (``None`` where the case does not check it; a tuple
where more than one reading is right; kind ``None``: no quote holds the piece, or, with a
mention or name given, the kind is not checked).
"""

from __future__ import annotations

from findings import attribution_test, quote_rows

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
    ("personal-essay", "You didn't have to come", "direct", "my mother", None),
    ("personal-essay", "I was being dramatic", "indirect", "She", None),
    # a Q&A whose bold questions came out as plain lines: the answers are the subject's, but
    # nothing in the text says so; at least no one else is credited with them
    ("qa-bold", "My grandmother cooked everything", None, None, None),
]

# expectations the library does not meet yet: (article, piece) -> the cause
NOT_YET: dict[tuple[str, str], str] = {
    ("personal-essay", "You didn't have to come"):
        "a first-person story: 'When I walked in, my mother looked up and said, “...”' "
        "gives the 'I' of the clause before, and 'My mother looked up and said' no one",
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
