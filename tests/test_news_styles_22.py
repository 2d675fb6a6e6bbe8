"""English-language news from outside the US and UK, in styles the earlier waves did not
try, to check that the rules carry to news nobody here has seen: Indian English ("Shri",
"Smt.", "stated", "averred", "disclosed", "opined", "informed that", "said Mr. X, adding
that ...", "He further stated that", "alleged", a "CITY:" dateline, "the DCP" for a
"Deputy Commissioner of Police"), Nigerian and Ghanaian ("Hon.", "Chief", "Alhaji",
"Comrade", "noted that", "lamented", "stressed", "the governor assured", "spoke with
newsmen"), South African ("JOHANNESBURG -", "EFF leader", "police spokesperson Captain
X", "Community Safety MEC X"), Kenyan ("Interior Cabinet Secretary X" and then "said the
CS"), Malaysian ("KUALA LUMPUR:", "Datuk Seri", "Tan Sri", "Encik", "(Bernama) --"),
Singaporean ("said Ms Tan", a Chinese name family name first), Philippine ("Sen.", a
Tagalog quote with its English, "Aling Nena Cruz", "Barangay captain"), Canadian (a French
quote with its English after it, a Quebec MNA, French guillemets), Gulf ("His Highness
Sheikh X ... His Highness said", "Her Excellency Dr. X"), Pakistani ("Mian", "Ch.",
"LAHORE:") and an AP dateline ("LAGOS, Nigeria (AP) —"): a twenty-second wave, h61-wld in
the twenty-ninth round.

Every article here was written for the test, with invented people, places and outlets,
before the library was run on it. Each expected attribution is one case of
``findings.attribution_test`` (the default path), and each is checked again on the parsed
path, over the model-free annotator's Document (``attribute_document(annotate(text))``).
Of the 63 cases, 19 were wrong on the base commit, each on both paths: "CITY:" datelines
opened statements (2); "Shri" (2 cases), "Hon." (4) and "Aling" stayed in a speaker's
name; "Smt.", "Ch." and "Eng." ended a sentence, cutting the title off the speaker (4); "the
DCP", "the CS", "His Highness" and "Her Excellency" were read as names of their own (4);
"Community Safety MEC Johan Steyn" named "MEC"; "A, said X, adding that B" left B out.
All are fixed; a French quote framed in French ("« A », a déclaré X") was a strict xfail
until h61-lv2 read the French frame; an initial after a long title ("Deputy Commissioner
of Police K. Srinivas Reddy" names "Srinivas Reddy") stays one.
"""

from __future__ import annotations

import pytest
from findings import attribution_test, entities, quote_rows

import quotetrack
from quotetrack.parse.rules import annotate

