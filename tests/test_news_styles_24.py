"""News outside politics, the domains the earlier style waves covered least, to check that
the rules carry to news nobody here has seen: science and health reports ("according to a
study", "they wrote in the journal", "the study's lead author, Dr. X, said", "a
spokesperson for the hospital said", "a neurologist who was not involved in the study,
cautioned that"), technology and company news ("the company said in a blog post", "On a
call with analysts, Chief Executive X said", "Co-founder and CEO X told TechCrunch", "A
spokesperson declined to say"), entertainment and celebrity news ("Marsh told Variety",
"she wrote on Instagram", "In an interview with the magazine, the director said", "a
representative for the couple confirmed to People"), local crime and fire reports ("No
injuries were reported, police said", "Officers responded to a call about a fight, police
said", "police said in a news release", "according to the release", "A neighbor who asked
not to be named said"), obituaries ("The cause was heart failure, his daughter, X, said",
"she recalled"), weather and disaster reports ("the National Weather Service said", "the
agency warned in an advisory", "the regional governor, X, told reporters"), a Q&A
transcript with speaker labels, live blogs with timestamps ("10:42 a.m.: Governor X said"),
and opinion columns that quote others ("As the criminologist X told me last week, “A”",
"The senator likes to say that A"): a twenty-fourth wave, h62-dom in the thirtieth round.

Every article here was written for the test, with invented people, places and outlets,
before the library was run on it. Each expected attribution is one case of
``findings.attribution_test`` (the default path), and each is checked again on the parsed
path, over the model-free annotator's Document (``attribute_document(annotate(text))``);
two of the shapes fixed are checked on hand-parsed Documents too (a parse read right had
the kin noun's already). Of the 93 cases of the first 32 articles, 6 were wrong on the base
commit, each on both paths; the 7 articles written after them for the causes found add 21
cases, 14 of them wrong on the base. The causes: "No injuries were reported, police said"
(and "No illnesses have been reported, the Agriculture Department said") gave "No
injuries" to no one, the passive of reporting read as a statement of its own, and lost the
frame's speaker; "Deputies responded to a report of a break-in, the sheriff's office said"
made the report the deputies' reply and lost the sheriff's office; "The cause was heart
failure, his daughter, Ruth Hale, said" kept "his daughter" in the statement; "Co-founder
and CEO Priya Nair" was the entity "Co-founder"; "The mayor likes to say that A" and "The
governor refuses to say whether A" named "The mayor likes" and "The governor refuses" (the
model-free tagger read the verb as a plural noun); "the agency" after "the National Weather
Service said" was no one (only a name ending in "Agency" was "the agency"); "Meteorologist
Kevin Dunn said as much as 20 inches could fall" found no statement ("as many as N" opened
none, as "at least N" does); "Dr. Sam Hill, chief medical officer at Riverside Health, said"
named the officer (the model-free annotator read "Riverside Health" after "officer at" as a
person's name); "Deputy Fire Marshal Tom Green" was the entity "Fire Marshal Tom Green". All
are fixed, and so (h62-agy) is "the representative" after "a representative for the
couple", once no one.
"""

from __future__ import annotations

import pytest
from findings import attribution_test, both_paths
from handparse import conllu, spec_rows

import quotetrack

