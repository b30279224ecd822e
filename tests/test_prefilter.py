"""The reader's prefilters (`sbu_redact.prefilter`) may let more text through, never less: a
pattern that matches a text is never ruled out for it, by its required words, by its
widened form or by its first characters. Property-tested on generated patterns and texts, on
the rules' own `classification_in_words` patterns, and (first characters) on every line of
the example and test documents for the reader's line patterns."""
from __future__ import annotations

import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from sbu_redact.config import as_rules
from sbu_redact.prefilter import (WordGate, alternative_words, caseless, finditer_at_heads, finditer_near_words,
                                  first_chars, head_words, joined_words, match_reach, may_match, required_words,
                                  top_level_ways)

# Pieces of patterns, as the rules write them: words, alternatives, optional and repeated
# parts, classes, assertions, case-insensitive groups, atomic groups and possessive repeats.
_WORDS = ["NATO", "EU", "SECRET", "se", "Ki", "TOP", "classified", "D", "É", "Ü"]
_LETTERS = "NATOEUSCRTPDKIiskecl -\t\u0130\u0131\u017f\u212aÉÜé"


@st.composite
def patterns(draw: st.DrawFn, depth: int = 0) -> str:
    if depth > 2:
        return re.escape(draw(st.sampled_from(_WORDS)))
    kind = draw(st.sampled_from(["word", "seq", "alt", "opt", "rep", "class", "bound", "ahead", "behind",
                                 "caseless", "atomic", "possessive"]))
    sub = lambda: draw(patterns(depth + 1))  # noqa: E731
    return {
        "word": lambda: re.escape(draw(st.sampled_from(_WORDS))),
        "seq": lambda: sub() + r"[ \t]+" + sub(),
        "alt": lambda: f"(?:{sub()}|{sub()})",
        "opt": lambda: f"(?:{sub()})?",
        "rep": lambda: f"(?:{sub()}){{1,2}}",
        "class": lambda: "[EÉ]" + sub(),
        "bound": lambda: r"\b" + sub() + r"\b",
        "ahead": lambda: sub() + f"(?={sub()})",
        "behind": lambda: "(?<!TOP )" + sub(),
        "caseless": lambda: f"(?i:{sub()})",
        "atomic": lambda: f"(?>{sub()}|{sub()})" + sub(),
        "possessive": lambda: f"(?:{sub()})*+" + sub(),
    }[kind]()


def _texts(pattern: str) -> st.SearchStrategy[str]:
    words = re.findall(r"[A-Za-zÉÜ]+", pattern) or ["X"]
    piece = st.one_of(st.sampled_from(words), st.sampled_from(words).map(str.lower),
                      st.sampled_from(words).map(str.upper), st.text(alphabet=_LETTERS, max_size=3))
    return st.lists(piece, max_size=8).map("".join)


@settings(max_examples=400, deadline=None)
@given(st.data())
def test_a_prefilter_never_rules_out_a_match(data: st.DataObject) -> None:
    pattern = data.draw(patterns())
    compiled = re.compile(pattern)
    text = data.draw(_texts(pattern))
    if compiled.search(text) is None:
        return
    assert may_match(required_words(pattern), text, caseless(text)), (pattern, text)
    caseless_pattern = re.compile(pattern, re.IGNORECASE)  # flags given apart from the pattern
    if caseless_pattern.search(text.swapcase()) is not None:
        assert may_match(required_words(pattern, caseless_pattern.flags), text.swapcase(), caseless(text.swapcase()))


@settings(max_examples=400, deadline=None)
@given(st.data())
def test_first_characters_never_rule_out_a_match(data: st.DataObject) -> None:
    pattern = data.draw(patterns())
    text = data.draw(_texts(pattern))
    for flags in (0, re.IGNORECASE):
        for candidate in (text, text.swapcase()):
            if re.compile(pattern, flags).match(candidate) is not None:
                chars = first_chars(pattern, flags)
                assert chars is None or candidate[:1] in chars, (pattern, flags, candidate)