ARTICLES: dict[str, str] = {
    'indian-minister': (
        "NEW DELHI: The Union Minister for Rural Roads, Shri Venkatesh Iyengar, on "
        "Tuesday stated that all villages in the district would be connected by March.\n\n"
        "\"Not a single habitation will be left behind,\" the minister averred while "
        "addressing a gathering at Kothapalli.\n\n"
        "District Collector Smt. Lakshmi Narayanan disclosed that Rs 240 crore had "
        "already been released for the work.\n\n"
        "Opposition leader Mr. Suresh Rao opined that the deadline was unrealistic, "
        "adding that the contractors had not been paid.\n"),
    'indian-police': (
        "HYDERABAD: Two persons were arrested on Sunday for allegedly cheating "
        "investors of Rs 3 crore, police said.\n\n"
        "Speaking to reporters, Deputy Commissioner of Police Srinivas Reddy informed "
        "that the accused had promised returns of 30 per cent a month.\n\n"
        "\"People should not fall prey to such schemes,\" the DCP said.\n"),
    'indian-adding': (
        "BENGALURU: The state government will not hike bus fares this year, said "
        "Transport Minister Mr. Ramesh Gowda, adding that the losses would be met from "
        "the budget.\n\n"
        "He further stated that 500 new electric buses would be inducted by June.\n\n"
        "BJP MLA Smt. Kavitha Shetty alleged that the buses had been bought at inflated "
        "prices.\n"),
    'nigeria-senate': (
        "ABUJA — The Senate on Wednesday passed a bill to establish a federal university "
        "in Okene.\n\n"
        "Sponsor of the bill, Sen. Abubakar Danjuma, noted that the area had waited too "
        "long for a university.\n\n"
        "\"Our children travel hundreds of kilometres to study. This must stop,\" he "
        "said.\n\n"
        "Hon. Chinedu Okafor lamented that the bill had taken four years to pass.\n"),
    'nigeria-chief': (
        "Chief Adewale Ogunleye, a community leader in Ikorodu, has called on the state "
        "government to fix the road.\n\n"
        "\"We have written letters upon letters. Nobody is listening,\" Chief Ogunleye "
        "lamented.\n\n"
        "Alhaji Musa Bello, chairman of the market association, said traders had lost "
        "customers since the rains began.\n"),
    'nigeria-newsmen': (
        "The Governor of Kwara State, Alhaji Ibrahim Sanni, has disclosed that the state "
        "will recruit 2,000 teachers.\n\n"
        "Sanni, who spoke with newsmen in Ilorin on Tuesday, said the exercise would be "
        "transparent.\n\n"
        "\"Only qualified candidates will be employed,\" the governor assured.\n\n"
        "The Chairman of the Nigeria Union of Teachers in the state, Comrade Bola "
        "Adeyemi, commended the governor.\n"),
    'ghana': (
        "ACCRA — The Member of Parliament for Asante Akim, Hon. Kwabena Ofori-Atta, has "
        "assured residents that the hospital project will be completed this year.\n\n"
        "Speaking at a durbar, Hon. Ofori-Atta noted that the contractor was back on "
        "site.\n\n"
        "\"By December, the first patients will be seen here,\" he stressed.\n"),
    'south-africa': (
        "JOHANNESBURG - Eskom has warned that load shedding could return this winter.\n\n"
        "The utility's spokesperson, Sipho Mthembu, said the grid was under severe "
        "pressure.\n\n"
        "\"We are asking South Africans to switch off geysers during peak hours,\" "
        "Mthembu said.\n\n"
        "EFF leader Thandiwe Nkosi said the ANC-led government had failed the country.\n"),
    'sa-police': (
        "CAPE TOWN – Police have arrested three suspects in connection with the murder "
        "of a taxi owner in Khayelitsha.\n\n"
        "\"The suspects will appear in the Khayelitsha Magistrate's Court on Monday,\" "
        "said police spokesperson Captain Nomvula Dlamini.\n\n"
        "Western Cape Community Safety MEC Johan Steyn said the arrests sent a strong "
        "message.\n"),
    'kenya': (
        "NAIROBI, Kenya — Interior Cabinet Secretary Peter Kamau has directed county "
        "commissioners to crack down on illicit brews.\n\n"
        "Speaking in Nyeri on Friday, Kamau said the government would not relent.\n\n"
        "\"We are losing a generation of young men to these drinks,\" said the CS.\n"),
    'malaysia': (
        "KUALA LUMPUR: Datuk Seri Ahmad Faizal Hamid said the ministry would review "
        "the toll rates next month.\n\n"
        "\"We hear the people's concerns,\" he told reporters after launching a "
        "road safety campaign here on Monday.\n\n"
        "Meanwhile, Tan Sri Lim Kok Wah, chairman of the highway concessionaire, said the "
        "company was open to discussions.\n\n"
        "Encik Rahim Osman, a lorry driver, said he paid RM40 a day in tolls.\n"),
    'singapore': (
        "SINGAPORE - More older workers will get help to upgrade their skills, said "
        "Manpower Minister Tan Wei Ling on Thursday.\n\n"
        "\"No worker should feel left behind,\" said Ms Tan, who was speaking at a "
        "jobs fair in Jurong.\n\n"
        "Mr Goh Beng Huat, 58, a security officer, said the courses had helped him.\n"),
    'philippines': (
        "MANILA, Philippines — Sen. Maria Reyes-Dizon on Monday urged the Department "
        "of Agriculture to explain the spike in rice prices.\n\n"
        "\"Hindi na kaya ng mga tao. People can no longer afford it,\" Reyes-Dizon said "
        "in a statement.\n\n"
        "Agriculture Secretary Ramon Villanueva said prices would ease by next month.\n"),
    'tagalog': (
        "Residents of Barangay San Roque said they had been without water for a week.\n\n"
        "\"Wala talaga. Nothing comes out of the tap,\" said Aling Nena Cruz, 62.\n\n"
        "Barangay captain Jose Mercado said the water district had promised to send "
        "tankers.\n"),
    'canada': (
        "MONTREAL — Quebec's premier defended his language bill on Tuesday.\n\n"
        "\"Le français est notre langue commune,\" Premier Luc Gagnon told reporters.\n\n"
        "Liberal MNA Sarah Whitfield said the bill would drive English-speaking doctors "
        "out of the province.\n"),
    'quebec-guillemets': (
        "OTTAWA — The Bloc Québécois leader said Tuesday that his party would vote "
        "against the budget.\n\n"
        "« Ce budget ne respecte pas le Québec », a déclaré Martin Bélanger. "
        "\"This budget does not respect Quebec,\" he said in English.\n\n"
        "Finance Minister Karen Doyle said the budget was fair to every province.\n"),
    'gulf': (
        "DUBAI: His Highness Sheikh Khalid bin Rashid Al Mansouri said the new port "
        "would make the emirate a global hub for trade.\n\n"
        "\"This project is a gift to the coming generations,\" His Highness said at the "
        "opening ceremony.\n\n"
        "Director-General of the Ports Authority Eng. Saeed Al Hammadi said the port "
        "would handle four million containers a year.\n"),
    'emirati-excellency': (
        "ABU DHABI: Her Excellency Dr. Maryam Al Suwaidi, Minister of Community "
        "Development, said the programme would support 10,000 families.\n\n"
        "\"Families are the foundation of our society,\" Her Excellency said.\n\n"
        "The programme will start in September, the ministry said.\n"),
    'pakistan': (
        "LAHORE: Punjab Chief Minister Mian Tariq Mehmood has said that the government "
        "will build 50 new schools in south Punjab.\n\n"
        "\"Education is our first priority,\" he said while addressing a ceremony here "
        "on Saturday.\n\n"
        "PTI leader Ch. Imran Warraich said the announcement was a political stunt.\n"),
    'wire-dateline': (
        "LAGOS, Nigeria (AP) — Fuel queues returned to Lagos on Monday as stations ran "
        "dry.\n\n"
        "\"I have been here since 5 a.m.,\" said Emeka Nwosu, a taxi driver. \"This "
        "is my life now.\"\n\n"
        "The state oil company said in a statement that supply would normalise within "
        "days.\n"),
}

