"""A generated corpus of realistic cables and memos for the batch tests and benchmark.

`make_corpus(root, count)` writes `count` good documents from a handful of templates (UNCLAS
SENSITIVE cables, CONFIDENTIAL cables with mixed portions, SECRET//NOFORN and FOUO memos,
Markdown CUI notes, unmarked letters) with varied names, posts, topics and paragraphs, spread
over nested folders, plus a few bad ones (binary, invalid UTF-8, empty). The same seed always
gives the same bytes. The tests in this module check the generator itself.
"""
from __future__ import annotations

import random
from dataclasses import dataclass, field
from pathlib import Path

GIVEN = ["Andrey", "Olga", "Sergey", "Natalia", "Ahmed", "Layla", "Omar", "Fatima", "James", "Maria",
         "Robert", "Elena", "Dmitri", "Irina", "Hassan", "Yusuf", "Anna", "Pavel", "Kareem", "Sofia"]
FAMILY = ["Kruitskikh", "Volkova", "Petrov", "Sokolova", "Al-Saadi", "Haddad", "Nasser", "Rahman",
          "Miller", "Lopez", "Kowalski", "Ivanova", "Lebedev", "Morozova", "Karimov", "Yilmaz",
          "Novak", "Orlov", "Mansour", "Ferreira"]
AMBASSADORS = ["RUSSELL", "BURNS", "CROCKER", "BEYRLE", "TEFFT", "MCFAUL", "RICE", "HILL"]
POSTS = [("MOSCOW", "RUEHMO", "RS"), ("BAGHDAD", "RUEHGB", "IZ"), ("ANKARA", "RUEHAK", "TU"),
         ("ASTANA", "RUEHTA", "KZ"), ("LONDON", "RUEHLO", "UK"), ("WARSAW", "RUEHWR", "PL"),
         ("CAIRO", "RUEHEG", "EG"), ("KYIV", "RUEHKV", "UP")]
OFFICES = ["EUR/RUS", "EUR/PRA", "NEA/I", "OES/SAT", "ISN/CATR", "EUR/CE", "NEA/ELA", "EEB/ESC"]
TAGS = ["PREL", "PGOV", "PARM", "ECON", "ENRG", "KSCA", "TSPA", "PHUM", "EFIN", "MARR"]
MONTHS = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
TOPICS = [
    ("PORT CONTRACTS", "the port authority", "the renewal of the container terminal concession"),
    ("GRAIN EXPORTS", "the agriculture ministry", "the new export quota for wheat and barley"),
    ("SPACE COOPERATION", "the space agency", "the extension of the civil space agreement"),
    ("BORDER CROSSINGS", "the border service", "the reopening of two northern crossings"),
    ("ELECTION LAW", "the central election commission", "the draft amendments to the election law"),
    ("PIPELINE TARIFFS", "the energy regulator", "the tariff dispute over the southern pipeline"),
    ("HEALTH CAMPAIGN", "the health ministry", "the national vaccination campaign"),
    ("CUSTOMS REFORM", "the customs committee", "the single-window customs reform"),
]
SENTENCES = [
    "{who} said that {org} expected a decision on {topic} before the end of the month.",
    "{who} told EmbOffs that {org} had not yet consulted the other ministries on {topic}.",
    "According to {who}, {org} would welcome technical assistance on {topic}.",
    "{who} noted that the press had reported extensively on {topic} and that {org} would respond.",
    "The deputy minister is expected to raise {topic} during the next round of consultations.",
    "Post will continue to follow {topic} closely and will report further developments.",
    "{who} asked that the Embassy keep the discussion of {topic} confidential for now.",
    "Several parliamentarians have criticized {org} for its handling of {topic}.",
]


@dataclass
class Corpus:
    root: Path
    good: list[str] = field(default_factory=list)  # paths relative to root
    bad: dict[str, str] = field(default_factory=dict)  # relative path -> expected problem words


def _person(rng: random.Random) -> str:
    return f"{rng.choice(GIVEN)} {rng.choice(FAMILY)}"


