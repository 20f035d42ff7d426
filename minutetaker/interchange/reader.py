"""Reading meetings in interchange format v1, refusing a bad file whole.

The JSON Schema in ``resources/schema/meeting-v1.schema.json`` describes the
format and does most of the checking (its errors carry the place); a few rules
a schema cannot say well (real calendar dates, action ids used once) are
checked here after it.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import stat
from functools import lru_cache
from pathlib import Path
from typing import Any

from minutetaker.domain.model import Meeting
from minutetaker.domain.serial import FORMAT, VERSION, meeting_from_dict
from minutetaker.domain.text import clean_line
from minutetaker.interchange.errors import InterchangeError, place_of
from minutetaker.resources import resource

MAX_BYTES = 200 * 1024 * 1024


@lru_cache(maxsize=1)
def _validator():
    # Imported here: jsonschema takes ~45 ms to load, and only imports need it.
    from jsonschema import Draft202012Validator

    schema = json.loads(resource("schema", "meeting-v1.schema.json").read_text("utf-8"))
    return Draft202012Validator(schema)


def read_meeting_file(path: Path) -> Meeting:
    """The meeting in the file at ``path``; raises InterchangeError if it is refused.

    Only a regular file is read (a pipe could wait for ever, /dev/zero never
    ends), and never more than MAX_BYTES of it; the file is only read."""
    path = Path(path)
    source = str(path)
    try:
        found = os.stat(path)
        if stat.S_ISDIR(found.st_mode):
            raise InterchangeError(source, "", "this is a folder, not a meeting file")
        if not stat.S_ISREG(found.st_mode):
            raise InterchangeError(
                source, "", "this is not an ordinary file (a device, a pipe or a socket)"
            )
        if found.st_size > MAX_BYTES:
            raise InterchangeError(source, "", "the file is too large to be one meeting")
        with open(path, "rb") as handle:
            data = handle.read(MAX_BYTES + 1)
        if len(data) > MAX_BYTES:  # it grew meanwhile
            raise InterchangeError(source, "", "the file is too large to be one meeting")
    except (FileNotFoundError, NotADirectoryError):
        raise InterchangeError(source, "", "there is no such file") from None
    except IsADirectoryError:
        raise InterchangeError(source, "", "this is a folder, not a meeting file") from None
    except OSError as error:
        reason = error.strerror or str(error)
        raise InterchangeError(source, "", f"the file cannot be read ({reason})") from None
    return parse_meeting_bytes(data, source)


def parse_meeting_bytes(data: bytes, source: str = "<input>") -> Meeting:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise InterchangeError(
            source, "", f"expected UTF-8 text, found a byte that is not (at byte {error.start})"
        ) from None
    try:
        raw = json.loads(text, object_pairs_hook=_object)
    except json.JSONDecodeError as error:
        raise InterchangeError(
            source,
            f"line {error.lineno}, column {error.colno}",
            f"expected JSON ({error.msg.lower()})",
        ) from None
    except RecursionError:
        raise InterchangeError(
            source, "", "the JSON is nested too deeply to be a meeting"
        ) from None
    except ValueError:  # a number of more than 4,300 digits (Python's own limit)
        raise InterchangeError(
            source, "", "expected a meeting, found a number thousands of digits long"
        ) from None
    try:
        twice = _first_duplicate(raw, [])
    except RecursionError:
        raise InterchangeError(
            source, "", "the JSON is nested too deeply to be a meeting"
        ) from None
    if twice is not None:
        path, key = twice
        raise InterchangeError(
            source,
            place_of(path) or "(top)",
            f'expected each key once in an object; "{key}" is there twice '
            "(which one was meant cannot be known)",
        )
    return parse_meeting(raw, source)


class _Twice(dict):
    """An object of the file that holds a key twice; ``key`` is the first such key."""

    key = ""


def _object(pairs: list[tuple[str, Any]]) -> dict:
    """A JSON object, kept whole: a key given twice is marked, never silently
    decided (Python's json would keep the last value, another reader the first)."""
    made = dict(pairs)
    if len(made) == len(pairs):
        return made
    seen: set[str] = set()
    twice = _Twice(made)
    twice.key = next(k for k, _ in pairs if k in seen or seen.add(k))
    return twice


def _first_duplicate(value: Any, path: list) -> tuple[list, str] | None:
    """Where the first object holding a key twice is, and the key."""
    if isinstance(value, _Twice):
        return path, value.key
    if isinstance(value, dict):
        children = value.items()
    elif isinstance(value, list):
        children = enumerate(value)
    else:
        return None
    for key, child in children:
        if isinstance(child, dict | list):
            found = _first_duplicate(child, [*path, key])
            if found is not None:
                return found
    return None


def parse_meeting(raw: Any, source: str = "<input>") -> Meeting:
    """A meeting from already-decoded JSON, checked against format v1."""
    if not isinstance(raw, dict):
        raise InterchangeError(source, "", "expected a JSON object holding one meeting")
    if raw.get("format") != FORMAT:
        raise InterchangeError(
            source, "format", f'expected "{FORMAT}" (this is not a minutetaker meeting file)'
        )
    if raw.get("version") != VERSION:
        raise InterchangeError(
            source,
            "version",
            f"expected {VERSION}; version {raw.get('version')!r} is not one this program reads",
        )
    from jsonschema.exceptions import best_match

    try:
        error = best_match(_validator().iter_errors(raw))
    except RecursionError:
        raise InterchangeError(
            source, "items", "expected items nested a few levels deep, not hundreds"
        ) from None
    if error is not None:
        raise InterchangeError(source, place_of(error.absolute_path) or "(top)", _expected(error))
    _check_dates(raw, source)
    _check_next_meeting(raw, source)
    _check_title(raw, source)
    _check_action_ids(raw, source)
    return meeting_from_dict(raw)


_JSON_TYPES = {
    "string": "a string",
    "object": "an object",
    "array": "a list",
    "boolean": "true or false",
    "null": "null",
    "integer": "a whole number",
    "number": "a number",
}


def _json(value: Any) -> str:
    """A value as it stands in the file (JSON), shortened."""
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 60 else text[:57] + "..."


def _expected(error) -> str:
    """What was expected at the error's place, in the file's own (JSON) terms."""
    schema, got = error.schema, _json(error.instance)
    described = ("pattern", "oneOf", "anyOf", "minLength", "type")
    if error.validator in described and "description" in schema:
        wanted = schema["description"].rstrip(".")
        return f"expected {wanted[0].lower()}{wanted[1:]}, got {got}"
    if error.validator == "type":
        kinds = (
            error.validator_value
            if isinstance(error.validator_value, list)
            else [error.validator_value]
        )
        return f"expected {' or '.join(_JSON_TYPES.get(k, k) for k in kinds)}, got {got}"
    if error.validator == "enum":
        return f"expected one of {', '.join(_json(v) for v in error.validator_value)}, got {got}"
    if error.validator == "required":
        missing = next((f for f in error.validator_value if f not in error.instance), "?")
        return f'expected a "{missing}" field here'
    return error.message


def _check_dates(raw: dict, source: str) -> None:
    def check(value: Any, place: str) -> None:
        if isinstance(value, str) and value:
            try:
                dt.date.fromisoformat(value)
            except ValueError:
                raise InterchangeError(
                    source, place, f"{value!r} is not a date in the calendar"
                ) from None

    check(raw.get("date"), "date")
    if isinstance(raw.get("next_meeting"), dict):
        check(raw["next_meeting"].get("date"), "next_meeting.date")
    for place, item in _walk_items(raw.get("items", []), "items"):
        for n, action in enumerate(item.get("actions", [])):
            check(action.get("due"), f"{place}.actions[{n}].due")
        if isinstance(item.get("brought_forward"), dict):
            record = item["brought_forward"]
            check(record.get("from_date"), f"{place}.brought_forward.from_date")
            check(record.get("due"), f"{place}.brought_forward.due")


def _check_next_meeting(raw: dict, source: str) -> None:
    """The next meeting comes after this one: a date on or before it would start
    the next meeting back in time, with no one and nothing carried forward."""
    nxt = raw.get("next_meeting")
    if not isinstance(nxt, dict) or not nxt.get("date"):
        return
    if dt.date.fromisoformat(nxt["date"]) <= dt.date.fromisoformat(raw["date"]):
        raise InterchangeError(
            source,
            "next_meeting.date",
            f"expected a date after the meeting's own ({raw['date']}), got {_json(nxt['date'])}",
        )


# Text is stored cleaned (clean_line: characters Word cannot hold dropped), so
# what must not be empty, or must be unique, is judged as it will be stored.
_DROPPED = "once the characters Word cannot hold are dropped"


def _check_title(raw: dict, source: str) -> None:
    if not clean_line(raw["title"]):
        got = _json(raw["title"])
        raise InterchangeError(
            source, "title", f"expected the meeting's title, not empty {_DROPPED}; got {got}"
        )


def _check_action_ids(raw: dict, source: str) -> None:
    seen: dict[str, str] = {}
    for place, item in _walk_items(raw.get("items", []), "items"):
        for n, action in enumerate(item.get("actions", [])):
            given = action.get("id")
            if not given:
                continue
            here = f"{place}.actions[{n}].id"
            action_id = clean_line(given)
            if not action_id:
                raise InterchangeError(
                    source, here, f"expected an action id, not empty {_DROPPED}; got {_json(given)}"
                )
            if action_id in seen:
                raise InterchangeError(
                    source,
                    here,
                    f"a new action id; {action_id!r} is used already at {seen[action_id]}"
                    + ("" if action_id == given else f" ({_DROPPED})"),
                )
            seen[action_id] = here


def _walk_items(items: list, place: str):
    for n, item in enumerate(items):
        here = f"{place}[{n}]"
        yield here, item
        yield from _walk_items(item.get("items", []), f"{here}.items")
