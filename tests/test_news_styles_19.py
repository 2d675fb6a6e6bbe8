"""News of styles the earlier style waves did not try, read by the model-free default
path: a company's earnings call ("the chief financial officer told analysts on a call", an
analyst set off by commas who "asked whether"), a product keynote ("said on stage", "told
the crowd"), a science story ("the researchers wrote in the journal", the study's lead
author, an outside ecologist, a peer reviewer), a correction notice ("An earlier version
of this article misquoted X"), quotes "in Spanish" and "through a translator", a press
pool report, "told reporters aboard Air Force Two", a lawsuit ("lawyers for X wrote in a
filing", "the complaint alleges", "the lawsuit says"), a police blotter, an anonymous
source with a long reason ("a person familiar with the matter, who spoke on condition of
anonymity because the talks are private, said"), quotes in a bulleted list, a dated
timeline, a post-game story with two coaches and players, a letter to the editor, theatre
and restaurant reviews, a column in the first person, a eulogy, a mine rescue and a
hostage standoff ("a teller named X"), a meteorologist, a newsroom's own statement, a
photo caption quoting a name and a colon, "put it bluntly:", a voicemail, remarks
"prepared for delivery", "said of", "his widow", "Her words were echoed by", "via a
spokesperson", a protest sign, children with ages, "the statement read, in part", "Asked
by a reporter whether A, X replied:", "adding:", "whose son died", a ruling's "wrote:",
"called the charges “baseless”", "in a note to readers", "The coach's verdict after the
loss:", "said the 24-year-old", "the authors note", "said on a conference call",
"Sources told", an updated-article note, dash attributions under quotes, "Said X:", "in
the words of X" set off mid-sentence, "had a message for critics:", '“A” — that is how X
described B', "the pilot radioed:", "who declined to give her last name", "posts on X:"
in a timeline, "people close to him, who asked not to be named, said", "said in Dari
through an interpreter", bulleted "Mayor X: “A”" lines, a transcript with name labels,
"X's answer to her critics:": a nineteenth wave, h60-sty in the twenty-eighth round.

Every article here was written for the test, with invented people, places and outlets,
before the library was run on it, and is read by the model-free default path. Each
expected attribution is one case of ``findings.attribution_test``, whose docstring tells
the table's format. Of the 174 cases, 13 were wrong on the base commit; 11 are fixed, 2
stayed strict xfails (one, "he is expected to say", fixed by h60-st2). Besides, one
expectation went against the project's convention ("a spokesman for Skylark Air" is the
whole mention) and two articles were rewritten after their first versions named a person
only by a surname never introduced, which the model-free tagger cannot know as a name
("OKAFOR:", "Okafor's answer:").
"""

import pytest
from findings import attribution_test, quote_rows

import quotetrack

