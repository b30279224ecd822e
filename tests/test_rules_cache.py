"""The on-disk cache of validated rules: a hit gives the same rule set, and a corrupt, stale,
foreign or unwritable cache is never trusted (the files are parsed and validated again)."""
from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys

import pytest

from conftest import REPO
from sbu_redact import rules_cache
from sbu_redact.config import RuleSet, RulesError
from sbu_redact.reader import read
from sbu_redact.rules_schema import LevelsFile, Vocabulary

# What a fresh process makes of a rules folder: every section and level as data, and whether
# it had to parse YAML (a miss) or not (a hit).
PROBE = """
import json, sys
from sbu_redact.config import RuleSet
from sbu_redact.check import load_options
rules = RuleSet(sys.argv[1])
policy = rules.policy
out = {
    "markings": rules.grammar.vocabulary.model_dump(mode="json"),
    "levels": {name: level.model_dump(mode="json") for name, level in sorted(policy.levels.items())},
    "tokens": rules.grammar.all_tokens,
    "options": repr(load_options(rules)),
    "parsed_yaml": "yaml" in sys.modules,
    "validated": "pydantic" in sys.modules,
}
print(json.dumps(out, sort_keys=True))
"""


def probe(folder, cache) -> dict:
    env = {**os.environ, "SBU_REDACT_CACHE_DIR": str(cache), "PYTHONPATH": str(REPO)}
    done = subprocess.run([sys.executable, "-c", PROBE, str(folder)], env=env, capture_output=True, text=True,
                          check=False)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


@pytest.fixture()
def rules_copy(tmp_path):
    folder = tmp_path / "rules"
    shutil.copytree(REPO / "rules", folder)
    return folder


@pytest.fixture()
def cache(tmp_path, monkeypatch):
    folder = tmp_path / "cache"
    monkeypatch.setenv("SBU_REDACT_CACHE_DIR", str(folder))
    return folder


def entries(cache):
    return sorted(cache.glob("rules-*.pickle"))


def test_a_hit_gives_the_same_rule_set_without_parsing_yaml(rules_copy, cache):
    first = probe(rules_copy, cache)
    assert first["parsed_yaml"] and entries(cache)
    second = probe(rules_copy, cache)
    assert not second["parsed_yaml"] and not second["validated"]  # everything came from the cache
    assert {**second, "parsed_yaml": None, "validated": None} == {**first, "parsed_yaml": None, "validated": None}


def test_a_hit_in_process_equals_a_validation(rules_copy, cache):
    validated = RuleSet(rules_copy).section("markings", Vocabulary)
    assert entries(cache)
    cached = rules_cache.load(RuleSet(rules_copy).fingerprint(),
                              f"section:markings:{Vocabulary.__module__}.{Vocabulary.__qualname__}", Vocabulary)
    assert cached is not None and cached is not validated
    assert cached == validated
    assert RuleSet(rules_copy).section("levels", LevelsFile) == LevelsFile.model_validate(
        RuleSet(rules_copy).raw("levels"))


def test_a_corrupt_cache_is_rebuilt(rules_copy, cache):
    expected = probe(rules_copy, cache)
    for i, entry in enumerate(entries(cache)):
        entry.write_bytes([b"", b"not a pickle", b"\x80\x05garbage"][i % 3])
    rebuilt = probe(rules_copy, cache)
    assert rebuilt["parsed_yaml"]  # nothing usable in the cache: validated again
    assert {**rebuilt, "parsed_yaml": None, "validated": None} == {**expected, "parsed_yaml": None, "validated": None}
    assert not probe(rules_copy, cache)["parsed_yaml"]  # and stored again


def test_an_entry_under_another_key_is_not_used(rules_copy, cache):
    probe(rules_copy, cache)
    stored = entries(cache)
    payloads = [entry.read_bytes() for entry in stored]
    for entry, payload in zip(stored, payloads[1:] + payloads[:1]):  # every entry holds another's
        entry.write_bytes(payload)
    assert probe(rules_copy, cache)["parsed_yaml"]


def test_an_entry_others_may_write_is_not_used(rules_copy, cache):
    probe(rules_copy, cache)
    for entry in entries(cache):
        entry.chmod(0o666)
    assert probe(rules_copy, cache)["parsed_yaml"]


