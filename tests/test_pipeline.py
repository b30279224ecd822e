"""The library pipeline: one analysis for every level, and no NER on text every level withholds."""
from __future__ import annotations

import pytest
from presidio_analyzer import EntityRecognizer, RecognizerResult

import sbu_redact
from conftest import CORPUS

BAGHDAD = (CORPUS / "reader" / "08BAGHDAD1234_allcaps_confidential.txt").read_text(encoding="utf-8")


class RecordingRecognizer(EntityRecognizer):
    """A caller's own Presidio recognizer: records what it is shown and tags one word."""

    def __init__(self):
        super().__init__(supported_entities=["PROJECT_NAME"], name="RecordingRecognizer")
        self.seen: list[str] = []

    def load(self) -> None:
        """Nothing to load: the recognizer has no model."""

    def analyze(self, text, entities, nlp_artifacts=None):
        self.seen.append(text)
        start = text.find("BUDGET")
        return [RecognizerResult("PROJECT_NAME", start, start + 6, 0.9)] if start >= 0 else []


@pytest.fixture(scope="module")
def pipeline():
    return sbu_redact.Pipeline()


def paragraph_bodies(document, level):
    return [document.text[p.body_start:p.end] for p in document.portions if p.kind == "paragraph"
            and p.level == level]


def test_withheld_portions_are_never_analyzed(pipeline):
    recorder = RecordingRecognizer()
    local = sbu_redact.Pipeline()
    local.add_recognizer(recorder)
    document = local.read(BAGHDAD)
    local.redact(BAGHDAD, levels=["public"])
    seen = "\n".join(recorder.seen)
    assert "THE PROVINCIAL COUNCIL PUBLISHED ITS BUDGET" in seen       # (U): released at public
    for body in paragraph_bodies(document, "CONFIDENTIAL"):
        assert body[:40] not in seen
    assert "SHEIKH KHALID" not in seen                                   # (SBU): withheld at public

    recorder.seen.clear()
    local.redact(BAGHDAD, levels=["public", "usg"])
    seen = "\n".join(recorder.seen)
    assert "SHEIKH KHALID" in seen                                       # usg releases SBU
    for body in paragraph_bodies(document, "CONFIDENTIAL"):
        assert body[:40] not in seen                                     # every level withholds (C)
    # one analysis for both levels: each span was shown once
    assert len(recorder.seen) == len(set(recorder.seen))


def test_caller_recognizer_findings_reach_analyze(pipeline):
    local = sbu_redact.Pipeline()
    local.add_recognizer(RecordingRecognizer())
    findings = local.analyze(BAGHDAD)
    hits = [f for f in findings if f.entity_type == "PROJECT_NAME"]
    assert hits and all(BAGHDAD[f.start:f.end] == "BUDGET" for f in hits)


def test_a_level_gives_the_same_version_whatever_else_is_requested(pipeline, seed_text):
    for text in (seed_text, BAGHDAD):
        alone = pipeline.redact(text, levels=["public"])["public"]
        together = pipeline.redact(text, levels=["usg", "public", "partner"], partner="GBR")["public"]
        assert alone.text == together.text
        assert [a.to_dict() for a in alone.log] == [a.to_dict() for a in together.log]


def test_public_version_of_the_seed_cable(pipeline, seed_text):
    versions = pipeline.redact(seed_text, levels=["public", "usg"])
    public, usg = versions["public"].text, versions["usg"].text
    for name in ("HODGKINS", "FRIEDT", "GREENSTEIN", "RUSSELL"):
        assert name not in public and name in usg
    assert "SIPDIS" not in public and "SENSITIVE SIPDIS" not in public
    assert "RELEASED IN PART B6" == versions["public"].stamp
    kept = [a for a in versions["public"].log if a.kind == "withhold" and a.paragraph]
    assert sorted(a.paragraph for a in kept) == [1, 2, 3, 4, 5, 6, 7]
    # usg keeps all seven paragraphs word for word
    document = pipeline.read(seed_text)
    for p in document.portions:
        if p.kind == "paragraph":
            assert seed_text[p.start:p.end] in usg


def test_without_a_model_public_fails_closed_and_says_why():
    with pytest.warns(RuntimeWarning, match="NER is off"):
        local = sbu_redact.Pipeline(model="en_core_web_not_installed")
        versions = local.redact(BAGHDAD, levels=["public", "usg"])
    assert local.detector.model_name is None
    public = versions["public"]
    assert "THE PROVINCIAL COUNCIL PUBLISHED ITS BUDGET" not in public.text   # (U), but unchecked for names
    assert "3. (U) [Withheld: NER off, names not checked" in public.text
    unchecked = [a for a in public.log if a.rule == "public.without_ner"]
    assert unchecked and all("NER is off" in a.reason for a in unchecked)
    # usg redacts no names, so it does not depend on NER
    assert "THE PROVINCIAL COUNCIL PUBLISHED ITS BUDGET" in versions["usg"].text


def test_redact_many_gives_what_one_call_per_document_gives(pipeline, tmp_path):
    """Spans of many documents in one NER stream (small batches, so batches mix documents):
    every version, audit log and leak refusal is the one a per-document call gives."""
    from test_batch_corpus import make_corpus

    from sbu_redact.leakcheck import LeakError

    corpus = make_corpus(tmp_path, 24, seed=3)
    texts = [(tmp_path / rel).read_text(encoding="utf-8") for rel in corpus.good]
    texts += [p.read_text(encoding="utf-8") for folder in ("reader", "redaction") for p in sorted((CORPUS / folder).glob("*"))]
    texts.append("SECRET//NOFORN\n\n(S//NF) Nothing here is released.\n\nSECRET//NOFORN\n")
    levels = ["usg", "partner", "public"]
    many = pipeline.redact_many(texts, levels, partner="GBR", batch_size=3)
    assert len(many) == len(texts)
    for text, result in zip(texts, many):
        try:
            single = pipeline.redact(text, levels, partner="GBR")
        except LeakError as exc:
            assert isinstance(result, LeakError) and str(result) == str(exc)
            continue
        assert not isinstance(result, Exception), result
        assert list(result) == levels
        for level in levels:
            assert result[level].text == single[level].text
            assert result[level].log == single[level].log
    public = [r["public"].text for r in many if not isinstance(r, Exception)]
    assert sum("[(b)(6)]" in t for t in public) >= 10  # NER did run: names were redacted