ARTICLES: dict[str, str] = {
    "earnings-call": (
        "Shares of Corvane Systems fell 9 percent on Thursday after the company cut its "
        "forecast.\n\n"
        "\"Demand in Europe softened faster than we expected,\" the chief financial "
        "officer, Helga Brandvold, told analysts on a call.\n\n"
        "Chief executive Omar Fairweather said the company would cut 400 jobs.\n\n"
        "\"We are not going to chase revenue at any price,\" he said.\n"),
    "earnings-analyst": (
        "On the call, an analyst at Pell & Rowan, Sanjay Mehta, asked whether the cuts "
        "would reach research.\n\n"
        "\"Research is off the table,\" Fairweather replied.\n\n"
        "In a note to clients, Mehta wrote that the guidance was \"a kitchen-sink "
        "reset.\"\n"),
    "keynote": (
        "Before a crowd of 5,000 developers, Lumora chief executive Tessa Kwan unveiled "
        "the company's new headset on Tuesday.\n\n"
        "\"This is the most personal device we have ever built,\" Kwan said on stage.\n\n"
        "The audience cheered when she showed the price.\n\n"
        "\"We think people are going to love it,\" she told the crowd.\n"),
    "science-journal": (
        "Sea otters may help salt marshes recover from erosion, a new study suggests.\n\n"
        "\"The otters are doing the work that engineers would charge millions to do,\" "
        "the researchers wrote in the journal Coastal Ecology.\n\n"
        "The study's lead author, Dr. Imogen Threlkeld of Harwick University, said the "
        "effect surprised her team.\n\n"
        "\"We did not expect it to be this large,\" she said.\n"),
    "science-outside": (
        "Not everyone is convinced.\n\n"
        "\"It is a lovely result, but it is one marsh,\" said Felipe Arriaga, an "
        "ecologist at Dunmore College who was not involved in the research.\n\n"
        "One of the paper's peer reviewers, who asked not to be named, said the "
        "statistics were sound.\n"),
    "correction-note": (
        "Correction: An earlier version of this article misquoted Mayor Elaine Bastos. "
        "She said \"we will review the contract,\" not \"we will cancel the contract.\"\n\n"
        "The council meets again on Monday.\n"),
    "spanish": (
        "Rescuers pulled Mariela Fuentes from the rubble after 30 hours.\n\n"
        "\"I prayed the whole time,\" Fuentes said in Spanish from her hospital bed.\n\n"
        "Her brother, Tomás Fuentes, said through a translator that the family had "
        "given up hope.\n"),
    "translator": (
        "\"Our village has no water and no road,\" said Kofi Adomako, the chief of "
        "Asenkra, speaking through a translator.\n\n"
        "\"We are asking for nothing more than a well.\"\n"),
    "pool-report": (
        "The president spoke briefly to reporters before boarding Marine One.\n\n"
        "\"It was a great meeting, a really great meeting,\" President Dana Whitlock "
        "said, according to a pool report.\n\n"
        "Asked about the budget talks, she said a deal was close.\n"),
    "air-force-one": (
        "Vice President Carl Ostrander told reporters aboard Air Force Two that the "
        "trip would go ahead.\n\n"
        "\"Nobody is going to scare us off,\" he said.\n"),
    "filing": (
        "Lawyers for Kestrel Pharma wrote in a filing on Friday that the patent was "
        "invalid.\n\n"
        "\"The plaintiffs invented nothing,\" the filing says.\n\n"
        "A lawyer for the plaintiffs, Rachel Odum, said the company was \"grasping at "
        "straws.\"\n"),
    "complaint-alleges": (
        "The complaint alleges that the landlord, Bexley Property Group, ignored "
        "repeated reports of broken heating.\n\n"
        "\"Children slept in their coats,\" the lawsuit says.\n\n"
        "Bexley did not return a call seeking comment.\n"),
    "blotter": (
        "Police said a man was arrested at 2:15 a.m. Saturday after he broke a window "
        "at the Elm Street bakery.\n\n"
        "A woman told officers her bicycle had been taken from a porch on Grant "
        "Avenue.\n\n"
        "Officers said no one was hurt.\n"),
    "anon-long": (
        "The two companies are close to a merger worth $12 billion, a person familiar "
        "with the matter, who spoke on condition of anonymity because the talks are "
        "private, said on Wednesday.\n\n"
        "\"It could still fall apart,\" the person said.\n"),
    "bullets": (
        "Here is what the candidates said at Tuesday's forum:\n\n"
        "- \"We need more buses, not more parking,\" said Nadia Bellweather.\n"
        "- \"Taxes are already too high,\" said Rupert Calloway.\n"
        "- \"I will listen first,\" said Ines Morrow.\n"),
    "timeline": (
        "A timeline of the mayor's statements on the bridge:\n\n"
        "March 4: Mayor Dwight Calder says the bridge is \"perfectly safe.\"\n\n"
        "April 19: Calder says, \"We are monitoring the situation.\"\n\n"
        "May 2: The bridge is closed.\n"),
    "postgame": (
        "The Harbor City Gulls beat the Redfield Miners 4-2 on Saturday.\n\n"
        "\"We played the right way for 60 minutes,\" Gulls coach Lars Fenwick said.\n\n"
        "Miners coach Duane Petty was less pleased. \"We gave them two goals,\" he said. "
        "\"You cannot do that in this league.\"\n\n"
        "Gulls goalie Ben Okoro made 31 saves. \"The guys in front of me made it easy,\" "
        "Okoro said.\n\n"
        "\"It was a fun one,\" said forward Matti Lahtinen, who scored twice.\n"),
    "letter-editor": (
        "To the Editor:\n\n"
        "Your editorial on the school bond (\"Vote Yes,\" Oct. 3) ignores the cost to "
        "retirees.\n\n"
        "Many of us live on fixed incomes. We cannot afford another tax.\n\n"
        "Harriet Voss\nGlen Arbor\n"),
    "theatre-review": (
        "The new staging of \"The Lighthouse Keeper\" at the Brennan Playhouse is spare "
        "and cold, and that is the point.\n\n"
        "\"I wanted the audience to feel the wind,\" the director, Sofia Lindqvist, said "
        "in an interview before opening night.\n\n"
        "The lead, Callum Reyes, is superb.\n"),
    "restaurant-review": (
        "At Fennel, the new restaurant on Dock Street, the menu changes every day.\n\n"
        "\"I cook what the boats bring in,\" said the chef, Aurelio Mancini.\n\n"
        "The halibut was perfect. The dessert was not.\n"),
    "column-i": (
        "I have covered this city council for 15 years, and I have never seen a vote like "
        "Tuesday's.\n\n"
        "\"We did what the voters asked,\" Councilwoman Bea Hartley told me afterward.\n\n"
        "I am not so sure. The voters asked for lower rents, not a new stadium.\n"),
    "eulogy": (
        "Hundreds filled St. Brendan's Church on Saturday for the funeral of Walter "
        "Pruitt, the town's longtime fire chief.\n\n"
        "\"Dad ran toward every fire,\" his daughter, Carol Pruitt, told mourners.\n\n"
        "\"He never once asked for thanks,\" she said.\n"),
    "rescue": (
        "All 12 miners trapped in the Coldwater mine were brought to the surface on "
        "Sunday.\n\n"
        "\"We never stopped believing,\" said Fire Chief Anita Marsh, who led the "
        "rescue.\n\n"
        "\"It was dark and cold, but we kept each other going,\" said one of the miners, "
        "Gustavo Ruiz, 44.\n"),
    "hostage": (
        "A hostage standoff at a bank in Fairmont ended peacefully on Tuesday, police "
        "said.\n\n"
        "\"The negotiators did an outstanding job,\" Police Chief Raymond Ibe said at "
        "a news conference.\n\n"
        "One of the freed hostages, a teller named Joy Amadi, said she was grateful to "
        "be alive.\n"),
    "weather": (
        "A late-season storm could drop a foot of snow on the valley by Friday.\n\n"
        "\"This is a heavy, wet snow, the kind that brings down trees,\" said Lorna "
        "Petrakis, a meteorologist with the National Weather Service in Dunmore.\n\n"
        "She said travel would be \"nearly impossible\" on Thursday night.\n"),
    "newsroom-statement": (
        "The Harbor Times said in a statement that it stood by its reporting.\n\n"
        "\"Our story was accurate and fair,\" a Times spokeswoman, Lydia Crane, said.\n"),
    "caption-colon": (
        "Mayor Jonas Whitfield: \"We will rebuild this town.\" (Photo: Ana Ruiz)\n\n"
        "Whitfield spoke at the fire station on Monday.\n"),
    "put-it-bluntly": (
        "The union's president, Gary Dunmore, put it bluntly: \"This offer is an "
        "insult.\"\n\n"
        "Management said the offer was fair.\n"),
    "voicemail": (
        "In a voicemail left for a reporter, state Sen. Paula Rinehart said she had "
        "\"nothing to hide.\"\n\n"
        "\"Call me back and I will walk you through it,\" she said in the message.\n"),
    "prepared-future": (
        "In remarks prepared for delivery on Thursday, Governor Miles Andersen will say "
        "that the state's schools are \"on the rise.\"\n\n"
        "\"We have turned the corner,\" he is expected to say.\n"),
    "asked-shrug": (
        "Asked whether he would run again, Senator Hollis Graver shrugged.\n\n"
        "\"Ask me next year,\" he said.\n"),
    "first-name-only": (
        "Maria, who asked that only her first name be used because she fears losing her "
        "job, said the night shifts were the worst.\n\n"
        "\"Nobody checks on us after midnight,\" she said.\n"),
    "ap-phone": (
        "Reached by phone, the ferry's captain, Olaf Berg, told The Associated Press "
        "that the engine had failed twice that week.\n\n"
        "\"I warned them,\" Berg said.\n"),
    "officials-middle": (
        "The fire, officials said, started in a kitchen on the third floor.\n\n"
        "Deputy Chief Ramon Ortiz said the building had no working smoke alarms.\n"),
    "said-of": (
        "\"He is the best young quarterback I have ever coached,\" Coach Dale Voigt said "
        "of his freshman, Tyler Boone.\n\n"
        "Boone was modest. \"I just throw it to the open guy,\" he said.\n"),
    "widow": (
        "\"He loved this river more than anything,\" his widow, Ruth Callahan, said.\n\n"
        "Callahan's body was found Tuesday, a mile downstream.\n"),
    "pause-split": (
        "\"We knew the risks,\" the governor, Lena Ostrowski, said, pausing. \"We went "
        "ahead anyway.\"\n"),
    "echoed": (
        "\"The clinic saved my life,\" said Tamsin Hale, a patient.\n\n"
        "Her words were echoed by Dr. Pradeep Rao, who runs the clinic. \"We see people "
        "nobody else will see,\" he said.\n"),
    "via-spokesperson": (
        "Singer Rosalind Quay said via a spokesperson that she was \"heartbroken\" by "
        "the cancellation.\n\n"
        "The promoter, Apex Live, blamed the weather.\n"),
    "sign": (
        "Protesters marched past City Hall on Saturday. \"Housing is a right,\" read one "
        "sign.\n\n"
        "\"We are not going away,\" said organizer Keisha Morland.\n"),
    "interview-in": (
        "In an interview, Diego Salcedo, the team's owner, said he had no plans to move "
        "the club.\n\n"
        "\"This city is our home,\" Salcedo said.\n"),
    "children": (
        "Students at Pine Hollow Elementary planted 200 trees on Friday.\n\n"
        "\"I planted an oak,\" said Ava Lindgren, 9.\n\n"
        "\"Mine is a maple,\" said her classmate, Noah Pike, 8.\n"),
    "statement-read": (
        "The family of Ellis Mbeki released a statement on Sunday.\n\n"
        "\"We are devastated, but we are grateful for every message of support,\" the "
        "statement read, in part.\n"),
    "asked-replied-colon": (
        "Asked by a reporter whether she would sign the bill, Governor Ruth Vandermeer "
        "replied: \"Not in its current form.\"\n"),
    "adding-colon": (
        "Coach Pia Nordstrom said her team had played \"without fear\" on Saturday, "
        "adding: \"I could not be prouder.\"\n"),
    "speaking-at": (
        "Speaking at a fundraiser in Lakewood on Tuesday night, Senator Amos Keel said the "
        "race was \"far from over.\"\n"),
    "whose-son": (
        "\"Nobody should have to bury a child,\" said Delia Frost, whose son died in the "
        "crash.\n"),
    "ruling-wrote": (
        "In her ruling, Judge Harriet Okonjo wrote: \"The city acted within its "
        "authority.\"\n\n"
        "The ruling, which runs to 40 pages, said the plaintiffs had failed to show "
        "harm.\n"),
    "called-charges": (
        "Calloway's attorney, Nina Brandt, called the charges \"baseless\" and said her "
        "client would plead not guilty.\n"),
    "note-to-readers": (
        "The paper's editor, Gideon Marsh, said in a note to readers that the columnist "
        "had been suspended.\n\n"
        "\"We hold our writers to a high standard,\" Marsh wrote.\n"),
    "two-in-paragraph": (
        "\"It was chaos,\" said Lucia Brandao. \"Total chaos,\" added her husband, "
        "Paulo.\n"),
    "agreed-disagreed": (
        "Not everyone on the board agreed. Trustee Margo Lind disagreed: \"We are moving "
        "too fast.\"\n\n"
        "Trustee Ivan Petrov agreed. \"The time is now,\" he said.\n"),
    "dr-after": (
        "\"Most of these injuries are preventable,\" said Dr. Farah Qureshi, chief of "
        "trauma surgery at St. Anselm Hospital.\n"),
    "with-a-laugh": (
        "\"I still can't parallel park,\" the racing champion Jonah Reyes said with a "
        "laugh.\n\n"
        "\"My mother taught me to drive,\" he said, his voice breaking.\n"),
    "sgt-spokesman": (
        "Sgt. Owen Castillo, a police spokesman, said the suspect had been taken into "
        "custody without incident.\n"),
    "verdict-colon": (
        "The coach's verdict after the loss: \"We were not good enough.\"\n\n"
        "The coach, Hanne Solberg, has lost four straight games.\n"),
    "the-24-year-old": (
        "Priya Raman won her first title on Sunday.\n\n"
        "\"I have dreamed of this since I was six,\" said the 24-year-old, who turned "
        "professional in 2019.\n"),
    "authors-note": (
        "The authors note that the study was small. The paper concludes that more "
        "research is needed.\n"),
    "conference-call": (
        "\"We had a record quarter,\" chief executive Leon Abara said on a conference call "
        "with analysts.\n\n"
        "The company said in its quarterly report that sales rose 12 percent.\n"),
    "hostage-airport": (
        "Freed after 200 days in captivity, aid worker Clara Voss told reporters at the "
        "airport that she had been treated well.\n\n"
        "\"I never lost hope,\" Voss said.\n"),
    "nws-warned": (
        "The National Weather Service warned that winds could reach 70 miles per hour.\n"),
    "in-a-tweet": (
        "In a tweet, Mayor Vera Lindholm said the parade would go ahead.\n"),
    "sources-told": (
        "Sources told the Daily Courier that the deal was signed on Friday.\n"),
    "updated-note": (
        "This article has been updated to include comment from the school district.\n\n"
        "\"We are reviewing the incident,\" district spokeswoman Alma Ruiz said.\n"),
    "dash-attribution": (
        "Reactions to the verdict:\n\n"
        "\"Justice was done today.\" — Maya Okoye, the victim's sister\n\n"
        "\"We will appeal.\" — Defense attorney Russ Whalen\n"),
    "said-when-asked": (
        "\"That is a question for the voters,\" Senator Lydia Park said when asked about "
        "her age.\n"),
    "recalls-present": (
        "Tomasz Nowak recalls the first day he opened the shop.\n\n"
        "\"Nobody came in,\" he says. \"Not one person.\"\n"),
    "said-x-colon": (
        "The plan drew sharp words from the opposition. Said council member Jorge "
        "Almeida: \"This is a giveaway to developers.\"\n"),
    "in-statement-by-office": (
        "Senator Wanda Pruitt, in a statement released by her office, said she would "
        "vote against the nominee.\n"),
    "in-words": (
        "The season, in the words of captain Leif Andersson, was \"a disaster from start "
        "to finish.\"\n"),
    "message-for": (
        "Mayor Tobias Grant had a message for critics of the plan: \"Come see it for "
        "yourselves.\"\n"),
    "club-statement": (
        "\"The club wishes him well in the next chapter of his career,\" the statement "
        "from Rovers said.\n"),
    "chief-of-staff-who": (
        "The senator's chief of staff, Colin Marsh, who has worked for her since 2010, "
        "told reporters the senator was resting.\n"),
    "daughter-of": (
        "Emma Whitlock, the daughter of the late governor, said the portrait would hang "
        "in the library.\n"),
    "joint-statement": (
        "Ana Costa and Ben Lyle, who co-founded the company in 2015, said in a joint "
        "statement that they would step down.\n"),
    "split-indirect": (
        "The bridge, the engineer said, had been neglected for decades.\n"),
    "pause-then": (
        "\"I don't know,\" Rosalind Tate said. Then, after a long pause: \"Maybe we should "
        "leave.\"\n"),
    "what-told-us": (
        "Here is what the fire chief, Anders Holm, told us: \"We got lucky.\"\n"),
    "documentary": (
        "\"I was never afraid of the water,\" the swimmer Greta Lund says in the "
        "documentary.\n"),
    "long-appositive": (
        "\"This street used to be full of children,\" said Irma Delacroix, 81, a retired "
        "nurse from Bayview who has lived on the street since 1970.\n"),
    "as-put-it": (
        "As the economist Sunil Varma put it in a 2019 interview: \"Nobody reads the "
        "fine print.\"\n"),
    "caption-said": (
        "Jo Lindqvist speaks to supporters in Marlow on Monday. \"We will win this "
        "seat,\" she said. (Photo: Ken Ito/Reuters)\n\n"
        "Lindqvist leads in the polls.\n"),
    "dispatcher": (
        "A recording of the call shows the dispatcher told the caller to stay on the "
        "line.\n\n"
        "\"Help is on the way,\" the dispatcher said.\n"),
    "pilot-radioed": (
        "Moments before the landing, the pilot radioed: \"We have lost an engine.\"\n"),
    "declined-last-name": (
        "\"We just want the noise to stop,\" said Rosa, who declined to give her last "
        "name.\n"),
    "said-of-colon": (
        "Coach Tom Ridley said of his goalkeeper: \"He won us the game.\"\n"),
    "according-to-quote": (
        "\"Everyone knew the roof leaked,\" according to Hal Dorsey, a former tenant.\n"),
    "described-dash": (
        "\"A slow-motion disaster\" — that is how Councilwoman Irene Vasquez described "
        "the budget.\n"),
    "tweets-timeline": (
        "Tuesday, 9:14 p.m.: Governor Alma Reyes posts on X: \"Polls are closed. Thank "
        "you, Nevada.\"\n"),
    "spokesman-for-who": (
        "The airline will cut 30 routes, a spokesman for Skylark Air, which is based in "
        "Denver, said on Monday.\n"),
    "pool-colon": (
        "From the pool report: \"The president waved but did not take questions.\"\n"),
    "told-mourners-pastor": (
        "\"She never met a stranger,\" the Rev. Alvin Moss told mourners.\n\n"
        "Her grandson, Eli, read a poem.\n"),
    "headline-says": (
        "Mayor Says Budget Will Balance\n\n"
        "Mayor Ingrid Sol said on Monday that the city's budget would balance by June.\n"),
    "coach-said-of-player": (
        "\"She is the hardest worker on this team,\" coach Dee Marlow said of guard Kiara "
        "Stokes, who scored 31 points.\n"),
    "named-person-said": (
        "A nurse named Dolores Vance, who was on duty that night, said the alarms never "
        "sounded.\n"),
    "known-as": (
        "The trapper, known to everyone in town as Big Joe, said the bears had never come "
        "this close.\n"),
    "asked-whether-set-off": (
        "A reporter, Lina Frey, asked whether the minister would resign.\n\n"
        "\"No,\" the minister, Arno Viljoen, said.\n"),
    "people-close-to": (
        "The actor is considering a run for governor, people close to him, who asked not "
        "to be named, said.\n"),
    "message-after": (
        "The senator's message after the vote: \"We will be back.\"\n"),
    "lead-author-comma": (
        "\"Bees remember faces,\" said the study's lead author, Marta Kessler, a "
        "biologist at Orland University.\n"),
    "reviewer-wrote": (
        "One reviewer of the paper, the physicist Anand Rao, wrote that the method was "
        "\"clever but fragile.\"\n"),
    "translator-said-in": (
        "\"We will not leave our land,\" Hamid Rahimi, 67, said in Dari through an "
        "interpreter.\n"),
    "cfo-later": (
        "Finance chief Olga Brandt said margins would improve in the second half.\n\n"
        "\"We have line of sight on the savings,\" Brandt told analysts.\n"),
    "ceo-on-stage-colon": (
        "Then the chief executive, Raj Patel, walked on stage and said: \"One more "
        "thing.\"\n"),
    "bulleted-colon": (
        "What they said:\n\n"
        "* Mayor Lena Frost: \"This is a great day for the city.\"\n"
        "* Council member Obi Nwosu: \"It is a waste of money.\"\n"),
    "obit-family": (
        "\"He was the funniest man I ever knew,\" said his son, Daniel Weiss, of "
        "Portland.\n"),
    "meteorologist-added": (
        "\"The worst will come after midnight,\" said Kai Lindgren, a meteorologist at "
        "the Weather Service office in Sioux Falls. He added that schools would likely "
        "close.\n"),
    "times-spokeswoman": (
        "\"We stand by our reporting,\" said Danielle Ortiz, a spokeswoman for The Harbor "
        "Times.\n"),
    "q-and-a-name-labels": (
        "Here is an edited transcript of the interview with Ada Okafor.\n\n"
        "RIVERA: Why did you leave the company?\n\n"
        "OKAFOR: Because nobody there listened to the engineers.\n\n"
        "RIVERA: Would you go back?\n\n"
        "OKAFOR: Never.\n"),
    "surname-possessive-colon": (
        "Ada Okafor quit the company in May.\n\n"
        "Okafor's answer to her critics: \"Nobody there listened to us.\"\n"),
    "who-said-clause": (
        "Ms. Tran, who said she had voted for the mayor twice, called the decision "
        "\"a betrayal.\"\n"),
}