#: "Mian" is an honorific and a clan name both: either name is right
_MEHMOOD = ("Tariq Mehmood", "Mian Tariq Mehmood")

EXPECTED: list[tuple] = [
    ("indian-minister", "all villages in the district", "indirect",
     ("Shri Venkatesh Iyengar", "The Union Minister for Rural Roads, Shri Venkatesh Iyengar"),
     "Venkatesh Iyengar"),
    ("indian-minister", "Not a single habitation", "direct", "the minister",
     "Venkatesh Iyengar"),
    ("indian-minister", "Rs 240 crore had already been released", "indirect",
     "District Collector Smt. Lakshmi Narayanan", "Lakshmi Narayanan"),
    ("indian-minister", "the deadline was unrealistic", "indirect",
     "Opposition leader Mr. Suresh Rao", "Suresh Rao"),
    ("indian-minister", "the contractors had not been paid", "indirect", None, "Suresh Rao"),
    # "HYDERABAD:" is a dateline, no part of the police's statement
    ("indian-police", "HYDERABAD", None, None, None),
    ("indian-police", "Two persons were arrested on Sunday", "indirect", "police", None),
    ("indian-police", "promised returns of 30 per cent", "indirect",
     "Deputy Commissioner of Police Srinivas Reddy", "Srinivas Reddy"),
    ("indian-police", "should not fall prey", "direct", "the DCP", "Srinivas Reddy"),
    ("indian-adding", "BENGALURU", None, None, None),
    ("indian-adding", "will not hike bus fares", "indirect",
     "Transport Minister Mr. Ramesh Gowda", "Ramesh Gowda"),
    # "A, said X, adding that B": B is X's too
    ("indian-adding", "losses would be met from the budget", "indirect",
     "Transport Minister Mr. Ramesh Gowda", "Ramesh Gowda"),
    ("indian-adding", "500 new electric buses", "indirect", "He", "Ramesh Gowda"),
    ("indian-adding", "bought at inflated prices", "indirect", "BJP MLA Smt. Kavitha Shetty",
     "Kavitha Shetty"),
    ("nigeria-senate", "waited too long for a university", "indirect",
     "Sen. Abubakar Danjuma", "Abubakar Danjuma"),
    ("nigeria-senate", "This must stop", "direct", "he", "Abubakar Danjuma"),
    ("nigeria-senate", "taken four years to pass", "indirect", "Hon. Chinedu Okafor",
     "Chinedu Okafor"),
    ("nigeria-chief", "Nobody is listening", "direct", "Chief Ogunleye", "Adewale Ogunleye"),
    ("nigeria-chief", "traders had lost customers", "indirect", "Alhaji Musa Bello",
     "Musa Bello"),
    ("nigeria-newsmen", "recruit 2,000 teachers", "indirect", "Alhaji Ibrahim Sanni",
     "Ibrahim Sanni"),
    ("nigeria-newsmen", "the exercise would be transparent", "indirect", "Sanni",
     "Ibrahim Sanni"),
    ("nigeria-newsmen", "Only qualified candidates", "direct", "the governor",
     "Ibrahim Sanni"),
    ("ghana", "completed this year", "indirect", "Hon. Kwabena Ofori-Atta",
     "Kwabena Ofori-Atta"),
    ("ghana", "back on site", "indirect", "Hon. Ofori-Atta", "Kwabena Ofori-Atta"),
    ("ghana", "the first patients", "direct", "he", "Kwabena Ofori-Atta"),
    ("south-africa", "load shedding could return", "indirect", "Eskom", "Eskom"),
    ("south-africa", "under severe pressure", "indirect", "Sipho Mthembu", "Sipho Mthembu"),
    ("south-africa", "switch off geysers", "direct", "Mthembu", "Sipho Mthembu"),
    ("south-africa", "had failed the country", "indirect", "EFF leader Thandiwe Nkosi",
     "Thandiwe Nkosi"),
    ("sa-police", "appear in the Khayelitsha", "direct",
     "police spokesperson Captain Nomvula Dlamini", "Nomvula Dlamini"),
    ("sa-police", "a strong message", "indirect",
     "Western Cape Community Safety MEC Johan Steyn", "Johan Steyn"),
    ("kenya", "would not relent", "indirect", "Kamau", "Peter Kamau"),
    ("kenya", "losing a generation", "direct", "the CS", "Peter Kamau"),
    ("malaysia", "review the toll rates", "indirect", "Datuk Seri Ahmad Faizal Hamid",
     "Ahmad Faizal Hamid"),
    ("malaysia", "the people's concerns", "direct", "he", "Ahmad Faizal Hamid"),
    ("malaysia", "open to discussions", "indirect", "Tan Sri Lim Kok Wah", "Lim Kok Wah"),
    ("malaysia", "RM40 a day in tolls", "indirect", "Encik Rahim Osman", "Rahim Osman"),
    ("singapore", "More older workers", "indirect", "Manpower Minister Tan Wei Ling",
     "Tan Wei Ling"),
    ("singapore", "No worker should feel left behind", "direct", "Ms Tan", "Tan Wei Ling"),
    ("singapore", "the courses had helped him", "indirect", "Mr Goh Beng Huat",
     "Goh Beng Huat"),
    ("philippines", "People can no longer afford it", "direct", "Reyes-Dizon",
     "Maria Reyes-Dizon"),
    ("philippines", "prices would ease", "indirect", "Agriculture Secretary Ramon Villanueva",
     "Ramon Villanueva"),
    ("tagalog", "without water for a week", "indirect", "Residents of Barangay San Roque",
     None),
    ("tagalog", "Nothing comes out of the tap", "direct", "Aling Nena Cruz", "Nena Cruz"),
    ("tagalog", "promised to send tankers", "indirect", "Barangay captain Jose Mercado",
     "Jose Mercado"),
    ("canada", "notre langue commune", "direct", "Premier Luc Gagnon", "Luc Gagnon"),
    ("canada", "English-speaking doctors", "indirect", "Liberal MNA Sarah Whitfield",
     "Sarah Whitfield"),
    ("quebec-guillemets", "vote against the budget", "indirect",
     "The Bloc Québécois leader", None),
    ("quebec-guillemets", "Ce budget ne respecte pas", "direct", "Martin Bélanger",
     "Martin Bélanger"),
    ("quebec-guillemets", "does not respect Quebec", "direct", "he", "Martin Bélanger"),
    ("quebec-guillemets", "fair to every province", "indirect",
     "Finance Minister Karen Doyle", "Karen Doyle"),
    ("gulf", "a global hub for trade", "indirect", None, "Khalid bin Rashid Al Mansouri"),
    ("gulf", "a gift to the coming generations", "direct", "His Highness",
     "Khalid bin Rashid Al Mansouri"),
    ("gulf", "four million containers", "indirect",
     "Director-General of the Ports Authority Eng. Saeed Al Hammadi", "Saeed Al Hammadi"),
    ("emirati-excellency", "support 10,000 families", "indirect", None, "Maryam Al Suwaidi"),
    ("emirati-excellency", "the foundation of our society", "direct", "Her Excellency",
     "Maryam Al Suwaidi"),
    ("emirati-excellency", "start in September", "indirect", "the ministry", None),
    ("pakistan", "build 50 new schools", "indirect", None, _MEHMOOD),
    ("pakistan", "Education is our first priority", "direct", "he", _MEHMOOD),
    ("pakistan", "a political stunt", "indirect", "PTI leader Ch. Imran Warraich",
     "Imran Warraich"),
    ("wire-dateline", "since 5 a.m.", "direct", "Emeka Nwosu", "Emeka Nwosu"),
    ("wire-dateline", "my life now", "direct", "Emeka Nwosu", "Emeka Nwosu"),
    ("wire-dateline", "supply would normalise", "indirect", "The state oil company", None),
]

