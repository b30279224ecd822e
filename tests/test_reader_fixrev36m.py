"""fixrev36m: leaks review36m found in fixmarks36's escaped marks and letter spacing (issue 8), by class.

An escape may only ever RAISE: an escaped plain `\\(U\\)` (LaTeX/MathJax math, a code block, a doubled Markdown
escape) must not lower the (S//NF) paragraph or banner around it. An evenly letter-spaced control line
(`L E S N O F O R N`, no wider gap between words) must still be read. RELEASE: an unclassified LaTeX paper with
`\\(U\\)` math keeps its text at usg; a spaced `M E M O R A N D U M` heading over unclassified text.

First run (before the fix, on lead36 e90b58a6), 18 cases: 11 failed. Every escaped plain-U case lowered the (S//NF)
text at usg, partner and public (`min`, display `reviewer`, `code-block`, `own-line`, `own-line-unclas`, `doubled`,
`percent`); the other inline-math variants passed (`u235`, `mathjax-chat`, `bracket-inline`: the line above ended
in a way the reader does not take as a wrapped line) and so did `no-latex`, `paren-own-line`. All three evenly
spaced `L E S N O F O R N` cases released at partner/public. The spaced MEMORANDUM failed as first written (no
banner: unmarked text is withheld at usg by design) and was given its UNCLASSIFIED banner; so was the LaTeX paper
after the fix (without a banner it had released only through its decoded `\\(U\\)` math).
Fix: an escaped mark reading plain (U) stays as written, a one-letter `\\(S\\)` in a LaTeX text is math, and a
spaced line with no wider word gap is no longer glued. Accepted over-redaction: escaped (U) items in an
unclassified export (fixmarks36 `test_escaped_u_items_are_released`, adv150-052) are withheld at public.
"""
from __future__ import annotations

import pytest

from released import assert_released, assert_withheld

ALL = ("usg", "partner", "public")
FOREIGN = ("partner", "public")

# ------------------------------------------------------------- N1: inline math \(U\) at a line start, short line above
LATEX_INLINE = [
    ("min", "SECRET//NOFORN\n(S//NF) The reactor runs at 27 MW. Below\n"
            "\\(U\\) is the coolant's internal energy; the reactor has not shut down since March.\nSECRET//NOFORN\n",
     "has not shut down since March"),
    ("u235", "SECRET//NOFORN\n\\documentclass{article}\n\\begin{document}\n\\section*{(S//NF) Yield assessment}\n"
             "(S//NF) The warhead yield estimate of 18 kilotons assumes\n"
             "\\(U\\)-235 enrichment above 90 percent; the estimate is provisional.\n\\end{document}\nSECRET//NOFORN\n",
     "warhead yield estimate of 18 kilotons"),
    ("mathjax-chat", "SECRET//NOFORN\n(S//NF) Per the model the seeker lock range of 42 km holds. Let\n"
                     "\\(U\\) be the utility of the lock; the seeker lock range of 42 km is firm.\nSECRET//NOFORN\n",
     "seeker lock range of 42 km"),
    ("bracket-inline", "SECRET//NOFORN\n(S//NF) The tanker count near Bandar Abbas is nine. Take\n"
                       "\\[U\\] as the utility; the tanker count near Bandar Abbas rose.\nSECRET//NOFORN\n",
     "tanker count near Bandar Abbas"),
]


@pytest.mark.parametrize("name,text,phrase", LATEX_INLINE, ids=[c[0] for c in LATEX_INLINE])
def test_inline_math_u_does_not_lower(name: str, text: str, phrase: str) -> None:
    assert_withheld(text, phrase, ALL)


# ------------------------------------------------------------- N2: display math \[U\] on its own line
DISPLAY = [
    ("reviewer", "SECRET//NOFORN\n\\section{(S//NF) Range model}\nThe utility of each launch box is written\n\\[U\\]\n"
                 "and our estimate of the Kh-101 cruise missile range is 2,800 km from the Engels airbase.\n"
                 "SECRET//NOFORN\n", "Kh-101 cruise missile range"),
    ("no-latex", "SECRET//NOFORN\n\n(S//NF) The payoff is written\n\\[U\\]\n"
                 "where the Kh-101 cruise missile range enters as 2,800 km.\n\nSECRET//NOFORN\n",
     "Kh-101 cruise missile range"),
    ("paren-own-line", "SECRET//NOFORN\n\n(S//NF) The payoff is written\n\\(U\\)\n"
                       "where the Kh-101 cruise missile range enters as 2,800 km.\n\nSECRET//NOFORN\n",
     "Kh-101 cruise missile range"),
]


