"""US political news of kinds the earlier style waves did not try, read by the model-free
default path: state and local politics (a governor's veto message, a statehouse floor
debate "said on the House floor", a mayor's budget address, a county commissioner, a city
council vote, a state attorney general's lawsuit "the complaint alleges"), Congress (a
committee markup, "said in a floor speech", "in prepared remarks", "according to a
readout", a whip count with "aides said" and "a GOP leadership aide", a letter of 40
lawmakers "the lawmakers wrote", the Congressional Budget Office "estimated"), campaign
finance and FEC filings, a fundraising email ("the email read"), a politician's op-ed in
the first person with "writes X" in the standfirst, foreign governments on US politics
("the Kremlin said", "a Chinese foreign ministry spokesman, X, told a daily briefing"),
court rulings on election law ("wrote Judge X", "in a 5-4 ruling", "the dissent
argued"), an inspector general's report, a governor's race profile naming a candidate by
surname alone, a running mate announcement and primary-night voters with ages and towns
("said Jane Doe, 54, a retired teacher from Ames"): a seventeenth wave, h57-pl2 in the
twenty-seventh round.

Every article here was written for the test, with invented people and places (and a few
public figures given invented words), before the library was run on it, and is read by the
model-free default path. Each expected attribution is one case of
``findings.attribution_test``, whose docstring tells the table's format.
"""

from findings import attribution_test, entities, quote_rows

import quotetrack

