"""The library entry point: one `Pipeline` holds the rules, the policy and (lazily) the NER
engine, and turns a text into findings or into one redacted version per level."""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Iterable, Sequence

from .config import Rules, RuleSet, load_rules
from .document import Document
from .reader import read

if TYPE_CHECKING:  # pragma: no cover
    from .detection import Detector, Finding
    from .leakcheck import LeakError
    from .policy import LevelPolicy, Policy
    from .redaction import Redacted


def version_name(level: str, partner: str | None) -> str:
    """File-name part of a version: the level, or `partner-GBR` for the partner level."""
    return f"{level}-{partner.upper()}" if partner and level == "partner" else level


class Pipeline:
    """Reads, analyzes and redacts documents with one set of rules and one NER model.

    The NER engine is built on first use and reused for every later call; reading alone
    never loads it."""

    def __init__(self, rules: Rules | str | Path | None = None, model: str | None = None):
        # a folder (or None: the package's rules) is read now, and again if its files changed
        self.rules = rules if isinstance(rules, RuleSet) else load_rules(rules)
        self.model = model
        self._detector: Detector | None = None

    # -- parts ---------------------------------------------------------------------------
    @property
    def detector(self) -> "Detector":
        if self._detector is None:
            from .detection import Detector

            self._detector = Detector(self.rules, model=self.model)
        return self._detector

    @property
    def policy(self) -> "Policy":
        return self.rules.policy

    def add_recognizer(self, recognizer: object) -> None:
        """Add any Presidio `EntityRecognizer` to this pipeline's analyzer."""
        self.detector.add_recognizer(recognizer)

    # -- work ----------------------------------------------------------------------------
    def read(self, text: str) -> Document:
        return read(text, self.rules)

    def analyze(self, text: str, spans: Sequence[tuple[int, int]] | None = None,
                document: Document | None = None) -> list["Finding"]:
        """Entities in `text` (or only inside `spans`), with offsets into `text`. `document` is
        the reading of `text` when the caller has it (it is read otherwise)."""
        return self.detector.analyze(text, list(spans) if spans is not None else None, document=document)

    def levels(self, names: Iterable[str], partner: str | None = None) -> list[tuple[str, "LevelPolicy"]]:
        """Resolve level names (raising a PolicyError for an unknown one, or for a partner code
        that no requested level uses) before any work is done."""
        resolved = [(name, self.policy.level(name, partner)) for name in names]
        if partner and resolved and not any(level.partner for _, level in resolved):
            from .policy import PolicyError

            partner_levels = [n for n in self.policy.names() if self.policy.levels[n].partner]
            raise PolicyError(f"partner '{partner}' given, but none of the requested levels "
                              f"({', '.join(n for n, _ in resolved)}) is a partner level "
                              f"({', '.join(partner_levels) or 'none defined'})")
        return resolved

    def redact(self, text: str, levels: Sequence[str] = ("public",), partner: str | None = None,
               document: Document | None = None) -> dict[str, "Redacted"]:
        """One redacted version per level, all built from a single analysis.

        NER runs only on the text that at least one requested level releases. Raises
        LeakError (fail closed) if any version would still contain withheld text. The words of
        the released text that may still be names are logged as `possible_name` actions."""
        result = self.redact_many([text], levels, partner, documents=[document])[0]
        if isinstance(result, Exception):
            raise result
        return result

    def _residual_net(self, level: "LevelPolicy"):
        """The residual-name net for a level that redacts names (None otherwise): the lexicon
        only, no NER engine."""
        if level.entity_rule("PERSON") is None:
            return None
        from .detection.lexicon import lexicon_for
        from .detection.residual import ResidualNameNet

        return ResidualNameNet(lexicon_for(self.rules), level.allow)

    def redact_many(self, texts: Iterable[str], levels: Sequence[str] = ("public",), partner: str | None = None,
                    documents: Sequence[Document | None] | None = None,
                    batch_size: int | None = None) -> list["dict[str, Redacted] | LeakError"]:
        """`redact(text, levels, partner)` for each text, with the same results, faster: the spans
        of all texts go through one NER stream. A text whose version would leak gets its
        LeakError in its place (the others are still produced); `documents`, when given, are
        the texts already read. Pass texts in chunks to bound memory (see `batch`)."""
        from .detection.lexicon import sharing_answers
        from .mentions import sharing_indexes

        # detection and the versions of every level share each text's word index and the
        # lexicon's answers about its spans
        with sharing_indexes(), sharing_answers():
            return self._redact_many(list(texts), levels, partner, documents, batch_size)

    def _redact_many(self, texts: list[str], levels: Sequence[str], partner: str | None,
                     documents: Sequence[Document | None] | None,
                     batch_size: int | None) -> list["dict[str, Redacted] | LeakError"]:
        from .leakcheck import LeakError, OriginalTokens
        from .policy import decide, spans_to_analyze
        from .redaction import build_version

        resolved = self.levels(levels, partner)
        wanted = [(level, partner) for _, level in resolved]
        docs = [d if d is not None else self.read(t) for t, d in zip(texts, documents or [None] * len(texts))]
        decided = [[decide(doc, level, partner) for _, level in resolved] for doc in docs]  # once per level
        all_spans = [spans_to_analyze(doc, wanted, decisions) for doc, decisions in zip(docs, decided)]
        to_analyze = [i for i, spans in enumerate(all_spans) if spans]
        found = self.detector.analyze_many([(docs[i].text, all_spans[i], docs[i]) for i in to_analyze],
                                           **({"batch_size": batch_size} if batch_size else {})) if to_analyze else []
        findings: list[list["Finding"]] = [[] for _ in docs]
        for i, f in zip(to_analyze, found):
            findings[i] = f
        nets = [self._residual_net(level) for _, level in resolved]  # (stateless: one per level serves every text)
        out: list[dict[str, Redacted] | LeakError] = []
        for doc, spans, doc_findings, decisions in zip(docs, all_spans, findings, decided):
            ner = not spans or self.detector.model_name is not None
            tokens = OriginalTokens(doc.text)  # the leak checks of all levels share it
            try:
                out.append({name: build_version(doc, doc_findings, level, partner, ner=ner, tokens=tokens,
                                                  residual=net, decisions=levels_decisions)
                            for (name, level), net, levels_decisions in zip(resolved, nets, decisions)})
            except LeakError as exc:
                out.append(exc)
        return out
