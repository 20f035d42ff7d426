"""The tokenizer: which words of a paragraph are judged, and where they are."""

from __future__ import annotations

from minutetaker.checks.words import Span, is_code, parts, tokens, utf16_spans, without_possessive


def _words(text: str) -> list[str]:
    return [t.text for t in tokens(text)]


def test_words_come_with_their_place_in_the_paragraph():
    text = "The CC was satisfied."
    for token in tokens(text):
        assert text[token.start : token.end] == token.text
    assert _words(text) == ["The", "CC", "was", "satisfied"]


def test_quotes_and_punctuation_are_not_part_of_a_word():
    assert _words("'Violence against the person', 'rape' and (VAP).") == [
        "Violence",
        "against",
        "the",
        "person",
        "rape",
        "and",
        "VAP",
    ]


def test_apostrophes_inside_a_word_keep_it_whole_straight_or_curly():
    assert _words("Telford's rate; the CC can’t accept it; officers' views") == [
        "Telford's",
        "rate",
        "the",
        "CC",
        "can’t",
        "accept",
        "it",
        "officers",
        "views",
    ]


def test_words_with_digits_are_left_out():
    assert _words("The AB1 plate, 11th September, Q3 at 10:30 and 1st") == [
        "The",
        "plate",
        "September",
        "at",
        "and",
    ]


def test_web_and_email_addresses_and_dotted_names_are_left_out():
    text = (
        "See https://www.northshire.police.uk/about-us/plan or www.opcc-northshire.gov.uk, "
        "write to j.bloggs@northshire.pnn.police.uk, e.g. by Friday."
    )
    assert _words(text) == ["See", "or", "write", "to", "by", "Friday"]


def test_a_hyphenated_word_comes_whole_and_its_parts_with_their_places():
    text = "a self-harn incident"
    (whole,) = [t for t in tokens(text) if "-" in t.text]
    assert whole.text == "self-harn"
    assert [(p.text, text[p.start : p.end]) for p in parts(whole)] == [
        ("self", "self"),
        ("harn", "harn"),
    ]


def test_possessives_straight_and_curly():
    assert without_possessive("Telford's") == "Telford"
    assert without_possessive("Telford’s") == "Telford"
    assert without_possessive("Telford") is None


def test_codes_are_words_with_two_capitals():
    for code in ("ACC", "CEx", "DCIs", "HMICFRS", "PCC's"):
        assert is_code(code)
    for word in ("Telford", "the", "A"):
        assert not is_code(word)


def test_spans_in_utf16_units_count_an_emoji_as_two():
    text = "🚓 recieved"
    spans = [Span(2, 10)]
    assert text[2:10] == "recieved"
    assert utf16_spans(text, spans) == [Span(3, 11)]
    assert utf16_spans("plain", [Span(0, 5)]) == [Span(0, 5)]
    assert utf16_spans("café – recieved", [Span(7, 15)]) == [Span(7, 15)]  # (all in the BMP)
    assert Span(3, 11).length == 8