ARTICLES: dict[str, str] = {
    'study': (
        'People who walk at least 7,000 steps a day are less likely to develop '
        'dementia, according to a study published on Wednesday.\n\n'
        'The researchers followed 12,000 adults in Norland for a decade, they wrote in '
        'the journal Brain Health.\n\n'
        '"The effect was larger than we expected," the study\'s lead author, Dr. Ines '
        'Varga of Castleford University, said in an interview.\n\n'
        'Dr. Paul Okafor, a neurologist who was not involved in the study, cautioned '
        'that the findings showed only an association.\n'),
    'hospital': (
        'Three patients at Mercy Ridge Hospital were treated for carbon monoxide '
        'poisoning on Sunday, a spokesperson for the hospital said.\n\n'
        'All three were in stable condition, hospital spokeswoman Dana Pruitt said in '
        'an email.\n\n'
        '"We are reviewing our ventilation systems," Pruitt said.\n'),
    'vaccine': (
        'A new malaria vaccine cut infections by nearly half in young children, '
        'researchers reported Thursday in The Lancet.\n\n'
        'The vaccine was safe and well tolerated, the researchers wrote.\n\n'
        '"This is a big step, but it is not the end of the road," said Dr. Amara '
        'Diallo, who led the trial.\n'),
    'earnings': (
        'Kestrel Systems said on Tuesday that its quarterly revenue rose 14 percent, '
        "beating analysts' expectations.\n\n"
        'On a call with analysts, Chief Executive Mark Ellison said demand for the '
        "company's cloud products remained strong.\n\n"
        '"We are seeing customers commit to longer contracts," Ellison said.\n\n'
        'Shares of Kestrel rose 6 percent in after-hours trading.\n'),
    'blogpost': (
        'Brightleaf will stop selling its smart thermostat in Europe, the company said '
        'in a blog post on Monday.\n\n'
        'The company said the decision was driven by new energy rules.\n\n'
        'A spokesperson for Brightleaf declined to comment on how many jobs would be '
        'affected.\n'),
    'variety': (
        'Actor Julian Marsh says he almost turned down the role that made him famous.\n\n'
        '"I thought the script was too strange," Marsh told Variety. "My agent had to '
        'talk me into it."\n\n'
        'His co-star, Lena Ortiz, said she knew from the first reading that the film '
        'was special.\n'),
    'instagram': (
        'Singer Tara Bloom has announced she is taking a break from touring.\n\n'
        '"I need to take care of my mental health," she wrote on Instagram on Friday.\n\n'
        'Her representative did not immediately respond to a request for comment.\n'),
    'magazine': (
        'In an interview with the magazine, the director said she had wanted to make '
        'the film for 20 years.\n\n'
        '"Nobody would fund it," Carla Jensen told People. "Now everyone wants to."\n'),
    'fire': (
        'A fire destroyed a two-story home in Elm Grove early Saturday, fire officials '
        'said.\n\n'
        'No one was injured, Fire Chief Robert Haines said.\n\n'
        '"The family got out just in time," Haines said. "The smoke detectors saved '
        'their lives."\n\n'
        'The cause of the fire is under investigation, the chief said.\n'),
    'police-release': (
        'A 32-year-old man was arrested Tuesday after a standoff with officers, police '
        'said in a news release.\n\n'
        'Officers found a handgun in the car, according to the release.\n\n'
        'A neighbor who asked not to be named said she heard several loud bangs around '
        'midnight.\n'),
    'crime2': (
        'Two teenagers were injured in a shooting outside a convenience store on Friday '
        'night, according to police.\n\n'
        'Sgt. Maria Lopez, a police spokeswoman, said investigators did not yet have a '
        'motive.\n\n'
        '"It\'s scary," said Denise Harper, who lives across the street. "This used to '
        'be a quiet block."\n'),
    'obit': (
        'Walter Brennan Hale, a jazz pianist who played with some of the great '
        'bandleaders of his era, died on Monday at his home in Riverton. He was 91.\n\n'
        'The cause was heart failure, his daughter, Ruth Hale, said.\n\n'
        '"He practiced every morning until the very end," she recalled.\n\n'
        'A longtime friend, the saxophonist Eddie Cole, said Mr. Hale had never cared '
        'about fame.\n'),
    'obit2': (
        "Margaret Lin, who founded the city's first shelter for homeless women, died on "
        'Saturday. She was 84.\n\n'
        'Her death was confirmed by her son, David Lin.\n\n'
        '"She never turned anyone away," he said.\n'),
    'weather': (
        'Heavy snow is expected across the northern counties through Thursday, the '
        'National Weather Service said.\n\n'
        '"Travel will be very difficult to impossible," the agency warned in an '
        'advisory.\n\n'
        'Meteorologist Kevin Dunn said as much as 20 inches could fall in the '
        'mountains.\n'),
    'disaster': (
        'At least 14 people were killed when a landslide buried a village in the hills '
        'above Santa Lucia, officials said on Sunday.\n\n'
        'Rescuers were still searching for survivors, the regional governor, Elena '
        'Ruiz, told reporters.\n\n'
        '"We will not stop until we have found everyone," Ruiz said.\n\n'
        'A survivor, Jorge Pena, said he heard a roar and then the house shook.\n'),
    'qa-names': (
        'This interview has been edited for length and clarity.\n\n'
        'SMITH: How did the band get started?\n\n'
        'KELLY: We were four kids in a garage with borrowed guitars.\n\n'
        "SMITH: And now you're playing stadiums.\n\n"
        "KELLY: It still doesn't feel real.\n"),
    'liveblog': (
        '10:42 a.m.: Governor Alan Price said the state would send 500 National Guard '
        'troops to the flooded areas.\n\n'
        '11:15 a.m.: "We are asking people to stay off the roads," Price said at a news '
        'conference.\n\n'
        '11:30 a.m.: The Red Cross said it had opened four shelters.\n'),
    'opinion': (
        'The mayor likes to say that the city has never been safer. The numbers tell a '
        'different story.\n\n'
        'As the criminologist Laura Chen told me last week, "Crime statistics are only '
        'as good as the people who report them."\n\n'
        'Even the police chief has admitted that the department is short of officers.\n'),
    'opinion2': (
        'I disagree with my colleague on the council, Tom Baker, who argued last week '
        'that the library should close.\n\n'
        'Baker wrote that the building was too expensive to maintain. He is wrong.\n'),
    'health-official': (
        'Measles cases in the county have doubled since January, health officials '
        'said.\n\n'
        "Dr. Hannah Weiss, the county's public health director, urged parents to check "
        "their children's vaccination records.\n\n"
        '"Measles is extremely contagious," Weiss said in a statement.\n'),
    'celebrity-split': (
        'Pop star Jaden Cross and actress Mia Holt have split after three years '
        'together, a representative for the couple confirmed to People.\n\n'
        '"They remain friends," the representative said.\n'),
    'court-local': (
        'A former school bus driver was sentenced to two years in prison on Monday for '
        'driving while drunk with children aboard.\n\n'
        'District Attorney Karen Walsh said the sentence sent a clear message.\n\n'
        "The driver's attorney, Michael Grant, said his client was remorseful and would "
        'appeal.\n'),
    'space': (
        "The probe entered orbit around Jupiter's moon Europa on Thursday, the space "
        'agency said.\n\n'
        '"Everything went exactly as planned," mission manager Omar Haddad said at a '
        'briefing.\n\n'
        "Scientists hope the probe will find signs that the moon's ocean could support "
        'life.\n'),
    'product': (
        'Orchard unveiled its new phone on Tuesday, saying it was the thinnest it had '
        'ever made.\n\n'
        '"This is the best phone we have ever built," Orchard\'s head of design, Lisa '
        'Kemp, said on stage.\n\n'
        'Critics said the price was too high.\n'),
    'recall': (
        'Sunfield Foods is recalling 20,000 pounds of ground beef that may be '
        'contaminated with E. coli, federal regulators said Friday.\n\n'
        'No illnesses have been reported, the Agriculture Department said.\n\n'
        'Sunfield said in a statement that it was cooperating with regulators.\n'),
    'wildfire': (
        'The Ridge Fire has burned more than 12,000 acres and was 15 percent contained '
        'on Monday, Cal Fire said.\n\n'
        '"The winds are our biggest enemy right now," Cal Fire spokesman Jason Reyes '
        'said.\n\n'
        "Evacuation orders remain in place for about 3,000 residents, the sheriff's "
        'office said.\n'),
    'award': (
        'Novelist Grace Adeyemi won the Harwick Prize on Tuesday for her debut, "The '
        'Salt Road."\n\n'
        '"I\'m still in shock," Adeyemi said in her acceptance speech.\n\n'
        'The judges called the book "a work of rare tenderness."\n'),
    'fire2': (
        'Firefighters battled a blaze at a vacant warehouse on Industrial Road for more '
        'than four hours Tuesday night.\n\n'
        'No injuries were reported, according to Battalion Chief Sam Ortega.\n\n'
        '"The building was fully involved when crews arrived," Ortega said. The cause '
        'remains under investigation.\n'),
    'tech2': (
        'Pixelbay said on Thursday it would cut prices on its streaming service in an '
        'effort to win back subscribers.\n\n'
        '"We heard our customers loud and clear," Chief Product Officer Diane Wu wrote '
        'in a blog post.\n\n'
        'A Pixelbay spokesperson declined to say how many subscribers the company had '
        'lost.\n'),
    'liveblog2': (
        'Updated 3:05 p.m. ET\n\n'
        "The Senate has passed the bill 58-42, sending it to the president's desk.\n\n"
        'Updated 2:40 p.m. ET\n\n'
        'Sen. Laura Diaz said on the floor that the bill would "change lives."\n'),
    'study2': (
        'The findings, published in the journal Nature Medicine, suggest that the drug '
        'could slow the disease by up to 30 percent.\n\n'
        '"This is not a cure," cautioned Dr. Leo Brandt, a co-author of the study. "But '
        'it buys patients time."\n\n'
        'The drugmaker, Veltra Pharma, said it would seek approval next year.\n'),
    'crime4': (
        "Deputies responded to a report of a break-in at about 2 a.m., the sheriff's "
        'office said in a Facebook post.\n\n'
        '"We heard glass breaking and then a car speeding away," said a neighbor, who '
        'asked not to be identified because she feared retaliation.\n'),
    'crime-passive': (
        'A car crashed into a bus shelter on Main Street on Friday afternoon.\n\n'
        'No injuries were reported, police said.\n\n'
        "Two other crashes were reported on the same road in May, the city's traffic "
        'engineer said Monday.\n\n'
        'The merger of the two departments was announced last year.\n'),
    'responders': (
        'Officers responded to a call about a fight outside a bar on Elm Street at '
        'about 1 a.m., police said.\n\n'
        'Firefighters responded to the scene within minutes, the fire department said '
        'in a statement.\n\n'
        'The mayor responded to the criticism on Tuesday.\n\n'
        "The bar's owner did not respond to a request for comment.\n"),
    'obit-kin': (
        'Ada Moreno, a union organizer who led the 1978 cannery strike, died on Sunday '
        'in Salinas. She was 88.\n\n'
        'The cause was complications of pneumonia, her son, Luis Moreno, said.\n\n'
        '"She never stopped organizing," her granddaughter, Elena Cruz, said.\n'),
    'columnist': (
        'The governor refuses to say whether she will sign the bill.\n\n'
        'The senator likes to say that the budget is balanced. It is not.\n\n'
        'Critics of the bill love the attention, and the post drew 5,000 likes on '
        'Facebook.\n'),
    'startup2': (
        'Co-founder and CEO Priya Nair told TechCrunch the money would be used to hire '
        'engineers.\n\n'
        'Cofounder and chief technology officer Dev Rao said the team would double by '
        'June.\n'),
    'hospital2': (
        "Dr. Sam Hill, chief medical officer at Riverside Health, said the hospital had "
        "postponed elective surgeries.\n\n"
        '"Our staff are exhausted," he said.\n\n'
        "Ann Cole, a nurse at Lakeside Medical, said the wards were full.\n"),
    'fire-marshal': (
        "The fire started in the kitchen, according to Deputy Fire Marshal Tom Green.\n\n"
        "Green said the family's dog alerted them to the smoke.\n\n"
        "The fire marshal said the blaze was an accident.\n"),
}

