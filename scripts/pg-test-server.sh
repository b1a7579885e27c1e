#!/usr/bin/env bash
# A throw-away PostgreSQL server for the tests that run against a server database.
#
#   scripts/pg-test-server.sh start   start it (installing PostgreSQL first if needed, as root);
#                                     prints the SQLAlchemy URL of database ombuds_test on stdout
#   scripts/pg-test-server.sh url     print the URL of the running server
#   scripts/pg-test-server.sh env     print "export OMBUDS_DESK_TEST_PG_URL=…" (for eval)
#   scripts/pg-test-server.sh stop    stop it and delete its data
#
# One server per checkout (state under /tmp, keyed by the checkout's path), on the first free
# port from 54329, listening on 127.0.0.1 only, trusting local connections, fsync off.
# PostgreSQL refuses to run as root, so as root it runs as the user "postgres".
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
KEY="$(printf '%s' "$ROOT" | cksum | cut -d' ' -f1)"
STATE="${OMBUDS_DESK_PG_STATE:-/tmp/ombuds-desk-pg-$KEY}"
DB_NAME=ombuds_test
FIRST_PORT="${OMBUDS_DESK_PG_PORT:-54329}"

log() { echo "pg-test-server: $*" >&2; }

find_bin() {
    if [[ -n "${PG_BIN:-}" && -x "$PG_BIN/pg_ctl" ]]; then echo "$PG_BIN"; return 0; fi
    if [[ -x /usr/lib/postgresql/15/bin/pg_ctl ]]; then echo /usr/lib/postgresql/15/bin; return 0; fi
    local found
    found="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
    if [[ -n "$found" && -x "$found/pg_ctl" ]]; then echo "$found"; return 0; fi
    return 1
}

ensure_bin() {
    if find_bin >/dev/null; then find_bin; return 0; fi
    if [[ "$(id -u)" -ne 0 ]]; then
        log "PostgreSQL is not installed (looked in /usr/lib/postgresql/*/bin); install postgresql-15"
        return 1
    fi
    log "installing PostgreSQL with apt-get"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >&2
    apt-get install -y -qq postgresql-15 >&2 || apt-get install -y -qq postgresql >&2
    find_bin
}

# Run a command as the server's owner: "postgres" when we are root, else ourselves.
as_owner() {
    if [[ "$(id -u)" -eq 0 ]]; then
        id postgres >/dev/null 2>&1 || useradd --system --home-dir /var/lib/postgresql \
            --shell /bin/bash postgres
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

url() { echo "postgresql+psycopg://postgres@127.0.0.1:$(cat "$STATE/port")/$DB_NAME"; }

running() {
    [[ -f "$STATE/port" && -d "$STATE/data" ]] || return 1
    local bin
    bin="$(find_bin)" || return 1
    as_owner "$bin/pg_ctl" -D "$STATE/data" status >/dev/null 2>&1
}

start() {
    local bin port
    if running; then url; return 0; fi
    bin="$(ensure_bin)"
    rm -rf "$STATE"
    mkdir -p "$STATE"
    port="$FIRST_PORT"
    while port_in_use "$port"; do
        port=$((port + 1))
        if ((port > FIRST_PORT + 100)); then log "no free port from $FIRST_PORT"; return 1; fi
    done
    echo "$port" >"$STATE/port"
    [[ "$(id -u)" -eq 0 ]] && chown -R postgres: "$STATE"
    as_owner "$bin/initdb" -D "$STATE/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 \
        >"$STATE/initdb.log" 2>&1 || as_owner "$bin/initdb" -D "$STATE/data" -U postgres \
        --auth=trust -E UTF8 --no-locale >"$STATE/initdb.log" 2>&1 || {
        log "initdb failed:"; cat "$STATE/initdb.log" >&2; return 1
    }
    as_owner "$bin/pg_ctl" -D "$STATE/data" -l "$STATE/server.log" -w -t 60 start \
        -o "-p $port -k $STATE -c listen_addresses=127.0.0.1 -c fsync=off \
            -c synchronous_commit=off -c full_page_writes=off -c max_connections=100" \
        >/dev/null || { log "the server did not start:"; cat "$STATE/server.log" >&2; return 1; }
    as_owner "$bin/createdb" -h 127.0.0.1 -p "$port" -U postgres "$DB_NAME"
    log "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port"
    url
}

stop() {
    local bin
    if [[ -d "$STATE/data" ]] && bin="$(find_bin)"; then
        as_owner "$bin/pg_ctl" -D "$STATE/data" -m fast -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$STATE"
}

case "${1:-}" in
    start) start ;;
    stop) stop ;;
    url) running && url ;;
    env) running && echo "export OMBUDS_DESK_TEST_PG_URL=$(url)" ;;
    *) echo "usage: $0 start|stop|url|env" >&2; exit 2 ;;
esac
