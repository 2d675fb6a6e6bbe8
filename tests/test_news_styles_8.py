"""News of styles the earlier style tests did not try (markets notes to clients, earnings
guidance, "people familiar with the matter", a product launch, study authors and "the
researchers wrote", war reporting with anonymous officials and a soldier known by a call
sign, a joint communiqué, a foreign ministry's statement and "through an interpreter", a
murder trial's witness, a US city council and a school board, a heatwave and a hurricane,
a rally speech with single marks inside double, "as X put it" and "in the words of X", "X
was quoted by Y as saying", "X told Y in an interview", "X wrote on social media", a
football transfer, an obituary quoting the family, a feature that names its subject by
surname, title, role noun and pronoun in turn, Hong Kong, Malaysian and Japanese English,
Spanish and French quote marks, "claimed", "insisted", "warned", "argued", "stressed",
"admitted", "conceded", "denied" with and without "that", a central bank, a recall, an
appeals ruling and its dissent, strike talks, a start-up's email, a launch broadcast and
a robbery): a sixth wave, h35-sty in the eighteenth round.

Every article here was written for the test, with invented people, places and outlets,
before the library was run on it, and is read by the model-free default path. Each
expected attribution is one case of ``findings.attribution_test``, whose docstring tells
the table's format.
"""

from __future__ import annotations

from findings import attribution_test, quote_rows