def test_first_characters_of_the_reader_patterns_pass_every_line_they_match() -> None:
    from sbu_redact.reader import authority, cable_header, memo, marks

    grammar = as_rules(None).grammar
    gated = [cable_header.ROUTING, cable_header.DTG, cable_header.ADDRESS_FIELD, cable_header.EO,
             cable_header.TAGS, cable_header.SUBJECT, cable_header.REFS, cable_header.HEADER_LINE,
             authority.CLASSIFIED_BY, authority.REASON_LINE, authority.DECLASSIFY_ON, grammar.memo_field,
             memo._TABLE_RULE, memo._TABLE_ROW, memo._HEADING, marks.LABEL_LEAD, grammar.caption_line]
    root = Path(__file__).resolve().parent.parent
    lines: set[str] = set()
    for path in [*(root / "examples").rglob("*.txt"), *(root / "tests" / "corpus").rglob("*.txt")]:
        for line in path.read_text(encoding="utf-8").splitlines():
            lines.update((line, line.strip(), line.strip().upper(), line.strip().lower()))
    for pattern in gated:
        chars = first_chars(pattern.pattern, pattern.flags)
        assert chars is not None, pattern.pattern
        matched = [line for line in lines if pattern.match(line)]
        assert matched, pattern.pattern
        assert all(line[:1] in chars for line in matched), pattern.pattern


def test_first_characters_of_some_patterns() -> None:
    assert first_chars(r"^(?P<prec>[OPRZ]{1,2})\s+\d") == frozenset("OPRZ")
    assert first_chars(r"(?:\*\*)?FROM", re.IGNORECASE) == frozenset("*Ff")
    assert first_chars(r"(?i:SUBJ|KEY|TI)") == frozenset("Ss\u017fKk\u212aTt")
    assert first_chars(r"[ \t]*\|") == frozenset(" \t|")
    assert first_chars(r"\d+") is None  # a category: not a small set
    assert first_chars(r"(?:A)?") is None  # matches an empty string
    assert first_chars("\u00e9", re.IGNORECASE) is None  # a case-insensitive letter outside ASCII


def test_the_rules_patterns_have_word_tests_that_pass_their_own_matches() -> None:
    grammar = as_rules(None).grammar
    samples = ["NATO CONFIDENTIAL", "EU SECRET", "SECRET UE", "COSMIC TOP SECRET", "STRENG GEHEIM",
               "VS - NUR FÜR DEN DIENSTGEBRAUCH", "CONFIDENTIEL DÉFENSE", "GEHEIM", "classified as SECRET",
               "CLASSIFIED AT TOP SECRET", "Cla\u017fsified CONFIDENTIAL"]
    matched = 0
    for pattern, _level in grammar.words_evidence:
        clauses = required_words(pattern.pattern, pattern.flags)
        assert clauses, pattern.pattern  # every rules pattern gets a word test
        plain = "The ambassador met the minister on Tuesday."
        assert not may_match(clauses, plain, caseless(plain)), pattern.pattern
        for sample in samples:
            if pattern.search(sample):
                matched += 1
                assert may_match(clauses, sample, caseless(sample)), (pattern.pattern, sample)
    assert matched >= len(samples)


def test_a_pattern_the_parser_cannot_take_apart_gets_no_test() -> None:
    assert required_words("(") == ()


def _long_texts(pattern: str) -> st.SearchStrategy[str]:
    """Texts long enough to be searched in windows: pieces of the pattern's words between
    fillers, runs of white space (a long one widens every window) and look-alike letters."""
    words = re.findall(r"[A-Za-zÉÜ]+", pattern) or ["X"]
    piece = st.one_of(st.sampled_from(words), st.sampled_from(words).map(str.lower),
                      st.sampled_from(words).map(str.upper), st.text(alphabet=_LETTERS, max_size=3),
                      st.sampled_from([" " * 40, "\n\n", "\t", "zq " * 30, "\u00a0", "x" * 50]))
    return st.lists(piece, min_size=20, max_size=120).map("".join)


@settings(max_examples=200, deadline=None)
@given(st.data())
def test_matches_near_words_are_the_matches_of_the_whole_text(data: st.DataObject) -> None:
    pattern = data.draw(patterns())
    for flags in (0, re.IGNORECASE):
        compiled = re.compile(pattern, flags)
        for text in (data.draw(_long_texts(pattern)), data.draw(_texts(pattern))):
            expected = [(m.span(), m.groups()) for m in compiled.finditer(text)]
            found = finditer_near_words(compiled, required_words(pattern, compiled.flags), text, caseless(text))
            assert [(m.span(), m.groups()) for m in found] == expected, (pattern, flags, text)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["a", "Z", "9", "_", "é", " ", "\t", "\n", "-", ".", "\u00a0", "\u2003", "x" * 15]),
                max_size=80).map("".join))
