"""Articles in the text shapes users paste besides clean web text: h57-wrp, round 27.

Every article here was written for the test, with invented people and places, before the
library was run on it, and is read by the model-free default path: hard-wrapped text (a
newline every 60-80 characters inside a paragraph: e-mails, wire feeds, plain-text books;
paragraphs set off by a blank line or by indentation only), text from PDFs (words
hyphenated over a line break, page numbers and running heads between paragraphs),
Markdown from scrapers and notes tools (links, bold names, "> " block quotes, "* " bullet
lists, "## " headings), forwarded e-mails ("> " quoted lines under "On Tue, X wrote:"),
and exports with "\\r" or "\\r\\n" line ends.  Near misses: a poem or a song quoted line by
line, an address, a list whose lines are items of their own, short one-line paragraphs,
a hyphenated compound at a line end ("well-\\nknown" keeps its hyphen).

Each expected attribution is one case, as in the news-style tests: a piece of the quote's
text (as reported: the cleaned text, a wrapped line's newline read as a space), its kind,
the speaker mention and the speaker entity's name (``None`` where the case does not check
it; kind, mention and name all ``None``: no quote holds the piece).  Every offset of every
article is checked against the text as given.
"""

from __future__ import annotations

import textwrap
from functools import cache

import pytest
from findings import check_attribution, offset_spans, quote_rows, style_cases

import quotetrack
from quotetrack.clean import clean_text


def wrap(*paragraphs: str, width: int = 72, indent: str = "", blank: bool = True) -> str:
    """Paragraphs hard-wrapped at ``width``, set off by a blank line (or, ``blank`` False,
    by ``indent`` opening each paragraph's first line only)."""
    out = [textwrap.fill(p, width, initial_indent=indent, break_on_hyphens=False,
                         break_long_words=False) for p in paragraphs]
    return ("\n\n" if blank else "\n").join(out) + "\n"


