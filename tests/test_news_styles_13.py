"""News of styles the earlier style tests did not try (a quote running over three
paragraphs with one closing mark, a quote broken by its frame mid-sentence, a speaker
named only after two quotes, "the 71-year-old", "the former minister", "the Democrat" and
"the Republican", two women and a man with "she" and "he", "they" for a company and for a
person, a press conference's "Q:" and "A:", a dash attribution under a quote, a pull quote
repeated in the body, "through an interpreter" and "told reporters in Spanish", posts on
Instagram, TikTok, X and LinkedIn and a livestream, a judge who "told the defendant" and
"prosecutors said in a filing", basketball, baseball, cycling, boxing and esports copy,
earnings, square brackets and an ellipsis in a quote, Vietnamese and Chinese names
family name first, "von der Leyen", "Lula", "Sheikh", "Dame", "the Rev.", "Prof",
"Maître", "Lord X of Y" and "Baroness", a quote in a photo caption, a quote mark a scraper
left unclosed, "claimed", "insisted", "warned", "conceded", "told X that", a eulogy, a
jury's verdict, a present-tense farm feature, a pupils' walkout): a tenth wave, h54-sty
in the twenty-sixth round.

Every article here was written for the test, with invented people, places and outlets (and
a few public figures given invented words), before the library was run on it, and is read
by the model-free default path. Each expected attribution is one case of
``findings.attribution_test``, whose docstring tells the table's format.
"""

from findings import attribution_test, quote_rows

import quotetrack

