"""An item's lines as a comparison sees them: what each is called, its text,
whether it is withheld, and where it stands.

The names are the minute-taker's own: a paragraph, a bullet point, question 2,
a finding of question 2 (a paragraph among its findings), a bullet point under
question 1; the item's own lines are its heading, topic, and a brought-forward
item's subject, action raised and owner. :func:`same_kind` tells whether two
lines are the same kind wherever they stand, so that a line that only moved (the
findings of a renumbered question) is not called a change.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from minutetaker.domain.model import Block, Item


@dataclass(frozen=True)
class Unit:
    """One paragraph of an item as compared: what it is, its text, whether withheld,
    and where it stands: ``field`` for the item's own lines (heading, topic, the
    brought-forward record), else ``path``, the block's index (then a finding's)."""

    what: str
    text: str
    restricted: bool = False
    field: str = ""  # "heading", "topic", "subject", "action", "owner"; "" for a block
    path: tuple[int, ...] = ()
    type: str = ""  # a block's type: paragraph, bullet, subheading, question
    number: str = ""  # a question's number


_NOUNS = {"paragraph": "paragraph", "bullet": "bullet point", "subheading": "sub-heading"}


def item_units(item: Item) -> list[Unit]:
    units = [Unit("heading", item.heading, item.restricted, "heading")]
    if item.topic.strip():
        units.append(Unit("topic", item.topic, field="topic"))
    bf = item.brought_forward
    if bf is not None:
        if bf.subject.strip():
            units.append(Unit("subject", bf.subject, field="subject"))
        if bf.action.strip():
            units.append(Unit("action raised", bf.action, field="action"))
        if bf.owner.strip():
            units.append(Unit("owner", bf.owner, field="owner"))
    units += list(_block_units(item.blocks, item.restricted, ()))
    return units


def _block_units(
    blocks: list[Block], hidden: bool, where: tuple[int, ...], question: Block | None = None
) -> Iterator[Unit]:
    for index, block in enumerate(blocks):
        restricted = hidden or block.restricted
        path = (*where, index)
        what = block_name(block, question)
        yield Unit(what, block.text, restricted, "", path, block.type, block.number)
        yield from _block_units(block.findings, restricted, path, block)


def block_name(block: Block, question: Block | None = None) -> str:
    """What the minute-taker calls ``block`` (``question``: the question whose
    findings hold it): "paragraph", "question 2", "finding of question 2",
    "bullet point under question 2". The corrections list and the redaction log
    both name a line this way."""
    if block.type == "question":
        what = f"question {block.number}".strip()
    else:
        what = _NOUNS.get(block.type, block.type)
    return _under(what, question) if question is not None else what


def _under(what: str, question: Block) -> str:
    """A block among a question's findings, as the minute-taker calls it: a
    paragraph there is a "finding of question 2"; a bullet point "bullet point
    under question 2"."""
    asked = f"question {question.number}".strip() if question.number else "its question"
    return f"finding of {asked}" if what == "paragraph" else f"{what} under {asked}"


def same_kind(old: Unit, new: Unit) -> bool:
    """Whether two units are the same kind of line, wherever they stand: a finding
    of a question that was renumbered (or a paragraph read back one level deeper
    from a document saved again elsewhere) is not a change of its own."""
    return _plain(old) == _plain(new)


def _plain(unit: Unit) -> str:
    if not unit.type:  # the item's own lines: heading, topic…
        return unit.what
    if unit.type == "question":
        return f"question {unit.number}".strip()
    return _NOUNS.get(unit.type, unit.type)
