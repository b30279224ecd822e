"""A designation written as a label at a line start (`SBU: the door code changes on Monday`) marks
its paragraph as `(SBU)` would (round 14's first run released such a line to the public)."""
import pytest

import sbu_redact

_SECRET_LINE = "the annex door code changes to 5521 on Monday; do not forward"


@pytest.mark.parametrize("label", ["SBU", "FOUO", "LES", "CUI"])
def test_a_designation_label_withholds_its_line_at_public(label):
    text = (f"UNCLASSIFIED\n\nAll,\n\nThe motor pool will close early on Friday for the inventory.\n\n"
            f"{label}: {_SECRET_LINE}.\n\nThanks,\nMotor Pool\n")
    out = sbu_redact.Pipeline().redact(text, levels=["usg", "public"])
    assert _SECRET_LINE in out["usg"].text
    assert _SECRET_LINE not in out["public"].text


@pytest.mark.parametrize("line", [
    "sbu: lower case is no label in a chat line about the weekend plans for everyone",
    "SBU information: the handbook chapter on marking is attached for everyone",
    "Note that SBU: is how some offices label a line, says the handbook for everyone",
])
def test_other_uses_are_no_label(line):
    text = f"UNCLASSIFIED\n\nAll,\n\n{line}.\n\nThanks,\nMotor Pool\n"
    doc = sbu_redact.read(text)
    assert not any(p.explicit and p.marking is not None and p.marking.designations for p in doc.portions)
