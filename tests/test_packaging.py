"""The package as users install it: every subpackage listed, rules shipped inside the wheel."""
from __future__ import annotations

import configparser
import os
import subprocess
import sys

from conftest import REPO


def test_every_package_directory_is_listed_in_setup_cfg():
    config = configparser.ConfigParser()
    config.read(REPO / "setup.cfg")
    listed = set(config["options"]["packages"].split())
    found = {str(p.parent.relative_to(REPO)).replace(os.sep, ".") for p in (REPO / "sbu_redact").rglob("__init__.py")}
    assert found <= listed
    assert "sbu_redact._rules" in listed


def test_a_non_editable_install_finds_its_rules(tmp_path):
    target = tmp_path / "site"
    subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "--no-deps",
                    "--target", str(target), str(REPO)], check=True, capture_output=True)
    shipped = sorted(p.name for p in (target / "sbu_redact" / "_rules").iterdir() if not p.name.startswith("__"))
    assert shipped == sorted(p.name for p in (REPO / "rules").iterdir() if p.suffix in (".yaml", ".txt"))
    templates = sorted(p.name for p in (target / "sbu_redact" / "review" / "templates").iterdir())
    assert templates == sorted(p.name for p in (REPO / "sbu_redact" / "review" / "templates").iterdir())
    code = ("import sbu_redact, sbu_redact.config as c; print(c.default_rules_dir()); "
            "print(sbu_redact.read(open(sys.argv[1]).read()).classification.banner())")
    out = subprocess.run([sys.executable, "-c", "import sys; " + code, str(REPO / "examples/cables/07MOSCOW3736.txt")],
                         capture_output=True, text=True, check=True, cwd=tmp_path,
                         env={**os.environ, "PYTHONPATH": str(target)})
    rules_dir, banner = out.stdout.split("\n")[:2]
    assert rules_dir.startswith(str(target)) and banner == "UNCLASSIFIED//SBU"