ARTICLES: dict[str, str] = {
    "analyst-note": (
        "Shares of Corveth Semiconductor fell 8% on Thursday after the chipmaker cut its "
        "forecast for the rest of the year.\n\n"
        "Analysts at Pelham Brothers said in a note to clients that demand for memory chips "
        'had peaked. "We see no recovery before the second half of next year," wrote Dana '
        "Whitcombe, an analyst at the bank.\n\n"
        "Corveth now expects revenue of $2.1 billion to $2.3 billion for the fourth quarter, "
        "down from an earlier forecast of $2.6 billion, the company said in a statement.\n\n"
        '"Customers are working through the inventory they built up last year," chief '
        "financial officer Martin Eckley told analysts on a conference call. He said the "
        "company would cut capital spending by a fifth.\n\n"
        "A person familiar with the matter said Corveth was also weighing the sale of its "
        "sensor unit. A company spokeswoman declined to comment.\n"),
    "earnings-guidance": (
        "Brenner Foods raised its full-year profit guidance on Tuesday, citing strong sales "
        "of its frozen meals.\n\n"
        "The Omaha-based company now sees earnings of $3.40 to $3.50 a share, up from $3.20 "
        "to $3.30. Analysts polled by Marketline had expected $3.31.\n\n"
        '"Our brands are winning at the shelf," chief executive Laura Quist said in a '
        'release. "We are confident in the back half of the year."\n\n'
        "On a call with investors, Quist conceded that price increases had cost the company "
        "some customers. Finance chief Oren Baptiste stressed that the company was not "
        "planning further price rises this year.\n\n"
        '"Guidance looks conservative to us," Jefferson Lowe analyst Mira Santos wrote in a '
        "note.\n"),
    "familiar-sources": (
        "Halvorsen Group is in advanced talks to buy the rival shipping line Trask Marine for "
        "about $4 billion, according to people familiar with the matter.\n\n"
        "A deal could be announced as soon as next week, said one of the people, who asked "
        "not to be identified because the talks are private. The terms could still change "
        "and the talks could fall apart, the people said.\n\n"
        "Representatives for Halvorsen and Trask declined to comment.\n\n"
        "Trask has struggled since freight rates fell last year. Its chairman, Olof Berge, "
        'told shareholders in May that the company was "open to all options".\n'),
    "product-launch": (
        "Lumora on Wednesday unveiled its first pair of smart glasses, betting that shoppers "
        "are ready to wear a computer on their face.\n\n"
        "The glasses, called Lumora Vue, will go on sale in March for $499. They can "
        "translate speech in real time and show directions in the corner of the wearer's "
        "eye.\n\n"
        '"This is the product we have been dreaming about for ten years," co-founder Priya '
        "Anand told a crowd of developers at the company's headquarters in Sunnyvale. \"Your "
        'phone can finally stay in your pocket."\n\n'
        'Not everyone is convinced. "Battery life is the whole ballgame, and they were very '
        'quiet about it," said Ben Kowalczyk, who covers wearables for the tech site '
        "Gadgetry.\n\n"
        "Lumora said the battery would last about six hours of normal use.\n"),
    "study-authors": (
        "People who sleep fewer than six hours a night are more likely to catch a cold, a "
        "new study suggests.\n\n"
        "Researchers at the University of Calder followed 1,200 adults for two years. Those "
        "who slept least were 40 per cent more likely to report a cold, the researchers "
        "wrote in the journal Sleep Health.\n\n"
        '"Sleep seems to act like a tune-up for the immune system," said the study\'s lead '
        "author, Dr Hannah Morrow. She cautioned that the study showed a link, not a "
        "cause.\n\n"
        '"We cannot rule out that people who sleep badly also differ in other ways," the '
        "authors wrote.\n\n"
        "Professor Ade Okonjo, who was not involved in the research, called the findings "
        '"plausible but preliminary".\n'),
    "war-anonymous": (
        "KERVAN, Dalmaria — Artillery fire struck a fuel depot on the outskirts of Kervan "
        "overnight, killing at least three people, regional officials said on Saturday.\n\n"
        "A senior military official, speaking on condition of anonymity to discuss "
        "operational matters, said the strike had been carried out by long-range guns moved "
        "to the front last week.\n\n"
        '"They are trying to cut our supply lines before winter," the official said.\n\n'
        "The governor of the region, Tomas Verin, wrote on Telegram that firefighters had "
        "put out the blaze by dawn. Residents said the explosions shook windows across the "
        "city.\n\n"
        "The Ministry of Defence in Ostrava denied that its forces had targeted civilian "
        "sites.\n"),
    "frontline-unnamed": (
        "The soldiers in the trench outside Pelyn have not slept properly in a week.\n\n"
        '"Every night they come with drones," said a 24-year-old sergeant who gave only his '
        'call sign, Falcon, in line with military rules. "You learn to listen for the '
        'buzzing."\n\n'
        "His commander, Major Irina Solte, said the unit had lost four men since August. She "
        "said she had asked for more air defence but had been told to wait.\n\n"
        '"We hold because we have to," she said.\n\n'
        "A Western diplomat in the capital, who spoke on the condition that he not be named, "
        "said aid deliveries had slowed.\n"),
    "communique": (
        "The leaders of Norvania and Estrella pledged on Monday to double trade between their "
        "countries by 2030.\n\n"
        "In a joint communiqué issued after two days of talks in Port Vell, the two "
        'governments said they would "work together to remove barriers to investment".\n\n'
        "Norvanian President Helga Strand said the agreement marked \"a new chapter\" in "
        "relations. Speaking through an interpreter, Estrellan Prime Minister Juan Carlos "
        'Ibarra said his country had "no better friend in the north".\n\n'
        "The communiqué did not mention the disputed fishing grounds off the Ravel coast, "
        "which both sides claim.\n"),
    "foreign-ministry": (
        "Valdoria on Thursday summoned the ambassador of Kesh to protest the detention of two "
        "Valdorian journalists.\n\n"
        '"The detention of our citizens on baseless charges is unacceptable," the foreign '
        "ministry said in a statement. It called for their immediate release.\n\n"
        "Kesh's foreign ministry spokesman, Arman Dzhaksy, told reporters in Tarsk that the "
        'two had entered a closed military zone without permission. "They broke the law and '
        'the law will take its course," he said through an interpreter.\n\n'
        "The journalists' employer, the Valdorian daily Nova Vest, said they had been on "
        "assignment covering a flood.\n"),
    "trial-witness": (
        "A neighbour told a jury on Tuesday that she heard two gunshots and then saw a man in "
        "a red jacket running from the house on Alder Street.\n\n"
        "Testifying in the murder trial of Dwayne Pruitt, 31, Carmen Ochoa said she had been "
        'watering her garden when she heard the shots. "I dropped the hose and ran inside," '
        "she said.\n\n"
        "Under cross-examination by defense attorney Neil Farraday, Ochoa admitted she had "
        'not seen the man\'s face. "It was dark and he was fast," she told the court.\n\n'
        "Prosecutors say Pruitt shot his former business partner, Glen Haskins, over a debt. "
        "Pruitt has pleaded not guilty. The trial resumes Wednesday.\n"),
    "city-council": (
        "DUNMORE, Ind. — The Dunmore City Council voted 5-2 on Monday night to ban overnight "
        "parking of semitrailers on residential streets.\n\n"
        'Council member Roberta "Bobbie" Klein, who proposed the ordinance, said residents '
        "on the east side had complained for years about trucks idling outside their homes. "
        '"People can\'t sleep," Klein said. "This is a quality-of-life issue, plain and '
        'simple."\n\n'
        "Trucker Dale Hummel, 52, told the council the ban would leave drivers with nowhere "
        'to park. "Where are we supposed to go?" he asked.\n\n'
        "Mayor Tony Reyes said he would sign the ordinance. It takes effect Jan. 1.\n"),
    "school-board": (
        "Parents packed the Westfield school board meeting on Thursday to oppose a plan to "
        "start high school classes at 7:05 a.m.\n\n"
        '"My son already leaves the house in the dark," said Angela Whitfield, a mother of '
        'three. "Now you want him at the bus stop at 6:15?"\n\n'
        "Superintendent Dr. Marcus Bell argued the earlier start was the only way to share "
        "buses between the district's elementary and high schools without hiring 14 more "
        "drivers. The change would save about $1.2 million a year, he said.\n\n"
        "Board president Linda Cho said the board would vote next month. Students also "
        'spoke. "We\'re tired," said junior Kayla Ortiz, 16. "Literally."\n'),
    "heatwave": (
        "Temperatures are forecast to reach 44C in parts of southern Varnia this weekend, the "
        "national weather service warned on Friday.\n\n"
        "The service issued a red alert for six provinces and urged people to stay indoors "
        'between noon and 5pm. "This is a dangerous, long-lasting heatwave," said forecaster '
        'Elena Mardi. "Nights will bring little relief."\n\n'
        "Climate scientist Dr Tobias Renn of the Halstead Institute said heatwaves like this "
        "one had become about five times more likely because of global warming.\n\n"
        "Farmers in the Leda valley warned the heat could ruin the olive harvest.\n"),
    "rally-nested": (
        "Senator Carla Dominguez drew a crowd of about 3,000 to the fairgrounds in Elkton on "
        "Saturday.\n\n"
        "\"My opponent says, 'We can't afford to fix these roads,'\" Dominguez told the "
        'crowd. "I say we can\'t afford not to."\n\n'
        "She mocked her rival, Gov. Rick Halvorsen, for calling the state's schools \"good "
        "enough\". \"'Good enough' isn't good enough for your kids, and it isn't good enough "
        'for mine," she said.\n\n'
        "Halvorsen's campaign said in a statement that the senator had voted against every "
        "road bill since 2019.\n"),
    "as-put-it": (
        "The Marlow Valley has lost half its dairy farms in a decade. As one farmer, Greg "
        "Tillman, put it: \"The milk price hasn't moved since 2012, but everything else "
        'has."\n\n'
        "In the words of the county's agriculture officer, Sheila Brandt, the valley is "
        '"one bad winter away" from losing the rest.\n\n'
        '"We\'re not asking for handouts," Tillman said. "We\'re asking for a fair '
        'price."\n\n'
        "The dairy processor Cloverdale, which buys most of the valley's milk, said its "
        "prices reflected the market.\n"),
    "quoted-by": (
        "Former Arden Rovers chairman Keith Mallon has said he regrets selling the club.\n\n"
        'Mallon was quoted by the Arden Gazette as saying: "It was the worst decision of my '
        'life. I was tired and I took the money."\n\n'
        "In an interview with the radio station Arden FM, he said the new owners had \"no "
        'feel for the town".\n\n'
        "The club's current owner, the investment firm Greyfield Capital, told the Gazette "
        'it was committed to Arden "for the long term".\n'),
    "told-in-interview": (
        "The novelist Ines Carvalho told the Sunday Ledger in an interview that she had "
        "written her new book in a single summer.\n\n"
        '"I had no plan. I just sat down every morning and it came," Carvalho, 58, said.\n\n'
        "She told the paper she was already at work on a sequel, though she admitted it was "
        '"going much more slowly".\n\n'
        "Her publisher, Fenwick & Day, said the first printing of 80,000 copies had sold "
        "out.\n"),
    "social-media": (
        "Pop singer Jazmine Rae has cancelled the rest of her European tour, citing "
        "exhaustion.\n\n"
        '"I\'m so sorry to everyone who bought tickets. I need to rest," Rae wrote on social '
        "media late on Sunday.\n\n"
        "Her manager, Troy Biggs, posted on Instagram that refunds would be issued within 30 "
        "days. The promoter, Livewire Events, wrote on X that fans in Berlin and Vienna would "
        "be contacted directly.\n\n"
        'Fans were quick to respond. "Take all the time you need," one wrote.\n'),
    "transfer": (
        "Portside United have signed the Ghanaian midfielder Kwame Asante from Sporting "
        "Belmar for a club-record fee, the club announced on Friday.\n\n"
        'Asante, 23, has agreed a five-year contract. "This is a dream for me and my '
        'family," he told the club\'s website.\n\n'
        "Portside did not disclose the fee, but it is understood to be about £35 million. "
        "Sporting Belmar's president, Rui Faria, said the club had \"not wanted to sell but "
        'could not refuse".\n\n'
        'Portside manager Gary Lund called Asante "the kind of player who makes everyone '
        'around him better".\n'),
    "obituary-family": (
        "Margaret 'Peggy' Dunleavy, who ran the Corner Bakery on Main Street in Fairhope for "
        "46 years, died on Sunday at her home. She was 88.\n\n"
        "Her death was confirmed by her daughter, Anne Dunleavy-Roth.\n\n"
        '"Mom got up at four every morning, six days a week, until she was 80," her daughter '
        'said. "She knew every customer\'s order by heart."\n\n'
        "Her son, Patrick Dunleavy, said she had never taken a holiday longer than a week. "
        '"She said the bread wouldn\'t bake itself," he recalled.\n\n'
        "Besides her daughter and son, she is survived by seven grandchildren.\n"),
    "long-feature": (
        "Dr. Samuel Okafor-Lindqvist has delivered more than 9,000 babies in 31 years at "
        "Harrow General Hospital. On Friday he delivers his last.\n\n"
        '"I still get nervous," Okafor-Lindqvist said, standing outside the maternity ward in '
        'his scrubs. "The day I stop getting nervous is the day I should stop."\n\n'
        "The obstetrician, who came to Harrow from Lagos in 1993, said the hardest part of "
        'the job had never been the medicine. "It\'s the nights when things go wrong," he '
        "said.\n\n"
        "Colleagues say Dr. Okafor-Lindqvist has never missed a shift. \"He's a legend "
        'here," said midwife Tessa Grant, who has worked with him for 20 years.\n\n'
        "The doctor plans to spend his retirement fishing. \"The fish don't call at 3 a.m.,\" "
        "he said.\n"),
    "hong-kong-english": (
        "The Hong Kong government will roll out a new round of consumption vouchers next "
        "month, Financial Secretary Kenneth Lau Chi-hung announced yesterday.\n\n"
        "Speaking at a press conference, Mr Lau said the HK$5,000 vouchers would help "
        "retailers who had suffered since residents began shopping across the border in "
        "Shenzhen.\n\n"
        '"We hope the scheme can inject some momentum into the local economy," he said.\n\n'
        "Legislator Winnie Ho Suk-yee said the money would be better spent on helping small "
        "shops pay rent. The Retail Management Association welcomed the move, saying it "
        "would boost sales by about 3 per cent.\n"),
    "malaysian-english": (
        "KUALA LUMPUR: The Health Ministry will hire 4,000 more nurses this year to ease the "
        "shortage at government hospitals, said Health Minister Datuk Seri Dr Azman Hakim.\n\n"
        "He said the ministry had received approval from the Treasury for the new posts.\n\n"
        '"We are aware that our nurses are overworked. This is not a problem we can solve '
        'overnight," he told reporters after opening a clinic in Seremban yesterday.\n\n'
        "Malaysian Nurses Union president Siti Aminah Razak said the move was \"long "
        'overdue" but urged the ministry to also raise allowances.\n\n'
        "Meanwhile, Dr Azman said the ministry was studying a proposal to extend clinic hours "
        "to 10pm.\n"),
    "japanese-translation": (
        "TOKYO — Prime Minister Kenji Morioka said on Tuesday that Japan would double its "
        "spending on childcare by 2030, calling the falling birth rate \"a quiet "
        'emergency".\n\n'
        '"If we do not act now, there will be no second chance," Morioka told a '
        "parliamentary committee, according to a transcript released by his office.\n\n"
        "Opposition leader Yumiko Hanada of the Constitutional Democratic Party questioned "
        'how the plan would be funded. "The prime minister talks about children, but he does '
        'not talk about money," she said, speaking in Japanese.\n\n'
        "Finance Minister Takeshi Ono said details would be announced in June.\n"),
    "spanish-guillemets": (
        "MADRID — The Spanish housing minister, Carmen Robles, defended the new rent cap on "
        "Wednesday.\n\n"
        "«Housing is a right, not a business», Robles said in Congress.\n\n"
        "The opposition Popular Alliance said the cap would drive landlords out of the "
        "market. Its spokesman, Andrés Ferrer, called the law «an attack on property».\n\n"
        "Tenants' groups said the measure did not go far enough.\n"),
    "french-guillemets": (
        "PARIS — The French transport minister, Élise Marchand, said on Monday that rail "
        "fares would be frozen until the end of the year.\n\n"
        "« Nobody should have to choose between the train and the car because of price », "
        "Marchand told France Matin radio.\n\n"
        "The rail union SUD-Rail welcomed the freeze but warned that strikes planned for next "
        "week would go ahead. « A freeze is not a pay rise », said the union's leader, Julien "
        "Perrot.\n"),
    "reported-verbs": (
        "Mayor Dana Hollister insisted on Wednesday that the city's budget was balanced, "
        "despite a $12 million gap identified by auditors.\n\n"
        "Councilman Ray Ostrowski claimed the mayor had hidden the shortfall until after the "
        "election. Hollister denied hiding anything.\n\n"
        "City auditor Priya Nandakumar warned the gap could double next year if pension costs "
        "kept rising. She argued the city needed to stop using one-time money to pay for "
        "ongoing costs.\n\n"
        'Hollister conceded the auditor had "raised fair points" but stressed the city would '
        "not raise taxes.\n"),
    "that-omitted": (
        "The owner of the Blue Heron marina, Walt Kessler, admitted he had not renewed the "
        "dock's safety certificate since 2021.\n\n"
        "Kessler told investigators the paperwork had slipped his mind after his wife fell "
        "ill. He denied the lapse had anything to do with the collapse of the pier on July "
        "4, which injured 11 people.\n\n"
        "State inspector Lorraine Buckley said the pilings had rotted through. Her report "
        "concluded the pier should have been closed years ago.\n\n"
        "Kessler's lawyer, Ed Mancuso, conceded his client had made mistakes but insisted he "
        "was no criminal.\n"),
    "central-bank": (
        "The Bank of Norvania kept its main interest rate at 4.5 per cent on Thursday, but "
        "signalled that cuts could come as early as June.\n\n"
        '"Inflation is falling faster than we expected," Governor Annika Lund told a news '
        'conference. "But we are not there yet."\n\n'
        "The bank's statement said policymakers would \"remain vigilant\" about wage growth. "
        "Two of the seven members of the rate-setting committee voted for a cut.\n\n"
        "Economists at Nordhavn Bank said in a research note that they now expected three "
        "cuts this year. The krone fell 0.4 per cent against the euro after the decision.\n"),
    "recall": (
        "The maker of the popular Snuggle Nest infant sleeper is recalling 1.1 million of the "
        "products after reports that three babies suffocated, the Consumer Product Safety "
        "Commission said on Tuesday.\n\n"
        "The commission said parents should stop using the sleepers immediately. \"No "
        'product is worth the risk to a child\'s life," commission chair Teresa Valdez '
        "said.\n\n"
        "Snuggle Nest's maker, Cradlewell Inc., said in a statement that it was "
        '"heartbroken" and was working with regulators. The company said consumers could get '
        "a full refund.\n\n"
        "Jordan Pike, a lawyer for one of the families, said the company had known about the "
        "danger for years.\n"),
    "hurricane": (
        "Hurricane Delphine strengthened to a Category 3 storm overnight and is expected to "
        "make landfall near Port Marsh on Thursday, the National Hurricane Center said.\n\n"
        "Governor Ruth Adair ordered the evacuation of all coastal counties. \"If you are "
        'told to leave, leave," Adair said at a briefing in Tallow. "Do not wait to see how '
        'bad it gets."\n\n'
        "Port Marsh Mayor Leon Fitch said shelters had room for 8,000 people. Gas stations "
        "along Route 9 ran dry by Wednesday afternoon, residents said.\n\n"
        '"I\'ve been through four of these. This one scares me," said Ella Broussard, 70, as '
        "she loaded her car.\n"),
    "appeals-ruling": (
        "A federal appeals court on Friday struck down Westmark's ban on drag performances, "
        "ruling 2-1 that it violated the First Amendment.\n\n"
        '"The state may not silence speech simply because some find it offensive," Judge '
        "Naomi Feld wrote for the majority.\n\n"
        "In a dissent, Judge Carl Ruppert argued that the law regulated conduct, not speech. "
        '"The majority mistakes a zoning rule for censorship," he wrote.\n\n'
        "Westmark Attorney General Brett Sayers said he would ask the full court to rehear "
        "the case.\n"),
    "strike-talks": (
        "Talks between the Harbor Transit Authority and the bus drivers' union broke down on "
        "Sunday, raising the prospect of a strike on Wednesday.\n\n"
        '"They walked away from the table," said Deshawn Morris, president of Amalgamated '
        'Transit Local 412. "We were close. We are still willing to talk."\n\n'
        "The authority's general manager, Phyllis Yuen, said the union's demand for a 15 "
        'percent raise over three years was "simply not affordable". She said the authority '
        "had offered 9 percent.\n\n"
        "Riders should plan for alternatives, Yuen added.\n"),
    "startup-email": (
        "Fintech startup Paywise has laid off 30 percent of its staff, the company confirmed "
        "on Monday, weeks after it raised $60 million.\n\n"
        "In an email to employees seen by TechLedger, chief executive Omar Haddad wrote that "
        'the company had "grown too fast" and needed to "get back to basics".\n\n'
        '"This is the hardest email I have ever had to write," Haddad wrote.\n\n'
        "Per a former employee, the cuts fell hardest on the sales team. Paywise declined to "
        "say how many people were affected.\n"),
    "space-launch": (
        "The Arcadia Space Agency launched its first crewed mission on Saturday, sending two "
        "astronauts into orbit from the Selin spaceport.\n\n"
        '"Liftoff, and the dream of a generation goes with it," the launch commentator told '
        "viewers on the state broadcaster.\n\n"
        "Mission commander Rafael Ortiz radioed back minutes later: \"The view is beyond "
        'anything I imagined."\n\n'
        "The agency said the crew would spend five days in orbit. Its director, Dr. Mirela "
        'Stan, called the launch "a proud day for every Arcadian".\n'),
    "store-robbery": (
        "Police in Orland are searching for a man who robbed a convenience store at "
        "knifepoint late Friday.\n\n"
        "The man took about $300 from the register and fled on foot, Sgt. Luis Becerra said. "
        "No one was hurt.\n\n"
        "Store clerk Manpreet Gill told KTVX the man seemed nervous. \"His hands were shaking "
        'the whole time," Gill said. "I just gave him the money."\n\n'
        "Anyone with information is asked to call the Orland Police Department.\n"),
}