ARTICLES: dict[str, str] = {
    "three-paragraphs": (
        "Coach Dale Brennick did not hide his anger after the Ironbridge Hawks lost 5-1 at "
        "home on Friday night.\n\n"
        "\"We got outworked in every corner of the rink. That is on me, and it is on every "
        "guy in that room.\n\n"
        "\"I have said it before and I will keep saying it: skill does not win you games in "
        "March if you will not skate.\n\n"
        "\"We have two days to fix it, or somebody else will be wearing these sweaters,\" "
        "Brennick said.\n\n"
        "Captain Ollie Farrant said the team had let the fans down.\n"),
    "interrupted": (
        "The harbour redevelopment scheme is finished, the council leader said on Thursday.\n\n"
        "\"The plan,\" said Margaret Ellison, \"is dead. We will not spend another penny on "
        "it.\"\n\n"
        "Ellison, 62, has led the council since 2019. \"I take no pleasure in this,\" the "
        "62-year-old added.\n\n"
        "Opposition leader Rhys Morgan said the decision was \"a waste of six years\".\n"),
    "speaker-after-two": (
        "\"Nobody told us anything.\"\n\n"
        "\"We found out from the news like everyone else.\"\n\n"
        "That was how Tamsin Holloway, a nurse at Greyfield General for 22 years, described "
        "the day the maternity ward closed.\n\n"
        "The hospital trust said in a statement that the closure was temporary.\n"),
    "epithets-former": (
        "Former foreign minister Hendrik Vasseur has announced a run for the presidency.\n\n"
        "\"The country needs a steady hand,\" Vasseur told supporters in Dellmont on "
        "Sunday.\n\n"
        "The 71-year-old said he would serve only one term. \"I am not building a "
        "dynasty,\" the former minister said.\n\n"
        "His rival, Senator Ana Ruelas, said Vasseur \"belongs to another era\".\n"),
    "the-democrat": (
        "Rep. Carla Whitacre said on Wednesday that she would vote against the spending "
        "bill.\n\n"
        "\"This bill cuts school lunches to pay for a bridge nobody asked for,\" the "
        "Democrat said.\n\n"
        "Rep. Glen Shadduck, the bill's sponsor, said the bridge would bring 3,000 jobs.\n\n"
        "\"She knows that,\" the Republican said. \"She voted for it last year.\"\n"),
    "two-women-man": (
        "Three generations of the Abara family run the bakery on Mill Street.\n\n"
        "\"My grandmother started with one oven,\" said Ngozi Abara, 41. \"Now we have six.\"\n\n"
        "Her mother, Grace Abara, still arrives at 4 a.m. \"I like the quiet,\" she said.\n\n"
        "Ngozi's husband, Tunde Bello, handles the accounts. \"They bake, I count,\" he "
        "said with a laugh.\n\n"
        "Grace said she had no plans to retire.\n"),
    "they-company": (
        "Fernvale Outdoors is recalling 12,000 camping stoves after reports of gas "
        "leaks.\n\n"
        "The company said in a notice on its website that customers should stop using the "
        "stoves at once. They said no injuries had been reported.\n\n"
        "Sam Ortega, a customer in Reno who uses they/them pronouns, said their stove had "
        "hissed on the first use. \"I thought it was normal,\" they said.\n"),
    "qa-presser": (
        "Mayor Ruth Kessler took questions from reporters on Monday about the transit "
        "strike. Excerpts:\n\n"
        "Q: When will the buses run again?\n\n"
        "A: When the union comes back to the table. Not before.\n\n"
        "Q: Will you raise the offer?\n\n"
        "A: No. The offer is fair.\n\n"
        "Union president Dev Malhotra said later that the mayor \"has not read the "
        "offer\".\n"),
    "dash-attribution": (
        "WHAT THEY SAID\n\n"
        "\"This is the best budget the city has passed in a decade.\"\n"
        "— Jane Okoro, mayor\n\n"
        "\"It is a budget for the suburbs, paid for by the centre.\"\n"
        "— Paul Dreyer, councillor\n\n"
        "The budget passed 9-4 on Tuesday.\n"),
    "pull-quote": (
        "\"We were one storm away from losing the whole street.\"\n\n"
        "Floodwater reached the first floors of 40 homes in Ashcombe on Saturday.\n\n"
        "Resident Lena Marsh, 58, spent the night on her roof. \"We were one storm away from "
        "losing the whole street,\" she said. \"Now we have lost it.\"\n\n"
        "The Environment Agency said the river had peaked on Sunday morning.\n"),
    "interpreter": (
        "Coach Hiroshi Tanabe praised his players after Japan beat Portugal 2-0.\n\n"
        "\"They ran for each other for ninety minutes,\" Tanabe said through an "
        "interpreter.\n\n"
        "Portugal's Rui Vasconcelos told the newspaper Diário do Sul in Portuguese that his "
        "side had been \"too slow, too careless\".\n"),
    "in-spanish": (
        "The mayor of San Isidro, Beatriz Galván, said on Monday that the town would build "
        "a new clinic.\n\n"
        "\"Nuestros abuelos merecen algo mejor,\" Galván told reporters in Spanish. "
        "(\"Our grandparents deserve better.\")\n\n"
        "Residents welcomed the news. \"We have waited twenty years,\" said Héctor Ruiz, "
        "a farmer.\n"),
    "social-posts": (
        "Singer Kaya Bloom has cancelled the rest of her European tour.\n\n"
        "\"I need to rest my voice and my heart,\" Bloom wrote on Instagram on Monday.\n\n"
        "In a TikTok video posted hours later, her drummer, Leo Fenn, said the band was "
        "\"gutted\".\n\n"
        "Promoter Aldgate Live wrote on X that tickets would be refunded within 14 days.\n"),
    "court-defendant": (
        "A former bank clerk who stole $310,000 from elderly customers was sentenced to six "
        "years in prison on Thursday.\n\n"
        "\"You preyed on people who trusted you,\" Judge Miriam Okafor told the defendant, "
        "Carl Dobbs, 45.\n\n"
        "Prosecutors said in a filing that Dobbs had spent the money on gambling.\n\n"
        "His lawyer, Ben Vance, said Dobbs was \"deeply remorseful\".\n"),
    "nba-game": (
        "Marcus Pell scored 38 points as the Riverton Kings beat Salt Lake 112-104 on "
        "Tuesday.\n\n"
        "\"I was just taking what they gave me,\" Pell said.\n\n"
        "Kings coach Tony Ruiz said his star \"had that look\" from the opening tip. \"When "
        "Marcus is like that, you just get out of the way,\" Ruiz said.\n"),
    "earnings-business": (
        "Holloway Foods said on Thursday that quarterly profit fell 12 percent, hurt by "
        "higher cocoa prices.\n\n"
        "\"It has been a tough quarter, but our brands are strong,\" Chief Executive Amira "
        "Haddad said on a call with analysts.\n\n"
        "Finance chief Tom Reyes warned that prices would rise again in the spring.\n\n"
        "Shares fell 4 percent.\n"),
    "brackets-ellipsis": (
        "The minister's leaked email has caused a storm.\n\n"
        "\"[The scheme] is finished ... and frankly it should never have started,\" Health "
        "Minister Paul Garrity wrote to a colleague in March.\n\n"
        "Garrity said on Friday that the email \"was written in frustration\".\n"),
    "vietnamese-names": (
        "HANOI — Nguyen Van An, a rice farmer in the Mekong Delta, said the drought was the "
        "worst he had seen.\n\n"
        "\"The water is salty up to my field,\" Mr. An said.\n\n"
        "Agriculture official Tran Thi Mai said the province would truck in fresh water.\n"),
    "xi-chinese": (
        "BEIJING — Chinese President Xi Jinping said on Tuesday that China would open its "
        "markets further.\n\n"
        "\"The door will only open wider,\" Xi said at a trade fair.\n\n"
        "Premier Li Qiang told business leaders that growth would reach its target.\n"),
    "von-der-leyen": (
        "BRUSSELS — European Commission President Ursula von der Leyen said on Monday that "
        "the bloc would double its aid.\n\n"
        "\"Europe stands by its friends,\" von der Leyen told reporters.\n\n"
        "Dutch Prime Minister Maarten van der Berg said the plan was \"a good start\".\n"),
    "lula": (
        "BRASÍLIA — Brazilian President Luiz Inácio Lula da Silva said on Wednesday that "
        "deforestation had fallen for a second year.\n\n"
        "\"The Amazon is not for sale,\" Lula said at a ceremony in the capital.\n\n"
        "Environment Minister Sofia Albuquerque said the figures were \"a victory for "
        "science\".\n"),
    "honorifics": (
        "The new cathedral school opened on Sunday.\n\n"
        "\"This is a place for every child,\" said the Rev. Thomas Achterberg, who led the "
        "service.\n\n"
        "Dame Olivia Hartnell, who funded the building, said she had been taught in a hut "
        "nearby. \"I never forgot it,\" she said.\n\n"
        "Prof Kwame Asante, the school's new head, said pupils would start in September.\n"),
    "sheikh": (
        "DUBAI — Sheikh Rashid bin Khalid Al Mansoori said on Monday that the port would "
        "double its capacity by 2030.\n\n"
        "\"We are building for the next fifty years,\" Sheikh Rashid said.\n\n"
        "Dr. Layla Haddad, an economist at Gulf University, said the plan was "
        "\"ambitious but achievable\".\n"),
    "caption": (
        "Firefighters battle the blaze at the Greenway warehouse on Monday. \"We could see "
        "the smoke from ten miles away,\" said neighbour Irene Kowal. (Photo: Sam Leary)\n\n"
        "A fire destroyed a warehouse in Greenway on Monday, the fire service said.\n\n"
        "Station Manager Rob Tully said the cause was not yet known.\n"),
    "scraper-unbalanced": (
        "The library will close on Sundays from next month, the council confirmed.\n\n"
        "\"It is a sad day for the town, said librarian Joan Pryor.\n\n"
        "Councillor Mark Dunne said the budget left \"no other choice\".\n"),
    "reported-verbs": (
        "The dispute over the stadium deal grew on Tuesday.\n\n"
        "Club owner Victor Lang claimed the city had broken its promise. Deputy Mayor Ellen "
        "Shore insisted that no promise had been made.\n\n"
        "Lang warned that the club could move to another city. Shore later conceded that "
        "the talks had gone badly.\n\n"
        "Lang told the Evening Post that he was \"done waiting\".\n"),
    "baseball-manager": (
        "The Harbor City Gulls beat Denton 4-3 in 11 innings on Saturday.\n\n"
        "\"That's a gritty win,\" manager Bud Carrow said. \"Nobody quit.\"\n\n"
        "Rookie Jesús Almonte, who drove in the winning run, said he had been nervous. \"My "
        "legs were shaking,\" Almonte said through a team translator.\n"),
    "cycling-tour": (
        "Belgian rider Wout Claessens won the 14th stage of the Tour on Saturday.\n\n"
        "\"I attacked where nobody expected it,\" Claessens said.\n\n"
        "Race leader Tadej Kovač, who kept the yellow jersey, said he was \"not worried\".\n"),
    "boxing-weighin": (
        "Both fighters made weight on Friday ahead of the title bout.\n\n"
        "\"He's going to sleep in the fourth round,\" champion Dre \"The Hammer\" Collins "
        "said at the weigh-in.\n\n"
        "Challenger Mikhail Orlov smiled. \"Talk is cheap,\" the Russian said.\n"),
    "eulogy": (
        "Hundreds gathered on Saturday for the funeral of Walter Brandt, the town's doctor "
        "for 40 years.\n\n"
        "\"Dad never said no to a house call,\" his daughter, Karen Brandt, said in her "
        "eulogy. \"Not once.\"\n\n"
        "The Rev. Alan Pike said Brandt had \"healed the whole town\".\n"),
    "jury-verdict": (
        "A jury found Dennis Marlow guilty of fraud on Thursday after six hours of "
        "deliberation.\n\n"
        "Outside court, the jury's foreperson, Linda Osei, said the evidence had been "
        "\"overwhelming\".\n\n"
        "Marlow's lawyer, Rachel Stein, said they would appeal. \"This is not over,\" she "
        "said.\n"),
    "british-peers": (
        "The House of Lords voted down the housing bill on Wednesday.\n\n"
        "Lord Hadley of Brent said the bill was \"rushed and unworkable\".\n\n"
        "\"We have a duty to say so,\" added Baroness Kemp.\n\n"
        "Housing Minister Sir Alan Pryce said the government would bring the bill back.\n"),
    "esports": (
        "South Korean player Kim \"Frost\" Ji-ho led Team Valor to the world title on "
        "Sunday.\n\n"
        "\"We practised this comp for months,\" Frost said after the final.\n\n"
        "Valor's coach, Ethan Moore, said the team had \"never played better\".\n"),
    "linkedin-ceo": (
        "The chief executive of Pallas Software has apologised to the 300 staff the company "
        "laid off by email.\n\n"
        "\"I got this wrong, and I am sorry,\" Dana Kirchner wrote in a LinkedIn post on "
        "Wednesday.\n\n"
        "One former engineer, who asked not to be named, said the apology \"came a week "
        "late\".\n"),
    "youtube-stream": (
        "Streamer Jonah Quill says he will take a break from YouTube.\n\n"
        "\"I have been streaming every night for four years. I'm tired,\" Quill said in a "
        "livestream on Sunday.\n\n"
        "His manager, Priya Sandhu, said in an email that he would return in the new year.\n"),
    "maitre-lawyer": (
        "PARIS — The chef Antoine Lemaire denies all the charges, his lawyer said on "
        "Tuesday.\n\n"
        "\"My client has never mistreated a single employee,\" Maître Sophie Garnier told "
        "reporters outside the court.\n\n"
        "Former staff members said they would testify.\n"),
    "statement-dash": (
        "Shares in Orion Mining rose 9 percent after it found gold at its Kestrel site.\n\n"
        "\"This is the find we have been waiting for,\" said Chief Executive Lars Holm — "
        "adding that drilling would resume in May.\n\n"
        "Analyst Maya Chen of Bellport Securities said the find was \"significant, but "
        "early\".\n"),
    "told-that-chain": (
        "Police Chief Darnell Fisk told the city council on Monday that crime had fallen "
        "for a third year.\n\n"
        "Council member Judith Ames told Fisk that residents did not feel safer. \"People "
        "are still scared to walk at night,\" Ames said.\n\n"
        "Fisk replied that perception took time to change.\n"),
    "farm-feature": (
        "Eleanor Mbeki walks her fields every morning before dawn.\n\n"
        "\"You learn the land by walking it,\" says Mbeki, 67, who has farmed here since "
        "1981.\n\n"
        "Her son, Sipho, 38, wants to sell. \"The numbers don't work any more,\" he says.\n\n"
        "Mbeki insists she will never sell.\n"),
    "school-strike": (
        "Hundreds of pupils walked out of classes in Dunmore on Friday to protest against "
        "cuts.\n\n"
        "\"They are cutting our future,\" said Aisha Rahman, 16, who organised the "
        "walkout.\n\n"
        "The education authority said in a statement that it \"respects the right to "
        "protest\" but urged pupils to return to school.\n"),
}