ARTICLES: dict[str, str] = {
    "veto-message": (
        "COLUMBUS, Ohio - Gov. Mike DeWine vetoed a bill on Friday that would have barred "
        "cities from taxing plastic bags.\n\n"
        "\"This bill takes away the right of local communities to govern themselves,\" "
        "DeWine wrote in his veto message.\n\n"
        "The bill's sponsor, state Sen. Carla Wendt, said she would ask lawmakers to "
        "override the veto.\n"),
    "house-floor": (
        "The Texas House debated the property tax bill for nine hours on Tuesday.\n\n"
        "\"We are asking homeowners to pay for a problem they did not create,\" state Rep. "
        "Luis Ortega said on the House floor.\n\n"
        "Rep. Dana Pruitt, a Republican from Tyler, said the bill would cut taxes for "
        "every family in the state.\n"),
    "senate-floor-speech": (
        "Senate Majority Leader Chuck Schumer said in a floor speech on Monday that the "
        "chamber would vote on the border bill this week.\n\n"
        "\"Republicans asked for this bill. Now they must decide whether they want it,\" "
        "Schumer said.\n\n"
        "Senate Minority Leader Mitch McConnell did not say how he would vote.\n"),
    "budget-address": (
        "Mayor Alicia Brandt presented a $4.2 billion budget on Wednesday that adds 200 "
        "police officers and freezes property taxes.\n\n"
        "\"This is a budget that keeps our promises,\" Brandt said in her annual budget "
        "address to the City Council.\n\n"
        "Council President Ray Okafor said the council would hold hearings in May.\n"),
    "county-commissioner": (
        "The Maricopa County Board of Supervisors voted 4-1 to certify the election "
        "results.\n\n"
        "\"The votes have been counted, and they have been counted correctly,\" said "
        "Supervisor Tom Galvin, the board's chairman.\n\n"
        "Supervisor Dale Hutch, who cast the lone no vote, said he had heard from too many "
        "voters with concerns.\n"),
    "council-vote": (
        "The Oakdale City Council voted 7-2 on Tuesday night to ban camping in public "
        "parks.\n\n"
        "Councilmember Tasha Greene, who voted against the ban, said it would push people "
        "into the streets. \"We are criminalizing poverty,\" she said.\n\n"
        "Councilman Bill Harper said residents wanted their parks back.\n"),
    "ag-lawsuit": (
        "California Attorney General Rob Bonta sued a Texas company on Thursday, accusing "
        "it of sending deceptive texts to voters.\n\n"
        "The complaint alleges that the company sent more than two million messages "
        "telling voters their polling places had moved.\n\n"
        "\"Lying to voters is not free speech,\" Bonta said at a news conference in "
        "Sacramento.\n"),
    "markup": (
        "The House Ways and Means Committee advanced the tax package on a party-line vote "
        "after a 14-hour markup.\n\n"
        "\"This bill puts money back in the pockets of working families,\" said Rep. Jason "
        "Smith, the Missouri Republican who chairs the committee.\n\n"
        "Rep. Richard Neal, the panel's top Democrat, said the bill was a giveaway to the "
        "wealthy.\n"),
    "prepared-remarks": (
        "Treasury Secretary Janet Yellen warned on Monday that the country could default "
        "by early June.\n\n"
        "\"The cost of inaction would be catastrophic,\" Yellen said in prepared remarks "
        "to a business group in Chicago.\n\n"
        "She added that she had spoken to congressional leaders over the weekend.\n"),
    "readout": (
        "President Biden spoke with Mexican President Claudia Sheinbaum on Tuesday about "
        "migration and fentanyl.\n\n"
        "The two leaders agreed to expand joint patrols at the border, according to a "
        "readout from the White House.\n\n"
        "Sheinbaum said on social media that the call had been \"cordial and "
        "productive.\"\n"),
    "whip-count": (
        "House Republican leaders are struggling to find the votes to pass the spending "
        "bill, aides said.\n\n"
        "As many as 15 Republicans are prepared to vote no, a GOP leadership aide said, "
        "speaking on condition of anonymity to discuss internal counts.\n\n"
        "\"We are not there yet,\" Rep. Tom Emmer, the majority whip, told reporters.\n"),
    "lawmakers-letter": (
        "Forty House Democrats urged the Education Department on Monday to cancel a rule "
        "on student loans.\n\n"
        "\"This rule will push thousands of borrowers into default,\" the lawmakers wrote "
        "in a letter to Education Secretary Miguel Cardona.\n\n"
        "The letter was led by Rep. Pramila Jayapal of Washington.\n"),
    "cbo": (
        "The Congressional Budget Office estimated on Wednesday that the bill would add "
        "$1.7 trillion to deficits over a decade.\n\n"
        "Sen. Lindsey Graham said the estimate was wrong. \"CBO has never once gotten "
        "this right,\" Graham said.\n"),
    "fec-filing": (
        "Sen. Jon Tester raised $8.1 million in the third quarter, according to filings "
        "with the Federal Election Commission.\n\n"
        "His campaign said in a statement that more than 90 percent of the donations were "
        "under $100.\n\n"
        "His Republican opponent, Tim Sheehy, reported raising $5.3 million.\n"),
    "fundraising-email": (
        "The Trump campaign sent supporters a fundraising email hours after the verdict.\n\n"
        "\"They are coming after me because I am fighting for you,\" the email read.\n\n"
        "A spokesman for the campaign, Steven Cheung, said the campaign had raised $34 "
        "million in a day.\n"),
    "op-ed": (
        "Washington is failing rural America, writes Sen. Amy Klobuchar.\n\n"
        "I grew up in a town where the nearest hospital was an hour away. Today that "
        "hospital is closed.\n\n"
        "\"We just drive and hope,\" a farmer in Pipestone told me last month.\n"),
    "kremlin": (
        "The Kremlin said on Thursday that it did not expect relations with Washington to "
        "improve after the election.\n\n"
        "\"We have no illusions,\" Kremlin spokesman Dmitry Peskov told reporters.\n\n"
        "The State Department declined to comment.\n"),
    "china-briefing": (
        "China warned the United States against interfering in Taiwan after the House "
        "passed an arms package.\n\n"
        "A Chinese foreign ministry spokesman, Lin Jian, told a daily briefing that the "
        "bill sent \"a seriously wrong signal.\"\n\n"
        "\"China will take resolute measures,\" Lin said.\n"),
    "court-ruling": (
        "A federal judge struck down Georgia's new rule on ballot drop boxes on Friday.\n\n"
        "\"The state has offered no evidence that the boxes were ever misused,\" wrote "
        "Judge Eleanor Ross of the Northern District of Georgia.\n\n"
        "Georgia Secretary of State Brad Raffensperger said the state would appeal.\n"),
    "supreme-court": (
        "In a 5-4 ruling, the Supreme Court on Thursday upheld Alabama's congressional "
        "map.\n\n"
        "Chief Justice John Roberts, writing for the majority, said the lower court had "
        "misread the law.\n\n"
        "The dissent argued that the ruling would make it harder for Black voters to elect "
        "their candidates.\n\n"
        "\"Today the court turns its back on the Voting Rights Act,\" Justice Sonia "
        "Sotomayor wrote in dissent.\n"),
    "inspector-general": (
        "The Justice Department's inspector general found that the FBI had mishandled "
        "tips about the shooter.\n\n"
        "\"The bureau failed to follow its own procedures,\" the report said.\n\n"
        "Inspector General Michael Horowitz said his office had made 12 recommendations.\n"),
    "governor-race": (
        "Jennifer Lindqvist has spent two decades in the state legislature. Now she wants "
        "to be governor.\n\n"
        "\"I know how this building works, and I know how to fix it,\" Lindqvist said at a "
        "diner in Duluth.\n\n"
        "Her rival, businessman Kurt Halvorsen, has never held office. Halvorsen said the "
        "state needed an outsider.\n\n"
        "\"Career politicians got us here,\" Halvorsen told supporters.\n"),
    "running-mate": (
        "Gov. Tim Walz of Minnesota will be Kamala Harris's running mate, the campaign "
        "announced on Tuesday.\n\n"
        "\"Tim is the kind of leader I want by my side,\" Harris said in a statement.\n\n"
        "Walz said he was honored. \"Let's go win this thing,\" he wrote on social "
        "media.\n"),
    "primary-voters": (
        "Voters in Iowa's Democratic primary turned out in large numbers on Tuesday.\n\n"
        "\"I want someone who can win in November,\" said Jane Doe, 54, a retired teacher "
        "from Ames.\n\n"
        "Mark Stevens, 31, a nurse from Cedar Rapids, said he voted on health care.\n\n"
        "\"Nobody is talking about farmers,\" said Ruth Olsen, 72, of Boone.\n"),
    "primary-night": (
        "Rep. Elise Stefanik won her primary easily on Tuesday night.\n\n"
        "\"The people of the North Country have spoken,\" Stefanik told supporters at a "
        "hotel in Saratoga Springs.\n\n"
        "Her challenger, Paul Hebert, conceded in a brief statement.\n"),
    "floor-debate-state": (
        "The Florida Senate passed the bill 27-12 after a heated debate.\n\n"
        "\"This is about protecting children,\" said state Sen. Clay Yarborough, a "
        "Jacksonville Republican who sponsored the bill.\n\n"
        "State Sen. Lori Berman, a Democrat from Boca Raton, called the bill "
        "\"government overreach at its worst.\"\n"),
    "ag-multistate": (
        "A coalition of 18 Republican attorneys general filed suit on Monday to block the "
        "rule.\n\n"
        "The lawsuit argues that the agency exceeded its authority under the Clean Air "
        "Act.\n\n"
        "\"Washington bureaucrats do not get to rewrite the law,\" Missouri Attorney "
        "General Andrew Bailey said.\n"),
    "committee-hearing": (
        "Sen. Elizabeth Warren pressed the bank's chief executive at a Banking Committee "
        "hearing on Tuesday.\n\n"
        "\"Did you know about the fake accounts or not?\" Warren asked.\n\n"
        "\"I did not,\" the executive, Charles Scharf, replied.\n"),
    "spokesperson-state": (
        "Gov. Kathy Hochul signed the budget late Saturday, three weeks after the "
        "deadline.\n\n"
        "Hochul's spokesman, Avi Small, said the delay had been worth it.\n\n"
        "Assembly Speaker Carl Heastie said the Assembly had won major changes.\n"),
    "ig-report-2": (
        "The Pentagon's inspector general concluded that the department could not account "
        "for $2 billion in equipment sent abroad.\n\n"
        "According to the report, officials did not track the equipment after it left the "
        "country.\n\n"
        "A Defense Department spokesman said the department accepted the findings.\n"),
    "super-pac": (
        "A super PAC backing Gov. Ron DeSantis spent $12 million on ads in Iowa last "
        "month, according to a filing.\n\n"
        "The group's chief executive, Chris Jankowski, said the money was well spent. "
        "\"We are building the biggest ground game in the state,\" he said.\n"),
    "budget-cuts-mayor": (
        "Mayor Eric Adams said on Thursday that the city would cut library hours to close "
        "a budget gap.\n\n"
        "\"Nobody wants to do this,\" Adams said. \"But the migrant crisis has left us no "
        "choice.\"\n\n"
        "City Comptroller Brad Lander said the cuts were unnecessary.\n"),
    "statehouse-reporters": (
        "Lawmakers in Wisconsin ended their session without passing a child care bill.\n\n"
        "Assembly Speaker Robin Vos told reporters that the governor had refused to "
        "negotiate.\n\n"
        "Gov. Tony Evers said Vos was not telling the truth. \"I called him three times,\" "
        "Evers said.\n"),
    "iran-reaction": (
        "Iran's foreign ministry dismissed the new sanctions announced by Washington on "
        "Friday.\n\n"
        "The sanctions \"will have no effect on our policies,\" ministry spokesman Nasser "
        "Kanani said in a statement.\n"),
    "voting-rights-judge": (
        "A federal appeals court on Monday reinstated North Carolina's voter ID law.\n\n"
        "\"The legislature acted within its powers,\" Judge Allison Rushing wrote for a "
        "divided panel.\n\n"
        "In dissent, Judge James Wynn said the law would burden Black voters.\n"),
    "op-ed-2": (
        "Our schools need more than thoughts and prayers, writes Gov. Gretchen Whitmer.\n\n"
        "I have visited more than 100 schools since I took office. Teachers tell me the "
        "same thing everywhere.\n\n"
        "\"We need counselors, not speeches,\" one teacher in Flint told me.\n"),
    "fec-complaint": (
        "A watchdog group filed a complaint with the Federal Election Commission on "
        "Wednesday, alleging that Rep. George Santos had used campaign funds for personal "
        "expenses.\n\n"
        "\"The evidence is overwhelming,\" said Kedric Payne, the group's general "
        "counsel.\n\n"
        "A lawyer for Santos, Joseph Murray, said the complaint was baseless.\n"),
    "city-manager": (
        "The city manager of Alderton, Paula Greer, recommended on Monday that the city "
        "raise water rates by 9 percent.\n\n"
        "Greer said the increase would pay for new pipes. \"Our pipes are older than most "
        "of our residents,\" she said.\n\n"
        "Commissioner Leon Marsh said he would not vote for any increase this year.\n"),
    "leadership-aide": (
        "Senate Democrats are weighing a rules change to pass the voting bill, according "
        "to two people familiar with the talks.\n\n"
        "\"Everything is on the table,\" a senior Democratic aide said.\n\n"
        "Sen. Joe Manchin said he still opposed changing the filibuster.\n"),
    "party-state-tags": (
        "The Senate Judiciary Committee advanced the nominee on a 12-10 vote.\n\n"
        "\"She has the experience and the temperament,\" Sen. Dick Durbin, D-Ill., said "
        "during the markup.\n\n"
        "Sen. Chuck Grassley, R-Iowa, said the nominee had dodged his questions.\n\n"
        "Rep. Jamie Raskin (D-Md.) called the vote \"a victory for the rule of law.\"\n"),
    "mr-speaker": (
        "Tempers flared in the Georgia House on Thursday.\n\n"
        "\"Mr. Speaker, this bill is a disgrace to this chamber,\" said state Rep. Park "
        "Cannon, an Atlanta Democrat.\n\n"
        "\"Madam Chair, I yield back,\" Rep. Ed Setzler replied.\n"),
    "local-titles": (
        "Chicago aldermen clashed on Wednesday over the mayor's plan to raise the property "
        "tax.\n\n"
        "Ald. Maria Hadden (49th) said the plan was the only honest option.\n\n"
        "\"We cannot cut our way out of this,\" said Ald. Gilbert Villegas (36th).\n\n"
        "County Executive Marc Elrich said the county faced the same squeeze.\n"),
    "lt-gov-post": (
        "Lt. Gov. Dan Patrick said on Tuesday that the Senate would not take up the House's "
        "school funding plan.\n\n"
        "\"The House bill is dead on arrival,\" Patrick wrote in a post on X.\n\n"
        "House Speaker Dade Phelan did not respond to a request for comment.\n"),
    "readout-said": (
        "Vice President Kamala Harris met with the president of Guatemala on Monday.\n\n"
        "The leaders discussed the root causes of migration, the White House said in a "
        "readout of the meeting.\n\n"
        "\"We are partners,\" Harris told reporters afterward.\n"),
    "letter-led-by": (
        "More than 60 House Republicans signed a letter on Friday asking the speaker to "
        "hold a vote on the farm bill.\n\n"
        "\"Farmers cannot wait another year,\" wrote the lawmakers, led by Rep. Glenn "
        "Thompson of Pennsylvania.\n"),
    "cbo-analysis": (
        "The bill would cut Medicaid spending by $880 billion over ten years, the "
        "Congressional Budget Office said in its analysis.\n\n"
        "Speaker Mike Johnson, R-La., told reporters that the estimate was misleading.\n"),
    "email-in-part": (
        "The Democratic National Committee blasted supporters with an email on Sunday "
        "night.\n\n"
        "\"This is the most important election of our lifetimes,\" the email read, in "
        "part. \"Chip in $5 now.\"\n"),
    "according-complaint": (
        "Minnesota Attorney General Keith Ellison sued the state's largest landlord on "
        "Tuesday.\n\n"
        "According to the complaint, the company charged tenants hidden fees for years.\n\n"
        "The complaint states that more than 4,000 families were affected.\n"),
    "judge-ruling-pages": (
        "A federal judge on Wednesday blocked Arizona from enforcing its new proof of "
        "citizenship law.\n\n"
        "\"Voters cannot be turned away for paperwork the state never asked for,\" U.S. "
        "District Judge Susan Bolton wrote in a 40-page ruling.\n\n"
        "The judge said the state could appeal.\n"),
    "majority-opinion": (
        "The Supreme Court ruled 6-3 on Friday that state courts may review election "
        "laws.\n\n"
        "\"The Elections Clause does not insulate state legislatures,\" wrote Chief "
        "Justice John Roberts in the majority opinion.\n\n"
        "Justice Clarence Thomas wrote for the three dissenters that the case was moot.\n"),
    "voters-of-town": (
        "Voters lined up before dawn at the fire hall in Mount Joy.\n\n"
        "Linda Ruiz, 45, of Lancaster, said she had voted for the incumbent. \"He has done "
        "a fine job,\" she said.\n\n"
        "\"I am tired of all of them,\" said Lou Parks, 67, a retired machinist who voted "
        "for a write-in candidate.\n"),
    "china-mao": (
        "China rejected a congressional report on its trade practices.\n\n"
        "\"The report is full of lies,\" Mao Ning, a spokeswoman for China's foreign "
        "ministry, said at a regular briefing in Beijing.\n"),
    "zakharova": (
        "Russia mocked the US presidential debate on Wednesday.\n\n"
        "Foreign ministry spokeswoman Maria Zakharova wrote on Telegram that the debate "
        "had been a circus.\n"),
    "ig-wrote": (
        "The inspector general for the Department of Homeland Security said in a report "
        "that the agency had deleted text messages.\n\n"
        "\"The department did not preserve the records,\" the inspector general wrote.\n\n"
        "The report found that 24 phones had been wiped.\n"),
    "profile-surname": (
        "Maria Castellano grew up above her father's bakery in Paterson. Now she is "
        "running for mayor.\n\n"
        "Castellano says the city has been ignored for too long. \"Paterson deserves a "
        "mayor who shows up,\" she said.\n\n"
        "Her opponent, Councilman Alex Mendez, said Castellano had no plan.\n"),
    "running-mate-vance": (
        "Donald Trump picked Sen. JD Vance of Ohio as his running mate on Monday.\n\n"
        "\"He will be a great vice president,\" Trump wrote on Truth Social.\n\n"
        "Vance said he was grateful. \"I will never let you down,\" Vance told the "
        "convention.\n"),
    "anonymous-lawmaker": (
        "Some Republicans privately doubt the bill can pass the Senate.\n\n"
        "\"It is dead there,\" said one GOP lawmaker, who requested anonymity to discuss "
        "private conversations.\n\n"
        "According to a senior GOP aide, leaders will try again in September.\n"),
    "state-treasurer": (
        "State Treasurer Fiona Ma said on Monday that the state would sell $2 billion in "
        "bonds.\n\n"
        "Secretary of State Shirley Weber said turnout in the primary had been the lowest "
        "in decades.\n"),
    "commission-said": (
        "The commission voted 3-2 to reject the new district map.\n\n"
        "\"The map splits too many towns,\" said Commissioner Leon Marsh.\n\n"
        "Commissioner Jo Bright said she would propose a new map in June.\n"),
    "veto-multipara": (
        "Gov. Laura Kelly vetoed the tax bill on Monday and sent lawmakers a letter "
        "explaining why.\n\n"
        "\"This bill would blow a hole in our budget. It would take us back to the "
        "Brownback years.\n\n"
        "\"I will not sign it,\" the governor wrote.\n\n"
        "Senate President Ty Masterson, R-Andover, said the Legislature had the votes to "
        "override.\n"),
    "judge-surname-title": (
        "The Supreme Court agreed on Monday to hear the Louisiana redistricting case.\n\n"
        "Justice Elena Kagan had urged the court to act quickly. \"Voters deserve to know "
        "the map before they vote,\" Kagan wrote.\n\n"
        "Writing for the majority in an earlier case, Justice Samuel Alito said the court "
        "should be wary of late changes.\n\n"
        "\"The court's order will sow confusion,\" the judge wrote.\n"),
    "unsigned-order": (
        "The court said in an unsigned order that the state could use the map this year.\n\n"
        "In her dissent, Justice Ketanji Brown Jackson wrote that the order \"ignores the "
        "facts on the ground.\"\n"),
    "voter-age-apposition": (
        "At a union hall in Erie, the mood was tense.\n\n"
        "\"My vote is up for grabs,\" said Tom Reed, a 58-year-old electrician from "
        "Erie.\n\n"
        "Pat Kim, a Democrat from Millcreek who voted for the governor, said she was "
        "worried about prices. Asked about the race, Reed said: \"It is a coin flip.\"\n"),
    "ms-surname": (
        "Jennifer Lindqvist, a state senator, is running for governor.\n\n"
        "\"I am ready,\" Ms. Lindqvist said in an interview on Tuesday.\n\n"
        "Kurt Halvorsen, a businessman, is her rival. Mr. Halvorsen said the state needed "
        "change.\n"),
    "zelensky-address": (
        "Ukraine's president, Volodymyr Zelensky, said in his nightly address that he "
        "expected Congress to approve the aid.\n\n"
        "\"Ukraine is grateful to every American,\" he said.\n\n"
        "\"We see no change,\" Peskov said, according to the Interfax news agency.\n"),
    "un-ambassador": (
        "\"The United States is playing with fire,\" said Fu Cong, China's ambassador to "
        "the United Nations.\n\n"
        "Israel's prime minister's office said in a statement that the meeting had been "
        "productive.\n"),
    "cbo-director": (
        "CBO Director Phillip Swagel told the Budget Committee that the debt would reach "
        "a record by 2029.\n\n"
        "\"The trajectory is unsustainable,\" Swagel said.\n\n"
        "The agency estimated that interest costs would top $1 trillion next year.\n"),
    "fec-records": (
        "Federal Election Commission records show that the PAC received $5 million from a "
        "single donor in June.\n\n"
        "The filing shows that the donor, Texas oilman Kelcy Warren, gave the money in two "
        "checks.\n\n"
        "A spokesman for the PAC did not respond to questions.\n"),
    "email-signed": (
        "The email, signed by the former president, arrived hours after the debate.\n\n"
        "\"I WON THE DEBATE, BUT I NEED YOUR HELP,\" the subject line read.\n\n"
        "\"Please give $47 before midnight,\" the email said.\n"),
    "markup-chair": (
        "The House Oversight Committee voted 21-19 to hold the attorney general in "
        "contempt.\n\n"
        "\"Without objection, so ordered,\" the chairman, Rep. James Comer, said as the "
        "vote closed.\n\n"
        "Rep. Jamie Raskin, the committee's ranking Democrat, said the vote was a stunt.\n"),
    "people-familiar": (
        "The White House is weighing an executive order on the border, said two people "
        "familiar with the discussions, who spoke on condition of anonymity.\n\n"
        "Johnson told reporters on Tuesday that he had the votes, but aides privately "
        "conceded that the count was close.\n"),
    "letter-they-wrote": (
        "Twelve Democratic senators wrote to the Federal Reserve chair on Thursday.\n\n"
        "In the letter, the senators said high rates were hurting home buyers.\n\n"
        "\"The Fed must act,\" they wrote.\n"),
    "watchdog-found": (
        "The Interior Department's watchdog found that the secretary had broken ethics "
        "rules.\n\n"
        "The report, released on Tuesday, said the secretary had met with a former client "
        "six times.\n"),
    "weekly-presser": (
        "\"The Republican budget is a betrayal of working families,\" House Minority "
        "Leader Hakeem Jeffries, D-N.Y., said at his weekly news conference.\n\n"
        "He said Democrats would not provide votes for the bill.\n"),
    "council-introduced": (
        "The motion, introduced by Councilwoman Ana Ruiz, passed 9-4.\n\n"
        "\"This is a good day for tenants,\" said Council Member Ydanis Rodriguez, who "
        "voted yes.\n\n"
        "\"It will drive landlords away,\" said Councilman Joe Borelli, who voted no.\n"),
    "lawsuit-says": (
        "Arizona Attorney General Kris Mayes sued the county on Wednesday.\n\n"
        "\"The board has no power to delay certification,\" the lawsuit says.\n\n"
        "The suit claims that two supervisors broke state law.\n"),
    "veto-letter": (
        "In his veto message, Gov. Glenn Youngkin said the bill would raise costs for "
        "businesses.\n\n"
        "Del. Marcus Simon, D-Fairfax, said the governor had sided with corporations.\n"),
    "running-mate-of": (
        "\"He is a fighter and a friend,\" Harris said of Walz at a rally in "
        "Philadelphia.\n\n"
        "Walz, 60, a former high school teacher, said he would campaign in every rural "
        "county.\n"),
    "race-profile-who": (
        "Halvorsen has poured $10 million of his own money into the race.\n\n"
        "\"I do not owe anybody anything,\" said Halvorsen, who made his fortune in trucking.\n\n"
        "Halvorsen, 52, said he would cut the income tax in half.\n"),
    "kansas-district-tag": (
        "Sen. Caryn Tyson, R-Parker, said the bill would help retirees.\n\n"
        "\"We are taxing Social Security, and that is wrong,\" Tyson said.\n\n"
        "Sen. Dinah Sykes, D-Lenexa, said the state could not afford it.\n"),
    "gentlewoman": (
        "The Pennsylvania House erupted during the budget debate on Monday.\n\n"
        "\"The gentlewoman from Delaware County is recognized,\" Speaker Joanna McClinton "
        "said.\n\n"
        "\"Thank you, Madam Speaker. This budget shortchanges our schools,\" state Rep. "
        "Jenn O'Mara said in floor remarks.\n"),
    "paren-tags": (
        "House Speaker Mike Johnson (R-La.) said Tuesday that the House would stay in "
        "session until the bill passed.\n\n"
        "Rep. Alexandria Ocasio-Cortez (D-N.Y.) wrote on X that the bill was a "
        "disgrace.\n\n"
        "\"We will not be bullied,\" said Sen. John Thune (R-S.D.), the Republican whip.\n"),
    "memo-obtained": (
        "A memo obtained by the Tribune lays out the governor's plan to close three "
        "prisons.\n\n"
        "\"The savings would exceed $200 million a year,\" the memo reads.\n\n"
        "The governor's office said in a statement that no decision had been made.\n"),
    "county-judge": (
        "Harris County Judge Lina Hidalgo said on Friday that the county would open 30 "
        "cooling centers.\n\n"
        "\"Nobody should die from the heat in this county,\" Hidalgo said.\n\n"
        "School board member Dani Hernandez said schools would stay open as shelters.\n"),
    "paxton-office": (
        "Texas Attorney General Ken Paxton asked the state Supreme Court to block the "
        "county's voter registration drive.\n\n"
        "Paxton's office argued in court filings that the county had no authority to mail "
        "the forms.\n\n"
        "County officials said the drive was legal.\n"),
    "lavrov": (
        "Russian Foreign Minister Sergei Lavrov said on Monday that the sanctions bill "
        "passed by Congress showed Washington's hostility.\n\n"
        "\"They want to punish us for existing,\" Lavrov told a news conference in "
        "Moscow. He added that Russia would respond.\n\n"
        "Beijing said it opposed the bill as well.\n"),
    "panel-wrote": (
        "A three-judge panel of the 5th Circuit ruled on Tuesday that the state may count "
        "mail ballots that arrive after Election Day.\n\n"
        "\"The statute is clear,\" the judges wrote.\n\n"
        "Judge Andrew Oldham, a Trump appointee, wrote in a concurring opinion that the "
        "legislature could change the rule.\n"),
    "horowitz-told": (
        "Inspector General Michael Horowitz told lawmakers on Wednesday that the bureau "
        "had ignored his warnings.\n\n"
        "\"We raised these concerns in 2019,\" Horowitz told the House Judiciary "
        "Committee.\n"),
    "voter-who-voted": (
        "Turnout was light in the city's north end.\n\n"
        "\"I have voted in every election since 1964,\" said Doris Kim, 81, who walked to "
        "the polls with a cane.\n\n"
        "\"It is about the economy,\" said Joe Rivera, 45, a Republican.\n"),
    "op-ed-tagline": (
        "The debt is a threat we can no longer ignore.\n\n"
        "When I came to the Senate, the national debt was $14 trillion. It is now more "
        "than $34 trillion.\n\n"
        "Mitt Romney is a Republican senator from Utah.\n"),
    "dear-colleague": (
        "Rep. Jim McGovern sent a Dear Colleague letter on Thursday urging members to back "
        "the food aid bill.\n\n"
        "\"Hunger is a policy choice,\" McGovern wrote.\n"),
    "whip-hill": (
        "At least 20 Democrats are undecided, according to a whip count by The Hill.\n\n"
        "\"I am still reading the bill,\" Rep. Henry Cuellar told reporters off the "
        "floor.\n\n"
        "A Democratic aide familiar with the talks said leaders expected to lose a dozen "
        "votes.\n"),
    "kavanaugh-concur": (
        "Justice Brett Kavanaugh, in a concurring opinion, wrote that federal courts "
        "should not change election rules close to an election.\n\n"
        "Justice Elena Kagan, joined by two other justices, dissented.\n"),
    "gov-spokesperson-paren": (
        "Gov. Josh Shapiro signed the bill on Wednesday.\n\n"
        "\"This is a win for every Pennsylvanian,\" Shapiro said at the signing "
        "ceremony in Harrisburg.\n\n"
        "Manuel Bonder, a spokesman for the governor, said the law would take effect in "
        "January.\n"),
    "vance-age": (
        "Sen. JD Vance accepted the nomination for vice president on Wednesday night.\n\n"
        "Vance, 39, a former venture capitalist, said he would fight for the forgotten "
        "places.\n\n"
        "\"I never thought I would be here,\" Vance said.\n"),
    "state-rep-hometown": (
        "\"This bill will close rural hospitals,\" said Rep. Tim Burns, R-Hamilton.\n\n"
        "Rep. Lisa Chen, D-Madison, said the bill would save the state $40 million.\n"),
    "setting-frame": (
        "Sen. Joni Ernst held a town hall in Dubuque on Saturday.\n\n"
        "At the end of the meeting, Ernst said, \"I hear you, and I will take this back to "
        "Washington.\"\n\n"
        "Pressed on the farm bill, Ernst said, \"We will get it done.\"\n"),
    "ig-second-mention": (
        "The inspector general for the Labor Department said in a report on Tuesday that "
        "states paid out billions in fraudulent claims.\n\n"
        "\"The department was warned repeatedly,\" the inspector general wrote.\n"),
    "sheriff-county": (
        "Sheriff Chad Bianco of Riverside County said on Monday that he would not enforce "
        "the state's new gun law.\n\n"
        "\"I took an oath to the Constitution,\" Bianco said in a video posted to "
        "Facebook.\n"),
    "school-board": (
        "The Loudoun County School Board voted 6-3 to restore the books to school "
        "libraries.\n\n"
        "\"Parents should decide what their own children read,\" said board member Ian "
        "Serotkin, who voted no.\n\n"
        "Board Chair Melinda Mansfield said the vote followed a long review.\n"),
    "ag-opinion": (
        "Attorney General Dana Nessel issued a formal opinion on Thursday saying that "
        "township clerks may not refuse to certify results.\n\n"
        "\"Certification is not optional,\" Nessel wrote in the opinion.\n"),
    "treasury-readout": (
        "Treasury Secretary Scott Bessent spoke with Chinese Vice Premier He Lifeng on "
        "Friday, the Treasury Department said in a readout.\n\n"
        "The two sides \"had candid and constructive exchanges,\" China's state news "
        "agency Xinhua said.\n"),
    "primary-concession": (
        "State Sen. Mallory McMorrow conceded the Senate primary on Tuesday night.\n\n"
        "\"We came up short, but we built something,\" McMorrow told supporters in Royal "
        "Oak.\n\n"
        "\"She ran a great race,\" said Karen Obi, 61, a union electrician from Warren.\n"),
}

