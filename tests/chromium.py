"""A small headless-Chromium driver for the review-page tests, using only the standard library.

Chromium speaks the DevTools protocol over a pipe (`--remote-debugging-pipe`: it reads
NUL-terminated JSON commands on fd 3 and writes replies and events on fd 4), so no WebSocket
client and no browser-automation package is needed: the tests drive the Debian `chromium`
package directly. Every network request the page makes is recorded from the protocol's
Network events, JavaScript dialogs and exceptions are recorded too.
"""
from __future__ import annotations

import base64
import json
import os
import select
import shutil
import subprocess
import tempfile
import time
from pathlib import Path
from typing import Any

FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--no-default-browser-check",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--disable-extensions", "--disable-default-apps", "--mute-audio", "--hide-scrollbars",
         "--remote-debugging-pipe"]


def chromium_binary() -> str | None:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    return None


class ChromiumError(RuntimeError):
    pass


class Chromium:
    """One headless browser with one page. Use as a context manager."""

    def __init__(self, width: int = 1366, height: int = 768, timeout: float = 60.0):
        binary = chromium_binary()
        if binary is None:
            raise ChromiumError("chromium is not installed (apt-get install chromium)")
        self.timeout = timeout
        self.profile = tempfile.mkdtemp(prefix="sbu-chromium-")
        to_browser_r, self._to_browser = os.pipe()
        self._from_browser, from_browser_w = os.pipe()

        def wire() -> None:  # in the child, before exec: fd 3 = commands, fd 4 = replies
            os.dup2(to_browser_r, 3)
            os.dup2(from_browser_w, 4)

        self.process = subprocess.Popen(
            [binary, *FLAGS, f"--user-data-dir={self.profile}", f"--window-size={width},{height}",
             "about:blank"],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            # the child keeps only fds 3 and 4 (wired just before exec; close_fds runs after)
            preexec_fn=wire, pass_fds=(3, 4), close_fds=True)
        os.close(to_browser_r)
        os.close(from_browser_w)
        self._buffer = b""
        self._next_id = 0
        self.events: list[dict[str, Any]] = []
        target = self.call("Target.createTarget", url="about:blank")["targetId"]
        self.session = self.call("Target.attachToTarget", targetId=target, flatten=True)["sessionId"]
        for domain in ("Page", "Network", "Runtime", "Log"):
            self.call(f"{domain}.enable", session=True)
        self.call("Emulation.setDeviceMetricsOverride", session=True, width=width, height=height,
                  deviceScaleFactor=1, mobile=False)

    # -- protocol ---------------------------------------------------------------------------
    def _read_message(self, deadline: float) -> dict[str, Any]:
        while b"\0" not in self._buffer:
            left = deadline - time.monotonic()
            if left <= 0:
                raise ChromiumError("chromium did not answer in time")
            ready, _, _ = select.select([self._from_browser], [], [], left)
            if ready:
                chunk = os.read(self._from_browser, 1 << 20)
                if not chunk:
                    raise ChromiumError("chromium closed the DevTools pipe")
                self._buffer += chunk
        raw, self._buffer = self._buffer.split(b"\0", 1)
        return json.loads(raw)

    def call(self, method: str, session: bool = False, **params: Any) -> dict[str, Any]:
        self._next_id += 1
        message: dict[str, Any] = {"id": self._next_id, "method": method, "params": params}
        if session:
            message["sessionId"] = self.session
        os.write(self._to_browser, json.dumps(message).encode() + b"\0")
        deadline = time.monotonic() + self.timeout
        while True:
            reply = self._read_message(deadline)
            if reply.get("id") == self._next_id:
                if "error" in reply:
                    raise ChromiumError(f"{method}: {reply['error']}")
                return reply.get("result", {})
            if "method" in reply:
                self.events.append(reply)

    def wait_for(self, method: str, timeout: float | None = None) -> dict[str, Any]:
        deadline = time.monotonic() + (timeout or self.timeout)
        for event in self.events:
            if event["method"] == method:
                return event
        while True:
            message = self._read_message(deadline)
            if "method" in message:
                self.events.append(message)
                if message["method"] == method:
                    return message

    # -- page ----------------------------------------------------------------------------
    def open(self, path: Path) -> None:
        """Load a file and wait until it is loaded (its scripts have run)."""
        self.events.clear()
        self.call("Page.navigate", session=True, url=Path(path).resolve().as_uri())
        self.wait_for("Page.loadEventFired")
        self.evaluate("1")  # let pending events arrive

    def evaluate(self, expression: str) -> Any:
        result = self.call("Runtime.evaluate", session=True, expression=expression, returnByValue=True,
                           awaitPromise=True)
        if "exceptionDetails" in result:
            raise ChromiumError(f"evaluation failed: {result['exceptionDetails'].get('text')}")
        return result["result"].get("value")

    def press(self, key: str) -> None:
        code = f"Key{key.upper()}" if len(key) == 1 and key.isalpha() else key
        common = {"key": key, "code": code, "windowsVirtualKeyCode": ord(key.upper()) if len(key) == 1 else 0}
        modifiers = 8 if key.isupper() and len(key) == 1 else 0
        self.call("Input.dispatchKeyEvent", session=True, type="keyDown", text=key, modifiers=modifiers, **common)
        self.call("Input.dispatchKeyEvent", session=True, type="keyUp", modifiers=modifiers, **common)

    def screenshot(self, path: Path) -> None:
        data = self.call("Page.captureScreenshot", session=True, format="png")["data"]
        Path(path).write_bytes(base64.b64decode(data))

    def requests(self) -> list[str]:
        """URLs of every request the page made since it was opened, except those the page's
        Content-Security-Policy stopped before they left (see `blocked`)."""
        stopped = set(self._blocked())
        return [e["params"]["request"]["url"] for e in self.events
                if e["method"] == "Network.requestWillBeSent" and e["params"]["requestId"] not in stopped]

    def blocked(self) -> list[str]:
        """URLs the Content-Security-Policy stopped."""
        stopped = self._blocked()
        return [e["params"]["request"]["url"] for e in self.events
                if e["method"] == "Network.requestWillBeSent" and e["params"]["requestId"] in stopped]

    def _blocked(self) -> dict[str, str]:
        return {e["params"]["requestId"]: e["params"].get("blockedReason", "")
                for e in self.events if e["method"] == "Network.loadingFailed"
                and e["params"].get("blockedReason") in ("csp", "content-type", "inspector")}

    def events_named(self, method: str) -> list[dict[str, Any]]:
        return [e for e in self.events if e["method"] == method]

    # -- lifetime ------------------------------------------------------------------------
    def close(self) -> None:
        try:
            self.call("Browser.close")
        except (ChromiumError, OSError):
            pass
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        for fd in (self._to_browser, self._from_browser):
            try:
                os.close(fd)
            except OSError:
                pass
        shutil.rmtree(self.profile, ignore_errors=True)

    def __enter__(self) -> "Chromium":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
