#!/usr/bin/env bash
# Run a command against a throwaway PostgreSQL server of its own:
#
#     scripts/with_postgres.sh make test-postgres
#     scripts/with_postgres.sh .venv/bin/python -m pytest tests/apps/rounds
#
# Creates a cluster in a temporary folder (initdb), starts it on a free port on 127.0.0.1 only,
# creates a role with CREATEDB (Django creates and drops its test database) and a database,
# exports DATABASE_URL, runs the command, then stops the server and removes the folder — also
# when the command fails or is interrupted. Nothing outside the temporary folder is touched, so
# it neither needs nor disturbs a PostgreSQL service on the machine.
#
# Needs the PostgreSQL server binaries (Debian: apt-get install postgresql). As root the server
# runs as the `postgres` user (PostgreSQL refuses to run as root), otherwise as the caller.
# Durability is switched off (fsync, synchronous_commit, full_page_writes): the data is thrown
# away afterwards, and tests run faster without it.
set -euo pipefail

if [ "$#" -eq 0 ]; then
    echo "usage: $0 COMMAND [ARGS...]" >&2
    exit 2
fi

pg_bin() {
    if [ -n "${PG_BIN:-}" ]; then
        echo "$PG_BIN"
        return
    fi
    if command -v pg_config >/dev/null 2>&1 && [ -x "$(pg_config --bindir)/initdb" ]; then
        pg_config --bindir
        return
    fi
    # Debian keeps the server binaries out of PATH, one folder per major version: take the newest.
    local found
    found=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
    if [ -n "$found" ] && [ -x "$found/initdb" ]; then
        echo "$found"
        return
    fi
    if command -v initdb >/dev/null 2>&1; then
        dirname "$(command -v initdb)"
        return
    fi
    echo "PostgreSQL server binaries not found (apt-get install postgresql, or set PG_BIN)" >&2
    exit 1
}

BIN_DIR=$(pg_bin)
PORT=${PG_PORT:-$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')}
ROOT=$(mktemp -d "${TMPDIR:-/tmp}/netwerkkaart-pg.XXXXXX")
DATA="$ROOT/data"
DB_USER=netwerkkaart
DB_NAME=netwerkkaart
DB_PASSWORD=netwerkkaart-ci

if [ "$(id -u)" -eq 0 ]; then
    chown postgres: "$ROOT"
    as_server() { runuser -u postgres -- "$@"; }
else
    as_server() { "$@"; }
fi

stop() {
    local status=$?
    if [ -f "$DATA/postmaster.pid" ]; then
        as_server "$BIN_DIR/pg_ctl" -D "$DATA" -m fast -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$ROOT"
    exit "$status"
}
trap stop EXIT
trap 'exit 130' INT TERM

as_server "$BIN_DIR/initdb" -D "$DATA" -U postgres --auth=trust --encoding=UTF8 \
    --locale=C.UTF-8 >"$ROOT/initdb.log" 2>&1 || {
    cat "$ROOT/initdb.log" >&2
    exit 1
}
if ! as_server "$BIN_DIR/pg_ctl" -D "$DATA" -l "$ROOT/server.log" -w -t 60 start \
    -o "-p $PORT -c listen_addresses=127.0.0.1 -k $ROOT -c fsync=off \
        -c synchronous_commit=off -c full_page_writes=off -c max_connections=50" >/dev/null; then
    cat "$ROOT/server.log" >&2
    exit 1
fi
"$BIN_DIR/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PORT" -U postgres -d postgres \
    -c "CREATE ROLE $DB_USER LOGIN CREATEDB PASSWORD '$DB_PASSWORD'" \
    -c "CREATE DATABASE $DB_NAME OWNER $DB_USER"

export DATABASE_URL="postgresql://$DB_USER:$DB_PASSWORD@127.0.0.1:$PORT/$DB_NAME"
echo "PostgreSQL $("$BIN_DIR/postgres" --version | sed "s/^postgres (PostgreSQL) //; s/ .*//") on 127.0.0.1:$PORT ($DATA)"
"$@"
