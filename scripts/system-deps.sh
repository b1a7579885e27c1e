#!/usr/bin/env bash
# System packages the tests need beyond Python: PostgreSQL 15 (the server-database tests) and
# poppler-utils (pdftotext, pdftoppm: reading back printed PDFs). As root, installs what is
# missing with apt-get; otherwise only says what is missing.
set -euo pipefail

missing=()
ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1 || missing+=(postgresql-15)
command -v pdftotext >/dev/null 2>&1 && command -v pdftoppm >/dev/null 2>&1 \
    || missing+=(poppler-utils)
((${#missing[@]} == 0)) && exit 0

if [[ "$(id -u)" -ne 0 ]] || ! command -v apt-get >/dev/null 2>&1; then
    echo "system-deps: missing ${missing[*]}; install them to run every test" >&2
    exit 0
fi
echo "system-deps: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >&2
if ! apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2; then
    # An older or newer Debian may not have postgresql-15: take its default PostgreSQL.
    apt-get install -y -qq --no-install-recommends "${missing[@]/postgresql-15/postgresql}" >&2
fi
