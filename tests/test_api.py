"""The public library API: typed, documented in the README, and light to import."""
from __future__ import annotations

import inspect
import json
import re
import subprocess
import sys
import typing
from pathlib import Path

import sbu_redact
from conftest import REPO, SEED_CABLE


def run_python(code: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, timeout=300)


HEAVY = ("spacy", "presidio_analyzer", "presidio_anonymizer", "thinc", "torch", "rich")


def test_import_and_read_do_not_load_nlp():
    code = (f"import sys, sbu_redact\n"
            f"doc = sbu_redact.read(open({str(SEED_CABLE)!r}, encoding='utf-8').read())\n"
            f"assert doc.portions\n"
            f"print([m for m in {HEAVY!r} if m in sys.modules])")
    proc = run_python(code)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "[]"


def test_command_line_import_is_light():
    """Registering `batch` (and `check`) with the command line loads neither NLP nor rich nor the
    batch machinery."""
    proc = run_python("import sys, sbu_redact.cli as c\n"
                      "assert 'batch' in c.cli.commands\n"
                      f"print([m for m in {HEAVY + ('sbu_redact.batch', 'multiprocessing')!r} if m in sys.modules])")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "[]"


def test_batch_cli_can_be_imported_first():
    proc = run_python("import sbu_redact.batch_cli as b; import sbu_redact.cli as c; "
                      "assert c.cli.commands['batch'] is b.command")
    assert proc.returncode == 0, proc.stderr


def test_public_names_resolve():
    for name in sbu_redact.__all__:
        assert getattr(sbu_redact, name) is not None, name
    assert {"read", "Pipeline", "Finding", "Redacted", "Action", "LeakError", "PolicyError"} <= set(sbu_redact.__all__)
    assert issubclass(sbu_redact.PolicyError, sbu_redact.RulesError)


def test_package_is_typed():
    package = Path(sbu_redact.__file__).parent
    assert (package / "py.typed").is_file()
    assert "py.typed" in (REPO / "setup.cfg").read_text(encoding="utf-8")
    # names imported for type checkers only (TYPE_CHECKING) resolve to the public classes
    names = {n: getattr(sbu_redact, n) for n in ("Redacted", "Finding", "Document")}
    hints = typing.get_type_hints(sbu_redact.Pipeline.redact, localns=names)
    assert hints["return"] == dict[str, sbu_redact.Redacted]
    assert typing.get_type_hints(sbu_redact.Pipeline.analyze, localns=names)["return"] == list[sbu_redact.Finding]
    assert typing.get_type_hints(sbu_redact.read)["return"] is sbu_redact.Document
    for function in (sbu_redact.Pipeline.__init__, sbu_redact.Pipeline.redact, sbu_redact.Pipeline.analyze,
                     sbu_redact.read):
        signature = inspect.signature(function)
        missing = [p for p in signature.parameters.values() if p.name != "self" and p.annotation is p.empty]
        assert not missing, (function, missing)
    for cls in (sbu_redact.Redacted, sbu_redact.Action, sbu_redact.Finding):
        assert typing.get_type_hints(cls), cls


def test_result_classes_from_a_real_run(seed_text):
    pipeline = sbu_redact.Pipeline()
    findings = pipeline.analyze(seed_text)
    assert findings and all(isinstance(f, sbu_redact.Finding) for f in findings)
    assert any(f.entity_type == "PERSON" and seed_text[f.start:f.end] == "Kruitskikh" for f in findings)
    versions = pipeline.redact(seed_text, levels=["usg", "public"])
    assert list(versions) == ["usg", "public"]
    public = versions["public"]
    assert isinstance(public, sbu_redact.Redacted) and public.level == "public"
    assert all(isinstance(a, sbu_redact.Action) for a in public.log)
    assert {a.kind for a in public.log} >= {"withhold", "redact"}
    log = public.log_dict(document_id="07MOSCOW3736")
    assert log["document"] == "07MOSCOW3736" and "Kruitskikh" not in json.dumps(log)


def test_readme_library_sample_runs():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Library use", 1)[1]
    code = re.search(r"```python\n(.*?)```", section, re.S).group(1)
    proc = run_python(code)
    assert proc.returncode == 0, proc.stderr
    assert "cable UNCLASSIFIED//SBU 07MOSCOW3736" in proc.stdout
    assert "UNCLASSIFIED RELEASED IN PART B6" in proc.stdout
    assert "withhold" in proc.stdout and "redact" in proc.stdout
