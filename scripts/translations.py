"""Keep the translations in step with the code, and build the window's ``.qm`` files.

    python scripts/translations.py update [AREA ...]   # pyside6-lupdate: new strings into the .ts
    python scripts/translations.py release            # pyside6-lrelease: .ts -> build/*.qm
    python scripts/translations.py todo AREA LANG     # unfinished entries, as JSON
    python scripts/translations.py fill AREA LANG FILE.json   # apply translations (JSON list)
    python scripts/translations.py check              # every entry finished? (exit 1 if not)

One ``.ts`` per feature area and language (``resources/translations/cases_uk.ts``), so the
people translating the mail screens and those translating the printouts never edit one file;
``release`` joins each language's areas into one ``build/ombuds_desk_<lang>.qm``. English
needs only its plural forms (``%n letter`` / ``%n letters``): ``lupdate -pluralonly``.

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
    "documents": ("reports", "services/printing", "ui/printing"),
    "core": ("services/core", "services/startup.py", "services/__init__.py", "commands", "cli.py"),
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
    """The area's files; a folder's files less those another area names one by one."""
    named_elsewhere = {
        PACKAGE / part
        for other, parts in AREAS.items()
        if other != area
        for part in parts
        if part.endswith(".py")
    }
    files: list[str] = []
    for part in AREAS[area]:
        path = PACKAGE / part
        found = sorted(path.rglob("*.py")) if path.is_dir() else [path]
        files.extend(
            str(f) for f in found if f.is_file() and (f == path or f not in named_elsewhere)
        )
    return files


def update(areas: list[str]) -> None:
    TS_DIR.mkdir(parents=True, exist_ok=True)
    for area in areas:
        files = sources(area)
        for language in LANGUAGES:
            extra = ["-pluralonly"] if language == "en" else []
            subprocess.run(
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
                    *extra,
                    *files,
                    "-ts",
                    str(ts_path(area, language)),
                ],
                check=True,
            )


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
