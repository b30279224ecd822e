"""How fast is `sbu-redact check` on a folder of documents, compared with a bare Python start-up?

    python benchmarks/check_speed.py [--docs 1000] [--repeat 5] [--keep DIR]

Generates a folder of realistic documents in a temporary directory (State cables, memos and
Markdown reports, mostly well marked, some with spillage, unmarked portions, unknown marks or
disagreeing banners; part of them under public/), then measures in one run the wall time of
`python -c pass`, of `sbu-redact check --help`, and of `sbu-redact check` on one document and on
the folder (the console script of this interpreter's environment), each cold (an empty result
cache: every file is read) and warm (the same files again: results from the result cache,
`sbu_redact/check_cache.py`), and the folder cold with one process and with two (`-j`; by
default `check` forks a worker per CPU that other processes leave idle); the commands alternate,
--repeat times each, and it prints medians and ratios to the bare start-up. A cold and a warm
run of the same files must print the same findings (checked). With `--against CHECKOUT`, every
command also runs with another checkout's package (on PYTHONPATH, its own caches), alternating
with this one: before and after in one run. With `--instructions`, the one-file commands (and the
bare start-up) are also counted in instructions under valgrind's cachegrind, once each, with
PYTHONHASHSEED=0: a figure that other processes on a busy machine do not change.

As an installed package runs: the package's bytecode is compiled first (a run with
PYTHONDONTWRITEBYTECODE and no __pycache__ compiles every module at every start), and the
validated rules come from the rules cache (`sbu_redact/rules_cache.py`, here in a temporary
folder), which the first, untimed run fills; that run (rules validated, nothing cached) is
printed apart.
"""
from __future__ import annotations

import argparse
import compileall
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

POSTS = ["MOSCOW", "BAGHDAD", "KABUL", "PARIS", "LONDON", "TOKYO", "ANKARA", "CAIRO", "NAIROBI", "BRASILIA"]
TAGS = ["PREL", "PGOV", "PARM", "ECON", "KSCA", "TSPA", "PHUM", "MARR", "EFIN", "SNAR"]
COUNTRIES = ["RS", "IZ", "AF", "FR", "UK", "JA", "TU", "EG", "KE", "BR"]
SENTENCES = [
    "The deputy minister met the ambassador on Tuesday to discuss the upcoming visit.",
    "Officials said the agreement would enter into force after ratification by parliament.",
    "Embassy officers attended the conference and reported on the main proposals.",
    "The ministry expressed concern about delays in the customs procedures.",
    "Post will continue to follow the issue and report developments septel.",
    "Contacts noted that the budget negotiations had stalled over the summer.",
    "The delegation requested technical assistance for the border monitoring program.",
    "Local press coverage of the visit was limited but generally positive.",
]
CABLE_LINES = {"U": "UNCLAS", "SBU": "UNCLAS SENSITIVE", "C": "C O N F I D E N T I A L", "S": "S E C R E T"}
BANNERS = {"U": "UNCLASSIFIED", "CUI": "CUI", "C": "CONFIDENTIAL", "S": "SECRET", "S//NF": "SECRET//NOFORN"}


def paragraphs(rng: random.Random, marks: list[str]) -> list[str]:
    return [f"({mark}) " + " ".join(rng.sample(SENTENCES, rng.randint(2, 4))) for mark in marks]


def cable(rng: random.Random, n: int, problem: str | None) -> str:
    level = rng.choice(["U", "U", "SBU", "C", "S"])
    post = rng.choice(POSTS)
    number = rng.randint(100, 9999)
    allowed = {"U": ["U"], "SBU": ["U", "SBU"], "C": ["U", "C"], "S": ["U", "C", "S", "S//NF"]}[level]
    marks = [rng.choice(allowed) for _ in range(rng.randint(3, 9))]
    marks[rng.randrange(len(marks))] = allowed[-1]  # the classification line is what the portions need
    if problem == "spillage":
        marks[rng.randrange(len(marks))] = {"U": "C", "SBU": "S", "C": "S", "S": "TS"}[level]
    elif problem == "unknown":
        marks[rng.randrange(len(marks))] = rng.choice(["UX", "S//NOFRN", "C//REL TO USA, XXX"])
    body = paragraphs(rng, marks)
    if problem == "unmarked":
        body[rng.randrange(len(body))] = body[0].split(") ", 1)[1]
    numbered = [f"{i}. {p}" for i, p in enumerate(body, 1)]
    eo = "E.O. 12958: N/A" if level in ("U", "SBU") else f"E.O. 12958: DECL: 0{rng.randint(1, 9)}/15/2017"
    classified_by = "" if level in ("U", "SBU") else \
        f"Classified By: Ambassador {rng.choice(['Burns', 'Crocker', 'Wood'])} for reasons 1.4 (b) and (d)\n\n"
    return (f"VZCZCXYZ{n:04} PP RUEHWEB\n\nDE RUEH{post[:2]} #{number} 2121438\nZNR UUUUU ZZH\n"
            f"P 311438Z JUL 07\nFM AMEMBASSY {post}\nTO RUEHC/SECSTATE WASHDC PRIORITY {rng.randint(1000, 9999)}\n\n"
            f"{CABLE_LINES[level]}{' NOFORN' if 'S//NF' in marks else ''} {post} {number:06}\n\nSIPDIS\n\n{eo}\nTAGS: {' '.join(rng.sample(TAGS, 3))} "
            f"{rng.choice(COUNTRIES)}\nSUBJECT: (U) {rng.choice(SENTENCES)[:50].upper()}\n\n"
            f"REF: STATE {rng.randint(10000, 99999)}\n\n{classified_by}"
            + "\n\n".join(numbered) + f"\n\n{rng.choice(['RUSSELL', 'BURNS', 'CROCKER'])}\n")