EXPECTED: list[tuple] = [
    # one quote over three paragraphs: each paragraph opens a mark, only the last closes
    ("three-paragraphs", "We got outworked", "direct", "Brennick", "Dale Brennick"),
    ("three-paragraphs", "skill does not win you games", "direct", "Brennick",
     "Dale Brennick"),
    ("three-paragraphs", "We have two days to fix it", "direct", "Brennick", "Dale Brennick"),
    ("three-paragraphs", "the team had let the fans down", "indirect",
     "Captain Ollie Farrant", "Ollie Farrant"),
    ("interrupted", "The plan", "direct", "Margaret Ellison", "Margaret Ellison"),
    ("interrupted", "is dead. We will not spend", "direct", "Margaret Ellison",
     "Margaret Ellison"),
    ("interrupted", "I take no pleasure", "direct", "the 62-year-old", "Margaret Ellison"),
    ("interrupted", "a waste of six years", "mixed", None, "Rhys Morgan"),
    ("speaker-after-two", "Nobody told us anything", "direct", None, "Tamsin Holloway"),
    ("speaker-after-two", "We found out from the news", "direct", None, "Tamsin Holloway"),
    ("speaker-after-two", "the closure was temporary", "indirect", "The hospital trust", None),
    ("epithets-former", "The country needs a steady hand", "direct", "Vasseur",
     "Hendrik Vasseur"),
    ("epithets-former", "he would serve only one term", "indirect", "The 71-year-old",
     "Hendrik Vasseur"),
    ("epithets-former", "I am not building a dynasty", "direct", "the former minister",
     "Hendrik Vasseur"),
    ("epithets-former", "belongs to another era", "mixed", None, "Ana Ruelas"),
    ("the-democrat", "she would vote against", "indirect", None, "Carla Whitacre"),
    ("the-democrat", "This bill cuts school lunches", "direct", "the Democrat",
     "Carla Whitacre"),
    ("the-democrat", "the bridge would bring", "indirect", None, "Glen Shadduck"),
    ("the-democrat", "She knows that", "direct", "the Republican", "Glen Shadduck"),
    ("the-democrat", "She voted for it last year", "direct", None, "Glen Shadduck"),
    ("two-women-man", "My grandmother started", "direct", None, "Ngozi Abara"),
    ("two-women-man", "Now we have six", "direct", None, "Ngozi Abara"),
    ("two-women-man", "I like the quiet", "direct", "she", "Grace Abara"),
    ("two-women-man", "They bake, I count", "direct", "he", "Tunde Bello"),
    ("two-women-man", "she had no plans to retire", "indirect", "Grace", "Grace Abara"),
    ("they-company", "customers should stop using", "indirect", "The company", None),
    ("they-company", "no injuries had been reported", "indirect", "They", None),
    ("they-company", "their stove had hissed", "indirect", "Sam Ortega", "Sam Ortega"),
    # "they" for one person who uses they/them
    ("they-company", "I thought it was normal", "direct", "they", "Sam Ortega"),
    # the "A:" lines of the mayor's press conference are no quotes (as in earlier waves)
    ("qa-presser", "has not read the offer", "mixed", None, "Dev Malhotra"),
    ("dash-attribution", "This is the best budget", "direct", None, "Jane Okoro"),
    ("dash-attribution", "It is a budget for the suburbs", "direct", None, "Paul Dreyer"),
    # the pull quote on top is the words the body gives Lena Marsh
    ("pull-quote", "We were one storm away from losing the whole street.", "direct", None,
     "Lena Marsh"),
    ("pull-quote", "We were one storm away from losing the whole street,", "direct", "she",
     "Lena Marsh"),
    ("pull-quote", "Now we have lost it", "direct", "she", "Lena Marsh"),
    ("pull-quote", "the river had peaked", "indirect", None, "Environment Agency"),
    ("interpreter", "They ran for each other", "direct", "Tanabe", "Hiroshi Tanabe"),
    ("interpreter", "too slow, too careless", "mixed", None, "Rui Vasconcelos"),
    ("in-spanish", "the town would build a new clinic", "indirect", None, "Beatriz Galván"),
    ("in-spanish", "Nuestros abuelos", "direct", "Galván", "Beatriz Galván"),
    ("in-spanish", "Our grandparents deserve better", "direct", None, "Beatriz Galván"),
    ("in-spanish", "We have waited twenty years", "direct", None, "Héctor Ruiz"),
    ("social-posts", "I need to rest my voice", "direct", "Bloom", "Kaya Bloom"),
    ("social-posts", "gutted", "mixed", None, "Leo Fenn"),
    ("social-posts", "tickets would be refunded", "indirect", None, "Aldgate Live"),
    ("court-defendant", "You preyed on people", "direct", None, "Miriam Okafor"),
    ("court-defendant", "Dobbs had spent the money", "indirect", "Prosecutors", None),
    ("court-defendant", "deeply remorseful", "mixed", None, "Ben Vance"),
    ("nba-game", "I was just taking", "direct", "Pell", "Marcus Pell"),
    ("nba-game", "had that look", "mixed", None, "Tony Ruiz"),
    ("nba-game", "When Marcus is like that", "direct", "Ruiz", "Tony Ruiz"),
    ("earnings-business", "quarterly profit fell", "indirect", None, "Holloway Foods"),
    ("earnings-business", "It has been a tough quarter", "direct", None, "Amira Haddad"),
    ("earnings-business", "prices would rise again", "indirect", None, "Tom Reyes"),
    ("brackets-ellipsis", "[The scheme] is finished ... and frankly", "direct", None,
     "Paul Garrity"),
    ("brackets-ellipsis", "was written in frustration", "mixed", "Garrity", "Paul Garrity"),
    ("vietnamese-names", "the drought was the worst", "indirect", "Nguyen Van An",
     "Nguyen Van An"),
    ("vietnamese-names", "The water is salty", "direct", "Mr. An", "Nguyen Van An"),
    ("vietnamese-names", "the province would truck", "indirect", None, "Tran Thi Mai"),
    ("xi-chinese", "China would open its markets", "indirect", None, "Xi Jinping"),
    ("xi-chinese", "The door will only open wider", "direct", "Xi", "Xi Jinping"),
    ("xi-chinese", "growth would reach its target", "indirect", None, "Li Qiang"),
    ("von-der-leyen", "the bloc would double its aid", "indirect", None,
     "Ursula von der Leyen"),
    ("von-der-leyen", "Europe stands by its friends", "direct", "von der Leyen",
     "Ursula von der Leyen"),
    ("von-der-leyen", "a good start", "mixed", None, "Maarten van der Berg"),
    ("lula", "deforestation had fallen", "indirect", None, "Luiz Inácio Lula da Silva"),
    ("lula", "The Amazon is not for sale", "direct", "Lula", "Luiz Inácio Lula da Silva"),
    ("lula", "a victory for science", "mixed", None, "Sofia Albuquerque"),
    ("honorifics", "This is a place for every child", "direct", None, "Thomas Achterberg"),
    ("honorifics", "she had been taught in a hut", "indirect", None, "Olivia Hartnell"),
    ("honorifics", "I never forgot it", "direct", "she", "Olivia Hartnell"),
    ("honorifics", "pupils would start in September", "indirect", None, "Kwame Asante"),
    ("sheikh", "the port would double", "indirect", None, "Rashid bin Khalid Al Mansoori"),
    ("sheikh", "We are building for the next", "direct", "Sheikh Rashid",
     "Rashid bin Khalid Al Mansoori"),
    ("sheikh", "ambitious but achievable", "mixed", None, "Layla Haddad"),
    # a quote in a caption line that ends in a photo credit
    ("caption", "We could see the smoke", "direct", None, "Irene Kowal"),
    ("caption", "the cause was not yet known", "indirect", None, "Rob Tully"),
    # the scraper lost the closing mark before ", said X"
    ("scraper-unbalanced", "It is a sad day for the town", "direct", None, "Joan Pryor"),
    ("scraper-unbalanced", "no other choice", "mixed", None, "Mark Dunne"),
    ("reported-verbs", "the city had broken its promise", "indirect", None, "Victor Lang"),
    ("reported-verbs", "no promise had been made", "indirect", None, "Ellen Shore"),
    ("reported-verbs", "the club could move", "indirect", "Lang", "Victor Lang"),
    ("reported-verbs", "the talks had gone badly", "indirect", "Shore", "Ellen Shore"),
    ("reported-verbs", "done waiting", "mixed", "Lang", "Victor Lang"),
    ("baseball-manager", "That's a gritty win", "direct", None, "Bud Carrow"),
    ("baseball-manager", "Nobody quit", "direct", None, "Bud Carrow"),
    ("baseball-manager", "he had been nervous", "indirect", None, "Jesús Almonte"),
    ("baseball-manager", "My legs were shaking", "direct", "Almonte", "Jesús Almonte"),
    ("cycling-tour", "I attacked where nobody", "direct", None, "Wout Claessens"),
    ("cycling-tour", "not worried", "mixed", None, "Tadej Kovač"),
    # a nickname in marks inside a name whose given name is no listed one
    ("boxing-weighin", "He's going to sleep", "direct", None, 'Dre "The Hammer" Collins'),
    ("boxing-weighin", "The Hammer", None, None, None),
    ("boxing-weighin", "Talk is cheap", "direct", "the Russian", "Mikhail Orlov"),
    ("eulogy", "Dad never said no", "direct", None, "Karen Brandt"),
    ("eulogy", "Not once", "direct", None, "Karen Brandt"),
    ("eulogy", "healed the whole town", "mixed", None, "Alan Pike"),
    ("jury-verdict", "overwhelming", "mixed", None, "Linda Osei"),
    ("jury-verdict", "they would appeal", "indirect", None, "Rachel Stein"),
    ("jury-verdict", "This is not over", "direct", "she", "Rachel Stein"),
    ("british-peers", "rushed and unworkable", "mixed", "Lord Hadley of Brent",
     ("Lord Hadley", "Hadley")),
    ("british-peers", "We have a duty", "direct", None, ("Baroness Kemp", "Kemp")),
    ("british-peers", "the government would bring", "indirect", None, "Alan Pryce"),
    ("esports", "We practised this comp", "direct", "Frost", 'Kim "Frost" Ji-ho'),
    ("esports", "never played better", "mixed", None, "Ethan Moore"),
    ("linkedin-ceo", "I got this wrong", "direct", None, "Dana Kirchner"),
    # asking the reporter for anonymity is no statement
    ("linkedin-ceo", "not to be named", None, None, None),
    ("linkedin-ceo", "came a week late", "mixed", "One former engineer", None),
    ("youtube-stream", "he will take a break", "indirect", None, "Jonah Quill"),
    ("youtube-stream", "I'm tired", "direct", "Quill", "Jonah Quill"),
    ("youtube-stream", "he would return", "indirect", None, "Priya Sandhu"),
    ("maitre-lawyer", "denies all the charges", "indirect", "his lawyer", None),
    ("maitre-lawyer", "My client has never", "direct", None, "Sophie Garnier"),
    ("maitre-lawyer", "they would testify", "indirect", "Former staff members", None),
    ("statement-dash", "This is the find", "direct", None, "Lars Holm"),
    ("statement-dash", "significant, but early", "mixed", None, "Maya Chen"),
    ("told-that-chain", "crime had fallen", "indirect", None, "Darnell Fisk"),
    ("told-that-chain", "residents did not feel safer", "indirect", None, "Judith Ames"),
    ("told-that-chain", "People are still scared", "direct", "Ames", "Judith Ames"),
    ("told-that-chain", "perception took time", "indirect", "Fisk", "Darnell Fisk"),
    ("farm-feature", "You learn the land", "direct", "Mbeki", "Eleanor Mbeki"),
    ("farm-feature", "The numbers don't work", "direct", "he", "Sipho"),
    ("farm-feature", "she will never sell", "indirect", "Mbeki", "Eleanor Mbeki"),
    ("school-strike", "They are cutting our future", "direct", None, "Aisha Rahman"),
    ("school-strike", "respects the right to protest", "mixed", "The education authority",
     None),
]