EXPECTED: list[tuple] = [
    ("analyst-note", "demand for memory chips had peaked", "indirect",
     ("Analysts at Pelham Brothers", "Analysts"), None),
    ("analyst-note", "We see no recovery", "direct",
     ("Dana Whitcombe, an analyst at the bank", "Dana Whitcombe"), "Dana Whitcombe"),
    ("analyst-note", "Corveth now expects revenue", "indirect", "the company",
     ("Corveth Semiconductor", "Corveth")),
    ("analyst-note", "Customers are working through", "direct",
     ("chief financial officer Martin Eckley", "Martin Eckley"), "Martin Eckley"),
    ("analyst-note", "company would cut capital spending", "indirect", "He", "Martin Eckley"),
    # before its cue the head of "a person familiar with ..." is the mention, as
    # test_annotator_names_3 has it ("A person"); after the cue the whole phrase
    ("analyst-note", "Corveth was also weighing the sale", "indirect",
     ("A person familiar with the matter", "A person"), None),
    ("earnings-guidance", "Our brands are winning", "direct",
     ("chief executive Laura Quist", "Laura Quist"), "Laura Quist"),
    ("earnings-guidance", "We are confident in the back half", "direct",
     ("chief executive Laura Quist", "Laura Quist"), "Laura Quist"),
    ("earnings-guidance", "price increases had cost the company", "indirect", "Quist",
     "Laura Quist"),
    ("earnings-guidance", "the company was not planning further", "indirect",
     ("Finance chief Oren Baptiste", "Oren Baptiste"), "Oren Baptiste"),
    ("earnings-guidance", "Guidance looks conservative", "direct",
     ("Jefferson Lowe analyst Mira Santos", "Mira Santos"), "Mira Santos"),
    ("familiar-sources", "Halvorsen Group is in advanced talks", "indirect",
     "people familiar with the matter", None),
    ("familiar-sources", "A deal could be announced", "indirect",
     ("one of the people, who asked not to be identified because the talks are private",
      "one of the people", "one"), None),
    ("familiar-sources", "The terms could still change", "indirect", "the people", None),
    ("familiar-sources", "open to all options", "mixed",
     ("Its chairman, Olof Berge", "Olof Berge"), "Olof Berge"),
    ("product-launch", "This is the product we have been dreaming", "direct",
     ("co-founder Priya Anand", "Priya Anand"), "Priya Anand"),
    ("product-launch", "Your phone can finally stay", "direct",
     ("co-founder Priya Anand", "Priya Anand"), "Priya Anand"),
    ("product-launch", "Battery life is the whole ballgame", "direct",
     ("Ben Kowalczyk, who covers wearables for the tech site Gadgetry", "Ben Kowalczyk"),
     "Ben Kowalczyk"),
    ("product-launch", "the battery would last about six hours", "indirect", "Lumora",
     "Lumora"),
    ("study-authors", "are more likely to catch a cold", "indirect", "a new study", None),
    ("study-authors", "Those who slept least", "indirect", "the researchers", None),
    ("study-authors", "Sleep seems to act like", "direct",
     # the role noun before the name set off after it is the mention, as in wave 5's
     # "Voss's agent, Kim Baird", when the speaker is the name
     ("the study's lead author, Dr Hannah Morrow", "Dr Hannah Morrow", "Hannah Morrow",
      "the study's lead author"),
     "Hannah Morrow"),
    ("study-authors", "the study showed a link", "indirect", "She", "Hannah Morrow"),
    ("study-authors", "We cannot rule out", "direct", "the authors", None),
    ("study-authors", "plausible but preliminary", "mixed",
     ("Professor Ade Okonjo, who was not involved in the research", "Professor Ade Okonjo",
      "Ade Okonjo"), "Ade Okonjo"),
    ("war-anonymous", "Artillery fire struck a fuel depot", "indirect", "regional officials",
     None),
    ("war-anonymous", "the strike had been carried out", "indirect",
     ("A senior military official", "A senior military official, speaking on condition of "
      "anonymity to discuss operational matters"), None),
    ("war-anonymous", "They are trying to cut our supply lines", "direct", "the official",
     None),
    ("war-anonymous", "firefighters had put out the blaze", "indirect",
     ("The governor of the region, Tomas Verin", "Tomas Verin"), "Tomas Verin"),
    ("war-anonymous", "the explosions shook windows", "indirect", "Residents", None),
    ("war-anonymous", "its forces had targeted civilian sites", "indirect",
     ("The Ministry of Defence in Ostrava", "The Ministry of Defence"), None),
    ("frontline-unnamed", "Every night they come with drones", "direct",
     ("a 24-year-old sergeant who gave only his call sign, Falcon, in line with military "
      "rules", "a 24-year-old sergeant", "Falcon"), None),
    ("frontline-unnamed", "You learn to listen", "direct",
     ("a 24-year-old sergeant who gave only his call sign, Falcon, in line with military "
      "rules", "a 24-year-old sergeant", "Falcon"), None),
    ("frontline-unnamed", "the unit had lost four men", "indirect",
     ("His commander, Major Irina Solte", "Major Irina Solte", "Irina Solte"),
     "Irina Solte"),
    ("frontline-unnamed", "she had asked for more air defence", "indirect", "She",
     "Irina Solte"),
    ("frontline-unnamed", "We hold because we have to", "direct", "she", "Irina Solte"),
    ("frontline-unnamed", "aid deliveries had slowed", "indirect",
     ("A Western diplomat in the capital, who spoke on the condition that he not be named",
      "A Western diplomat in the capital", "A Western diplomat"), None),
    ("communique", "work together to remove barriers", "mixed", "the two governments", None),
    ("communique", "a new chapter", "mixed",
     ("Norvanian President Helga Strand", "Helga Strand"), "Helga Strand"),
    ("communique", "no better friend in the north", "mixed",
     ("Estrellan Prime Minister Juan Carlos Ibarra", "Juan Carlos Ibarra"),
     "Juan Carlos Ibarra"),
    # PolNeAR marks what "mentioned" takes as its content, a noun phrase too (31 of the
    # default path's 37 such statements on train match gold), so the project reports it
    ("communique", "disputed fishing grounds", "indirect", "The communiqué", None),
    ("foreign-ministry", "The detention of our citizens", "direct", "the foreign ministry",
     None),
    ("foreign-ministry", "the two had entered a closed military zone", "indirect",
     ("Kesh's foreign ministry spokesman, Arman Dzhaksy", "Arman Dzhaksy"), "Arman Dzhaksy"),
    ("foreign-ministry", "They broke the law", "direct", "he", "Arman Dzhaksy"),
    ("foreign-ministry", "they had been on assignment", "indirect",
     ("The journalists' employer, the Valdorian daily Nova Vest", "The journalists' employer",
      "Nova Vest", "the Valdorian daily Nova Vest"), None),
    ("trial-witness", "she heard two gunshots", "indirect", "A neighbour", None),
    ("trial-witness", "she had been watering her garden", "indirect", "Carmen Ochoa",
     "Carmen Ochoa"),
    ("trial-witness", "I dropped the hose", "direct", "she", "Carmen Ochoa"),
    ("trial-witness", "she had not seen the man's face", "indirect", "Ochoa", "Carmen Ochoa"),
    ("trial-witness", "It was dark and he was fast", "direct", "she", "Carmen Ochoa"),
    ("trial-witness", "Pruitt shot his former business partner", "indirect", "Prosecutors",
     None),
    ("city-council", "Bobbie", None, None, None),
    ("city-council", "residents on the east side had complained", "indirect",
     ('Council member Roberta "Bobbie" Klein, who proposed the ordinance',
      'Council member Roberta "Bobbie" Klein', 'Roberta "Bobbie" Klein', "Roberta Klein",
      "Klein"), None),
    ("city-council", "People can't sleep", "direct", "Klein", None),
    ("city-council", "This is a quality-of-life issue", "direct", "Klein", None),
    ("city-council", "the ban would leave drivers", "indirect",
     ("Trucker Dale Hummel, 52", "Trucker Dale Hummel", "Dale Hummel", "Dale Hummel, 52"),
     "Dale Hummel"),
    ("city-council", "Where are we supposed to go", "direct", "he", "Dale Hummel"),
    ("city-council", "he would sign the ordinance", "indirect",
     ("Mayor Tony Reyes", "Tony Reyes"), "Tony Reyes"),
    ("school-board", "My son already leaves the house", "direct",
     ("Angela Whitfield, a mother of three", "Angela Whitfield"), "Angela Whitfield"),
    ("school-board", "Now you want him at the bus stop", "direct",
     ("Angela Whitfield, a mother of three", "Angela Whitfield"), "Angela Whitfield"),
    ("school-board", "the earlier start was the only way", "indirect",
     ("Superintendent Dr. Marcus Bell", "Dr. Marcus Bell", "Marcus Bell"), "Marcus Bell"),
    ("school-board", "The change would save about", "indirect", "he", "Marcus Bell"),
    ("school-board", "the board would vote next month", "indirect",
     ("Board president Linda Cho", "Linda Cho"), "Linda Cho"),
    ("school-board", "We're tired", "direct",
     ("junior Kayla Ortiz, 16", "junior Kayla Ortiz", "Kayla Ortiz", "Kayla Ortiz, 16"),
     "Kayla Ortiz"),
    ("school-board", "Literally", "direct",
     ("junior Kayla Ortiz, 16", "junior Kayla Ortiz", "Kayla Ortiz", "Kayla Ortiz, 16"),
     "Kayla Ortiz"),
    ("heatwave", "Temperatures are forecast to reach 44C", "indirect",
     "the national weather service", None),
    ("heatwave", "people to stay indoors", "indirect", "The service", None),
    ("heatwave", "This is a dangerous, long-lasting heatwave", "direct",
     ("forecaster Elena Mardi", "Elena Mardi"), "Elena Mardi"),
    ("heatwave", "Nights will bring little relief", "direct",
     ("forecaster Elena Mardi", "Elena Mardi"), "Elena Mardi"),
    ("heatwave", "heatwaves like this one had become", "indirect",
     ("Climate scientist Dr Tobias Renn of the Halstead Institute",
      "Climate scientist Dr Tobias Renn", "Dr Tobias Renn", "Tobias Renn"), "Tobias Renn"),
    ("heatwave", "the heat could ruin the olive harvest", "indirect",
     ("Farmers in the Leda valley", "Farmers"), None),
    ("rally-nested", "My opponent says", "direct", "Dominguez", "Carla Dominguez"),
    ("rally-nested", "I say we can't afford not to", "direct", "Dominguez",
     "Carla Dominguez"),
    ("rally-nested", "isn't good enough for your kids", "direct", "she", "Carla Dominguez"),
    ("rally-nested", "the senator had voted against", "indirect", "Halvorsen's campaign",
     None),
    ("as-put-it", "The milk price hasn't moved", "direct",
     ("one farmer, Greg Tillman", "Greg Tillman", "one farmer"), "Greg Tillman"),
    ("as-put-it", "one bad winter away", "mixed",
     ("the county's agriculture officer, Sheila Brandt", "Sheila Brandt"), "Sheila Brandt"),
    ("as-put-it", "We're not asking for handouts", "direct", "Tillman", "Greg Tillman"),
    ("as-put-it", "its prices reflected the market", "indirect",
     ("The dairy processor Cloverdale, which buys most of the valley's milk",
      "The dairy processor Cloverdale", "Cloverdale"), None),
    ("quoted-by", "he regrets selling the club", "indirect",
     ("Former Arden Rovers chairman Keith Mallon", "Keith Mallon"), "Keith Mallon"),
    ("quoted-by", "It was the worst decision", "direct", "Mallon", "Keith Mallon"),
    ("quoted-by", "I was tired and I took the money", "direct", "Mallon", "Keith Mallon"),
    ("quoted-by", "no feel for the town", "mixed", "he", "Keith Mallon"),
    ("quoted-by", "for the long term", "mixed",
     ("The club's current owner, the investment firm Greyfield Capital",
      "Greyfield Capital", "The club's current owner",
      "the investment firm Greyfield Capital"), None),
    ("told-in-interview", "she had written her new book", "indirect",
     ("The novelist Ines Carvalho", "Ines Carvalho"), "Ines Carvalho"),
    ("told-in-interview", "I had no plan", "direct", ("Carvalho, 58", "Carvalho"),
     "Ines Carvalho"),
    ("told-in-interview", "she was already at work on a sequel", "indirect", "She",
     "Ines Carvalho"),
    ("told-in-interview", "going much more slowly", "mixed", "she", "Ines Carvalho"),
    ("told-in-interview", "the first printing of 80,000", "indirect",
     ("Her publisher, Fenwick & Day", "Fenwick & Day", "Her publisher"), None),
    ("social-media", "I'm so sorry to everyone", "direct", "Rae", "Jazmine Rae"),
    ("social-media", "I need to rest", "direct", "Rae", "Jazmine Rae"),
    ("social-media", "refunds would be issued", "indirect",
     ("Her manager, Troy Biggs", "Troy Biggs"), "Troy Biggs"),
    ("social-media", "fans in Berlin and Vienna", "indirect",
     ("The promoter, Livewire Events", "Livewire Events", "The promoter"), None),
    ("social-media", "Take all the time you need", "direct", "one", None),
    ("transfer", "have signed the Ghanaian midfielder", "indirect", "the club", None),
    ("transfer", "This is a dream for me", "direct", "he", "Kwame Asante"),
    ("transfer", "not wanted to sell but could not refuse", "mixed",
     ("Sporting Belmar's president, Rui Faria", "Rui Faria"), "Rui Faria"),
    ("transfer", "the kind of player who makes", "mixed",
     ("Portside manager Gary Lund", "Gary Lund"), "Gary Lund"),
    ("obituary-family", "Peggy", None, None, None),
    ("obituary-family", "Mom got up at four", "direct", "her daughter", "Anne Dunleavy-Roth"),
    ("obituary-family", "She knew every customer's order", "direct", "her daughter",
     "Anne Dunleavy-Roth"),
    ("obituary-family", "she had never taken a holiday", "indirect",
     ("Her son, Patrick Dunleavy", "Patrick Dunleavy"), "Patrick Dunleavy"),
    ("obituary-family", "She said the bread wouldn't bake", "direct", "he",
     "Patrick Dunleavy"),
    ("long-feature", "I still get nervous", "direct", "Okafor-Lindqvist",
     "Samuel Okafor-Lindqvist"),
    ("long-feature", "The day I stop getting nervous", "direct", "Okafor-Lindqvist",
     "Samuel Okafor-Lindqvist"),
    ("long-feature", "the hardest part of the job", "indirect",
     ("The obstetrician, who came to Harrow from Lagos in 1993", "The obstetrician"),
     "Samuel Okafor-Lindqvist"),
    ("long-feature", "It's the nights when things go wrong", "direct", "he",
     "Samuel Okafor-Lindqvist"),
    ("long-feature", "has never missed a shift", "indirect", "Colleagues", None),
    ("long-feature", "He's a legend here", "direct",
     ("midwife Tessa Grant, who has worked with him for 20 years", "midwife Tessa Grant",
      "Tessa Grant"), "Tessa Grant"),
    ("long-feature", "The fish don't call", "direct", "he", "Samuel Okafor-Lindqvist"),
    ("hong-kong-english", "The Hong Kong government will roll out", "indirect",
     ("Financial Secretary Kenneth Lau Chi-hung", "Kenneth Lau Chi-hung"),
     "Kenneth Lau Chi-hung"),
    ("hong-kong-english", "the HK$5,000 vouchers would help", "indirect", "Mr Lau",
     "Kenneth Lau Chi-hung"),
    ("hong-kong-english", "We hope the scheme", "direct", "he", "Kenneth Lau Chi-hung"),
    ("hong-kong-english", "the money would be better spent", "indirect",
     ("Legislator Winnie Ho Suk-yee", "Winnie Ho Suk-yee"), "Winnie Ho Suk-yee"),
    ("hong-kong-english", "it would boost sales", "indirect",
     "The Retail Management Association", None),
    ("malaysian-english", "The Health Ministry will hire 4,000", "indirect",
     ("Health Minister Datuk Seri Dr Azman Hakim", "Datuk Seri Dr Azman Hakim",
      "Dr Azman Hakim", "Azman Hakim"), "Azman Hakim"),
    ("malaysian-english", "the ministry had received approval", "indirect", "He",
     "Azman Hakim"),
    ("malaysian-english", "We are aware that our nurses", "direct", "he", "Azman Hakim"),
    ("malaysian-english", "long overdue", "mixed",
     ("Malaysian Nurses Union president Siti Aminah Razak", "Siti Aminah Razak"),
     "Siti Aminah Razak"),
    ("malaysian-english", "the ministry to also raise allowances", "indirect",
     ("Malaysian Nurses Union president Siti Aminah Razak", "Siti Aminah Razak"),
     "Siti Aminah Razak"),
    ("malaysian-english", "the ministry was studying a proposal", "indirect", "Dr Azman",
     "Azman Hakim"),
    ("japanese-translation", "Japan would double its spending", "indirect",
     ("Prime Minister Kenji Morioka", "Kenji Morioka"), "Kenji Morioka"),
    ("japanese-translation", "a quiet emergency", "mixed", None, "Kenji Morioka"),
    # the project credits a closing "according to X" with the quote, by PolNeAR's
    # convention ("“A,” the judge said, according to the Post"); the frame is his
    ("japanese-translation", "If we do not act now", "direct", ("Morioka", "a transcript"),
     ("Kenji Morioka", "a transcript")),
    ("japanese-translation", "The prime minister talks about children", "direct", "she",
     "Yumiko Hanada"),
    ("japanese-translation", "details would be announced in June", "indirect",
     ("Finance Minister Takeshi Ono", "Takeshi Ono"), "Takeshi Ono"),
    ("spanish-guillemets", "Housing is a right, not a business", "direct", "Robles",
     "Carmen Robles"),
    ("spanish-guillemets", "the cap would drive landlords", "indirect",
     ("The opposition Popular Alliance", "Popular Alliance"), None),
    ("spanish-guillemets", "an attack on property", "mixed",
     ("Its spokesman, Andrés Ferrer", "Andrés Ferrer", "Its spokesman"), "Andrés Ferrer"),
    ("spanish-guillemets", "the measure did not go far enough", "indirect",
     "Tenants' groups", None),
    ("french-guillemets", "rail fares would be frozen", "indirect",
     ("The French transport minister, Élise Marchand", "Élise Marchand"), "Élise Marchand"),
    ("french-guillemets", "Nobody should have to choose", "direct", "Marchand",
     "Élise Marchand"),
    ("french-guillemets", "strikes planned for next week", "indirect",
     ("The rail union SUD-Rail", "SUD-Rail"), None),
    ("french-guillemets", "A freeze is not a pay rise", "direct",
     ("the union's leader, Julien Perrot", "Julien Perrot", "the union's leader"),
     "Julien Perrot"),
    ("reported-verbs", "the city's budget was balanced", "indirect",
     ("Mayor Dana Hollister", "Dana Hollister"), "Dana Hollister"),
    ("reported-verbs", "the mayor had hidden the shortfall", "indirect",
     ("Councilman Ray Ostrowski", "Ray Ostrowski"), "Ray Ostrowski"),
    ("reported-verbs", "the gap could double next year", "indirect",
     ("City auditor Priya Nandakumar", "Priya Nandakumar"), "Priya Nandakumar"),
    ("reported-verbs", "the city needed to stop using", "indirect", "She",
     "Priya Nandakumar"),
    ("reported-verbs", "raised fair points", "mixed", "Hollister", "Dana Hollister"),
    ("reported-verbs", "the city would not raise taxes", "indirect", "Hollister",
     "Dana Hollister"),
    ("that-omitted", "he had not renewed the dock's safety", "indirect",
     ("The owner of the Blue Heron marina, Walt Kessler", "Walt Kessler"), "Walt Kessler"),
    ("that-omitted", "the paperwork had slipped his mind", "indirect", "Kessler",
     "Walt Kessler"),
    ("that-omitted", "the lapse had anything to do", "indirect", "He", "Walt Kessler"),
    ("that-omitted", "the pilings had rotted through", "indirect",
     ("State inspector Lorraine Buckley", "Lorraine Buckley"), "Lorraine Buckley"),
    ("that-omitted", "the pier should have been closed", "indirect", "Her report", None),
    ("that-omitted", "his client had made mistakes", "indirect",
     ("Kessler's lawyer, Ed Mancuso", "Ed Mancuso"), "Ed Mancuso"),
    ("that-omitted", "he was no criminal", "indirect",
     ("Kessler's lawyer, Ed Mancuso", "Ed Mancuso", "Kessler's lawyer"), "Ed Mancuso"),
    ("central-bank", "cuts could come as early as June", "indirect", "The Bank of Norvania",
     None),
    ("central-bank", "Inflation is falling faster", "direct",
     ("Governor Annika Lund", "Annika Lund"), "Annika Lund"),
    ("central-bank", "But we are not there yet", "direct",
     ("Governor Annika Lund", "Annika Lund"), "Annika Lund"),
    ("central-bank", "remain vigilant", "mixed", "The bank's statement", None),
    ("central-bank", "they now expected three cuts", "indirect",
     ("Economists at Nordhavn Bank", "Economists"), None),
    ("central-bank", "The krone fell", None, None, None),
    ("recall", "is recalling 1.1 million", "indirect",
     "the Consumer Product Safety Commission", None),
    ("recall", "parents should stop using", "indirect", "The commission", None),
    ("recall", "No product is worth the risk", "direct",
     ("commission chair Teresa Valdez", "Teresa Valdez"), "Teresa Valdez"),
    ("recall", "heartbroken", "mixed",
     ("Snuggle Nest's maker, Cradlewell Inc.", "Cradlewell Inc.", "Snuggle Nest's maker",
      "Cradlewell Inc"), None),
    ("recall", "consumers could get a full refund", "indirect", "The company", None),
    ("recall", "the company had known about the danger", "indirect",
     ("Jordan Pike, a lawyer for one of the families", "Jordan Pike"), "Jordan Pike"),
    ("hurricane", "strengthened to a Category 3 storm", "indirect",
     "the National Hurricane Center", None),
    ("hurricane", "If you are told to leave", "direct", "Adair", "Ruth Adair"),
    ("hurricane", "Do not wait to see", "direct", "Adair", "Ruth Adair"),
    ("hurricane", "shelters had room for 8,000", "indirect",
     ("Port Marsh Mayor Leon Fitch", "Leon Fitch"), "Leon Fitch"),
    ("hurricane", "Gas stations along Route 9 ran dry", "indirect", "residents", None),
    ("hurricane", "This one scares me", "direct", ("Ella Broussard, 70", "Ella Broussard"),
     "Ella Broussard"),
    ("appeals-ruling", "it violated the First Amendment", "indirect",
     "A federal appeals court", None),
    ("appeals-ruling", "The state may not silence speech", "direct",
     ("Judge Naomi Feld", "Naomi Feld"), "Naomi Feld"),
    ("appeals-ruling", "the law regulated conduct", "indirect",
     ("Judge Carl Ruppert", "Carl Ruppert"), "Carl Ruppert"),
    ("appeals-ruling", "The majority mistakes", "direct", "he", "Carl Ruppert"),
    ("appeals-ruling", "he would ask the full court", "indirect",
     ("Westmark Attorney General Brett Sayers", "Brett Sayers"), "Brett Sayers"),
    ("strike-talks", "They walked away from the table", "direct",
     ("Deshawn Morris, president of Amalgamated Transit Local 412", "Deshawn Morris"),
     "Deshawn Morris"),
    ("strike-talks", "We are still willing to talk", "direct",
     ("Deshawn Morris, president of Amalgamated Transit Local 412", "Deshawn Morris"),
     "Deshawn Morris"),
    ("strike-talks", "simply not affordable", "mixed",
     ("The authority's general manager, Phyllis Yuen", "Phyllis Yuen"), "Phyllis Yuen"),
    ("strike-talks", "the authority had offered 9 percent", "indirect", "She",
     "Phyllis Yuen"),
    ("strike-talks", "Riders should plan for alternatives", "indirect", "Yuen",
     "Phyllis Yuen"),
    ("startup-email", "has laid off 30 percent", "indirect", "the company", None),
    ("startup-email", "grown too fast", "mixed",
     ("chief executive Omar Haddad", "Omar Haddad"), "Omar Haddad"),
    ("startup-email", "This is the hardest email", "direct", "Haddad", "Omar Haddad"),
    ("startup-email", "the cuts fell hardest", "indirect", "a former employee", None),
    ("space-launch", "Liftoff, and the dream", "direct", "the launch commentator", None),
    ("space-launch", "The view is beyond anything", "direct",
     ("Mission commander Rafael Ortiz", "Rafael Ortiz"), "Rafael Ortiz"),
    ("space-launch", "the crew would spend five days", "indirect", "The agency", None),
    ("space-launch", "a proud day for every Arcadian", "mixed",
     ("Its director, Dr. Mirela Stan", "Dr. Mirela Stan", "Mirela Stan", "Its director"),
     "Mirela Stan"),
    ("store-robbery", "The man took about $300", "indirect",
     ("Sgt. Luis Becerra", "Luis Becerra"), "Luis Becerra"),
    ("store-robbery", "the man seemed nervous", "indirect",
     ("Store clerk Manpreet Gill", "Manpreet Gill"), "Manpreet Gill"),
    ("store-robbery", "His hands were shaking", "direct", "Gill", "Manpreet Gill"),
    ("store-robbery", "I just gave him the money", "direct", "Gill", "Manpreet Gill"),
]

