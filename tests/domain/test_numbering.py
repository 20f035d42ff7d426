"""The numbers of sibling items after an item is added, deleted or moved."""

import pytest

from minutetaker.domain.numbering import letters, renumber, sibling_style


def test_top_level_items_count_from_one():
    assert renumber(None, ["1", "2", "4", "5", ""]) == ["1", "2", "3", "4", "5"]


def test_sub_items_of_a_plain_number_are_dotted():
    assert renumber("5", [""]) == ["5.1"]
    assert renumber("5", ["5.1", "", "5.2"]) == ["5.1", "5.2", "5.3"]


def test_lettered_siblings_stay_lettered():
    assert renumber("4", ["4a", "4b", "4c", ""]) == ["4a", "4b", "4c", "4d"]
    assert renumber("4", ["4a", "4c"]) == ["4a", "4b"]


def test_a_renumbered_parent_takes_its_scheme_along():
    assert renumber("3", ["4a", "4b"], old_parent="4") == ["3a", "3b"]
    assert renumber("2", ["3.1", "3.2"], old_parent="3") == ["2.1", "2.2"]


def test_a_parent_ending_in_a_letter_gets_dotted_sub_items():
    assert sibling_style("4a", ["4aa"]) == "dotted"
    assert renumber("4a", ["", ""]) == ["4a.1", "4a.2"]


def test_the_first_sibling_in_a_known_scheme_decides():
    assert sibling_style("4", ["", "AOB", "4b", "4.1"]) == "letters"
    assert sibling_style("4", ["", "odd"]) == "dotted"
    assert sibling_style("4", ["4A"]) == "letters"


@pytest.mark.parametrize(("n", "text"), [(1, "a"), (26, "z"), (27, "aa"), (28, "ab"), (53, "ba")])
def test_letters_run_on_past_z(n, text):
    assert letters(n) == text


def test_letter_labels_start_at_one():
    with pytest.raises(ValueError):
        letters(0)