ARTICLES: dict[str, str] = {
    # -- hard-wrapped, paragraphs set off by blank lines ---------------------------------
    "wire": (
        "The county board voted on Tuesday to close the old library on Elm\n"
        "Street, a decision that drew a crowd of angry residents to the meeting\n"
        "hall.\n\n"
        "\"We were never asked what we wanted for this neighborhood,\" said Ana\n"
        "Ruiz, who has lived on the street for thirty years. \"Now it is too late\n"
        "to change anything.\"\n\n"
        "Board member Tom Kessler said the building needed repairs the county\n"
        "could not afford.\n"),
    "wire-width-64": wrap(
        "Dock workers at the port of Varna walked off the job on Friday after talks "
        "over night shifts broke down, union leaders said.",
        "\u201cWe have waited two years for a contract that respects our families,\u201d "
        "said Petra Ilieva, who chairs the dockers\u2019 union. \u201cWe will wait no "
        "longer.\u201d",
        "The port authority\u2019s director, Stefan Kolev, told reporters that the "
        "strike would cost the city millions of euros a day.", width=64),
    "multi-paragraph-quote": wrap(
        "The new fire chief, Marta Olsen, spoke to the council for an hour on Monday.",
        "\u201cOur trucks are older than some of our firefighters. We patch them every "
        "week and hope they start when the alarm sounds.",
        "\u201cI am not asking for a new station. I am asking for engines that run,\u201d "
        "Olsen said.",
        "Councilman Eli Grant said he would back the request.", width=70),
    "name-over-line": (
        "The harvest festival will go ahead despite the storm damage, the\n"
        "organizers announced on Wednesday after a long meeting with the police.\n\n"
        "\"The tents are down but the spirit of this town is not,\" said Jonas\n"
        "Weber, who has run the festival since 2011. \"We will rebuild them by\n"
        "Friday.\"\n\n"
        "A police spokeswoman, Clara Nunez, said extra officers would patrol the\n"
        "fairground on both nights of the festival and the weekend after it.\n"),
    "cue-over-line": (
        "A judge in Lisbon ordered the release of the detained journalist on\n"
        "Thursday, ending a standoff that had lasted for almost three weeks.\n\n"
        "\"Justice was slow, but it came in the end,\" the journalist's lawyer,\n"
        "Rui Pinto, told reporters outside the court building. \"He will be home\n"
        "tonight with his children.\"\n\n"
        "Prosecutors said they would not appeal the ruling and closed the case.\n"),
    "said-at-line-start": (
        "Ferry service to the islands will resume next week after the repairs,\n"
        "the shipping company said in a statement released late on Sunday night.\n\n"
        "\"Every vessel has passed its inspection and the crews are ready,\"\n"
        "said Ingrid Holm, the company's operations manager, at a briefing in the\n"
        "harbor office.\n"),
    # -- paragraphs set off by indentation only (plain-text books, old wire copy) -------
    "indented": wrap(
        "The orchestra played its last concert in the old hall on Saturday night, "
        "and many in the audience wept openly.",
        "\u201cThis room taught me how to listen,\u201d said the conductor, Lena Vogt, "
        "after the final encore had been played.",
        "The mayor, Oskar Brandt, said the hall would become a library once the "
        "building work was finished next spring.",
        width=68, indent="    ", blank=False),
    "indented-continuation": wrap(
        "The committee heard from the head of the water board, Nadia Petrova, "
        "for most of the afternoon session.",
        "\u201cThe pipes under the old town were laid before the First World War. "
        "Some of them are made of wood.",
        "\u201cWe cannot fix them all at once, and we should not pretend that we "
        "can,\u201d Petrova said.",
        width=66, indent="  ", blank=False),
    # -- text from PDFs -----------------------------------------------------------------
    "pdf-hyphens": (
        "Officials of the regional transport office said on Monday that the gov-\n"
        "ernment would fund the new bridge over the river by 2030 at the latest.\n\n"
        "\"It is a well-known problem that the old bridge cannot carry the trucks\n"
        "of today,\" the mayor, Lena Ortiz, told the assembled local report-\n"
        "ers at the site of the planned bridge on the north bank of the river.\n\n"
        "Ortiz, who has held the office since the last election, add-\n"
        "ed that the work would start in the spring if the weather held up.\n"),
    "pdf-page-break": (
        "Harbor Gazette Annual Report 2025\n\n"
        "The harbor master, Piet de Groot, said that the number of ships calling at\n"
        "the port had grown for the third year in a row, and that the new cranes\n"
        "had paid for themselves.\n\n"
        "\"We handled more containers in December than in the whole of 2019,\" de\n"
        "Groot said. \"The new quay is full on most days and we will need another\n"
        "\n"
        "12\n"
        "\n"
        "Harbor Gazette Annual Report 2025\n\n"
        "one before the decade is out.\"\n\n"
        "The port's finance director, Mila Jansen, said the cranes would be paid off\n"
        "by the end of the next year if the trade with the eastern ports held up.\n\n"
        "Page 13\n\n"
        "Harbor Gazette Annual Report 2025\n\n"
        "Jansen added that fees would not rise for the local fishing fleet this year.\n"),
    "pdf-name-hyphen": (
        "The council's new chair is a former teacher who ran the local school for\n"
        "two decades before she entered politics at the age of fifty-two.\n\n"
        "\"I never planned to stand for office, and I still do not think of myself\n"
        "as a politician,\" said Maria Lopez-\n"
        "Garcia, who won the seat in a close vote on Sunday with a narrow margin.\n"),
    # -- Markdown -----------------------------------------------------------------------
    "markdown": (
        "## City council\n\n"
        "**Mayor Lena Ortiz** said on Monday that the [new budget](https://example.com/"
        "budget) would cut waste.\n\n"
        "> \"We will not raise taxes this year,\" Ortiz said.\n\n"
        "* \"The roads come first,\" said [Tom Kessler](https://example.com/tk).\n"
        "* \"Parks can wait,\" Kessler added.\n"),
    "markdown-link-speaker": (
        "# Flood defenses\n\n"
        "The river rose by two meters overnight, according to the [national weather "
        "service](https://weather.example.org/river).\n\n"
        "\u201cWe opened the gates at four in the morning,\u201d said "
        "[**Hanna Berg**](https://example.com/people/hanna-berg), who runs the "
        "flood office.\n"),
    "markdown-block-quote": (
        "### Notes from the hearing\n\n"
        "The witness, a retired engineer named Paul Dorn, read from his diary:\n\n"
        "> \u201cThe crack in the dam grew by a finger\u2019s width every month, and\n"
        "> nobody in the ministry wanted to know about it.\u201d\n\n"
        "Dorn told the panel he had written to the ministry six times.\n"),
    "markdown-bullets": (
        "## What they said\n\n"
        "* \u201cThis is a victory for every tenant in the city,\u201d said Omar Haddad.\n"
        "* \u201cWe will appeal,\u201d said landlord Greta Lind.\n"
        "* \u201cThe court got it right,\u201d Mayor Iris Chen said.\n"),
    "markdown-bold-names": (
        "**Coach Ben Moss** was blunt after the loss on Saturday.\n\n"
        "\u201cWe did not deserve to win,\u201d said **Moss**. \u201cNot today.\u201d\n\n"
        "His captain, __Lea Stone__, said the team would train on Sunday.\n"),
    # -- e-mail -------------------------------------------------------------------------
    "email-forward": (
        "Forwarding this from the plant.\n\n"
        "On Tue, Mar 3, 2026 at 9:14 AM Jo Park <jo@example.com> wrote:\n"
        "> The plant manager, Raul Diaz, said the line would reopen on Monday\n"
        "> after the leak was found and fixed by the maintenance crew.\n"
        ">\n"
        "> \"We have fixed the leak and tested every valve twice,\" Diaz said in\n"
        "> a note to staff. \"Nobody was hurt, and nobody will be.\"\n"),
    "email-nested": (
        "See below.\n\n"
        "> On Friday, Sam Ito wrote:\n"
        ">> The head of the school board, Vera Klein, told parents on Thursday\n"
        ">> that the new term would start a week late because of the repairs to\n"
        ">> the roof.\n"
        ">>\n"
        ">> \"Safety comes before the calendar,\" Klein said at the meeting in the\n"
        ">> gym.\n"),
    "email-wrapped-reply": (
        "Hi all,\n\n"
        "I spoke with the contractor this morning. Their foreman, Dario Conti,\n"
        "said the scaffolding would come down by the end of the month and that\n"
        "the street could reopen the week after that.\n\n"
        "\"We lost ten days to the rain, but we will make most of them up,\"\n"
        "Conti said when I asked him about the schedule.\n\n"
        "Best,\n"
        "Nina\n"),
    # -- line ends ----------------------------------------------------------------------
    "crlf-wrapped": (
        "The zoo welcomed its first baby elephant in forty years on Sunday, and\r\n"
        "the keepers said mother and calf were both healthy and eating well.\r\n\r\n"
        "\"She was standing within an hour, which is exactly what we hoped for,\"\r\n"
        "said head keeper Amir Khan, who stayed with the mother through the night.\r\n"
        "\"We have not picked a name yet.\"\r\n"),
    "cr-only": (
        "Rail workers will strike for two days next week, the union said on\r"
        "Friday after the last round of talks with the operator collapsed.\r\r"
        "\"The company left us no other choice,\" said union leader Sofia Marin,\r"
        "who has led the talks since the summer on behalf of the drivers.\r"),
    "crlf-single-lines": (
        "\u201cWe are done here,\u201d Ana Ruiz said.\r\n\r\n"
        "She left the room.\r\n"
        "\u201cGood riddance,\u201d said Bo Lin.\r\n"),
    # -- near misses --------------------------------------------------------------------
    "poem": (
        "At the funeral on Saturday, the poet's daughter, Ida Marsh, read the lines\n"
        "her father had written for her mother on the day they were married:\n\n"
        "\u201cThe river does not ask the stone\n"
        "Why it stays when all else goes;\n"
        "It bends, and sings, and carries on.\u201d\n\n"
        "Marsh said her father had never published the poem in his lifetime.\n"),
    "address": (
        "The embassy asked citizens who lost their passports in the storm to write to\n"
        "the consular section at the following address as soon as they were able:\n\n"
        "Consular Section\n"
        "12 Harbor Road\n"
        "Port Elin\n\n"
        "\"We will replace every document free of charge,\" said the consul, Aiko\n"
        "Mori, at a news conference at the embassy on Wednesday afternoon.\n"),
    "dash-list": (
        "The union listed its demands at the rally outside the town hall on\n"
        "Thursday, and its leader read each one aloud to the crowd of strikers:\n\n"
        "- a raise of five percent for every worker at the plant\n"
        "- two more days of paid leave in each year of the contract\n"
        "- a safety officer on every shift, paid for by the company\n\n"
        "\"None of this is new,\" said the union leader, Kofi Mensah. \"We asked\n"
        "for all of it last year.\"\n"),
    "one-line-paragraphs": (
        "\u201cWe won the vote, and we won it fairly,\u201d Mayor Ana Ruiz said on Monday.\n"
        "\u201cIt was close,\u201d said her rival, Bo Lin, who conceded on Tuesday.\n"
        "\u201cThe recount changed nothing,\u201d Ruiz said at her office.\n"),
    "compound-at-line-end": (
        "The well-known chef at the center of the dispute, a forty-year-\n"
        "old named Rosa Calvo, said the restaurant would reopen in the spring with\n"
        "a smaller menu and a long-\n"
        "term lease on the building that the owners signed on Monday.\n\n"
        "\"We are staying in this town, whatever the critics write,\" Calvo said.\n"),
    "song": (
        "The crowd sang the old anthem before the match, as it has since the club\n"
        "was founded, and the captain, Tariq Aziz, joined in from the pitch:\n\n"
        "\u201cRed and white, we hold the line,\n"
        "Through the rain and through the shine.\u201d\n\n"
        "\"It gives me goosebumps every single time,\" Aziz said after the game.\n"),
    "wrapped-wide-80": wrap(
        "The health minister, Karin Dahl, announced on Thursday that the country "
        "would open four new hospitals in the north over the next five years, a "
        "plan the opposition called too little and too late.",
        "\u201cPeople in the north have waited too long for care close to home,\u201d "
        "Dahl said. \u201cThat ends now.\u201d",
        "The opposition\u2019s health spokesman, Nils Berg, said the money would be "
        "better spent on the hospitals the country already had.", width=80),
    "wire-headline-byline": (
        "Harbor board votes to sell the old ferry terminal after a long fight\n"
        "By Jo Lind\n"
        "PORT ELIN (Wire) -- The harbor board voted on Tuesday to sell the old ferry\n"
        "terminal to a developer, ending a fight that had lasted for ten years.\n\n"
        "\"This building has cost us money every single winter,\" said board chair\n"
        "Dana Whitlow after the vote. \"Now it can cost someone else.\"\n"),
    "markdown-wrapped-bullets": (
        "## Reactions\n\n"
        "* \u201cWe are relieved that the plant will stay open, and we thank the\n"
        "  workers who never gave up,\u201d said the mayor, Ruth Akin.\n"
        "* \u201cThis is only a pause,\u201d said union steward Lars Eklund, who\n"
        "  warned that the owners could change their minds again next year.\n"),
    "numbered-quotes": (
        "Three voices from the night of the blackout, as told to our reporters:\n\n"
        "1. \u201cWe ate by candlelight and the children loved it,\u201d said Maya Cole.\n"
        "2. \u201cMy freezer is full of melted ice cream,\u201d said Hugo Brand.\n"
        "3. \u201cI slept through the whole thing,\u201d said Ines Duarte.\n"),
    "email-gmail-wrote": (
        "FYI, from the council clerk.\n\n"
        "On Mon, Apr 6, 2026 at 4:02 PM Clerk's Office <clerk@example.gov>\n"
        "wrote:\n\n"
        "> Council member Ada Wirth said on Monday that the vote on the new parking\n"
        "> rules would be delayed until after the summer recess, because the\n"
        "> city's lawyers had not finished their review.\n"
        ">\n"
        "> \"I would rather wait than pass a rule we have to repeal,\" Wirth said.\n"),
    "markdown-image": (
        "![Ana Ruiz speaking at the rally](https://example.com/img/ruiz.jpg)\n\n"
        "\u201cWe will march again next Sunday,\u201d said organizer Ana Ruiz.\n"),
    "plain-text-book": wrap(
        "The old man looked out over the harbor for a long time before he spoke "
        "again, and when he did his voice was quiet.",
        "\u201cI sailed these waters for fifty years,\u201d said Captain Elias "
        "Varga. \u201cThe sea gave me everything I have, and it took my brother.\u201d",
        "His granddaughter, Sofia Varga, said he still walked down to the pier every "
        "morning to watch the boats go out.",
        width=60, indent="   ", blank=False),
    "stray-break": (
        "Voter turnout in the county fell for the second election in a row, the "
        "election office said on Friday.\n\n"
        "\u201cThe campaigns spent their money on television ads that do little to bring "
        "people out\n"
        "in the primaries,\u201d said the strategist Ola Berg, who ran two campaigns in "
        "the county.\n"),
}

