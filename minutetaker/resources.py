"""Where the files shipped beside the code (templates, schema, icons) are found.

In a checkout they are in ``resources/`` at the top of the project; in an
installed wheel they are packaged as ``minutetaker/_resources``; in a
PyInstaller bundle they sit in the bundle's data folder. One function knows all
three, so nothing else ever builds a path to a resource.
"""

from __future__ import annotations

import sys
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def resources_dir() -> Path:
    """The folder holding ``templates/``, ``schema/`` and ``icons/``."""
    candidates = []
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        candidates.append(Path(bundle) / "resources")
    candidates += [_PACKAGE / "_resources", _PACKAGE.parent / "resources"]
    for candidate in candidates:
        if (candidate / "templates").is_dir():
            return candidate
    raise FileNotFoundError("the program's resources folder is missing; reinstall minutetaker")


def resource(*parts: str) -> Path:
    """A file among the resources, e.g. ``resource("schema", "meeting-v1.schema.json")``."""
    return resources_dir().joinpath(*parts)


def template_names() -> list[str]:
    """The agenda templates shipped, by name (the file name without ``.toml``)."""
    return sorted(path.stem for path in resource("templates").glob("*.toml"))


def load_agenda(name: str = "monthly-assurance"):
    """The agenda template called ``name``: a name from the shipped folder, never a
    path (a meeting file's ``"template": "../../x"`` loads nothing). Raises
    TemplateError if there is none by that name."""
    from minutetaker.domain.template import TemplateError, load_template

    names = template_names()
    if not isinstance(name, str) or name not in names:
        known = ", ".join(names) or "none"
        raise TemplateError(f"there is no agenda template called {name!r} (known: {known})")
    return load_template(resource("templates", f"{name}.toml"))
