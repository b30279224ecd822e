"""The cheaper ways detection computes what it needs give what the expensive ways give: part of
speech on a window of the text (spacy_engine.pos_at) and the prefiltered URL recognizer
(stand_ins.py), with the real spaCy model and the real Presidio recognizer."""
from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from presidio_analyzer.predefined_recognizers import UrlRecognizer

from sbu_redact.detection import Detector
from sbu_redact.detection.stand_ins import cheaper, url_candidates
from sbu_redact.detection.spacy_engine import LazyNlpArtifacts, WordsTagged, pos_at, tag_many, tagged

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = sorted((ROOT / "examples").rglob("*.txt"))[:6]


@pytest.fixture(scope="module")
def nlp_engine():
    detector = Detector()
    if detector.model_name is None:
        pytest.fail("the spaCy model must be installed for these tests")
    return detector._engine.nlp_engine


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_part_of_speech_on_a_window_is_that_of_the_whole_text(nlp_engine, path):
    text = path.read_text(encoding="utf-8")
    for piece in (text, text.upper()):
        windowed = nlp_engine.process_text(piece, "en")
        assert isinstance(windowed, LazyNlpArtifacts) and windowed.tag_reach
        assert len(windowed.tokens) > 4 * (2 * windowed.tag_reach + 1)  # so that windows are used
        by_window = [pos_at(windowed, token.idx) for token in windowed.tokens]
        whole = [token.pos_ for token in tagged(nlp_engine.process_text(piece, "en"))]
        assert by_window == whole
        assert "tagger" not in windowed.tokens.user_data.get("sbu_components_run", set())  # not tagged whole
        batched = [nlp_engine.process_text(piece, "en"), nlp_engine.process_text("Ambassador Burns said.", "en")]
        tag_many(batched)  # tagged in one batch, the attribute ruler left to each word's (narrower) window
        assert batched[0].ruler_reach and len(batched[0].tokens) > 4 * (2 * batched[0].ruler_reach + 1)
        assert [pos_at(batched[0], token.idx) for token in batched[0].tokens] == whole
        assert windowed.tokens_indices == [token.idx for token in windowed.tokens]
        asked = nlp_engine.process_text(piece, "en")  # the words a recognizer says it will ask about
        offsets = [token.idx for token in asked.tokens][::40] + [len(piece) + 5]  # (no token starts there)
        tag_many([asked], offsets=[offsets])  # only their windows are tagged, in one batch
        assert "tagger" not in asked.tokens.user_data.get("sbu_components_run", set())
        assert [pos_at(asked, offset) for offset in offsets] == whole[::40] + [None]


def test_words_tagged_is_a_container_of_offsets(nlp_engine):
    text = "THE GOVERNOR INTENDS TO MEET Ambassador Burns and he said that they would go."
    artifacts = nlp_engine.process_text(text, "en")
    verbs = WordsTagged(artifacts, {"VERB", "PRON"})
    assert text.index("INTENDS") in verbs and text.index("he ") in verbs
    assert text.index("Burns") not in verbs and text.index("OVERNOR") not in verbs  # no token starts there
    assert set(verbs) == {t.idx for t in tagged(nlp_engine.process_text(text, "en")) if t.pos_ in {"VERB", "PRON"}}


def _same_results(text: str) -> None:
    plain, stand_in = UrlRecognizer(), cheaper(UrlRecognizer())
    assert type(stand_in) is not UrlRecognizer
    expected = [(r.entity_type, r.start, r.end, r.score) for r in plain.analyze(text, ["URL"])]
    assert [(r.entity_type, r.start, r.end, r.score) for r in stand_in.analyze(text, ["URL"])] == expected


@pytest.mark.parametrize("text", [
    "See www.state.gov/r/pa and http://example.com/a?b=c, or 'mfa.gov.ru'.",
    "Mr. Smith met U.S. officials.\tThe end.", "no dots here at all", "",
    "a.com/x\x1cfoo b\u00a0c.org \"https://x.io/p\" e.g. i.e.", "trailing dot. .leading .com",
])
def test_url_stand_in_finds_what_presidio_finds(text):
    _same_results(text)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["a", "b", "www", "com", "gov", "ru", "http", "://", ".", "..", "-", "/", "'",
                                 '"', "(", " ", "\t", "\n", "\x1c", "\u00a0", "\u2003", "7", "K", "\u212a"]),
                max_size=40))