# (the French frame '« A », a déclaré X' was a strict xfail until h61-lv2)
NOT_YET: dict[tuple[str, str], str] = {}

test_attribution = attribution_test(ARTICLES, EXPECTED, NOT_YET)


test_attribution_on_the_parsed_path = attribution_test(ARTICLES, EXPECTED, NOT_YET, parsed=True)


@pytest.mark.parametrize("title, name, gender", [
    ("Shri", "Venkatesh Iyengar", "male"),
    ("Smt.", "Lakshmi Narayanan", "female"),
    ("Hon.", "Chinedu Okafor", None),
    ("Aling", "Nena Cruz", "female"),
])
def test_an_honorific_of_commonwealth_news_is_no_part_of_the_name(title, name, gender):
    """ "Shri X", "Smt. X" (Indian), "Hon. X" (a Nigerian or Ghanaian lawmaker), "Aling X"
    (Philippine): the honorific is no part of the speaker's name, and tells a gender
    when it has one (a later "she" finds Smt. Narayanan)."""
    text = (f"{title} {name} said the road would open in March.\n\n"
            f"\"We will keep our word,\" {'she' if gender == 'female' else 'he'} said.\n")
    result = quotetrack.extract(text)
    assert [q.speaker.name if q.speaker else None for q in result.quotes] == [name, name]
    if gender is not None:
        assert [e.gender for e in result.entities if e.name == name] == [gender]


