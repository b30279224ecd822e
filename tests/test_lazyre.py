"""Patterns of our own code compiled on first use (`sbu_redact.lazyre`)."""
from __future__ import annotations

import pickle
import re
import subprocess
import sys

from sbu_redact.lazyre import lazy
from sbu_redact.prefilter import first_chars


def test_a_lazy_pattern_answers_as_the_compiled_one() -> None:
    text = "TAGS: PREL, PGOV\nSUBJECT: (C) Talks\n"
    for pattern, flags in ((r"^(?P<name>TAGS|SUBJECT)\s*:\s*(?P<value>.*)$", re.MULTILINE),
                           (r"(?i:subj(?:ect)?)", 0), (r"\((?P<mark>[A-Z]{1,3})\)", 0)):
        compiled, deferred = re.compile(pattern, flags), lazy(pattern, flags)
        assert "compiled" not in deferred.__dict__  # nothing compiled until used
        assert deferred.pattern == compiled.pattern
        assert [m.span() for m in deferred.finditer(text)] == [m.span() for m in compiled.finditer(text)]
        assert deferred.compiled is deferred.compiled
        assert (deferred.flags, deferred.groups, dict(deferred.groupindex)) == \
            (compiled.flags, compiled.groups, dict(compiled.groupindex))
        assert deferred.findall(text) == compiled.findall(text)
        assert deferred.sub("-", text) == compiled.sub("-", text)
        assert deferred.split(text) == compiled.split(text)
        assert bool(deferred.match(text)) == bool(compiled.match(text))
        assert bool(deferred.fullmatch(text)) == bool(compiled.fullmatch(text))
        assert bool(deferred.search(text, 3)) == bool(compiled.search(text, 3))
        copy = pickle.loads(pickle.dumps(deferred))
        assert copy.pattern == pattern and copy.search(text) is not None


def test_first_characters_of_a_lazy_pattern() -> None:
    deferred = lazy(r"(?:\*\*)?FROM", re.IGNORECASE)
    assert deferred.first == first_chars(r"(?:\*\*)?FROM", deferred.compiled.flags) == frozenset("*Ff")


def test_importing_the_reader_compiles_none_of_its_patterns() -> None:
    script = """
import sys
import sbu_redact.reader
from sbu_redact.lazyre import LazyPattern
found = [(module.__name__, name) for module in list(sys.modules.values())
         if getattr(module, "__name__", "").startswith("sbu_redact")
         for name, value in vars(module).items() if isinstance(value, LazyPattern)]
compiled = [key for key in found if "compiled" in vars(getattr(sys.modules[key[0]], key[1]))]
print(len(found), compiled)
"""
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True).stdout.split(" ", 1)
    assert int(out[0]) > 90 and out[1].strip() == "[]"


def test_compiled_code_is_kept_for_the_next_process(tmp_path, monkeypatch) -> None:
    import os

    script = """
import re, sys
from sbu_redact import lazyre
patterns = [(r"^(?P<lead>[ \\t]*)\\((?P<mark>[A-Z/]{1,12})\\)", 0), (r"(?i:subj(?:ect)?)\\s*:", 0),
            (r"CLASSIFIED\\s+BY", re.IGNORECASE)]
compiled = [lazyre.compile_pattern(p, f) for p, f in patterns]
assert all(c == re.compile(p, f) for c, (p, f) in zip(compiled, patterns))
assert lazyre.first_chars(r"(?:\\*\\*)?FROM", re.IGNORECASE) == frozenset("*Ff")
print(sum(key[0] == "code" for key in lazyre._table()), len(lazyre._NEW))
"""
    env = {**os.environ, "SBU_REDACT_CACHE_DIR": str(tmp_path)}
    runs = [subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, check=True).stdout
            for _ in range(2)]
    assert runs[0].split() == ["0", "4"]  # nothing kept yet: three patterns and one set made and stored
    assert runs[1].split() == ["3", "0"]  # all from the table: nothing made again
    assert len(list(tmp_path.glob("regex-*.pickle"))) == 1


def test_an_entry_the_engine_refuses_is_compiled_again(monkeypatch) -> None:
    from sbu_redact import lazyre

    pattern = r"^(?P<num>\d{1,3})\.[ \t]+\((?P<mark>[A-Z]+)\)"
    table = {("code", pattern, 0): (32, [0, 1, 2, 3], 2, {"num": 1, "mark": 2}, (None, "num", "mark")),
             ("first", "abc", 0): "not a set"}
    monkeypatch.setattr(lazyre, "_TABLE", table)
    monkeypatch.setattr(lazyre, "_NEW", {})
    assert lazyre.compile_pattern(pattern) == re.compile(pattern)
    assert lazyre.first_chars("abc", 0) == frozenset("a")


def test_code_is_stored_packed_and_damaged_code_is_compiled_again(monkeypatch) -> None:
    """The table keeps the code as the bytes of an array (what unpickles fast); code cut short or
    garbled, as a damaged cache file could hold, is refused by the engine and compiled again."""
    from sbu_redact import lazyre

    pattern = r"^(?P<num>\d{1,3})\.[ \t]+\((?P<mark>[A-Z]+)\)"
    args = lazyre._engine_arguments(pattern, 0, re.compile(pattern))
    assert args is not None and isinstance(args[1], bytes) and lazyre._code_list(args[1]) == \
        [int(c) for c in re._compiler._code(re._parser.parse(pattern, 0), 0)]
    for code in (args[1], args[1][:-4], args[1][:-1], bytes(len(args[1])), b"\xff" * len(args[1])):
        monkeypatch.setattr(lazyre, "_TABLE", {("code", pattern, 0): (args[0], code, *args[2:])})
        monkeypatch.setattr(lazyre, "_NEW", {})
        assert lazyre.compile_pattern(pattern) == re.compile(pattern)
