"""News from the English-language press the earlier waves covered least, to check that
the rules carry to news nobody here has seen: Irish ("Gardaí", "the Tánaiste, X, has said",
"Sinn Féin TD X", "Speaking in the Dáil, Mr X said"), Scottish ("council bosses have
confirmed", "the authority's education convener, said:"), Welsh ("told the Senedd",
"Eluned Rhys MS"), New Zealand ("says" in the present tense, "Federated Farmers
president"), South African ("NPA spokesperson X", "DURBAN -" after a byline), Kenyan
("Chief Magistrate X", "Through his lawyer, Mr X denied"), Ghanaian ("The Chief Executive
of the board, Mr X, said"), Pakistani ("remarked", "The attorney general assured the bench
that A"), Bangladeshi ("DHAKA, March 4 (BSS) -", "today said"), Sri Lankan ("Minister
Perera said", "charged that"), Malaysian ("(Bernama) --"), Singaporean ("Deputy Public
Prosecutor X", "In mitigation, his lawyer said"), Philippine ("Malacañang on Thursday
said", "for his part"), Caribbean ("Police Commissioner Major General X" and then "the
commissioner cautioned", "Speaking at a political meeting in Couva, X said"); wire copy
(AFP's "AFP journalists saw", Reuters' "the company said in a statement" and "Analysts
said", "BERLIN (dpa) -"); sports reports (a football match, a cricket captain "at the
post-match presentation", a rugby coach who "says"); court reports ("the court heard", "a
jury heard", "the judge told the jury", "A witness said", "A man accused of murdering his
neighbour told police A"); business news ("the lender said", "on a call with analysts");
and the shapes of the last round's leads: "A, said X, the transport minister, adding that
B", "A, Ms Ruiz, the minister for health, said", a long apposition before "said", a quote
opened with a dash: a twenty-third wave, h62-wld in the thirtieth round.

Every article here was written for the test, with invented people, places and outlets,
before the library was run on it. Each expected attribution is one case of
``findings.attribution_test`` (the default path), and each is checked again on the parsed
path, over the model-free annotator's Document (``attribute_document(annotate(text))``);
two of the shapes fixed are checked on hand-parsed Documents too, which a parse read right
already. Of the 89 cases (35 articles), 11 were wrong on the base commit, each on both
paths: "A, said X, the transport minister, adding that B" gave B to A's subject (2); "Rhodri
Evans MS" and "Eluned Rhys MS" named no one (2); "assured the bench that A" and "assured
the house that A" found no statement (3: a singular body told before "that" was read as
the statement's own, and after "warned" or "reminded" it opened the statement); "A man
accused of murdering his neighbour told police A" found no speaker (1); "A, the court
heard" kept the court's hearing in the statement (1); "the commissioner" after "Police
Commissioner Major General X" was no one (2). All are fixed; a quote opened with a dash
("– A, said X", a European convention some Irish papers keep) was a strict xfail, fixed by
h62-abt in the same round.
Found while writing them and fixed as well: "A man arrested after the raid said A" named
the raid (a person, a participle of what was done to them, then "after" an event).
"""

from __future__ import annotations

import pytest
from findings import attribution_test, both_paths, entities
from handparse import conllu, spec_rows

import quotetrack