EXPECTED: list[tuple[str, str, str | None, object, object]] = [
    ("wire", "We were never asked what we wanted", "direct", "Ana Ruiz", "Ana Ruiz"),
    ("wire", "Now it is too late to change anything.", "direct", "Ana Ruiz", "Ana Ruiz"),
    ("wire", "the building needed repairs the county could not afford", "indirect",
     "Board member Tom Kessler", "Tom Kessler"),
    ("wire-width-64", "We have waited two years for a contract that respects our families",
     "direct", "Petra Ilieva", "Petra Ilieva"),
    ("wire-width-64", "We will wait no longer.", "direct", "Petra Ilieva", "Petra Ilieva"),
    ("wire-width-64", "the strike would cost the city millions of euros a day", "indirect",
     ("The port authority\u2019s director, Stefan Kolev", "Stefan Kolev"), "Stefan Kolev"),
    ("multi-paragraph-quote", "Our trucks are older than some of our firefighters", "direct",
     "Olsen", "Marta Olsen"),
    ("multi-paragraph-quote", "I am not asking for a new station", "direct", "Olsen",
     "Marta Olsen"),
    ("multi-paragraph-quote", "he would back the request", "indirect", "Councilman Eli Grant",
     "Eli Grant"),
    ("name-over-line", "The tents are down but the spirit of this town is not", "direct",
     "Jonas Weber", "Jonas Weber"),
    ("name-over-line", "We will rebuild them by Friday.", "direct", "Jonas Weber",
     "Jonas Weber"),
    ("name-over-line", "extra officers would patrol the fairground", "indirect",
     ("A police spokeswoman, Clara Nunez", "Clara Nunez"), "Clara Nunez"),
    ("cue-over-line", "Justice was slow, but it came in the end", "direct",
     ("the journalist's lawyer", "Rui Pinto"), "Rui Pinto"),
    ("cue-over-line", "He will be home tonight with his children.", "direct", None,
     "Rui Pinto"),
    ("cue-over-line", "they would not appeal the ruling", "indirect", "Prosecutors", None),
    ("said-at-line-start", "Every vessel has passed its inspection", "direct", "Ingrid Holm",
     "Ingrid Holm"),
    ("indented", "This room taught me how to listen", "direct",
     ("the conductor", "Lena Vogt"), "Lena Vogt"),
    ("indented", "the hall would become a library", "indirect",
     ("The mayor, Oskar Brandt", "Oskar Brandt"), "Oskar Brandt"),
    ("indented-continuation", "The pipes under the old town were laid", "direct", "Petrova",
     "Nadia Petrova"),
    ("indented-continuation", "We cannot fix them all at once", "direct", "Petrova",
     "Nadia Petrova"),
    ("pdf-hyphens", "the government would fund the new bridge", "indirect",
     "Officials of the regional transport office", None),
    ("pdf-hyphens", "It is a well-known problem that the old bridge cannot carry the trucks",
     "direct", ("the mayor, Lena Ortiz", "the mayor"), "Lena Ortiz"),
    ("pdf-hyphens", "the work would start in the spring", "indirect", "Ortiz", "Lena Ortiz"),
    ("pdf-page-break", "We handled more containers in December", "direct", "de Groot",
     "Piet de Groot"),
    ("pdf-page-break", "we will need another one before the decade is out.", "direct",
     "de Groot", "Piet de Groot"),
    ("pdf-page-break", "the cranes would be paid off", "indirect",
     ("The port's finance director, Mila Jansen", "Mila Jansen"), "Mila Jansen"),
    ("pdf-page-break", "fees would not rise for the local fishing fleet", "indirect", "Jansen",
     "Mila Jansen"),
    ("pdf-name-hyphen", "I never planned to stand for office", "direct", "Maria Lopez-Garcia",
     "Maria Lopez-Garcia"),
    ("markdown", "the new budget would cut waste", "indirect", "Mayor Lena Ortiz", "Lena Ortiz"),
    ("markdown", "We will not raise taxes this year", "direct", "Ortiz", "Lena Ortiz"),
    ("markdown", "The roads come first", "direct", "Tom Kessler", "Tom Kessler"),
    ("markdown", "Parks can wait", "direct", "Kessler", "Tom Kessler"),
    ("markdown-link-speaker", "We opened the gates at four in the morning", "direct",
     "Hanna Berg", "Hanna Berg"),
    # (the speaker: "a retired engineer named X" is not read as naming X; not a matter of
    # the marks, which are gone)
    ("markdown-block-quote", "The crack in the dam grew by a finger\u2019s width every month, "
     "and nobody in the ministry", "direct", None, ("Paul Dorn", "a retired engineer")),
    ("markdown-block-quote", "he had written to the ministry six times", "indirect", "Dorn",
     "Paul Dorn"),
    ("markdown-bullets", "This is a victory for every tenant", "direct", "Omar Haddad",
     "Omar Haddad"),
    ("markdown-bullets", "We will appeal", "direct", ("landlord Greta Lind", "Greta Lind"),
     "Greta Lind"),
    ("markdown-bullets", "The court got it right", "direct", "Mayor Iris Chen", "Iris Chen"),
    ("markdown-bold-names", "We did not deserve to win", "direct", "Moss", "Ben Moss"),
    ("markdown-bold-names", "Not today.", "direct", None, "Ben Moss"),
    ("markdown-bold-names", "the team would train on Sunday", "indirect",
     ("His captain, Lea Stone", "Lea Stone"), "Lea Stone"),
    ("email-forward", "the line would reopen on Monday after the leak was found", "indirect",
     ("The plant manager, Raul Diaz", "Raul Diaz"), "Raul Diaz"),
    ("email-forward", "We have fixed the leak and tested every valve twice", "direct", "Diaz",
     "Raul Diaz"),
    ("email-forward", "Nobody was hurt, and nobody will be.", "direct", None, "Raul Diaz"),
    ("email-nested", "the new term would start a week late because of the repairs to the roof",
     "indirect", ("The head of the school board, Vera Klein", "Vera Klein"), "Vera Klein"),
    ("email-nested", "Safety comes before the calendar", "direct", "Klein", "Vera Klein"),
    ("email-wrapped-reply", "the scaffolding would come down by the end of the month",
     "indirect", ("Their foreman, Dario Conti", "Dario Conti"), "Dario Conti"),
    ("email-wrapped-reply", "We lost ten days to the rain", "direct", "Conti", "Dario Conti"),
    ("crlf-wrapped", "She was standing within an hour", "direct", "head keeper Amir Khan",
     "Amir Khan"),
    ("crlf-wrapped", "We have not picked a name yet.", "direct", None, "Amir Khan"),
    ("cr-only", "The company left us no other choice", "direct", "union leader Sofia Marin",
     "Sofia Marin"),
    ("crlf-single-lines", "We are done here", "direct", "Ana Ruiz", "Ana Ruiz"),
    ("crlf-single-lines", "Good riddance", "direct", "Bo Lin", "Bo Lin"),
    # a poem's lines stay lines (its speaker, read from "read the lines her father had
    # written", is no matter of line breaks and is left unchecked)
    ("poem", "The river does not ask the stone", "direct", None, None),
    ("poem", "her father had never published the poem", "indirect", "Marsh", "Ida Marsh"),
    ("address", "We will replace every document free of charge", "direct",
     ("the consul", "Aiko Mori"), "Aiko Mori"),
    ("dash-list", "None of this is new", "direct", ("the union leader", "Kofi Mensah"),
     "Kofi Mensah"),
    ("dash-list", "We asked for all of it last year.", "direct", None, "Kofi Mensah"),
    ("one-line-paragraphs", "We won the vote", "direct", "Mayor Ana Ruiz", "Ana Ruiz"),
    ("one-line-paragraphs", "It was close", "direct", ("her rival", "Bo Lin"),
     "Bo Lin"),
    ("one-line-paragraphs", "The recount changed nothing", "direct", "Ruiz", "Ana Ruiz"),
    ("compound-at-line-end", "the restaurant would reopen in the spring with a smaller menu "
     "and a long-term lease", "indirect",
     # (the chef set off as "a forty-year-old named X": the one named, h60-sty)
     ("The well-known chef", "a forty-year-old named Rosa Calvo"), None),
    ("compound-at-line-end", "We are staying in this town", "direct", "Calvo", "Rosa Calvo"),
    ("song", "It gives me goosebumps every single time", "direct", "Aziz", "Tariq Aziz"),
    ("wire-headline-byline", "This building has cost us money every single winter", "direct",
     ("board chair Dana Whitlow", "Dana Whitlow"), "Dana Whitlow"),
    ("wire-headline-byline", "Now it can cost someone else.", "direct", None, "Dana Whitlow"),
    ("markdown-wrapped-bullets", "We are relieved that the plant will stay open, and we thank "
     "the workers who never gave up", "direct", ("the mayor", "Ruth Akin"), "Ruth Akin"),
    ("markdown-wrapped-bullets", "This is only a pause", "direct",
     ("union steward Lars Eklund", "Lars Eklund"), "Lars Eklund"),
    ("numbered-quotes", "We ate by candlelight", "direct", "Maya Cole", "Maya Cole"),
    ("numbered-quotes", "My freezer is full of melted ice cream", "direct", "Hugo Brand",
     "Hugo Brand"),
    ("numbered-quotes", "I slept through the whole thing", "direct", "Ines Duarte",
     "Ines Duarte"),
    ("email-gmail-wrote", "the vote on the new parking rules would be delayed until after the "
     "summer recess", "indirect", ("Council member Ada Wirth", "Ada Wirth"), "Ada Wirth"),
    ("email-gmail-wrote", "I would rather wait than pass a rule", "direct", "Wirth",
     "Ada Wirth"),
    ("markdown-image", "We will march again next Sunday", "direct", "organizer Ana Ruiz",
     "Ana Ruiz"),
    ("plain-text-book", "I sailed these waters for fifty years", "direct",
     "Captain Elias Varga", "Elias Varga"),
    ("plain-text-book", "The sea gave me everything I have", "direct", None, "Elias Varga"),
    ("plain-text-book", "he still walked down to the pier", "indirect",
     ("His granddaughter, Sofia Varga", "Sofia Varga"), "Sofia Varga"),
    # a stray line break inside a sentence of a text with a paragraph a line
    ("stray-break", "to bring people out in the primaries", "direct",
     ("the strategist Ola Berg", "Ola Berg"), "Ola Berg"),
    ("wrapped-wide-80", "People in the north have waited too long", "direct", "Dahl",
     "Karin Dahl"),
    ("wrapped-wide-80", "That ends now.", "direct", None, "Karin Dahl"),
    ("wrapped-wide-80", "the money would be better spent", "indirect", None, "Nils Berg"),
]