# expectations the library does not meet yet: (article, piece) -> the cause
NOT_YET: dict[tuple[str, str], str] = {
}


test_attribution = attribution_test(ARTICLES, EXPECTED, NOT_YET)


def test_the_articles_read_whole():
    """Every article reads through without error on the model-free path."""
    for text in ARTICLES.values():
        assert quotetrack.extract(text).text == text


def _rows(text: str) -> list[tuple[str, str, str | None]]:
    """(text, kind, speaker name) of each quote found, in order."""
    return [(t, kind, name) for t, kind, _, name in quote_rows(text)]


def test_a_pull_quote_is_the_speaker_s_the_body_gives_it():
    """A whole quoted sentence on a line of its own, quoted again in the body with a frame:
    the framed copy's speaker; a short one ("No.") or other words stay unattributed."""
    text = ('"The water came up faster than anyone had warned us."\n\n'
            "The river burst its banks on Friday.\n\n"
            'Farmer Ray Dunn lost 40 sheep. "The water came up faster than anyone had warned '
            'us," he said.\n')
    assert [n for _, _, n in _rows(text)] == ["Ray Dunn", "Ray Dunn"], _rows(text)
    near = ('"The bridge was never safe for lorries."\n\n"No."\n\nThe bridge closed. "No," '
            'said Ann Roe. "The bridge was never safe for heavy lorries," she said.\n')
    assert [n for _, _, n in _rows(near)] == [None, "Ann Roe", "Ann Roe"], _rows(near)