ARTICLES: dict[str, str] = {
    'irish': (
        "Gardaí in Ballinmore are appealing for witnesses after a cyclist was seriously "
        "injured in a collision on Saturday night.\n\n"
        "A Garda spokesman said the man, aged in his 40s, had been taken to University "
        "Hospital Galway.\n\n"
        "Local councillor Siobhán Ní Bhriain said the road had been a black spot for "
        'years. "We have been asking for a footpath since 2015," she said.\n'),
    'irish-dail': (
        "The Tánaiste, Mícheál Ó Dónaill, has said the Government will not be rushed "
        "into a decision on the hospital site.\n\n"
        "Speaking in the Dáil, Mr Ó Dónaill said the HSE needed more time to study the "
        "options.\n\n"
        'Sinn Féin TD Aoife Brennan said the delay was "an insult to the people of the '
        'midlands".\n'),
    'scottish': (
        "Plans to close three rural schools in Glenarrow have been put on hold, council "
        "bosses have confirmed.\n\n"
        "Councillor Morag Kerr, the authority's education convener, said: \"We have "
        'listened to parents and we will take a fresh look."\n\n'
        "Parent council chairwoman Isla Duncan said families were relieved but wary.\n"),
    'welsh': (
        "A Welsh Government spokesperson said the new bus franchising model would be "
        "rolled out in the south west first.\n\n"
        'Transport Minister Gethin Pryce told the Senedd the changes were "long '
        'overdue".\n\n'
        "Plaid Cymru's transport spokesperson, Eluned Rhys MS, said passengers in the "
        "north had been forgotten.\n"),
    'nz': (
        "The Government will spend $40 million upgrading rural broadband, "
        "Communications Minister Hemi Walker says.\n\n"
        '"Too many families in the regions are still stuck on copper," Walker says.\n\n'
        "Federated Farmers president Kate Lindsay says the money is welcome but "
        "overdue.\n"),
    'sa-court': (
        "PRETORIA - A former municipal manager was on Tuesday sentenced to 15 years in "
        "prison for fraud.\n\n"
        "Judge Thabo Mokoena told the court that the accused had shown no remorse.\n\n"
        "NPA spokesperson Lumka Ndlovu said the sentence sent a clear message to "
        "corrupt officials.\n"),
    'kenya-court': (
        "A Nairobi court has freed on bond a businessman accused of defrauding a land "
        "buying company.\n\n"
        "Chief Magistrate Esther Wanjiru said the prosecution had not shown that the "
        "suspect was a flight risk.\n\n"
        "Through his lawyer, Mr Otieno Ochieng denied the charges.\n"),
    'ghana-business': (
        "ACCRA — Cocoa farmers will receive a higher producer price this season, the "
        "Ghana Cocoa Board has announced.\n\n"
        "The Chief Executive of the board, Mr Kofi Asante-Mensah, said the increase "
        "reflected world market prices.\n\n"
        '"Our farmers deserve a fair share," he told journalists in Accra.\n'),
    'pakistan-court': (
        "ISLAMABAD: The Supreme Court on Monday adjourned the hearing of the petition "
        "till next week.\n\n"
        "During the hearing, Chief Justice Tariq Mehmood Khan remarked that the "
        "government had failed to submit its reply.\n\n"
        "The attorney general assured the bench that the reply would be filed within "
        "three days.\n"),
    'bangladesh': (
        "DHAKA, March 4 (BSS) - State Minister for Power Nasrul Islam today said load "
        "shedding would end before the summer.\n\n"
        '"We have added 2,000 megawatts to the grid," he told a press briefing at the '
        "secretariat.\n"),
    'sri-lanka': (
        "COLOMBO: Sri Lanka's fuel prices will be revised next week, Energy Minister "
        "Kanchana Perera said yesterday.\n\n"
        "Minister Perera said the revision would be based on the formula agreed with "
        "the IMF.\n\n"
        "Opposition MP Harsha Silva charged that the formula hurt the poor.\n"),
    'malaysia-bernama': (
        "PUTRAJAYA, Jan 10 (Bernama) -- The government will not raise the retirement "
        "age for now, said Human Resources Minister Steven Sim.\n\n"
        "He said the matter required further study with employers and unions.\n"),
    'singapore-court': (
        "SINGAPORE - A former bank relationship manager was jailed for six years on "
        "Friday for cheating clients of $3 million.\n\n"
        "Deputy Public Prosecutor Gail Wong said Tan Boon Keng had forged their "
        "signatures on 40 occasions.\n\n"
        "In mitigation, his lawyer said Tan had been under heavy financial pressure.\n"),
    'philippine-palace': (
        "MANILA — Malacañang on Thursday said it would leave the matter to the "
        "courts.\n\n"
        '"We respect the independence of the judiciary," Palace Press Officer Claire '
        "Castillo said in a briefing.\n\n"
        "Senate Minority Leader Koko Villar, for his part, said the public deserved "
        "answers.\n"),
    'jamaica': (
        "KINGSTON, Jamaica — Police Commissioner Major General Delroy Henry says crime "
        "is down 12 per cent this year.\n\n"
        "Speaking at a press conference yesterday, Henry said the force would deploy "
        "more officers in St Catherine.\n\n"
        '"We are not declaring victory," the commissioner cautioned.\n'),
    'trinidad': (
        "PORT OF SPAIN, Trinidad — The Opposition Leader has called on the Prime "
        "Minister to explain the contract.\n\n"
        "Speaking at a political meeting in Couva on Monday night, Kamla Rampersad said "
        "the population deserved to know who benefited.\n"),
    'afp': (
        "Thousands of people marched through the capital on Sunday to demand early "
        "elections, AFP journalists saw.\n\n"
        '"We have had enough," said Marie Kouassi, a 34-year-old teacher.\n\n'
        "Police said 12 people had been arrested.\n"),
    'reuters-biz': (
        "Brennick Motors said on Tuesday it would cut 3,000 jobs in Europe, as it "
        "struggles with weak demand for its electric cars.\n\n"
        '"These are difficult but necessary decisions," the company said in a '
        "statement.\n\n"
        "Analysts said the cuts were smaller than expected. Shares rose 2%.\n"),
    'dpa': (
        "BERLIN (dpa) - German Economy Minister Katrin Vogel on Monday called for lower "
        "energy prices for industry.\n\n"
        '"Our factories cannot compete with these costs," Vogel told the newspaper '
        "Handelsblatt.\n"),
    'ap-sports': (
        "Lena Hartmann scored twice as Rosstal beat Ebersfeld 3-1 on Saturday.\n\n"
        '"I just tried to be in the right place," Hartmann said.\n\n'
        "Ebersfeld coach Marco Deluca said his side had been second best. \"We didn't "
        'defend well enough," he said.\n'),
    'cricket': (
        "Skipper Rohan Fernando hailed his bowlers after Sri Lanka bowled out the "
        "visitors for 143.\n\n"
        '"The boys were brilliant today. The plan was to bowl tight and it worked," '
        "said Fernando at the post-match presentation.\n"),
    'rugby': (
        "All Blacks coach Wayne Tipene says his side will learn from the loss.\n\n"
        '"We were beaten by a better team on the day," Tipene says.\n'),
    'court-jury': (
        "A man accused of murdering his neighbour told police he had acted in "
        "self-defence, a jury heard.\n\n"
        "Prosecutor Helen Marsh said the defendant had stabbed Mr Collins six times.\n\n"
        "The judge told the jury they must put aside any sympathy they felt.\n\n"
        "A witness said she heard shouting shortly before midnight.\n"),
    'dash-quote': (
        "Residents of Moyvalley gathered outside the closed post office on Friday.\n\n"
        "– It is a disgrace, said Mary Healy, who has lived in the village for 50 "
        "years.\n"),
    'title-after': (
        "The hospital will open in June, Ms Ruiz, the minister for health, said on "
        "Monday.\n\n"
        "Ms Ruiz, the minister for health, said the wards were ready.\n"),
    'adding-lead': (
        "The new line would be finished by 2027, said Thomas Okello, the transport "
        "minister, adding that the cost had risen by a fifth.\n"),
    'long-appos': (
        "Dr Anil Kumar, a senior consultant at the Lakeside hospital who has treated "
        "dozens of the victims over the past week, said the outbreak was under "
        "control.\n"),
    'byline': (
        "By Nomsa Khumalo\n\n"
        "DURBAN - Port operations were disrupted for a second day on Wednesday, "
        "Transnet said.\n\n"
        "Union official Bheki Zulu said workers would not return until their demands "
        "were met.\n"),
    'analysts': (
        "Harrow Bank's profit fell 8 percent in the third quarter, the lender said on "
        "Thursday.\n\n"
        '"The environment remains challenging," Chief Executive Priya Menon said on a '
        "call with analysts.\n\n"
        "Analysts at Deloran Securities said the results were in line with forecasts.\n"),
    'according': (
        "According to the Meteorological Department, heavy rain is expected over the "
        "weekend.\n\n"
        "Fisherfolk have been advised not to venture out to sea, the department said.\n"),
    'adding2': (
        "Fees at state universities will stay frozen next year, said Grace Mensah, the "
        "education minister, adding that lecturers would get a pay rise.\n\n"
        "Water supply will be restored by Friday, Ms Tan, the utility's chief "
        "executive, said, adding that tankers had been sent to the worst-hit estates.\n\n"
        "The talks had broken down, said Mr Ali, a union leader, who added that a "
        "strike was likely.\n"),
    'postnominal': (
        "The Conservative candidate, Rhodri Evans MS, said the by-election was wide "
        "open.\n\n"
        "Sir James Ward KC, for the defence, told the jury his client had been in Leeds "
        "that night.\n\n"
        "Dr Amina Yusuf MP said the bill would protect renters.\n"),
    'jury2': (
        "The defendant told officers he had never met the victim, the court heard.\n\n"
        "Jurors were told the victim had been found in a field.\n\n"
        "Giving evidence, Sarah Bell said she had seen a blue car leave at speed.\n"),
    'commissioner2': (
        "Police Commissioner Major General Delroy Henry has ordered a review.\n\n"
        '"We will get to the bottom of this," the commissioner said.\n\n'
        "Army chief Lieutenant General Ivan Prado said troops were ready.\n\n"
        '"We stand by," the general said.\n'),
    'assured': (
        "The attorney general assured the bench that the reply would be filed within "
        "three days.\n\n"
        "The minister assured the house that no one would lose their job.\n\n"
        "The company assured customers that their data was safe.\n"),
}

