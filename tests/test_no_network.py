"""No network at run time: `redact` on a document full of e-mail addresses, URLs and phone
numbers, in a fresh process whose sockets are blocked and whose caches are empty, tries no
connection and prints nothing but its one-line result (Presidio's e-mail recognizer would
otherwise make tldextract download the public suffix list and print tracebacks)."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

DOCUMENT = """\
UNCLASSIFIED

(U) Contact Jane Doe at jane.doe@state.gov or j.doe@mfa.gov.ru, or see
https://www.example.org/people/jdoe and call +7 495 728-5000.

(U) Sergey Petrov (s.petrov@example.co.uk) met PolOff Mary Jones on Monday.

UNCLASSIFIED
"""

BLOCKED_RUN = r"""
import json, socket, sys
attempts = []

def refuse(kind):
    def blocked(*args, **kwargs):
        attempts.append([kind, repr(args[1:] if kind != "getaddrinfo" else args[:2])])
        raise OSError("network blocked by the test")
    return blocked

socket.socket.connect = refuse("connect")
socket.socket.connect_ex = refuse("connect_ex")
socket.socket.sendto = refuse("sendto")
socket.create_connection = refuse("create_connection")
socket.getaddrinfo = refuse("getaddrinfo")
sys.argv = ["sbu-redact", "redact", sys.argv[1], "--level", "public", "--out", sys.argv[2]]
from sbu_redact.cli import main
try:
    main()
except SystemExit as exit:
    code = exit.code
else:
    code = 0
with open(sys.argv[-1] + "/attempts.json", "w") as out:
    json.dump({"attempts": attempts, "code": code}, out)
"""


def test_redact_with_sockets_blocked_tries_nothing_and_prints_nothing_else(tmp_path):
    source = tmp_path / "contacts.txt"
    source.write_text(DOCUMENT, encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    cache = tmp_path / "empty-cache"
    cache.mkdir()
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "XDG_CACHE_HOME": str(cache),
           "PYTHONPATH": str(Path(__file__).resolve().parent.parent)}
    run = subprocess.run([sys.executable, "-c", BLOCKED_RUN, str(source), str(out)],
                         capture_output=True, text=True, env=env, timeout=300)
    record = json.loads((out / "attempts.json").read_text())
    assert record == {"attempts": [], "code": 0}, record
    # the one line of the result (on stderr, as the command reports), no warning, no traceback
    assert run.stdout == ""
    assert run.stderr.splitlines() == [f"{source}: public: RELEASED IN PART B6 -> {out / 'contacts.public.txt'}"]
    released = (out / "contacts.public.txt").read_text(encoding="utf-8")
    for secret in ("jane.doe@state.gov", "j.doe@mfa.gov.ru", "s.petrov@example.co.uk", "728-5000"):
        assert secret not in released, secret
