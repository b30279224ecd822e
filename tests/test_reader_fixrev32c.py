"""fixrev32c: leaks a reviewer (review32c) found in `reader/diagram_labels` (issue 8), each written afresh.

A diagram's label or a JSON Lines value opened by its own exact mark is marked by it only where that is certain:
- a statement that may govern the diagram (a level or control in words anywhere in the document, `the next diagram
  is NOFORN`) keeps every label at what unmarked text takes: a label's own (U) never lowers what it says;
- a subgraph's mark, or a mark the labels do not account for, keeps the block whole;
- a label ends at its first line break, written as an escape too (`\\n`, `\\u000a`, `\\r`, `\\u2028`) or as `<br>`;
- `%%` comments are read only inside a Mermaid block, JSON values only in a file that is JSON Lines throughout,
  and a fence or `@startuml` that never closes reads nothing.
"""
import pytest

from released import assert_released, assert_withheld

SECRET_WORDS = "the clerk keeps the second list in the top drawer of his desk"
PARTNER_AND_PUBLIC = ("partner", "public")


def _fouo(body: str) -> str:
    return "UNCLASSIFIED//FOR OFFICIAL USE ONLY\n\n" + body + "\n\nUNCLASSIFIED//FOR OFFICIAL USE ONLY\n"


def _mermaid(*lines: str, close: bool = True) -> str:
    return "```mermaid\nflowchart LR\n" + "".join(f"  {line}\n" for line in lines) + ("```" if close else "")


# ---------------------------------------------------------------- the reviewer's leaks (each fails on the merge)

STATEMENT = "(SBU//NF) The next diagram is NOFORN.\n\n"
WITHHELD = {  # a document, and the levels that must not release SECRET_WORDS
    # a statement that may govern the diagram reaches its (U) labels, comments, messages and activities
    "statement, mermaid labels": (_fouo("(U) Flow for referred visa applicants.\n\n" + STATEMENT + _mermaid(
        f'P["(U) Applicant books a slot"] --> Q["(U) {SECRET_WORDS}"]') + "\n\n(U) Send questions to the chief."),
        PARTNER_AND_PUBLIC),
    "statement, mermaid comment": (_fouo(STATEMENT + _mermaid(
        'P["Applicant books a slot"] --> Q["Officer reviews"]', f"%% (U) Note: {SECRET_WORDS}.")), PARTNER_AND_PUBLIC),
    "statement, plantuml message": (_fouo(
        "(U) Sequence of a referral.\n\n(SBU//NF) Note: the entire sequence diagram that follows is NOFORN; its (U) "
        "labels are wrong.\n\n@startuml\ntitle (U) Referral sequence\n"
        f"CC -> VU : (U) {SECRET_WORDS}\n@enduml\n\n(U) End."), PARTNER_AND_PUBLIC),
    "statement, plantuml activity": (_fouo(
        STATEMENT + f"@startuml\nCC -> VU : (U) Book it\n:(U) {SECRET_WORDS};\n"
        "@enduml"), PARTNER_AND_PUBLIC),
    # a subgraph's mark governs the nodes inside it
    "subgraph": (_fouo(_mermaid('subgraph G["(SBU//NF) Referral desk"]',
                                f'  A["(U) Applicant arrives"] --> B["(U) {SECRET_WORDS}"]', "end")), PARTNER_AND_PUBLIC),
    # a label's escaped line break ends its mark
    "plantuml \\n": ("UNCLASSIFIED//SBU//NOFORN\n\n@startuml\n"
                     f"CC -> VU : (U) book the interview\\n{SECRET_WORDS}\n@enduml\n\nUNCLASSIFIED//SBU//NOFORN\n",
                     PARTNER_AND_PUBLIC),
    # where the rule applies: %% comments inside a block, JSON values in a JSON Lines file, closed blocks only
    "%% after the fence": (_fouo(_mermaid('A["(U) Applicant arrives"] --> B["Officer reviews"]') +
                              f"\n\n%% (U) {SECRET_WORDS}"), ("public",)),
    "json in prose": ('{"note": "(U) Agenda below."}\n{"note": "(U) Second item."}\n'
                      "Minutes of the meeting, typed below the export:\n"
                      f'ALPHA wrote {{"x": "(U) {SECRET_WORDS}"}} in the margin.\n\nUNCLASSIFIED//FOR OFFICIAL USE ONLY\n',
                      ("public",)),
    "unclosed fence": (_fouo(_mermaid('A["(U) Applicant arrives"] --> B["Officer reviews"]', "", close=False) +
                          f'The rest of the page: B["(U) {SECRET_WORDS}"] was drawn by hand.'), ("public",)),
    "unclosed plantuml": (_fouo(f"@startuml\nA -> B : (U) hello\n\nC -> D : (U) {SECRET_WORDS}"), ("public",)),
}


@pytest.mark.parametrize("name", sorted(WITHHELD))
def test_reviewer_leak_is_withheld(name: str) -> None:
    text, levels = WITHHELD[name]
    assert_withheld(text, SECRET_WORDS, levels=levels)


@pytest.mark.parametrize("brk", ["\\u000a", "\\r", "\\u2028", "\\u2029", "\\u000D"])
def test_json_lines_escaped_line_and_paragraph_breaks_end_the_value_mark(brk: str) -> None:
    text = ('{"type":"channel","name":"ops","header":"UNCLASSIFIED//FOR OFFICIAL USE ONLY"}\n'
            f'{{"user":"ab","message":"(U) The agenda is posted.{brk}{SECRET_WORDS}"}}\n'
            '{"user":"cd","message":"(U) Thanks."}\n')
    assert_withheld(text, SECRET_WORDS, levels=("public",))


def test_the_part_before_a_plantuml_line_break_keeps_its_mark() -> None:  # (must release: passes on the merge)
    assert_released(WITHHELD["plantuml \\n"][0], "book the interview", "partner")


# ---------------------------------------------------------------- guards (these pass on the merge too: kept so)

GUARDS = {
    "statement in a (U) portion": (_fouo("(U) The next diagram is NOFORN.\n\n" + _mermaid(
        f'P["(U) Applicant books a slot"] --> Q["(U) {SECRET_WORDS}"]')), ("partner",)),
    "mermaid <br/>": (_fouo(_mermaid(f'A["(U) Applicant arrives<br/>{SECRET_WORDS}"]')), ("public",)),
    "json value quoting a mark": ('{"type":"channel","name":"ops","header":"UNCLASSIFIED//FOR OFFICIAL USE ONLY"}\n'
                                  f'{{"user":"ab","message":"(U) Forwarding: (SBU//NF) {SECRET_WORDS}"}}\n'
                                  '{"user":"cd","message":"(U) Thanks."}\n', PARTNER_AND_PUBLIC),
}


@pytest.mark.parametrize("name", sorted(GUARDS))
def test_guard_is_withheld(name: str) -> None:
    text, levels = GUARDS[name]
    assert_withheld(text, SECRET_WORDS, levels=levels)