EXPECTED: list[tuple] = [
    ("irish", "the man, aged in his", "indirect", "A Garda spokesman", None),
    ("irish", "the road had been a", "indirect", "Local councillor Siobhán Ní Bhriain",
     "Siobhán Ní Bhriain"),
    ("irish", "We have been asking for", "direct", "she", "Siobhán Ní Bhriain"),
    ("irish-dail", "the Government will not be", "indirect", "Mícheál Ó Dónaill",
     "Mícheál Ó Dónaill"),
    ("irish-dail", "the HSE needed more time", "indirect", "Mr Ó Dónaill", "Mícheál Ó Dónaill"),
    ("irish-dail", "an insult to the people", "mixed", "Sinn Féin TD Aoife Brennan",
     "Aoife Brennan"),
    ("scottish", "Plans to close three rural", "indirect", "council bosses", None),
    ("scottish", "We have listened to parents", "direct", "Councillor Morag Kerr", "Morag Kerr"),
    ("scottish", "families were relieved but wary", "indirect",
     "Parent council chairwoman Isla Duncan", "Isla Duncan"),
    ("welsh", "the new bus franchising model", "indirect", "A Welsh Government spokesperson",
     None),
    ("welsh", "long overdue", "mixed", "Transport Minister Gethin Pryce", "Gethin Pryce"),
    # "Eluned Rhys MS": a Senedd member's letters, no part of her name (was "Plaid Cymru's
    # transport spokesperson", named by no one)
    ("welsh", "passengers in the north had", "indirect", "Eluned Rhys", "Eluned Rhys"),
    ("nz", "The Government will spend $40", "indirect", "Communications Minister Hemi Walker",
     "Hemi Walker"),
    ("nz", "Too many families in the", "direct", "Walker", "Hemi Walker"),
    ("sa-court", "the accused had shown no", "indirect", "Judge Thabo Mokoena", "Thabo Mokoena"),
    ("sa-court", "the sentence sent a clear", "indirect", "NPA spokesperson Lumka Ndlovu",
     "Lumka Ndlovu"),
    ("kenya-court", "the prosecution had not shown", "indirect",
     "Chief Magistrate Esther Wanjiru", "Esther Wanjiru"),
    ("ghana-business", "Cocoa farmers will receive a", "indirect", "the Ghana Cocoa Board",
     "Ghana Cocoa Board"),
    ("ghana-business", "the increase reflected world market", "indirect",
     "Mr Kofi Asante-Mensah", "Kofi Asante-Mensah"),
    ("ghana-business", "Our farmers deserve a fair", "direct", "he", "Kofi Asante-Mensah"),
    ("pakistan-court", "the government had failed to", "indirect",
     "Chief Justice Tariq Mehmood Khan", "Tariq Mehmood Khan"),
    # "assured the bench that A": the bench is told, A is the statement (was none)
    ("pakistan-court", "the reply would be filed", "indirect", "The attorney general", None),
    ("bangladesh", "load shedding would end before", "indirect",
     "State Minister for Power Nasrul Islam", "Nasrul Islam"),
    ("bangladesh", "We have added 2,000 megawatts", "direct", "he", "Nasrul Islam"),
    ("sri-lanka", "Sri Lanka's fuel prices will", "indirect", "Energy Minister Kanchana Perera",
     "Kanchana Perera"),
    ("sri-lanka", "the revision would be based", "indirect", "Minister Perera",
     "Kanchana Perera"),
    ("sri-lanka", "the formula hurt the poor", "indirect", "Opposition MP Harsha Silva",
     "Harsha Silva"),
    ("malaysia-bernama", "The government will not raise", "indirect",
     "Human Resources Minister Steven Sim", "Steven Sim"),
    ("malaysia-bernama", "the matter required further study", "indirect", "He", "Steven Sim"),
    ("singapore-court", "Tan Boon Keng had forged", "indirect",
     "Deputy Public Prosecutor Gail Wong", "Gail Wong"),
    ("singapore-court", "Tan had been under heavy", "indirect", "his lawyer", None),
    ("philippine-palace", "it would leave the matter", "indirect", "Malacañang", None),
    ("philippine-palace", "We respect the independence of", "direct",
     "Palace Press Officer Claire Castillo", "Claire Castillo"),
    ("philippine-palace", "the public deserved answers", "indirect",
     "Senate Minority Leader Koko Villar", "Koko Villar"),
    ("jamaica", "crime is down 12 per", "indirect",
     "Police Commissioner Major General Delroy Henry", "Delroy Henry"),
    ("jamaica", "the force would deploy more", "indirect", "Henry", "Delroy Henry"),
    # "the commissioner" after "Police Commissioner Major General X": X (was no one)
    ("jamaica", "We are not declaring victory", "direct", "the commissioner", "Delroy Henry"),
    ("trinidad", "the population deserved to know", "indirect", "Kamla Rampersad",
     "Kamla Rampersad"),
    ("afp", "Thousands of people marched", None, None, None),
    ("afp", "We have had enough", "direct", "Marie Kouassi", "Marie Kouassi"),
    ("afp", "12 people had been arrested", "indirect", "Police", None),
    ("reuters-biz", "it would cut 3,000 jobs", "indirect", "Brennick Motors", "Brennick Motors"),
    ("reuters-biz", "These are difficult but necessary", "direct", "the company",
     "Brennick Motors"),
    ("reuters-biz", "the cuts were smaller than", "indirect", "Analysts", None),
    ("dpa", "lower energy prices for industry", "indirect",
     "German Economy Minister Katrin Vogel", "Katrin Vogel"),
    ("dpa", "Our factories cannot compete with", "direct", "Vogel", "Katrin Vogel"),
    ("ap-sports", "I just tried to be", "direct", "Hartmann", "Lena Hartmann"),
    ("ap-sports", "his side had been second", "indirect", "Ebersfeld coach Marco Deluca",
     "Marco Deluca"),
    ("ap-sports", "We didn't defend well enough", "direct", "he", "Marco Deluca"),
    ("cricket", "The boys were brilliant today.", "direct", "Fernando", "Rohan Fernando"),
    ("rugby", "his side will learn from", "indirect", "All Blacks coach Wayne Tipene",
     "Wayne Tipene"),
    ("rugby", "We were beaten by a", "direct", "Tipene", "Wayne Tipene"),
    # "A man accused of murdering his neighbour told police A, a jury heard": the man
    # speaks (was no statement), and A ends before the jury heard it
    ("court-jury", "he had acted in self-defence", "indirect", "A man", None),
    ("court-jury", "a jury heard", None, None, None),
    ("court-jury", "the defendant had stabbed Mr", "indirect", "Prosecutor Helen Marsh",
     "Helen Marsh"),
    ("court-jury", "they must put aside any", "indirect", "The judge", None),
    ("court-jury", "she heard shouting shortly before", "indirect", "A witness", None),
    ("dash-quote", "It is a disgrace", "direct", "Mary Healy", "Mary Healy"),
    ("title-after", "The hospital will open in", "indirect", "Ms Ruiz", "Ruiz"),
    ("title-after", "the wards were ready", "indirect", "Ms Ruiz", "Ruiz"),
    ("adding-lead", "The new line would be", "indirect", "Thomas Okello", "Thomas Okello"),
    # "A, said X, the transport minister, adding that B": B is X's (was "The new line")
    ("adding-lead", "the cost had risen by", "indirect", "Thomas Okello", "Thomas Okello"),
    ("long-appos", "the outbreak was under control", "indirect", "Dr Anil Kumar", "Anil Kumar"),
    ("byline", "Nomsa Khumalo", None, None, None),
    ("byline", "Port operations were disrupted for", "indirect", "Transnet", "Transnet"),
    ("byline", "workers would not return until", "indirect", "Union official Bheki Zulu",
     "Bheki Zulu"),
    ("analysts", "Harrow Bank's profit fell 8", "indirect", "the lender", "Harrow Bank"),
    ("analysts", "The environment remains challenging", "direct", "Chief Executive Priya Menon",
     "Priya Menon"),
    ("analysts", "the results were in line", "indirect", "Analysts at Deloran Securities", None),
    ("according", "heavy rain is expected over", "indirect", "the Meteorological Department",
     "Meteorological Department"),
    ("according", "Fisherfolk have been advised not", "indirect", "the department",
     "Meteorological Department"),
    ("adding2", "Fees at state universities will", "indirect", "Grace Mensah", "Grace Mensah"),
    # the same after "said X, the education minister," (was "Fees")
    ("adding2", "lecturers would get a pay", "indirect", "Grace Mensah", "Grace Mensah"),
    ("adding2", "Water supply will be restored", "indirect", "Ms Tan", "Tan"),
    ("adding2", "tankers had been sent to", "indirect", "Ms Tan", "Tan"),
    ("adding2", "The talks had broken down", "indirect", "Mr Ali", "Ali"),
    ("adding2", "a strike was likely", "indirect", "who", "Ali"),
    # (was "The Conservative candidate", no one named)
    ("postnominal", "the by-election was wide open", "indirect", "Rhodri Evans", "Rhodri Evans"),
    ("postnominal", "his client had been in", "indirect", "Sir James Ward KC", "James Ward"),
    ("postnominal", "the bill would protect renters", "indirect", "Dr Amina Yusuf MP",
     "Amina Yusuf"),
    # "A, the court heard": the court's hearing is the writer's (was in the statement)
    ("jury2", "he had never met the", "indirect", "The defendant", None),
    ("jury2", "the court heard", None, None, None),
    ("jury2", "she had seen a blue", "indirect", "Sarah Bell", "Sarah Bell"),
    ("commissioner2", "We will get to the", "direct", "the commissioner", "Delroy Henry"),
    ("commissioner2", "troops were ready", "indirect",
     "Army chief Lieutenant General Ivan Prado", "Ivan Prado"),
    ("commissioner2", "We stand by", "direct", "the general", "Ivan Prado"),
    ("assured", "the reply would be filed", "indirect", "The attorney general", None),
    ("assured", "no one would lose their", "indirect", "The minister", None),
    ("assured", "their data was safe", "indirect", "The company", None),
]

