"""The failures the command line expects: each is reported as its one sentence
(exit status 1), anything else is a bug and keeps its traceback."""

from __future__ import annotations

import sys

from minutetaker.domain.template import TemplateError
from minutetaker.interchange.errors import InterchangeError
from minutetaker.store.errors import ArchiveError
from minutetaker.wordimport.errors import ImportRefused, WordImportError


class CommandFailed(Exception):
    """A command that could not be done; ``str()`` says why."""


_ALWAYS: tuple[type[BaseException], ...] = (
    ArchiveError,
    InterchangeError,
    TemplateError,
    CommandFailed,
    WordImportError,
    ImportRefused,
)


def is_expected(error: BaseException) -> bool:
    if isinstance(error, _ALWAYS):
        return True
    # The exporter is imported only by the commands that use it; if it was never
    # loaded, none of its errors can have been raised.
    export = sys.modules.get("minutetaker.export")
    export_error = getattr(export, "ExportError", None)
    return export_error is not None and isinstance(error, export_error)