EXPECTED: list[tuple[str, str, str | None, object, object]] = [
    ("earnings-call", "Demand in Europe", "direct", None, "Helga Brandvold"),
    ("earnings-call", "cut 400 jobs", "indirect", None, "Omar Fairweather"),
    ("earnings-call", "chase revenue", "direct", "he", "Omar Fairweather"),
    # "An analyst, Jo Lee, asked whether A.": the appositive asks; only a main verb after
    # a comma makes "asked" a reduced passive ("X, asked about A, said B")
    ("earnings-analyst", "would reach research", "indirect", None, "Sanjay Mehta"),
    ("earnings-analyst", "off the table", "direct", "Fairweather", "Fairweather"),
    ("earnings-analyst", "kitchen-sink", "mixed", "Mehta", "Sanjay Mehta"),
    ("keynote", "most personal device", "direct", "Kwan", "Tessa Kwan"),
    ("keynote", "going to love it", "direct", "she", "Tessa Kwan"),
    ("science-journal", "doing the work", "direct", "the researchers", None),
    ("science-journal", "surprised her team", "indirect", None, "Imogen Threlkeld"),
    ("science-journal", "this large", "direct", "she", "Imogen Threlkeld"),
    ("science-outside", "one marsh", "direct", None, "Felipe Arriaga"),
    ("science-outside", "statistics were sound", "indirect", None, None),
    ("correction-note", "we will review", None, None, "Elaine Bastos"),
    ("spanish", "I prayed", "direct", "Fuentes", "Mariela Fuentes"),
    ("spanish", "given up hope", "indirect", None, "Tomás Fuentes"),
    ("translator", "no water and no road", "direct", None, "Kofi Adomako"),
    ("translator", "nothing more than a well", "direct", None, "Kofi Adomako"),
    ("pool-report", "a really great meeting", "direct", None, "Dana Whitlock"),
    ("pool-report", "a deal was close", "indirect", "she", "Dana Whitlock"),
    ("air-force-one", "would go ahead", "indirect", None, "Carl Ostrander"),
    ("air-force-one", "scare us off", "direct", "he", "Carl Ostrander"),
    ("filing", "the patent was invalid", "indirect", "Lawyers for Kestrel Pharma", None),
    ("filing", "invented nothing", "direct", "the filing", None),
    ("filing", "grasping at", "mixed", None, "Rachel Odum"),
    ("complaint-alleges", "ignored repeated reports", "indirect", "The complaint", None),
    ("complaint-alleges", "slept in their coats", "direct", "the lawsuit", None),
    ("blotter", "a man was arrested", "indirect", "Police", None),
    ("blotter", "bicycle had been taken", "indirect", "A woman", None),
    ("blotter", "no one was hurt", "indirect", "Officers", None),
    # "A, a person familiar with the matter, who spoke on condition of anonymity because
    # ..., said": the person, not the matter
    ("anon-long", "close to a merger", "indirect", None, None),
    ("anon-long", "could still fall apart", "direct", "the person", None),
    ("bullets", "more buses", "direct", "Nadia Bellweather", "Nadia Bellweather"),
    ("bullets", "already too high", "direct", "Rupert Calloway", "Rupert Calloway"),
    ("bullets", "listen first", "direct", "Ines Morrow", "Ines Morrow"),
    ("timeline", "perfectly safe", "mixed", None, "Dwight Calder"),
    ("timeline", "monitoring the situation", "direct", "Calder", "Dwight Calder"),
    ("postgame", "the right way", "direct", None, "Lars Fenwick"),
    ("postgame", "gave them two goals", "direct", "he", "Duane Petty"),
    ("postgame", "in this league", "direct", None, "Duane Petty"),
    ("postgame", "made it easy", "direct", "Okoro", "Ben Okoro"),
    ("postgame", "a fun one", "direct", None, "Matti Lahtinen"),
    ("letter-editor", "Vote Yes", None, None, None),
    ("theatre-review", "feel the wind", "direct", None, "Sofia Lindqvist"),
    ("theatre-review", "The Lighthouse Keeper", None, None, None),
    ("restaurant-review", "what the boats bring", "direct", None, "Aurelio Mancini"),
    ("column-i", "what the voters asked", "direct", None, "Bea Hartley"),
    ("eulogy", "ran toward every fire", "direct", None, "Carol Pruitt"),
    ("eulogy", "asked for thanks", "direct", "she", "Carol Pruitt"),
    ("rescue", "never stopped believing", "direct", None, "Anita Marsh"),
    ("rescue", "dark and cold", "direct", None, "Gustavo Ruiz"),
    ("hostage", "ended peacefully", "indirect", "police", None),
    ("hostage", "outstanding job", "direct", None, "Raymond Ibe"),
    # "One of the hostages, a teller named Joy Amadi, said": the one named
    ("hostage", "grateful to be alive", "indirect", None, "Joy Amadi"),
    ("weather", "heavy, wet snow", "direct", None, "Lorna Petrakis"),
    ("weather", "nearly impossible", "mixed", "She", "Lorna Petrakis"),
    ("newsroom-statement", "stood by its reporting", "indirect", "The Harbor Times", None),
    ("newsroom-statement", "accurate and fair", "direct", None, "Lydia Crane"),
    # a photo caption that quotes a name and a colon keeps its quote; the credit goes
    ("caption-colon", "rebuild this town", "direct", None, "Jonas Whitfield"),
    ("put-it-bluntly", "an insult", "direct", None, "Gary Dunmore"),
    ("put-it-bluntly", "the offer was fair", "indirect", "Management", None),
    ("voicemail", "nothing to hide", "mixed", None, "Paula Rinehart"),
    ("voicemail", "Call me back", "direct", "she", "Paula Rinehart"),
    ("prepared-future", "on the rise", "mixed", None, "Miles Andersen"),
    ("prepared-future", "turned the corner", "direct", "he", "Miles Andersen"),
    ("asked-shrug", "Ask me next year", "direct", "he", "Hollis Graver"),
    ("first-name-only", "night shifts were the worst", "indirect", None, "Maria"),
    ("first-name-only", "Nobody checks on us", "direct", "she", "Maria"),
    ("ap-phone", "the engine had failed", "indirect", None, "Olaf Berg"),
    ("ap-phone", "I warned them", "direct", "Berg", "Olaf Berg"),
    ("officials-middle", "started in a kitchen", "indirect", "officials", None),
    ("officials-middle", "no working smoke alarms", "indirect", None, "Ramon Ortiz"),
    ("said-of", "best young quarterback", "direct", None, "Dale Voigt"),
    ("said-of", "the open guy", "direct", "he", "Tyler Boone"),
    ("widow", "loved this river", "direct", None, "Ruth Callahan"),
    ("pause-split", "knew the risks", "direct", None, "Lena Ostrowski"),
    ("pause-split", "went ahead anyway", "direct", None, "Lena Ostrowski"),
    ("echoed", "saved my life", "direct", None, "Tamsin Hale"),
    ("echoed", "nobody else will see", "direct", "he", "Pradeep Rao"),
    ("via-spokesperson", "heartbroken", "mixed", None, "Rosalind Quay"),
    ("sign", "Housing is a right", "direct", None, None),
    ("sign", "not going away", "direct", None, "Keisha Morland"),
    ("interview-in", "no plans to move", "indirect", None, "Diego Salcedo"),
    ("interview-in", "our home", "direct", "Salcedo", "Diego Salcedo"),
    ("children", "planted an oak", "direct", None, "Ava Lindgren"),
    ("children", "Mine is a maple", "direct", None, "Noah Pike"),
    ("statement-read", "We are devastated", "direct", "the statement", None),
    ("asked-replied-colon", "current form", "direct", None, "Ruth Vandermeer"),
    ("adding-colon", "without fear", "mixed", None, "Pia Nordstrom"),
    ("adding-colon", "could not be prouder", "direct", None, "Pia Nordstrom"),
    ("speaking-at", "far from over", "mixed", None, "Amos Keel"),
    ("whose-son", "bury a child", "direct", None, "Delia Frost"),
    ("ruling-wrote", "acted within its", "direct", None, "Harriet Okonjo"),
    ("ruling-wrote", "failed to show harm", "indirect", "The ruling", None),
    ("called-charges", "baseless", "mixed", None, "Nina Brandt"),
    ("called-charges", "plead not guilty", "indirect", None, "Nina Brandt"),
    ("note-to-readers", "had been suspended", "indirect", None, "Gideon Marsh"),
    ("note-to-readers", "a high standard", "direct", "Marsh", "Gideon Marsh"),
    ("two-in-paragraph", "It was chaos", "direct", None, "Lucia Brandao"),
    ("two-in-paragraph", "Total chaos", "direct", None, "Paulo"),
    ("agreed-disagreed", "moving too fast", "direct", None, "Margo Lind"),
    ("agreed-disagreed", "The time is now", "direct", "he", "Ivan Petrov"),
    ("dr-after", "preventable", "direct", None, "Farah Qureshi"),
    ("with-a-laugh", "parallel park", "direct", None, "Jonah Reyes"),
    ("with-a-laugh", "taught me to drive", "direct", "he", "Jonah Reyes"),
    ("sgt-spokesman", "taken into custody", "indirect", None, "Owen Castillo"),
    # "The coach's verdict after the loss: “A.”": the label's occasion before its colon
    ("verdict-colon", "not good enough", "direct", None, "Hanne Solberg"),
    ("the-24-year-old", "dreamed of this", "direct", None, "Priya Raman"),
    ("authors-note", "the study was small", "indirect", "The authors", None),
    ("authors-note", "more research is needed", "indirect", "The paper", None),
    ("conference-call", "record quarter", "direct", None, "Leon Abara"),
    ("conference-call", "sales rose 12 percent", "indirect", "The company", None),
    ("hostage-airport", "treated well", "indirect", None, "Clara Voss"),
    ("hostage-airport", "never lost hope", "direct", "Voss", "Clara Voss"),
    ("nws-warned", "winds could reach", "indirect", "The National Weather Service", None),
    ("in-a-tweet", "parade would go ahead", "indirect", None, "Vera Lindholm"),
    ("sources-told", "the deal was signed", "indirect", "Sources", None),
    ("updated-note", "reviewing the incident", "direct", None, "Alma Ruiz"),
    ("dash-attribution", "Justice was done", "direct", None, "Maya Okoye"),
    ("dash-attribution", "We will appeal", "direct", None, "Russ Whalen"),
    ("said-when-asked", "question for the voters", "direct", None, "Lydia Park"),
    ("recalls-present", "Nobody came in", "direct", "he", "Tomasz Nowak"),
    ("recalls-present", "Not one person", "direct", None, "Tomasz Nowak"),
    ("said-x-colon", "giveaway to developers", "direct", None, "Jorge Almeida"),
    ("in-statement-by-office", "vote against the nominee", "indirect", None,
     "Wanda Pruitt"),
    # "The season, in the words of captain X, was “A”": the phrase set off mid-sentence
    ("in-words", "a disaster from start", "mixed", None, "Leif Andersson"),
    ("message-for", "Come see it", "direct", None, "Tobias Grant"),
    # the sender after "from" speaks, as in reported speech (round 28, h60-cu2)
    ("club-statement", "wishes him well", "direct", "Rovers", None),
    ("chief-of-staff-who", "the senator was resting", "indirect", None, "Colin Marsh"),
    ("daughter-of", "portrait would hang", "indirect", None, "Emma Whitlock"),
    ("joint-statement", "would step down", "indirect", None, None),
    ("split-indirect", "had been neglected", "indirect", "the engineer", None),
    ("pause-then", "I don't know", "direct", None, "Rosalind Tate"),
    ("pause-then", "Maybe we should leave", "direct", None, "Rosalind Tate"),
    ("what-told-us", "We got lucky", "direct", None, "Anders Holm"),
    ("documentary", "never afraid of the water", "direct", None, "Greta Lund"),
    ("long-appositive", "full of children", "direct", None, "Irma Delacroix"),
    ("as-put-it", "Nobody reads the fine print", "direct", None, "Sunil Varma"),
    ("caption-said", "We will win this", "direct", "she", "Jo Lindqvist"),
    ("dispatcher", "stay on the line", "indirect", None, None),
    ("dispatcher", "Help is on the way", "direct", "the dispatcher", None),
    ("pilot-radioed", "lost an engine", "direct", "the pilot", None),
    ("declined-last-name", "noise to stop", "direct", None, "Rosa"),
    ("said-of-colon", "won us the game", "direct", None, "Tom Ridley"),
    ("according-to-quote", "roof leaked", "direct", None, "Hal Dorsey"),
    # '“A” — that is how X described the budget': the pointer after a dash
    ("described-dash", "slow-motion disaster", None, None, "Irene Vasquez"),
    ("tweets-timeline", "Polls are closed", "direct", None, "Alma Reyes"),
    # near misses and shapes that were right before
    ("spokesman-for-who", "cut 30 routes", "indirect", "a spokesman for Skylark Air", None),
    ("pool-colon", "did not take questions", "direct", None, None),
    ("told-mourners-pastor", "never met a stranger", "direct", None, "Alvin Moss"),
    ("headline-says", "would balance by June", "indirect", None, "Ingrid Sol"),
    ("coach-said-of-player", "hardest worker", "direct", None, "Dee Marlow"),
    ("named-person-said", "alarms never sounded", "indirect", None, "Dolores Vance"),
    ("known-as", "never come this close", "indirect", "The trapper", None),
    ("asked-whether-set-off", "would resign", "indirect", None, "Lina Frey"),
    ("asked-whether-set-off", "No", "direct", None, "Arno Viljoen"),
    # "A, people close to him, who asked not to be named, said": the people
    ("people-close-to", "considering a run", "indirect", "people", None),
    ("message-after", "We will be back", "direct", "The senator", None),
    # a science story's lead author set off, an interpreter, an earnings call, a keynote's
    # colon, bulleted labels, a transcript's name labels, a possessive label
    ("lead-author-comma", "Bees remember faces", "direct", None, "Marta Kessler"),
    ("reviewer-wrote", "clever but fragile", "mixed", None, "Anand Rao"),
    ("translator-said-in", "leave our land", "direct", None, "Hamid Rahimi"),
    ("cfo-later", "margins would improve", "indirect", None, "Olga Brandt"),
    ("cfo-later", "line of sight", "direct", "Brandt", "Olga Brandt"),
    ("ceo-on-stage-colon", "One more thing", "direct", None, "Raj Patel"),
    ("bulleted-colon", "great day for the city", "direct", None, "Lena Frost"),
    ("bulleted-colon", "waste of money", "direct", None, "Obi Nwosu"),
    ("obit-family", "funniest man", "direct", None, "Daniel Weiss"),
    ("meteorologist-added", "after midnight", "direct", None, "Kai Lindgren"),
    ("meteorologist-added", "schools would likely close", "indirect", "He", "Kai Lindgren"),
    ("times-spokeswoman", "stand by our reporting", "direct", None, "Danielle Ortiz"),
    ("q-and-a-name-labels", "Because nobody there", None, "OKAFOR", None),
    ("surname-possessive-colon", "Nobody there listened", "direct", "Okafor", "Ada Okafor"),
    ("who-said-clause", "voted for the mayor", "indirect", None, "Tran"),
    ("who-said-clause", "a betrayal", "mixed", None, "Tran"),
]