NOT_YET: dict[tuple[str, str], str] = {}

test_attribution = attribution_test(ARTICLES, EXPECTED, NOT_YET)


test_attribution_on_the_parsed_path = attribution_test(ARTICLES, EXPECTED, NOT_YET, parsed=True)



@pytest.mark.parametrize("text, name", [
    ("Fees will stay frozen, said Grace Mensah, the education minister, adding that "
     "lecturers would get a pay rise.\n", "Grace Mensah"),
    ("The line will open in 2027, said Thomas Okello, the minister, adding that the cost "
     "had risen.\n", "Thomas Okello"),
    ("\"The line will open in 2027,\" said Thomas Okello, the minister, adding that the "
     "cost had risen.\n", "Thomas Okello"),
    ("The bill is flawed, says Tom Reed, a backbench MP for Orley, adding that it would "
     "be amended.\n", "Tom Reed"),
])
def test_an_inverted_said_with_a_role_after_the_name_lends_the_name_to_the_participle(
        text, name):
    """ "A, said X, the transport minister, adding that B" (wire copy and Commonwealth
    papers): B is X's too, as it is without the role, on both paths."""
    for rows in both_paths(text):
        assert [r[3] for r in rows] == [name, name], rows


def test_a_role_after_a_name_no_said_frames_lends_it_nothing():
    """ "Mayor X met Y, the transport minister, adding that B": no inverted "said" before
    Y, so B stays with the clause's subject."""
    text = ("Mayor Ann Cole met Tom Reed, the transport minister, adding that the road "
            "would open in May.\n")
    for rows in both_paths(text):
        assert [r[3] for r in rows] == ["Ann Cole"], rows


