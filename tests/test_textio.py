"""Reading inputs with one-line errors that name the file; atomic writes."""
from __future__ import annotations

import os

import pytest

from sbu_redact.textio import InputError, atomic_write, read_text_file


def test_reads_utf8_and_drops_bom(tmp_path):
    path = tmp_path / "cable.txt"
    path.write_bytes(b"\xef\xbb\xbfUNCLAS MOSCOW 003736\r\n\xc2\xb62. (SBU) Text.\r\n")
    assert read_text_file(path) == "UNCLAS MOSCOW 003736\r\n¶2. (SBU) Text.\r\n"


@pytest.mark.parametrize("content,expected", [
    (b"", "is empty"),
    (b"  \n\n\t ", "is empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file"),
    (b"UNCLAS\n\xff\xfe bad bytes", "not valid UTF-8 (byte 7, line 2"),
    ("UNCLAS MOSCOW 003736\r\n¶2. (SBU) Text.\r\n".encode("utf-16"), "is UTF-16LE text, not UTF-8"),
    ("UNCLAS MOSCOW 003736\n".encode("utf-16-be"), "is UTF-16BE text, not UTF-8: convert it first"),
    ("UNCLAS MOSCOW 003736\n".encode("utf-16-le"), "is UTF-16LE text"),
])
def test_bad_contents(tmp_path, content, expected):
    path = tmp_path / "input.txt"
    path.write_bytes(content)
    with pytest.raises(InputError) as info:
        read_text_file(path)
    message = str(info.value)
    assert message.startswith(str(path) + ": ") and expected in message and "\n" not in message


def test_missing_directory_and_enormous(tmp_path):
    with pytest.raises(InputError, match=r"missing\.txt: no such file"):
        read_text_file(tmp_path / "missing.txt")
    with pytest.raises(InputError, match="is a directory"):
        read_text_file(tmp_path)
    big = tmp_path / "big.txt"
    big.write_bytes(b"A" * 2048)
    with pytest.raises(InputError, match=r"too large \(2048 bytes; the limit is 1024\)"):
        read_text_file(big, max_bytes=1024)


def test_atomic_write_replaces_and_leaves_no_temp(tmp_path):
    target = tmp_path / "out.public.txt"
    atomic_write(target, "first\n")
    atomic_write(target, "second ¶\r\n")
    assert target.read_bytes() == "second ¶\r\n".encode()
    atomic_write(tmp_path / "log.json", b"{}\n")
    assert sorted(os.listdir(tmp_path)) == ["log.json", "out.public.txt"]


def test_atomic_write_failure_keeps_old_file(tmp_path):
    target = tmp_path / "out.txt"
    atomic_write(target, "old")
    with pytest.raises(TypeError):
        atomic_write(target, 12345)  # type: ignore[arg-type]
    assert target.read_text() == "old" and os.listdir(tmp_path) == ["out.txt"]
