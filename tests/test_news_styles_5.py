"""News of styles the earlier style tests did not try (press releases, science news, police
appeals, obituaries, debates, earnings calls, disaster eyewitnesses, celebrity news,
translated speech, quotes interrupted by dashes or holding single quotes, Q&A interviews,
radio transcripts, Indian, Australian, Canadian and Irish English, headlines, bullet
lists, "he added" chains, pronouns after a man and a woman, a podcast, a memoir, wire
sources, a weather warning): a third wave, h28-sty in the fifteenth round.

Every article here was written for the test, with invented people, places and outlets,
before the library was run on it, and is read by the model-free default path.  Each
expected attribution is one case: a piece of the quote's text, its kind, the speaker
mention and the speaker entity's name (``None`` where the case does not check it; a tuple
where more than one reading is right; kind ``None``: no quote holds the piece).
"""

from __future__ import annotations

from findings import attribution_test, quote_rows

ARTICLES: dict[str, str] = {
    "press-release": (
        "HARTWELL, Ore. — Brightmoor Analytics, a maker of soil sensors, said on Tuesday "
        "that it had raised $40 million in new funding.\n\n"
        '"This investment lets us bring our sensors to farmers in every county," said Jane '
        "Okafor, chief executive of Brightmoor Analytics.\n\n"
        'The round was led by Cedar Point Ventures. "Brightmoor has built something growers '
        'actually use," said Tom Lindqvist, a partner at Cedar Point Ventures.\n\n'
        "About Brightmoor Analytics\n"
        "Brightmoor Analytics is a privately held company based in Hartwell, Ore. For more "
        "information, visit brightmoor.example.\n"),
    "clinic-release": (
        "Norvale Health today announced the opening of a new clinic in Ashby.\n\n"
        '"Our patients told us they wanted care closer to home," said Dr. Priya Raman, '
        'medical director at Norvale Health. "This clinic is our answer."\n\n'
        'Ashby Mayor Colin Fairweather welcomed the news. "Ashby has waited a long time for '
        'this," he said.\n\n'
        "About Norvale Health\n"
        "Norvale Health operates 14 clinics across the Marsh Valley region.\n"),
    "council-release": (
        "Westbrook Council has approved plans for a new cycle route linking the town centre "
        "and the railway station.\n\n"
        "Cllr Maria Doyle, cabinet member for transport, commented: \"This route will make "
        'it safer for everyone to leave the car at home."\n\n'
        "The scheme is expected to cost £2.4 million. Work will begin in the spring.\n\n"
        "Notes to editors\n"
        "1. Westbrook Council serves a population of 120,000.\n"),
    "octopus-study": (
        "Octopuses that live in colder water sleep longer, according to a study published "
        "on Wednesday in the journal Marine Cognition.\n\n"
        "The researchers, from the University of Calder, filmed 60 octopuses over two "
        'years. "We were surprised by how consistent the pattern was," the study\'s lead '
        "author, Dr. Helen Marsh, said in an interview.\n\n"
        "The animals may save energy by sleeping, the researchers wrote in the journal.\n\n"
        '"It\'s a lovely piece of work," said Samuel Oduya, a marine biologist at Kessling '
        'University who was not involved in the research. "But I\'d want to see it repeated '
        'in the wild."\n\n'
        "Co-author Lukas Brenner added that the team now plans to tag octopuses off the "
        "coast of Norway.\n"),
    "drug-trial": (
        "A common blood-pressure drug may slow memory loss in older adults, scientists "
        "reported on Monday.\n\n"
        "In a trial of 1,200 patients, those who took the drug scored higher on memory tests "
        "after three years, the team wrote in the Northbridge Medical Journal.\n\n"
        '"These results are encouraging, but they are not a reason to start taking the '
        'pill," said Dr. Anita Kowalski, a neurologist at St. Brendan\'s Hospital who led '
        "the study.\n\n"
        "Kowalski said larger trials were needed. Her colleague, Dr. Rafael Ortiz, cautioned "
        "that the effect was small.\n"),
    "bee-study": (
        "Bees can learn to count to four, a new study suggests.\n\n"
        "Researchers at the Hollins Institute trained 40 bumblebees to link a number of dots "
        "with a sugar reward, they reported in the journal Insect Minds on Thursday.\n\n"
        '"Bees have tiny brains, but they are not simple," said Clara Wei, a biologist at the '
        "institute and the paper's senior author.\n\n"
        'Not everyone is convinced. "The bees might be counting, or they might be judging the '
        'area of the dots," said Peter Haldane, who studies animal behaviour at Drummond '
        "University and was not involved in the work.\n"),
    "police-appeal": (
        "Police in Marlow are appealing for witnesses after a 19-year-old man was stabbed "
        "outside a nightclub early on Sunday.\n\n"
        "The victim was taken to Marlow General Hospital, where he remains in a stable "
        "condition, a police spokeswoman said.\n\n"
        'Detective Sgt. Karen Whitlow said: "This was a shocking attack on a busy street, '
        'and I am sure people saw what happened."\n\n'
        '"We are particularly keen to speak to a man in a grey hooded top who was seen '
        'running towards Castle Street," she added.\n\n'
        "Anyone with information is asked to call Marlow Police on 0161 496 0000, quoting "
        "incident 412.\n"),
    "arson-charge": (
        "A 34-year-old Dunmore man was charged Friday with arson after a fire destroyed a "
        "vacant warehouse on Pike Street, police said.\n\n"
        "Investigators found gasoline cans near the building's loading dock, according to a "
        "criminal complaint filed in Lackland County District Court.\n\n"
        '"We don\'t believe anyone else was involved," Police Chief Ray Donnelly told '
        'reporters Saturday. "But the investigation is ongoing."\n\n'
        "The man's attorney, Marcy Fields, said her client would plead not guilty.\n"),
    "crash-appeal": (
        "A 67-year-old woman was struck and killed by a pickup truck while crossing Elm "
        "Avenue on Tuesday evening, according to the Carver Heights Police Department.\n\n"
        "The driver stayed at the scene and was cooperating with investigators, police "
        "said.\n\n"
        '"It\'s a tragedy for the family and for the driver," Sgt. Luis Moreno said. "Speed '
        'does not appear to have been a factor."\n\n'
        "Police asked anyone who saw the crash to contact the department's traffic unit.\n"),
    "obituary": (
        "Margaret Ellery, who ran the Corner Bookshop in Tillbury for more than four "
        "decades, died on March 3 at her home. She was 91.\n\n"
        "The cause was heart failure, her daughter, Ruth Ellery, said.\n\n"
        "Mrs. Ellery opened the shop in 1961 with $300 borrowed from her father. \"She "
        'believed a town without a bookshop was only half a town," her son, David, said in '
        "an interview.\n\n"
        "A former employee, Liam Porter, recalled that she knew every regular customer's "
        'taste. "She would put a book aside for you before you knew you wanted it," he '
        "said.\n"),
    "governor-debate": (
        "The two candidates for governor clashed repeatedly on Tuesday night in their only "
        "televised debate.\n\n"
        '"My opponent has raised taxes four times," said State Sen. Paula Grieve, the '
        "Republican nominee.\n\n"
        '"That is simply not true," shot back Mark Delaney, the Democratic attorney general. '
        '"Senator Grieve knows it is not true."\n\n'
        'Grieve countered that Delaney had "never balanced a budget in his life."\n\n'
        "When the moderator asked about the state's prisons, Delaney said he would close two "
        'of them. "We are spending money we do not have," he said.\n\n'
        '"You will release dangerous people," she retorted.\n'),
    "mayor-debate": (
        "The mayoral race turned personal on Thursday as incumbent Rosa Delgado and "
        "challenger Brian Kessler met at the Eastfield Community Center.\n\n"
        'Kessler accused Delgado of "running the city like a private club."\n\n'
        '"I\'ll take no lessons from a man who skipped 40 council votes," Delgado fired '
        "back.\n\n"
        '"I missed those votes because I was at my mother\'s bedside," Kessler retorted.\n'),
    "earnings-call": (
        "Halvern Foods said on Thursday that quarterly sales fell 4 percent as shoppers "
        "switched to cheaper store brands.\n\n"
        '"The consumer is under real pressure," chief executive Oliver Strand told analysts '
        'on a conference call. "We have to earn every sale."\n\n'
        "Finance chief Nadia Kerr said the company expected costs to ease in the second half "
        "of the year.\n\n"
        "Shares of Halvern fell 6 percent in morning trading. Analysts at Pemberton "
        'Securities said in a note to clients that the outlook was "weaker than feared."\n'),
    "airline-results": (
        "Brightwater Airlines swung to a profit in the third quarter as summer travel hit a "
        "record, the carrier said on Tuesday.\n\n"
        "Chief Executive Helen Osei said on a call with analysts that bookings for the "
        'holidays were "running well ahead of last year."\n\n'
        "Revenue rose 11 percent to $4.2 billion, above the $4.0 billion analysts had "
        "expected, according to Lindmark Data.\n\n"
        '"We are not seeing any slowdown," Chief Financial Officer Mark Yates said.\n'),
    "flood-eyewitness": (
        "Floodwater swept through the village of Kerrow on Sunday, forcing hundreds of "
        "people from their homes.\n\n"
        '"The river came up so fast we only had time to grab the children," said Angela '
        "Moss, 38, who spent the night at a school gymnasium.\n\n"
        "One resident, who asked not to be named, said the warning sirens had not sounded. "
        '"Nobody told us anything," he said.\n\n'
        "A spokesman for the county emergency service said crews had rescued 42 people by "
        "boat.\n"),
    "earthquake": (
        "A magnitude 6.1 earthquake struck the mountain town of Valdoro early on Wednesday, "
        "killing at least 12 people, the regional civil protection agency said.\n\n"
        '"The whole house was shaking. I ran out with my baby in my arms," Giulia Ferrante, '
        "29, told the Alpine Courier by phone.\n\n"
        "Her neighbour, an elderly man who gave his name only as Pietro, said he had lived "
        'through three earthquakes. "This was the worst," he said.\n'),
    "tabloid-split": (
        "Pop star Kayla Vance and actor Reid Hollis have called time on their two-year "
        "romance, Starlight Weekly can reveal.\n\n"
        'A source told the magazine: "They just drifted apart. There was no big fight."\n\n'
        'A rep for Vance said the singer was "focusing on her music and her family."\n\n'
        "Hollis, 31, was spotted leaving a Belford restaurant on Friday night. \"He looked "
        'fine, laughing with friends," an onlooker said.\n'),
    "actor-hospital": (
        "Actor Dominic Vale is recovering after being rushed to hospital with chest pains, "
        "his publicist confirmed on Sunday.\n\n"
        '"Dominic is resting comfortably and thanks everyone for their kind messages," the '
        "publicist, Tara Quinn, said in a statement.\n\n"
        "A friend of the actor told the Daily Lantern that Vale had been \"working himself "
        'into the ground" for months.\n'),
    "interpreter": (
        "The Brazilian striker Thiago Ramos said through an interpreter that he was ready to "
        "play on Saturday.\n\n"
        '"I feel strong, my knee is good," Ramos said in Portuguese. "I want to help the team '
        'win the cup."\n\n'
        "His coach, Ivan Petrov, speaking through a translator, said the club would not rush "
        "him back.\n"),
    "in-spanish": (
        "Mexican Foreign Minister Lucía Herrera said on Friday that her country would not "
        "accept the new tariffs.\n\n"
        '"Mexico is a partner, not a problem," Herrera said in Spanish at a news conference '
        "in Monterrey.\n\n"
        "Asked whether Mexico would retaliate, she said all options remained open, according "
        "to a translation provided by her office.\n"),
    "dash-interruptions": (
        "Council leader Fiona Hale defended the cuts on Wednesday.\n\n"
        '"We have protected libraries — every single one of them — and we have kept the bins '
        'collected weekly," Hale said.\n\n'
        '"The money," she said, "simply is not there."\n\n'
        'Opposition leader Gareth Pryce was unimpressed. "This council — and I say this with '
        'regret — has lost touch with the people it serves," he said.\n'),
    "nested-singles": (
        "The head teacher of Redbrook Academy, Simon Achebe, said pupils had been told to "
        "stop using the phrase.\n\n"
        "\"One boy told me, 'It's only a joke, sir,' and I said that a joke everyone laughs "
        'at except one person is not a joke," Achebe said.\n\n'
        "Parent Lucy Grant said her daughter had come home in tears. \"She said, 'Mum, they "
        "won't stop,'\" Grant said.\n"),
    "qa-interview": (
        "Novelist Harriet Penrose spoke to the Ellesmere Review about her new book.\n\n"
        "Q: Why did you set the novel in a lighthouse?\n\n"
        "A: I grew up near one. The sound of the foghorn is the sound of my childhood.\n\n"
        "Q: Will there be a sequel?\n\n"
        "A: Never say never.\n"),
    "bold-interview": (
        "The chef Marco Bellandi opened his third restaurant in Kingsport last month. He "
        "spoke to the Kingsport Courier.\n\n"
        "**Courier:** Why Kingsport?\n\n"
        "**Bellandi:** My wife is from here, and the fish is the best on the coast.\n\n"
        "**Courier:** What will you cook?\n\n"
        "**Bellandi:** Simple food. Three ingredients, never four.\n"),
    "radio-transcript": (
        "This is a transcript of Tuesday's edition of Morning Forum on Radio Kestrel.\n\n"
        "HOST: Joining me now is the health minister, Alan Dwyer. Minister, waiting lists "
        "are longer than ever. Why?\n\n"
        "DWYER: Because demand has grown faster than anyone predicted. We are hiring 2,000 "
        "nurses this year.\n\n"
        "HOST: Is that enough?\n\n"
        "DWYER: It is a start.\n"),
    "indian-english": (
        "NEW DELHI: The state government will set up 500 new schools in rural districts, "
        "Education Minister R.K. Sharma told PTI on Monday.\n\n"
        '"Every child within three kilometres of a school, that is our target," Sharma '
        "said.\n\n"
        'Opposition leader Meenakshi Rao termed the announcement "an eyewash before the '
        'elections".\n\n'
        "Officials said the first 100 schools would open by June.\n"),
    "australian-english": (
        "Queensland Premier Tom Harding says the state will spend $1.2 billion on new flood "
        "defences after last summer's disaster.\n\n"
        '"We are not going to be caught out again," Mr Harding told the ABC on Thursday.\n\n'
        "Local mayor Jenny Kidd welcomed the money but said it had come too late for many "
        "families.\n\n"
        '"People in Burnett are still living in caravans," Cr Kidd said.\n'),
    "irish-english": (
        "The Taoiseach, Seán Ó Briain, has said the Government will not reopen talks on the "
        "pay deal.\n\n"
        "Speaking to RTÉ's Morning Ireland, Mr Ó Briain said the agreement was \"fair to "
        'workers and fair to taxpayers".\n\n'
        "Sinn Féin's finance spokeswoman, Aoife Nic Giolla, said the deal left nurses behind. "
        '"The Government has chosen to ignore them," she said.\n'),
    "canadian-english": (
        "OTTAWA — The federal government will extend its housing rebate for another year, "
        "Finance Minister Claire Beaulieu announced Wednesday.\n\n"
        '"Families are still struggling with the cost of a first home," Beaulieu told CBC '
        "News.\n\n"
        "Conservative housing critic Doug Wexler said the rebate had done nothing to bring "
        "prices down.\n"),
    "headline": (
        "'Not one job will go without a fight': Union vows to resist Tremont Steel closure\n\n"
        "Workers say the town cannot survive without the plant\n\n"
        "The leader of the Tremont steelworkers' union, Kevin Marsh, said on Friday that "
        "members would strike if the plant's owner went ahead with the closure.\n\n"
        '"We will not back down," Marsh told a rally outside the gates.\n'),
    "bullet-list": (
        "Readers of the Fenwick Echo told us what they thought of the new one-way system:\n\n"
        '- "It takes me twice as long to get to work." — Sandra Bell, Hollins Road\n'
        '- "Finally, the school run is safe." — Amir Patel, Fenwick\n'
        '- "Nobody asked the people who live here." — Joan Riley, Castle Street\n'),
    "he-added-chain": (
        "WELLSBURG, W.Va. (AP) — The owner of a shuttered coal mine has agreed to pay $3 "
        "million to clean up a polluted creek, state officials said Tuesday.\n\n"
        "Environmental Secretary Dale Rutherford said the agreement would restore fish to "
        "Miller Creek within five years.\n\n"
        '"This creek was dead for a generation," Rutherford said. "Now it has a future."\n\n'
        "He added that the state would monitor the water every month.\n\n"
        "Residents had complained for years about orange water in the creek. Lisa Cordell, "
        "who lives beside it, said she was glad but skeptical.\n\n"
        '"I\'ll believe it when I see a trout," she added.\n'),
    "he-and-she": (
        "Hospital administrator Gloria Banks met union representative Frank Tolliver on "
        "Monday to discuss the nurses' pay dispute.\n\n"
        'After the meeting, he said the talks had been "constructive but not conclusive."\n\n'
        "She said the hospital could not afford the union's demands. \"We have a budget, and "
        'we have to live within it," she said.\n\n'
        '"Then they should find the money," he said.\n'),
    "podcast": (
        "Former Ashford mayor Nadia Kourie said on Tuesday that she would not run for the "
        "Senate.\n\n"
        '"I love this city too much to leave it for Washington," Kourie told host Ben Tarrant '
        'on the podcast "City Limits." "Maybe in ten years."\n\n'
        "Tarrant pressed her on the budget. She said the deficit had been \"exaggerated by "
        'people who never read it."\n'),
    "book-excerpt": (
        "In her new memoir, the former surgeon general Rachel Obi writes that the pandemic "
        "response was \"a failure of nerve, not of science.\"\n\n"
        '"We knew what to do," Obi writes. "We did not do it."\n\n'
        "Her former deputy, Carl Menzies, disputed that account in an interview with the "
        "Lakeview Tribune.\n"),
    "ellipsis-quote": (
        "Coach Dana Pruitt was blunt after the loss.\n\n"
        '"We played … I don\'t know what that was," Pruitt said. "Not football."\n\n'
        '"We will be back," said captain Ola Nwosu, 27, a defender from Marston. "Count on '
        'it."\n'),
    "wire-sources": (
        "Corvane Systems is in talks to buy the chipmaker Helix Micro for about $9 billion, "
        "according to people familiar with the matter.\n\n"
        "The talks are at an advanced stage and a deal could be announced as soon as next "
        "week, said the people, who asked not to be identified because the discussions are "
        "private.\n\n"
        "A Corvane spokeswoman declined to comment. Helix Micro did not respond to a request "
        "for comment.\n"),
    "weather-warning": (
        "Heavy snow will hit the Harrow Valley on Thursday night, the National Weather "
        "Service said in an advisory.\n\n"
        '"Travel will be very difficult to impossible," the advisory said.\n\n'
        "Highway patrol Sgt. Amy Castillo urged drivers to stay home. \"If you don't have to "
        'be out, don\'t be," she said.\n'),
}

