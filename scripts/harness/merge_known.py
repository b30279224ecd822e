"""merge_known.py FILE BRANCH [BASE]: resolve a merge conflict inside KNOWN_OVER_REDACTION of the harness file.

Keeps the union of both sides' entries, minus every entry BASE held that either side removed (a fixer that releases
a document again takes it out; the other side still lists it). BASE defaults to the session's first main."""
import re, subprocess, sys


def keys(src: str) -> set[str]:
    m = re.search(r'^KNOWN_OVER_REDACTION[^\n]*\{\n(.*?)^\}', src, re.S | re.M)
    return set(re.findall(r'^    ["\']([^"\']+)["\']:', m.group(1), re.M)) if m else set()


def show(rev: str, path: str) -> str:
    return subprocess.run(["git", "show", f"{rev}:{path}"], capture_output=True, text=True, check=True).stdout


path, branch = sys.argv[1], sys.argv[2]
base_rev = sys.argv[3] if len(sys.argv) > 3 else "be2bae98"
base, ours, theirs = keys(show(base_rev, path)), keys(show("HEAD", path)), keys(show(branch, path))
removed = (base - ours) | (base - theirs)
out, state, seen = [], None, set()
for line in open(path, encoding="utf-8").read().split("\n"):
    if line.startswith("<<<<<<< "):
        state = "ours"; continue
    if line.startswith("=======") and state == "ours":
        state = "theirs"; continue
    if line.startswith(">>>>>>> ") and state == "theirs":
        state = None; continue
    m = re.match(r'^    ["\']([^"\']+)["\']:', line)
    if m and (m.group(1) in removed or (state and m.group(1) in seen)):
        continue
    if m and state:
        seen.add(m.group(1))
    out.append(line)
open(path, "w", encoding="utf-8").write("\n".join(out))
print(f"removed {len(removed)}; entries now {len(keys(chr(10).join(out)))}")
