"""A signature of everything the reader returns, to prove that a change to the reader (a speed
change, say) changes no result: run it before and after, the two files must be identical.

Usage: python benchmarks/reader_signature.py --out FILE [--root DIR] [--concatenated] [--shard K/N]

Documents (from DIR, default this checkout): every text file under `examples/`, `tests/corpus/`
and `tests/golden/`, each passage of the NER corpora's YAML files, and every string literal of
the tests (`tests/*.py`) long enough to be a document; each also in deterministic variants:
CRLF line ends, bare-CR line ends, no-break spaces for spaces, zero-width spaces inserted, and
Cyrillic look-alikes for some capital letters. For each, one line of canonical JSON: the
document's kind, classification, roll-up, inherited marking, header, fields, portions (with
offsets and every part of their markings), problems (codes, offsets, messages), the evidence
the reader collected, and the normalised view (its text and map, hashed). The last line is the
SHA-256 of all lines before it.

`--concatenated` signs, instead, the reading of the corpus of `reader_throughput.corpus(DIR)`
joined into one text (as `reader_throughput.py` reads it: about 3 MB), of its first 0.1, 0.3
and 1 MB (cut at a document's end), and of 16 and 64 copies of its first 0.05 MB (as
`reader_linearity.py --copies` reads them): a long text takes other paths than its parts (issue 11).

`--shard K/N` signs only the documents whose running index (in the fixed order above, counting
from 0) modulo N is K, with all their variants: N shards together sign every document, and one
shard is a deterministic sample that a slow machine can sign before and after a change.
"""
from __future__ import annotations

import argparse
import ast
import dataclasses
import hashlib
import json
import sys
from pathlib import Path
from typing import Any

import yaml

import sbu_redact
import sbu_redact.reader as reader_package

ROOT = Path(__file__).resolve().parent.parent
SKIP_FIELDS = {"grammar", "rules", "view", "text"}  # objects, or the document itself
TEXT_SUFFIXES = {".txt", ".md", ".json", ".yaml", ".yml", ".csv", ".xml", ".html", ".rtf", ".eml"}


def documents(root: Path) -> list[tuple[str, str]]:
    """(name, text) of every document, in a fixed order."""
    out: list[tuple[str, str]] = []
    for folder in ("examples", "tests/corpus", "tests/golden"):
        for path in sorted((root / folder).rglob("*")):
            if path.is_file() and path.suffix in TEXT_SUFFIXES:
                try:
                    text = path.read_bytes().decode("utf-8")
                except UnicodeDecodeError:
                    continue
                out.append((str(path.relative_to(root)), text))
    for path in sorted((root / "tests" / "corpus" / "ner").glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for index, passage in enumerate(data.get("passages", []) if isinstance(data, dict) else []):
            if isinstance(passage, dict) and isinstance(passage.get("text"), str):
                out.append((f"{path.relative_to(root)}#{index}", passage["text"]))
    for path in sorted((root / "tests").glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        seen: set[str] = set()
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and len(node.value) >= 12 \
                    and node.value not in seen:
                seen.add(node.value)
                out.append((f"{path.relative_to(root)}:{node.lineno}", node.value))
    return out


def concatenated(root: Path) -> list[tuple[str, str]]:
    """The corpus of `reader_throughput.corpus(root)` joined into one text, its first 0.1, 0.3 and
    1 MB (whole documents), and 16 and 64 copies of its first 0.05 MB."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from reader_linearity import joined
    from reader_throughput import corpus

    docs = corpus(root)
    out = [(f"first {mb} MB", joined(docs, mb)[0]) for mb in (0.1, 0.3, 1.0)]
    out.append(("all", "\n\n".join(docs)))
    unit = joined(docs, 0.05)[0]
    out += [(f"{k} copies of the first 0.05 MB", "\n\n".join([unit] * k)) for k in (16, 64)]
    return out


def variants(text: str) -> list[tuple[str, str]]:
    """The text and its deterministic variants."""
    lf = text.replace("\r\n", "\n")
    zero_width = "".join(c + "\u200b" if i % 11 == 5 else c for i, c in enumerate(text))
    confusable = text.translate(str.maketrans({"C": "\u0421", "S": "\u0405", "O": "\u041e", "E": "\u0415"}))
    return [("", text), ("crlf", lf.replace("\n", "\r\n")), ("cr", lf.replace("\n", "\r")),
            ("nbsp", text.replace(" ", "\u00a0")), ("zwsp", zero_width), ("cyrillic", confusable)]


def plain(value: Any) -> Any:
    """A JSON-able, canonical form of a result object (dataclasses field by field)."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        out = {"@": type(value).__name__}
        for f in dataclasses.fields(value):
            if f.name not in SKIP_FIELDS:
                out[f.name] = plain(getattr(value, f.name))
        return out
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    if isinstance(value, (set, frozenset)):
        return sorted(plain(v) for v in value)
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    return repr(value)


class _Recorder:
    """Keeps the last `Reading` the reader made, for the evidence it collected."""

    last: Any = None


def _recording() -> None:
    original = reader_package.Reading

    class RecordingReading(original):  # type: ignore[misc, valid-type]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            _Recorder.last = self

    reader_package.Reading = RecordingReading  # type: ignore[misc]


def signature(text: str) -> dict[str, Any]:
    _Recorder.last = None
    try:
        doc = sbu_redact.read(text)
    except Exception as exc:  # an exception is a result too
        return {"exception": f"{type(exc).__name__}: {exc}"}
    out = plain(doc)
    out["to_dict"] = doc.to_dict()
    reading = _Recorder.last
    out["evidence"] = plain(reading.evidence) if reading is not None else None
    view = doc.view
    if view is not None:
        out["view"] = {"identity": view.identity,
                       "text": hashlib.sha256(view.text.encode("utf-8", "surrogatepass")).hexdigest(),
                       "deleted": hashlib.sha256(json.dumps(list(view.deleted)).encode()).hexdigest()}
    return out


def shard(value: str) -> tuple[int, int]:
    """`K/N` as (K, N), with 0 <= K < N."""
    try:
        k, n = (int(part) for part in value.split("/"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"--shard wants K/N, got {value!r}") from None
    if not 0 <= k < n:
        raise argparse.ArgumentTypeError(f"--shard wants 0 <= K < N, got {value!r}")
    return k, n


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--root", type=Path, default=ROOT)
    parser.add_argument("--concatenated", action="store_true", help="sign the corpus joined into one text")
    parser.add_argument("--shard", type=shard, default=(0, 1), metavar="K/N",
                        help="sign only documents whose running index modulo N is K")
    args = parser.parse_args()
    _recording()
    lines = []
    k, n = args.shard
    docs = concatenated(args.root) if args.concatenated else documents(args.root)
    for name, text in (doc for index, doc in enumerate(docs) if index % n == k):
        for variant, version in ([("", text)] if args.concatenated else variants(text)):
            record = {"document": name, "variant": variant, **signature(version)}
            lines.append(json.dumps(record, sort_keys=True, ensure_ascii=True))
    digest = hashlib.sha256("\n".join(lines).encode()).hexdigest()
    args.out.write_text("\n".join(lines) + f"\n{digest}\n", encoding="utf-8")
    print(f"{len(lines)} readings, signature {digest}", file=sys.stderr)


if __name__ == "__main__":
    main()