def test_the_longest_runs_are_the_longest_runs(text: str) -> None:
    """`_longest_run` (how far windows reach, `finditer_near_words`) is the longest run of word
    characters and of white space in the text, or `_MIN_RUN` when none is longer."""
    from sbu_redact.prefilter import _MIN_RUN, _longest_run

    for kind, run in ((0, r"\s+"), (1, r"\w+")):
        assert _longest_run(text, kind) == max([_MIN_RUN, *(len(m) for m in re.findall(run, text))]), (kind, text)


def test_matches_near_words_of_the_rules_patterns_in_every_document() -> None:
    grammar = as_rules(None).grammar
    root = Path(__file__).resolve().parent.parent
    texts = [p.read_text(encoding="utf-8") for p in sorted((root / "tests" / "corpus").rglob("*.*"))
             if p.suffix in (".txt", ".md")]
    texts.append("\n\n".join(texts[:150]))  # a long text that holds many of the words
    patterns_ = [p for table in (grammar.words_evidence, grammar.reclassification_in_words,
                                 grammar.controls_in_words) for p, _ in table]
    windowed = 0
    for pattern in patterns_:
        windowed += match_reach(pattern.pattern, pattern.flags) is not None
        for text in texts:
            expected = [(m.span(), m.groups()) for m in pattern.compiled.finditer(text)]
            for clauses in (pattern.words, joined_words(pattern.pattern, pattern.flags)):
                found = finditer_near_words(pattern.compiled, clauses, text, caseless(text))
                assert [(m.span(), m.groups()) for m in found] == expected, pattern.pattern
    assert windowed >= len(patterns_) - 3  # (most rules patterns reach a bounded way)


@st.composite
def choices_after_words(draw: st.DrawFn) -> str:
    """Patterns with words right before a choice (`NATO(?:SECRET|se)`, `\\.(?:docx?|pdf)`), what
    `joined_words` joins: the choice's ways start with words, or with something else."""
    way = st.one_of(st.sampled_from(_WORDS).map(re.escape), patterns(1),
                    st.tuples(st.sampled_from(_WORDS), st.sampled_from(["?", "+", "*", "{2}", ""])).map(
                        lambda w: re.escape(w[0][:-1]) + f"(?:{re.escape(w[0][-1:])}){w[1]}" if w[0][:-1] else re.escape(w[0])))
    ways = draw(st.lists(way, min_size=1, max_size=4))
    choice = draw(st.sampled_from(["(?:{})", "({})", "(?P<g>{})", "(?i:{})", "(?>{})"])).format("|".join(ways))
    before = draw(st.sampled_from(_WORDS))
    pattern = re.escape(before) + choice + draw(st.one_of(st.just(""), patterns(2)))
    return f"(?i:{pattern})" if draw(st.booleans()) else pattern


@settings(max_examples=400, deadline=None)
@given(st.data())
def test_joined_words_never_rule_out_a_match(data: st.DataObject) -> None:
    """`joined_words` (the words before a choice joined to its ways) is a test every match passes,
    and the matches found near its words are those of the whole text."""
    pattern = data.draw(choices_after_words())
    for flags in (0, re.IGNORECASE):
        compiled = re.compile(pattern, flags)
        clauses = joined_words(pattern, compiled.flags)
        for text in (data.draw(_texts(pattern)), data.draw(_long_texts(pattern))):
            expected = [(m.span(), m.groups()) for m in compiled.finditer(text)]
            if expected:
                assert may_match(clauses, text, caseless(text)), (pattern, flags, text)
            found = finditer_near_words(compiled, clauses, text, caseless(text))
            assert [(m.span(), m.groups()) for m in found] == expected, (pattern, flags, text)


def test_joined_words_of_some_patterns() -> None:
    assert frozenset({(".doc", False), (".pdf", False)}) in joined_words(r"\.(?:docx?|pdf)\b")
    assert joined_words(r"(?i:not\s+for)") == required_words(r"(?i:not\s+for)")  # (no choice after words)
    assert frozenset({("c-nf", True), ("c-noforn", True)}) in joined_words(r"(?i:c-(?:NF|noforn))")
    assert joined_words(r"x(?:a|\d)") == required_words(r"x(?:a|\d)")  # a way that starts with no word


def test_how_far_a_match_reaches() -> None:
    assert match_reach(r"\bNATO[ \t]+SECRET\b") == (10 + 2, 1, 0)
    assert match_reach(r"(?i:all\s+\w+\s+are)(?=\s*x)") == (6 + 1 + 2, 3, 1)
    assert match_reach(r"a(?:b|cde)f{2,3}") == (1 + 3 + 3 + 2, 0, 0)
    assert match_reach(r"Captions?:[^\n]*NOFORN") is None  # any character but a line end, without limit
    assert match_reach(r"(?:, [A-Z]{3})*") is None
    assert match_reach(r"(a)\1") is None


