"""Keep the translations in step with the code, and build the window's ``.qm`` files.

    python scripts/translations.py update [AREA ...]   # pyside6-lupdate: new strings into the .ts
    python scripts/translations.py release            # pyside6-lrelease: .ts -> build/*.qm
    python scripts/translations.py todo AREA LANG     # unfinished entries, as JSON
    python scripts/translations.py fill AREA LANG FILE.json   # apply translations (JSON list)
    python scripts/translations.py check              # every entry finished? (exit 1 if not)

One ``.ts`` per feature area and language (``resources/translations/cases_uk.ts``), so the
people translating the mail screens and those translating the printouts never edit one file;
``release`` joins each language's areas into one ``build/ombuds_desk_<lang>.qm``. English
needs only its plural forms (``%n letter`` / ``%n letters``); every text with ``%n`` is kept a
plural entry (see ``_restore_plurals``: lupdate's Python reader misses most of them).

A ``fill`` file is a list of ``{"context", "source", "comment"?, "translation"}`` where the
translation is a string, or a list of plural forms for a ``%n`` entry (Russian and Ukrainian:
one / few / many — 1 лист, 2 листи, 5 листів; English: one / other).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "ombuds_desk"
TS_DIR = ROOT / "resources" / "translations"
QM_DIR = TS_DIR / "build"
BIN = Path(sys.executable).parent
LANGUAGES = ("en", "ru", "uk")

# Each area's sources, relative to the package. Together they cover every module that shows
# or prints words (demo/ makes data, not interface).
AREAS: dict[str, tuple[str, ...]] = {
    "register": ("domain", "ui/cases", "services/cases"),
    "mail": ("ui/mail", "services/mail"),
    "work": (
        "ui/lists",
        "services/lists",
        "ui/work",
        "services/work",
        "ui/workflow",
        "services/workflow",
    ),
    "desk": ("ui/admin", "ui/shell", "ui/common", "ui/__init__.py"),
    "help": ("ui/shell/help_*.py",),
    "documents": ("reports", "services/printing", "ui/printing"),
    "core": (
        "services/core",
        "services/startup.py",
        "services/__init__.py",
        "commands",
        "cli.py",
        "store/db_messages.py",
        "store/check_findings.py",
        "store/backup.py",
        "store/restoring.py",
    ),
    # accessibility: named files inside ui/common, so desk's folder leaves them out
    "access": (
        "ui/common/accessibility.py",
        "ui/common/dark_theme.py",
        "ui/common/menu_shortcuts.py",
        "ui/common/row_markers.py",
        "ui/common/screen_fit.py",
    ),
}


def ts_path(area: str, language: str) -> Path:
    return TS_DIR / f"{area}_{language}.ts"


def sources(area: str) -> list[str]:
    """The area's files: its folders' files less those another area names one by one or by
    a pattern (``ui/shell/help_*.py``), so no text is listed by two areas."""
    files: list[str] = []
    for part in AREAS[area]:
        path = PACKAGE / part
        if "*" in part:
            found = sorted(PACKAGE.glob(part))
        elif path.is_dir():
            found = [f for f in sorted(path.rglob("*.py")) if not _claimed_elsewhere(f, area)]
        else:
            found = [path]
        files.extend(str(f) for f in found if f.is_file())
    return files


def _claimed_elsewhere(path: Path, area: str) -> bool:
    """Whether another area names ``path`` one by one or by a pattern."""
    return any(
        path.match(str(PACKAGE / part)) if "*" in part else path == PACKAGE / part
        for other, parts in AREAS.items()
        if other != area
        for part in parts
        if part.endswith(".py")
    )


def update(areas: list[str]) -> None:
    TS_DIR.mkdir(parents=True, exist_ok=True)
    for area in areas:
        files = sources(area)
        for language in LANGUAGES:
            path = ts_path(area, language)
            saved = _plurals(path) if path.is_file() else {}
            done = subprocess.run(
                [
                    str(BIN / "pyside6-lupdate"),
                    "-silent",
                    "-locations",
                    "none",
                    "-no-obsolete",
                    "-source-language",
                    "en",
                    "-target-language",
                    language,
                    *files,
                    "-ts",
                    str(path),
                ],
                # Its notes on the plural forms it removes are about the entries
                # _restore_plurals puts back: said only if it fails.
                capture_output=True,
                text=True,
            )
            if done.returncode:
                sys.exit(f"pyside6-lupdate failed on {path.name}:\n{done.stdout}{done.stderr}")
            _restore_plurals(path, saved, language)


FORMS = {"en": 2, "ru": 3, "uk": 3}  # one / other; one / few / many


def _plurals(path: Path) -> dict[tuple[str, str, str], tuple[bool, list[str]]]:
    """Each plural entry's forms and whether they were finished, before lupdate runs."""
    saved: dict[tuple[str, str, str], tuple[bool, list[str]]] = {}
    for context, message in _messages(path):
        translation = message.find("translation")
        forms = (
            [f.text or "" for f in translation.iter("numerusform")]
            if translation is not None
            else []
        )
        if message.get("numerus") == "yes" and forms:
            key = (context, message.findtext("source") or "", message.findtext("comment") or "")
            saved[key] = (translation.get("type") != "unfinished", forms)  # type: ignore[union-attr]
    return saved