EXPECTED: list[tuple] = [
    ("study", "People who walk at least", "indirect", "a study", None),
    ("study", "The researchers followed 12,000 adults", "indirect", "they", "The researchers"),
    ("study", "The effect was larger than", "direct", "the study's lead author", "Ines Varga"),
    ("study", "the findings showed only an", "indirect", "Dr. Paul Okafor", "Paul Okafor"),
    ("hospital", "Three patients at Mercy Ridge", "indirect",
     "a spokesperson for the hospital", None),
    ("hospital", "All three were in stable", "indirect", "hospital spokeswoman Dana Pruitt",
     "Dana Pruitt"),
    ("hospital", "We are reviewing our ventilation", "direct", "Pruitt", "Dana Pruitt"),
    ("vaccine", "A new malaria vaccine cut", "indirect", "researchers", None),
    ("vaccine", "The vaccine was safe and", "indirect", "the researchers", None),
    ("vaccine", "This is a big step,", "direct", "Dr. Amara Diallo", "Amara Diallo"),
    ("earnings", "its quarterly revenue rose 14", "indirect", "Kestrel Systems",
     "Kestrel Systems"),
    ("earnings", "demand for the company's cloud", "indirect", "Chief Executive Mark Ellison",
     "Mark Ellison"),
    ("earnings", "We are seeing customers commit", "direct", "Ellison", "Mark Ellison"),
    ("earnings", "Shares of Kestrel rose", None, None, None),
    ("blogpost", "Brightleaf will stop selling its", "indirect", "the company", None),
    ("blogpost", "the decision was driven by", "indirect", "The company", None),
    ("variety", "he almost turned down the", "indirect", "Actor Julian Marsh", "Julian Marsh"),
    ("variety", "I thought the script was", "direct", "Marsh", "Julian Marsh"),
    ("variety", "My agent had to talk", "direct", "Marsh", "Julian Marsh"),
    ("variety", "she knew from the first", "indirect", "Lena Ortiz", "Lena Ortiz"),
    ("instagram", "she is taking a break", "indirect", "Singer Tara Bloom", "Tara Bloom"),
    ("instagram", "I need to take care", "direct", "she", "Tara Bloom"),
    ("magazine", "she had wanted to make", "indirect", "the director", None),
    ("magazine", "Nobody would fund it,", "direct", "Carla Jensen", "Carla Jensen"),
    ("magazine", "Now everyone wants to.", "direct", "Carla Jensen", "Carla Jensen"),
    ("fire", "A fire destroyed a two-story", "indirect", "fire officials", None),
    ("fire", "No one was injured", "indirect", "Fire Chief Robert Haines", "Robert Haines"),
    ("fire", "The family got out just", "direct", "Haines", "Robert Haines"),
    ("fire", "The smoke detectors saved their", "direct", "Haines", "Robert Haines"),
    ("fire", "The cause of the fire", "indirect", "the chief", "Robert Haines"),
    ("police-release", "A 32-year-old man was arrested", "indirect", "police", None),
    ("police-release", "Officers found a handgun in", "indirect", "the release", None),
    ("police-release", "she heard several loud bangs", "indirect", "A neighbor", None),
    ("crime2", "Two teenagers were injured in", "indirect", "police", None),
    ("crime2", "investigators did not yet have", "indirect", "Sgt. Maria Lopez", "Maria Lopez"),
    ("crime2", "It's scary,", "direct", "Denise Harper", "Denise Harper"),
    ("crime2", "This used to be a", "direct", "Denise Harper", "Denise Harper"),
    # "A, his daughter, X, said": the kin noun is X's role (was in the statement)
    ("obit", "The cause was heart failure", "indirect", "Ruth Hale", "Ruth Hale"),
    ("obit", "his daughter", None, None, None),
    ("obit", "He practiced every morning until", "direct", "she", "Ruth Hale"),
    ("obit", "Mr. Hale had never cared", "indirect", "the saxophonist Eddie Cole",
     "Eddie Cole"),
    ("obit2", "She never turned anyone away,", "direct", "he", "David Lin"),
    ("weather", "Heavy snow is expected across", "indirect", "the National Weather Service",
     "National Weather Service"),
    # "the agency" after "the National Weather Service said": the service (was no one)
    ("weather", "Travel will be very difficult", "direct", "the agency",
     "National Weather Service"),
    ("weather", "as much as 20 inches", "indirect", "Meteorologist Kevin Dunn", "Kevin Dunn"),
    ("disaster", "At least 14 people were", "indirect", "officials", None),
    ("disaster", "Rescuers were still searching for", "indirect", "Elena Ruiz", "Elena Ruiz"),
    ("disaster", "We will not stop until", "direct", "Ruiz", "Elena Ruiz"),
    ("disaster", "he heard a roar and", "indirect", "Jorge Pena", "Jorge Pena"),
    # a transcript's labels name the speakers of their lines (read as reported lines)
    ("qa-names", "How did the band get", None, "SMITH", None),
    ("qa-names", "We were four kids in", None, "KELLY", None),
    ("qa-names", "It still doesn't feel real.", None, "KELLY", None),
    ("qa-names", "edited for length", None, None, None),
    ("liveblog", "the state would send 500", "indirect", "Governor Alan Price", "Alan Price"),
    ("liveblog", "We are asking people to", "direct", "Price", "Alan Price"),
    ("liveblog", "it had opened four shelters", "indirect", "The Red Cross", "Red Cross"),
    ("liveblog", "10:42", None, None, None),
    # "The mayor likes to say that A": "likes" is the verb (was in the mention)
    ("opinion", "the city has never been", "indirect", "The mayor", None),
    ("opinion", "Crime statistics are only as", "direct", "the criminologist Laura Chen",
     "Laura Chen"),
    ("opinion", "the department is short of", "indirect", "Even the police chief", None),
    ("opinion2", "the library should close", "indirect", "who", "Tom Baker"),
    ("opinion2", "the building was too expensive", "indirect", "Baker", "Tom Baker"),
    ("opinion2", "He is wrong", None, None, None),
    ("health-official", "Measles cases in the county", "indirect", "health officials", None),
    ("health-official", "Measles is extremely contagious,", "direct", "Weiss", "Hannah Weiss"),
    ("celebrity-split", "Pop star Jaden Cross and", "indirect",
     "a representative for the couple", None),
    ("celebrity-split", "They remain friends,", "direct", "the representative",
     "a representative for the couple"),
    ("court-local", "the sentence sent a clear", "indirect", "District Attorney Karen Walsh",
     "Karen Walsh"),
    ("court-local", "his client was remorseful and", "indirect", "Michael Grant",
     "Michael Grant"),
    ("space", "The probe entered orbit around", "indirect", "the space agency", None),
    ("space", "Everything went exactly as planned,", "direct", "mission manager Omar Haddad",
     "Omar Haddad"),
    ("product", "it was the thinnest it", "indirect", "Orchard", "Orchard"),
    ("product", "This is the best phone", "direct", "Orchard's head of design", "Lisa Kemp"),
    ("product", "the price was too high", "indirect", "Critics", None),
    ("recall", "Sunfield Foods is recalling 20,000", "indirect", "federal regulators", None),
    # "No illnesses have been reported, the Agriculture Department said": the frame says
    # the whole clause (was "No illnesses", no one's)
    ("recall", "No illnesses have been reported", "indirect", "the Agriculture Department",
     "Agriculture Department"),
    ("recall", "it was cooperating with regulators", "indirect", "Sunfield", "Sunfield Foods"),
    ("wildfire", "The Ridge Fire has burned", "indirect", "Cal Fire", "Cal Fire"),
    ("wildfire", "The winds are our biggest", "direct", "Cal Fire spokesman Jason Reyes",
     "Jason Reyes"),
    ("wildfire", "Evacuation orders remain in place", "indirect", "the sheriff's office", None),
    ("award", "I'm still in shock,", "direct", "Adeyemi", "Grace Adeyemi"),
    ("fire2", "No injuries were reported", "indirect", "Battalion Chief Sam Ortega",
     "Sam Ortega"),
    ("fire2", "The building was fully involved", "direct", "Ortega", "Sam Ortega"),
    ("tech2", "it would cut prices on", "indirect", "Pixelbay", "Pixelbay"),
    ("tech2", "We heard our customers loud", "direct", "Chief Product Officer Diane Wu",
     "Diane Wu"),
    ("tech2", "how many subscribers the company", "indirect", "A Pixelbay spokesperson", None),
    ("liveblog2", "change lives", "mixed", "Sen. Laura Diaz", "Laura Diaz"),
    ("liveblog2", "Updated", None, None, None),
    ("study2", "This is not a cure,", "direct", "Dr. Leo Brandt", "Leo Brandt"),
    ("study2", "But it buys patients time.", "direct", "Dr. Leo Brandt", "Leo Brandt"),
    ("study2", "it would seek approval next", "indirect", "Veltra Pharma", "Veltra Pharma"),
    # "Deputies responded to a report of a break-in, the sheriff's office said": the
    # deputies went, they did not reply (was "a report of a break-in", the deputies')
    ("crime4", "Deputies responded to a report", "indirect", "the sheriff's office", None),
    ("crime4", "We heard glass breaking and", "direct", "a neighbor", None),
    # (was "No injuries", no one's; and "in May" the engineer's)
    ("crime-passive", "No injuries were reported", "indirect", "police", None),
    ("crime-passive", "Two other crashes were reported on the same road", "indirect",
     "the city's traffic engineer", None),
    # no frame closes it: what was announced, by no one named
    ("crime-passive", "The merger of the two", "indirect", None, None),
    ("responders", "Officers responded to a call", "indirect", "police", None),
    ("responders", "Firefighters responded to the scene", "indirect", "the fire department",
     None),
    # a reply to criticism and a request for comment stay replies
    ("responders", "the criticism on Tuesday", "indirect", "The mayor", None),
    ("responders", "a request for comment", "indirect", "The bar's owner", None),
    ("obit-kin", "The cause was complications of pneumonia", "indirect", "Luis Moreno",
     "Luis Moreno"),
    ("obit-kin", "her son", None, None, None),
    ("obit-kin", "She never stopped organizing,", "direct", "Elena Cruz", "Elena Cruz"),
    # (were "The governor refuses" and "The senator likes")
    ("columnist", "whether she will sign the", "indirect", "The governor", None),
    ("columnist", "the budget is balanced", "indirect", "The senator", None),
    ("columnist", "5,000 likes", None, None, None),
    # "X, chief medical officer at Riverside Health, said": X (was the officer "at" a person
    # named "Riverside Health")
    ("hospital2", "the hospital had postponed elective", "indirect", "Dr. Sam Hill", "Sam Hill"),
    ("hospital2", "Our staff are exhausted", "direct", "he", "Sam Hill"),
    ("hospital2", "the wards were full", "indirect", "Ann Cole", "Ann Cole"),
    # "Deputy Fire Marshal X": X (was the entity "Fire Marshal Tom Green")
    ("fire-marshal", "The fire started in the kitchen", "indirect",
     "Deputy Fire Marshal Tom Green", "Tom Green"),
    ("fire-marshal", "the family's dog alerted them", "indirect", "Green", "Tom Green"),
    ("fire-marshal", "the blaze was an accident", "indirect", "The fire marshal", "Tom Green"),
    # "Co-founder and CEO X": a title (was the entity "Co-founder")
    ("startup2", "the money would be used", "indirect", "CEO Priya Nair", "Priya Nair"),
    ("startup2", "the team would double by", "indirect", "chief technology officer Dev Rao",
     "Dev Rao"),
]

