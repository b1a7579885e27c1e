"""A file's header (``store/file_header.py``): on Linux read as the file is now, through a
descriptor the process holds when it holds one; elsewhere remembered by its identity, read
once per file, and never shared between files on a volume without inode numbers (0 on some
Windows volumes)."""

from __future__ import annotations

from pathlib import Path

import pytest

from ombuds_desk.store import file_header


def test_a_file_rewritten_or_replaced_gives_its_new_header(tmp_path: Path) -> None:
    path = tmp_path / "реєстр.sqlite3"
    path.write_bytes(b"SQLite format 3\x00" + b"\x00" * 84)
    assert file_header.header(path) == b"SQLite format 3\x00"
    path.write_bytes(b"A" * 100)  # the same file (inode) rewritten behind its back
    assert file_header.header(path) == b"A" * 16
    # Replaced by a new file (which may get a deleted file's inode number), while this
    # process holds a descriptor on it as SQLite would: read through that descriptor.
    path.unlink()
    path.write_bytes(bytes(range(16)) + b"\x00" * 84)  # an encrypted register's salt
    with path.open("rb"):
        assert file_header.header(path) == bytes(range(16))


def test_without_a_list_of_descriptors_a_header_is_read_once_and_forgotten_on_request(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # As on macOS: no /proc to find the descriptors this process holds.
    monkeypatch.setattr(file_header, "_DESCRIPTORS", str(tmp_path / "no-proc"))
    path = tmp_path / "реєстр.sqlite3"
    path.write_bytes(b"SQLite format 3\x00" + b"\x00" * 84)
    assert file_header.header(path) == b"SQLite format 3\x00"
    path.write_bytes(b"A" * 100)  # the same file (inode) rewritten behind its back
    assert file_header.header(path) == b"SQLite format 3\x00"  # remembered, not read again
    file_header.forget(path)
    assert file_header.header(path) == b"A" * 16


def test_files_without_an_inode_number_are_read_each_time(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # As Windows reports files on a FAT or exFAT stick: st_ino 0 for every one of them (and
    # no /proc to list the process's descriptors).
    monkeypatch.setattr(file_header, "_identity", lambda path: (1, 0))
    monkeypatch.setattr(file_header, "_DESCRIPTORS", str(tmp_path / "no-proc"))
    register = tmp_path / "register.sqlite3"
    backup = tmp_path / "backup.sqlite3"
    register.write_bytes(b"SQLite format 3\x00" + b"\x00" * 84)
    backup.write_bytes(bytes(range(16)) + b"\x00" * 84)  # an encrypted file's salt
    assert file_header.header(register) == b"SQLite format 3\x00"
    assert file_header.header(backup) == bytes(range(16))
    assert not file_header.known(register)