# expectations the library does not meet yet: (article, piece) -> the cause
NOT_YET: dict[tuple[str, str], str] = {
    # reported speech whose cue the rules do not read (h35-cue's area)
    ("heatwave", "people to stay indoors"):
        "a request verb coordinated after another verb phrase ('issued a red alert ... and "
        "urged people to stay indoors') finds no subject; after 'said ... but' it does",
    ("social-media", "refunds would be issued"):
        "'posted on Instagram that A' is no cue: 'post' is no reporting verb",
    ("appeals-ruling", "it violated the First Amendment"):
        "', ruling 2-1 that A': the participle 'ruling' is read as the noun ('the court's "
        "ruling that') only",
    # role nouns the story never gave the person
    ("long-feature", "the hardest part of the job"):
        "'The obstetrician' was never set off by the name, so only a reader's knowledge "
        "that Dr. Okafor-Lindqvist delivers babies links them",
}


test_attribution = attribution_test(ARTICLES, EXPECTED, NOT_YET)


def test_french_spaced_guillemets_close_before_their_frame():
    """ "« A », X told the radio": French typography sets a space inside each guillemet; the
    closing one after a space still closes the quote, so the frame is no part of it."""
    text = ("« Nobody should have to choose », Marchand told France Matin radio.\n\n"
            "« A freeze is not a pay rise », said the union's leader, Julien Perrot.\n")
    found = {t: (k, m) for t, k, m, _ in quote_rows(text)}
    assert found == {"« Nobody should have to choose »": ("direct", "Marchand"),
                     "« A freeze is not a pay rise »": ("direct", "the union's leader")}, found


