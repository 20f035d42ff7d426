"""The reasons for withholding: FOI exemptions as an office cites them, or free text."""

import pytest

from minutetaker.domain.reasons import EXEMPTIONS, describe_reason, exemption_of


@pytest.mark.parametrize(
    "typed, described",
    [
        ("s31", "s31 (law enforcement)"),
        ("S.38", "s38 (health and safety)"),
        ("section 40", "s40 (personal information)"),
        ("Section 41 FOIA", "s41 (information provided in confidence)"),
        ("s43 – commercial interests", "s43 (commercial interests)"),
        ("s36", "s36 (prejudice to the effective conduct of public affairs)"),
        ("s40(2)", "s40(2) (personal information)"),
        ("s31: live operation in Eastport", "s31 (law enforcement): live operation in Eastport"),
        ("operationally sensitive", "operationally sensitive"),
        ("  draft inspection\nfindings ", "draft inspection findings"),
        ("", ""),
        ("s99", "s99"),  # not an exemption we know: kept as typed
        ("since 2014 the force has", "since 2014 the force has"),
    ],
)
def test_a_reason_is_described_in_words_a_reader_understands(typed, described):
    assert describe_reason(typed) == described


def test_the_six_exemptions_an_office_cites_are_known_in_the_order_offered():
    assert [e.code for e in EXEMPTIONS] == ["s31", "s38", "s40", "s41", "s43", "s36"]
    assert EXEMPTIONS[2].label == "s40 – personal information"
    assert exemption_of("s40 a witness") is EXEMPTIONS[2]
    assert exemption_of("free text") is None
