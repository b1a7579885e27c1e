#!/usr/bin/env bash
# Build the Linux one-folder bundle (dist/ombuds-desk/) in a clean virtualenv, then start the
# bundled executable offscreen: build a demo database, print a case sheet and check the PDF's
# text and metadata. Prints how long each step took.
#
#     scripts/build_bundle.sh            # build/bundle-venv, dist/ombuds-desk
#     SKIP_VENV=1 scripts/build_bundle.sh    # reuse the virtualenv of a previous run
#     SMOKE_ONLY=1 scripts/build_bundle.sh   # only start the bundle already built
#
# The virtualenv holds the application's dependencies and PyInstaller only (no test tools),
# so nothing else ends up in the bundle. PYTHON picks the interpreter (3.11 or newer).
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
PYTHON="${PYTHON:-python3}"
VENV="build/bundle-venv"
BIN="$PWD/$VENV/bin"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

now() { date +%s.%N; }
lap() { awk -v s="$2" -v e="$(now)" -v n="$1" 'BEGIN { printf "%-28s %6.1f s\n", n, e - s }'; }

start=$(now)
if [[ -n "${SMOKE_ONLY:-}" ]]; then
    :
elif [[ -z "${SKIP_VENV:-}" || ! -x "$BIN/pyinstaller" ]]; then
    t=$(now)
    rm -rf "$VENV"
    "$PYTHON" -m venv "$VENV"
    "$BIN/python" -m pip install --quiet --upgrade pip
    "$BIN/python" -m pip install --quiet . "pyinstaller>=6.10"
    lap "virtualenv and install" "$t"
fi

if [[ -z "${SMOKE_ONLY:-}" ]]; then
t=$(now)
"$BIN/python" scripts/translations.py release
lap "translations (.qm)" "$t"

t=$(now)
# The worktree's code, not a copy installed in the virtualenv (only its dependencies count).
PYTHONPATH="$PWD" "$BIN/pyinstaller" --noconfirm --clean --log-level WARN \
    --distpath dist --workpath build/pyinstaller packaging/ombuds-desk.spec
lap "pyinstaller" "$t"
fi
echo "bundle: dist/ombuds-desk, $(du -sh dist/ombuds-desk | cut -f1)"

# The smoke test: the bundled executable, run from outside the source tree, on a fresh demo.
EXE="$PWD/dist/ombuds-desk/ombuds-desk"
export QT_QPA_PLATFORM=offscreen
cd "$WORK"
t=$(now)
"$EXE" --version
"$EXE" demo --db demo.sqlite3 --persons 40 >demo.log
lap "bundle: demo database" "$t"
CASE=$("$BIN/python" - <<'PY'
import sqlite3
row = sqlite3.connect("demo.sqlite3").execute(
    "SELECT case_number FROM person ORDER BY id LIMIT 1").fetchone()
print(row[0])
PY
)
t=$(now)
"$EXE" print case-sheet "$CASE" --db demo.sqlite3 -o sheet.pdf
lap "bundle: print case sheet" "$t"
t=$(now)
"$EXE" --lang uk print case-sheet "$CASE" --db demo.sqlite3 -o sheet-uk.pdf
lap "bundle: print in Ukrainian" "$t"

# The window too: it must come up (Qt's plugins, the fonts, the translations) and keep
# running; `timeout` ending it after 20 s (status 124) is the success.
t=$(now)
status=0
timeout 20 "$EXE" --demo --db demo.sqlite3 --lang uk >window.log 2>&1 || status=$?
if [[ $status -ne 124 ]]; then
    echo "build_bundle: the bundled window ended by itself (status $status):" >&2
    cat window.log >&2
    exit 1
fi
if grep -q "Traceback" window.log; then
    echo "build_bundle: the bundled window raised an error:" >&2
    cat window.log >&2
    exit 1
fi
lap "bundle: window ran 20 s" "$t"

# What a caseworker would read: the case's number and name, the sheet's headings; and the
# version in the PDF's metadata (reports/page.py writes it from ombuds_desk.__version__).
"$BIN/python" - "$CASE" "$("$EXE" --version | cut -d' ' -f2)" <<'PY'
import sqlite3
import subprocess
import sys

from pypdf import PdfReader

case, version = sys.argv[1], sys.argv[2]
(name,) = sqlite3.connect("demo.sqlite3").execute(
    "SELECT family_name FROM person WHERE case_number = ?", (case,)
).fetchone()
for pdf in ("sheet.pdf", "sheet-uk.pdf"):
    reader = PdfReader(pdf)
    text = subprocess.run(
        ["pdftotext", "-layout", pdf, "-"], capture_output=True, text=True, check=True
    ).stdout
    for wanted in (case, name):
        assert wanted in text, f"{pdf}: {wanted!r} is not in its text"
    meta = reader.metadata or {}
    stamped = any(version in str(meta.get(key, "")) for key in ("/Creator", "/Producer"))
    print(f"{pdf}: {len(reader.pages)} page(s); {case} and {name} in the text; "
          f"title {meta.get('/Title')!r}; version {version} in the metadata: "
          f"{'yes' if stamped else 'NO'} (creator {meta.get('/Creator')!r})")
print("sheet.pdf, first lines:")
print("\n".join(subprocess.run(["pdftotext", "-l", "1", "sheet.pdf", "-"],
                               capture_output=True, text=True).stdout.splitlines()[:12]))
PY
lap "total" "$start"