def test_changed_rules_are_validated_again(rules_copy, cache):
    before = probe(rules_copy, cache)
    levels = rules_copy / "levels.yaml"
    original = levels.read_text(encoding="utf-8")
    assert "ceiling: UNCLASSIFIED" in original
    levels.write_text(original.replace("ceiling: UNCLASSIFIED", "ceiling: UNCLASSIFIED_TYPO", 1), encoding="utf-8")
    with pytest.raises(RulesError, match=r"levels\.yaml: key '[a-z_.]+ceiling'"):
        RuleSet(rules_copy).policy
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    done = subprocess.run([sys.executable, "-c", PROBE, str(rules_copy)], env=env, capture_output=True, text=True,
                          check=False)
    assert done.returncode != 0 and "levels.yaml: key '" in done.stderr
    levels.write_text(original + "\n# a comment changes the fingerprint, not the rules\n", encoding="utf-8")
    after = probe(rules_copy, cache)
    assert after["parsed_yaml"]
    assert {**after, "parsed_yaml": None, "validated": None} == {**before, "parsed_yaml": None, "validated": None}


def test_a_rules_pattern_keeps_its_inline_flags_from_the_cache(rules_copy, cache):
    """The reader tests a `classification_in_words` pattern's words with the pattern's flags
    before it compiles it (`markings.LazyPattern`): the flags kept with the validated rules are
    the compiled pattern's, inline ones included, whether the rules were validated or cached."""
    markings = rules_copy / "markings.yaml"
    entry = "classification_in_words:\n"
    text = markings.read_text(encoding="utf-8")
    markings.write_text(text.replace(entry, entry + "  - pattern: '(?i)\\bhighly classified\\b'\n"
                                     "    level: SECRET\n", 1), encoding="utf-8")
    for _ in range(2):  # validated and stored, then from the cache
        rules = RuleSet(rules_copy)
        grammar = rules.grammar
        for pattern, _ in [*grammar.words_evidence, *grammar.controls_in_words]:
            assert pattern.flags == re.compile(pattern.pattern).flags, pattern.pattern
        assert grammar.words_evidence[0][0].flags & re.IGNORECASE
        document = read("SUBJECT: (U) Budget\n\nThis memo is Highly Classified.\n", rules)
        assert [p.code for p in document.problems if p.code == "CLASSIFICATION_IN_WORDS"]
    assert entries(cache)


def test_an_invalid_rules_file_is_never_cached(rules_copy, cache):
    (rules_copy / "markings.yaml").write_text("levels: 3\n", encoding="utf-8")
    for _ in range(2):
        with pytest.raises(RulesError, match=r"markings\.yaml: key 'levels'"):
            RuleSet(rules_copy).grammar
    assert not entries(cache)


def test_an_unwritable_cache_directory_only_costs_time(rules_copy, tmp_path, monkeypatch):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a directory", encoding="utf-8")
    monkeypatch.setenv("SBU_REDACT_CACHE_DIR", str(blocker / "cache"))
    expected = probe(rules_copy, tmp_path / "elsewhere")
    for _ in range(2):
        result = probe(rules_copy, blocker / "cache")
        assert result["parsed_yaml"]
        assert {**result, "parsed_yaml": None, "validated": None} == {**expected, "parsed_yaml": None, "validated": None}
    assert RuleSet(rules_copy).policy.names() == sorted(expected["levels"])


def test_the_cache_can_be_turned_off(rules_copy, monkeypatch):
    monkeypatch.setenv("SBU_REDACT_CACHE_DIR", "")
    assert rules_cache.cache_dir() is None
    assert RuleSet(rules_copy).policy.names()