def test_an_inverted_said_with_a_role_on_a_hand_parsed_document():
    """On a parse, the apposition's name is the participle's subject as well."""
    text = ("The new line would be finished by 2027, said Thomas Okello, the transport "
            "minister, adding that the cost had risen.\n")
    spec = ("The/DET/3/det new/ADJ/3/amod line/NOUN/6/nsubj:pass would/AUX/6/aux "
            "be/AUX/6/aux:pass finished/VERB/10/ccomp by/ADP/8/case 2027/NUM/6/obl "
            ",/PUNCT/10/punct said/VERB/0/root Thomas/PROPN/10/nsubj/B-PERSON "
            "Okello/PROPN/11/flat/E-PERSON ,/PUNCT/16/punct the/DET/16/det "
            "transport/NOUN/16/compound minister/NOUN/11/appos ,/PUNCT/18/punct "
            "adding/VERB/10/advcl that/SCONJ/23/mark the/DET/21/det cost/NOUN/23/nsubj "
            "had/AUX/23/aux risen/VERB/18/ccomp ./PUNCT/10/punct")
    lemmas = {"said": "say", "adding": "add", "had": "have", "risen": "rise",
              "finished": "finish"}
    doc = quotetrack.from_conllu(text, conllu(text, [spec_rows(spec, lemmas)]))
    rows = [(q.text, q.speaker.name if q.speaker else None)
            for q in quotetrack.attribute_document(doc).quotes]
    assert ("the cost had risen", "Thomas Okello") in rows, rows


