import pytest

from minutetaker.domain.text import clean_line, clean_text, title_key


def test_word_line_and_page_breaks_become_line_breaks():
    assert clean_text("one\x0btwo\x0cthree\r\nfour\rfive") == "one\ntwo\nthree\nfour\nfive"


def test_controls_word_cannot_hold_are_dropped():
    assert clean_text("bell\x07 escape\x1b null\x00 del\x7f") == "bell escape null del"


def test_lone_surrogates_are_dropped_but_emoji_kept():
    assert clean_text("half \ud83d of a face, whole 😀") == "half  of a face, whole 😀"


def test_tabs_right_to_left_and_accents_survive():
    text = "Tab\there – مرحبا – שלום – café"
    assert clean_text(text) == text


def test_one_line_fields_turn_breaks_into_spaces():
    assert clean_line("Chief\x0bConstable") == "Chief Constable"


def test_empty_text_stays_empty():
    assert clean_text("") == ""


@pytest.mark.parametrize(
    "invisible",
    [
        "\ufe0f",  # variation selector-16 (an emoji's "show as picture"), after a letter
        "\ufe00",  # variation selector-1
        "\u034f",  # combining grapheme joiner
        "\u180e",  # Mongolian vowel separator
        "\u3164",  # Hangul filler
        "\U000e0101",  # variation selector-18
    ],
)
def test_titles_differing_by_an_invisible_character_are_the_same(invisible):
    """Issue 11.15 named the zero-width space; these print nothing either."""
    plain = "Monthly Assurance Meeting"
    assert title_key(f"Monthly{invisible} Assurance Meeting") == title_key(plain)
    assert title_key(plain + invisible) == title_key(plain)


def test_titles_differing_by_a_visible_mark_stay_different():
    assert title_key("Monthly Assurance Meeting\u0301") != title_key("Monthly Assurance Meeting")
    assert title_key("Réunion") != title_key("Reunion")


def test_every_character_cleaned_is_one_the_quick_pass_stops_at():
    """clean_text returns printable text untouched at once: that is only right if
    every character it changes or removes is one str.isprintable() refuses."""
    import sys

    from minutetaker.domain import text as module

    for code in range(sys.maxunicode + 1):
        char = chr(code)
        if module._BREAKS.match(char) or module._REFUSED.match(char):
            assert not char.isprintable(), hex(code)
