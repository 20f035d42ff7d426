"""Every exported file validates against the OOXML schema (openxml-audit).

Word refuses or "repairs" a file whose elements break the schema's order, even
where LibreOffice shows it happily; this is the check that catches it.
"""

from __future__ import annotations

import re
import zipfile

import pytest
from openxml_audit import OpenXmlValidator, ValidationErrorType

from tests.export.conftest import NS, export
from tests.export.meetings import (
    long_meeting,
    meeting_with_control_characters,
    meeting_with_long_item,
    meeting_with_many_actions,
)
from tests.samples import sample_meeting


@pytest.fixture(scope="module")
def validator() -> OpenXmlValidator:
    return OpenXmlValidator(max_errors=200)


CASES = {
    "sample": sample_meeting,
    "control characters": meeting_with_control_characters,
    "300-paragraph item": meeting_with_long_item,
    "40 pages": long_meeting,
    "summary of many actions": meeting_with_many_actions,
}


@pytest.mark.parametrize("public", [False, True], ids=["full", "public"])
@pytest.mark.parametrize("case", list(CASES))
def test_no_schema_errors(tmp_path, validator, case, public):
    exported = export(CASES[case](), tmp_path, public=public)
    result = validator.validate(exported.path)
    schema = [str(e) for e in result.errors if e.error_type is ValidationErrorType.SCHEMA]
    assert schema == []


@pytest.mark.parametrize("case", ["sample", "summary of many actions"])
def test_no_findings_at_all(tmp_path, validator, case):
    """Not even the semantic ones the python-docx template brings (stylesWithEffects.xml).

    Both meetings end with the summary of actions arising after the minutes table.
    """
    for public in (False, True):
        exported = export(CASES[case](), tmp_path, public=public)
        summary = exported.part("word/document.xml").find(
            ".//w:tblCaption[@w:val='Summary of actions arising']", NS
        )
        assert summary is not None
        result = validator.validate(exported.path)
        assert [str(e) for e in result.errors] == []
        assert result.is_valid


def test_the_validator_does_catch_elements_out_of_order(tmp_path, validator):
    """A guard on the guard: w:shd after w:vAlign must be reported as a schema error."""
    exported = export(sample_meeting(), tmp_path)
    broken = tmp_path / "broken.docx"
    with zipfile.ZipFile(exported.path) as source, zipfile.ZipFile(broken, "w") as target:
        for name in source.namelist():
            data = source.read(name)
            if name == "word/document.xml":
                data = re.sub(rb"(<w:shd [^>]*/>)(<w:vAlign [^>]*/>)", rb"\2\1", data, count=1)
            target.writestr(name, data)
    result = validator.validate(broken)
    assert any(
        e.error_type is ValidationErrorType.SCHEMA and "shd" in e.description for e in result.errors
    )
