"""census47: why are must_release phrases withheld at usg? One JSON line per over-redacted document.

Usage: python census.py IDS_FILE OUT_JSONL
For each missing phrase: its original span, the portions over it (final reading: marking, explicit, decision
reason/rule), the reader stage that first made it withheld (every stage after `inherit` and each entry of
`_RAISING_PASSES` is wrapped), and, when that stage is a raising pass, whether removing it alone un-raises the phrase.
"""
from __future__ import annotations

import inspect
import json
import re
import sys
import time
import unicodedata
from pathlib import Path

import yaml

import sbu_redact
import sbu_redact.reader as R
from sbu_redact.policy import decide

CORPUS = Path("/tmp/m47/tests/corpus")
_INVISIBLE = re.compile("[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")


def normalise(text):
    text = unicodedata.normalize("NFKC", _INVISIBLE.sub("", text))
    return re.sub(r"\s+", " ", text).strip().casefold()


def norm_map(text):
    """normalised string and, per char, the original offset."""
    out, idx = [], []
    prev_space = True
    for i, ch in enumerate(text):
        if _INVISIBLE.match(ch):
            continue
        n = unicodedata.normalize("NFKC", ch)
        for c in n:
            if c.isspace():
                if prev_space:
                    continue
                out.append(" "); idx.append(i); prev_space = True
            else:
                for cc in c.casefold():
                    out.append(cc); idx.append(i)
                prev_space = False
    return "".join(out), idx


def find_span(text, phrase):
    s, idx = norm_map(text)
    p = normalise(phrase)
    k = s.find(p)
    if k < 0:
        return None
    return idx[k], idx[k + len(p) - 1] + 1


# ---------------------------------------------------------------- stage tracking
TRACK = {"spans": [], "view": None, "events": [], "state": None, "skip": None}


def _bad(p):
    m = p.marking
    if m is None or not m.valid:
        return "doubtful"
    if m.rank > 0:
        return f"rank:{m.level}"
    return ""


def _snapshot(portions):
    view = TRACK["view"]
    out = []
    for a, b in TRACK["spans"]:
        va, vb = view.to_view(a), view.to_view(b)
        over = [p for p in portions if p.start < vb and p.end > va]
        bad = [(_bad(p), p.start, p.end, p.explicit, (p.marking.portion_mark() if p.marking and p.marking.level else None))
               for p in over]
        out.append((any(x[0] for x in bad), tuple(bad)))
    return out


def _record(stage, portions):
    if TRACK["view"] is None:
        return
    snap = _snapshot(portions)
    prev = TRACK["state"]
    if prev is not None:
        for i, (s, old) in enumerate(zip(snap, prev)):
            if s[0] and not old[0]:
                TRACK["events"].append({"phrase": i, "stage": stage, "raised": True, "detail": [list(x) for x in s[1] if x[0]]})
            elif old[0] and not s[0]:
                TRACK["events"].append({"phrase": i, "stage": stage, "raised": False})
    else:
        for i, s in enumerate(snap):
            if s[0]:
                TRACK["events"].append({"phrase": i, "stage": stage, "raised": True, "initial": True,
                                        "detail": [list(x) for x in s[1] if x[0]]})
    TRACK["state"] = snap


ORIG_INHERIT = R.inherit


def _inherit(r, kind, portions, declared):
    TRACK["view"] = r.view
    TRACK["state"] = None
    out = ORIG_INHERIT(r, kind, portions, declared)
    TRACK["kind"] = kind
    _record("layout+inherit", out[0])
    return out


R.inherit = _inherit

STAGES = ["raise_grid_rows", "govern", "sections", "with_stated_controls", "with_forwarded_controls",
          "with_tearline_controls", "style_legends", "cell_notes", "with_release_field_limit", "backstop",
          "with_inner_control_marks", "introduced_blocks", "ambiguous_mark_lines", "unresolved_statements",
          "classified_stretches", "enclosure_lists", "two_column_stretches", "encoded_text", "repeated_text",
          "continued_portions"]
ORIG = {}


def _wrap(name, fn):
    def w(*a, **k):
        if TRACK["skip"] == name:
            # ablation: the portions argument passes through (second positional arg for every stage here)
            return a[1]
        out = fn(*a, **k)
        _record(name, out)
        return out
    return w


for name in STAGES:
    ORIG[name] = getattr(R, name)
    setattr(R, name, _wrap(name, ORIG[name]))

PASS_NAMES = []
ORIG_PASSES = list(R._RAISING_PASSES)
for i, fn in enumerate(ORIG_PASSES):
    src = inspect.getsource(fn)
    m = re.search(r"lambda r, portions, c: (\w+)", src)
    PASS_NAMES.append(m.group(1) if m else f"pass{i}")