# expectations the library does not meet yet: (article, piece) -> the cause
NOT_YET: dict[tuple[str, str], str] = {
    ("via-spokesperson", "heartbroken"):
        "'Singer Rosalind Quay': a surname that is a listed common word ('quay') makes the "
        "run after a people noun one name",
}


test_attribution = attribution_test(ARTICLES, EXPECTED, NOT_YET)


def _rows(text: str) -> list[tuple[str, str, str | None]]:
    """(text, kind, speaker name) of each quote found, in order."""
    return [(t, kind, name) for t, kind, _, name in quote_rows(text)]


def test_an_appositive_asks_but_a_reduced_passive_does_not():
    """ "An analyst, Jo Lee, asked whether A.": Lee's question; "X, asked about A, said B"
    and "X, asked whether A, shrugged": the one asked is no speaker of the question."""
    text = "An analyst, Jo Lee, asked whether the cuts would reach the lab.\n"
    assert _rows(text) == [("whether the cuts would reach the lab", "indirect", "Jo Lee")]
    near = "After the vote, Jo Lee, asked about the plan, said it was dead.\n"
    assert _rows(near) == [("it was dead", "indirect", "Jo Lee")]
    shrug = "Jo Lee, asked whether he would run, shrugged.\n"
    assert _rows(shrug) == []


