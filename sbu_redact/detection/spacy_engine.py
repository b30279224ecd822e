"""Presidio's spaCy engine, running on every text only what NER needs.

Every text goes through the `ner` component and the components it listens to (none for the
`en_core_web_*` models, whose NER has its own token-to-vector layer). The tagger, attribute
ruler and lemmatizer stay loaded but disabled: they run on a document only when something asks
for part of speech or lemmas (`tagged`), namely Presidio's context enhancer when a result of a
recognizer with context words (phone numbers, e-mail addresses...) needs the words around it.
Their output is then that of the whole pipeline. The titled-name recognizer needs the part of
speech of one word at a time (`WordsTagged`): the texts it says it will ask about are tagged
in batches as they leave the NER stream (`tag_many`: only the windows around the words it will ask
about, when they are shorter than the text); for any other text, the tag is computed on a
window of the text around that word, as wide as what decides a tag (the tagger's window encoder sees `depth x window_size`
tokens on each side, the attribute ruler's patterns a few more), which gives the tag the whole
text gives (a test compares every token of the example documents) at a fraction of the cost. The parser is removed: nothing reads dependencies; without it,
sentence boundaries no longer constrain NER, which moves a handful of entity spans (7 of 4,243
on the benchmark corpus of benchmarks/presidio_vs_sbu.py, with the same detection figures).

The context enhancer finds the token of each result by bisection instead of scanning the token
list from the start for every result (quadratic on long documents).

NER's greedy transition loop runs holding the GIL (`greedy_ner_pipe`): spaCy's own loop
(`Parser.greedy_parse`) releases it around its C loop, and the spaCy 3.8 wheel's state functions
take it back and drop it again on every call (`PyGILState_Ensure`/`Release`: 65% of NER's
instructions on the benchmark corpus, two thirds of its time). The loop is spaCy's own, step by
step (`ParserStepModel.predict` and `Parser.transition_states`, the path spaCy's training takes):
the same sub-batches, the same sums, maxout and matrix product for every state, the same
transitions; entities are identical (a test compares every example, as written and in capitals).
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import Any, Collection, Sequence

from presidio_analyzer import RecognizerResult
from presidio_analyzer.context_aware_enhancers import LemmaContextAwareEnhancer
from presidio_analyzer.nlp_engine import NlpArtifacts, SpacyNlpEngine

#: components run on demand, in this order, for part of speech (and the lemmatizer for lemmas)
TAGGING_COMPONENTS = ("tok2vec", "tagger", "attribute_ruler", "lemmatizer")
#: those `tag_many` runs on whole texts in batches; the attribute ruler (rules matched over every
#: token, the costlier part once the tagger is batched) then runs on the window of each word asked about
BATCHED_TAGGING = ("tok2vec", "tagger")
_DONE = "sbu_components_run"
_POS = "sbu_pos_at"  # offset -> coarse part of speech, computed on the word's window by tag_many
_ENDS = "sbu_token_ends"


def ner_components(nlp) -> list[str]:
    """The components NER needs: `ner` and those it listens to (a shared tok2vec or transformer)."""
    return [name for name in nlp.pipe_names
            if name == "ner" or "ner" in (getattr(nlp.get_pipe(name), "listening_components", None) or [])]


def tagged(nlp_artifacts, lemmas: bool = False):
    """The spaCy `Doc` of `nlp_artifacts` with part of speech (and lemmas when asked), computed
    on first use by the disabled tagging components (nothing runs when the whole pipeline did)."""
    doc = nlp_artifacts.tokens if nlp_artifacts is not None else None
    if doc is None or not isinstance(nlp_artifacts, LazyNlpArtifacts):
        return doc
    nlp = nlp_artifacts.nlp
    done = doc.user_data.setdefault(_DONE, set())
    for name in TAGGING_COMPONENTS if lemmas else TAGGING_COMPONENTS[:-1]:
        if name in nlp.disabled and name not in done:
            doc = nlp.get_pipe(name)(doc)
            done.add(name)
    return doc


def tag_window(nlp) -> int | None:
    """Tokens on each side of a word that decide its part of speech, for a pipeline whose tagger
    listens to a window-encoder tok2vec made of token features (the `en_core_web_sm/md/lg`
    models), with a margin; None for any other architecture (a transformer sees the whole text).
    The embedding reads one token, each of the encoder's `depth` layers `window_size` more on
    each side, the tagger's softmax one vector: a fine tag depends on `depth x window_size`
    tokens each side, a coarse part of speech also on the tags of the neighbours the ruler reads
    (`ruler_window`): 4 + 1 = 5 tokens for `en_core_web_sm` (the tests compare every token of the
    examples, and every token of the benchmark corpus's units, as written and in capitals, with
    the whole text's tags)."""
    config = nlp.config.get("components", {})
    tok2vec = config.get("tok2vec", {}).get("model", {})
    encode, embed = tok2vec.get("encode", {}), tok2vec.get("embed", {})
    tagger = config.get("tagger", {}).get("model", {})
    listens = tagger.get("tok2vec", {}).get("@architectures", "").startswith("spacy.Tok2VecListener")
    if not (tok2vec.get("@architectures", "").startswith("spacy.Tok2Vec.")
            and encode.get("@architectures", "").startswith("spacy.MaxoutWindowEncoder.")
            and embed.get("@architectures", "").startswith("spacy.MultiHashEmbed.")
            and tagger.get("@architectures", "").startswith("spacy.Tagger.") and listens):
        return None
    try:
        encoder_reach = int(encode["depth"]) * int(encode["window_size"])
    except (KeyError, TypeError, ValueError):
        return None
    return encoder_reach + ruler_window(nlp)


#: token attributes the Matcher reads from the token alone (its text, lexical flags, and the
#: tag, part of speech and dependency label set on it): a pattern on these matches a window of
#: the text exactly where it matches the text, once the window holds the matched tokens
_TOKEN_ATTRIBUTES = frozenset({"ORTH", "TEXT", "LOWER", "NORM", "SHAPE", "PREFIX", "SUFFIX", "LENGTH", "IS_ALPHA",
                               "IS_ASCII", "IS_DIGIT", "IS_LOWER", "IS_UPPER", "IS_TITLE", "IS_PUNCT", "IS_SPACE",
                               "LIKE_NUM", "TAG", "POS", "DEP"})


def ruler_window(nlp) -> int:
    """Tokens on each side of a word that decide what the attribute ruler sets on it once the
    tagger has run. A pattern of n tokens (no quantifier) sets the attributes of a token of its
    match, so the matches that set a word's lie within n - 1 tokens of it on each side: the
    `en_core_web_*` rulers match one or two tokens on TAG, LOWER, DEP, IS_SPACE, hence 1 (and the
    order in which the ruler applies them, by rule then by position, is the same in a window).
    A pattern on another attribute (an entity label, a sentence start: a window's edges change
    them) keeps a margin of 3; a quantified one can reach any distance: the whole text."""
    ruler = nlp.get_pipe("attribute_ruler") if "attribute_ruler" in nlp.component_names else None
    patterns = [pattern for entry in getattr(ruler, "patterns", []) for pattern in entry["patterns"]]
    if any(isinstance(pattern, str) or any("OP" in token for token in pattern) for pattern in patterns):
        return 10_000  # a quantifier can reach any distance: the whole text
    longest = max((len(pattern) for pattern in patterns), default=1)
    if all(str(key).upper() in _TOKEN_ATTRIBUTES for pattern in patterns for token in pattern for key in token):
        return max(0, longest - 1)
    return longest + 2


class WordsTagged(Collection[int]):
    """The offsets of the words of an analyzed text whose coarse part of speech is one of `tags`,
    as a container asked one offset at a time: each word's tag is computed on a window of the
    text around it (see `tag_window`), or read from the document when it is tagged already."""

    def __init__(self, nlp_artifacts, tags: Collection[str]):
        self.artifacts = nlp_artifacts
        self.tags = frozenset(tags)
        self._known: dict[int, bool] = {}

    def __contains__(self, offset: object) -> bool:
        if not isinstance(offset, int):
            return False
        if offset not in self._known:
            pos = pos_at(self.artifacts, offset)
            self._known[offset] = pos is not None and pos in self.tags
        return self._known[offset]

    def _all(self) -> set[int]:
        doc = tagged(self.artifacts)
        return {t.idx for t in doc if t.pos_ in self.tags} if doc is not None else set()

    def __iter__(self):
        return iter(sorted(self._all()))

    def __len__(self) -> int:
        return len(self._all())


def tag_many(artifacts: list[Any], batch_size: int = 64,
             offsets: "Sequence[Collection[int] | None] | None" = None) -> None:
    """Part of speech for the documents of `artifacts` at once, batched, for the texts a
    recognizer says it will ask about (`part_of_speech_offsets`): one call per document costs
    several times more (the tok2vec layer's fixed cost per call). `offsets[k]`, when given, are
    the offsets that will be asked in `artifacts[k]`: when their windows (see `tag_window`) hold
    fewer tokens than the text, only the windows are tagged (all tagging components, batched) and
    `pos_at` reads the result; otherwise the whole text gets its fine-grained tags
    (`BATCHED_TAGGING`) and the attribute ruler runs on each asked word's window."""
    asked = list(offsets) if offsets is not None else [None] * len(artifacts)
    lazy = [(a, o) for a, o in zip(artifacts, asked) if isinstance(a, LazyNlpArtifacts) and a.tokens is not None]
    if not lazy:
        return
    nlp = lazy[0][0].nlp
    whole: dict[int, Any] = {}  # a recurring text: one doc
    # the windows of the asked words, those of one doc that overlap or touch made one (a word's tag
    # depends on its own window only, which the run of windows holds whole): each token is tagged once
    runs: list[Any] = []  # the docs of the runs of windows
    asked_words: list[tuple[dict[int, str], int, int, int]] = []  # (the doc's results, offset, run, index in it)
    queued: set[tuple[int, int]] = set()
    pending = [name for name in TAGGING_COMPONENTS[:-1] if name in nlp.disabled]
    for a, wanted in lazy:
        doc, reach = a.tokens, a.tag_reach
        if a.nlp is not nlp:
            continue
        if wanted is None or reach is None or len(set(wanted)) * (2 * reach + 1) >= len(doc) \
                or _DONE in doc.user_data:  # (a doc tagged already: pos_at reads it)
            whole[id(doc)] = doc
            continue
        known = doc.user_data.setdefault(_POS, {})
        spans: list[tuple[int, int, list[tuple[int, int]]]] = []  # (low, high, its (offset, token index))
        for offset in sorted(set(wanted)):
            i = bisect_left(a.tokens_indices, offset)
            if offset in known or (id(doc), offset) in queued or i == len(doc) or a.tokens_indices[i] != offset:
                continue  # (no token starts there: pos_at says None without tagging)
            queued.add((id(doc), offset))
            low, high = max(0, i - reach), min(len(doc), i + reach + 1)
            if spans and low <= spans[-1][1]:  # (offsets ascend, and so do their tokens)
                spans[-1] = (spans[-1][0], high, [*spans[-1][2], (offset, i)])
            else:
                spans.append((low, high, [(offset, i)]))
        if not spans:
            continue
        head = doc._get_array_attrs()
        array = doc.to_array(list(head))  # the doc as an array, made once for all its runs
        for low, high, words in spans:
            span: Any = doc[low:high]  # (spaCy's stubs omit as_doc's array arguments)
            # as_doc changes the rows it copies in place: each run gets its own copy
            asked_words += [(known, offset, len(runs), i - low) for offset, i in words]
            runs.append(span.as_doc(array_head=head, array=array.copy()))
    docs = list(whole.values())
    for name in BATCHED_TAGGING:
        todo = [doc for doc in docs if name in nlp.disabled and name not in doc.user_data.get(_DONE, ())]
        if todo:
            list(nlp.get_pipe(name).pipe(todo, batch_size=batch_size))  # annotates the docs in place
            for doc in todo:
                doc.user_data.setdefault(_DONE, set()).add(name)
    for name in [name for name in pending if name in BATCHED_TAGGING] if runs else ():
        runs = list(nlp.get_pipe(name).pipe(runs, batch_size=batch_size))
    # the attribute ruler (the costlier part per token) on the narrower window of each word it reads
    ruler_reach = lazy[0][0].ruler_reach
    if ruler_reach is not None:
        window_docs = [runs[run][max(0, i - ruler_reach):i + ruler_reach + 1].as_doc() for _, _, run, i in asked_words]
        indices = [min(i, ruler_reach) for _, _, _, i in asked_words]
    else:  # (each run once: the ruler on the whole run)
        window_docs, indices = runs, [i for _, _, _, i in asked_words]
    for name in [name for name in pending if name not in BATCHED_TAGGING] if window_docs else ():
        window_docs = list(nlp.get_pipe(name).pipe(window_docs, batch_size=batch_size))
    for k, ((known, offset, run, _), index) in enumerate(zip(asked_words, indices)):
        known[offset] = window_docs[k if ruler_reach is not None else run][index].pos_
    rest = [(a, o) for a, o in lazy if a.nlp is not nlp]
    if rest:
        tag_many([a for a, _ in rest], batch_size, [o for _, o in rest])


_WINDOWS_WORTH_A_TEXT = 4  # texts up to this many windows long are tagged whole (words are asked in several places)


def pos_at(nlp_artifacts, offset: int) -> str | None:
    """The coarse part of speech of the token starting at `offset` (None when none starts there)."""
    doc = nlp_artifacts.tokens if nlp_artifacts is not None else None
    if doc is None:
        return None
    indices = nlp_artifacts.tokens_indices
    i = bisect_left(indices, offset)
    if i == len(indices) or indices[i] != offset:
        return None
    if not isinstance(nlp_artifacts, LazyNlpArtifacts):
        return doc[i].pos_
    known = doc.user_data.get(_POS)
    if known is not None and offset in known:
        return known[offset]  # computed on its window by tag_many
    nlp, reach = nlp_artifacts.nlp, nlp_artifacts.tag_reach
    done = doc.user_data.get(_DONE, set())
    pending = [name for name in TAGGING_COMPONENTS[:-1] if name in nlp.disabled and name not in done]
    if pending == ["attribute_ruler"] and reach is not None:
        # tagged already (tag_many): the ruler alone is left, and it reads only a word's neighbours
        reach = min(reach, nlp_artifacts.ruler_reach or reach)
    if not pending or reach is None or len(doc) <= _WINDOWS_WORTH_A_TEXT * (2 * reach + 1):
        return tagged(nlp_artifacts)[i].pos_  # a short text: tagging all of it once costs less
    low = max(0, i - reach)
    window = doc[low:min(len(doc), i + reach + 1)].as_doc()
    for name in pending:
        window = nlp.get_pipe(name)(window)
    return window[i - low].pos_


def greedy_components(nlp) -> frozenset[str]:
    """The components of `nlp` that `greedy_ner_pipe` runs: spaCy transition-based components
    (NER) on spaCy's `TransitionBasedParser` model, decoding greedily (beam width 1)."""
    try:
        from spacy.pipeline.transition_parser import Parser
    except ImportError:  # pragma: no cover - spaCy without its transition parser
        return frozenset()
    config = nlp.config.get("components", {})
    return frozenset(
        name for name in nlp.component_names
        if isinstance(nlp.get_pipe(name), Parser) and nlp.get_pipe(name).cfg.get("beam_width", 1) == 1
        and str(config.get(name, {}).get("model", {}).get("@architectures", "")).startswith("spacy.TransitionBasedParser.")
        and hasattr(nlp.get_pipe(name), "transition_states"))


def _greedy_parse(component, docs: list[Any]) -> list[Any]:
    """`Parser.predict(docs)` for a greedy parser, step by step with the GIL held: spaCy's
    `greedy_parse` releases the GIL around a C loop whose every state call takes it back."""
    from thinc.api import set_dropout_rate

    if not any(len(doc) for doc in docs):
        return component.moves.init_batch(docs)
    component._ensure_labels_are_added(docs)
    set_dropout_rate(component.model, 0.0)
    batch = component.moves.init_batch(docs)
    model = component.model.predict(docs)
    states = [state for state in batch if not state.is_final()]
    while states:  # (transition_states keeps the unfinished states, in order, as the C loop does)
        states = component.transition_states(states, model.predict(states))
    model.clear_memory()
    del model
    return batch


def greedy_ner_pipe(component, docs, batch_size: int):
    """`component.pipe(docs, batch_size=batch_size)` for a greedy transition-based component,
    the same batches and sub-batches (by length, a quarter of a batch) as spaCy's `Parser.pipe`,
    each parsed by `_greedy_parse`."""
    from spacy.util import minibatch

    for batch in minibatch(docs, size=batch_size):
        in_order = list(batch)
        by_length = sorted(in_order, key=len)
        for subbatch in minibatch(by_length, size=max(batch_size // 4, 2)):
            subbatch = list(subbatch)
            component.set_annotations(subbatch, _greedy_parse(component, subbatch))
        yield from in_order


def run_pipeline(nlp, texts: list[str], batch_size: int, greedy: Collection[str] = frozenset()):
    """`nlp.pipe(texts, batch_size=batch_size)` in one process: each enabled component's `pipe`
    in turn, those named in `greedy` (see `greedy_components`) by `greedy_ner_pipe`."""
    docs: Any = (nlp.make_doc(text) for text in texts)
    for name, component in nlp.pipeline:
        if name in greedy:
            docs = greedy_ner_pipe(component, docs, batch_size)
        elif hasattr(component, "pipe"):
            docs = component.pipe(docs, batch_size=batch_size)
        else:
            docs = map(component, docs)
    return docs


class LazyNlpArtifacts(NlpArtifacts):
    """NlpArtifacts whose lemmas, and the keywords made of them, are computed on first use."""

    def __init__(self, entities, tokens, tokens_indices, nlp_engine, language, scores, nlp,  # noqa: D107
                 tag_reach: int | None = None, ruler_reach: int | None = None):
        self.tag_reach = tag_reach  # see tag_window (None: part of speech needs the whole text)
        self.ruler_reach = ruler_reach  # see ruler_window: the reach once the tagger has run
        self.entities = entities
        self.tokens = tokens
        self.tokens_indices = tokens_indices
        self.nlp_engine = nlp_engine
        self.scores = scores if scores else [0.85] * len(entities)
        self.nlp = nlp
        self._language = language
        self._lemmas: list[str] | None = None
        self._keywords: list[str] | None = None

    @property
    def lemmas(self) -> list[str]:  # type: ignore[override]
        if self._lemmas is None:
            self._lemmas = [token.lemma_ for token in tagged(self, lemmas=True)]
        return self._lemmas

    @property
    def keywords(self) -> list[str]:  # type: ignore[override]
        if self._keywords is None:
            self._keywords = self.set_keywords(self.nlp_engine, self.lemmas, self._language)
        return self._keywords


class NerOnlySpacyNlpEngine(SpacyNlpEngine):
    """SpacyNlpEngine that never downloads a model and runs only the NER components."""

    @staticmethod
    def _download_spacy_model_if_needed(model_name: str) -> None:
        from pathlib import Path

        import spacy

        # a package, or a model folder (benchmarks/ner_models.py compares repackaged models)
        if not spacy.util.is_package(model_name) and not (Path(model_name) / "meta.json").is_file():
            raise OSError(f"spaCy model {model_name!r} is not installed (no download attempted)")

    def load(self) -> None:  # noqa: D102
        super().load()
        models: dict[str, Any] = self.nlp or {}
        self.tag_reach = {language: tag_window(nlp) for language, nlp in models.items()}
        self.ruler_reach = {language: ruler_window(nlp) for language, nlp in models.items()}
        for nlp in models.values():
            needed = ner_components(nlp)
            for name in list(nlp.component_names):
                if name not in needed and name not in TAGGING_COMPONENTS:
                    nlp.remove_pipe(name)
                elif name not in needed and name in nlp.pipe_names:
                    nlp.disable_pipe(name)
        self.greedy = {language: greedy_components(nlp) for language, nlp in models.items()}  # NER, held GIL

    def process_text(self, text: str, language: str) -> NlpArtifacts:  # noqa: D102
        if not self.nlp:
            return super().process_text(text, language)
        return next(self.process_batch([text], language))[1]

    def process_batch(self, texts, language, batch_size=1, n_process=1, as_tuples=False):  # noqa: D102
        if as_tuples or not self.nlp or n_process != 1:
            yield from super().process_batch(texts, language, batch_size=batch_size, n_process=n_process,
                                             as_tuples=as_tuples)
            return
        # (text, artifacts) as Presidio yields them, with the text given: a spaCy doc's text is
        # the text it was made from, and Presidio rebuilds it from every token (`doc.text`)
        texts = [str(text) for text in texts]
        docs = run_pipeline(self.nlp[language], texts, batch_size, getattr(self, "greedy", {}).get(language, ()))
        for text, doc in zip(texts, docs):
            yield text, self._doc_to_nlp_artifact(doc, language)

    def _doc_to_nlp_artifact(self, doc, language: str) -> LazyNlpArtifacts:
        # Presidio's `_get_scores_for_entities` reads `doc.ents` again (a pass over every token)
        # for one default score per entity: the same list from the entities read once
        found = self._get_entities(doc)
        score: Any = self.ner_model_configuration.default_score  # (Optional in Presidio's types, as it passes it)
        entities, scores = self._get_updated_entities(found, [score] * len(found))
        return LazyNlpArtifacts(entities=entities, tokens=doc, tokens_indices=doc.to_array("IDX").tolist(),
                                nlp_engine=self, language=language, scores=scores, nlp=self.get_nlp(language),
                                tag_reach=self.tag_reach.get(language), ruler_reach=self.ruler_reach.get(language))


class BisectContextEnhancer(LemmaContextAwareEnhancer):
    """Presidio's lemma context enhancer, finding each result's token by bisection: the first
    token that ends after the result starts, exactly the token Presidio's linear scan finds.
    It deep-copies only the results it may change (of a recognizer with context words, not yet
    boosted) where Presidio copies all of them (5% of the analysis time on the benchmark)."""

    def enhance_using_context(self, text, raw_results, nlp_artifacts, recognizers, context=None):  # noqa: D102
        if nlp_artifacts is None:
            return super().enhance_using_context(text, raw_results, nlp_artifacts, recognizers, context)
        by_id = {recognizer.id: recognizer for recognizer in recognizers}  # the last of an id wins, as in Presidio
        with_context = {key for key, recognizer in by_id.items() if recognizer.context}

        def may_change(result) -> bool:
            metadata = result.recognition_metadata
            return bool(metadata) and metadata.get(RecognizerResult.RECOGNIZER_IDENTIFIER_KEY) in with_context \
                and not metadata.get(RecognizerResult.IS_SCORE_ENHANCED_BY_CONTEXT_KEY)

        changing = [result for result in raw_results if may_change(result)]
        if not changing:
            return list(raw_results)
        enhanced = iter(super().enhance_using_context(text, changing, nlp_artifacts, recognizers, context))
        return [next(enhanced) if may_change(result) else result for result in raw_results]

    @staticmethod
    def _find_index_of_match_token(word, start, tokens, tokens_indices):  # noqa: D102
        cache = getattr(tokens, "user_data", {})
        ends = cache.get(_ENDS)
        if ends is None or len(ends) != len(tokens_indices):
            ends = cache[_ENDS] = [index + len(token) for index, token in zip(tokens_indices, tokens)]
        i = bisect_right(ends, start)
        if i >= len(tokens_indices):
            raise ValueError(f"Did not find word '{word}' in the list of tokens although it is expected to be found")
        return i


__all__ = ["BisectContextEnhancer", "LazyNlpArtifacts", "NerOnlySpacyNlpEngine", "TAGGING_COMPONENTS",
           "WordsTagged", "greedy_components", "greedy_ner_pipe", "ner_components", "pos_at", "ruler_window",
           "run_pipeline", "tag_many", "tag_window", "tagged"]