def test_url_stand_in_on_generated_text(parts):
    _same_results("".join(parts))


def test_url_candidates_keep_offsets():
    text = "Visit www.state.gov today.\nThanks"
    masked = url_candidates(text)
    assert masked is not None and len(masked) == len(text)
    assert masked.split() == ["www.state.gov"]
    assert url_candidates("no dot. here") is None


def test_recurring_texts_go_through_ner_once_with_the_same_findings():
    detector = Detector()
    cable = (ROOT / "examples" / "cables" / "07MOSCOW3736.txt").read_text(encoding="utf-8")
    other = "UNCLASSIFIED\n\n1. (U) Ambassador Burns met Natalia Sokolova of the MFA.\n\nUNCLASSIFIED\n"
    alone = [detector.analyze(cable), detector.analyze(other)]
    seen: list[str] = []
    engine = detector._engine.nlp_engine
    original = engine.process_batch

    def counting(texts, *args, **kwargs):
        seen.extend(texts)
        return original(texts, *args, **kwargs)

    analyzer = detector._engine.analyzer
    analyzed: list[str] = []
    analyze = analyzer.analyze

    def counting_analysis(**kwargs):
        analyzed.append(kwargs["text"])
        return analyze(**kwargs)

    engine.process_batch = counting  # counts what NER receives; the real engine does the work
    analyzer.analyze = counting_analysis  # ... and what Presidio analyzes
    try:
        together = detector.analyze_many([(cable, None, None), (other, None, None), (cable, None, None)])
    finally:
        del engine.process_batch
        del analyzer.analyze
    assert together == [alone[0], alone[1], alone[0]]
    assert len(seen) == len(set(seen))  # the second copy of the cable went through NER once
    assert len(analyzed) == len(set(analyzed))  # ... and through Presidio's analysis once


# -- the titled-name recognizer's title cues, tried only where a title can start

def _same_title_cues(text: str) -> None:
    recognizer = next(r for r in Detector()._engine.analyzer.registry.recognizers if r.name == "TitledNameRecognizer")
    assert recognizer._title_starts is not None
    expected = [m.span() for m in recognizer.title_cue.finditer(text)]
    assert [m.span() for m in recognizer._title_cues(text)] == expected


@pytest.mark.parametrize("text", [
    "Ambassador Burns met FM Lavrov and Deputy Foreign Minister Ryabkov; A/S Fried, U/S Burns, Mr. and Mrs. Smith",
    "AMB. BURNS, DCM\nRUBIN AND POLOFF MET CHARG\u00c9 D'AFFAIRES; mr smith; Dr.Who; x/Mr Y; _Mr Z; 3Mr",
    "Foreign\nMinister Lavrov, Deputy\tForeign  Minister; Gen.Col. Ivanov; \u017fir John; Ambassador (ret.)", "",
])
def test_title_cues_are_those_of_the_whole_scan(text):
    _same_title_cues(text)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["Mr", "mr", "MRS", ".", " ", "\n", "\t", "/", "_", "3", "Ambassador", "Foreign",
                                 "Minister", "Deputy", "A/S", "U/", "S", "Gen", "(", "Burns", "FM", "fm", "\u017fir",
                                 "Sir", "Charg\u00e9", "CHARG\u00c9", "d'Affaires", "x", "\u212a"]), max_size=30))
def test_title_cues_on_generated_text(parts):
    _same_title_cues("".join(parts))


# -- pattern recognizers skip a text without the characters their patterns need

def _gated_recognizers():
    return [r for r in Detector()._engine.analyzer.registry.recognizers if type(r).__name__.startswith("Gated")]


def _same_pattern_results(text: str) -> None:
    gated = _gated_recognizers()
    assert {r.name for r in gated} >= {"UsSsnRecognizer", "IpRecognizer", "EmailRecognizer", "NationalIdRecognizer"}
    for recognizer in gated:
        entities = list(recognizer.supported_entities)
        own = type(recognizer).__mro__[1].analyze(recognizer, text, entities)  # the recognizer's own analysis
        assert [(r.entity_type, r.start, r.end, r.score) for r in recognizer.analyze(text, entities)] == \
            [(r.entity_type, r.start, r.end, r.score) for r in own], recognizer.name


