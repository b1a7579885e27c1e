#!/usr/bin/env bash
# Every check of the project, as `make test` runs it: lint, format, layers, then the tests
# (two processes) with the types checked beside them, with a throw-away PostgreSQL server,
# stopped whatever happens. With the server's URL in OMBUDS_DESK_TEST_PG_URL every service
# test runs twice, on SQLite and on PostgreSQL (tests/services/conftest.py); without a server
# (not on CI) the PostgreSQL half is skipped. Runs every step even after a failure, and exits
# non-zero if any failed.
set -uo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
VENV="${VENV:-.venv}"
BIN="$VENV/bin"
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"

scripts/system-deps.sh || echo "test: could not install the system packages" >&2

trap 'scripts/pg-test-server.sh stop' EXIT
if PG_URL="$(scripts/pg-test-server.sh start)"; then
    export OMBUDS_DESK_TEST_PG_URL="$PG_URL"
    echo "test: PostgreSQL test database at $PG_URL"
elif [[ -n "${CI:-}" ]]; then
    echo "test: the PostgreSQL test server did not start" >&2
    exit 1
else
    echo "test: no PostgreSQL test server; its tests will be skipped" >&2
fi

failed=()
step() {
    local name="$1"
    shift
    echo "── $name: $*"
    "$@" || failed+=("$name")
}

step ruff "$BIN/ruff" check .
step format "$BIN/ruff" format --check .
step layers "$BIN/lint-imports"

# mypy runs beside the tests, not before them: on a clean clone it takes 35-40 s of one core,
# and the tests' two workers leave an eighth of the two cores idle (669 s of CPU in 385 s on
# 1 December: waiting for processes they started, for the server, for timers), where it
# fits. Its output is shown once the tests have finished.
mypy_log="$(mktemp)"
"$BIN/mypy" >"$mypy_log" 2>&1 &
mypy_pid=$!
# Two test processes on two cores (PYTEST_WORKERS chooses): three were slower on a clean
# clone here (12 min 8 s for the whole run against 11 min 4 s).
step pytest "$BIN/pytest" -n "${PYTEST_WORKERS:-2}" --dist loadgroup "$@"
echo "── mypy: $BIN/mypy"
wait "$mypy_pid" || failed+=(mypy)
cat "$mypy_log"
rm -f "$mypy_log"

if ((${#failed[@]})); then
    echo "test: FAILED: ${failed[*]}" >&2
    exit 1
fi
echo "test: every check passed"
