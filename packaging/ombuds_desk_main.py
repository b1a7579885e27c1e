"""The bundled application's entry point (PyInstaller runs this file, not ``cli.py``).

``freeze_support`` first: a batch of case sheets is laid out by worker processes
(``services/core/worker_processes.py``), which in a frozen program start this same
executable and must become workers, not a second window.
"""

import multiprocessing
import sys

if __name__ == "__main__":
    multiprocessing.freeze_support()
    from ombuds_desk.cli import main

    sys.exit(main())
