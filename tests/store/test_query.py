from minutetaker.store.query import to_fts


def test_plain_words_are_quoted_and_all_required():
    assert to_fts("unresourced incidents") == '"unresourced" AND "incidents"'


def test_phrase_prefix_exclusion_and_or():
    assert to_fts('"call handling" tel* -rape') == '("call handling" AND "tel"*) NOT "rape"'
    assert to_fts("burglary OR robbery") == '("burglary" OR "robbery")'


def test_punctuation_alone_is_nothing_to_search():
    assert to_fts('" ( ) : *') is None
    assert to_fts("-excluded") is None


def test_operators_typed_out_of_place_are_words():
    assert to_fts("rape AND") == '"rape" AND "AND"'
    assert to_fts("NEAR(a b)") == '"NEAR" AND "a" AND "b"'