def test_the_word_gate_passes_exactly_the_patterns_whose_clauses_all_hold() -> None:
    """`WordGate.candidates` (the patterns the reader searches only where their words are: the
    in-words patterns, governing statements, classified stretches) is the set of patterns whose
    word clauses all hold (`may_match`) and, for a choice, the clauses of one of its ways
    (`alternative_words`), on every corpus document, a long text of them and texts made from the
    patterns' own words; a pattern that matches a text is always among them."""
    grammar = as_rules(None).grammar
    gate, ranges = grammar.word_gate
    patterns_ = [p for family in grammar.word_gated.values() for p in family]
    assert len(ranges["in_words"]) == len(grammar.words_evidence) + len(grammar.words_evidence_following) \
        + len(grammar.reclassification_in_words) + len(grammar.controls_in_words)
    assert [patterns_[k] for k in ranges["in_words"]] == [p for p, _, _ in grammar.in_words]
    assert [patterns_[k] for k in ranges["governing_levels"]] == grammar.governing_levels
    assert sum(map(len, ranges.values())) == len(patterns_)
    root = Path(__file__).resolve().parent.parent
    texts = [p.read_text(encoding="utf-8") for p in sorted((root / "tests" / "corpus").rglob("*.*"))
             if p.suffix in (".txt", ".md")]
    texts.append("\n\n".join(texts[:150]))
    texts += [" ".join(word.upper() if caseless_ else word for word, caseless_ in clause)
              for p in patterns_ for clause in p.words[:1]]
    texts += [" ".join(min(clause)[0].upper() if min(clause)[1] else min(clause)[0] for clause in p.words)
              for p in patterns_ if len(p.words) > 1]  # (a word of every clause: the later clauses hold too)
    texts += [" ".join(min(clause)[0].upper() if min(clause)[1] else min(clause)[0] for clause in way)
              for p in patterns_ for way in alternative_words(p.pattern, p.flags)]  # (one way of a choice holds)
    ways_of = [alternative_words(p.pattern, p.flags) for p in patterns_]
    assert sum(1 for ways in ways_of if ways) >= 40  # (the rules' choices are taken apart)

    def all_hold(clauses: tuple[frozenset[tuple[str, bool]], ...], text: str, in_any_case: str) -> bool:
        return all(any(word in (in_any_case if c else text) for word, c in clause) for clause in clauses)

    passed = matched = ruled_out_by_ways = 0
    for text in texts:
        in_any_case = caseless(text)
        seen, candidates = gate.presence(text, in_any_case)
        assert seen == {w: w[0] in (in_any_case if w[1] else text) for w in seen}, text[:80]  # (what may_match finds)
        for index, pattern in enumerate(patterns_):
            holds = all_hold(pattern.words, text, in_any_case)
            some_way = not ways_of[index] or any(all_hold(way, text, in_any_case) for way in ways_of[index])
            assert (index in candidates) == (holds and some_way), (pattern.pattern, text[:80])
            ruled_out_by_ways += holds and not some_way
            holds = holds and some_way
            passed += holds
            if pattern.compiled.search(text) is not None:
                assert index in candidates, pattern.pattern
                matched += 1
    assert passed > matched > 0 and passed < len(texts) * len(patterns_)  # (the gate rules some out, lets matches in)
    assert ruled_out_by_ways > 100  # (the ways of a choice rule out what all its clauses let through)


@st.composite
def choices(draw: st.DrawFn) -> str:
    """Patterns that are a choice at their top (`A|B`, `\\b(?:A|B)\\b`, `(?i:A|B)`, a choice of choices),
    with assertions around it, and other patterns."""
    ways = draw(st.lists(patterns(1), min_size=1, max_size=4))
    ways.insert(0, draw(st.one_of(patterns(1), choices_after_words())))  # (one way at most names a group)
    body = "|".join(ways)
    shape = draw(st.sampled_from(["{}", "(?:{})", r"\b(?:{})\b", "(?i:{})", "(?<!TOP )(?:{})(?=[ .])", "(?P<whole>{})",
                                  "({})x", "(?:{})+"]))
    return shape.format(body)