def memo(rng: random.Random, problem: str | None, markdown: bool) -> str:
    banner = rng.choice(["U", "U", "CUI", "C", "S", "S//NF"])
    allowed = {"U": ["U"], "CUI": ["U", "CUI"], "C": ["U", "C"], "S": ["U", "C", "S"], "S//NF": ["U", "S//NF"]}[banner]
    marks = [rng.choice(allowed) for _ in range(rng.randint(3, 8))]
    marks[rng.randrange(len(marks))] = allowed[-1]
    bottom = BANNERS[banner]
    if problem == "spillage":
        marks[rng.randrange(len(marks))] = "TS" if banner.startswith("S") else "S"
    elif problem == "banners":
        bottom = "UNCLASSIFIED" if banner != "U" else "CONFIDENTIAL"
    elif problem == "unknown":
        marks[rng.randrange(len(marks))] = "U//FOOU"
    body = paragraphs(rng, marks)
    if problem == "unmarked":
        body[-1] = body[-1].split(") ", 1)[1]
    head = f"**{BANNERS[banner]}**" if markdown else BANNERS[banner]
    title = f"# (U) Report {rng.randint(1, 999)}\n\n" if markdown else \
        f"MEMORANDUM FOR: Director\nFROM: Deputy Director\nSUBJECT: (U) Report {rng.randint(1, 999)}\n\n"
    tail = f"**{bottom}**" if markdown else bottom
    return f"{head}\n\n{title}" + "\n\n".join(body) + f"\n\n{tail}\n"


def generate(folder: Path, count: int, seed: int = 7) -> dict[str, int]:
    rng = random.Random(seed)
    stats = {"cables": 0, "memos": 0, "with_problems": 0, "public": 0}
    for i in range(count):
        problem = rng.choice([None] * 7 + ["spillage", "unmarked", "unknown", "banners"])
        public = rng.random() < 0.1
        sub = folder / ("public" if public else rng.choice(["cables", "memos", "reports/2007", "reports/2008"]))
        sub.mkdir(parents=True, exist_ok=True)
        if rng.random() < 0.5:
            text, name = cable(rng, i, problem if problem != "banners" else None), f"doc{i:04}.txt"
            stats["cables"] += 1
        else:
            markdown = rng.random() < 0.5
            text, name = memo(rng, problem, markdown), f"doc{i:04}.{'md' if markdown else 'txt'}"
            stats["memos"] += 1
        stats["with_problems"] += problem is not None
        stats["public"] += public
        (sub / name).write_text(text, encoding="utf-8")
    return stats


