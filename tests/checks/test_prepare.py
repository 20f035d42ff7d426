"""Making the prepared dictionary, and what happens when it does not fit:
a tiny invented dictionary prepared and compared with the engine, a dictionary
the prepared layer cannot reproduce refused, a stale or damaged file ignored."""

from __future__ import annotations

import shutil

import pytest
from hypothesis import given
from hypothesis import strategies as st

from minutetaker.checks.dictionary import Dictionary, dictionary_path
from minutetaker.checks.ngram import BitCounter
from minutetaker.checks.prepare import CannotPrepare, build, main
from minutetaker.checks.prepared import prepared_path, read_prepared

AFF = """SET UTF-8
TRY esianrtolcdugmphbyfvkwzESIANRTOLCDUGMPHBYFVKWZ'
ICONV 1
ICONV ’ '
NOSUGGEST !

PFX A Y 1
PFX A   0     re         .

SFX S Y 2
SFX S   y     ies        [^aeiou]y
SFX S   0     s          [^y]

SFX D Y 2
SFX D   0     ed         [^e]
SFX D   0     d          e

SFX M Y 1
SFX M   0     's         .
"""
DIC = """9
brackle/ASDM
moorvale/SM
Fenwold/SM
pelty/SM
wend/ASD
grole/AD
NATO/M
McTavish/M
drat/!
"""


def _tiny(folder, aff: str = AFF, dic: str = DIC):
    base = folder / "xx_XX"
    base.with_suffix(".aff").write_text(aff, encoding="utf-8")
    base.with_suffix(".dic").write_text(dic, encoding="utf-8")
    return base


def _prepare(base) -> int:
    return main([str(base)])


def test_a_tiny_dictionary_prepared_judges_as_the_engine(tmp_path, capsys):
    from spylls.hunspell import Dictionary as Engine

    base = _tiny(tmp_path)
    assert _prepare(base) == 0
    assert "forms" in capsys.readouterr().out
    prepared = Dictionary(base)
    assert prepared.prepared
    engine = Engine.from_files(str(base))
    words = read_prepared(base)
    assert {"rebrackled", "pelties", "Fenwold's", "regroled", "NATO's"} <= words.forms
    assert "fenwold" in words.lower  # "FENWOLD" is right, "fenwold" is not
    assert "drat" in words.nosuggest
    candidates = sorted(words.forms | words.lower)
    candidates += ["fenwold", "FENWOLD", "MCTAVISH", "Mctavish", "mctavish", "pelty-wend"]
    candidates += ["brackles", "reFenwold", "peltys", "wended’s", "brackle’s", "nato", "Nato"]
    for word in candidates:
        for cased in (word, word.upper(), word.capitalize(), word.lower()):
            assert prepared.knows(cased) == bool(engine.lookup(cased)), cased
    alone = Dictionary(base, prepared=False)
    for slip in ("brakle", "moorvail", "Fenwod", "peltie", "wnd", "gorle", "dratt"):
        assert prepared.suggest(slip) == alone.suggest(slip), slip


@pytest.mark.parametrize(
    ("change", "named"),
    [
        (lambda aff: aff + "KEEPCASE K\n", "KEEPCASE"),
        (lambda aff: aff + "FORBIDDENWORD F\n", "FORBIDDENWORD"),
        (lambda aff: aff + "COMPOUNDFLAG Z\n", "COMPOUNDFLAG"),
        (lambda aff: aff + "LANG tr_TR\n", "LANG tr_TR"),
        (lambda aff: aff.replace("ICONV ’ '", "ICONV ae æ"), "ICONV"),
        (lambda aff: aff + "BREAK 1\nBREAK /\n", "BREAK"),
        (lambda aff: aff.replace("SFX M   0     's", "SFX M   0     's/S"), "affixes with flags"),
    ],
)
def test_a_dictionary_the_prepared_layer_cannot_reproduce_is_refused(
    tmp_path, capsys, change, named
):
    base = _tiny(tmp_path, aff=change(AFF))
    with pytest.raises(CannotPrepare, match=named):
        build(base)
    assert _prepare(base) == 1
    assert named in capsys.readouterr().err
    assert not prepared_path(base).exists()


def test_a_prepared_file_made_from_other_sources_is_ignored(tmp_path):
    base = _tiny(tmp_path)
    _prepare(base)
    # the dictionary changes after it was prepared: the engine alone, with the new word
    base.with_suffix(".dic").write_text(DIC.replace("9\n", "10\n") + "glimmock/S\n", "utf-8")
    assert read_prepared(base) is None
    dictionary = Dictionary(base)
    assert not dictionary.prepared
    assert dictionary.knows("glimmocks")


@pytest.mark.parametrize("damage", ["truncated", "flipped", "header", "empty"])
def test_a_damaged_prepared_file_is_ignored(tmp_path, damage):
    base = tmp_path / "en_GB"
    for suffix in (".aff", ".dic", ".prepared"):
        shutil.copy(dictionary_path().with_suffix(suffix), base.with_suffix(suffix))
    path = prepared_path(base)
    data = bytearray(path.read_bytes())
    if damage == "truncated":
        data = data[: len(data) // 2]
    elif damage == "flipped":
        data[-1000] ^= 0xFF
    elif damage == "header":  # valid JSON, but not a header
        start = data.index(b"\n") + 1
        data[start : data.index(b"\n", start)] = b"[]"
    else:
        data = bytearray()
    path.write_bytes(bytes(data))
    assert read_prepared(base) is None
    dictionary = Dictionary(base)
    assert not dictionary.prepared
    assert dictionary.knows("organise") and not dictionary.knows("organize")


@given(
    st.integers(min_value=1, max_value=70).flatmap(
        lambda size: st.tuples(
            st.just(size),
            st.lists(st.tuples(st.sets(st.integers(0, size - 1)), st.integers(0, 9)), max_size=12),
            st.integers(0, 80),
        )
    )
)
def test_the_bit_sliced_counter_counts_as_plain_arithmetic(case):
    size, additions, threshold = case
    counter, plain = BitCounter(), [0] * size
    for members, times in additions:
        counter.add(sum(1 << i for i in members), times)
        for i in members:
            plain[i] += times
    everyone = (1 << size) - 1
    reached = counter.at_least(threshold, everyone)
    assert [bool(reached >> i & 1) for i in range(size)] == [n >= threshold for n in plain]
    doubled = counter.copy()
    doubled.add_counter(counter, mask=0b1010101)
    reached = doubled.at_least(threshold, everyone)
    expected = [n * (2 if i < 7 and i % 2 == 0 else 1) >= threshold for i, n in enumerate(plain)]
    assert [bool(reached >> i & 1) for i in range(size)] == expected