def test_a_hong_kong_name_s_surname_stands_before_its_hyphenated_given_name():
    """ "Kenneth Lau Chi-hung", later "Mr Lau"; "Moon Jae-in", later "Mr Moon": a
    romanised Chinese or Korean given name in two syllables follows the surname."""
    text = ("Financial Secretary Kenneth Lau Chi-hung announced the vouchers yesterday. Mr "
            "Lau said they would help retailers.\n\nPresident Moon Jae-in said he would "
            "visit. Mr Moon said it was time.\n")
    found = {t: n for t, _, _, n in quote_rows(text)}
    assert found["they would help retailers"] == "Kenneth Lau Chi-hung", found
    assert found["it was time"] == "Moon Jae-in", found


def test_a_relative_named_in_apposition_is_the_kin_noun_later():
    """ "confirmed by her daughter, Anne Roe." then "“A,” her daughter said": the kin noun
    set off before the name is her role, as a title is."""
    text = ("Her death was confirmed by her daughter, Anne Dunleavy-Roth.\n\n"
            '"Mom got up at four," her daughter said.\n\nHer son, Patrick Dunleavy, was at '
            'her side. "She never rested," her son recalled.\n')
    found = {t: (m, n) for t, _, m, n in quote_rows(text)}
    assert found['"Mom got up at four,"'] == ("her daughter", "Anne Dunleavy-Roth"), found
    assert found['"She never rested,"'] == ("her son", "Patrick Dunleavy"), found