def test_the_default_location_follows_xdg(monkeypatch, tmp_path):
    monkeypatch.delenv("SBU_REDACT_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert rules_cache.cache_dir() == tmp_path / "sbu_redact"


FINGERPRINT = "from sbu_redact import rules_cache; print(rules_cache.__file__, rules_cache.code_fingerprint())"


def test_changed_code_gets_a_new_key_even_with_the_same_size_and_modification_time(tmp_path):
    package = tmp_path / "sbu_redact"
    shutil.copytree(REPO / "sbu_redact", package, ignore=shutil.ignore_patterns("__pycache__"))
    env = {**os.environ, "PYTHONPATH": str(tmp_path), "PYTHONDONTWRITEBYTECODE": "1"}

    def fingerprint() -> str:
        done = subprocess.run([sys.executable, "-c", FINGERPRINT], env=env, cwd=tmp_path, capture_output=True, text=True,
                              check=True)
        where, value = done.stdout.split()
        assert where == str(package / "rules_cache.py")
        return value

    before = fingerprint()
    assert fingerprint() == before  # stable from one process to the next
    source = package / "terms.py"
    status = source.stat()
    text = source.read_text(encoding="utf-8")
    changed = text.replace('"""', "'''", 1)
    assert changed != text and len(changed) == len(text)
    source.write_text(changed, encoding="utf-8")
    os.utime(source, ns=(status.st_atime_ns, status.st_mtime_ns))
    assert source.stat().st_size == status.st_size and source.stat().st_mtime_ns == status.st_mtime_ns
    assert fingerprint() != before


# What a fresh process makes of the backstop's vocabulary (compiled from the grammar): whether it
# was compiled (a miss) or unpickled (a hit), and whether it equals one compiled now.
BACKSTOP_PROBE = """
import importlib, json, sys
from sbu_redact.config import RuleSet
backstop = importlib.import_module("sbu_redact.reader.backstop")
compiled = []
compile_vocabulary = backstop._compile
backstop._compile = lambda g: compiled.append(g) or compile_vocabulary(g)
rules = RuleSet(sys.argv[1])
vocabulary = backstop._vocabulary(rules.grammar)
print(json.dumps({"compiled": len(compiled), "same": vocabulary == compile_vocabulary(rules.grammar),
                  "patterns": sum(type(v) is type(vocabulary.tokens) for v in vars(vocabulary).values())}))
"""


def backstop_probe(folder, cache) -> dict:
    # (one hash seed: a few patterns list words of one length in a set's order, which differs
    # between seeds: equivalent patterns, but not equal ones)
    env = {**os.environ, "SBU_REDACT_CACHE_DIR": str(cache), "PYTHONPATH": str(REPO), "PYTHONHASHSEED": "0"}
    done = subprocess.run([sys.executable, "-c", BACKSTOP_PROBE, str(folder)], env=env, capture_output=True,
                          text=True, check=False)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_what_the_reader_compiles_from_the_grammar_is_kept_for_the_next_process(rules_copy, cache):
    first = backstop_probe(rules_copy, cache)
    assert first["compiled"] == 1 and first["same"] and first["patterns"] >= 6
    assert backstop_probe(rules_copy, cache) == {**first, "compiled": 0}  # unpickled, equal, as many patterns
    for entry in entries(cache):
        entry.write_bytes(b"\x80\x05garbage")
    assert backstop_probe(rules_copy, cache)["compiled"] == 1  # a corrupt entry: compiled again
    (rules_copy / "markings.yaml").write_text((rules_copy / "markings.yaml").read_text(encoding="utf-8") + "\n",
                                              encoding="utf-8")
    assert backstop_probe(rules_copy, cache)["compiled"] == 1  # other rules: another key


def test_a_grammar_without_a_rule_set_builds_in_process():
    from sbu_redact.markings import Grammar

    grammar = Grammar(RuleSet().grammar.vocabulary)
    made = []
    assert grammar.derived("anything", list, lambda: made.append(1) or made) == [1]
    assert grammar.derived("anything", list, lambda: made.append(2) or made) == [1, 2]  # (no cache of its own)


def test_compiled_patterns_in_an_entry_come_back_through_the_code_cache(cache):
    import pickle

    value = {"plain": re.compile(r"(?P<word>[A-Z]+)//(?P=word)"), "flags": re.compile("secret", re.IGNORECASE),
             "nested": [(1, re.compile(rb"bytes\d"))]}
    rules_cache.store("f" * 64, "patterns", value)
    (entry,) = entries(cache)
    assert b"compile_pattern" in entry.read_bytes() and b"_compile" not in entry.read_bytes().replace(
        b"compile_pattern", b"")
    assert rules_cache.load("f" * 64, "patterns", dict) == value
    assert pickle.loads(entry.read_bytes())[1] == value