NOT_YET: dict[tuple[str, str], str] = {}

test_attribution = attribution_test(ARTICLES, EXPECTED, NOT_YET)


test_attribution_on_the_parsed_path = attribution_test(ARTICLES, EXPECTED, NOT_YET, parsed=True)



@pytest.mark.parametrize("text, statement, mention", [
    ("No injuries were reported, police said.\n", "No injuries were reported", "police"),
    ("No one was hurt and no damage was reported, the fire chief said Tuesday.\n",
     "No one was hurt and no damage was reported", "the fire chief"),
    ("Two deaths were reported in the county, officials said in a statement.\n",
     "Two deaths were reported in the county", "officials"),
    ("The plan was announced on Monday, officials said.\n",
     "The plan was announced on Monday", "officials"),
])
def test_a_passive_of_reporting_before_a_closing_frame_is_the_frames_statement(
        text, statement, mention):
    """ "No injuries were reported, police said" (local crime, fire and weather copy): the
    frame that closes the sentence says the whole clause, on both paths."""
    for rows in both_paths(text):
        assert [(r[0], r[2]) for r in rows] == [(statement, mention)], rows


@pytest.mark.parametrize("text, statement", [
    ("The merger was announced on Monday.\n", "The merger"),
    ("The merger was announced on Monday, and the company said shares would rise.\n",
     "The merger"),
    ("The merger was announced on Monday, officials said, and shares rose.\n", "The merger"),
])
def test_a_passive_of_reporting_with_no_closing_frame_stays_a_statement(text, statement):
    """Without a short frame closing the sentence, the passive's subject is still what
    was announced, by no one named."""
    for rows in both_paths(text):
        assert rows[0][0] == statement and rows[0][2] is None, rows