def test_quotes_named_by_a_sentence_that_points_back():
    """ '“A.”\n\n“B.”\n\nThat was how X described ...', "That is how X put it", "So says
    X": the person named after the pointer speaks the quoted paragraphs before it; a
    sentence that only opens with "That is how" ("That is how the system works, X said")
    names no one for them."""
    for after in ("That was how Jo Roe, a driver, described the crash.",
                  "That is how Jo Roe put it.", "So says Jo Roe, a driver."):
        text = f'"We never saw it coming."\n\n"It was over in a second."\n\n{after}\n'
        assert [(k, n) for t, k, n in _rows(text) if t.startswith('"')] == \
            [("direct", "Jo Roe"), ("direct", "Jo Roe")], _rows(text)
    near = '"We never saw it coming."\n\nThat is how the system works, Jo Roe said.\n'
    assert _rows(near)[0] == ('"We never saw it coming."', "direct", None), _rows(near)


def test_a_request_for_anonymity_is_no_statement():
    """ "who asked not to be named", "requested not to be identified": a request to the
    writer; "asked voters not to be fooled" stays a statement."""
    text = ("One official, who asked not to be named, said the deal was close. A source "
            "who requested not to be identified said talks would go on.\n")
    assert [t for t, _, _ in _rows(text)] == ["the deal was close", "talks would go on"], \
        _rows(text)
    near = "Ann Lee asked voters not to be fooled by the plan.\n"
    assert [t for t, _, _ in _rows(near)] == ["voters not to be fooled by the plan"], _rows(near)