NOT_YET: dict[tuple[str, str], str] = {}


@cache
def _result(article: str) -> quotetrack.ArticleResult:
    return quotetrack.extract(ARTICLES[article])


@cache
def found_in(article: str) -> tuple[tuple[str, str, str | None, str | None], ...]:
    return tuple(quote_rows(ARTICLES[article]))


@pytest.mark.parametrize("article, piece, kind, mention, name", style_cases(EXPECTED, NOT_YET))
def test_attribution(article: str, piece: str, kind: str | None, mention: object,
                     name: object) -> None:
    """The quote that holds ``piece`` has the expected kind, mention and speaker; or, for a
    kind of ``None`` and no speaker, no quote holds it."""
    check_attribution(found_in(article), piece, kind, mention, name)


@pytest.mark.parametrize("article", sorted(ARTICLES))
def test_offsets_point_into_the_text_as_given(article: str) -> None:
    """Every quote, cue and mention offset slices the text the user gave, and the reported
    text is the cleaned form of that slice (a wrapped line's newline read as a space)."""
    text = ARTICLES[article]
    result = _result(article)
    assert result.text == text
    cleaned = clean_text(text)
    for start, end, got in offset_spans(result):
        assert 0 <= start < end <= len(text), (article, start, end, got)
        assert cleaned.text[cleaned.to_cleaned(start):cleaned.to_cleaned(end)] == got
        # the slice holds the same words, line breaks, hyphens and marks aside
        assert text[start].strip() and text[end - 1].strip(), (article, text[start:end])