EXPECTED: list[tuple] = [
    # a governor's veto message
    ("veto-message", "This bill takes away the right", "direct", "DeWine", "Mike DeWine"),
    ("veto-message", "override the veto", "indirect", None, "Carla Wendt"),
    # a statehouse floor debate
    ("house-floor", "We are asking homeowners", "direct", None, "Luis Ortega"),
    ("house-floor", "cut taxes for every family", "indirect", None, "Dana Pruitt"),
    # "said in a floor speech ... that A"
    ("senate-floor-speech", "the chamber would vote on the border bill", "indirect", None,
     "Chuck Schumer"),
    ("senate-floor-speech", "Republicans asked for this bill", "direct", "Schumer",
     "Chuck Schumer"),
    ("senate-floor-speech", "Now they must decide", "direct", None, "Chuck Schumer"),
    # a mayor's budget address
    ("budget-address", "keeps our promises", "direct", "Brandt", "Alicia Brandt"),
    ("budget-address", "hold hearings in May", "indirect", None, "Ray Okafor"),
    # a county board
    ("county-commissioner", "The votes have been counted", "direct", None, "Tom Galvin"),
    ("county-commissioner", "too many voters with concerns", "indirect", None, "Dale Hutch"),
    # a city council vote
    ("council-vote", "push people into the streets", "indirect", None, "Tasha Greene"),
    ("council-vote", "We are criminalizing poverty", "direct", "she", "Tasha Greene"),
    ("council-vote", "residents wanted their parks back", "indirect", None, "Bill Harper"),
    # a state attorney general's lawsuit: "the complaint alleges"
    ("ag-lawsuit", "sent more than two million messages", "indirect", "The complaint", None),
    ("ag-lawsuit", "Lying to voters", "direct", "Bonta", "Rob Bonta"),
    # a committee markup
    ("markup", "puts money back in the pockets", "direct", None, "Jason Smith"),
    ("markup", "a giveaway to the wealthy", "indirect", None, "Richard Neal"),
    # "in prepared remarks"
    ("prepared-remarks", "would be catastrophic", "direct", "Yellen", "Janet Yellen"),
    ("prepared-remarks", "spoken to congressional leaders", "indirect", "She",
     "Janet Yellen"),
    # "according to a readout"
    ("readout", "expand joint patrols", "indirect", None, None),
    ("readout", "cordial and productive", "mixed", None, "Claudia Sheinbaum"),
    # a whip count: "aides said", "a GOP leadership aide said"
    ("whip-count", "struggling to find the votes", "indirect", "aides", None),
    ("whip-count", "As many as 15 Republicans", "indirect", "a GOP leadership aide", None),
    ("whip-count", "We are not there yet", "direct", None, "Tom Emmer"),
    # a letter of 40 lawmakers: "the lawmakers wrote"
    ("lawmakers-letter", "push thousands of borrowers", "direct", "the lawmakers", None),
    # the CBO "estimated"
    ("cbo", "add $1.7 trillion", "indirect", None, "Congressional Budget Office"),
    ("cbo", "the estimate was wrong", "indirect", None, "Lindsey Graham"),
    ("cbo", "CBO has never once", "direct", "Graham", "Lindsey Graham"),
    # FEC filings
    ("fec-filing", "more than 90 percent of the donations", "indirect", "His campaign",
     None),
    # a fundraising email: "the email read"
    ("fundraising-email", "They are coming after me", "direct", "the email", None),
    ("fundraising-email", "raised $34 million", "indirect", None, "Steven Cheung"),
    # a politician's op-ed: "writes X" in the standfirst, "I" the author
    ("op-ed", "Washington is failing rural America", None, None, "Amy Klobuchar"),
    ("op-ed", "We just drive and hope", "direct", "a farmer in Pipestone", None),
    ("op-ed-2", "thoughts and prayers", None, None, "Gretchen Whitmer"),
    ("op-ed-2", "We need counselors", "direct", "one teacher in Flint", None),
    # foreign governments on US politics
    ("kremlin", "did not expect relations", "indirect", "The Kremlin", None),
    ("kremlin", "We have no illusions", "direct", None, "Dmitry Peskov"),
    ("china-briefing", "a seriously wrong signal", "mixed", None, "Lin Jian"),
    ("china-briefing", "China will take resolute measures", "direct", "Lin", "Lin Jian"),
    ("iran-reaction", "will have no effect on our policies", None, None, "Nasser Kanani"),
    # court rulings on election law
    ("court-ruling", "The state has offered no evidence", "direct", None, "Eleanor Ross"),
    ("court-ruling", "the state would appeal", "indirect", None, "Brad Raffensperger"),
    ("supreme-court", "the lower court had misread", "indirect", None, "John Roberts"),
    ("supreme-court", "harder for Black voters", "indirect", "The dissent", None),
    ("supreme-court", "turns its back", "direct", None, "Sonia Sotomayor"),
    ("voting-rights-judge", "acted within its powers", "direct", None, "Allison Rushing"),
    ("voting-rights-judge", "burden Black voters", "indirect", None, "James Wynn"),
    # inspectors general
    ("inspector-general", "failed to follow its own procedures", "direct", "the report",
     None),
    ("inspector-general", "made 12 recommendations", "indirect", None, "Michael Horowitz"),
    ("ig-report-2", "accepted the findings", "indirect", "A Defense Department spokesman",
     None),
    # a governor's race profile: full name, then surname alone
    ("governor-race", "I know how this building works", "direct", "Lindqvist",
     "Jennifer Lindqvist"),
    ("governor-race", "needed an outsider", "indirect", "Halvorsen", "Kurt Halvorsen"),
    ("governor-race", "Career politicians", "direct", "Halvorsen", "Kurt Halvorsen"),
    # a running mate announcement
    ("running-mate", "Tim is the kind of leader", "direct", "Harris", "Kamala Harris"),
    ("running-mate", "he was honored", "indirect", "Walz", "Tim Walz"),
    ("running-mate", "Let's go win this thing", "direct", "he", "Tim Walz"),
    # primary-night voters with ages and towns
    ("primary-voters", "someone who can win in November", "direct", None, "Jane Doe"),
    ("primary-voters", "he voted on health care", "indirect", None, "Mark Stevens"),
    ("primary-voters", "Nobody is talking about farmers", "direct", None, "Ruth Olsen"),
    ("primary-night", "have spoken", "direct", "Stefanik", "Elise Stefanik"),
    # a state senate floor debate, "called the bill 'A'"
    ("floor-debate-state", "This is about protecting children", "direct", None,
     "Clay Yarborough"),
    ("floor-debate-state", "government overreach", "mixed", None, "Lori Berman"),
    # a multistate suit: "the lawsuit argues"
    ("ag-multistate", "exceeded its authority", "indirect", "The lawsuit", None),
    ("ag-multistate", "Washington bureaucrats", "direct", None, "Andrew Bailey"),
    # a hearing exchange
    ("committee-hearing", "Did you know about the fake accounts", "direct", "Warren",
     "Elizabeth Warren"),
    ("committee-hearing", "I did not", "direct", None, "Charles Scharf"),
    # spokesmen and leaders in a state capital
    ("spokesperson-state", "the delay had been worth it", "indirect", None, "Avi Small"),
    ("spokesperson-state", "won major changes", "indirect", None, "Carl Heastie"),
    ("super-pac", "the money was well spent", "indirect", None, "Chris Jankowski"),
    ("super-pac", "biggest ground game", "direct", "he", "Chris Jankowski"),
    ("budget-cuts-mayor", "cut library hours", "indirect", None, "Eric Adams"),
    ("budget-cuts-mayor", "Nobody wants to do this", "direct", "Adams", "Eric Adams"),
    ("budget-cuts-mayor", "left us no choice", "direct", None, "Eric Adams"),
    ("budget-cuts-mayor", "the cuts were unnecessary", "indirect", None, "Brad Lander"),
    ("statehouse-reporters", "refused to negotiate", "indirect", None, "Robin Vos"),
    ("statehouse-reporters", "Vos was not telling the truth", "indirect", None,
     "Tony Evers"),
    ("statehouse-reporters", "I called him three times", "direct", "Evers", "Tony Evers"),
    ("fec-complaint", "The evidence is overwhelming", "direct", None, "Kedric Payne"),
    ("fec-complaint", "the complaint was baseless", "indirect", None, "Joseph Murray"),
    ("city-manager", "pay for new pipes", "indirect", "Greer", "Paula Greer"),
    ("city-manager", "Our pipes are older", "direct", "she", "Paula Greer"),
    ("city-manager", "any increase this year", "indirect", None, "Leon Marsh"),
    ("leadership-aide", "Everything is on the table", "direct", "a senior Democratic aide",
     None),
    ("leadership-aide", "still opposed changing the filibuster", "indirect", None,
     "Joe Manchin"),
    # party and state tags after a name: "Sen. X, D-Ill.," and "Rep. X (D-Md.)"
    ("party-state-tags", "experience and the temperament", "direct", None, "Dick Durbin"),
    ("party-state-tags", "dodged his questions", "indirect", None, "Chuck Grassley"),
    ("party-state-tags", "a victory for the rule of law", "mixed", None, "Jamie Raskin"),
    # a floor debate addressing the chair: "Mr. Speaker, ..."
    ("mr-speaker", "this bill is a disgrace", "direct", None, "Park Cannon"),
    ("mr-speaker", "I yield back", "direct", None, "Ed Setzler"),
    # city and county titles: "Ald. X (49th)", "County Executive X"
    ("local-titles", "the only honest option", "indirect", None, "Maria Hadden"),
    ("local-titles", "cut our way out", "direct", None, "Gilbert Villegas"),
    ("local-titles", "faced the same squeeze", "indirect", None, "Marc Elrich"),
    ("lt-gov-post", "would not take up the House", "indirect", None, "Dan Patrick"),
    ("lt-gov-post", "dead on arrival", "direct", "Patrick", "Dan Patrick"),
    # "the White House said in a readout of the meeting"
    ("readout-said", "root causes of migration", "indirect", "the White House", None),
    ("readout-said", "We are partners", "direct", "Harris", "Kamala Harris"),
    # "wrote the lawmakers, led by Rep. X"
    ("letter-led-by", "Farmers cannot wait", "direct", "the lawmakers", None),
    ("cbo-analysis", "cut Medicaid spending", "indirect", None,
     "Congressional Budget Office"),
    ("cbo-analysis", "the estimate was misleading", "indirect", None, "Mike Johnson"),
    # "the email read, in part"
    ("email-in-part", "most important election", "direct", "the email", None),
    ("email-in-part", "Chip in $5 now", "direct", "the email", None),
    # "According to the complaint", "The complaint states that"
    ("according-complaint", "hidden fees for years", "indirect", "the complaint", None),
    ("according-complaint", "4,000 families were affected", "indirect", "The complaint",
     None),
    ("judge-ruling-pages", "Voters cannot be turned away", "direct", None, "Susan Bolton"),
    ("judge-ruling-pages", "the state could appeal", "indirect", "The judge", "Susan Bolton"),
    ("majority-opinion", "does not insulate", "direct", None, "John Roberts"),
    ("majority-opinion", "the case was moot", "indirect", None, "Clarence Thomas"),
    # voters with ages and towns, the name first
    ("voters-of-town", "voted for the incumbent", "indirect", None, "Linda Ruiz"),
    ("voters-of-town", "He has done a fine job", "direct", "she", "Linda Ruiz"),
    ("voters-of-town", "tired of all of them", "direct", None, "Lou Parks"),
    # foreign ministries
    ("china-mao", "full of lies", "direct", None, "Mao Ning"),
    ("zakharova", "had been a circus", "indirect", None, "Maria Zakharova"),
    # "the inspector general wrote", "The report found that"
    ("ig-wrote", "had deleted text messages", "indirect", None, None),
    ("ig-wrote", "did not preserve the records", "direct", "the inspector general", None),
    ("ig-wrote", "24 phones had been wiped", "indirect", "The report", None),
    # a profile naming its candidate by surname alone
    ("profile-surname", "ignored for too long", "indirect", "Castellano",
     "Maria Castellano"),
    ("profile-surname", "a mayor who shows up", "direct", "she", "Maria Castellano"),
    ("profile-surname", "Castellano had no plan", "indirect", None, "Alex Mendez"),
    ("running-mate-vance", "a great vice president", "direct", "Trump", "Donald Trump"),
    ("running-mate-vance", "he was grateful", "indirect", "Vance", "JD Vance"),
    ("running-mate-vance", "never let you down", "direct", "Vance", "JD Vance"),
    ("anonymous-lawmaker", "It is dead there", "direct", "one GOP lawmaker", None),
    ("anonymous-lawmaker", "try again in September", "indirect", "a senior GOP aide", None),
    ("state-treasurer", "sell $2 billion in bonds", "indirect", None, "Fiona Ma"),
    ("state-treasurer", "lowest in decades", "indirect", None, "Shirley Weber"),
    ("commission-said", "splits too many towns", "direct", None, "Leon Marsh"),
    ("commission-said", "a new map in June", "indirect", None, "Jo Bright"),
    # a veto letter over two paragraphs, "the governor wrote"
    ("veto-multipara", "blow a hole in our budget", "direct", None, "Laura Kelly"),
    ("veto-multipara", "I will not sign it", "direct", "the governor", "Laura Kelly"),
    ("veto-multipara", "the votes to override", "indirect", None, "Ty Masterson"),
    # justices by surname, "Writing for the majority", "the judge wrote"
    ("judge-surname-title", "Voters deserve to know", "direct", "Kagan", "Elena Kagan"),
    ("judge-surname-title", "wary of late changes", "indirect", None, "Samuel Alito"),
    ("unsigned-order", "the state could use the map", "indirect", "The court", None),
    ("unsigned-order", "ignores the facts on the ground", "mixed", None,
     "Ketanji Brown Jackson"),
    # voters: "said X, a 58-year-old electrician from Erie", "Asked about A, X said:"
    ("voter-age-apposition", "My vote is up for grabs", "direct", None, "Tom Reed"),
    ("voter-age-apposition", "worried about prices", "indirect", None, "Pat Kim"),
    ("voter-age-apposition", "It is a coin flip", "direct", "Reed", "Tom Reed"),
    # "Ms. X" and "Mr. X" after a full name
    ("ms-surname", "I am ready", "direct", "Ms. Lindqvist", "Jennifer Lindqvist"),
    ("ms-surname", "the state needed change", "indirect", "Mr. Halvorsen", "Kurt Halvorsen"),
    # foreign leaders: "in his nightly address", "according to the Interfax news agency"
    ("zelensky-address", "approve the aid", "indirect", None, "Volodymyr Zelensky"),
    ("zelensky-address", "Ukraine is grateful", "direct", "he", "Volodymyr Zelensky"),
    ("zelensky-address", "We see no change", "direct", "Peskov", None),
    ("un-ambassador", "playing with fire", "direct", None, "Fu Cong"),
    ("un-ambassador", "the meeting had been productive", "indirect", None, None),
    ("cbo-director", "reach a record by 2029", "indirect", None, "Phillip Swagel"),
    ("cbo-director", "The trajectory is unsustainable", "direct", "Swagel",
     "Phillip Swagel"),
    ("cbo-director", "interest costs would top", "indirect", "The agency", None),
    # FEC records and filings "show" (the record speaks, as PolNeAR marks it)
    ("fec-records", "received $5 million", "indirect",
     "Federal Election Commission records", None),
    ("fec-records", "gave the money in two checks", "indirect", "The filing", None),
    # "the subject line read", "the email said"
    ("email-signed", "I WON THE DEBATE", "direct", "the subject line", None),
    ("email-signed", "Please give $47", "direct", "the email", None),
    ("markup-chair", "Without objection, so ordered", "direct", None, "James Comer"),
    ("markup-chair", "the vote was a stunt", "indirect", None, "Jamie Raskin"),
    ("people-familiar", "weighing an executive order", "indirect",
     "two people familiar with the discussions", None),
    ("people-familiar", "he had the votes", "indirect", "Johnson", None),
    ("people-familiar", "the count was close", "indirect", "aides", None),
    ("letter-they-wrote", "high rates were hurting", "indirect", "the senators", None),
    ("letter-they-wrote", "The Fed must act", "direct", "they", None),
    ("watchdog-found", "met with a former client", "indirect", "The report", None),
    ("weekly-presser", "a betrayal of working families", "direct", None, "Hakeem Jeffries"),
    ("weekly-presser", "would not provide votes", "indirect", "He", "Hakeem Jeffries"),
    ("council-introduced", "a good day for tenants", "direct", None, "Ydanis Rodriguez"),
    ("council-introduced", "drive landlords away", "direct", None, "Joe Borelli"),
    ("lawsuit-says", "no power to delay certification", "direct", "the lawsuit", None),
    ("lawsuit-says", "two supervisors broke state law", "indirect", "The suit", None),
    ("veto-letter", "raise costs for businesses", "indirect", None, "Glenn Youngkin"),
    ("veto-letter", "sided with corporations", "indirect", None, "Marcus Simon"),
    ("running-mate-of", "a fighter and a friend", "direct", "Harris", None),
    ("running-mate-of", "every rural county", "indirect", "Walz", None),
    ("race-profile-who", "I do not owe anybody", "direct", "Halvorsen", None),
    ("race-profile-who", "cut the income tax in half", "indirect", "Halvorsen", None),
    # a state senator's district town as a tag: "Sen. X, R-Parker,"
    ("kansas-district-tag", "help retirees", "indirect", None, "Caryn Tyson"),
    ("kansas-district-tag", "taxing Social Security", "direct", "Tyson", "Caryn Tyson"),
    ("kansas-district-tag", "could not afford it", "indirect", None, "Dinah Sykes"),
    # a statehouse floor: the chair recognizes a member, "in floor remarks"
    ("gentlewoman", "is recognized", "direct", None, "Joanna McClinton"),
    ("gentlewoman", "This budget shortchanges our schools", "direct", None, "Jenn O'Mara"),
    # party tags in parentheses: "Rep. X (D-N.Y.) wrote on X that A"
    ("paren-tags", "stay in session", "indirect", None, "Mike Johnson"),
    ("paren-tags", "the bill was a disgrace", "indirect", None, "Alexandria Ocasio-Cortez"),
    ("paren-tags", "We will not be bullied", "direct", None, "John Thune"),
    # "a memo obtained by the Tribune", "the memo reads"
    ("memo-obtained", "would exceed $200 million", "direct", "the memo", None),
    ("memo-obtained", "no decision had been made", "indirect", "The governor's office", None),
    ("county-judge", "open 30 cooling centers", "indirect", None, "Lina Hidalgo"),
    ("county-judge", "Nobody should die", "direct", "Hidalgo", "Lina Hidalgo"),
    ("county-judge", "stay open as shelters", "indirect", None, "Dani Hernandez"),
    ("paxton-office", "no authority to mail", "indirect", "Paxton's office", None),
    ("paxton-office", "the drive was legal", "indirect", "County officials", None),
    ("lavrov", "showed Washington's hostility", "indirect", None, "Sergei Lavrov"),
    ("lavrov", "punish us for existing", "direct", "Lavrov", "Sergei Lavrov"),
    ("lavrov", "Russia would respond", "indirect", "He", "Sergei Lavrov"),
    ("lavrov", "opposed the bill", "indirect", "Beijing", None),
    # "the judges wrote", "wrote in a concurring opinion"
    ("panel-wrote", "The statute is clear", "direct", "the judges", None),
    ("panel-wrote", "the legislature could change the rule", "indirect", None,
     "Andrew Oldham"),
    ("horowitz-told", "ignored his warnings", "indirect", None, "Michael Horowitz"),
    ("horowitz-told", "We raised these concerns", "direct", "Horowitz", "Michael Horowitz"),
    ("voter-who-voted", "every election since 1964", "direct", None, "Doris Kim"),
    ("voter-who-voted", "It is about the economy", "direct", None, "Joe Rivera"),
    # an op-ed with the author's tagline at the end: no quote of anyone
    ("op-ed-tagline", "the national debt was $14 trillion", None, None, None),
    ("op-ed-tagline", "a Republican senator from Utah", None, None, None),
    ("dear-colleague", "Hunger is a policy choice", "direct", "McGovern", "Jim McGovern"),
    ("whip-hill", "I am still reading the bill", "direct", None, "Henry Cuellar"),
    ("whip-hill", "expected to lose a dozen", "indirect",
     ("A Democratic aide familiar with the talks", "A Democratic aide"), None),
    ("kavanaugh-concur", "should not change election rules", "indirect", None,
     "Brett Kavanaugh"),
    ("gov-spokesperson-paren", "a win for every Pennsylvanian", "direct", "Shapiro",
     "Josh Shapiro"),
    ("gov-spokesperson-paren", "take effect in January", "indirect", None, "Manuel Bonder"),
    # a surname alone before an age and a role: "Vance, 39, a former venture capitalist,"
    ("vance-age", "fight for the forgotten places", "indirect", "Vance", "JD Vance"),
    ("vance-age", "I never thought", "direct", "Vance", "JD Vance"),
    ("state-rep-hometown", "close rural hospitals", "direct", None, "Tim Burns"),
    ("state-rep-hometown", "save the state $40 million", "indirect", None, "Lisa Chen"),
    # a setting before "X said," and a quote that is a sentence of its own: direct
    ("setting-frame", "I hear you", "direct", "Ernst", "Joni Ernst"),
    ("setting-frame", "We will get it done", "direct", "Ernst", "Joni Ernst"),
    ("ig-second-mention", "fraudulent claims", "indirect", None, None),
    ("ig-second-mention", "warned repeatedly", "direct", "the inspector general", None),
    ("sheriff-county", "would not enforce", "indirect", None, "Chad Bianco"),
    ("sheriff-county", "I took an oath", "direct", "Bianco", "Chad Bianco"),
    ("school-board", "Parents should decide", "direct", None, "Ian Serotkin"),
    ("school-board", "followed a long review", "indirect", None, "Melinda Mansfield"),
    ("ag-opinion", "may not refuse to certify", "indirect", None, "Dana Nessel"),
    ("ag-opinion", "Certification is not optional", "direct", "Nessel", "Dana Nessel"),
    ("treasury-readout", "had candid and constructive", "mixed", None, "Xinhua"),
    ("primary-concession", "We came up short", "direct", "McMorrow", "Mallory McMorrow"),
    ("primary-concession", "She ran a great race", "direct", None, "Karen Obi"),
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


def test_local_offices_open_a_name():
    """ "Supervisor Dale Hutch", "Ald. Gilbert Villegas (36th)", "Del. Marcus Simon,
    D-Fairfax,", "Councilmember Tasha Greene": the office is no part of the name (before,
    "Ald." ended a sentence and spoke, and the others joined the name); "his supervisor"
    stays a role."""
    text = ("Supervisor Dale Hutch said he was tired. \"We are done,\" said Ald. Gilbert "
            "Villegas (36th). Del. Marcus Simon, D-Fairfax, said the bill failed. "
            "Councilmember Tasha Greene said it would pass.\n")
    assert [n for _, _, n in _rows(text)] == [
        "Dale Hutch", "Gilbert Villegas", "Marcus Simon", "Tasha Greene"], _rows(text)
    near = "His supervisor said he was late.\n"
    assert [n for _, _, n in _rows(near)] == [None], _rows(near)


def test_an_office_after_of_is_the_title_s():
    """ "Commissioner of Agriculture Sid Miller", "Director of National Intelligence Avril
    Haines", "Supervisor of Elections Susan Bucher": the office after "of" belongs to the
    title, the name is the last words; "Secretary of State Mike Pompeo" as before."""
    text = ("Commissioner of Agriculture Sid Miller said that the crops had failed. "
            "Director of National Intelligence Avril Haines said that threats rose. "
            "County Supervisor of Elections Susan Bucher said that lines were long. "
            "Secretary of State Mike Pompeo said that talks had failed.\n")
    assert [n for _, _, n in _rows(text)] == [
        "Sid Miller", "Avril Haines", "Susan Bucher", "Mike Pompeo"], _rows(text)


def test_a_text_noun_in_ing_before_a_verb_of_evidence():
    """ "The filing shows that A", "The ruling states that A": the text speaks (before,
    "filing" was read as a modifier of a noun "shows", as "her opening remarks" is)."""
    text = ("The filing shows that the donor gave the money in two checks. The ruling "
            "states that the map is void.\n")
    assert [(t, n) for t, _, n in _rows(text)] == [
        ("the donor gave the money in two checks", "The filing"),
        ("the map is void", "The ruling")], _rows(text)
    near = "Her opening remarks were short.\n"
    assert _rows(near) == [], _rows(near)


def test_a_surname_alone_before_an_age_is_a_person():
    """ "Walz, 60, a former teacher, said A": a capitalised word before an age set off by
    commas is a person, who speaks (before, the role after the age spoke); a place or a
    day before a number is not one."""
    text = ("Harris praised Walz.\n\nWalz, 60, a former high school teacher, said he would "
            "campaign.\n")
    assert _rows(text)[-1] == ("he would campaign", "indirect", "Walz"), _rows(text)
    near = "The team beat Ohio, 21, and Iowa, 14, on Saturday.\n"
    assert [e for e in entities(near) if e[1] == "PERSON"] == [], entities(near)


def test_a_setting_before_the_frame_of_a_sentence_quote():
    """ "On Tuesday, X said, “A.”", "Asked about it, X said, “A.”": the quote is a sentence
    of its own after its frame, direct (before: mixed, the longer side of one statement
    around the cue); 'The plan, X said, “would cost millions.”' stays mixed, its quote
    the subject's predicate."""
    text = ("Tom Reed voted early. On Tuesday, Reed said, \"It is a coin flip.\" Asked "
            "about it, Reed said, \"We will see.\"\n")
    assert [(t, k) for t, k, _ in _rows(text) if t.startswith('"')] == [
        ('"It is a coin flip."', "direct"), ('"We will see."', "direct")], _rows(text)
    near = "Tom Reed voted early. The plan, Reed said, \"would cost millions.\"\n"
    assert _rows(near)[-1][:2] == ('"would cost millions."', "mixed"), _rows(near)


def test_a_text_before_a_time_and_a_participle():
    """ "issued a statement on Thursday saying A", "issued a formal opinion on Thursday
    saying A", "released a letter Tuesday saying A": the one who issued the text speaks, as
    with no time between (before: no one, as the time was taken for the participle's
    subject); "spoke on Thursday, saying A" as before."""
    text = ("Dana Nessel issued a statement on Thursday saying that clerks may not refuse. "
            "Ann Roe issued a formal opinion on Friday saying that the law stood.\n\n"
            "Jo Lee spoke on Thursday, saying that clerks may not refuse.\n")
    assert [(t, n) for t, _, n in _rows(text)] == [
        ("clerks may not refuse", "Dana Nessel"), ("the law stood", "Ann Roe"),
        ("clerks may not refuse", "Jo Lee")], _rows(text)