@pytest.mark.parametrize("text", [
    "HYDERABAD: Two persons were arrested on Sunday, police said.\n",
    "NEW DELHI: Two persons were arrested on Sunday, police said.\n",
    "KUALA LUMPUR: Two persons were arrested on Sunday, police said.\n",
    "KUALA LUMPUR, June 3 (Bernama) -- Two persons were arrested on Sunday, police said.\n",
])
def test_a_dateline_closed_by_a_colon_or_a_title_case_agency_is_no_part_of_a_statement(
        text):
    """ "NEW DELHI: A, police said" (Indian, Pakistani, Malaysian, Gulf papers) and "KUALA
    LUMPUR, June 3 (Bernama) -- A": the statement starts after the dateline, on both
    paths."""
    for result in (quotetrack.extract(text), quotetrack.attribute_document(annotate(text))):
        assert [q.text for q in result.quotes] == ["Two persons were arrested on Sunday"]


def test_a_colon_after_words_not_all_in_capitals_is_no_dateline():
    """ "Update: A, police said" (a live blog's label in title case) is left as it was."""
    rows = quote_rows("Update: Two persons were arrested on Sunday, police said.\n")
    assert [r[2] for r in rows] == ["police"]


@pytest.mark.parametrize("title, acronym", [
    ("Deputy Commissioner of Police", "DCP"),
    ("Interior Cabinet Secretary", "CS"),
    ("Superintendent of Police", "SP"),
    ("Inspector-General of Police", "IGP"),
])
def test_the_initials_of_a_title_stand_for_the_one_it_named(title, acronym):
    """ "Deputy Commissioner of Police Srinivas Reddy said A. ... “B,” the DCP said": the
    DCP is Reddy, as "the minister" is the one titled minister; the initials may end the
    title's ("Interior Cabinet Secretary" for "the CS")."""
    text = (f"{title} Srinivas Reddy said the accused had been arrested.\n\n"
            f"\"People should not fall prey to such schemes,\" the {acronym} said.\n")
    for result in (quotetrack.extract(text), quotetrack.attribute_document(annotate(text))):
        assert [q.speaker.name if q.speaker else None for q in result.quotes] == \
            ["Srinivas Reddy", "Srinivas Reddy"]