def test_required_characters_of_patterns():
    from sbu_redact.prefilter import may_hold, required_characters

    assert required_characters(r"\d{3}-\d{4}") == (frozenset("-"), frozenset("0123456789"))
    assert required_characters(r"(?i)k|x") == (frozenset("kKxX"),)
    assert required_characters(r"(?<=skype:)\w+") == (frozenset("y"), frozenset("p"), frozenset("e"), frozenset(":"),
                                                      frozenset("s"), frozenset("k")) or required_characters(r"(?<=skype:)\w+")
    assert required_characters(r"a?\w+") is None and required_characters(r"[[:alpha:]]") is None
    assert required_characters("(?i)\u212a") is None  # (the Kelvin sign matches k in any case)
    clauses = required_characters(r"\b\d{3}-\d{2}\b")
    assert not may_hold(clauses, "no digits - here") and may_hold(clauses, "123-45") \
        and may_hold(clauses, "\u0661\u0662\u0663-\u0664\u0665")  # (a non-ASCII text is always tried)


def test_character_gate_tries_each_clause_once_per_text():
    from sbu_redact.detection.stand_ins import CharacterGate

    gate = CharacterGate()
    digits, colon = frozenset("0123456789"), frozenset(":")
    both, one = gate.need((digits, colon)), gate.need((digits,))
    assert gate.need(()) == 0 and gate.need(None) == 0 and one & both == one
    text = "call 555-1234"
    assert gate.mask(text) & both == one and gate.mask(text) == gate.mask(text)
    assert gate.mask("IPv6 ::1") & both == both and gate.mask("no digits") & one == 0
    assert gate.mask("\u0661\u0662 no colon") == -1  # (a non-ASCII text may hold what any clause needs)
    later = gate.need((frozenset("@"),))  # a clause added after a text was masked: the mask is made again
    assert gate.mask(text) & later == 0 and gate.mask("a@b 1:2") & (later | both) == later | both


@pytest.mark.parametrize("path", EXAMPLES + sorted((ROOT / "tests" / "corpus" / "redaction").glob("*.txt")),
                         ids=lambda p: p.name)
def test_gated_pattern_recognizers_find_what_they_found_on_examples(path):
    text = path.read_text(encoding="utf-8")
    for piece in [text, text.upper(), *text.split("\n\n")]:
        _same_pattern_results(piece)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["123", "45", "6789", "-", ".", ":", "::", "@", "+", "(", ")", " ", "\n", "a", "ffff",
                                 "Skype", "ID", "x", "ext", "CPF", "No.", "passport", "DE89", "www", "com", "\u0663",
                                 "\u212a", "HM", "ABCD"]), max_size=30))
def test_gated_pattern_recognizers_on_generated_text(parts):
    _same_pattern_results("".join(parts))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 30), st.integers(0, 30)), max_size=6), st.integers(-1, 32))
def test_residual_net_skips_by_bisection_what_the_scan_of_every_span_skips(spans, offset):
    from sbu_redact.detection.residual import _inside, _union

    merged = _union(spans)
    assert _inside(merged, [s for s, _ in merged], offset) == any(s <= offset < e for s, e in spans)


# -- the unfamiliar-name recognizer remembers each word's kind (a function of the word alone)

_NAME_PARTS = ["Haoua", "Abakar", "Mahamat", "ANAHIT", "VARDANYAN", "AND", "the", "The", "Sea", "Oblast", "Moscow",
               "LUKOIL", "EFCC", "INVESTIGATOR", "Jean-Baptiste", "d'Almeida", "O'Neil's", "Smith", "SMITH",
               "MET", "WITH", "HIS", "DEPUTY", "SAID", "K.", "J.-P.", "U.S.", "Hope", "GRACE", "Victory", "Day"]


def _unfamiliar_name():
    from sbu_redact.detection.recognizers.unfamiliar_name import UnfamiliarNameRecognizer

    return next(r for r in Detector()._engine.analyzer.registry.recognizers if isinstance(r, UnfamiliarNameRecognizer))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([*_NAME_PARTS, " ", " ", "\n", ", ", ": ", "; ", ". ", "'s", "-", "(", "3"]), max_size=24))
def test_unfamiliar_names_with_remembered_kinds_are_those_computed_afresh(parts):
    import copy

    text = "".join(parts)
    recognizer = _unfamiliar_name()  # the process's own, remembering the words of every text before
    fresh = copy.copy(recognizer)
    fresh.__dict__.pop("_kinds", None)
    fresh._kind = fresh._word_kind  # every kind computed, nothing remembered
    assert [(r.start, r.end, r.score) for r in recognizer.find(text)] == [(r.start, r.end, r.score) for r in fresh.find(text)]
    for word in {*text.split(), *parts}:
        assert recognizer._kind(word) == recognizer._word_kind(word)


