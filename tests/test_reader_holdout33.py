"""The class of leak that round 33's first run found (tests/corpus/adversarial33/FIRST_RUN.md), on
documents written for this test: a statement naming a chapter's paragraph by a compound number
(`Paragraph 4-3 is classified SECRET//NOFORN`, `paragraph 2.4`) raises the portion that number
labels, whether the label opens the paragraph or stands alone on the line above it."""
import pytest

from released import assert_withheld

SECOND = "The second bridge was sited to give the army a crossing that avoids the capital."


@pytest.mark.parametrize("label, layout", [
    ("4-3", "{label}\n\n(U) {text}"),  # a margin number alone on its line
    ("4-3", "{label} (U) {text}"),
    ("2.4", "{label}. (U) {text}"),
    ("3.1.2", "{label}\n(U) {text}"),
])
def test_an_errata_sheet_raises_the_paragraph_it_names_by_a_compound_number(label, layout):
    first = "(U) The first bridge is open to traffic and carries the market road."
    text = (f"UNCLASSIFIED\n\n1-1\n\n{first}\n\n" + layout.format(label=label, text=SECOND) +
            "\n\nUNCLASSIFIED\n\nSECRET//NOFORN\n\nERRATA SHEET\n\n"
            f"The portion marking printed as (U) is incorrect. Paragraph {label} is classified SECRET//NOFORN.\n\n"
            "SECRET//NOFORN\n")
    assert_withheld(text, SECOND)
