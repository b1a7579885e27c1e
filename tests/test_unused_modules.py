"""asyncio, which SQLAlchemy imports and the app never uses, is a stand-in until something
reads it (``ombuds_desk/unused_modules.py``): the command line imports none of it, nor ssl
behind it; whatever reads it then, from any thread, gets the real module's objects.

Real processes: this test process imported asyncio long ago.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def run_python(script: str) -> list[str]:
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.split()


def test_the_command_line_imports_no_asyncio_and_asyncio_works_when_read() -> None:
    script = """
import sys
import ombuds_desk.cli
from ombuds_desk.unused_modules import StandIn
import sqlalchemy.util.concurrency as concurrency
print(isinstance(sys.modules["asyncio"], StandIn), "ssl" in sys.modules,
      "asyncio.events" in sys.modules)
import asyncio

async def answer():
    await asyncio.sleep(0)
    return 42

print(asyncio.run(answer()))
real = sys.modules["asyncio"]
print(real is asyncio, isinstance(real, StandIn))  # the stand-in became it
print(asyncio.CancelledError is real.CancelledError is real.exceptions.CancelledError,
      concurrency.iscoroutine is real.iscoroutine is real.coroutines.iscoroutine,
      concurrency.is_exit_exception(real.CancelledError()))
"""
    assert run_python(script) == ["True", "False", "False", "42"] + ["True", "False"] + ["True"] * 3


def test_the_first_reads_from_many_threads_at_once_all_get_the_real_module() -> None:
    script = """
import sys, threading
import ombuds_desk.cli
import asyncio

start = threading.Barrier(8)
got = []

def read():
    start.wait()
    got.append(asyncio.Queue)

threads = [threading.Thread(target=read) for _ in range(8)]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()
print(len(got), len(set(got)), got[0] is sys.modules["asyncio"].queues.Queue)
"""
    assert run_python(script) == ["8", "1", "True"]


def test_an_asyncio_imported_first_is_left_as_it_is() -> None:
    script = """
import sys, asyncio
import ombuds_desk.cli
print(sys.modules["asyncio"] is asyncio)
"""
    assert run_python(script) == ["True"]


def test_importlib_metadata_is_a_stand_in_until_read_and_then_answers_as_itself() -> None:
    script = """
import sys
import ombuds_desk.cli
import sqlmodel
from ombuds_desk.unused_modules import StandIn
import pydantic.networks as networks
import sqlalchemy.util.compat as compat
print(isinstance(sys.modules["importlib.metadata"], StandIn), "email" in sys.modules)
# What pydantic took from it as it was imported, and what SQLAlchemy reads through it.
print(networks.version("sqlalchemy") == __import__("sqlalchemy").__version__)
real = sys.modules["importlib.metadata"]
import importlib.metadata
print(real is importlib.metadata, isinstance(real, StandIn), "email" in sys.modules)
print(compat.importlib_metadata_get("console_scripts")[0].group == "console_scripts")
try:
    importlib.metadata.version("no-such-distribution-here")
except importlib.metadata.PackageNotFoundError:
    print("missing")
print(importlib.metadata.entry_points is real.entry_points is not networks.version)
"""
    # Line by line: the stand-in; pydantic's version; the real module; SQLAlchemy's entry
    # points; a missing distribution; the names now the real module's.
    expected = ["True", "False", "True", "True", "False", "True", "True", "missing", "True"]
    assert run_python(script) == expected
