"""News of two kinds the earlier style waves did not try, read by the model-free default
path: (a) long-form magazine features and profiles (a subject quoted across many
paragraphs with "he says" / "she says" in the present tense, the subject named again by
surname after long gaps, people introduced once and quoted once, the writer's own "I" and
"me" as the reporter, scenes with dialogue between two or three people, a quote whose
speaker is named two paragraphs later, flashbacks with "he recalled" and "she
remembers"); (b) investigative and accountability reporting built on documents (emails
"the email read", "wrote in a text message", "in a 2019 memo to staff, X wrote",
"according to the documents", "records obtained by The Ledger show", "in a deposition, X
testified", "under oath", "said in a sworn statement", "the lawsuit alleges", "declined
to answer questions", "did not respond to requests for comment", "a spokesperson said in
an email", "through her attorney", Slack messages, a court transcript): an eighteenth
wave, h58-doc in the twenty-seventh round.

Every article here was written for the test, with invented people, places and outlets,
before the library was run on it, and is read by the model-free default path. Each
expected attribution is one case of ``findings.attribution_test``, whose docstring tells
the table's format.
"""

from findings import attribution_test

import quotetrack

ARTICLES: dict[str, str] = {
    "profile-says": (
        "Marguerite Okafor wakes at four every morning, before the gulls.\n\n"
        "\"The sea tells you what kind of day it will be,\" she says, pulling on her "
        "boots. \"You just have to listen.\"\n\n"
        "She has fished these waters for 31 years. Her father fished them before her.\n\n"
        "\"He never once told me I could not do it,\" she says. \"Everybody else did.\"\n\n"
        "The harbor has changed. Half the boats are gone, sold to buyers from the south.\n\n"
        "\"It breaks my heart,\" Okafor says. \"But I understand why they sell.\"\n"),
    "profile-surname-gap": (
        "Desmond Achterberg built his first guitar at 14 from a cigar box and a broom "
        "handle.\n\n"
        "\"It sounded terrible,\" he says. \"I loved it anyway.\"\n\n"
        "Today his workshop in the hills outside Tallow Creek turns out 40 instruments a "
        "year. The waiting list is three years long. Musicians fly in from Nashville and "
        "Tokyo to pick up their orders in person.\n\n"
        "The shop smells of cedar and lacquer. A radio plays old country songs.\n\n"
        "\"Wood is alive,\" Achterberg says. \"You have to respect what it wants to be.\"\n"),
    "once-quoted": (
        "Lena Varga has run the Blue Door diner for two decades.\n\n"
        "\"I know every regular by their order,\" she says.\n\n"
        "Her cook, Anton Reyes, has been with her since the first day. \"She is the "
        "toughest boss I ever had,\" Reyes says. \"And the fairest.\"\n\n"
        "A regular, Harold Mims, 82, put it more simply: \"Best pie in the county.\"\n\n"
        "\"We are not going anywhere,\" Varga says.\n"),
    "writer-i": (
        "When I met Tobias Wren at his studio last spring, he was covered in clay.\n\n"
        "\"Sorry, I forgot you were coming,\" he told me, wiping his hands on his "
        "apron.\n\n"
        "I asked him why he had stopped showing his work.\n\n"
        "\"Because nobody was looking at it,\" he said. \"They were looking at the price "
        "tags.\"\n"),
    "writer-me-indirect": (
        "Over coffee, Priya Nandakumar told me she had nearly quit medicine twice.\n\n"
        "\"The first time was in residency,\" she said. \"The second was last year.\"\n\n"
        "She showed me a photo of her daughter.\n"),
    "scene-dialogue": (
        "In the kitchen, Rosa Delgado is chopping onions while her brother Mateo leans "
        "against the fridge.\n\n"
        "\"You used too much salt last time,\" Mateo says.\n\n"
        "\"You ate three plates,\" Rosa says.\n\n"
        "\"That was out of politeness.\"\n\n"
        "She throws a dish towel at him.\n"),
    "scene-three": (
        "The three partners meet every Friday in the back room of the bakery.\n\n"
        "\"We need a second oven,\" says Kwame Asante.\n\n"
        "\"We need a second customer,\" says Julia Brandt, and everyone laughs.\n\n"
        "Sam Oyelaran, the quiet one, waits until they are done. \"We need to raise "
        "prices,\" he says.\n"),
    "speaker-later": (
        "\"Nobody in this town thought a girl from Millbrook could make it to the "
        "Olympics.\"\n\n"
        "The words hang on a banner over the gym door, painted by the students.\n\n"
        "They belong to Chloe Abernathy, who won silver in the vault in Paris.\n\n"
        "\"I still can't believe it,\" Abernathy says.\n"),
    "flashback": (
        "Walter Gruen was nine when the flood came.\n\n"
        "\"The water was up to the windows by morning,\" he recalled. \"My mother put "
        "us on the roof.\"\n\n"
        "His sister, Edith, remembers it differently.\n\n"
        "\"We were never on the roof,\" she remembers. \"We were in the attic.\"\n\n"
        "Gruen recalled that a neighbor had rowed them to the church.\n"),
    "she-remembers-that": (
        "Amara Osei remembers the day the mill closed.\n\n"
        "She remembers that her father came home at noon and sat in his truck for an "
        "hour.\n\n"
        "\"He never said a word about it,\" she says.\n"),
    "present-tense-long": (
        "For Yusuf Demir, the bookstore is less a business than a mission.\n\n"
        "\"People come in for a book and leave with three,\" he says. \"That is the "
        "whole trick.\"\n\n"
        "Demir opened the shop in 2009, in the middle of the recession. Friends told him "
        "he was crazy.\n\n"
        "\"Maybe I was,\" he says, laughing.\n\n"
        "These days the shop hosts readings twice a week. Last month a poet from Ankara "
        "drew a crowd of 200.\n\n"
        "Demir says he has no plans to retire. \"Where would I go?\"\n"),
    "says-he-inverted": (
        "\"You can't teach hunger,\" says coach Barry Lindqvist, who has run the boxing "
        "gym on Pike Street since 1988.\n\n"
        "\"Either a kid has it or he doesn't,\" says Lindqvist.\n\n"
        "The gym has produced two national champions.\n"),
    "email-read": (
        "The email, sent on March 3, was blunt.\n\n"
        "\"We cannot let this get out before the board meeting,\" the email read.\n\n"
        "It was signed by Gordon Pratt, the company's chief operating officer.\n"),
    "text-message": (
        "Hours before the collapse, site manager Luis Ferreira warned his supervisor.\n\n"
        "\"The north wall is moving,\" Ferreira wrote in a text message at 6:12 a.m. "
        "\"We need to get people out.\"\n\n"
        "The supervisor, Dale Hutchins, replied: \"Keep working.\"\n"),
    "memo-to-staff": (
        "In a 2019 memo to staff, chief executive Renata Holm wrote that safety "
        "inspections would be \"streamlined\" to save money.\n\n"
        "\"We are spending too much time on paperwork,\" Holm wrote in the memo.\n"),
    "according-to-documents": (
        "The county paid Brightline Consulting $4.2 million over three years, according "
        "to the documents.\n\n"
        "Records obtained by The Ledger show that the contract was never put out to "
        "bid.\n\n"
        "County administrator Joan Tate did not respond to requests for comment.\n"),
    "records-show": (
        "Inspection records show the bridge was rated in poor condition in 2017.\n\n"
        "State transportation officials said the repairs had been delayed by a funding "
        "dispute.\n"),
    "deposition": (
        "In a deposition last year, former plant manager Curtis Bell testified that he "
        "had raised concerns about the valves in 2016.\n\n"
        "\"I told them it was a matter of time,\" Bell said under oath.\n\n"
        "Asked who he told, Bell named three executives.\n"),
    "sworn-statement": (
        "A former nurse at the home, Gloria Estrada, said in a sworn statement that "
        "residents were left unattended for hours.\n\n"
        "\"Some nights there was one aide for 40 people,\" Estrada said in the "
        "statement.\n"),
    "lawsuit-alleges": (
        "The lawsuit alleges that Harlow Foods knew its peanut butter was contaminated "
        "weeks before the recall.\n\n"
        "The company denied the allegations in a court filing.\n\n"
        "\"We put safety first,\" a Harlow spokesperson said in an email.\n"),
    "declined": (
        "Councilman Ray Dobbins declined to answer questions about the payments.\n\n"
        "His lawyer, Miriam Sato, said Dobbins had done nothing wrong.\n\n"
        "\"My client followed every rule,\" Sato said.\n"),
    "no-response": (
        "The sheriff's office did not respond to requests for comment.\n\n"
        "Sheriff Tom Kessler has previously said the jail meets state standards.\n"),
    "through-attorney": (
        "Through her attorney, Diane Foley denied any wrongdoing.\n\n"
        "\"Ms. Foley has cooperated fully with investigators,\" the attorney, Mark "
        "Levin, said in a statement.\n"),
    "spokesperson-email": (
        "A spokesperson for the university said in an email that the school was "
        "reviewing the complaints.\n\n"
        "\"We take these allegations seriously,\" the spokesperson wrote.\n"),
    "slack": (
        "In a Slack message to colleagues, engineer Nadia Petrov flagged the bug two "
        "weeks before launch.\n\n"
        "\"This will crash under load, 100 percent,\" Petrov wrote.\n\n"
        "Her manager, Ken Ito, responded with a thumbs-up emoji.\n"),
    "court-transcript": (
        "According to a transcript of the hearing, the judge pressed the company's "
        "lawyer.\n\n"
        "\"Did anyone at the company read the report?\" Judge Helen Marsh asked.\n\n"
        "\"I am not aware that anyone did, Your Honor,\" replied the lawyer, Peter "
        "Grove.\n"),
    "transcript-labels": (
        "Portions of the deposition were read aloud in court.\n\n"
        "Q: Did you sign the inspection form?\n\n"
        "A: I did.\n\n"
        "Q: Had you inspected the truck?\n\n"
        "A: No.\n"),
    "emails-obtained": (
        "Emails obtained by The Ledger through a public records request show that city "
        "officials knew of the lead levels in 2021.\n\n"
        "\"Let's keep this internal for now,\" water director Bruce Caldwell wrote to "
        "an aide.\n\n"
        "Caldwell, who retired in 2023, could not be reached for comment.\n"),
    "wrote-in-email": (
        "Patricia Gomez, the district's finance director, wrote in an email to the "
        "superintendent that the budget gap was \"much worse than reported.\"\n\n"
        "The superintendent, Alan Reeve, declined to comment.\n"),
    "testified-quote": (
        "Testifying before the committee, former regulator Ingrid Solberg said the "
        "agency had been captured by the industry.\n\n"
        "\"We were told not to look too closely,\" Solberg testified.\n"),
    "investigation-found": (
        "A six-month investigation by The Ledger found that at least 14 patients died "
        "after delays in the emergency room.\n\n"
        "Hospital chief executive Lionel Barrett said the hospital had hired 30 new "
        "nurses.\n\n"
        "\"One death is too many,\" Barrett said.\n"),
    "former-employee-anon": (
        "Three former employees, who spoke on condition of anonymity because they feared "
        "retaliation, described a culture of fear.\n\n"
        "\"You did what you were told or you were gone,\" one of them said.\n\n"
        "The company's general counsel, Teresa Vance, said the claims were false.\n"),
    "letter-wrote": (
        "In a letter to regulators dated June 12, the company's safety officer, Hugo "
        "Lindgren, wrote that the tanks had passed inspection.\n\n"
        "But a later audit found corrosion in two of them.\n"),
    "lawsuit-quote-complaint": (
        "Tenants of the Maple Court apartments sued their landlord on Monday.\n\n"
        "\"The defendants ignored repeated complaints of mold,\" the complaint states.\n\n"
        "The landlord, Parkway Holdings, did not respond to a request for comment.\n"),
    "text-exchange": (
        "The texts between the two men, reviewed by The Ledger, show a growing panic.\n\n"
        "\"Did you delete the files?\" Marcus Hale wrote.\n\n"
        "\"Not yet,\" Victor Lam replied.\n"),
    "said-later-interview": (
        "Years later, sitting on the porch of her farmhouse, Ada Whitcombe still tears up "
        "when she talks about the fire.\n\n"
        "\"We lost everything but the dog,\" she says.\n\n"
        "Her husband, Ellis, died two years after. She remembers his last words: \"Plant "
        "the roses.\"\n"),
    "reporter-asked": (
        "When a reporter asked about the missing funds, Mayor Carla Brennan walked "
        "away.\n\n"
        "Later, her spokesman, Jim Ortega, said the mayor had answered all questions at "
        "a news conference.\n"),
    "documents-reviewed": (
        "Internal documents reviewed by The Ledger show that the agency ignored at least "
        "nine warnings.\n\n"
        "\"This is negligence on a grand scale,\" said Rebecca Stone, a former inspector "
        "general who reviewed the documents at the newspaper's request.\n"),
    "attorney-said": (
        "Attorneys for the family said in a statement that the police account was "
        "false.\n\n"
        "\"The video tells a different story,\" said attorney Darnell Price.\n"),
    "words-belong": (
        "\"Nobody on this street ever thought a kid from here could fly.\"\n\n"
        "The words belong to Darnell Oyelowo, who flies cargo jets out of Memphis.\n\n"
        "\"I still can't believe it,\" Oyelowo says.\n"),
    "land-belongs": (
        "\"This was all orchards when I was a boy,\" says Pete Halvorsen.\n\n"
        "The land belongs to a developer now.\n"),
    "said-clause-verb-s": (
        "The warden, Gail Sutter, said the prison meets state rules.\n\n"
        "Her deputy said the department plans to appeal, and a union official said the "
        "new schedule works.\n\n"
        "Sutter signed the hiring plans for the new wing on Friday.\n"),
    "records-obtained": (
        "Emails obtained by the Harbor Gazette show that the port authority knew of the "
        "cracks in 2020.\n\n"
        "He had appeared on an NBC show that aired the same week.\n"),
    "she-after-victor": (
        "Nadia Russo runs the only pharmacy in Corbin Falls.\n\n"
        "\"People come here when they have nowhere else,\" she says of the shop.\n\n"
        "Her landlord, Victor Hale, wants to sell the building. \"It is a business "
        "decision,\" Hale says.\n\n"
        "\"I have heard that before,\" she says, shrugging.\n"),
    "question-answer": (
        "Cal Winters has driven the same pickup for 22 years.\n\n"
        "\"Get in the truck,\" Winters tells his son, Eli.\n\n"
        "\"Why?\" the boy asks.\n\n"
        "\"Because the storm is coming.\"\n"),
    "interview-turns": (
        "Marta Quill has kept bees on the same hillside since 1979.\n\n"
        "\"How long have you been up here?\" I ask.\n\n"
        "\"Too long,\" she says, and laughs.\n\n"
        "\"Why stay?\" I ask her.\n\n"
        "\"Where else would I find this kind of quiet?\"\n"),
    "no-question-before": (
        "\"We will fight this in court,\" said Dora Pike, the tenants' lawyer.\n\n"
        "\"The building is unsafe,\" said Abe Lund, a tenant.\n\n"
        "\"My kids cannot sleep at night because of the noise.\"\n"),
    "testified-transcript": (
        "The former treasurer, Rosa Munoz, was questioned for six hours.\n\n"
        "\"I do not recall signing that check,\" Munoz testified, according to a "
        "transcript.\n\n"
        "\"Did anyone ask you to sign it?\" the prosecutor asked, according to the "
        "transcript.\n"),
    "profile-colleague": (
        "Colleagues describe Hannah Lowell as relentless.\n\n"
        "\"She would call you at midnight with a question about a footnote,\" says Ben "
        "Adler, who worked with her for a decade.\n\n"
        "Lowell laughs when she hears this. \"Only once,\" she says. \"Maybe twice.\"\n"),
}