def _wrap_pass(name, fn):
    def w(r, portions, c):
        if TRACK["skip"] == name:
            return portions
        out = fn(r, portions, c)
        _record(name, out)
        return out
    return w


R._RAISING_PASSES[:] = [_wrap_pass(n, f) for n, f in zip(PASS_NAMES, ORIG_PASSES)]


def read_tracked(text, spans, skip=None):
    TRACK.update(spans=spans, view=None, events=[], state=None, skip=skip)
    doc = sbu_redact.read(text)
    ev = TRACK["events"]
    TRACK["view"] = None
    TRACK["skip"] = None  # (the next document's redact must run every stage)
    return doc, ev


def first_raiser(events, i):
    """the last stage that raised phrase i and was not undone after (the one that left it withheld)."""
    last = None
    for e in events:
        if e["phrase"] != i:
            continue
        last = e if e["raised"] else None
    return last


def load_entries():
    by_id = {}
    for d in sorted(CORPUS.iterdir()):
        if not (d / "expected.yaml").exists():
            continue
        data = yaml.safe_load((d / "expected.yaml").read_text(encoding="utf-8"))
        for e in data["documents"]:
            by_id[e["id"]] = {**e, "corpus": d.name}
    return by_id


def main():
    ids = Path(sys.argv[1]).read_text().split()
    out = open(sys.argv[2], "a")
    done = set()
    try:
        for line in open(sys.argv[2]):
            done.add(json.loads(line)["id"])
    except FileNotFoundError:
        pass
    by_id = load_entries()
    pipe = sbu_redact.Pipeline()
    usg = pipe.levels(["usg"], None)[0][1]
    for doc_id in ids:
        if doc_id in done:
            continue
        t0 = time.time()
        e = by_id[doc_id]
        with open(CORPUS / e["corpus"] / e["file"], encoding="utf-8", newline="") as fh:
            text = fh.read()
        phrases = e.get("must_release", {}).get("usg", [])
        rec = {"id": doc_id, "n": len(phrases)}
        TRACK["skip"] = None
        try:
            version = pipe.redact(text, levels=["usg"])["usg"]
        except sbu_redact.LeakError as err:
            version = None
            rec["leakerror"] = str(err)[:300]
        vt = normalise(version.text) if version is not None else ""
        missing = [p for p in phrases if version is None or normalise(p) not in vt]
        spans = [find_span(text, p) or (0, 0) for p in missing]
        doc, events = read_tracked(text, spans)
        rec["kind"] = doc.kind
        rec["banner"] = doc.classification.banner() if doc.classification else None
        decisions = decide(doc, usg, None)
        res = []
        for i, (p, (a, b)) in enumerate(zip(missing, spans)):
            over = [(j, d) for j, d in enumerate(decisions) if d.portion.start < b and d.portion.end > a]
            ph = {"phrase": p, "span": [a, b], "portions": []}
            for j, d in over:
                q = d.portion
                ph["portions"].append({
                    "start": q.start, "end": q.end, "kind": q.kind, "explicit": q.explicit,
                    "mark": text[q.mark_start:q.mark_end] if q.mark_start is not None else None,
                    "marking": q.marking.portion_mark() if q.marking and q.marking.level else None,
                    "valid": not q.doubtful,
                    "mprob": [f"{x.code}: {x.message}"[:200] for x in (q.marking.problems if q.marking else [])][:4],
                    "withheld": d.withheld, "rule": d.rule, "reason": d.reason[:250],
                    "head": text[q.start:min(q.end, q.start + 160)]})
            ph["problems"] = [{"code": x.code, "sev": x.severity, "msg": x.message[:300], "at": [x.start, x.end]}
                              for x in doc.problems if x.start < b + 400 and x.end > a - 400 and x.severity != "info"][:8]
            fr = first_raiser(events, i)
            ph["raiser"] = fr
            ph["events"] = [{k: v for k, v in ev.items() if k != "detail"} for ev in events if ev["phrase"] == i]
            if version is not None:
                ph["actions"] = [{"kind": x.kind, "rule": x.rule, "reason": x.reason[:200], "etype": x.entity_type,
                                  "span": [x.start, x.end]} for x in version.log
                                 if x.start < b and x.end > a][:6]
            res.append(ph)
        rec["missing"] = res
        # ablation: remove the raiser of each raised phrase (once per distinct stage)
        abl = {}
        for ph_i, ph in enumerate(res):
            fr = ph["raiser"]
            if not fr or fr.get("initial") or fr["stage"] in abl:
                continue
            st = fr["stage"]
            _, ev2 = read_tracked(text, spans, skip=st)
            abl[st] = {str(k): (first_raiser(ev2, k) or {}).get("stage") for k in range(len(spans))}
        rec["ablation"] = abl
        rec["secs"] = round(time.time() - t0, 2)
        out.write(json.dumps(rec) + "\n")
        out.flush()


if __name__ == "__main__":
    main()