def test_what_stays_a_line() -> None:
    """A poem's lines, an address, a list whose lines are items and short one-line
    paragraphs keep their newlines; a wrapped paragraph's newlines become spaces, one for
    one, so every offset still points into the text as given."""
    poem = clean_text(ARTICLES["poem"]).text
    assert "the stone\nWhy it stays when all else goes;\nIt bends" in poem
    assert "read the lines her father" in poem  # the lead-in's wrapped line is one line
    assert "Consular Section\n12 Harbor Road\nPort Elin" in clean_text(ARTICLES["address"]).text
    dash = clean_text(ARTICLES["dash-list"]).text
    assert "at the plant\n- two more days" in dash and "contract\n- a safety" in dash
    bullets = clean_text(ARTICLES["markdown-bullets"]).text
    assert "said Omar Haddad.\n* \u201cWe will appeal" in bullets  # (the bullet stays)
    text = ARTICLES["one-line-paragraphs"]
    assert clean_text(text).text == text
    byline = clean_text(ARTICLES["wire-headline-byline"]).text
    assert "a long fight\nBy Jo Lind\nPORT ELIN" in byline
    wire = clean_text(ARTICLES["wire"])
    assert len(wire.text) == len(ARTICLES["wire"])
    assert "said Ana Ruiz, who" in wire.text and "hall.\n\n\"We were" in wire.text


