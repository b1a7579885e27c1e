"""What a release is made of: one version everywhere, its CHANGELOG entry, pre-commit hooks
that run what `make test` runs, and the packaging's files present."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

from ombuds_desk import __version__
from ombuds_desk.cli import main

ROOT = Path(__file__).resolve().parents[1]


def test_the_version_has_one_source() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert "version" not in project["project"]
    assert "version" in project["project"]["dynamic"]
    dynamic = project["tool"]["setuptools"]["dynamic"]["version"]
    assert dynamic == {"attr": "ombuds_desk.__version__"}
    assert re.fullmatch(r"\d+\.\d+\.\d+", __version__)


def test_version_on_the_command_line(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as ended:
        main(["--version"])
    assert ended.value.code == 0
    assert capsys.readouterr().out.strip() == f"ombuds-desk {__version__}"


def test_changelog_has_an_entry_for_this_version() -> None:
    text = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    releases = re.findall(r"^## (\S+)(?: - (\d{4}-\d{2}-\d{2}))?$", text, re.M)
    assert releases[0] == ("Unreleased", "")
    version, day = releases[1]
    assert version == __version__ and day, "the newest release entry is this version, dated"
    assert "### Added" in text


def test_pre_commit_runs_what_make_test_runs() -> None:
    hooks = (ROOT / ".pre-commit-config.yaml").read_text(encoding="utf-8")
    make_test = (ROOT / "scripts" / "test.sh").read_text(encoding="utf-8")
    for in_make, in_hook in (
        ('"$BIN/ruff" check .', '/bin/ruff" check --force-exclude'),
        ('"$BIN/ruff" format --check .', '/bin/ruff" format --check --force-exclude'),
        ('"$BIN/mypy"', "/bin/mypy\"' --"),
    ):
        assert in_make in make_test, f"make test no longer runs {in_make}: update the hooks"
        assert in_hook in hooks, f"no pre-commit hook runs {in_hook}"
    # mypy over the whole configured tree, as make test runs it, not the staged files only.
    mypy_hook = hooks[hooks.index("id: mypy") :]
    assert "pass_filenames: false" in mypy_hook


def test_the_bundle_takes_what_the_program_reads() -> None:
    spec = (ROOT / "packaging" / "ombuds-desk.spec").read_text(encoding="utf-8")
    for folder in (
        "resources/fonts",
        "resources/translations",
        "ombuds_desk/store/migrations",
        "docs/guide",
        "packaging/icons",
    ):
        assert f'"{folder}"' in spec, f"the spec does not bundle {folder}"
        assert (ROOT / folder).is_dir()
    assert (
        'collect_submodules(\n        "ombuds_desk"' in spec
        or 'collect_submodules("ombuds_desk"' in spec
    )
    assert "scripts/translations.py release" in spec  # the .qm files are built, never committed


def test_the_desktop_entry_and_its_icons() -> None:
    entry = (ROOT / "packaging" / "ombuds-desk.desktop").read_text(encoding="utf-8")
    assert "\nIcon=ombuds-desk\n" in entry and "\nExec=ombuds-desk\n" in entry
    icons = ROOT / "packaging" / "icons"
    assert (icons / "ombuds-desk.svg").is_file() and (icons / "ombuds-desk.ico").is_file()
    for size in (16, 32, 48, 64, 128, 256, 512):
        png = (icons / f"ombuds-desk-{size}.png").read_bytes()
        assert png[:8] == b"\x89PNG\r\n\x1a\n"
        width, height = int.from_bytes(png[16:20], "big"), int.from_bytes(png[20:24], "big")
        assert (width, height) == (size, size)
