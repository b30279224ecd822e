"""Metamorphic property: disguising a marked document never makes a level release text that
it withheld from the clean document.

For every marked document of the test corpora, hypothesis applies disguises a copy picks up on
its way through Word, e-mail and web pages, or that someone adds on purpose: zero-width and
bidi characters inserted anywhere, line ends swapped for any Unicode line end, spaces replaced
by no-break spaces, letters of portion marks, banners and classification lines swapped for
look-alikes from Unicode's confusables data. Every character that a level withholds in the
clean document must still be withheld (by a withheld portion) in the disguised one. Decisions
are compared, not versions: they are what releases text, and they need no NER.
"""
from __future__ import annotations

import functools
import json
import os
import random
from importlib import resources

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import sbu_redact
from conftest import CORPUS, EXAMPLES
from sbu_redact.policy import decide

LEVELS = (("usg", None), ("partner", "GBR"), ("public", None))
#: 2,000 disguised documents take about 20 s; set SBU_METAMORPHIC_EXAMPLES for a longer hunt.
EXAMPLES_RUN = int(os.environ.get("SBU_METAMORPHIC_EXAMPLES", "2000"))
INVISIBLE = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\u200e", "\u200f", "\u202a",
             "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069", "\u061c"]
# (no PARAGRAPH SEPARATOR: since round 61 the view reads U+2029 as a blank line, the break between two
# paragraphs it is, so writing one for a line end changes the document's structure, not its disguise:
# hypothesis found a quoted message's `From:` line cut from its `-----Original Message-----` that way)
LINE_ENDS = ["\r\n", "\r", "\x85", "\u2028", "\x0b", "\x0c"]
SPACES = ["\u00a0", "\u2007", "\u202f", "\u2002", "\u3000"]


def _corpus() -> list[tuple[str, str]]:
    paths = sorted(EXAMPLES.rglob("*.txt")) + sorted(EXAMPLES.rglob("*.md"))
    for folder in ("reader", "redaction", "adversarial"):
        paths += sorted((CORPUS / folder).glob("*.txt")) + sorted((CORPUS / folder).glob("*.md"))
    docs = []
    for path in paths:
        with open(path, encoding="utf-8", newline="") as handle:
            text = handle.read()
        doc = sbu_redact.read(text)
        if doc.classification is not None or any(p.explicit for p in doc.portions):
            docs.append((path.name, text))
    return docs


DOCUMENTS = _corpus()


@functools.lru_cache(maxsize=1)
def _look_alikes() -> dict[str, list[str]]:
    """For each ASCII letter, the characters Unicode's confusables data says look like it."""
    raw = (resources.files("confusable_homoglyphs") / "confusables.json").read_text(encoding="utf-8")
    data = json.loads(raw)
    out = {}
    for letter in "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz":
        glyphs = [e["c"].replace("\u200e", "").replace("\u200f", "") for e in data.get(letter, [])]
        glyphs = [g for g in glyphs if len(g) == 1 and not g.isascii()]
        if glyphs:
            out[letter] = glyphs
    return out


def _withheld(text: str) -> dict[str, list[tuple[int, int]]]:
    doc = sbu_redact.read(text)
    return {level: [(d.portion.start, d.portion.end) for d in decide(doc, doc.rules.policy.level(level, partner),
                                                                      partner) if d.withheld]
            for level, partner in LEVELS}


@functools.lru_cache(maxsize=None)
def _clean(index: int) -> tuple[dict[str, list[tuple[int, int]]], frozenset[int]]:
    """What each level withholds in the clean document, and where its marks and banners are."""
    text = DOCUMENTS[index][1]
    doc = sbu_redact.read(text)
    marked: set[int] = set()
    for p in doc.portions:
        if p.explicit and p.mark_start is not None and p.mark_end is not None:
            marked.update(range(p.mark_start, p.mark_end))
    for f in doc.fields_named("banner", "classification", "section", "handling", "routing"):
        marked.update(range(f.start, f.end))
    return _withheld(text), frozenset(i for i in marked if text[i].isascii() and text[i].isalpha())


def disguise(text: str, marked: frozenset[int], kinds: set[str], rate: float, seed: int) -> tuple[str, list[int]]:
    """The disguised text and, for each character of `text`, where it went."""
    rng = random.Random(seed)
    look_alikes = _look_alikes()
    out: list[str] = []
    where: list[int] = []
    length = 0
    for i, char in enumerate(text):
        if "invisible" in kinds and rng.random() < rate:
            extra = rng.choice(INVISIBLE)
            out.append(extra)
            length += len(extra)
        replacement = char
        if char == "\n" and "line_ends" in kinds and rng.random() < max(rate, 0.5):
            replacement = rng.choice(LINE_ENDS)
            if replacement == "\r" and text[i + 1:i + 2] == "\n":
                replacement = "\r\n"  # a CR before an LF would make one line end of two
        elif char == " " and "spaces" in kinds and rng.random() < max(rate, 0.3):
            replacement = rng.choice(SPACES)
        elif i in marked and "look_alikes" in kinds and char in look_alikes and rng.random() < max(rate, 0.3):
            replacement = rng.choice(look_alikes[char])
        where.append(length + len(replacement) - 1)  # the character itself (an LF after its CR)
        out.append(replacement)
        length += len(replacement)
    return "".join(out), where


def _covered(spans: list[tuple[int, int]], size: int) -> bytearray:
    mask = bytearray(size)
    for start, end in spans:
        mask[start:end] = b"\x01" * (end - start)
    return mask


@settings(max_examples=EXAMPLES_RUN, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(index=st.integers(0, len(DOCUMENTS) - 1),
       kinds=st.sets(st.sampled_from(["invisible", "line_ends", "spaces", "look_alikes"]), min_size=1),
       rate=st.sampled_from([0.002, 0.01, 0.05, 0.2]),
       seed=st.integers(0, 2**32 - 1))
def test_disguises_never_release_what_the_clean_document_withholds(index, kinds, rate, seed):
    name, text = DOCUMENTS[index]
    clean, marked = _clean(index)
    disguised, where = disguise(text, marked, kinds, rate, seed)
    after = _withheld(disguised)
    for level, _ in LEVELS:
        mask = _covered(after[level], len(disguised))
        for start, end in clean[level]:
            released = [i for i in range(start, end) if not text[i].isspace() and not mask[where[i]]]
            assert not released, (
                f"{name}: {sorted(kinds)} at rate {rate} (seed {seed}) makes {level} release "
                f"{text[released[0]:released[0] + 60]!r}, withheld in the clean document")


def test_the_corpus_is_the_marked_documents():
    names = [name for name, _ in DOCUMENTS]
    assert len(names) >= 80 and "07MOSCOW3736.txt" in names and "adv-012-cable-nel.txt" in names


def test_a_disguise_maps_every_character():
    text = "SECRET\n\n(S) Text here.\n"
    disguised, where = disguise(text, frozenset(range(0, 6)), {"line_ends", "spaces", "invisible"}, 0.5, 7)
    assert len(where) == len(text)
    for i, char in enumerate(text):
        if char not in "\n ":
            assert disguised[where[i]] == char