@pytest.mark.parametrize("name,text,phrase", DISPLAY, ids=[c[0] for c in DISPLAY])
def test_display_math_u_does_not_lower(name: str, text: str, phrase: str) -> None:
    assert_withheld(text, phrase, ALL)


# ------------------------------------------------------------- N3/N5: code block, own line, doubled escape
ESCAPED_U = [
    ("code-block", "SECRET//NOFORN\n\n(S//NF) The tasking script below pulls the feed for asset GRANITE HAWK.\n\n"
                   "```\ngrep -E '\\(U\\)' feed.log | \\\n\\(U\\) asset GRANITE HAWK feed --since 0600Z\n```\n\n"
                   "(U) Questions to the desk.\n\nSECRET//NOFORN\n", "asset GRANITE HAWK"),
    ("own-line", "SECRET//NOFORN\nFrom: desk officer\nTo: team\nSubject: update\n\n\\(U\\)\n"
                 "The inspectors counted twelve uranium hexafluoride cylinders at the annex.\n\n"
                 "\\(S//NF\\) Further detail is in the annex.\n\nSECRET//NOFORN\n", "uranium hexafluoride cylinders"),
    ("own-line-unclas", "SECRET//NOFORN\n\n\\(UNCLASSIFIED\\)\n"
                        "The inspectors counted twelve uranium hexafluoride cylinders at the annex.\n\n"
                        "SECRET//NOFORN\n", "uranium hexafluoride cylinders"),
    ("doubled", "SECRET//NOFORN\n\n1. \\(S//NF\\) Overview of the operation.\n\n"
                "2. \\\\(U\\\\) The Mosul informant has been paid through the hawala network since March.\n\n"
                "3. (S//NF) Next steps.\n\nSECRET//NOFORN\n", "Mosul informant"),
    ("percent", "SECRET//NOFORN\n\n1. %28S//NF%29 Overview of the operation.\n\n"
                "2. %28U%29 The Mosul informant has been paid since March.\n\nSECRET//NOFORN\n", "Mosul informant"),
]


@pytest.mark.parametrize("name,text,phrase", ESCAPED_U, ids=[c[0] for c in ESCAPED_U])
def test_escaped_plain_u_does_not_lower(name: str, text: str, phrase: str) -> None:
    assert_withheld(text, phrase, ALL)


def test_escaped_sbu_still_raises() -> None:
    text = "UNCLASSIFIED\n\n1. (U) Schedule of the visit.\n\n2. \\(SBU\\) The informant's home address is 4 Elm Road.\n"
    assert_withheld(text, "home address is 4 Elm Road", ("public",))


# ------------------------------------------------------------- N4: evenly spaced LES NOFORN
SPACED = [
    ("reviewer", "U N C L A S S I F I E D\nL E S N O F O R N\n\n"
                 "The suspect's bank records were subpoenaed on 4 May.\n\nU N C L A S S I F I E D\nL E S N O F O R N\n"),
    ("top-only", "U N C L A S S I F I E D\nL E S N O F O R N\n\nThe suspect's bank records were subpoenaed on 4 May.\n"),
    ("two-space", "U  N  C  L  A  S  S  I  F  I  E  D\nL  E  S  N  O  F  O  R  N\n\n"
                  "The suspect's bank records were subpoenaed on 4 May.\n"),
]


@pytest.mark.parametrize("name,text", SPACED, ids=[c[0] for c in SPACED])
def test_evenly_spaced_les_noforn_is_read(name: str, text: str) -> None:
    assert_withheld(text, "bank records were subpoenaed", FOREIGN)


# ------------------------------------------------------------- RELEASE
LATEX_PAPER = ("UNCLASSIFIED\n\\documentclass{article}\n\\begin{document}\n\\section{Thermodynamics notes}\n"
               "The internal energy is written\n\\(U\\) and the entropy \\(S\\); for an ideal gas\n"
               "\\[U = \\frac{3}{2} N k T\\]\nholds at room temperature.\n\\end{document}\n")


def test_unclassified_latex_paper_keeps_text_at_usg() -> None:
    assert_released(LATEX_PAPER, "holds at room temperature", "usg")


def test_spaced_memorandum_released() -> None:
    text = "UNCLASSIFIED\n\nM E M O R A N D U M\n\nTo: all staff\nThe canteen reopens on Monday at 0800.\n\nUNCLASSIFIED\n"
    assert_released(text, "canteen reopens on Monday", "usg")