@pytest.mark.parametrize("text", [
    "Officers responded to the scene shortly after midnight.\n",
    "Firefighters responded to a blaze at a warehouse on Tuesday.\n",
    "Troopers responded to a 911 call about a crash on the highway.\n",
    "Deputies responded to reports of shots fired near the school.\n",
])
def test_responding_to_a_scene_or_a_call_is_no_reply(text):
    """Police, firefighters and crews "respond to" a place, a blaze or a call about an
    incident in person: no statement."""
    for rows in both_paths(text):
        assert rows == [], rows


@pytest.mark.parametrize("text, statement", [
    ("The mayor responded to the criticism on Monday.\n", "the criticism on Monday"),
    ("Lee responded to reports that she would resign.\n", "reports that she would resign"),
    ("Lee did not respond to calls for her resignation.\n", "calls for her resignation"),
    ("Lee did not respond to a request for comment.\n", "a request for comment"),
])
def test_a_reply_to_criticism_reports_or_calls_for_something_stays_a_reply(text, statement):
    """Near misses: "reports that A" and "calls for A" are no incident; criticism and a
    request for comment are replied to."""
    for rows in both_paths(text):
        assert [r[0] for r in rows] == [statement], rows


def test_responding_to_a_scene_on_a_hand_parsed_document():
    """On a parse, "responded to the scene" is no reply either: the closing frame says
    the clause."""
    text = "Officers responded to the scene shortly after midnight, police said.\n"
    spec = ("Officers/NOUN/2/nsubj responded/VERB/12/ccomp to/ADP/5/case the/DET/5/det "
            "scene/NOUN/2/obl shortly/ADV/8/advmod after/ADP/8/case midnight/NOUN/2/obl "
            ",/PUNCT/12/punct police/NOUN/12/nsubj said/VERB/0/root ./PUNCT/12/punct")
    lemmas = {"said": "say", "responded": "respond", "officers": "officer"}
    doc = quotetrack.from_conllu(text, conllu(text, [spec_rows(spec, lemmas)]))
    rows = [(q.text, q.speaker_mention.text if q.speaker_mention else None)
            for q in quotetrack.attribute_document(doc).quotes]
    assert rows == [("Officers responded to the scene shortly after midnight", "police")], rows


