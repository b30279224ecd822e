"""Leaks of this session's "a level named as an example, a term or a kind of record is a mention"
rules (issue 8, reviewers of trial31), fixed towards withholding. Documents written for this test.

1. A level on reporting, passages, telegrams or cables is the level of a SOURCE the text draws on
   (`Per SECRET cables`, `quotes CONFIDENTIAL passages`): a claim, never a mention
   (`backstop.mention_after` no longer lists them; `backstop._SOURCE_BEFORE`).
2. A question about a control (`Where did NOFORN go?`) is no mention: the words are gone from
   `backstop.mention_before`.
3. `cleared to SECRET` is no mention either (`the memo below was cleared to SECRET`, `staff cleared to
   SECRET`): a sharing rule or a claim about other text.
4. A level directly followed by the content words it qualifies is an adjective on that content
   (`for example TOP SECRET details of ...`), on its line or opening a wrapped line
   (`backstop._CONTENT_AFTER`).
5. On the claim side (`scope._mentioned`), a statement that names other text (the next paragraph,
   the memo below) is never skipped as a mention (`such as SECRET`, `whether a paragraph is SECRET`).
"""
import pytest

import sbu_redact

from released import mark_of, portion_marks

_PIPELINE = sbu_redact.Pipeline()
_SECRET_WORDS = "Leila Nasser"


def _doc(*paragraphs: str) -> str:
    return "\n\n".join(("UNCLASSIFIED", *paragraphs, "UNCLASSIFIED")) + "\n"


def _withheld(text: str, *levels: str) -> None:
    """`_SECRET_WORDS` are released at none of `levels`."""
    out = _PIPELINE.redact(text, levels=["usg", "partner", "public"], partner="GBR")
    for level in levels:
        assert _SECRET_WORDS not in out[level].text, (level, out[level].text)


def _plain(text: str, *words: str) -> None:
    marks = portion_marks(text)
    for w in words:
        assert mark_of(marks, w) == ("(U)", False), w


ALL = ("usg", "partner", "public")
_CASES = [
    # 1. a level on reporting, passages, cables, telegrams: a source
    (_doc("(U) According to TOP SECRET//NOFORN reporting, the envoy Leila Nasser will resign in May."), ALL),
    (_doc("(U) The annex reproduces CONFIDENTIAL passages from the envoy's notebook: Leila Nasser paid the guards."), ALL),
    (_doc("(U) Per SECRET cables from the embassy, Leila Nasser crossed the border on Sunday."), ALL),
    (_doc("(U) Drawn from SECRET telegrams of the consulate: Leila Nasser met the colonel twice."), ALL),
    # 2. a question about a control
    (_doc("(U) Why did NOFORN disappear here? It fell off in editing: Leila Nasser is the source."), ALL[1:]),
    (_doc("(U) How does NOFORN apply to this? The informant, Leila Nasser, lives in Sfax."), ALL[1:]),
    # 3. cleared to a level
    (_doc("(U) Note that the message below was cleared to SECRET by the front office.\n"
          "The courier Leila Nasser reaches Tunis tonight."), ALL),
    (_doc("(U) Share the following paragraph only with officers cleared to TOP SECRET.",
          "(U) The courier Leila Nasser reaches Tunis tonight."), ALL),
    # 4. a level on its content words, on its line or opening a wrapped line
    (_doc("(U) The envoy listed her fears, for instance\nSECRET plans of the harbour that Leila Nasser drew."), ALL),
    (_doc("(U) The envoy listed her fears, for example TOP SECRET maps of the bunker Leila Nasser built."), ALL),
    (_doc("(U) Notes from the trip, for example\nSECRET//NOFORN the envoy's debts and her deputy, Leila Nasser."), ALL),
    (_doc("(U) The draft is in. The key term\nSECRET//NOFORN applies to the annex, naming the source Leila Nasser."), ALL),
    (_doc("(U) Analysts wondered why the ministry writes \"(S)\" and found SECRET intercepts "
          "saying Leila Nasser will defect."), ALL),
    # 5. an example or "whether" in a statement that names other text
    (_doc("(U) The next paragraph must be handled at a higher level, such as SECRET.",
          "(U) The courier Leila Nasser reaches Tunis tonight."), ALL),
    (_doc("(U) The desk asked whether a paragraph is SECRET; the next one is.",
          "(U) The courier Leila Nasser reaches Tunis tonight."), ALL),
]


@pytest.mark.parametrize("text, levels", _CASES)
def test_leak_withheld(text: str, levels: tuple[str, ...]) -> None:
    _withheld(text, *levels)


# ---------------------------------------------------------------- non-examples: mentions that stay released


def test_mentions_that_stay_released() -> None:
    text = _doc("(U) Every page carries a header such as CONFIDENTIAL//REL TO USA, GBR at the top and the bottom.",
                "(U) Captions such as LIMDIS\nand NODIS are no longer used.",
                "(U) Each paragraph starts with its own mark, for example (S) for\nSECRET, before the first word.",
                "(U) Applicants must hold a TOP SECRET background investigation completed after 2021.",
                "(U) Staff who doubt whether anything is SECRET should call the security officer.",
                "(U) The courier Leila Nasser reaches Tunis tonight.")
    _plain(text, "Every page carries", "Captions such as", "Each paragraph starts", "Applicants must hold",
           "Staff who doubt", "The courier")
