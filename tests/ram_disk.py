"""The tests' own files (``tmp_path``, the session's template databases) on a RAM disk
where the machine has one.

Every commit of a test's SQLite file waits for the disk (``fdatasync``): on the CI's virtual
disk 3–6 ms a call, about 1,300 calls and 8 s of the 98 s the 92 mail service tests take on
SQLite (``strace -w -f -c -e trace=fdatasync``). On a tmpfs the same call returns at once.
Nothing else changes: the same code writes the same files and makes the same calls; the
store's fault tests mount their own small file systems inside ``tmp_path`` as before.

Pytest puts its temporary folders under ``PYTEST_DEBUG_TEMPROOT`` (its own setting, read when
the first folder is made, after the conftest files are imported). It is set to ``/dev/shm``
only if nobody set it already (set it to choose another place, or to ``/tmp`` to keep the
files on disk), ``/dev/shm`` is a tmpfs with room to spare that this user can write, and, as
root, a file there can be made immutable (``chattr +i``: tmpfs has it since Linux 6.0), which
the store's read-only tests rely on; else the tests keep the system's temporary folder.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

RAM_DISK = Path("/dev/shm")
# A whole run writes a few hundred megabytes; the folders of passed tests are removed as
# they pass (tmp_path_retention_policy in pyproject.toml).
ROOM_NEEDED = 2 * 1024**3


def _is_tmpfs(folder: Path) -> bool:
    try:
        mounts = Path("/proc/self/mounts").read_text().splitlines()
    except OSError:
        return False
    return any(line.split()[1:3] == [str(folder), "tmpfs"] for line in mounts)


def _can_be_made_immutable(folder: Path) -> bool:
    """As root nothing but the immutable flag makes a file read-only (``tests/store``)."""
    if not hasattr(os, "geteuid") or os.geteuid() != 0:
        return True
    chattr = shutil.which("chattr")
    if chattr is None:
        return True  # those tests are skipped on any disk then
    handle, name = tempfile.mkstemp(dir=folder, prefix="ombuds-desk-probe-")
    os.close(handle)
    try:
        made = subprocess.run([chattr, "+i", name], capture_output=True, check=False)
        subprocess.run([chattr, "-i", name], capture_output=True, check=False)
        return made.returncode == 0
    finally:
        os.unlink(name)


def put_test_files_on_a_ram_disk() -> None:
    if "PYTEST_DEBUG_TEMPROOT" in os.environ or not _is_tmpfs(RAM_DISK):
        return
    if not os.access(RAM_DISK, os.W_OK) or shutil.disk_usage(RAM_DISK).free < ROOM_NEEDED:
        return
    if _can_be_made_immutable(RAM_DISK):
        # Inherited by the xdist workers (which take their folders from this process anyway).
        os.environ["PYTEST_DEBUG_TEMPROOT"] = str(RAM_DISK)