EXPECTED: list[tuple[str, str, str | None, object, object]] = [
    # a profile with "she says" in the present tense, then the surname
    ("profile-says", "The sea tells you", "direct", "she", "Marguerite Okafor"),
    ("profile-says", "You just have to listen", "direct", None, "Marguerite Okafor"),
    ("profile-says", "He never once told me", "direct", "she", "Marguerite Okafor"),
    ("profile-says", "Everybody else did", "direct", None, "Marguerite Okafor"),
    ("profile-says", "It breaks my heart", "direct", "Okafor", "Marguerite Okafor"),
    ("profile-says", "I understand why they sell", "direct", None, "Marguerite Okafor"),
    # the subject named again by surname after a long gap
    ("profile-surname-gap", "It sounded terrible", "direct", "he", "Desmond Achterberg"),
    ("profile-surname-gap", "I loved it anyway", "direct", None, "Desmond Achterberg"),
    ("profile-surname-gap", "Wood is alive", "direct", "Achterberg", "Desmond Achterberg"),
    ("profile-surname-gap", "respect what it wants", "direct", None, "Desmond Achterberg"),
    # people introduced once and quoted once
    ("once-quoted", "I know every regular", "direct", "she", "Lena Varga"),
    ("once-quoted", "the toughest boss", "direct", "Reyes", "Anton Reyes"),
    ("once-quoted", "And the fairest", "direct", None, "Anton Reyes"),
    ("once-quoted", "Best pie in the county", "direct", None, "Harold Mims"),
    ("once-quoted", "We are not going anywhere", "direct", "Varga", "Lena Varga"),
    # the writer's own "I" and "me"
    ("writer-i", "Sorry, I forgot", "direct", "he", "Tobias Wren"),
    # the writer's own question, reported: its asker is "I"
    ("writer-i", "he had stopped showing", "indirect", "I", None),
    ("writer-i", "Because nobody was looking", "direct", "he", "Tobias Wren"),
    ("writer-i", "looking at the price", "direct", None, "Tobias Wren"),
    ("writer-me-indirect", "she had nearly quit medicine", "indirect", None,
     "Priya Nandakumar"),
    ("writer-me-indirect", "The first time was", "direct", "she", "Priya Nandakumar"),
    ("writer-me-indirect", "The second was last year", "direct", None, "Priya Nandakumar"),
    # a scene with dialogue between two people, the last line unattributed
    ("scene-dialogue", "too much salt", "direct", "Mateo", "Mateo"),
    ("scene-dialogue", "You ate three plates", "direct", "Rosa", "Rosa Delgado"),
    ("scene-dialogue", "out of politeness", "direct", None, "Mateo"),
    ("scene-three", "a second oven", "direct", "Kwame Asante", "Kwame Asante"),
    ("scene-three", "a second customer", "direct", "Julia Brandt", "Julia Brandt"),
    ("scene-three", "raise prices", "direct", "he", "Sam Oyelaran"),
    # a quote whose speaker is named two paragraphs later
    ("speaker-later", "Nobody in this town", "direct", None, "Chloe Abernathy"),
    ("speaker-later", "I still can't believe", "direct", "Abernathy", "Chloe Abernathy"),
    # flashbacks: "he recalled", "she remembers"
    ("flashback", "up to the windows", "direct", "he", "Walter Gruen"),
    ("flashback", "put us on the roof", "direct", None, "Walter Gruen"),
    ("flashback", "We were never on the roof", "direct", "she", "Edith"),
    ("flashback", "in the attic", "direct", None, "Edith"),
    ("flashback", "a neighbor had rowed them", "indirect", "Gruen", "Walter Gruen"),
    ("she-remembers-that", "her father came home at noon", "indirect", "She",
     "Amara Osei"),
    ("she-remembers-that", "He never said a word", "direct", "she", "Amara Osei"),
    # a long present-tense feature
    ("present-tense-long", "leave with three", "direct", "he", "Yusuf Demir"),
    ("present-tense-long", "the whole trick", "direct", None, "Yusuf Demir"),
    ("present-tense-long", "Maybe I was", "direct", "he", "Yusuf Demir"),
    ("present-tense-long", "he has no plans to retire", "indirect", "Demir", "Yusuf Demir"),
    ("present-tense-long", "Where would I go", "direct", None, "Yusuf Demir"),
    ("says-he-inverted", "You can't teach hunger", "direct", None, "Barry Lindqvist"),
    ("says-he-inverted", "Either a kid has it", "direct", "Lindqvist", "Barry Lindqvist"),
    # documents: "the email read", then its author named after
    ("email-read", "We cannot let this get out", "direct", "the email", None),
    ("text-message", "The north wall is moving", "direct", "Ferreira", "Luis Ferreira"),
    ("text-message", "We need to get people out", "direct", None, "Luis Ferreira"),
    ("text-message", "Keep working", "direct", None, "Dale Hutchins"),
    ("memo-to-staff", "streamlined", "mixed", None, "Renata Holm"),
    ("memo-to-staff", "too much time on paperwork", "direct", "Holm", "Renata Holm"),
    ("according-to-documents", "paid Brightline Consulting", "indirect", "the documents",
     None),
    ("according-to-documents", "never put out to bid", "indirect", None, None),
    # "did not respond to requests for comment": a statement, as PolNeAR marks it
    ("according-to-documents", "requests for comment", "indirect", None, "Joan Tate"),
    ("records-show", "rated in poor condition", "indirect", "Inspection records", None),
    ("records-show", "delayed by a funding dispute", "indirect",
     "State transportation officials", None),
    # testimony: "in a deposition, X testified", "under oath", "in a sworn statement"
    ("deposition", "raised concerns about the valves", "indirect", None, "Curtis Bell"),
    ("deposition", "a matter of time", "direct", "Bell", "Curtis Bell"),
    ("sworn-statement", "left unattended for hours", "indirect", None, "Gloria Estrada"),
    ("sworn-statement", "one aide for 40 people", "direct", "Estrada", "Gloria Estrada"),
    ("lawsuit-alleges", "knew its peanut butter", "indirect", "The lawsuit", None),
    ("lawsuit-alleges", "We put safety first", "direct", "a Harlow spokesperson", None),
    # refusals and silences are no statements
    # a refusal is the subject's statement, as PolNeAR marks "declined to A" (h60-ind)
    ("declined", "about the payments", "indirect", "Councilman Ray Dobbins", "Ray Dobbins"),
    ("declined", "had done nothing wrong", "indirect", None, "Miriam Sato"),
    ("declined", "followed every rule", "direct", "Sato", "Miriam Sato"),
    ("no-response", "requests for comment", "indirect", "The sheriff's office", None),
    ("no-response", "meets state standards", "indirect", None, "Tom Kessler"),
    ("through-attorney", "cooperated fully", "direct", None, "Mark Levin"),
    ("spokesperson-email", "reviewing the complaints", "indirect",
     "A spokesperson for the university", None),
    ("spokesperson-email", "We take these allegations", "direct", "the spokesperson",
     None),
    ("slack", "crash under load", "direct", "Petrov", "Nadia Petrov"),
    ("court-transcript", "Did anyone at the company", "direct", None, "Helen Marsh"),
    ("court-transcript", "I am not aware", "direct", None, "Peter Grove"),
    ("transcript-labels", "Did you sign", None, None, None),
    ("emails-obtained", "knew of the lead levels", "indirect", None, None),
    ("emails-obtained", "keep this internal", "direct", None, "Bruce Caldwell"),
    ("emails-obtained", "reached for comment", None, None, None),
    ("present-tense-long", "he was crazy", "indirect", "Friends", None),
    ("deposition", "who he told", "indirect", None, None),
    ("lawsuit-alleges", "the allegations", "indirect", "The company", "Harlow Foods"),
    ("through-attorney", "any wrongdoing", "indirect", "Diane Foley", "Diane Foley"),
    ("court-transcript", "the judge pressed", "indirect", "a transcript of the hearing", None),
    ("letter-wrote", "corrosion in two of them", "indirect", "a later audit", None),
    ("said-later-interview", "the fire", "indirect", "she", "Ada Whitcombe"),
    ("reporter-asked", "the missing funds", "indirect", "a reporter", None),
    ("profile-colleague", "Hannah Lowell as relentless", "indirect", "Colleagues", None),
    # "she" after a man quoted once: "Victor" is a man's name
    ("she-after-victor", "nowhere else", "direct", "she", "Nadia Russo"),
    ("she-after-victor", "a business decision", "direct", "Hale", "Victor Hale"),
    ("she-after-victor", "I have heard that before", "direct", "she", "Nadia Russo"),
    # a quoted paragraph with no frame that answers the question quoted just before: the
    # one asked answers (an unframed line after a statement still continues its speaker)
    ("question-answer", "Get in the truck", "direct", "Winters", "Cal Winters"),
    ("question-answer", "Why?", "direct", "the boy", None),
    ("question-answer", "the storm is coming", "direct", None, "Cal Winters"),
    ("interview-turns", "How long have you been", "direct", "I", None),
    ("interview-turns", "Too long", "direct", "she", "Marta Quill"),
    ("interview-turns", "Why stay", "direct", "I", None),
    ("interview-turns", "this kind of quiet", "direct", None, "Marta Quill"),
    ("no-question-before", "fight this in court", "direct", None, "Dora Pike"),
    ("no-question-before", "The building is unsafe", "direct", None, "Abe Lund"),
    ("no-question-before", "cannot sleep at night", "direct", None, "Abe Lund"),
    # "X testified, according to a transcript": X's words, the transcript relays them
    ("testified-transcript", "I do not recall signing", "direct", "Munoz", "Rosa Munoz"),
    ("testified-transcript", "Did anyone ask you", "direct", "the prosecutor", None),
    # "The words belong to X": a sentence pointing back names the opening quote's speaker
    ("words-belong", "Nobody on this street", "direct", "Darnell Oyelowo", "Darnell Oyelowo"),
    ("words-belong", "I still can't believe", "direct", "Oyelowo", "Darnell Oyelowo"),
    ("land-belongs", "all orchards", "direct", "Pete Halvorsen", "Pete Halvorsen"),
    ("land-belongs", "a developer", None, None, None),
    # "said the N Vs ...": a verb in -s the tagger took for a plural noun
    ("said-clause-verb-s", "the prison meets state rules", "indirect",
     None, "Gail Sutter"),
    ("said-clause-verb-s", "the department plans to appeal", "indirect",
     "Her deputy", None),
    ("said-clause-verb-s", "the new schedule works", "indirect", "a union official",
     None),
    ("said-clause-verb-s", "the hiring plans", None, None, None),
    # "Records obtained by X show that A": the records, not a TV show
    ("records-obtained", "knew of the cracks", "indirect", "Emails", "Emails"),
    ("records-obtained", "aired the same week", None, None, None),
    ("wrote-in-email", "much worse than reported", "mixed", None, "Patricia Gomez"),
    ("testified-quote", "captured by the industry", "indirect", None, "Ingrid Solberg"),
    ("testified-quote", "not to look too closely", "direct", "Solberg", "Ingrid Solberg"),
    ("investigation-found", "at least 14 patients died", "indirect", None, None),
    ("investigation-found", "hired 30 new nurses", "indirect", None, "Lionel Barrett"),
    ("investigation-found", "One death is too many", "direct", "Barrett", "Lionel Barrett"),
    ("former-employee-anon", "what you were told", "direct", "one of them", None),
    ("former-employee-anon", "the claims were false", "indirect", None, "Teresa Vance"),
    ("letter-wrote", "the tanks had passed inspection", "indirect", None, "Hugo Lindgren"),
    ("lawsuit-quote-complaint", "ignored repeated complaints", "direct", "the complaint",
     None),
    ("text-exchange", "Did you delete the files", "direct", "Marcus Hale", "Marcus Hale"),
    ("text-exchange", "Not yet", "direct", "Victor Lam", "Victor Lam"),
    ("said-later-interview", "everything but the dog", "direct", "she", "Ada Whitcombe"),
    ("said-later-interview", "Plant the roses", "direct", None, "Ellis"),
    ("reporter-asked", "answered all questions", "indirect", None, "Jim Ortega"),
    ("documents-reviewed", "ignored at least nine warnings", "indirect", None, None),
    ("documents-reviewed", "negligence on a grand scale", "direct", None, "Rebecca Stone"),
    ("attorney-said", "the police account was false", "indirect", None, None),
    ("attorney-said", "a different story", "direct", None, "Darnell Price"),
    ("profile-colleague", "call you at midnight", "direct", None, "Ben Adler"),
    ("profile-colleague", "Only once", "direct", "she", "Hannah Lowell"),
    ("profile-colleague", "Maybe twice", "direct", None, "Hannah Lowell"),
]