# (article, piece of the quote, kind, speaker mention, speaker name)
EXPECTED: list[tuple[str, str, str | None, object, object]] = [
    ("press-release", "it had raised $40 million", "indirect", "Brightmoor Analytics",
     "Brightmoor Analytics"),
    ("press-release", "This investment lets us", "direct", "Jane Okafor", "Jane Okafor"),
    ("press-release", "Brightmoor has built", "direct", "Tom Lindqvist", "Tom Lindqvist"),
    ("press-release", "privately held company", None, None, None),
    ("clinic-release", "Our patients told us", "direct", "Dr. Priya Raman", "Priya Raman"),
    ("clinic-release", "This clinic is our answer", "direct", "Dr. Priya Raman",
     "Priya Raman"),
    ("clinic-release", "Ashby has waited", "direct", "he", "Colin Fairweather"),
    ("clinic-release", "operates 14 clinics", None, None, None),
    ("council-release", "This route will make", "direct",
     ("Cllr Maria Doyle", "Maria Doyle", "Cllr Maria Doyle, cabinet member for transport"),
     "Maria Doyle"),
    ("council-release", "expected to cost", None, None, None),
    ("octopus-study", "Octopuses that live in colder water sleep longer", "indirect",
     ("a study", "a study published on Wednesday in the journal Marine Cognition"), None),
    ("octopus-study", "We were surprised", "direct",
     ("Dr. Helen Marsh", "the study's lead author", "the study's lead author, Dr. Helen Marsh"),
     "Helen Marsh"),
    ("octopus-study", "The animals may save energy by sleeping", "indirect",
     "the researchers", None),
    ("octopus-study", "It's a lovely piece of work", "direct", "Samuel Oduya",
     "Samuel Oduya"),
    ("octopus-study", "But I'd want to see it", "direct", "Samuel Oduya", "Samuel Oduya"),
    ("octopus-study", "the team now plans to tag", "indirect",
     ("Co-author Lukas Brenner", "Lukas Brenner"), "Lukas Brenner"),
    ("drug-trial", "A common blood-pressure drug may slow", "indirect", "scientists", None),
    ("drug-trial", "those who took the drug scored higher", "indirect", "the team", None),
    ("drug-trial", "These results are encouraging", "direct", "Dr. Anita Kowalski",
     "Anita Kowalski"),
    ("drug-trial", "larger trials were needed", "indirect", "Kowalski", "Anita Kowalski"),
    ("drug-trial", "the effect was small", "indirect",
     ("Her colleague, Dr. Rafael Ortiz", "Dr. Rafael Ortiz"), "Rafael Ortiz"),
    ("bee-study", "Bees can learn to count", "indirect", "a new study", None),
    ("bee-study", "trained 40 bumblebees", "indirect", "they", None),
    ("bee-study", "Bees have tiny brains", "direct", "Clara Wei", "Clara Wei"),
    ("bee-study", "The bees might be counting", "direct", "Peter Haldane", "Peter Haldane"),
    ("police-appeal", "he remains in a stable condition", "indirect",
     "a police spokeswoman", None),
    ("police-appeal", "This was a shocking attack", "direct",
     "Detective Sgt. Karen Whitlow", "Karen Whitlow"),
    ("police-appeal", "We are particularly keen", "direct", "she", "Karen Whitlow"),
    ("police-appeal", "to call Marlow Police", None, None, None),
    ("arson-charge", "was charged Friday with arson", "indirect", "police", None),
    ("arson-charge", "Investigators found gasoline cans", "indirect",
     ("a criminal complaint", "a criminal complaint filed in Lackland County District Court"),
     None),
    ("arson-charge", "We don't believe anyone", "direct", "Police Chief Ray Donnelly",
     "Ray Donnelly"),
    ("arson-charge", "But the investigation is ongoing", "direct",
     "Police Chief Ray Donnelly", "Ray Donnelly"),
    ("arson-charge", "her client would plead not guilty", "indirect",
     ("The man's attorney, Marcy Fields", "Marcy Fields"), "Marcy Fields"),
    ("crash-appeal", "was struck and killed by a pickup truck", "indirect",
     "the Carver Heights Police Department", None),
    ("crash-appeal", "The driver stayed at the scene", "indirect", "police", None),
    ("crash-appeal", "It's a tragedy for the family", "direct", "Sgt. Luis Moreno",
     "Luis Moreno"),
    ("crash-appeal", "Speed does not appear", "direct", "Sgt. Luis Moreno", "Luis Moreno"),
    # a request is reported speech ("urged X to V"), as PolNeAR reads it 86 times in 124
    ("crash-appeal", "to contact the department", "indirect", "Police", None),
    ("obituary", "The cause was heart failure", "indirect",
     ("her daughter, Ruth Ellery", "Ruth Ellery"), "Ruth Ellery"),
    ("obituary", "She believed a town without a bookshop", "direct",
     ("her son, David", "her son", "David"), ("David", "David Ellery")),
    ("obituary", "she knew every regular customer's taste", "indirect",
     ("A former employee, Liam Porter", "Liam Porter"), "Liam Porter"),
    ("obituary", "She would put a book aside", "direct", "he", "Liam Porter"),
    ("governor-debate", "My opponent has raised taxes", "direct", "State Sen. Paula Grieve",
     "Paula Grieve"),
    ("governor-debate", "That is simply not true", "direct", "Mark Delaney", "Mark Delaney"),
    ("governor-debate", "Senator Grieve knows", "direct", "Mark Delaney", "Mark Delaney"),
    ("governor-debate", "never balanced a budget", "mixed", "Grieve", "Paula Grieve"),
    ("governor-debate", "he would close two of them", "indirect", "Delaney", "Mark Delaney"),
    ("governor-debate", "We are spending money", "direct", "he", "Mark Delaney"),
    ("governor-debate", "You will release dangerous people", "direct", "she",
     "Paula Grieve"),
    ("mayor-debate", "running the city like a private club", "mixed", "Kessler",
     "Brian Kessler"),
    ("mayor-debate", "I'll take no lessons", "direct", "Delgado", "Rosa Delgado"),
    ("mayor-debate", "I missed those votes", "direct", "Kessler", "Brian Kessler"),
    ("earnings-call", "quarterly sales fell 4 percent", "indirect", "Halvern Foods",
     "Halvern Foods"),
    ("earnings-call", "The consumer is under real pressure", "direct",
     ("chief executive Oliver Strand", "Oliver Strand"), "Oliver Strand"),
    ("earnings-call", "We have to earn every sale", "direct",
     ("chief executive Oliver Strand", "Oliver Strand"), "Oliver Strand"),
    ("earnings-call", "the company expected costs to ease", "indirect",
     ("Finance chief Nadia Kerr", "Nadia Kerr"), "Nadia Kerr"),
    ("earnings-call", "weaker than feared", "mixed",
     "Analysts at Pemberton Securities", None),
    ("airline-results", "Brightwater Airlines swung to a profit", "indirect", "the carrier",
     "Brightwater Airlines"),
    ("airline-results", "running well ahead of last year", "mixed",
     ("Chief Executive Helen Osei", "Helen Osei"), "Helen Osei"),
    ("airline-results", "Revenue rose 11 percent", "indirect", "Lindmark Data", None),
    ("airline-results", "We are not seeing any slowdown", "direct",
     ("Chief Financial Officer Mark Yates", "Mark Yates"), "Mark Yates"),
    ("flood-eyewitness", "The river came up so fast", "direct", "Angela Moss",
     "Angela Moss"),
    ("flood-eyewitness", "the warning sirens had not sounded", "indirect",
     ("One resident, who asked not to be named", "One resident"), None),
    ("flood-eyewitness", "Nobody told us anything", "direct", "he", None),
    ("flood-eyewitness", "crews had rescued 42 people", "indirect",
     "A spokesman for the county emergency service", None),
    ("earthquake", "A magnitude 6.1 earthquake struck", "indirect",
     "the regional civil protection agency", None),
    ("earthquake", "The whole house was shaking", "direct", "Giulia Ferrante",
     "Giulia Ferrante"),
    ("earthquake", "he had lived through three earthquakes", "indirect",
     ("Her neighbour", "Her neighbour, an elderly man who gave his name only as Pietro",
      "Pietro"), None),
    ("earthquake", "This was the worst", "direct", "he", None),
    ("tabloid-split", "They just drifted apart", "direct", "A source", None),
    ("tabloid-split", "focusing on her music", "mixed", "A rep for Vance", None),
    ("tabloid-split", "He looked fine", "direct", "an onlooker", None),
    ("actor-hospital", "Dominic Vale is recovering", "indirect", "his publicist", None),
    ("actor-hospital", "Dominic is resting comfortably", "direct",
     ("the publicist, Tara Quinn", "Tara Quinn"), "Tara Quinn"),
    ("actor-hospital", "working himself into the ground", "mixed", "A friend of the actor",
     None),
    ("interpreter", "he was ready to play on Saturday", "indirect",
     ("The Brazilian striker Thiago Ramos", "Thiago Ramos"), "Thiago Ramos"),
    ("interpreter", "I feel strong", "direct", "Ramos", "Thiago Ramos"),
    ("interpreter", "I want to help the team", "direct", "Ramos", "Thiago Ramos"),
    ("interpreter", "the club would not rush him back", "indirect",
     ("His coach, Ivan Petrov", "Ivan Petrov"), "Ivan Petrov"),
    ("in-spanish", "her country would not accept", "indirect",
     ("Mexican Foreign Minister Lucía Herrera", "Lucía Herrera"), "Lucía Herrera"),
    ("in-spanish", "Mexico is a partner", "direct", "Herrera", "Lucía Herrera"),
    # PolNeAR credits a closing "according to a transcript" over the cue inside (2 of 2)
    ("in-spanish", "all options remained open", "indirect",
     ("she", "a translation", "a translation provided by her office"), None),
    ("dash-interruptions", "We have protected libraries", "direct", "Hale", "Fiona Hale"),
    ("dash-interruptions", "The money", "direct", "she", "Fiona Hale"),
    ("dash-interruptions", "simply is not there", "direct", "she", "Fiona Hale"),
    ("dash-interruptions", "This council", "direct", "he", "Gareth Pryce"),
    ("nested-singles", "pupils had been told to stop", "indirect",
     ("The head teacher of Redbrook Academy, Simon Achebe", "Simon Achebe"), "Simon Achebe"),
    ("nested-singles", "One boy told me", "direct", "Achebe", "Simon Achebe"),
    ("nested-singles", "her daughter had come home in tears", "indirect",
     ("Parent Lucy Grant", "Lucy Grant"), "Lucy Grant"),
    ("nested-singles", "She said, 'Mum", "direct", "Grant", "Lucy Grant"),
    ("qa-interview", "I grew up near one", None, None, "Harriet Penrose"),
    ("qa-interview", "Never say never", None, None, "Harriet Penrose"),
    ("bold-interview", "My wife is from here", None, None, "Marco Bellandi"),
    ("bold-interview", "Simple food", None, None, "Marco Bellandi"),
    ("radio-transcript", "Because demand has grown", None, "DWYER", "Alan Dwyer"),
    ("radio-transcript", "It is a start", None, "DWYER", "Alan Dwyer"),
    ("indian-english", "The state government will set up 500 new schools", "indirect",
     ("Education Minister R.K. Sharma", "R.K. Sharma"), "R.K. Sharma"),
    ("indian-english", "Every child within three kilometres", "direct", "Sharma",
     "R.K. Sharma"),
    ("indian-english", "an eyewash before the elections", "mixed",
     ("Opposition leader Meenakshi Rao", "Meenakshi Rao"), "Meenakshi Rao"),
    ("indian-english", "the first 100 schools would open", "indirect", "Officials", None),
    ("australian-english", "the state will spend $1.2 billion", "indirect",
     ("Queensland Premier Tom Harding", "Tom Harding"), "Tom Harding"),
    ("australian-english", "We are not going to be caught out", "direct", "Mr Harding",
     "Tom Harding"),
    ("australian-english", "it had come too late", "indirect",
     ("Local mayor Jenny Kidd", "Jenny Kidd"), "Jenny Kidd"),
    ("australian-english", "People in Burnett", "direct", "Cr Kidd", "Jenny Kidd"),
    ("irish-english", "the Government will not reopen talks", "indirect",
     ("The Taoiseach, Seán Ó Briain", "Seán Ó Briain"), "Seán Ó Briain"),
    ("irish-english", "fair to workers", "mixed", "Mr Ó Briain", "Seán Ó Briain"),
    ("irish-english", "the deal left nurses behind", "indirect",
     ("Sinn Féin's finance spokeswoman, Aoife Nic Giolla", "Aoife Nic Giolla"),
     "Aoife Nic Giolla"),
    ("irish-english", "The Government has chosen", "direct", "she", "Aoife Nic Giolla"),
    ("canadian-english", "The federal government will extend", "indirect",
     ("Finance Minister Claire Beaulieu", "Claire Beaulieu"), "Claire Beaulieu"),
    ("canadian-english", "Families are still struggling", "direct", "Beaulieu",
     "Claire Beaulieu"),
    ("canadian-english", "the rebate had done nothing", "indirect",
     ("Conservative housing critic Doug Wexler", "Doug Wexler"), "Doug Wexler"),
    ("headline", "Not one job will go without a fight", "direct", "Union", None),
    ("headline", "the town cannot survive without the plant", "indirect", "Workers", None),
    ("headline", "members would strike", "indirect",
     ("The leader of the Tremont steelworkers' union, Kevin Marsh", "Kevin Marsh"),
     "Kevin Marsh"),
    ("headline", "We will not back down", "direct", "Marsh", "Kevin Marsh"),
    ("bullet-list", "It takes me twice as long", "direct", "Sandra Bell", "Sandra Bell"),
    ("bullet-list", "Finally, the school run is safe", "direct", "Amir Patel", "Amir Patel"),
    ("bullet-list", "Nobody asked the people", "direct", "Joan Riley", "Joan Riley"),
    ("he-added-chain", "has agreed to pay $3 million", "indirect", "state officials", None),
    ("he-added-chain", "the agreement would restore fish", "indirect",
     ("Environmental Secretary Dale Rutherford", "Dale Rutherford"), "Dale Rutherford"),
    ("he-added-chain", "This creek was dead", "direct", "Rutherford", "Dale Rutherford"),
    ("he-added-chain", "Now it has a future", "direct", "Rutherford", "Dale Rutherford"),
    ("he-added-chain", "the state would monitor the water", "indirect", "He",
     "Dale Rutherford"),
    ("he-added-chain", "she was glad but skeptical", "indirect",
     ("Lisa Cordell, who lives beside it", "Lisa Cordell"), "Lisa Cordell"),
    ("he-added-chain", "I'll believe it when I see a trout", "direct", "she",
     "Lisa Cordell"),
    ("he-and-she", "constructive but not conclusive", "mixed", "he", "Frank Tolliver"),
    ("he-and-she", "the hospital could not afford", "indirect", "She", "Gloria Banks"),
    ("he-and-she", "We have a budget", "direct", "she", "Gloria Banks"),
    ("he-and-she", "Then they should find the money", "direct", "he", "Frank Tolliver"),
    ("podcast", "she would not run for the", "indirect",
     ("Former Ashford mayor Nadia Kourie", "Nadia Kourie"), "Nadia Kourie"),
    ("podcast", "I love this city", "direct", "Kourie", "Nadia Kourie"),
    ("podcast", "Maybe in ten years", "direct", "Kourie", "Nadia Kourie"),
    ("podcast", "City Limits", None, None, None),
    ("podcast", "exaggerated by people", "mixed", "She", "Nadia Kourie"),
    ("book-excerpt", "a failure of nerve", "mixed",
     ("the former surgeon general Rachel Obi", "Rachel Obi"), "Rachel Obi"),
    ("book-excerpt", "We knew what to do", "direct", "Obi", "Rachel Obi"),
    ("book-excerpt", "We did not do it", "direct", "Obi", "Rachel Obi"),
    ("ellipsis-quote", "We played", "direct", "Pruitt", "Dana Pruitt"),
    ("ellipsis-quote", "Not football", "direct", "Pruitt", "Dana Pruitt"),
    ("ellipsis-quote", "We will be back", "direct", ("captain Ola Nwosu", "Ola Nwosu"),
     "Ola Nwosu"),
    ("ellipsis-quote", "Count on it", "direct", ("captain Ola Nwosu", "Ola Nwosu"),
     "Ola Nwosu"),
    ("wire-sources", "is in talks to buy", "indirect", "people familiar with the matter",
     None),
    ("wire-sources", "The talks are at an advanced stage", "indirect", "the people", None),
    ("weather-warning", "Heavy snow will hit", "indirect", "the National Weather Service",
     None),
    ("weather-warning", "Travel will be very difficult", "direct", "the advisory", None),
    ("weather-warning", "drivers to stay home", "indirect",
     ("Highway patrol Sgt. Amy Castillo", "Sgt. Amy Castillo"), "Amy Castillo"),
    ("weather-warning", "If you don't have to", "direct", "she", "Amy Castillo"),
]

# expectations the library does not meet yet: (article, piece) -> the cause
NOT_YET: dict[tuple[str, str], str] = {
    # the answers of a Q&A interview are the interviewee's since h62-qa (thirtieth round,
    # tests/test_interviews_30.py)
}


test_attribution = attribution_test(ARTICLES, EXPECTED, NOT_YET)


def test_a_councillor_s_title_and_an_irish_surname_are_the_person_named_before():
    """ "Cllr Kidd", "Cr Kidd": a councillor's title, the Jenny Kidd the story named; "Ms Ní
    Bhraonáin": an Irish surname, its particle capitalised, of Máire Ní Bhraonáin."""
    text = ('Jenny Kidd said the road would close. "It is a shame," Cllr Kidd said.\n\n'
            'Máire Ní Bhraonáin spoke next. "Never," Ms Ní Bhraonáin said.\n')
    found = {t: name for t, _, _, name in quote_rows(text)}
    assert found['"It is a shame,"'] == "Jenny Kidd", found
    assert found['"Never,"'] == "Máire Ní Bhraonáin", found