def _paragraph(rng: random.Random, topic: tuple[str, str, str], caps: bool) -> str:
    sentences = [s.format(who=_person(rng), org=topic[1], topic=topic[2])
                 for s in rng.sample(SENTENCES, rng.randint(2, 3))]
    text = " ".join(sentences)
    return text.upper() if caps else text


def _dtg(rng: random.Random, year: int) -> tuple[str, str]:
    day, hour, minute = rng.randint(1, 28), rng.randint(0, 23), rng.randint(0, 59)
    month = rng.randrange(12)
    return f"{day:02d}{hour:02d}{minute:02d}Z {MONTHS[month]} {year % 100:02d}", f"{month + 1:02d}/{day:02d}"


def cable(rng: random.Random, number: int, kind: str) -> tuple[str, str]:
    """A State Department cable; kind is sbu, confidential, noforn or unclas."""
    post, ri, country = rng.choice(POSTS)
    year = rng.choice([2006, 2007, 2008, 2009])
    dtg, mmdd = _dtg(rng, year)
    topic = rng.choice(TOPICS)
    caps = year < 2008 or rng.random() < 0.5
    cid = f"{year % 100:02d}{post}{number}"
    indicator = {"sbu": "UUUUU", "unclas": "UUUUU", "confidential": "CCCCC", "noforn": "CCCCC"}[kind]
    lines = [f"VZCZCXYZ{number:04d}", f"PP {ri}", "", f"DE {ri} #{number:04d} {rng.randint(100, 365)}{dtg[2:6]}",
             f"ZNR {indicator} ZZH", f"P {dtg}", f"FM AMEMBASSY {post}",
             f"TO RUEHC/SECSTATE WASHDC PRIORITY {rng.randint(1000, 9999)}", ""]
    if kind in ("sbu", "unclas"):
        lines += [f"UNCLAS {post} {number:06d}", ""]
        if kind == "sbu":
            lines += ["SENSITIVE", "SIPDIS", ""]
        else:
            lines += ["SIPDIS", ""]
        office = rng.choice(OFFICES)
        lines += [f"DEPARTMENT FOR {office}({rng.choice(FAMILY).upper()})", "", "E.O. 12958: N/A", ""]
    else:
        extra = " NOFORN" if kind == "noforn" else ""
        lines += [f"C O N F I D E N T I A L {post} {number:06d}", "", f"SIPDIS{extra}", "",
                  f"E.O. 12958: DECL: {mmdd}/{year + 10}", ""]
    lines += [f"TAGS: {' '.join(rng.sample(TAGS, 3))} {country}", "",
              f"SUBJECT: {'(U) ' if kind != 'sbu' else ''}{post.title()} officials on {topic[0].lower()}"
              if not caps else f"SUBJECT: {'(U) ' if kind != 'sbu' else ''}{post} OFFICIALS ON {topic[0]}", ""]
    if kind in ("confidential", "noforn"):
        lines += [f"Classified By: Ambassador {rng.choice(AMBASSADORS).title()} for reasons 1.4 (b) and (d).", ""]
    if kind == "sbu":
        lines += ["THIS MESSAGE IS SENSITIVE BUT UNCLASSIFIED. PLEASE PROTECT ACCORDINGLY.", ""]
    marks = {"sbu": ["SBU", "SBU", "U", "SBU"], "unclas": ["U"],
             "confidential": ["C", "U", "SBU", "C"], "noforn": ["C//NF", "C", "U", "SBU//NF"]}[kind]
    for i in range(1, rng.randint(3, 6) + 1):
        mark = rng.choice(marks) if i > 1 else marks[0]
        lines += [f"{i}. ({mark}) {_paragraph(rng, topic, caps)}", ""]
    lines.append(rng.choice(AMBASSADORS))
    return cid, "\n".join(lines) + "\n"


def memo(rng: random.Random, kind: str) -> str:
    """A memorandum with banners and portion marks; kind is fouo, secret_nf or cui."""
    topic = rng.choice(TOPICS)
    banner, marks = {"fouo": ("UNCLASSIFIED//FOR OFFICIAL USE ONLY", ["U", "U//FOUO"]),
                     "secret_nf": ("SECRET//NOFORN", ["U", "C", "S//NF"]),
                     "cui": ("CUI", ["U", "CUI"])}[kind]
    lines = [banner, "", "MEMORANDUM FOR THE RECORD", "", f"FROM: {rng.choice(OFFICES)}", "",
             f"SUBJECT: (U) {topic[0].title()}", ""]
    for i in range(rng.randint(3, 5)):
        mark = marks[-1] if i == 0 else rng.choice(marks)
        lines += [f"({mark}) {_paragraph(rng, topic, False)}", ""]
    lines += [banner]
    return "\n".join(lines) + "\n"