# expectations the library does not meet yet: (article, piece) -> the cause
NOT_YET: dict[tuple[str, str], str] = {
    ("scene-dialogue", "out of politeness"):
        "an unattributed line in a two-person exchange goes to the last speaker, not the "
        "one whose turn it is",
    ("speaker-later", "Nobody in this town"):
        "'They belong to X' two paragraphs after the quote: the pointer is a pronoun for "
        "a noun in between",
    ("she-remembers-that", "her father came home at noon"):
        "'remembers that A' is no cue (a memory; PolNeAR marks 'remember' 11 times in train)",
    ("said-later-interview", "Plant the roses"):
        "'She remembers his last words: \"A\"': the possessor of 'words' is not read as "
        "the speaker",
}


test_attribution = attribution_test(ARTICLES, EXPECTED, NOT_YET)


def test_testimony_relayed_by_a_transcript():
    """'“A,” Munoz testified, according to a transcript': Munoz speaks, the transcript
    relays (``reported_by``), as '“A,” Kim said, according to state media' does."""
    text = ARTICLES["testified-transcript"]
    quotes = {q.text[1:13]: q for q in quotetrack.extract(text).quotes}
    relayed = quotes["I do not rec"]
    assert relayed.speaker is not None and relayed.speaker.name == "Rosa Munoz"
    assert relayed.reported_by is not None and relayed.reported_by.name == "a transcript"


def test_the_articles_read_whole():
    """Every article reads through without error on the model-free path."""
    for text in ARTICLES.values():
        assert quotetrack.extract(text).text == text