@pytest.mark.parametrize("text", [
    "FBI Director Tom Roe said the inquiry was over.\n\n\"We are done,\" the FBI said.\n",
    "Tom Roe said the inquiry was over.\n\n\"We are done,\" the DCP said.\n",
    "Tom Roe, the party's treasurer, said the books were clean.\n\n"
    "\"We are done,\" the ANC said.\n",
])
def test_initials_no_title_before_a_name_gives_are_left_alone(text):
    """ "the FBI" after "FBI Director Tom Roe" is the bureau, not Roe; "the DCP" or "the
    ANC" with no title of those initials before a name is no one the story named."""
    rows = quote_rows(text)
    assert rows[-1][3] != "Tom Roe", rows


def test_his_highness_is_the_one_the_story_styled_so():
    """ "His Highness Sheikh X said A. ... “B,” His Highness said": X, not a person
    "Highness"; and "Her Excellency" likewise."""
    text = ("Prime Minister Omar Said opened the port. His Highness Sheikh Khalid bin "
            "Rashid said the port would bring trade.\n\n\"This is a gift,\" His Highness "
            "said.\n")
    assert quote_rows(text)[-1][3] == "Khalid bin Rashid"


def test_his_highness_with_no_one_styled_so_takes_no_one_named_without_it():
    """With no one styled "His Highness" before, the words go to no one the story named
    otherwise (not the man named just before)."""
    text = "Ali Hassan opened the port.\n\n\"This is a gift,\" His Highness said.\n"
    assert quote_rows(text)[-1][3] != "Ali Hassan"


@pytest.mark.parametrize("text, name", [
    ("Gauteng Health MEC Johan Steyn said the clinics would reopen.\n", "Johan Steyn"),
    ("Nyeri MCA Peter Otieno said the clinics would reopen.\n", "Peter Otieno"),
    ("Liberal MNA Sarah Whitfield said the clinics would reopen.\n", "Sarah Whitfield"),
    ("Congress MLA Ravi Kumar said the clinics would reopen.\n", "Ravi Kumar"),
])
def test_a_provincial_member_title_opens_the_name(text, name):
    """ "Gauteng Health MEC X", "MCA X", "MNA X", "MLA X": the title is no name; X
    speaks."""
    assert [r[3] for r in quote_rows(text)] == [name]
    assert (name, "PERSON") in entities(text)


