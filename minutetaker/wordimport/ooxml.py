"""The WordprocessingML names the reader looks for."""

from __future__ import annotations

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
M = "http://schemas.openxmlformats.org/officeDocument/2006/math"
_W = "{" + W + "}"

KEPT = ""
INSERTED = "inserted"
DELETED = "deleted"


def w(tag: str) -> str:
    return _W + tag
