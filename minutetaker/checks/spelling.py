"""A spell check that knows the room: text in, misspelt words (or findings) out.

Never flagged: words in capitals and codes (ACC, HMICFRS, CEx), words with
digits, web and e-mail addresses, single letters, the words of the meeting's
people (names, capacities, role codes), its title, venues and agenda headings,
the office dictionary, the words ignored in this meeting, and a short list of
police governance words the dictionary lacks ("wellbeing", "unresourced",
``resources/dictionaries/policing-words.txt``). Possessives are
judged by their word ("Telford's" as "Telford"), hyphenated words whole or part
by part, curly apostrophes as straight ones.

The window's highlighter calls :meth:`SpellChecker.misspelt_spans` once per
paragraph as the person types: after a word's first judgement it costs a dict
look-up a word. No Qt, no SQL.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from minutetaker.checks import words as w
from minutetaker.checks.dictionary import MAX_SUGGESTIONS, Dictionary, shared_dictionary
from minutetaker.checks.findings import Finding
from minutetaker.checks.in_context import british_form, slip_in_context
from minutetaker.checks.proper_nouns import proper_nouns
from minutetaker.checks.words import Span, Token
from minutetaker.domain.model import Block, Item, Meeting

EXCERPT_WORDS = 5  # words quoted on each side of a finding
# The words judged by their neighbours (checks/in_context.py), as they may be typed.
_IN_CONTEXT = frozenset(
    form
    for word in ("program", "programs", "license", "licenses")
    for form in (word, word.capitalize())
)


def _fold(word: str) -> str:
    return word.replace("’", "'").casefold()


@functools.cache
def policing_words() -> frozenset[str]:
    """Words of police governance the dictionary lacks ("wellbeing", "cyber",
    "unresourced"), shipped in resources/dictionaries/policing-words.txt."""
    from minutetaker.resources import resource

    text = resource("dictionaries", "policing-words.txt").read_text(encoding="utf-8")
    lines = (line.strip() for line in text.splitlines())
    return frozenset(_fold(line) for line in lines if line and not line.startswith("#"))


@dataclass(frozen=True)
class Room:
    """The words that are right in this meeting whatever the dictionary says,
    compared without regard to case ("campion" is John Campion's name here)."""

    words: frozenset[str] = frozenset()

    @classmethod
    def of(cls, *texts: str) -> Room:
        """The words of ``texts`` (names, places, headings...), each word and
        each part of a hyphenated one."""
        found: set[str] = set()
        for text in texts:
            for token in w.tokens(text or ""):
                for piece in (token, *w.parts(token)):
                    found.add(_fold(piece.text))
                    base = w.without_possessive(piece.text)
                    if base:
                        found.add(_fold(base))
        return cls(frozenset(found))

    @classmethod
    def of_meeting(
        cls,
        meeting: Meeting,
        office_words: Iterable[str] = (),
        ignored_words: Iterable[str] = (),
    ) -> Room:
        """The room of ``meeting``: its people, places and headings, with the
        office dictionary and the words ignored in this meeting."""
        texts = [meeting.title, meeting.venue, meeting.chair]
        texts += [meeting.minute_taker.name, meeting.minute_taker.capacity]
        if meeting.next_meeting is not None:
            texts.append(meeting.next_meeting.venue)
        for person in meeting.people:
            texts += [person.name, person.capacity, person.role]
        for item in meeting.walk_items():
            texts.append(item.heading)
            texts += [action.owner for action in item.actions]
            if item.brought_forward is not None:
                texts.append(item.brought_forward.owner)
        texts += list(office_words) + list(ignored_words)
        return cls.of(*texts)

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and _fold(word) in self.words

    def __or__(self, other: Room) -> Room:
        return Room(self.words | other.words)


class SpellChecker:
    """Judges words against the dictionary and the room, remembering each verdict.

    Make one per open meeting (or call :meth:`set_room` when the room changes:
    a person added, a word put in the office dictionary or ignored).
    """

    def __init__(self, dictionary: Dictionary | None = None, room: Room | None = None) -> None:
        self.dictionary = dictionary if dictionary is not None else shared_dictionary()
        self._room = room if room is not None else Room()
        self._shipped = policing_words()
        self._names = proper_nouns()
        self._verdicts: dict[str, bool] = {}

    @property
    def room(self) -> Room:
        return self._room

    def set_room(self, room: Room) -> None:
        """Judge from now on with ``room`` (the verdicts so far are forgotten)."""
        self._room = room
        self._verdicts = {}

    def is_misspelt(self, word: str) -> bool:
        """Whether ``word`` (one word, no spaces) would be flagged."""
        verdict = self._verdicts.get(word)
        if verdict is None:
            verdict = self._judge(word)
            self._verdicts[word] = verdict
        return verdict

    def _judge(self, word: str) -> bool:
        if len(word) > w.LONGEST_WORD:  # not a word; a hyphenated run is judged by its parts
            return "-" in word
        if len(word) < 2 or w.is_code(word) or self._right(word):
            return False
        base = w.without_possessive(word)
        return base is None or not self._right(base)

    def _right(self, word: str) -> bool:
        return (
            word in self._room
            or _fold(word) in self._shipped
            or self._knows(word)
            or (word[:1].isupper() and word in self._names)  # "Telford", not "telford"
        )

    def _knows(self, word: str) -> bool:
        if self.dictionary.knows(word):
            return True
        plain = w.plain_letters(word)
        return plain != word and self.dictionary.knows(plain)

    def misspellings(self, text: str) -> list[Token]:
        """The misspelt words of ``text``, in order: a hyphenated word known
        whole is right; otherwise each misspelt part is a misspelling of its own."""
        found: list[Token] = []
        for token in w.tokens(text):
            if not self.is_misspelt(token.text):
                if token.text in _IN_CONTEXT and slip_in_context(text, token.start, token.end):
                    found.append(token)  # "the inspection program", "a driving license"
                continue
            if "-" in token.text:
                found += [part for part in w.parts(token) if self.is_misspelt(part.text)]
            else:
                found.append(token)
        return found

    def misspelt_spans(self, text: str, *, utf16: bool = False) -> list[Span]:
        """Where the misspelt words of one paragraph are: ``[(start, end), ...]``,
        end exclusive (``Span.length`` gives end - start). ``utf16=True`` counts
        in UTF-16 code units, as QSyntaxHighlighter.setFormat does."""
        spans = [token.span for token in self.misspellings(text)]
        return w.utf16_spans(text, spans) if utf16 else spans

    def suggestions(self, word: str, limit: int = MAX_SUGGESTIONS) -> list[str]:
        """Up to ``limit`` (five) spellings ``word`` may have been meant as,
        the likeliest first (an American spelling's British form first)."""
        british = british_form(word)
        if british is not None:
            return [british]
        base = w.without_possessive(word)
        if base is not None and self.is_misspelt(base):
            return [s + word[-2:] for s in self.dictionary.suggest(base, limit)]
        return self.dictionary.suggest(word, limit)


def spelling_findings(meeting: Meeting, checker: SpellChecker) -> list[Finding]:
    """Every misspelt word of ``meeting``, in agenda order: its topics, notes
    (questions and their findings too), actions and brought-forward records."""
    findings: list[Finding] = []
    for item in meeting.walk_items():
        for text in _item_texts(item):
            for token in checker.misspellings(text):
                findings.append(
                    Finding(
                        item_number=item.number,
                        kind="spelling",
                        text=token.text,
                        excerpt=excerpt(text, token.start, token.end),
                        suggestions=tuple(checker.suggestions(token.text)),
                    )
                )
    return findings


def _item_texts(item: Item) -> Iterator[str]:
    if item.brought_forward is not None:
        yield item.brought_forward.subject
        yield item.brought_forward.action
    yield item.topic
    for block in item.blocks:
        yield from _block_texts(block)
    for action in item.actions:
        yield action.text


def _block_texts(block: Block) -> Iterator[str]:
    for part in block.walk():
        yield part.text


def excerpt(text: str, start: int, end: int, words: int = EXCERPT_WORDS) -> str:
    """The words around ``text[start:end]``, as a person would quote them:
    up to ``words`` words each side, "…" where the paragraph goes on.

    Only the text near the word is read (a few hundred characters, more only
    where the words are long), so a paragraph with thousands of findings is
    quoted in time that grows with it, not with its square."""
    before, more_before = _words_before(text, start, words + 1)
    after, more_after = _words_after(text, end, words + 1)
    # The word itself may be glued to punctuation or a neighbour: keep what touches it.
    head = "" if start == 0 or text[start - 1].isspace() else before.pop()
    tail = "" if end == len(text) or text[end].isspace() else after.pop(0)
    left = " ".join(before[-words:])
    right = " ".join(after[:words])
    quoted = head + text[start:end] + tail
    out = " ".join(part for part in (left, quoted, right) if part)
    if len(before) > words or more_before:
        out = "…" + out
    if len(after) > words or more_after:
        out += "…"
    return out


_REACH = 400  # characters read first on each side of a finding


def _words_before(text: str, start: int, wanted: int) -> tuple[list[str], bool]:
    """The whole words of ``text[:start]`` (at least the last ``wanted`` + 1 of them
    where there are so many, the one touching ``start`` counted), and whether
    there is more text before the first of them."""
    reach = _REACH
    while True:
        low = max(0, start - reach)
        found = text[low:start].split()
        if low > 0 and found and not text[low - 1].isspace() and not text[low].isspace():
            found.pop(0)  # a word cut by the window: not whole
        if low == 0 or len(found) > wanted:
            return found, low > 0 and _any_text(text, low - 1, -1)
        reach *= 4


def _words_after(text: str, end: int, wanted: int) -> tuple[list[str], bool]:
    """The same after ``end``: the first whole words of ``text[end:]``."""
    reach = _REACH
    while True:
        high = min(len(text), end + reach)
        found = text[end:high].split()
        cut = high < len(text) and not text[high - 1].isspace() and not text[high].isspace()
        if found and cut:
            found.pop()  # a word cut by the window: not whole
        if high == len(text) or len(found) > wanted:
            return found, high < len(text) and _any_text(text, high, 1)
        reach *= 4


def _any_text(text: str, index: int, step: int) -> bool:
    """Whether a character that is not white space stands at ``index`` or beyond
    (``step`` -1: before it); stops at the first one."""
    while 0 <= index < len(text):
        if not text[index].isspace():
            return True
        index += step
    return False
