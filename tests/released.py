"""What each level of a real `Pipeline` releases of a document: the one helper the reader's
hold-out tests (tests/test_reader_holdout*.py) use to say a phrase is withheld; the mark each
portion of a reading takes, for the over-redaction tests (tests/test_reader_overred6*.py); and the
reviewers' documents kept as cases (tests/corpus/reader/*_review_cases.json, tests/test_reader_lead4*.py)."""
from __future__ import annotations

import json
from pathlib import Path

import sbu_redact


def versions(text: str, levels: tuple[str, ...] = ("usg", "public")) -> dict[str, str]:
    """The released text of `text` at each of `levels` (`partner` for the United Kingdom)."""
    out = sbu_redact.Pipeline().redact(text, levels=list(levels), partner="GBR" if "partner" in levels else None)
    return {level: out[level].text for level in levels}


def assert_withheld(text: str, phrase: str, levels: tuple[str, ...] = ("usg", "public")) -> None:
    """No level of `levels` releases `phrase` (which the document must hold, or the check proves nothing)."""
    assert " ".join(phrase.split()) in " ".join(text.split()), f"{phrase!r} is not in the document"
    for level, released in versions(text, levels).items():
        assert phrase not in released, level


def portion_marks(text: str) -> dict[str, tuple[str, bool]]:
    """The first words of each portion's text -> (its portion mark, doubtful), as `sbu_redact.read` reads them."""
    doc = sbu_redact.read(text)
    out = {}
    for p in doc.portions:
        body = " ".join(doc.text[p.start:p.end].split())
        out[body] = (p.marking.portion_mark() if p.marking is not None else "?", p.doubtful or p.marking is None)
    return out


def mark_of(marks: dict[str, tuple[str, bool]], words: str) -> tuple[str, bool]:
    """The (mark, doubtful) of the one portion of `marks` whose text holds `words`."""
    found = [v for k, v in marks.items() if words in k]
    assert len(found) == 1, (words, marks)
    return found[0]


ALL = ("usg", "partner", "public")


def assert_released(text: str, phrase: str, level: str = "usg") -> None:
    """`phrase` (in the document) is released at `level`."""
    assert " ".join(phrase.split()) in " ".join(text.split()), f"{phrase!r} is not in the document"
    assert phrase in " ".join(versions(text, (level,))[level].split()), level


def check(text: str, withheld: list[str], released: list[str]) -> None:
    """Each of `withheld` is withheld at every level, each of `released` released at usg."""
    for phrase in withheld:
        assert_withheld(text, phrase, ALL)
    for phrase in released:
        assert_released(text, phrase)


def review_cases(name: str) -> list[dict]:
    """The reviewer documents of tests/corpus/reader/<name>_review_cases.json (`scripts/harness/review_cases.py`)."""
    path = Path(__file__).resolve().parent / "corpus" / "reader" / f"{name}_review_cases.json"
    return json.loads(path.read_text(encoding="utf-8"))


def assert_review_case_withheld(pipeline: sbu_redact.Pipeline, case: dict) -> None:
    """No level releases a phrase the reviewer's document `case` must withhold there (a refusal is withheld too)."""
    from test_adversarial_corpus import leaked
    try:
        out = pipeline.redact(case["text"], levels=["usg", "partner", "public"], partner="GBR")
    except sbu_redact.LeakError:
        return
    for level, phrases in case["must_withhold"].items():
        assert not leaked(out[level].text, phrases), f"{case['id']} at {level}: {case['why']}"


def reviewer_documents_test(name: str):
    """The test that no level releases what a reviewer's document of tests/corpus/reader/<name>_review_cases.json
    must withhold, one case per document (a test module assigns it to a `test_...` name); one `Pipeline` for all."""
    import pytest

    cases = review_cases(name)
    pipelines: list[sbu_redact.Pipeline] = []

    @pytest.mark.parametrize("case", cases, ids=[c["id"] for c in cases])
    def test_reviewer_document_is_withheld(case: dict) -> None:
        if not pipelines:
            pipelines.append(sbu_redact.Pipeline())
        assert_review_case_withheld(pipelines[0], case)

    return test_reviewer_document_is_withheld


def case_tests(cases: list[tuple[str, str, list[str], list[str]]], traps: list[tuple[str, str, list[str]]]):
    """The three tests of a fixer's cases, for a module to assign to `test_...` names: each `(id, text, withheld,
    released)` case withholds `withheld` at every level and keeps `released` at usg; each `(id, text, released)`
    trap keeps `released` at usg."""
    import pytest

    @pytest.mark.parametrize("case_id,text,withheld,released", cases, ids=[c[0] for c in cases])
    def test_withheld(case_id: str, text: str, withheld: list[str], released: list[str]) -> None:
        for phrase in withheld:
            assert_withheld(text, phrase, ALL)

    @pytest.mark.parametrize("case_id,text,withheld,released", cases, ids=[c[0] for c in cases])
    def test_released(case_id: str, text: str, withheld: list[str], released: list[str]) -> None:
        for phrase in released:
            assert_released(text, phrase)

    @pytest.mark.parametrize("case_id,text,released", traps, ids=[t[0] for t in traps])
    def test_traps_release(case_id: str, text: str, released: list[str]) -> None:
        for phrase in released:
            assert_released(text, phrase)

    return test_withheld, test_released, test_traps_release


def level_case_tests(cases: list[tuple[str, str, list[str], tuple[str, ...], list[str]]]):
    """The two tests of a fixer's cases that name their levels, for a module to assign to `test_...` names: each
    `(id, text, withheld, levels, released)` case withholds `withheld` at `levels` and keeps `released` at usg."""
    import pytest

    @pytest.mark.parametrize("case_id,text,withheld,levels,released", cases, ids=[c[0] for c in cases])
    def test_withheld(case_id: str, text: str, withheld: list[str], levels: tuple[str, ...], released: list[str]) -> None:
        for phrase in withheld:
            assert_withheld(text, phrase, levels)

    @pytest.mark.parametrize("case_id,text,withheld,levels,released",
                             [c for c in cases if c[4]], ids=[c[0] for c in cases if c[4]])
    def test_released(case_id: str, text: str, withheld: list[str], levels: tuple[str, ...], released: list[str]) -> None:
        for phrase in released:
            assert_released(text, phrase)

    return test_withheld, test_released
