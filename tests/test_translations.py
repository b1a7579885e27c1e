"""The translations are complete and in step with the code.

``pyside6-lupdate`` is run again into a scratch copy: a text in the code that the committed
``.ts`` files lack (someone added words and did not run ``scripts/translations.py update``)
fails, as does an entry left unfinished or empty, a plural without every form its language
has, or a translation that dropped a placeholder (``{number}``, ``%n``, ``%1``) the code fills.
"""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
TS_DIR = ROOT / "resources" / "translations"
sys.path.insert(0, str(ROOT / "scripts"))
import translations as tool  # noqa: E402 — scripts/ is not a package

FORMS = {"en": 2, "ru": 3, "uk": 3}
PLACEHOLDER = re.compile(r"\{[a-z_][a-z_0-9]*\}|%n|%L?\d|%s|%d")


def _messages(path: Path) -> list[tuple[str, ET.Element]]:
    root = ET.parse(path).getroot()
    return [
        (context.findtext("name") or "", message)
        for context in root.iter("context")
        for message in context.iter("message")
    ]


def _keys(path: Path) -> set[tuple[str, str, str]]:
    return {
        (context, m.findtext("source") or "", m.findtext("comment") or "")
        for context, m in _messages(path)
    }


CASES = [(area, language) for area in tool.AREAS for language in tool.LANGUAGES]


@pytest.mark.parametrize(("area", "language"), CASES, ids=[f"{a}_{lang}" for a, lang in CASES])
def test_every_entry_is_finished_with_its_placeholders(area: str, language: str) -> None:
    path = tool.ts_path(area, language)
    assert path.is_file(), f"{path.name} is missing: run scripts/translations.py update"
    problems: list[str] = []
    for context, message in _messages(path):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        where = f"{context}: {source[:60]!r}"
        if translation is None or translation.get("type") in {"unfinished", "vanished"}:
            problems.append(f"{where} is unfinished")
            continue
        forms = [f.text or "" for f in translation.iter("numerusform")]
        if "%n" in source and message.get("numerus") != "yes":
            problems.append(f"{where} counts with %n but is no plural entry")
        if message.get("numerus") == "yes":
            if len(forms) != FORMS[language] or not all(forms):
                problems.append(f"{where} needs {FORMS[language]} plural forms, has {forms}")
        else:
            forms = [translation.text or ""]
            if not forms[0]:
                problems.append(f"{where} is empty")
        wanted = sorted(set(PLACEHOLDER.findall(source)) - {"%n"})
        for form in forms:
            if sorted(set(PLACEHOLDER.findall(form)) - {"%n"}) != wanted:
                problems.append(f"{where} -> {form!r} lost or added a placeholder ({wanted})")
    assert not problems, f"{path.name}: {len(problems)} problems:\n" + "\n".join(problems[:40])


@pytest.mark.parametrize("area", tool.AREAS)
def test_english_plurals_say_one_and_many_in_words(area: str) -> None:
    """The English catalogue exists for its plural forms: "1 problem", "4 problems", never the
    source's "4 problem(s)" copied into both forms."""
    lazy = [
        f"{context}: {form!r}"
        for context, message in _messages(tool.ts_path(area, "en"))
        for form in (f.text or "" for f in message.iter("numerusform"))
        if "(s)" in form
    ]
    assert not lazy, "English plural forms still saying (s):\n" + "\n".join(lazy)


def test_the_ts_files_hold_every_text_in_the_code(tmp_path: Path) -> None:
    scratch = tmp_path / "translations"
    shutil.copytree(TS_DIR, scratch, ignore=shutil.ignore_patterns("build"))
    missing: list[str] = []
    for area in tool.AREAS:
        out = scratch / f"{area}_uk.ts"
        subprocess.run(
            [
                str(tool.BIN / "pyside6-lupdate"),
                "-silent",
                "-locations",
                "none",
                "-no-obsolete",
                *tool.sources(area),
                "-ts",
                str(out),
            ],
            check=True,
        )
        new = _keys(out) - _keys(tool.ts_path(area, "uk"))
        missing += [f"{area}: {context}: {source!r}" for context, source, _ in sorted(new)]
    assert not missing, (
        "texts in the code but not in the .ts files (run scripts/translations.py update, then "
        "translate them):\n" + "\n".join(missing[:40])
    )


def _calls(path: Path) -> list[tuple[int, str, str]]:
    """(line, context, text) of each translation call with literal strings in ``path``:
    ``translate(ctx, text…)`` in any spelling, ``QT_TRANSLATE_NOOP(ctx, text)``, and
    ``self.tr(text…)`` in a class (its context the class's name)."""
    found: list[tuple[int, str, str]] = []

    def visit(node: ast.AST, cls: str | None) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.ClassDef):
                visit(child, child.name)
                continue
            if isinstance(child, ast.Call):
                func = child.func
                name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
                args = [a.value if isinstance(a, ast.Constant) else None for a in child.args]
                if name in {"translate", "QT_TRANSLATE_NOOP"} and len(args) >= 2:
                    if isinstance(args[0], str) and isinstance(args[1], str):
                        found.append((child.lineno, args[0], args[1]))
                elif (
                    name == "tr"
                    and cls is not None
                    and isinstance(func, ast.Attribute)
                    and isinstance(func.value, ast.Name)
                    and func.value.id == "self"
                    and args
                    and isinstance(args[0], str)
                ):
                    found.append((child.lineno, cls, args[0]))
            visit(child, cls)

    visit(ast.parse(path.read_text(encoding="utf-8")), None)
    return found


def test_every_translation_call_in_the_code_reached_its_ts_file() -> None:
    """pyside6-lupdate silently drops some calls (a count given as an expression:
    ``translate(ctx, "%n letters", None, len(rows))``): each call with literal words must be in
    its area's .ts, or its words never reach a translator."""
    missing: list[str] = []
    for area in tool.AREAS:
        known = {(c, src) for c, src, _ in _keys(tool.ts_path(area, "uk"))}
        for name in tool.sources(area):
            for line, context, text in _calls(Path(name)):
                if (context, text) not in known:
                    where = Path(name).relative_to(ROOT)
                    missing.append(f"{where}:{line}: {context}: {text[:60]!r}")
    assert not missing, (
        "translation calls lupdate did not extract (give a count as a plain variable: "
        "count = len(rows); translate(..., None, count)):\n" + "\n".join(missing[:40])
    )