# -- the lexicon remembers its answers about a word (a function of the word and the lexicon alone)

_LEXICON_METHODS = ("never_a_name", "is_given_name", "is_word_given_name", "is_listed_word_given_name", "is_place",
                    "is_surname")


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([*_NAME_PARTS, "DOE", "Doe", "PRIVILEGE", "Gift", "NOFORN", "SECRET", "Moscow",
                                 "Sokolova", "\u0421\u043e\u043a\u043e\u043b\u043e\u0432\u0430", "Y\u0131lmaz",
                                 "'s", "\u2019S", "-", ".", ",", " ", "", "1", "x"]), min_size=1, max_size=4))
def test_lexicon_answers_remembered_are_those_computed_afresh(parts):
    from sbu_redact.detection.lexicon import Lexicon, lexicon_for

    lexicon = lexicon_for(Detector().rules)  # the process's own, remembering every word asked before
    for word in {"".join(parts), " ".join(parts), parts[0]}:
        for name in _LEXICON_METHODS:
            method = getattr(Lexicon, name)
            assert method(lexicon, word) == method.__wrapped__(lexicon, word), (name, word)
            assert method(lexicon, word) == method.__wrapped__(lexicon, word), (name, word)  # (now remembered)


# -- the share of capitals is counted in C for an ASCII text, as the general count gives it

def _upper_ratio_by_letters(text: str) -> float:
    from sbu_redact.detection.lexicon import LETTERS

    letters = LETTERS.findall(text)
    return sum(map(str.isupper, letters)) / len(letters) if letters else 0.0


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.sampled_from([*map(chr, range(128)), "\u00e9", "\u00c9", "\u00df", "\u0141", "\u0142",
                                         "\u01c5", "\u03a9", "\u212a", "\u0130"]), max_size=60))
def test_upper_ratio_is_the_share_of_capitals_among_letters(text):
    from sbu_redact.detection.lexicon import upper_ratio

    for piece in (text, text.upper(), text.encode("ascii", "ignore").decode()):
        assert upper_ratio(piece) == _upper_ratio_by_letters(piece)


# -- completing a name reads the words near it without copying the text before or after it

@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab. \t\n\u00a0\u2003")), max_size=30), st.data())
def test_words_near_a_name_are_those_of_the_copied_text(text, data):
    import re

    from sbu_redact.detection.postprocess import _RUN_STARTING, _first_word

    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    copied = [(m.span(), m.group()) for m in re.finditer(r"\S+", text[:end]) if m.start() >= start]
    assert [(m.span(), m.group()) for m in _RUN_STARTING.finditer(text, start, end)] == copied
    words = text[start:].split(maxsplit=1)
    assert _first_word(text, start) == (words[0] if words else "")


# -- the cued-surname recognizer rules a word out by the word alone before it reads its cue

def _cued_surname():
    from sbu_redact.detection.recognizers.cued_surname import CuedSurnameRecognizer

    return next(r for r in Detector()._engine.analyzer.registry.recognizers if isinstance(r, CuedSurnameRecognizer))


def _same_cued_surnames(text: str) -> list[tuple[int, int, float]]:
    import copy

    recognizer = _cued_surname()  # the process's own, remembering the words of every text before
    every = copy.copy(recognizer)
    every.__dict__.pop("_sbu_ruled_out", None)
    every._ruled_out = lambda word: False  # every word read with its cue, as before the word-only check
    found = [(r.start, r.end, r.score) for r in recognizer.find(text)]
    assert found == [(r.start, r.end, r.score) for r in every.find(text)]
    return found


_CUED_PARTS = [*_NAME_PARTS, "Lindqvist's", "report", "OSTROVETSKIY", ",", "WHO", "HAS", "WORKED", "TARAKHEL", "CAN",
               "BE", "REACHED", "HER", "HUSBAND", "ZAKARYAN", "her", "cousin", "Rowena", "KOVALENKO'S", "BROTHER-IN-LAW",
               "SHEVCHUK-MOROZ", "GAVE", "TUMACO", "NARINO", "Stone", "said", "\n", " "]


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_cued_surnames_ruled_out_by_the_word_are_those_of_every_check_on_examples(path):
    text = path.read_text(encoding="utf-8")
    _same_cued_surnames(text)
    _same_cued_surnames(text.upper())


