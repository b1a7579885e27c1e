"""The bundled application's entry point (PyInstaller runs this file, not ``cli.py``).

``freeze_support`` first: a batch of case sheets is laid out by worker processes
(``services/core/worker_processes.py``), which in a frozen program start this same
executable and must become workers, not a second window. The Windows executable without a
console (``Ombuds Desk.exe``) has no standard streams at all: writes to them go nowhere
instead of failing (the log file keeps what matters, ``ui/shell/log_file.py``).
"""

import multiprocessing
import os
import sys

if __name__ == "__main__":
    multiprocessing.freeze_support()
    if sys.stdout is None:
        sys.stdout = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 - for the process's life
    if sys.stderr is None:
        sys.stderr = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115
    from ombuds_desk.cli import main

    sys.exit(main())
