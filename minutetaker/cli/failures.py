"""The failures the command line expects: each is reported as its one sentence
(exit status 1), anything else is a bug and keeps its traceback."""

from __future__ import annotations

import sys

from minutetaker.store.errors import ArchiveError
from minutetaker.wordimport.errors import ImportRefused, WordImportError


class CommandFailed(Exception):
    """A command that could not be done; ``str()`` says why."""


# The errors of the parts a command loads only when it needs them: a part never
# loaded cannot have raised one, so it is looked up among the loaded modules.
_LOADED_WHEN_NEEDED = (
    ("minutetaker.domain.template", "TemplateError"),
    ("minutetaker.interchange.errors", "InterchangeError"),
    ("minutetaker.export", "ExportError"),
)


def is_expected(error: BaseException) -> bool:
    if isinstance(error, (ArchiveError, CommandFailed, WordImportError, ImportRefused)):
        return True
    for module, name in _LOADED_WHEN_NEEDED:
        kind = getattr(sys.modules.get(module), name, None)
        if kind is not None and isinstance(error, kind):
            return True
    return False