@pytest.mark.parametrize("text, statement, name", [
    ("The cause was heart failure, his daughter, Ruth Hale, said.\n",
     "The cause was heart failure", "Ruth Hale"),
    ("The cause was cancer, her son, David Lin, said.\n", "The cause was cancer", "David Lin"),
    ("The cause was a stroke, the couple's son, Tom Reed, said.\n", "The cause was a stroke",
     "Tom Reed"),
])
def test_a_kin_noun_set_off_before_a_name_in_a_closing_frame_is_the_speakers(
        text, statement, name):
    """ "A, his daughter, X, said" (the obituary's shape): the kin noun is X's role, as
    "the city's mayor" is, not the statement's last words."""
    for rows in both_paths(text):
        assert [(r[0], r[3]) for r in rows] == [(statement, name)], rows


def test_a_kin_noun_in_a_closing_frame_on_a_hand_parsed_document():
    """On a parse read right, the kin noun was the speaker's already."""
    text = "The cause was heart failure, his daughter, Ruth Hale, said.\n"
    spec = ("The/DET/2/det cause/NOUN/5/nsubj was/AUX/5/cop heart/NOUN/5/compound "
            "failure/NOUN/13/ccomp ,/PUNCT/8/punct his/PRON/8/nmod:poss "
            "daughter/NOUN/13/nsubj ,/PUNCT/10/punct Ruth/PROPN/8/appos/B-PERSON "
            "Hale/PROPN/10/flat/E-PERSON ,/PUNCT/10/punct said/VERB/0/root ./PUNCT/13/punct")
    doc = quotetrack.from_conllu(text, conllu(text, [spec_rows(spec, {"said": "say",
                                                                      "was": "be"})]))
    rows = [(q.text, q.speaker.name if q.speaker else None)
            for q in quotetrack.attribute_document(doc).quotes]
    assert rows == [("The cause was heart failure", "Ruth Hale")], rows


