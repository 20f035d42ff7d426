"""What changed between two versions, as the window shows it (rich text).

Item by item, as ``minutetaker compare`` prints it: the details and attendance,
then each item changed with its paragraphs added, removed and changed, its
actions and its decision. Changed words are marked twice, so that the marks
do not rest on colour alone: removed words struck through (and red), added
words underlined (and green); a paragraph added or removed whole is marked the
same way and named in words ("added bullet point").
"""

from __future__ import annotations

from collections.abc import Iterable
from html import escape

from minutetaker.domain.compare import (
    ADDED,
    CHANGED,
    REMOVED,
    ActionChange,
    Comparison,
    ItemChange,
    ParagraphChange,
    Words,
)
from minutetaker.domain.model import Action

REMOVED_STYLE = "color:#a4161a; background-color:#fde8e8; text-decoration:line-through;"
ADDED_STYLE = "color:#0f5f2a; background-color:#e3f4e8; text-decoration:underline;"
LEGEND = (
    f'Removed words are <span style="{REMOVED_STYLE}">struck through</span>; '
    f'added words are <span style="{ADDED_STYLE}">underlined</span>.'
)


def removed(text: str) -> str:
    return f'<span style="{REMOVED_STYLE}">{_text(text)}</span>' if text else ""


def added(text: str) -> str:
    return f'<span style="{ADDED_STYLE}">{_text(text)}</span>' if text else ""


def _text(text: str) -> str:
    return escape(text).replace("\n", "<br>")


def words_html(words: Iterable[Words]) -> str:
    """A changed text with its removed and added words marked."""
    out = []
    for piece in words:
        if piece.op == REMOVED:
            out.append(removed(piece.text))
        elif piece.op == ADDED:
            out.append(added(piece.text))
        else:
            out.append(_text(piece.text))
    return "".join(out)


def change_html(change: str, before: str, after: str, words: Iterable[Words] = ()) -> str:
    """The text of one change: added or removed whole, or its words marked."""
    words = tuple(words)
    if change == ADDED or (not before and after):
        return added(after)
    if change == REMOVED or (before and not after):
        return removed(before)
    if words:
        return words_html(words)
    return _text(after or before)


def _paragraph(p: ParagraphChange) -> str:
    text = change_html(p.change, p.before, p.after, p.words)
    return f"<li><i>{escape(p.change)} {escape(p.what)}:</i> {text}</li>"


def _owner(action: Action | None) -> str:
    return f" [{escape(action.owner)}]" if action is not None and action.owner else ""


def _action(change: ActionChange) -> str:
    if change.change == ADDED and change.after is not None:
        return f"<li><i>action added:</i> {added(change.after.text)}{_owner(change.after)}</li>"
    if change.change == REMOVED and change.before is not None:
        return (
            f"<li><i>action removed:</i> {removed(change.before.text)}{_owner(change.before)}</li>"
        )
    was, now = change.before, change.after
    assert was is not None and now is not None
    parts = []
    for name in change.fields:
        if name == "text":
            continue
        old, new = getattr(was, name) or "–", getattr(now, name) or "–"
        parts.append(f"{escape(name)} {removed(str(old))} → {added(str(new))}")
    said = f" ({'; '.join(parts)})" if parts else ""
    text = words_html(change.words) if change.words else _text(now.text)
    return f"<li><i>action changed{said}:</i> {text}</li>"


def _item(change: ItemChange) -> str:
    heading = f"{escape(change.number)}&nbsp;&nbsp;{escape(change.heading)}"
    if change.change == ADDED:
        heading = f"{added(change.number + '  ' + change.heading)} <i>(item added)</i>"
    elif change.change == REMOVED:
        heading = f"{removed(change.number + '  ' + change.heading)} <i>(item removed)</i>"
    elif change.before_number:
        heading += f" <i>(was {escape(change.before_number)})</i>"
    lines = [
        _paragraph(p)
        for p in change.paragraphs
        if not (change.change != CHANGED and p.what == "heading")
    ]
    lines += [_action(a) for a in change.actions]
    if change.decision:
        old, new = change.decision
        lines.append(f"<li><i>decision:</i> {removed(old)} → {added(new)}</li>")
    body = f"<ul>{''.join(lines)}</ul>" if lines else ""
    return f"<h3>{heading}</h3>{body}"


def comparison_html(before_label: str, after_label: str, comparison: Comparison) -> str:
    """The whole comparison: what it compares, a legend, then the changes."""
    head = f"<p><b>From {escape(before_label)}<br>to {escape(after_label)}</b></p>"
    if comparison.unchanged:
        return head + "<p>Nothing changed.</p>"
    parts = [head, f"<p>{LEGEND}</p>"]
    if comparison.details:
        lines = [
            f"<li><i>{escape(d.what)}:</i> {change_html(CHANGED, d.before, d.after, d.words)}</li>"
            for d in comparison.details
        ]
        parts.append(f"<h3>Details</h3><ul>{''.join(lines)}</ul>")
    parts += [_item(change) for change in comparison.items]
    return "".join(parts)
