"""Round 112 leaked CONFIDENTIAL text at every level from an AsciiDoc comment block (`////` fence lines)
set inside a `(U)` paragraph: the reader took the comment for part of the paragraph (the fence's `//` read
as a note stating a marking). A comment block of any markup, the text a publication does not print, is
not marked by the paragraph it sits in: it is read as unmarked and takes the document's level. Documents
written for this test, not the corpus's wording."""
import pytest

from released import assert_withheld, mark_of, portion_marks, versions

SECRET_WORDS = "the harbor pilot said the navy will move the two corvettes to the northern base in March"
HEAD = "Port visit notes, Embassy Valletta\nClassification: SECRET\n\n"
OPEN = "(U) The delegation toured the container terminal and met the port authority's new board."

BLOCKS = {
    "asciidoc": f"////\nnote for the drafter: {SECRET_WORDS}\n////",
    "org": f"#+BEGIN_COMMENT\nnote for the drafter: {SECRET_WORDS}\n#+END_COMMENT",
    "latex": f"\\begin{{comment}}\nnote for the drafter: {SECRET_WORDS}\n\\end{{comment}}",
    "liquid": f"{{% comment %}}note for the drafter: {SECRET_WORDS}{{% endcomment %}}",
    "jinja": f"{{# note for the drafter: {SECRET_WORDS} #}}",
    "handlebars": f"{{{{!-- note for the drafter: {SECRET_WORDS} --}}}}",
    "jsp": f"<%-- note for the drafter: {SECRET_WORDS} --%>",
    "c-style": f"/* note for the drafter:\n{SECRET_WORDS} */",
    "markdown-link-comment": f"[//]: # (note for the drafter: {SECRET_WORDS})",
}


@pytest.mark.parametrize("markup", list(BLOCKS))
def test_a_comment_block_inside_a_u_paragraph_takes_the_documents_level(markup):
    text = HEAD + OPEN + "\n" + BLOCKS[markup] + "\nThe board plans a second berth by 2028.\n\n(U) Next visit in May.\n"
    mark, doubtful = mark_of(portion_marks(text), "the harbor pilot said")
    assert mark == "(S)" or doubtful  # (`[//]:` reads as a garbled mark: withheld at every level)
    assert mark_of(portion_marks(text), "delegation toured")[0] == "(U)"


def test_the_comment_is_withheld_and_the_paragraph_released():
    text = HEAD + OPEN + "\n" + BLOCKS["asciidoc"] + "\nThe board plans a second berth by 2028.\n"
    assert_withheld(text, SECRET_WORDS, levels=("usg", "partner", "public"))
    assert "met the port authority's new board" in versions(text, ("usg",))["usg"]


def test_a_url_in_a_u_paragraph_is_no_comment_and_no_marking():
    text = HEAD + "(U) The port's tariff list is at https://www.transport.gov.mt/ports/tariffs and in the annex.\n\n(S) Pilots.\n"
    assert mark_of(portion_marks(text), "tariff list")[0] == "(U)"


def test_a_comment_stating_a_marking_stays_a_note_about_its_paragraph():
    text = HEAD + "(U) The harbor master spoke about the tender.\n////\nreviewer: this para is S//NF\n////\n"
    assert mark_of(portion_marks(text), "harbor master spoke")[0] != "(U)"
