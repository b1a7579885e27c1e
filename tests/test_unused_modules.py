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