@pytest.mark.xfail(strict=True, reason=(
    "an initial before a name after a long title ('Deputy Commissioner of Police K. "
    "Srinivas Reddy') is left out of the name; after 'Commissioner of Police' or "
    "'Inspector' it is kept"))
def test_an_initial_after_a_long_title_is_part_of_the_name():
    text = "Deputy Commissioner of Police K. Srinivas Reddy said the accused lied.\n"
    assert [r[3] for r in quote_rows(text)] == ["K. Srinivas Reddy"]


@pytest.mark.parametrize("text, mention, name", [
    ("District Collector Smt. Lakshmi Narayanan disclosed that the funds had come.\n",
     "District Collector Smt. Lakshmi Narayanan", "Lakshmi Narayanan"),
    ("PTI leader Ch. Imran Warraich said the plan was a stunt.\n",
     "PTI leader Ch. Imran Warraich", "Imran Warraich"),
    ("Chief Engr. Musa Bello said the bridge was safe.\n", None, "Musa Bello"),
    ("Director-General Eng. Saeed Al Hammadi said the port was ready.\n", None,
     "Saeed Al Hammadi"),
])
def test_an_abbreviated_honorific_ends_no_sentence(text, mention, name):
    """ "Smt.", "Ch.", "Engr.", "Eng.", "Shri." before a name keep their period: the
    sentence runs on to the verb, the title phrase is the speaker's mention, and the
    honorific no part of the name."""
    assert len(annotate(text).sentences) == 1
    rows = quote_rows(text)
    assert [r[3] for r in rows] == [name], rows
    if mention is not None:
        assert rows[0][2] == mention


@pytest.mark.parametrize("text", [
    "The fares will not rise, said Mr. Gowda, adding that the losses would be met.\n",
    "\"The fares will not rise,\" said Mr. Gowda, adding that the losses would be met.\n",
    "The fares will not rise, says Transport Minister Ramesh Gowda, adding that the "
    "losses would be met.\n",
])
def test_a_participle_after_an_inverted_said_shares_its_subject(text):
    """ "A, said X, adding that B" (a common wire and Indian shape): B is X's, cue
    "adding", on both paths."""
    for result in (quotetrack.extract(text), quotetrack.attribute_document(annotate(text))):
        rows = [(q.text, q.speaker.name if q.speaker else None, q.cue.text if q.cue else None)
                for q in result.quotes if "losses" in q.text]
        assert [(r[0], r[2]) for r in rows] == [("the losses would be met", "adding")], rows
        assert rows[0][1] in ("Gowda", "Ramesh Gowda")


@pytest.mark.parametrize("text", [
    # no comma before the participle: a participle of the name's own phrase
    "\"We like news,\" said Palmer, who broke into reporting covering the courts.\n",
    # "said" not inverted: the participle's subject is the clause's
    "The fares rose, which Mr. Gowda said, adding two buses.\n",
])
def test_an_inverted_said_lends_no_subject_to_a_participle_it_does_not_frame(text):
    """A participle not set off by a comma right after the inverted frame's name, or a
    "said" with its subject before it: no statement of the participle goes to the name."""
    rows = quote_rows(text)
    assert not any(r[0].startswith(("covering", "the courts")) or "two buses" in r[0]
                   for r in rows), rows


def test_a_hyphenated_title_opens_the_name():
    """ "Inspector-General of Police X", "UN Secretary-General X": the hyphenated title is
    no name; X speaks."""
    for text, name in [("Inspector-General of Police Srinivas Reddy said the case was solved.\n",
                        "Srinivas Reddy"),
                       ("UN Secretary-General Ana Lopes said the talks would resume.\n",
                        "Ana Lopes")]:
        assert [r[3] for r in quote_rows(text)] == [name]
