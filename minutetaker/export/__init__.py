"""Export of a meeting's notes: the Word document in the house format, full and public.

No Qt here: the command line, the window and the tests all call the same
:func:`export_docx`.
"""

from minutetaker.export.house_style import HOUSE_STYLE, HouseStyle
from minutetaker.export.writer import (
    ExportError,
    ExportReport,
    build_document,
    export_docx,
    suggested_filename,
)

__all__ = [
    "HOUSE_STYLE",
    "ExportError",
    "ExportReport",
    "HouseStyle",
    "build_document",
    "export_docx",
    "suggested_filename",
]
