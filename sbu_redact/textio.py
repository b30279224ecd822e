"""Reading input files with clear one-line errors, and writing outputs atomically.

Inputs are only ever read. Outputs go to a temporary file in the destination directory
and are moved into place with `os.replace`, so a reader never sees a half-written file and
a failure leaves the previous file (if any) untouched.
"""
from __future__ import annotations

import os
import re
import stat
from pathlib import Path

#: Inputs larger than this are refused: cables and memos are kilobytes, not megabytes.
MAX_INPUT_BYTES = 20 * 1024 * 1024
_SNIFF_BYTES = 8192
_CONTROL_CHARS = re.compile("[\x00-\x08\x0e-\x1f]")


class InputError(Exception):
    """An input file cannot be used. `str(error)` is one line that names the file."""

    def __init__(self, path: str | os.PathLike[str], problem: str):
        self.path = str(path)
        self.problem = problem
        super().__init__(f"{self.path}: {problem}")


def read_text_file(path: str | os.PathLike[str], *, max_bytes: int = MAX_INPUT_BYTES) -> str:
    """The text of a UTF-8 file (a leading byte-order mark is dropped; line ends are kept as
    they are, so offsets in the audit log refer to the file as written).

    Raises InputError for a missing file, a directory, an unreadable, empty, enormous or
    binary file, or bytes that are not UTF-8."""
    return decode_text(path, read_file_bytes(path, max_bytes=max_bytes))


def read_file_bytes(path: str | os.PathLike[str], *, max_bytes: int = MAX_INPUT_BYTES) -> bytes:
    """The bytes of a regular file (InputError for a missing file, a directory, another kind
    of file, an unreadable or enormous one)."""
    try:
        info = os.stat(path)
    except FileNotFoundError:
        raise InputError(path, "no such file") from None
    except OSError as exc:
        raise InputError(path, f"cannot read ({exc.strerror or exc.__class__.__name__})") from None
    if stat.S_ISDIR(info.st_mode):
        raise InputError(path, "is a directory, not a file")
    if not stat.S_ISREG(info.st_mode):
        raise InputError(path, "is not a regular file")
    if info.st_size > max_bytes:
        raise InputError(path, f"too large ({info.st_size} bytes; the limit is {max_bytes})")
    try:
        with open(path, "rb") as handle:
            # as much as stat said (asking for max_bytes would allocate that much every time),
            # then whatever the file has grown by since, up to the limit
            data = handle.read(info.st_size + 1)
            if len(data) > info.st_size:
                data += handle.read(max_bytes + 1 - len(data))
    except PermissionError:
        raise InputError(path, "cannot read (permission denied)") from None
    except OSError as exc:
        raise InputError(path, f"cannot read ({exc.strerror or exc.__class__.__name__})") from None
    if len(data) > max_bytes:
        raise InputError(path, f"too large (more than {max_bytes} bytes)")
    return data


def decode_text(path: str | os.PathLike[str], data: bytes) -> str:
    """The text of a file's bytes as `read_text_file` gives it (InputError, naming `path`, for
    an empty or binary file or bytes that are not UTF-8)."""
    encoding = _utf16(data)
    if encoding:
        raise InputError(path, f"is {encoding} text, not UTF-8: convert it first "
                               f"(e.g. iconv -f {encoding} -t UTF-8 FILE > FILE.utf8.txt)")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    if not data.strip():
        raise InputError(path, "is empty")
    if b"\x00" in data:
        raise InputError(path, "is a binary file (contains NUL bytes), not text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise InputError(path, f"is not valid UTF-8 (byte {exc.start}, line {line}: "
                               f"{data[exc.start:exc.start + 1]!r})") from None
    controls = len(_CONTROL_CHARS.findall(text, 0, _SNIFF_BYTES))
    if controls > max(8, len(text[:_SNIFF_BYTES]) // 20):
        raise InputError(path, "looks like a binary file (many control characters), not text")
    return text


def _utf16(data: bytes) -> str | None:
    """`UTF-16LE`/`UTF-16BE` when `data` looks like UTF-16 text (a byte-order mark, or mostly
    ASCII with every other byte NUL), else None."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            data[2:].decode("utf-16-le" if data[0] == 0xFF else "utf-16-be")
        except UnicodeDecodeError:
            return None
        return "UTF-16LE" if data[0] == 0xFF else "UTF-16BE"
    sample = data[:_SNIFF_BYTES - _SNIFF_BYTES % 2]
    if len(sample) >= 4:
        odd, even = sample[1::2], sample[0::2]
        for nuls, other, name in ((odd, even, "UTF-16LE"), (even, odd, "UTF-16BE")):
            if nuls.count(0) >= 0.9 * len(nuls) and other.count(0) == 0:
                return name
    return None


def atomic_write(path: str | os.PathLike[str], data: str | bytes) -> None:
    """Write `data` (str is encoded as UTF-8, line ends untouched) to `path` atomically."""
    target = Path(path)
    if isinstance(data, str):
        payload = data.encode("utf-8")
    elif isinstance(data, (bytes, bytearray, memoryview)):
        payload = bytes(data)
    else:
        raise TypeError(f"atomic_write needs str or bytes, not {type(data).__name__}")
    directory = target.parent if str(target.parent) else Path(".")
    import tempfile  # here: reading (a `check` start) never needs it

    fd, tmp = tempfile.mkstemp(dir=directory, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, target)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise
