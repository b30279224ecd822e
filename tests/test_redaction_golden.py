"""Golden versions and audit logs of the redaction corpus at every default level, compared
byte for byte. Regenerate with SBU_REDACT_UPDATE_GOLDEN=1 after checking the differences."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from sbu_redact.audit import dumps
from sbu_redact.pipeline import Pipeline

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "corpus" / "redaction"
GOLDEN = HERE / "golden" / "redaction"
UPDATE = os.environ.get("SBU_REDACT_UPDATE_GOLDEN") == "1"

# (document, level, partner): every default level over every document, partner at GBR and FRA
CASES = [(doc.name, level, partner)
         for doc in sorted(CORPUS.glob("*.txt"))
         for level, partner in (("usg", None), ("public", None), ("partner", "GBR"), ("partner", "FRA"),
                                ("foia", None))]


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


def _name(document: str, level: str, partner: str | None) -> str:
    return f"{Path(document).stem}.{level}{'-' + partner if partner else ''}"


def _check(path: Path, actual: str) -> None:
    if UPDATE:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(actual.encode("utf-8"))
        return
    assert path.exists(), f"{path} missing: run with SBU_REDACT_UPDATE_GOLDEN=1"
    assert actual.encode("utf-8") == path.read_bytes(), f"{path.name} differs from the golden file"


@pytest.mark.parametrize("document,level,partner", CASES, ids=[_name(*c) for c in CASES])
def test_golden(pipeline, document, level, partner):
    text = (CORPUS / document).read_text(encoding="utf-8")
    version = pipeline.redact(text, levels=[level], partner=partner)[level]
    name = _name(document, level, partner)
    _check(GOLDEN / f"{name}.txt", version.text)
    _check(GOLDEN / f"{name}.log.json", dumps(version.log_dict(document_id=Path(document).stem)))


def test_corpus_expectations(pipeline):
    """What the golden files must show, stated once more in words."""
    def version(document, level, partner=None):
        text = (CORPUS / document).read_text(encoding="utf-8")
        return pipeline.redact(text, levels=[level], partner=partner)[level].text

    baghdad_public = version("08BAGHDAD1234.txt", "public")
    assert "1. (C) [Withheld (b)(1): CONFIDENTIAL, not releasable at public]" in baghdad_public
    assert "2. (SBU) [Withheld: SBU, not releasable at public]" in baghdad_public
    assert "4. [Withheld (b)(1): unmarked, taken as CONFIDENTIAL, not releasable at public]" in baghdad_public
    assert "3. (U) THE COUNCIL MET IN OPEN SESSION" in baghdad_public
    assert "JMILLER@EXAMPLE.ORG" not in baghdad_public and "CROCKER" not in baghdad_public
    baghdad_usg = version("08BAGHDAD1234.txt", "usg")
    assert "AHMED AL-SAADI" in baghdad_usg and "PRT TO HELP" not in baghdad_usg

    moscow_gbr = version("07MOSCOW5501.txt", "partner", "GBR")
    moscow_fra = version("07MOSCOW5501.txt", "partner", "FRA")
    assert "draft inspection regime" in moscow_gbr
    assert "draft inspection regime" not in moscow_fra
    assert "3. (SBU//REL TO USA, GBR) [Withheld: REL TO USA, GBR, not releasable at partner (FRA)]" in moscow_fra
    moscow_public = version("07MOSCOW5501.txt", "public")
    assert "4. [Withheld: unmarked, taken as SBU" in moscow_public  # unmarked in a SENSITIVE cable
    assert "Volkov" not in moscow_public and "Sokolova" not in moscow_public

    memo_gbr = version("memo_secret_noforn.txt", "partner", "GBR")
    assert "(S//NF) [Withheld (b)(1): SECRET, not releasable at partner (GBR)]" in memo_gbr
    assert "agenda draft was shared" in memo_gbr
    assert "agenda draft was shared" not in version("memo_secret_noforn.txt", "partner", "FRA")
    assert "SECRET//NOFORN" not in memo_gbr

    rel_gbr = version("memo_rel_to.txt", "partner", "GBR")
    assert "British survey ship" in rel_gbr and "cutter" not in rel_gbr
    assert "British survey ship" not in version("memo_rel_to.txt", "partner", "FRA")