def test_an_unclosed_quote_ends_before_said_and_a_role():
    """ '"A, said librarian Jo Doe.' (the closing mark lost): the quote ends before its
    frame and Jo Doe speaks it; "said nothing about Brexit" is no frame."""
    text = 'The library will close.\n\n"It is a sad day, said librarian Joan Pryor.\n'
    assert _rows(text)[-1] == ('"It is a sad day,', "direct", "Joan Pryor"), _rows(text)
    near = 'The mayor spoke.\n\n"He came in, said nothing about Brexit. Then he left.\n'
    assert _rows(near)[-1][0] == '"He came in, said nothing about Brexit. Then he left.', \
        _rows(near)


def test_vietnamese_names_and_a_peer_s_seat():
    """ "Nguyen Van An" (family name first) is a person and "Mr. An" is him; "Lord Hadley
    of Brent" is Hadley, not Brent; "Le Monde" stays the paper, no person."""
    text = ("Nguyen Van An, a farmer, said the drought was bad. \"The water is salty,\" Mr. An "
            "said.\n\nLord Hadley of Brent said the bill was rushed.\n\nThe Le Monde report "
            "said the Bank of England would wait.\n")
    assert [n for _, _, n in _rows(text)] == [
        "Nguyen Van An", "Nguyen Van An", "Hadley", "Le Monde"], _rows(text)