@pytest.mark.parametrize("text, name", [
    ("The candidate, Rhodri Evans MS, said the race was open.\n", "Rhodri Evans"),
    ("Lawyer Femi Adeyemi SAN said the ruling was wrong.\n", "Femi Adeyemi"),
    ("Michael Byrne SC, for the State, told the jury the killing was planned.\n",
     "Michael Byrne"),
    ("The bill is flawed, said Tom Reed MPP.\n", "Tom Reed"),
])
def test_post_nominal_letters_of_commonwealth_news_are_no_part_of_the_name(text, name):
    """A Senedd member's "MS", Ontario's "MPP", Senior Counsel's "SC", a Senior Advocate of
    Nigeria's "SAN" after a name: the person speaks, the letters are no name of theirs."""
    assert (name, "PERSON") in entities(text)
    for rows in both_paths(text):
        assert [r[3] for r in rows] == [name], rows


@pytest.mark.parametrize("verb", ["assured", "warned", "reminded"])
@pytest.mark.parametrize("body", ["the bench", "the house", "the nation", "parliament"])
def test_a_singular_body_told_before_that_is_no_part_of_the_statement(verb, body):
    """ "The attorney general assured the bench that A", "The minister reminded the house
    that A": the body told is no part of A, as a plural one ("reminded viewers that A") was
    not."""
    text = f"The minister {verb} {body} that the reply would be filed soon.\n"
    for rows in both_paths(text):
        assert [(r[0], r[2]) for r in rows] == \
            [("the reply would be filed soon", "The minister")], rows