def test_in_the_words_of_x_opening_a_sentence_credits_its_quote():
    """ "In the words of its officer, Ann Roe, the valley is “A”", "In Doe's words, the
    plan is “B”": the frame that opens the sentence names whose words its quote gives, the
    name set off after the role too."""
    text = ("In the words of the county's agriculture officer, Sheila Brandt, the valley is "
            '"one bad winter away" from losing the rest.\n\nIn Doe\'s words, the plan is '
            '"dead on arrival".\n')
    found = {t: (m, n) for t, _, m, n in quote_rows(text)}
    assert found['"one bad winter away"'] == (
        "the county's agriculture officer, Sheila Brandt", "Sheila Brandt"), found
    assert found['"dead on arrival"'] == ("Doe", "Doe"), found


def test_per_x_opening_a_sentence_is_its_source():
    """ "Per a former employee, A": "per" and a source opening the sentence credit it, as
    "according to" does; not "$5 per share" nor "per capita"."""
    text = ("Per a former employee, the cuts fell hardest on the sales team.\n\n"
            "Per capita income rose in the state, officials said.\n\n"
            "Profit rose 5 cents per share, the company said.\n")
    found = {t: m for t, k, m, _ in quote_rows(text) if k == "indirect"}
    assert found.get("the cuts fell hardest on the sales team") == "a former employee", found
    assert found.get("Per capita income rose in the state") == "officials", found
    assert found.get("Profit rose 5 cents per share") == "the company", found