def test_a_name_before_a_surname_particle_goes_on():
    """ "Luiz Inácio Lula da Silva", later "Lula": one person."""
    text = ("President Luiz Inácio Lula da Silva said the forest was safer. \"The Amazon is "
            "not for sale,\" Lula said.\n")
    assert [n for _, _, n in _rows(text)] == ["Luiz Inácio Lula da Silva"] * 2, _rows(text)


def test_a_nickname_after_an_unlisted_given_name_and_a_role():
    """ 'champion Dre "The Hammer" Collins': the nickname is part of the name (the given
    name no list holds); 'called the plan "Very Unfair"' stays a quote."""
    text = '"He is done," said champion Dre "The Hammer" Collins.\n'
    assert _rows(text) == [('"He is done,"', "direct", 'Dre "The Hammer" Collins')], \
        _rows(text)
    near = 'Voters called the plan "Very Unfair" Collins said.\n'
    assert [t for t, _, _ in _rows(near)] == ['"Very Unfair"'], _rows(near)


def test_they_for_a_person_who_uses_they():
    """ "Sam Lee, who uses they/them pronouns, said A. “B,” they said": Sam Lee; without
    that remark a "they" after one person names no one."""
    text = ('Sam Lee, who uses they/them pronouns, said the stove leaked. "I was scared," '
            "they said.\n")
    assert [n for _, _, n in _rows(text)] == ["Sam Lee", "Sam Lee"], _rows(text)
    near = 'Sam Lee said the stove leaked. "It was scary," they said.\n'
    assert [n for _, _, n in _rows(near)] == ["Sam Lee", None], _rows(near)