def test_cued_surnames_found_in_known_cues():
    assert _same_cued_surnames("OSTROVETSKIY, WHO HAS WORKED HERE. TARAKHEL CAN BE REACHED. HER HUSBAND ZAKARYAN "
                               "said that her cousin Rowena and KOVALENKO'S BROTHER-IN-LAW left; Lindqvist's report")


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_CUED_PARTS), max_size=14))
def test_cued_surnames_ruled_out_by_the_word_on_generated_text(parts):
    _same_cued_surnames(" ".join(parts))


def test_process_batch_yields_the_texts_and_artifacts_presidio_yields(nlp_engine):
    from presidio_analyzer.nlp_engine import SpacyNlpEngine

    texts = [path.read_text(encoding="utf-8") for path in EXAMPLES[:3]] + ["Ambassador Burns met Sergei Lavrov.", ""]

    def seen(pairs):
        return [(text, [(e.start_char, e.end_char, e.label_) for e in a.entities], a.tokens_indices, a.scores)
                for text, a in pairs]

    ours = seen(nlp_engine.process_batch(texts, "en", batch_size=2))
    assert ours == seen(SpacyNlpEngine.process_batch(nlp_engine, texts, "en", batch_size=2))
    assert [text for text, *_ in ours] == texts


@pytest.mark.parametrize("path", EXAMPLES[:3], ids=lambda p: p.name)
def test_part_of_speech_on_runs_of_overlapping_windows_is_that_of_the_whole_text(nlp_engine, path):
    """Words asked about close together (their windows overlap or touch, and are tagged as one
    run) get the part of speech the whole text gives them, as do words asked about alone."""
    text = path.read_text(encoding="utf-8")
    for piece in (text, text.upper()):
        asked = nlp_engine.process_text(piece, "en")
        reach = asked.tag_reach
        starts = [token.idx for token in asked.tokens]
        assert reach and len(starts) > 12 * (2 * reach + 1)
        clustered = [k for first in range(0, len(starts) - 2 * reach, 6 * (2 * reach + 1))
                     for k in (first, first + 1, first + reach, first + 2 * reach + 1, first + 3 * reach + 2)]
        offsets = [starts[k] for k in clustered if k < len(starts)]
        assert len(offsets) * (2 * reach + 1) < len(starts)  # so that windows are used
        tag_many([asked], offsets=[offsets])
        assert "tagger" not in asked.tokens.user_data.get("sbu_components_run", set())
        whole = [token.pos_ for token in tagged(nlp_engine.process_text(piece, "en"))]
        assert [pos_at(asked, offset) for offset in offsets] == [whole[k] for k in clustered if k < len(starts)]


def test_ner_holding_the_gil_finds_what_spacy_finds(nlp_engine):
    """NER through `run_pipeline` (the greedy loop step by step, holding the GIL) gives every
    token the entity tag spaCy's own `nlp.pipe` gives it, on every example, as written and in
    capitals, and on every 40th document of the test corpus, at several batch sizes (sub-batches
    of one text, and of texts of mixed lengths)."""
    from sbu_redact.detection.spacy_engine import greedy_components, run_pipeline

    nlp = nlp_engine.nlp["en"]
    greedy = greedy_components(nlp)
    assert greedy == {"ner"}  # (the loop runs: else this test compares spaCy with itself)
    paths = [*sorted((ROOT / "examples").rglob("*.txt")), *sorted((ROOT / "examples").rglob("*.md")),
             *sorted((ROOT / "tests" / "corpus").rglob("*.txt"))[::40]]
    texts = [path.read_text(encoding="utf-8") for path in paths]
    texts += [text.upper() for text in texts] + ["", "  \n", "Ambassador Burns met Sergei Lavrov in Moscow."]
    texts += [line for text in texts[:4] for line in text.splitlines()]

    def tags(docs):
        return [(doc.text, doc.to_array(["ENT_IOB", "ENT_TYPE"]).tolist(),
                 [(e.start_char, e.end_char, e.label_) for e in doc.ents]) for doc in docs]

    for batch_size in (1, 7, 256):
        assert tags(run_pipeline(nlp, texts, batch_size, greedy)) == tags(nlp.pipe(texts, batch_size=batch_size))