def timed(args: list[str], cwd: Path, env: dict[str, str]) -> tuple[float, subprocess.CompletedProcess[bytes]]:
    start = time.perf_counter()
    done = subprocess.run(args, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    return time.perf_counter() - start, done


def instructions(command: list[str], cold: bool, cwd: Path, env: dict[str, str]) -> int:
    """The instructions one run of `command` executes (valgrind's cachegrind), the result cache
    emptied first when `cold`."""
    if cold:
        for table in Path(env["SBU_REDACT_CACHE_DIR"]).glob("check-*.pickle"):
            table.unlink()
    if command[0] != sys.executable:  # the console script: run by this interpreter (valgrind follows no #!)
        command = [sys.executable, *command]
    done = subprocess.run(["valgrind", "--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null",
                           *command], cwd=cwd, env={**env, "PYTHONHASHSEED": "0"}, capture_output=True, text=True)
    found = [line for line in done.stderr.splitlines() if "I   refs:" in line or "I refs:" in line]
    if not found:
        sys.exit(f"valgrind gave no count: {done.stderr[-2000:]}")
    return int(found[-1].split(":")[1].replace(",", "").strip())


def check_command() -> list[str]:
    script = Path(sys.executable).parent / "sbu-redact"
    return [str(script)] if script.exists() else [sys.executable, "-m", "sbu_redact"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--keep", type=Path, default=None, help="generate into DIR and keep it")
    parser.add_argument("--against", type=Path, default=None, metavar="CHECKOUT",
                        help="also run another checkout's package (its folder holding sbu_redact/), "
                             "alternating with this one, and print both")
    parser.add_argument("--instructions", action="store_true",
                        help="also count the instructions of the one-file commands (valgrind)")
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="sbu-check-speed-")) if args.keep is None else args.keep
    try:
        stats = generate(tmp / "docs", args.docs)
        size = sum(p.stat().st_size for p in (tmp / "docs").rglob("*") if p.is_file())
        print(f"{args.docs} documents ({stats['cables']} cables, {stats['memos']} memos/reports, "
              f"{stats['with_problems']} with problems, {stats['public']} under public/), {size / 1e6:.1f} MB")
        import sbu_redact

        checkouts = {"this": Path(sbu_redact.__file__).resolve().parent.parent}
        if args.against is not None:
            checkouts["against"] = args.against.resolve()
        envs = {}
        for name, root in checkouts.items():
            compileall.compile_dir(root / "sbu_redact", quiet=1)
            envs[name] = {**os.environ, "SBU_REDACT_CACHE_DIR": str(tmp / f"cache-{name}"),
                          "PYTHONPATH": os.pathsep.join([str(root), os.environ.get("PYTHONPATH", "")]).rstrip(os.pathsep)}
        docs = tmp / "docs"  # run from the folder, so that public/** applies as under pre-commit
        one = str(next(iter(sorted(docs.rglob("*.txt")))).relative_to(docs))
        cmd = check_command()
        runs = {  # label: (command, cold: the result cache is emptied before each run)
            "python -c pass": ([sys.executable, "-c", "pass"], False),
            "check --help": ([*cmd, "check", "--help"], False),
            "check ONE-FILE, cold": ([*cmd, "check", one], True),
            "check ONE-FILE, warm": ([*cmd, "check", one], False),
            "check DIR, cold": ([*cmd, "check", "."], True),
            "check DIR, warm": ([*cmd, "check", "."], False),
            "check -j 1 DIR, cold": ([*cmd, "check", "-j", "1", "."], True),
            "check -j 2 DIR, cold": ([*cmd, "check", "-j", "2", "."], True),
        }
        first = {name: timed(runs["check ONE-FILE, cold"][0], docs, env)[0]  # fills the rules cache
                 for name, env in envs.items()}
        times: dict[tuple[str, str], list[float]] = {(name, label): [] for name in envs for label in runs}
        last: dict[tuple[str, str], subprocess.CompletedProcess[bytes]] = {}
        for _ in range(args.repeat):  # alternating, so that a busy moment of the machine hits every command
            for label, (command, cold) in runs.items():
                for name, env in envs.items():
                    if cold:
                        for table in Path(env["SBU_REDACT_CACHE_DIR"]).glob("check-*.pickle"):
                            table.unlink()
                    elapsed, done = timed(command, docs, env)
                    last[name, label] = done
                    if label.startswith("check") and "--help" not in label and done.returncode not in (0, 1):
                        sys.exit(f"check failed ({done.returncode}): {done.stderr.decode()[-2000:]}")
                    times[name, label].append(elapsed)
        for target in ("ONE-FILE", "DIR"):
            outputs = {(done.returncode, done.stdout) for (_, label), done in last.items() if f" {target}, " in label}
            if len(outputs) != 1:
                sys.exit(f"check {target}: runs (cold, warm, -j, checkouts) printed different findings")
        bare = statistics.median(times["this", "python -c pass"] + times.get(("against", "python -c pass"), []))
        print(f"medians of {args.repeat} alternating runs; load average {os.getloadavg()[0]:.2f} on "
              f"{os.cpu_count()} cpus; python -c pass {bare * 1000:.0f} ms")
        for name, root in checkouts.items():
            print(f"-- {name}: {root}")
            print(f"{'check ONE-FILE, no caches':28}{first[name] * 1000:8.0f} ms   ({first[name] / bare:.1f}x)   one run")
            for label in runs:
                median = statistics.median(times[name, label])
                extra = ""
                if "DIR" in label:
                    done = last[name, label]
                    extra = f"   {done.stdout.decode().count(chr(10))} findings, exit {done.returncode}"
                print(f"{label:28}{median * 1000:8.0f} ms   ({median / bare:.1f}x){extra}")
            for target in ("ONE-FILE", "DIR"):
                ratios = [statistics.median(times[name, f"check {target}, {state}"]) / bare for state in ("cold", "warm")]
                print(f"{target} / python -c pass: cold {ratios[0]:.1f}, warm {ratios[1]:.1f}")
        if args.instructions:
            counted = {label: runs[label] for label in ("python -c pass", "check --help", "check ONE-FILE, cold",
                                                        "check ONE-FILE, warm")}
            counts = {(name, label): instructions(command, cold, docs, env)
                      for name, env in envs.items() for label, (command, cold) in counted.items()}
            bare_count = counts["this", "python -c pass"]
            print(f"instructions (cachegrind, PYTHONHASHSEED=0, one run each); python -c pass {bare_count:,}")
            for name in envs:
                print(f"-- {name}: " + "; ".join(f"{label} {counts[name, label]:,} ({counts[name, label] / bare_count:.2f}x)"
                                                   for label in counted if label != "python -c pass"))
    finally:
        if args.keep is None:
            shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