@pytest.mark.parametrize("text, statement", [
    ("The defendant told officers he had never met the victim, the court heard.\n",
     "he had never met the victim"),
    ("Mr Kelly said he had been at home all evening, the jury heard.\n",
     "he had been at home all evening"),
    ("Brown told police he had acted in self-defence, the inquest was told.\n",
     "he had acted in self-defence"),
    ("Brown said he had acted in self-defence, a jury at the Old Bailey heard.\n",
     "he had acted in self-defence"),
])
def test_the_court_heard_closing_a_sentence_ends_the_statement(text, statement):
    """A court report's closing "the court heard", "the inquest was told": where the words
    were said, the writer's, no part of them."""
    for rows in both_paths(text):
        assert [r[0] for r in rows] == [statement], rows


def test_a_relative_clause_that_heard_stays_in_the_statement():
    """ "A, the ones the neighbours heard": a relative clause on the statement's last noun
    is left in it."""
    text = "Brown said he left before the shots, the ones the neighbours heard.\n"
    for rows in both_paths(text):
        assert [r[0] for r in rows] == ["he left before the shots, the ones the neighbours "
                                        "heard"], rows


@pytest.mark.parametrize("text, mention", [
    ("A man accused of murder said he had acted in self-defence.\n", "A man"),
    ("The woman charged with fraud said she had been tricked.\n", "The woman"),
    ("A woman charged with fraud told the court she had been tricked.\n", "A woman"),
    ("Residents accused of blocking the road said they had been provoked.\n", "Residents"),
    ("The minister accused of lying said the claims were false.\n", "The minister"),
])
def test_a_cue_passive_after_a_noun_modifies_it(text, mention):
    """ "A man accused of murder said A", "a woman charged with fraud told the court A"
    (court reports): the cue's passive with its preposition modifies the noun, which
    speaks."""
    for rows in both_paths(text):
        assert [r[2] for r in rows] == [mention], rows