def test_a_caption_keeps_a_quote_but_not_its_credit():
    """A caption ending in a credit is dropped, unless it quotes someone: then only the
    credit goes."""
    text = ('Crews at the fire. "We could see the smoke for miles," said Irene Kowal. '
            "(Photo: Sam Leary)\n\nA fire destroyed a warehouse.\n")
    assert _rows(text) == [('"We could see the smoke for miles,"', "direct", "Irene Kowal")], \
        _rows(text)
    near = "Dev Patel at the fire. (Photo: Ken Mori/Reuters)\n\nTom Roe said it was out.\n"
    assert quotetrack.extract(near).quotes[0].speaker.name == "Tom Roe"


def test_a_business_noun_opening_a_sentence_is_no_part_of_the_name():
    """ "Promoter Aldgate Live wrote", "Retailer Harwell said": the business speaks, named
    without the noun; after "said" or in mid-sentence nothing changes."""
    text = ("The tour was cancelled. Promoter Aldgate Live wrote on X that tickets would be "
            "refunded. Retailer Harwell said sales fell.\n")
    assert [n for _, _, n in _rows(text)] == ["Aldgate Live", "Harwell"], _rows(text)


def test_a_player_named_later_by_the_handle_inside_the_name():
    """ 'Kim "Frost" Ji-ho' (a given name of either gender before the handle), later
    "Frost said": the player."""
    text = ('Kim "Frost" Ji-ho led the team to the title. "We practised for months," Frost '
            "said.\n")
    assert [n for _, _, n in _rows(text)] == ['Kim "Frost" Ji-ho'], _rows(text)
