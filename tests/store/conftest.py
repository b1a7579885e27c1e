"""Real faults of storage for the store's tests: a small disk that fills up, a file, folder
or medium that cannot be written.

As root, file modes do not stop writes, so a read-only file or folder is made immutable
(``chattr +i``) and a read-only medium is a tmpfs remounted read-only; as another user,
``chmod`` does it. A small disk is a tmpfs of a few hundred kilobytes. What this machine
cannot make (mounting needs root; ``chattr`` a file system that has the flag) is skipped,
saying why.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path

import pytest

ROOT = hasattr(os, "geteuid") and os.geteuid() == 0


def _run(*command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, capture_output=True, text=True, check=False)


@contextmanager
def tmpfs(folder: Path, size: str) -> Iterator[Path]:
    """A fresh tmpfs of ``size`` mounted at ``folder``; skipped where mounting is not
    allowed."""
    folder.mkdir(parents=True, exist_ok=True)
    if not ROOT or shutil.which("mount") is None:
        pytest.skip("mounting a small file system needs root")
    mounted = _run("mount", "-t", "tmpfs", "-o", f"size={size},mode=0700", "tmpfs", str(folder))
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.strip()}")
    try:
        yield folder
    finally:
        if _run("umount", str(folder)).returncode != 0:
            _run("umount", "-l", str(folder))  # something still has a file open: detach it


def remount_read_only(folder: Path) -> None:
    result = _run("mount", "-o", "remount,ro", str(folder))
    assert result.returncode == 0, result.stderr


def fill(folder: Path, leave: int = 0) -> Path:
    """Fill the disk of ``folder`` up to ``leave`` bytes free; returns the filler file."""
    filler = folder / "filler.bin"
    with filler.open("wb", buffering=0) as handle:
        block = b"\0" * 4096
        while shutil.disk_usage(folder).free > leave + len(block):
            try:
                handle.write(block)
            except OSError:
                break
    return filler


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A folder on a 2 MiB disk of its own."""
    with tmpfs(tmp_path / "small-disk", "2m") as folder:
        yield folder


@contextmanager
def _immutable(path: Path) -> Iterator[None]:
    if shutil.which("chattr") is None:
        pytest.skip("chattr is not installed: as root nothing else makes a file read-only")
    made = _run("chattr", "+i", str(path))
    if made.returncode != 0:
        pytest.skip(f"this file system cannot make {path.name} immutable: {made.stderr.strip()}")
    try:
        yield
    finally:
        _run("chattr", "-i", str(path))


@contextmanager
def _mode(path: Path, mode: int) -> Iterator[None]:
    before = path.stat().st_mode
    path.chmod(mode)
    try:
        yield
    finally:
        path.chmod(before)


@contextmanager
def not_writable(path: Path) -> Iterator[None]:
    """``path`` (a file or a folder) cannot be written, for the user running the tests."""
    if ROOT:
        with _immutable(path):
            yield
    else:
        with _mode(path, 0o555 if path.is_dir() else 0o444):
            yield


# How a database ends up where it cannot be written: (setup, the file to open)
ReadOnlyPlace = Callable[[Path], Path]


@pytest.fixture(params=["file", "folder", "medium"])
def read_only_place(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[ReadOnlyPlace]:
    """Given a closed database file, put it where it cannot be written, the fixture's way:
    the file itself not writable, its folder not writable, or a medium mounted read-only.
    Returns the path to open."""
    kind: str = request.param
    with ExitStack() as undo:

        def place(database: Path) -> Path:
            if kind == "medium":
                mount = undo.enter_context(tmpfs(tmp_path / "medium", "16m"))
                target = mount / database.name
                for end in ("", "-wal", "-shm"):
                    side = database.with_name(database.name + end)
                    if side.exists():
                        shutil.copy2(side, target.with_name(target.name + end))
                remount_read_only(mount)
                return target
            undo.enter_context(not_writable(database if kind == "file" else database.parent))
            return database

        yield place