@pytest.mark.parametrize("text, rows_expected", [
    ("Critics accused the minister of lying and said the claims were true.\n",
     ["Critics", "Critics"]),
    ("The union charged that the firm had lied.\n", ["The union"]),
])
def test_an_active_cue_keeps_its_subject(text, rows_expected):
    """ "X accused Y of A", "X charged that A": the cue is active, X its speaker."""
    for rows in both_paths(text):
        assert [r[2] for r in rows] == rows_expected, rows


def test_a_cue_passive_on_a_hand_parsed_document():
    """On a parse, the noun that the passive modifies is the subject, as before."""
    text = "A man accused of murder said he had acted in self-defence.\n"
    spec = ("A/DET/2/det man/NOUN/6/nsubj accused/VERB/2/acl of/ADP/5/case "
            "murder/NOUN/3/obl said/VERB/0/root he/PRON/9/nsubj had/AUX/9/aux "
            "acted/VERB/6/ccomp in/ADP/11/case self-defence/NOUN/9/obl ./PUNCT/6/punct")
    lemmas = {"said": "say", "accused": "accuse", "had": "have", "acted": "act"}
    doc = quotetrack.from_conllu(text, conllu(text, [spec_rows(spec, lemmas)]))
    rows = [(q.text, q.speaker_mention.text if q.speaker_mention else None)
            for q in quotetrack.attribute_document(doc).quotes]
    assert rows == [("he had acted in self-defence", "A man")], rows


@pytest.mark.parametrize("office, rank, role", [
    ("Police Commissioner", "Major General", "commissioner"),
    ("Police Commissioner", "Maj. Gen.", "commissioner"),
    ("Army chief", "Gen.", "army chief"),
    ("Army chief", "Lieutenant General", "army chief"),
])
def test_an_office_before_a_rank_is_the_persons_title(office, rank, role):
    """ "Police Commissioner Major General Delroy Henry ... the commissioner said": the
    office before the rank is his title too (Caribbean, African, South Asian papers)."""
    text = (f"{office} {rank} Delroy Henry opened the station.\n\n"
            f"\"This is a great day,\" the {role} said.\n")
    for rows in both_paths(text):
        assert [r[3] for r in rows] == ["Delroy Henry"], rows


def test_a_former_office_before_a_rank_is_no_title_now():
    """ "Former President General Ali Khan": a later "the president" is not Khan."""
    text = ("Former President General Ali Khan spoke on Monday.\n\n"
            "\"We are ready,\" the president said.\n")
    for rows in both_paths(text):
        assert [r[3] for r in rows] != ["Ali Khan"], rows


@pytest.mark.parametrize("text, mention", [
    ("A man arrested after the raid said he had acted alone.\n", "A man"),
    ("A nurse interviewed after the fire said the alarms had failed.\n", "A nurse"),
    ("One woman rescued after the quake said she had prayed for hours.\n", "One woman"),
])
def test_a_person_a_participle_done_to_them_and_an_event_the_person_speaks(text, mention):
    """ "A man arrested after the raid said A" (police, court and disaster reports): the
    raid closes the participle's phrase on the man, who speaks (was "the raid")."""
    for rows in both_paths(text):
        assert [r[2] for r in rows] == [mention], rows


@pytest.mark.parametrize("text, mention", [
    ("The minister resigned after the inquiry said he had lied.\n", "the inquiry"),
    ("Crowds gathered after the mayor said the plant would close.\n", "the mayor"),
    ("Prices fell after the report said demand was weak.\n", "the report"),
])
def test_an_intransitive_verb_before_after_leaves_the_later_subject(text, mention):
    """ "The minister resigned after the inquiry said A": the verb is the minister's own,
    and the inquiry says A."""
    for rows in both_paths(text):
        assert [r[2] for r in rows] == [mention], rows
