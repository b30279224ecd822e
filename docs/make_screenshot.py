"""Regenerate docs/review-07MOSCOW3736.png: the example cable's review page at `foia`, as
headless Chromium shows it on a 1440x900 laptop screen, on the first change of paragraph 2.

    python docs/make_screenshot.py
"""
from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "tests"))

from chromium import Chromium  # noqa: E402  (the tests' stdlib DevTools driver)


def main() -> None:
    with tempfile.TemporaryDirectory() as out:
        subprocess.run([sys.executable, "-m", "sbu_redact", "review", str(REPO / "examples/cables/07MOSCOW3736.txt"),
                        "--level", "foia", "--out", out], check=True, cwd=REPO)
        page = Path(out) / "07MOSCOW3736.foia.review.html"
        with Chromium(width=1440, height=900) as browser:
            browser.open(page)
            for _ in range(60):  # next change until the first one in paragraph 2
                browser.press("n")
                current = browser.evaluate("Object.assign({}, document.querySelector('pre.version .current').dataset)")
                if current["kind"] == "redact" and current["paragraph"] == "2":
                    break
            target = REPO / "docs" / "review-07MOSCOW3736.png"
            browser.screenshot(target)
            print(f"wrote {target}")


if __name__ == "__main__":
    main()
