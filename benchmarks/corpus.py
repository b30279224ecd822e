"""The realistic corpus the speed benchmarks share: about 200 cables and memos.

- every real document in `examples/` and `tests/corpus/` (reader and redaction corpora);
- the 94 labelled NER passages of `tests/corpus/ner/` (passages.yaml, heldout.yaml): those that
  read as prose once their own numbers and marks are taken out, two per document, as the
  numbered `(U)` paragraphs of UNCLAS cables, so that the unclassified subset is mostly free
  text for NER; the others (whole cable headers) as documents of their own, as written;
- generated cables and memos from `tests/test_batch_corpus.py` (SBU, CONFIDENTIAL, NOFORN,
  FOUO, CUI, unmarked letters) up to `count` documents.

`load_corpus()` returns `(name, text, unclassified)` triples in a fixed order; `unclassified`
is True when the reader finds nothing above UNCLASSIFIED and no control or designation in any
portion, i.e. every level releases the whole text and NER reads all of it.
"""
from __future__ import annotations

import random
import re
import sys
import tempfile
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parent.parent
CABLE_HEAD = """VZCZCXRO{number:04d}
PP RUEHWEB

DE RUEHMO #{number:04d} 2121438
ZNR UUUUU ZZH
P 311438Z JUL 07
FM AMEMBASSY {post}
TO RUEHC/SECSTATE WASHDC PRIORITY {serial}

UNCLAS {post} {number:06d}

SIPDIS

E.O. 12958: N/A
TAGS: PREL PGOV {country}
SUBJECT: {subject}

"""
_MARK = re.compile(r"\((?:U|C|S|TS|SBU|FOUO|LOU|CUI|NF)(?://?[A-Z][A-Z ,\-]*)*\)")
POSTS = [("MOSCOW", "RS"), ("BAGHDAD", "IZ"), ("ANKARA", "TU"), ("CAIRO", "EG"), ("KYIV", "UP")]


def _real_documents() -> list[tuple[str, str]]:
    paths = sorted([*(REPO / "examples").rglob("*.txt"), *(REPO / "examples").rglob("*.md"),
                    *(REPO / "tests" / "corpus" / "reader").glob("*"),
                    *(REPO / "tests" / "corpus" / "redaction").glob("*")])
    return [(str(p.relative_to(REPO)), p.read_text(encoding="utf-8")) for p in paths if p.is_file()]


def _passage_cables() -> list[tuple[str, str]]:
    passages = []
    for name in ("passages.yaml", "heldout.yaml"):
        data = yaml.safe_load((REPO / "tests" / "corpus" / "ner" / name).read_text(encoding="utf-8"))
        passages += data["passages"]
    # fragments that are whole cable headers stay as they are: mixed documents
    out = [(f"ner/{p['id']}.txt", p["text"].strip() + "\n") for p in passages if not _plain_paragraph(p["text"])]
    passages = [p for p in passages if _plain_paragraph(p["text"])]
    rng = random.Random(11)
    for i in range(0, len(passages) - 1, 2):
        pair = passages[i:i + 2]
        caps = all(p.get("caps") for p in pair)
        post, country = rng.choice(POSTS)
        subject = "(U) MEETINGS WITH OFFICIALS AND CONTACTS" if caps else "(U) Meetings with officials and contacts"
        body = "".join(f"{n}. (U) {_prose(p['text'])}\n\n" for n, p in enumerate(pair, 1))
        signature = rng.choice(["RUSSELL", "BURNS", "BEYRLE"])
        text = CABLE_HEAD.format(number=2000 + i, post=post, serial=rng.randint(1000, 9999), country=country,
                                 subject=subject) + body + signature + "\n"
        out.append((f"ner/{pair[0]['id']}+{pair[1]['id']}.txt", text))
    return out


def _prose(text: str) -> str:
    """A passage as one paragraph of prose: its own paragraph numbers and marks removed."""
    text = _MARK.sub(" ", text)
    text = re.sub(r"(?m)^\s*\d{1,2}\.\s+", " ", text)
    return " ".join(text.split())


def _plain_paragraph(text: str) -> bool:
    """Prose that reads as one unclassified paragraph."""
    from sbu_redact import read

    paragraph = "1. (U) " + _prose(text) + "\n"
    return len(read(paragraph).portions) == 1 and is_unclassified(paragraph)


def _generated(count: int) -> list[tuple[str, str]]:
    sys.path.insert(0, str(REPO / "tests"))
    from test_batch_corpus import make_corpus

    with tempfile.TemporaryDirectory() as tmp:
        corpus = make_corpus(Path(tmp), count, seed=23)
        return [(f"generated/{rel}", (Path(tmp) / rel).read_text(encoding="utf-8")) for rel in corpus.good]


def is_unclassified(text: str) -> bool:
    from sbu_redact import read

    document = read(text)
    markings = [p.marking for p in document.portions]
    if any(p.severity == "error" for p in document.problems):
        return False
    return all(m is not None and m.valid and m.rank == 0 and not m.controls for m in markings)


def load_corpus(count: int = 200) -> list[tuple[str, str, bool]]:
    documents = _real_documents() + _passage_cables()
    documents += _generated(max(0, count - len(documents)))
    return [(name, text, is_unclassified(text)) for name, text in documents[:count]]


if __name__ == "__main__":
    corpus = load_corpus()
    unclassified = [d for d in corpus if d[2]]
    print(f"{len(corpus)} documents, {sum(len(t) for _, t, _ in corpus) / 1e3:.0f} KB; "
          f"{len(unclassified)} unclassified, {sum(len(t) for _, t, _ in unclassified) / 1e3:.0f} KB")
