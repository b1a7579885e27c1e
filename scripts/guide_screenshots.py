"""Screenshots for the user guide (``docs/guide/images/``), taken offscreen from the demo.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/guide_screenshots.py [--lang en]

Builds a demo database in a temporary folder (``ombuds-desk demo``, a fixed seed, so the same
cases appear every time), opens the main window on it as its demo supervisor in the language
asked for (default: each of en, ru, uk in turn, each in a fresh process), and saves one PNG
per step of the guide: ``<lang>-<step>.png``. The case sheet's picture is its PDF's first
page, printed by the command line and rendered with ``pdftoppm`` (poppler-utils).

The guides link ``images/<lang>-<step>.png``; a guide whose language has no screenshots yet
(its screens not translated) may link the English ones instead.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QSettings, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QDialog, QWidget  # noqa: E402

IMAGES = ROOT / "docs" / "guide" / "images"
LANGUAGES = ("en", "ru", "uk")
SIZE = (1280, 760)
SEED = "7"


def pump(ms: int = 300) -> None:
    """Let the window work (reads come back, pages lay out) for ``ms`` milliseconds."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def settle(window: object, limit_ms: int = 15_000) -> None:
    """Until every read the window started has come back (then a little longer to paint)."""
    waited = 0
    while window.tasks.pending and waited < limit_ms:  # type: ignore[attr-defined]
        pump(100)
        waited += 100
    pump(300)


def save(widget: QWidget, name: str, language: str) -> Path:
    path = IMAGES / f"{language}-{name}.png"
    widget.grab().save(str(path))
    print(f"  {path.relative_to(ROOT)}")
    return path


def top_dialog(kind: str) -> QDialog:
    """The dialog just opened (its class name), shown over the window."""
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QDialog) and widget.isVisible() and type(widget).__name__ == kind:
            return widget
    raise SystemExit(f"guide_screenshots: no {kind} dialog opened")


def run(command: list[str], language: str) -> None:
    subprocess.run(
        [sys.executable, "-m", "ombuds_desk", "--lang", language, *command],
        cwd=ROOT,
        check=True,
        stdout=subprocess.DEVNULL,
    )


def shots(language: str, folder: Path) -> None:
    """Every screenshot of the guide in ``language`` (this process speaks it)."""
    from ombuds_desk.services.core.auth import demo_user
    from ombuds_desk.store.database import open_database
    from ombuds_desk.store.locations import to_url
    from ombuds_desk.ui.shell.app import build_main_window, make_application
    from ombuds_desk.ui.shell.main_window import MainWindow

    db_file = folder / "demo.sqlite3"
    run(["demo", "--db", str(db_file), "--persons", "60", "--seed", SEED], language)
    app = make_application([sys.argv[0]], language)
    app.setStyle("Fusion")
    db = open_database(to_url(db_file))
    with db.reading() as session:
        actor = demo_user(session)
        case_number, person_id = _stalled_case(session)
    assert actor is not None
    settings = QSettings(str(folder / "ui.ini"), QSettings.Format.IniFormat)
    window: MainWindow = build_main_window(db, actor, settings=settings)
    window.resize(*SIZE)
    window.show()
    settle(window)

    def page(name: str) -> QWidget:
        found = window.pages.findChild(QWidget, name)
        if found is None:
            raise SystemExit(f"guide_screenshots: no page {name}")
        window.show_page(found)
        settle(window)
        return window

    def open_case() -> None:
        page("casesPage")
        window.open_case(person_id)

    def step(name: str, act: Callable[[], object]) -> None:
        act()
        settle(window)
        save(window, name, language)

    # 1. The Cases page with a case open: where letters and parcels are logged.
    step("cases", open_case)
    # 2. Logging letters on the case (Mail → Log letters and items…, Ctrl+L).
    _trigger(window, "logItems")
    settle(window)
    dialog = top_dialog("ItemDialog")
    save(dialog, "log-letters", language)
    dialog.reject()
    # 3. The case's Mail tab, and the Parcels page.
    step("mail-tab", lambda: None)
    save(page("parcelsPage"), "parcels", language)
    # 4. Stalled cases: the review queue, and No news.
    save(page("reviewQueuePage"), "review-queue", language)
    save(page("newsPage"), "no-news", language)
    # 5. Printing: the case sheet's choice, then the sheet itself.
    open_case()
    settle(window)
    _trigger(window, "printCaseSheet")
    settle(window)
    dialog = top_dialog("SheetVersionDialog")
    save(dialog, "print-choice", language)
    dialog.reject()
    pdf = folder / "sheet.pdf"
    run(["print", "case-sheet", case_number, "--db", str(db_file), "-o", str(pdf)], language)
    out = IMAGES / f"{language}-case-sheet"
    subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile",
                    str(pdf), str(out)], check=True)  # fmt: skip
    print(f"  {out.relative_to(ROOT)}.png")
    window.close()
    db.dispose()


def _stalled_case(session: object) -> tuple[str, int]:
    """A case with letters, stalled if the demo has one: the guide's example."""
    from sqlalchemy import text

    row = session.execute(  # type: ignore[attr-defined]
        text(
            "SELECT p.case_number, p.id FROM person p "
            "JOIN correspondence_item c ON c.person_id = p.id "
            "GROUP BY p.id ORDER BY count(c.id) DESC, p.id LIMIT 1"
        )
    ).one()
    return str(row[0]), int(row[1])


def _trigger(window: QWidget, name: str) -> None:
    from PySide6.QtGui import QAction

    action = window.findChild(QAction, name)
    if action is None:
        raise SystemExit(f"guide_screenshots: no action {name}")
    action.trigger()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", choices=LANGUAGES, help="one language (default: all three)")
    args = parser.parse_args()
    IMAGES.mkdir(parents=True, exist_ok=True)
    if args.lang is None:  # each language in a process of its own (one QApplication each)
        for language in LANGUAGES:
            subprocess.run([sys.executable, __file__, "--lang", language], check=True)
        return 0
    print(f"{args.lang}:")
    with tempfile.TemporaryDirectory(prefix="guide-") as folder:
        shots(args.lang, Path(folder))
    return 0


if __name__ == "__main__":
    sys.exit(main())