@pytest.mark.parametrize("text, mention", [
    ("The mayor likes to say that the city has never been safer.\n", "The mayor"),
    ("The governor refuses to say whether she will run again.\n", "The governor"),
    ("The coach loves to tell reporters that nobody picked his team to win.\n", "The coach"),
])
def test_a_habit_verb_before_to_is_a_verb_not_the_speakers_last_word(text, mention):
    """ "The mayor likes to say that A": "likes", "loves", "refuses" before "to" and a
    verb are the subject's verb (the model-free tagger read them as plural nouns)."""
    for rows in both_paths(text):
        assert [r[2] for r in rows] == [mention], rows


@pytest.mark.parametrize("text, name", [
    ("Co-founder and CEO Priya Nair said the money would be used to hire engineers.\n",
     "Priya Nair"),
    ("Cofounder and chief executive Priya Nair said the money would hire engineers.\n",
     "Priya Nair"),
    ("Co-founder Priya Nair said the money would be used to hire engineers.\n",
     "Priya Nair"),
])
def test_co_founder_is_a_title_before_a_name(text, name):
    """ "Co-founder and CEO X": a start-up's founder's title, not a name of its own."""
    for rows in both_paths(text):
        assert [r[3] for r in rows] == [name], rows


@pytest.mark.parametrize("text, statement", [
    ("Meteorologist Kevin Dunn said as much as 20 inches could fall in the mountains.\n",
     "as much as 20 inches could fall in the mountains"),
    ("Officials say as many as 300 homes were without power.\n",
     "as many as 300 homes were without power"),
    ("The sheriff said as few as 40 people had left.\n", "as few as 40 people had left"),
])
def test_a_statement_opening_with_as_many_as_a_number(text, statement):
    """ "X said as many as 300 homes were without power" (weather and disaster copy): an
    approximate number opens the statement, as "at least 300" and "about 300" do."""
    for rows in both_paths(text):
        assert [r[0] for r in rows] == [statement], rows


@pytest.mark.parametrize("text, name", [
    ("The Food and Drug Administration approved the drug on Friday. The agency said the "
     "benefits outweighed the risks.\n", "Food and Drug Administration"),
    ("NASA said the launch would be delayed. The agency said a valve had failed.\n", "NASA"),
    ("Heavy snow is expected, the National Weather Service said. \"Travel will be very "
     "difficult,\" the agency warned.\n", "National Weather Service"),
])
def test_the_agency_is_the_public_body_just_named(text, name):
    """ "the agency" in science, health and weather news: the public body the story just
    named ("... Administration", "... Service", an acronym)."""
    for rows in both_paths(text):
        assert rows[-1][3] == name, rows


def test_the_agency_after_a_company_is_no_one():
    """A company is no agency: "the agency" after "Vantor Motors" stays unresolved."""
    text = "Vantor Motors said sales fell. The agency said the figures were wrong.\n"
    for rows in both_paths(text):
        assert rows[-1][3] != "Vantor Motors", rows