def test_hyphens_over_a_line_break() -> None:
    """A word hyphenated over a line break is one word again; the first word of a compound
    ("well-", "long-", "forty-year-") and a capitalised second part ("Lopez-\nGarcia") keep
    the hyphen; a dash set off by spaces is no hyphen."""
    assert "the government would" in clean_text(ARTICLES["pdf-hyphens"]).text
    assert "local reporters at" in clean_text(ARTICLES["pdf-hyphens"]).text
    compound = clean_text(ARTICLES["compound-at-line-end"]).text
    assert "a forty-year-old named" in compound and "a long-term lease" in compound
    assert "Maria Lopez-Garcia, who" in clean_text(ARTICLES["pdf-name-hyphen"]).text
    assert clean_text("a 40-\nyear-old striker").text == "a 40-year-old striker"
    assert clean_text("It rained -\nand then it stopped.").text == (
        "It rained -\nand then it stopped.")


def test_markdown_marks_are_gone_but_offsets_keep_them() -> None:
    """A Markdown link's url, bold marks, "> " and "## " marks are deleted; the speaker's
    mention points at the name inside the link in the text as given."""
    text = ARTICLES["markdown-link-speaker"]
    cleaned = clean_text(text).text
    assert "https" not in cleaned and "**" not in cleaned and "# Flood" not in cleaned
    q = next(q for q in _result("markdown-link-speaker").quotes if "gates" in q.text)
    assert q.speaker_mention is not None
    assert text[q.speaker_mention.start:q.speaker_mention.end] == "Hanna Berg"


def test_markdown_marks_over_a_wrapped_line() -> None:
    """Bold marks and a link's brackets around a wrapped line's newline go too; over a blank
    line they stay (no paragraph is read as one bold run)."""
    text = ("The board chair, **Ana\nRuiz**, said [the new\nbudget](https://example.org/b) "
            "was fine.\n\n**A\n\nB**\n")
    assert clean_text(text).text == ("The board chair, Ana\nRuiz, said the new\nbudget was "
                                     "fine.\n\n**A\n\nB**\n")


def test_page_numbers_and_running_heads_are_emptied() -> None:
    """A page number and a running head repeated on every page are no part of the report; a
    quote a page break cut in mid-sentence is one quote again."""
    cleaned = clean_text(ARTICLES["pdf-page-break"]).text
    assert "Page 13" not in cleaned and "Annual Report" not in cleaned
    assert "need another one before the decade" in cleaned