def test_the_one_named_after_a_noun_set_off():
    """ "One of the hostages, a teller named Joy Amadi, said": Amadi; but "The man, a
    friend of a teller named Joy Amadi, said": the man."""
    text = "One of the hostages, a teller named Joy Amadi, said she was safe.\n"
    assert [n for _, _, n in _rows(text)] == ["Joy Amadi"]
    near = "The man, a friend of a teller named Joy Amadi, said he was sad.\n"
    assert [n for _, _, n in _rows(near)] == ["The man"]


@pytest.mark.parametrize("text", [
    "The firms will merge, a person familiar with the matter, who spoke on condition of "
    "anonymity because the talks are private, said.\n",
    "The actor will run, people close to him, who asked not to be named, said.\n",
])
def test_people_familiar_with_or_close_to_set_off(text):
    """The people a "familiar with" or "close to" phrase follows speak, not what they know
    or whom they are close to."""
    rows = quote_rows(text)
    assert len(rows) == 1 and rows[0][2] in ("a person", "people"), rows


def test_a_caption_quoting_a_name_and_a_colon_keeps_its_quote():
    """'Mayor Jo Roe: “We will rebuild this town.” (Photo: X)': the credit goes, the
    quote stays; a caption that quotes no one still goes whole."""
    text = ("Mayor Jo Roe: \"We will rebuild this town.\" (Photo: Ana Ruiz)\n\n"
            "Roe spoke on Monday.\n")
    assert _rows(text) == [("\"We will rebuild this town.\"", "direct", "Jo Roe")]
    near = ("Mayor Jo Roe at the fire station. (Photo: Ana Ruiz)\n\n"
            "\"We will rebuild this town,\" said Ed Pike.\n")
    assert [n for _, _, n in _rows(near)] == ["Ed Pike"]


def test_a_pointer_after_a_dash():
    """'“A” — that is how X described B': X's words; '“A” — that was the phrase on every
    sign': no one's."""
    text = "\"A slow-motion disaster\" — that is how Councilwoman Ivy Roe described it.\n"
    assert [n for _, _, n in _rows(text)] == ["Ivy Roe"]
    near = "\"A slow-motion disaster\" — that was the phrase on every sign.\n"
    assert _rows(near) == []


def test_a_label_with_its_occasion():
    """ "The coach's verdict after the loss: “A.”": the coach; "Jo Lee's verdict on Tuesday:
    “A.”" alike."""
    text = "Jo Lee's verdict on Tuesday: \"We were not good enough.\"\n"
    assert [n for _, _, n in _rows(text)] == ["Jo Lee"]


def test_the_articles_read_whole():
    """Every article reads through without error on the model-free path."""
    for text in ARTICLES.values():
        assert quotetrack.extract(text).text == text
