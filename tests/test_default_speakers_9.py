"""Speakers on the model-free path, nineteenth round: one regression case per cause fixed
on PolNeAR train, each found where the parsed path named the speaker and the surface rules
did not.

Every text here was written for the test; each shows one pattern from news.
"""

from __future__ import annotations

from findings import said


def test_a_closing_report_frame_credits_the_participles_before_it():
    """"Dole welcomed the news, saying she was “doing the right thing,” suggesting he
    might hire her, the Harbor Times reported.": the frame that ends the sentence credits
    all of it, the participles' statements too, as "X declared A, officials said." and a
    closing "according to X" do; without the closing frame they stay Dole's."""
    found = said("Tom Dole welcomed the news that Ann Finch would quit, saying she was "
                 "\"doing the right thing,\" suggesting he might hire her, the Harbor Times "
                 "reported.")
    assert found["doing the right thing"] == "the Harbor Times"
    assert found["he might hire her"] == "the Harbor Times"
    found = said("Tom Dole welcomed the news that Ann Finch would quit, saying she was "
                 "\"doing the right thing,\" and suggesting he might hire her.")
    assert found["doing the right thing"] == "Tom Dole"