@settings(max_examples=400, deadline=None)
@given(st.data())
def test_the_ways_of_a_choice_never_rule_out_a_match(data: st.DataObject) -> None:
    """A text that holds a match of a choice holds every clause of one of its ways
    (`alternative_words`), whatever the flags the pattern is compiled with."""
    pattern = data.draw(choices())
    for flags in (0, re.IGNORECASE):
        compiled = re.compile(pattern, flags)
        ways = alternative_words(pattern, compiled.flags)
        for text in (data.draw(_texts(pattern)), data.draw(_long_texts(pattern))):
            for variant in (text, text.swapcase()):
                if compiled.search(variant) is not None and ways:
                    assert any(may_match(way, variant, caseless(variant)) for way in ways), (pattern, flags, variant)


def test_the_ways_of_some_choices() -> None:
    # (the parser takes `\bno` out of both ways: the letters before the choice go with each way)
    compartir, share = alternative_words(r"(?i:\bno\s+(?:compartir|pasar)\b|\bnot\b.{0,3}share)")
    assert set(compartir) == {frozenset({("compartir", True), ("pasar", True)}), frozenset({("no", True)})}
    assert set(share) == {frozenset({("share", True)}), frozenset({("not", True)})}
    assert len(alternative_words(r"NATO|EU[ \t]+SECRET")) == 2
    assert alternative_words(r"\bNATO\b") == ()  # no choice
    assert alternative_words(r"NATO|\d+") == ()  # a way that needs no word
    assert alternative_words(r"(?:NATO|EU)[ \t]+SECRET") == ()  # a choice with words after it: one way (all clauses)
    assert alternative_words(r"(") == ()


# Words written in letters that lower case to more or other letters, or by what follows them
# (`İ`, `ı`, `ſ`, the Kelvin sign, capital and small sigmas), and in scripts an ASCII text lacks.
_GATE_WORDS = ["SECRET", "secret", "Secret", "TAJNÉ", "Tajné", "İSTANBUL", "ıi", "ſECRET", "\u212aEY", "ΣΑΣ", "σας",
               "ΕΜΠΙΣΤΕΥΤΙΚΟ", "Εμπιστευτικό", "СЕКРЕТНО", "Секретно", "top secret", "(TS", "c-nf", "ß", "ẞ",
               # words inside, before and across others (one scan finds the longest word at each offset)
               "CRET", "SECRETS", "ETS", "S", ""]


@settings(max_examples=400, deadline=None)
@given(st.data())
def test_the_word_gate_finds_a_word_exactly_when_may_match_does(data: st.DataObject) -> None:
    """`WordGate.presence` (each lower case looked for once, a word as written then only where its
    lower case is) says a word is in a text exactly when `may_match` finds it there, for words
    and texts of letters whose lower case is longer, another letter or depends on what follows."""
    words = data.draw(st.lists(st.sampled_from(_GATE_WORDS), min_size=1, max_size=6, unique=True))
    entries = [(w if not anyway else w.lower(), anyway) for w in words
               for anyway in (False, True) if not anyway or w.isascii()]
    # each word a pattern of its own, and one pattern that needs them all (its later clauses too)
    gate = WordGate([(frozenset({entry}),) for entry in entries] + [tuple(frozenset({entry}) for entry in entries)])
    pieces = st.one_of(st.sampled_from(words), st.sampled_from(words).map(str.upper), st.sampled_from(words).map(str.lower),
                       st.text(alphabet="SECRTsecrtİıſ\u212aΣσςΑΕΤαß ẞ.-(", max_size=3))
    text = data.draw(st.lists(pieces, max_size=6).map("".join))
    in_any_case = caseless(text)
    seen, candidates = gate.presence(text, in_any_case)
    for index, entry in enumerate(entries):
        holds = entry[0] in (in_any_case if entry[1] else text)
        assert seen[entry] == holds and (index in candidates) == holds, (entry, text)
    assert (len(entries) in candidates) == all(entry[0] in (in_any_case if entry[1] else text) for entry in entries)


def test_offsets_of_rarest_with_the_offsets_of_earlier_calls_are_those_found_without_them() -> None:
    import random

    from sbu_redact.prefilter import _offsets_of_rarest, caseless

    rng = random.Random(5)
    vocabulary = ["secret", "SECRET", "aa", "classified", "noforn", "x", "rel to"]
    for trial in range(60):
        text = " ".join(rng.choice([*vocabulary, "word", "Secret", "aaa"]) for _ in range(rng.randrange(0, 400)))
        folded = caseless(text)
        hits: dict = {}
        for _ in range(25):
            clauses = tuple(frozenset((rng.choice(vocabulary).lower() if anyway else rng.choice(vocabulary), anyway)
                                      for anyway in (rng.random() < 0.5,) * rng.randrange(1, 3))
                            for _ in range(rng.randrange(1, 5)))
            most = rng.choice([0, 1, 3, 10, 50, 1000])
            assert _offsets_of_rarest(clauses, text, folded, most, None, hits) == \
                _offsets_of_rarest(clauses, text, folded, most), (trial, clauses, most)
        assert hits


