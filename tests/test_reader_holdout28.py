"""The classes of leak that round 28's first run found (tests/corpus/adversarial28/FIRST_RUN.md), on
documents written for this test: a mark after a Markdown footnote reference glued to a sentence end
(`October.[^1] (S) The`), and LaTeX source whose banner is a header macro's argument
(`\\fancyhead[C]{CONFIDENTIAL}`) and whose unmarked text follows a sectioning command."""
import pytest

from released import assert_withheld, versions



@pytest.mark.parametrize("reference", ["[^1]", "^1", "*", "\u2020"])
def test_a_mark_after_a_footnote_reference(reference):
    text = ("SECRET\n\n## Energy Note\n\n(U) Gas storage stood at 71 percent in October." + reference +
            " (S) The operator plans to cut flows to the northern spur in December.\n\nSECRET\n")
    assert_withheld(text, "cut flows to the northern spur")


@pytest.mark.parametrize("banner", [r"\fancyhead[C]{CONFIDENTIAL}", r"\classification{SECRET//NOFORN}",
                                    r"\newcommand{\banner}{\textbf{SECRET}}"])
def test_latex_banner_macro_and_text_after_a_section_command(banner):
    text = ("\\documentclass{report}\n\\usepackage{fancyhdr}\n" + banner + "\n\\begin{document}\n"
            "\\section{Schedule}\n(U) The team visited the two camps on 4 and 5 April.\n"
            "\\section{Observations}\nCamp guards are extorting food rations from new arrivals.\n\\end{document}\n")
    assert_withheld(text, "extorting food rations")


def test_a_latex_command_around_ordinary_words_is_no_banner():
    text = ("UNCLASSIFIED\n\n(U) The \\emph{secret} ballot was held on \\textbf{Monday} as planned.\n\n"
            "(U) Turnout was high.\n\nUNCLASSIFIED\n")
    assert "ballot was held" in versions(text, ("usg",))["usg"]
