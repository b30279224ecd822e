"""Detection: find what must be protected in a cable, with Presidio on a spaCy model plus
cable-aware recognizers (names in office-symbol parentheses, signatures, `Classified By:`
lines, titled names, ALL-CAPS text, control markings, cable references, office symbols).

    >>> detector = Detector()                       # engine built once per process
    >>> findings = detector.analyze(text, spans=[(120, 900)])

Importing this module stays light: spaCy, Presidio and wordfreq load on first use.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterator, Sequence

from ..config import Rules, as_rules
from ..redaction import _trim
from .finding import Finding

if TYPE_CHECKING:  # pragma: no cover
    from ..document import Document
    from ..textview import TextView
    from .engine import Engine

__all__ = ["Detector", "Finding"]

NER_RECOGNIZER = "SpacyRecognizer"
#: texts (analysis units) per spaCy `pipe` batch. spaCy's NER parses a batch in sub-batches of a
#: quarter of it, sorted by length, all states of a sub-batch advancing together: larger batches
#: share each parsing step's fixed cost among more texts. On the benchmark corpus's 769 distinct
#: units, NER alone: 64 -> 256 cost 5% less CPU, 1024 no less than 256 (same entities at every
#: size); a whole release 7% less (see README, performance). At most this many units' docs are
#: held at once.
NLP_BATCH_SIZE = 256
_NER_EXPLANATION = "spaCy NER"
#: the recognizer of the possible names the residual net is sure of (names18), with its rule after a colon
PROMOTED_RECOGNIZER = "ResidualNameNet"
_PROMOTED_SCORE = 0.6
_NER_RECASED_EXPLANATION = "spaCy NER on recased ALL-CAPS text"


class Detector:
    """Presidio analysis of a text, restricted to spans, with our recognizers and clean-up."""

    def __init__(self, rules: Rules | str | Path | None = None, model: str | None = None):
        from .engine import engine_for
        from .lexicon import lexicon_for
        from .postprocess import PostProcessor
        from .recase import Recaser

        self.rules = as_rules(rules)
        self._engine: Engine = engine_for(self.rules, model)
        lexicon = lexicon_for(self.rules)
        self._settings = lexicon.settings
        self._recaser = Recaser(lexicon)
        # spans kept as found: the field recognizers (they fail closed) and the text recognizers
        # that read a name from a fixed slot (`exact_span`: CA/VO: dchen is a name, lower case and all)
        exact = [*self._engine.field_recognizers,
                 *(r for r in self._engine.analyzer.registry.recognizers if getattr(r, "exact_span", False))]
        # ... and those whose names may be in lower case (`lower_case_names`: the `-- ben` sign-off)
        lower = frozenset(r.name for r in self._engine.analyzer.registry.recognizers if getattr(r, "lower_case_names", False))
        self._post = PostProcessor(lexicon, frozenset(r.name for r in exact), lower)
        self._extra: list[Any] = []
        self._net: Any = None  # the residual-name net whose sure flags are promoted (`_promoted`)
        #: whether the net's sure flags become PERSON findings (benchmarks/ner_net_rules.py turns it
        #: off to measure the net's rules on what detection finds without them)
        self.promote_net = True

    @property
    def model_name(self) -> str | None:
        """The spaCy model used, None when NER is off."""
        return self._engine.model_name

    @property
    def entity_types(self) -> list[str]:
        """Enabled entity types (rules/entities.yaml)."""
        return self._settings.enabled

    def add_recognizer(self, recognizer) -> None:
        """Add any Presidio `EntityRecognizer` to this detector (not to others sharing the engine).
        Its entity types are reported even when rules/entities.yaml does not list them."""
        self._extra.append(recognizer)

    def analyze(self, text: str, spans: list[tuple[int, int]] | None = None,
                document: "Document | None" = None) -> list[Finding]:
        """Findings in `text[start:end]` for each span (the whole text when None), with offsets
        into `text`, sorted by (start, end). Nothing outside the spans is analyzed.

        The text is read (or `document`, its reading, is used) for its layout: names bound to
        header fields (by-lines, the signature, passage lines, references) come from the
        reader's fields, and content recognizers run on each analysis unit (a portion, or the
        text between two portions) on its own, so that analyzing the whole text finds in a
        portion what analyzing that portion alone finds."""
        return self.analyze_many([(text, spans, document)])[0]

    def analyze_many(self, items: Sequence[tuple[str, list[tuple[int, int]] | None, "Document | None"]],
                     batch_size: int = NLP_BATCH_SIZE) -> list[list[Finding]]:
        """`analyze(text, spans, document)` for each item, the units of all texts going through
        one spaCy `pipe` stream (the same findings as one call per text)."""
        from .view import detection_view, document_in_view

        prepared = []  # (view text, document in view offsets, units, view) per item
        jobs = []  # (item, offset, piece, view, recased spans) per unit
        for index, (text, spans, document) in enumerate(items):
            if document is None or document.text != text:
                from ..reader import read

                document = read(text, self.rules)
            # detection reads the normalised view (soft hyphens, no-break spaces, look-alikes,
            # words hyphenated over a line end) and maps its spans back to the original
            normalised = detection_view(document)
            document = document_in_view(document, normalised)
            text = document.text
            if spans is not None:
                spans = [(normalised.to_view(s), normalised.to_view(e)) for s, e in spans]
            units = _units(document, _normalize_spans(spans, len(text)))
            prepared.append((text, document, units, normalised))
            edges = sorted({b for f in document.fields for b in (f.start, f.end)})
            for s, e in units:
                piece = text[s:e]
                inside = edges[bisect_left(edges, s):bisect_right(edges, e)]  # s <= edge <= e
                view, recased = self._recaser.view(piece, frozenset(b - s for b in inside))
                jobs.append((index, s, piece, view, recased))
        entities = list(dict.fromkeys([*self.entity_types, *(e for r in self._extra for e in r.supported_entities)]))
        raw: list[list[Finding]] = [[] for _ in items]
        asks_tags = [r for r in self._engine.analyzer.registry.recognizers if hasattr(r, "needs_part_of_speech")]

        def tags(i: int) -> list[int] | None:
            """The offsets of the unit whose part of speech a recognizer will ask ([]: none, None:
            some, not said which)."""
            offsets: list[int] = []
            for r in asks_tags:
                if hasattr(r, "part_of_speech_offsets"):
                    offsets += r.part_of_speech_offsets(jobs[i][2])
                elif r.needs_part_of_speech(jobs[i][2]):
                    return None
            return offsets

        # a unit whose text and NER view recur (a handling line, a signature, boilerplate of a
        # batch) is analyzed once: Presidio's analysis is a function of the two (the view's
        # artifacts are shared, see `_shared`); its results are kept while occurrences are to come
        to_come = Counter((job[2], job[3]) for job in jobs)
        analyzed: dict[tuple[str, str], list[Any]] = {}
        for (index, offset, piece, view, recased), artifacts in zip(
                jobs, self._nlp_artifacts([job[3] for job in jobs], batch_size, tags)):
            key = (piece, view)
            results = analyzed.get(key)
            if results is None:
                results = self._engine.analyzer.analyze(
                    text=piece, language="en", entities=entities, nlp_artifacts=artifacts,
                    ad_hoc_recognizers=self._extra or None, return_decision_process=True)
            to_come[key] -= 1
            if to_come[key]:
                analyzed[key] = results
            else:
                analyzed.pop(key, None)
            raw[index] += [self._finding(r, offset, recased) for r in results]
        out: list[list[Finding]] = []
        for findings, (text, document, units, normalised) in zip(raw, prepared):
            if not units:
                out.append([])
                continue
            findings = self._without_layout_ner(findings, document)
            findings += self._field_findings(document, units)
            findings = self._post.run(findings, text, units)
            # (fixnames51b) the residual net's promotions pass the same ship, tribe and trade filter (ONE FARMER SAID)
            findings = self._post._ships_tribes_and_trades(self._promoted(findings, document, units), text)
            out.append(findings if normalised.identity else [_to_original(f, normalised) for f in findings])
        return out

    def _promoted(self, findings: list[Finding], document: "Document", units: list[tuple[int, int]]) -> list[Finding]:
        """`findings` and the possible names the residual net is sure of in the analyzed text
        left by them (names18: `ResidualNameNet._sure`, a rule's sub-condition that was a gold
        person word in most of its flags), as PERSON findings whose recognizer says which rule.
        Twice at most: a name promoted may make its neighbour or a later mention sure."""
        if not self.promote_net or "PERSON" not in self.entity_types:
            return findings
        if self._net is None:
            from .lexicon import lexicon_for
            from .residual import ResidualNameNet

            self._net = ResidualNameNet(lexicon_for(self.rules))
        from .residual import _union

        from .postprocess import _with_possessive

        net, text = self._net, document.text
        unit_starts = [s for s, _ in units]
        skip = [(f.start, f.end) for f in document.fields_named(*net.no_name_fields)]
        for _ in range(2):
            taken = _union((f.start, f.end) for f in findings)  # sorted, disjoint
            released = []
            for s, e in units:
                cursor = s
                for a, b in taken[max(0, bisect_left(taken, (s, s)) - 1):]:
                    if a >= e:
                        break
                    if b > cursor and a > cursor:
                        released.append((cursor, min(a, e)))
                    cursor = max(cursor, b)
                if cursor < e:
                    released.append((cursor, e))
            names = [(f.start, f.end) for f in findings if f.entity_type == "PERSON"]
            new = [Finding("PERSON", p.start, p.end, _PROMOTED_SCORE, f"{PROMOTED_RECOGNIZER}: {p.why}", p.why)
                   for p in net.promoted(text, released, names, skip)]
            # a promoted name covers its possessive, as every name found does (Castillo's unit)
            new = [_with_possessive(f, text, units, unit_starts) for f in new]
            if not new:
                break
            findings = sorted(findings + new, key=lambda f: (f.start, f.end))
        return findings

    def _without_layout_ner(self, findings: list[Finding], document: "Document") -> list[Finding]:
        """NER findings cut at the edges of the reader's fields (a name does not run from one
        header line into the next), and dropped inside the fields whose names the field
        recognizers read (`ner_off_fields`: routing lines, passage lines, by-lines...)."""
        off = sorted((f.start, f.end) for f in document.fields_named(*self._settings.ner_off_fields))
        off_starts = [a for a, _ in off]
        reach: list[int] = []  # reach[i]: the furthest end of off[0..i]; (s, e) lies in one iff reach >= e
        for _, b in off:
            reach.append(max(b, reach[-1]) if reach else b)
        edges = sorted({b for f in document.fields for b in (f.start, f.end)})
        out = []
        for f in findings:
            if f.recognizer != NER_RECOGNIZER:
                out.append(f)
                continue
            inner = _inside(edges, f.start, f.end)
            for s, e in zip([f.start, *inner], [*inner, f.end]):
                s, e = _trim(document.text, s, e)
                i = bisect_right(off_starts, s)  # off[:i] start at or before s
                if s < e and not (i and reach[i - 1] >= e):
                    out.append(f if (s, e) == (f.start, f.end) else replace(f, start=s, end=e))
        return out

    def _field_findings(self, document: "Document", spans: list[tuple[int, int]]) -> list[Finding]:
        """Findings of the field recognizers, clipped to the analyzed spans."""
        enabled = set(self.entity_types)
        span_starts, span_ends = [s for s, _ in spans], [e for _, e in spans]  # sorted, disjoint
        out = []
        for recognizer in self._engine.field_recognizers:
            for f in recognizer.find(document):
                if f.entity_type not in enabled:
                    continue
                first = max(0, bisect_left(span_ends, f.start + 1))  # spans ending after f.start
                for start, end in spans[first:bisect_left(span_starts, f.end)]:  # ...starting before f.end
                    s, e = max(f.start, start), min(f.end, end)
                    if s < e:
                        out.append(f if (s, e) == (f.start, f.end) else replace(f, start=s, end=e))
        return out

    def _nlp_artifacts(self, views: list[str], batch_size: int = NLP_BATCH_SIZE,
                       tags: Callable[[int], list[int] | None] | None = None):
        """The NLP artifacts of each view, in order; those of the views `i` for which `tags(i)`
        is not empty come with part of speech (at the offsets it lists, or everywhere for None),
        computed in batches (see spacy_engine.tag_many)."""
        nlp_engine = self._engine.nlp_engine
        if self.model_name is None:
            yield from (nlp_engine.process_text(v, "en") for v in views)
            return
        from itertools import islice

        from .spacy_engine import tag_many

        stream = enumerate(_shared(views, nlp_engine.process_batch(list(dict.fromkeys(views)), "en",
                                                                   batch_size=batch_size)))
        while chunk := list(islice(stream, batch_size)):
            if tags is not None:
                asked = [(artifacts, offsets) for i, artifacts in chunk if (offsets := tags(i)) != []]
                tag_many([artifacts for artifacts, _ in asked], batch_size, [offsets for _, offsets in asked])
            yield from (artifacts for _, artifacts in chunk)

    @staticmethod
    def _finding(result, offset: int, recased: list[tuple[int, int]]) -> Finding:
        metadata = result.recognition_metadata or {}
        recognizer = metadata.get("recognizer_name") or "unknown"
        explanation = result.analysis_explanation.textual_explanation if result.analysis_explanation else None
        if recognizer == NER_RECOGNIZER:
            in_caps = any(s <= result.start and result.end <= e for s, e in recased)
            explanation = _NER_RECASED_EXPLANATION if in_caps else _NER_EXPLANATION
        first_line = (explanation or recognizer).splitlines()[0]
        return Finding(result.entity_type, result.start + offset, result.end + offset, float(result.score),
                       recognizer, first_line)


def _shared(views: list[str], processed) -> Iterator[Any]:
    """The artifacts of each of `views`, in order, from `processed`: the (text, artifacts) of
    each distinct view in order of first occurrence. A text that recurs (a handling line, a
    signature, boilerplate of a batch) goes through NER once: its analysis depends on the text
    alone. Artifacts are kept only while the text has occurrences to come."""
    to_come = Counter(views)
    kept: dict[str, Any] = {}
    for view in views:
        if view not in kept:  # its first occurrence: the next distinct view
            kept[view] = next(processed)[1]
        artifacts = kept[view]
        to_come[view] -= 1
        if not to_come[view]:
            del kept[view]
        yield artifacts


def _to_original(f: Finding, view: "TextView") -> Finding:
    start, end = view.span(f.start, f.end)
    return f if (start, end) == (f.start, f.end) else replace(f, start=start, end=end)


def _inside(points: list[int], start: int, end: int) -> list[int]:
    """The sorted `points` strictly between start and end (by bisection: linear overall)."""
    return points[bisect_right(points, start):bisect_left(points, end)]


def _units(document: "Document", spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """`spans` cut at portion boundaries: each portion, and each stretch of text between two
    portions, is analyzed on its own (whatever spans a caller passed)."""
    cuts = sorted({b for p in document.portions for b in (p.start, p.end)})
    out = []
    for start, end in spans:
        inner = _inside(cuts, start, end)
        for s, e in zip([start, *inner], [*inner, end]):
            if document.text[s:e].strip():
                out.append((s, e))
    return out


def _normalize_spans(spans, length: int) -> list[tuple[int, int]]:
    if spans is None:
        return [(0, length)] if length else []
    out: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        start, end = max(0, start), min(length, end)
        if end <= start:
            continue
        if out and start < out[-1][1]:
            out[-1] = (out[-1][0], max(end, out[-1][1]))
        else:
            out.append((start, end))
    return out
