"""The archive: one SQLite file holding every meeting.

``Archive`` is what a program works on: the file's connection and transactions
(:class:`~minutetaker.store.archive_file.ArchiveFile`) with what the file
holds. The reading and writing of meetings, the search and the action list
live in their own modules, reached through its methods; each method loads its
module the first time it is called, so a command loads only what it uses
(``list`` reads the listing alone: no domain model, nothing that writes).
"""

from __future__ import annotations

import datetime as dt

from minutetaker.store import listing
from minutetaker.store.archive_file import ArchiveFile, write_setting

TYPE_CHECKING = False  # (not `typing`'s: the command line need not load it)
if TYPE_CHECKING:
    from minutetaker.domain.model import BroughtForward, Item, Meeting, Person
    from minutetaker.domain.template import AgendaTemplate
    from minutetaker.store import actions as action_queries
    from minutetaker.store import items as item_rows
    from minutetaker.store import search as search_queries
    from minutetaker.store.office_words import OfficeWords
    from minutetaker.store.record import Record


class Archive(ArchiveFile):
    """An open archive. Use :meth:`open`; close it (or use ``with``) when done.

    Once agreed, a meeting's record is locked: every change below to it is
    refused (RecordLocked) until ``record(meeting_id).unlock(reason)``."""

    # -- meetings ---------------------------------------------------------------------

    def add_meeting(self, meeting: Meeting) -> int:
        """Store a new meeting whole; sets and returns its id (and its items' ids)."""
        from minutetaker.store import meetings as meeting_rows

        with self.transaction() as conn:
            return meeting_rows.insert_meeting(conn, meeting)

    def import_meetings(self, meetings: list[Meeting], replace: bool = False) -> list[int]:
        """Store several meetings as one change: all of them, or none.

        With ``replace``, a meeting already held with the same date and title is
        replaced, unless it has versions kept (what was circulated, agreed or
        published from here): that is refused (WrongState), never replaced. An
        action id already held by another meeting is refused.
        """
        from minutetaker.store import meetings as meeting_rows
        from minutetaker.store.errors import WrongState
        from minutetaker.store.lifecycle import kept_record

        ids = []
        with self.transaction() as conn:
            for meeting in meetings:
                if replace:
                    for old in listing.meetings_on(conn, meeting.date, meeting.title):
                        kept = kept_record(conn, old)
                        if kept:
                            raise WrongState(
                                f"{kept[0].upper()}{kept[1:]}, which replacing it would "
                                "delete; nothing was imported."
                            )
                        meeting_rows.delete_meeting(conn, old)
                meeting_rows.check_action_ids_free(conn, meeting)
                meeting.id = None
                ids.append(meeting_rows.insert_meeting(conn, meeting))
        return ids

    def kept_record(self, meeting_id: int) -> str | None:
        """What replacing the meeting would destroy, in words (its state and kept
        versions), or None when it has no version kept and may be replaced."""
        from minutetaker.store.lifecycle import kept_record

        return self._read(kept_record, meeting_id)

    def action_ids_in_use(self, ids: list[str]) -> dict[str, dt.date]:
        """Of ``ids``, those the archive already gives to actions, with the date of
        the meeting that raised each."""
        from minutetaker.store.meetings import action_ids_in_use

        return self._read(action_ids_in_use, ids)

    def load_meeting(self, meeting_id: int) -> Meeting:
        from minutetaker.store.loading import load_meeting

        return self._read(load_meeting, meeting_id)

    def save_item(
        self,
        meeting_id: int,
        item: Item,
        *,
        actions_changed: bool = True,
        setting: tuple[str, str] | None = None,
    ) -> None:
        """Save one item's own content (not its sub-items): the autosave path.

        Without ``actions_changed`` (its notes, topic or flags changed, not its
        actions or decision) the item's actions are left as they are in the
        archive: the save is then its row (whose UPDATE also refuses a locked
        record), its line of the search index and the meeting's time of change.
        ``setting`` (key, value) is written in the same transaction (the window:
        where the cursor is)."""
        from minutetaker.store.meetings import update_item

        with self.transaction() as conn:
            update_item(conn, meeting_id, item, actions=actions_changed)
            if setting is not None:
                write_setting(conn, *setting)

    def save_details(self, meeting: Meeting) -> None:
        """Save the meeting's details and attendance (not its items)."""
        from minutetaker.store.lifecycle import require_editable
        from minutetaker.store.meetings import update_details

        with self.transaction() as conn:
            require_editable(conn, meeting.id)
            update_details(conn, meeting)

    def list_meetings(
        self, limit: int | None = None, offset: int = 0
    ) -> list[listing.MeetingSummary]:
        """Meetings, newest first."""
        return self._read(listing.list_meetings, limit, offset)

    def count_meetings(self) -> int:
        return self._read(lambda conn: conn.execute("SELECT count(*) FROM meetings").fetchone()[0])

    def find_meetings(self, date: dt.date, title: str | None = None) -> list[int]:
        return self._read(listing.meetings_on, date, title)

    def resolve(self, ref: str) -> int:
        """The id of the meeting ``ref`` names: an id, or a date held by one meeting."""
        return self._read(listing.resolve, ref)

    def plan_next_meeting(self, template: AgendaTemplate, date: dt.date | None = None) -> Meeting:
        """The next meeting from the last (not stored): date, people and open actions
        carried forward. Store it with :meth:`add_meeting`."""
        from minutetaker.store.next_meeting import plan_next_meeting

        return self._read(plan_next_meeting, template, date)

    def start_meeting(self, template: AgendaTemplate, date: dt.date | None = None) -> Meeting:
        """Plan the next meeting and store it, in one change; returns it with ids set."""
        from minutetaker.store.meetings import insert_meeting
        from minutetaker.store.next_meeting import plan_next_meeting

        with self.transaction() as conn:
            meeting = plan_next_meeting(conn, template, date)
            insert_meeting(conn, meeting)
        return meeting

    def known_people(self) -> list[Person]:
        """Everyone named at any meeting, newest details first, one entry a name."""
        from minutetaker.store.loading import known_people

        return self._read(known_people)

    # -- the agenda of a meeting ------------------------------------------------------

    def add_item(
        self, meeting_id: int, parent_id: int | None, after_item_id: int | None, heading: str
    ) -> Item:
        """A new notes item under ``parent_id`` (None: top level) after the sibling
        ``after_item_id`` (None: last); the siblings are renumbered."""
        from minutetaker.store import items as item_rows
        from minutetaker.store.lifecycle import require_editable

        with self.transaction() as conn:
            require_editable(conn, meeting_id)
            return item_rows.add_item(conn, meeting_id, parent_id, after_item_id, heading)

    def add_brought_forward(self, meeting_id: int, record: BroughtForward) -> Item:
        """A brought-forward item typed by hand into the meeting's brought-forward
        section (1.1, 1.2…, in the order the actions arose), in one change."""
        from minutetaker.store import items as item_rows
        from minutetaker.store.lifecycle import require_editable

        with self.transaction() as conn:
            require_editable(conn, meeting_id)
            return item_rows.add_brought_forward(conn, meeting_id, record)

    def item_delete_impact(self, item_id: int) -> item_rows.DeleteImpact:
        """(actions, followed_later, has_notes): what deleting the item would take."""
        from minutetaker.store import items as item_rows

        return self._read(item_rows.delete_impact, item_id)

    def delete_item(self, item_id: int) -> None:
        """Delete an item, its sub-items and their actions; Conflict when a later
        meeting has brought one of those actions forward."""
        from minutetaker.store import items as item_rows
        from minutetaker.store.lifecycle import item_meeting, require_editable

        with self.transaction() as conn:
            require_editable(conn, item_meeting(conn, item_id))
            item_rows.delete_item(conn, item_id)

    def move_item(self, item_id: int, direction: int) -> bool:
        """Move an item up (-1) or down (+1) among its siblings; False at the end."""
        from minutetaker.store import items as item_rows
        from minutetaker.store.lifecycle import item_meeting, require_editable

        with self.transaction() as conn:
            require_editable(conn, item_meeting(conn, item_id))
            return item_rows.move_item(conn, item_id, direction)

    # -- after the meeting: versions, agreement, publication ---------------------------

    def record(self, meeting_id: int) -> Record:
        """The meeting's record after the meeting: circulate, agree, unlock with a
        reason, publish, its versions and history (see :mod:`store.record`)."""
        from minutetaker.store.record import Record

        return Record(self, meeting_id)

    # -- search and actions ------------------------------------------------------------

    def search(
        self,
        query: str,
        *,
        meeting_id: int | None = None,
        owner: str | None = None,
        date_from: dt.date | None = None,
        date_to: dt.date | None = None,
        section: str | None = None,
        actions_only: bool = False,
        limit: int = 50,
        mark: tuple[str, str] = ("[", "]"),
    ) -> list[search_queries.SearchHit]:
        """Items matching ``query`` as a person types it, best first: in one meeting
        (``meeting_id``) or in every meeting from ``date_from`` to ``date_to``;
        the matched words between the two strings of ``mark`` in the snippets."""
        from minutetaker.store.search import search

        return self._read(
            search,
            query,
            meeting_id=meeting_id,
            owner=owner,
            date_from=date_from,
            date_to=date_to,
            section=section,
            actions_only=actions_only,
            limit=limit,
            mark=mark,
        )

    def list_actions(
        self,
        *,
        owner: str | None = None,
        status: str = "all",
        meeting_id: int | None = None,
        text: str | None = None,
        today: dt.date | None = None,
    ) -> list[action_queries.ActionRow]:
        """Every action, by due date: ``status`` open, overdue, discharged or all;
        ``meeting_id`` those raised at or brought forward to one meeting; ``text``
        words of the action; ``today`` decides what is overdue (default: today)."""
        from minutetaker.store.actions import list_actions

        return self._read(
            list_actions,
            owner=owner,
            status=status,
            meeting_id=meeting_id,
            text=text,
            today=today,
        )

    def actions_raised_between(
        self, first: dt.date, last: dt.date
    ) -> list[action_queries.RaisedAction]:
        """Actions raised at the meetings held from ``first`` to ``last``."""
        from minutetaker.store.actions import raised_between

        return self._read(raised_between, first, last)

    def action_history(self, action_id: str) -> list[action_queries.ActionEvent]:
        """Where an action was raised, then each meeting that brought it forward."""
        from minutetaker.store.actions import action_history

        return self._read(action_history, action_id)

    @property
    def words(self) -> OfficeWords:
        """The office dictionary and the words ignored in each meeting (spelling)."""
        from minutetaker.store.office_words import OfficeWords

        return OfficeWords(self)