def test_the_top_level_ways_of_some_patterns() -> None:
    assert top_level_ways(r"a|(?:b|c)|[|]|\||d") == ("a", "(?:b|c)", "[|]", r"\|", "d")
    assert top_level_ways(r"[]|]x|y") == ("[]|]x", "y")
    assert top_level_ways(r"[^]|]x|(?i:y|z)") == ("[^]|]x", "(?i:y|z)")
    assert top_level_ways(r"(?:a|b)") is None  # (a choice inside a group: one way)
    assert top_level_ways(r"(?i)a|b") is None  # (a global flag)
    assert top_level_ways(r"(a)|\1") is None  # (a group reference)
    assert top_level_ways(r"a(?#x|y)|b") is None


@settings(max_examples=400, deadline=None)
@given(st.data())
def test_matches_at_head_words_are_the_matches_of_the_whole_scan(data: st.DataObject) -> None:
    """`finditer_at_heads` (a pattern tried only where one of its `head_words` starts) finds the
    matches of `finditer` in any part of a text, spans and groups; every offset tried when the
    words are many (`_MOST_HEADS` is only what makes it worth it)."""
    import sbu_redact.prefilter as prefilter

    pattern = data.draw(patterns())
    for flags in (0, re.IGNORECASE):
        compiled = re.compile(pattern, flags)
        for text in (data.draw(_texts(pattern)), data.draw(_long_texts(pattern))):
            for variant in (text, text.swapcase()):
                start = data.draw(st.integers(0, len(variant)))
                end = data.draw(st.integers(start, len(variant)))
                expected = [(m.span(), m.groups()) for m in compiled.finditer(variant, start, end)]
                for most in (prefilter._MOST_HEADS, 1):
                    saved, prefilter._MOST_HEADS = prefilter._MOST_HEADS, most
                    try:
                        found = finditer_at_heads(compiled, variant, caseless(variant), start, end)
                    finally:
                        prefilter._MOST_HEADS = saved
                    assert [(m.span(), m.groups()) for m in found] == expected, (pattern, flags, variant, start, end)
                # (a text whose `caseless` form is longer: words in any case are not looked for)
                found = finditer_at_heads(compiled, variant, caseless(variant) + "x", start, end)
                assert [(m.span(), m.groups()) for m in found] == expected


def test_head_words_of_some_patterns() -> None:
    assert set(head_words(r"\b(?:is|are)\s+")) == {("is", False), ("are", False)}
    assert set(head_words(r"(?i:\bp(?:ara|[áa]rrafo))")) == {("para", True), ("parrafo", True),
                                                                        ("párrafo", True)}
    assert set(head_words(r"(?:foo)?bar")) == {("foo", False), ("bar", False)}
    assert set(head_words(r"e-?mail")) == {("e-", False), ("email", False)}
    assert head_words(r"\w+ly") == () and head_words(r"a?") == () and head_words(r"(?:x|)y") == ()


def test_matches_at_head_words_of_the_rules_patterns_in_every_document() -> None:
    """The level phrases of governing statements and the words that name other text, tried at
    their head words in every corpus document (and in its portions' parts), match as scanned."""
    grammar = as_rules(None).grammar
    root = Path(__file__).resolve().parent.parent
    texts = [p.read_text(encoding="utf-8") for p in sorted((root / "tests" / "corpus").rglob("*.*"))
             if p.suffix in (".txt", ".md")]
    patterns_ = [p.compiled for p in grammar.governing_levels] + [grammar.scope_refers.compiled]
    with_heads = sum(bool(head_words(p.pattern, p.flags)) for p in patterns_)
    assert with_heads >= len(patterns_) // 2
    for text in texts:
        folded = caseless(text)
        middle = len(text) // 3
        for pattern in patterns_:
            for start, end in ((0, len(text)), (middle, 2 * middle)):
                expected = [(m.span(), m.groups()) for m in pattern.finditer(text, start, end)]
                found = finditer_at_heads(pattern, text, folded, start, end)
                assert [(m.span(), m.groups()) for m in found] == expected, pattern.pattern