def test_an_adverb_splitting_the_infinitive_of_a_request():
    """ "urged the ministry to also raise allowances": "also", like an adverb in -ly,
    may stand between "to" and the verb of the one urged."""
    text = ("Union president Siti Razak said the move was late but urged the ministry to "
            "also raise allowances.\n")
    found = {t: m for t, k, m, _ in quote_rows(text) if k == "indirect"}
    assert found.get("the ministry to also raise allowances") == "Union president Siti Razak", \
        found


def test_a_business_s_shares_and_trade_name_in_markets_news():
    """ "Shares of Corveth Semiconductor fell ... the company said": the shares are no part
    of the name, and a name that ends in what the business makes is a business, which "the
    company" later names."""
    text = ("Shares of Corveth Semiconductor fell 8% on Thursday.\n\nCorveth now expects "
            "revenue of $2.1 billion, the company said.\n")
    found = {t: (m, n) for t, _, m, n in quote_rows(text)}
    assert found["Corveth now expects revenue of $2.1 billion"] == (
        "the company", "Corveth Semiconductor"), found


def test_a_trade_opening_the_sentence_is_no_part_of_the_name():
    """ "Trucker Dale Hummel, 52, told the council A": the trade describes the man."""
    text = "Trucker Dale Hummel, 52, told the council the ban would leave drivers stranded.\n"
    assert [n for _, _, _, n in quote_rows(text)] == ["Dale Hummel"], quote_rows(text)