def markdown_note(rng: random.Random) -> str:
    topic = rng.choice(TOPICS)
    return (f"UNCLASSIFIED//FOUO\n\n# (U) Notes on {topic[0].lower()}\n\n"
            f"- (U) {_paragraph(rng, topic, False)}\n- (U//FOUO) {_paragraph(rng, topic, False)}\n\n"
            f"(U) Point of contact: {_person(rng)}, {rng.choice(OFFICES)}, 202-647-{rng.randint(1000, 9999)}.\n\n"
            f"UNCLASSIFIED//FOUO\n")


def unmarked(rng: random.Random) -> str:
    topic = rng.choice(TOPICS)
    return (f"Dear {_person(rng)},\n\n{_paragraph(rng, topic, False)}\n\n{_paragraph(rng, topic, False)}\n\n"
            f"Sincerely,\n{_person(rng)}\n")


def make_corpus(root: Path, count: int = 210, seed: int = 7) -> Corpus:
    """Write `count` good documents and four bad ones under `root`."""
    rng = random.Random(seed)
    corpus = Corpus(root)
    kinds = ["sbu", "sbu", "confidential", "noforn", "unclas", "memo_fouo", "memo_secret_nf", "memo_cui",
             "markdown", "unmarked"]
    for n in range(count):
        kind = kinds[n % len(kinds)]
        if kind in ("sbu", "confidential", "noforn", "unclas"):
            cid, text = cable(rng, 1000 + n, kind)
            rel = f"cables/{cid[:2]}/{cid}.txt"
        elif kind.startswith("memo_"):
            text, rel = memo(rng, kind[5:]), f"memos/{kind[5:]}/memo-{n:04d}.txt"
        elif kind == "markdown":
            text, rel = markdown_note(rng), f"notes/note-{n:04d}.md"
        else:
            text, rel = unmarked(rng), f"letters/letter {n:04d}.txt"
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        corpus.good.append(rel)
    bad = {"bad/scan.txt": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "binary"),
           "bad/latin1.txt": ("UNCLASSIFIED\n\n(U) Résumé of the démarche.\n\nUNCLASSIFIED\n".encode("latin-1"),
                              "UTF-8"),
           "bad/empty.txt": (b"", "empty"),
           "bad/blank.md": (b"\n \n\t\n", "empty")}
    for rel, (data, words) in bad.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        corpus.bad[rel] = words
    # Not documents: skipped by the walk.
    (root / "cables" / "README.pdf").write_bytes(b"%PDF-1.4\n")
    (root / ".git").mkdir(exist_ok=True)
    (root / ".git" / "HEAD.txt").write_text("ref: refs/heads/main\n", encoding="utf-8")
    corpus.good.sort()
    return corpus


# ---------------------------------------------------------------------------- the generator itself
def test_corpus_is_deterministic(tmp_path):
    a, b = make_corpus(tmp_path / "a", 30), make_corpus(tmp_path / "b", 30)
    assert a.good == b.good and len(a.good) == 30
    for rel in a.good + list(a.bad):
        assert (tmp_path / "a" / rel).read_bytes() == (tmp_path / "b" / rel).read_bytes()


def test_templates_read_as_marked(tmp_path):
    import sbu_redact

    corpus = make_corpus(tmp_path, 10)
    levels = {}
    for rel in corpus.good:
        doc = sbu_redact.read((tmp_path / rel).read_text(encoding="utf-8"))
        assert doc.portions, rel
        levels[rel] = doc.classification.banner() if doc.classification else None
    found = set(levels.values())
    assert {"UNCLASSIFIED//SBU", "SECRET//NOFORN", "CUI"} <= found, found
    assert any(v and v.startswith("CONFIDENTIAL") for v in found) and None in found