def _restore_plurals(
    path: Path, saved: dict[tuple[str, str, str], tuple[bool, list[str]]], language: str
) -> None:
    """Every text with Qt's count ``%n`` is a plural entry, with its language's forms.

    pyside6-lupdate's Python reader files ``translate(ctx, "%n letters", None, n)`` as a plain
    entry unless ``n`` is a literal number (only ``self.tr(text, "", n)`` comes out as a
    plural), and turns a plural entry back into a plain one on the next run: the forms are
    kept before it runs and put back after. English keeps only its plural entries.
    """
    tree = ET.parse(path)
    root = tree.getroot()
    for context in list(root.iter("context")):
        name = context.findtext("name") or ""
        for message in list(context.iter("message")):
            source = message.findtext("source") or ""
            # A count given to self.tr(text, "", n) makes a plural entry whatever the text
            # says ("{days} days left"); %n in a text makes one wherever it was called.
            if "%n" not in source and message.get("numerus") != "yes":
                if language == "en":
                    context.remove(message)
                continue
            key = (name, source, message.findtext("comment") or "")
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            plain = translation.text if not list(translation) else None
            finished, forms = saved.get(key, (False, []))
            if not forms:
                forms = [f.text or "" for f in translation.iter("numerusform")]
            if not forms:
                forms = [plain or ""] + [""] * (FORMS[language] - 1)
                finished = False
            message.set("numerus", "yes")
            translation.clear()
            if not finished or len(forms) != FORMS[language] or not all(forms):
                translation.set("type", "unfinished")
            for form in forms:
                ET.SubElement(translation, "numerusform").text = form
        if language == "en" and not context.findall("message"):
            root.remove(context)
    ET.indent(tree, space="    ")
    with path.open("wb") as out:
        out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(out, encoding="utf-8", xml_declaration=False)
        out.write(b"\n")


def release() -> None:
    QM_DIR.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        files = sorted(TS_DIR.glob(f"*_{language}.ts"))
        if not files:
            continue
        subprocess.run(
            [
                str(BIN / "pyside6-lrelease"),
                "-silent",
                *map(str, files),
                "-qm",
                str(QM_DIR / f"ombuds_desk_{language}.qm"),
            ],
            check=True,
        )


def _messages(path: Path) -> list[tuple[str, ET.Element]]:
    root = ET.parse(path).getroot()
    return [
        (context.findtext("name") or "", message)
        for context in root.iter("context")
        for message in context.iter("message")
    ]


def _unfinished(message: ET.Element) -> bool:
    translation = message.find("translation")
    if translation is None or translation.get("type") == "unfinished":
        return True
    forms = [f.text for f in translation.iter("numerusform")] or [translation.text]
    return not all(forms)


def todo(area: str, language: str) -> list[dict[str, object]]:
    return [
        {
            "context": context,
            "source": message.findtext("source") or "",
            "comment": message.findtext("comment") or "",
            "plural": message.get("numerus") == "yes",
        }
        for context, message in _messages(ts_path(area, language))
        if _unfinished(message)
    ]


def fill(area: str, language: str, given: list[dict[str, object]]) -> int:
    path = ts_path(area, language)
    tree = ET.parse(path)
    wanted = {
        (str(g["context"]), str(g["source"]), str(g.get("comment") or "")): g["translation"]
        for g in given
    }
    done = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            if key not in wanted:
                continue
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            translation.attrib.pop("type", None)
            for form in list(translation):
                translation.remove(form)
            value = wanted[key]
            if message.get("numerus") == "yes":
                forms = value if isinstance(value, list) else [value]
                translation.text = None
                for form_text in forms:
                    ET.SubElement(translation, "numerusform").text = str(form_text)
            else:
                translation.text = str(value)
            done += 1
    with path.open("wb") as out:
        out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(out, encoding="utf-8", xml_declaration=False)
    update([area])  # lupdate writes the file back in its own layout
    return done


def check() -> int:
    missing = 0
    for path in sorted(TS_DIR.glob("*.ts")):
        count = sum(1 for _, message in _messages(path) if _unfinished(message))
        if count:
            print(f"{path.name}: {count} unfinished")
            missing += count
    return missing


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    p_update = sub.add_parser("update")
    p_update.add_argument("areas", nargs="*", help=f"some of: {', '.join(AREAS)} (default: all)")
    sub.add_parser("release")
    p_todo = sub.add_parser("todo")
    p_todo.add_argument("area", choices=list(AREAS))
    p_todo.add_argument("language", choices=LANGUAGES)
    p_fill = sub.add_parser("fill")
    p_fill.add_argument("area", choices=list(AREAS))
    p_fill.add_argument("language", choices=LANGUAGES)
    p_fill.add_argument("file", type=Path)
    sub.add_parser("check")
    args = parser.parse_args(argv)
    if args.command == "update":
        unknown = set(args.areas) - set(AREAS)
        if unknown:
            parser.error(
                f"unknown area {', '.join(sorted(unknown))}: choose from {', '.join(AREAS)}"
            )
        update(args.areas or list(AREAS))
    elif args.command == "release":
        release()
    elif args.command == "todo":
        json.dump(todo(args.area, args.language), sys.stdout, ensure_ascii=False, indent=1)
        print()
    elif args.command == "fill":
        given = json.loads(args.file.read_text(encoding="utf-8"))
        print(f"{fill(args.area, args.language, given)} entries filled")
    elif args.command == "check":
        return 1 if check() else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