def test_a_given_name_after_a_noun_of_people_before_a_surname_that_is_a_word():
    """ "said midwife Tessa Grant": after a lower-case noun of people, a given name and a
    surname that is an ordinary word too ("Grant") are a person."""
    text = '"He\'s a legend here," said midwife Tessa Grant, who has worked with him.\n'
    assert [(m, n) for _, _, m, n in quote_rows(text)] == [
        ("midwife Tessa Grant", "Tessa Grant")], quote_rows(text)


def test_a_quote_s_frame_with_the_one_told_before_a_closing_according_to():
    """ "“A,” X told a committee, according to a transcript": the quote is the whole
    sentence before its frame, which the one told and the closing source do not make a
    clause of its own, so the quote is direct."""
    text = ('"If we do not act now, there will be no second chance," Morioka told a '
            "parliamentary committee, according to a transcript released by his office.\n")
    assert [k for _, k, _, _ in quote_rows(text)] == ["direct"], quote_rows(text)


def test_a_place_that_opens_a_name_set_off_by_a_role():
    """ "Jordan Pike, a lawyer for one of the families, said A": two words opening the
    sentence before a comma, an article and a noun of people are a person, though the first
    is a country's name."""
    text = ("Jordan Pike, a lawyer for one of the families, said the company had known about "
            "the danger for years.\n")
    assert [(m, n) for _, _, m, n in quote_rows(text)] == [("Jordan Pike", "Jordan Pike")], \
        quote_rows(text)
