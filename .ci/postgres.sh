#!/usr/bin/env bash
# Install Debian's PostgreSQL, start a cluster (root-safe: the server runs as the postgres user),
# create a test user and database, and print the URL on the last line of stdout.
# Usage: export RASD_TEST_PG_URL="$(bash .ci/postgres.sh | tail -n 1)"
set -euo pipefail
log() { echo "postgres.sh: $*" >&2; }

if ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
    log "installing postgresql"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >&2
    apt-get install -y -qq postgresql >&2
fi
VERSION="$(ls /usr/lib/postgresql | sort -V | tail -n 1)"
CLUSTER=main
if ! pg_lsclusters -h 2>/dev/null | awk '{print $1" "$2}' | grep -qx "$VERSION $CLUSTER"; then
    pg_createcluster "$VERSION" "$CLUSTER" >&2
fi
if ! pg_lsclusters -h | awk -v v="$VERSION" -v c="$CLUSTER" '$1==v && $2==c {print $4}' | grep -q online; then
    pg_ctlcluster "$VERSION" "$CLUSTER" start >&2
fi
PORT="$(pg_lsclusters -h | awk -v v="$VERSION" -v c="$CLUSTER" '$1==v && $2==c {print $3}')"

DB_USER="${RASD_PG_USER:-rasd}"
DB_PASS="${RASD_PG_PASSWORD:-rasd}"
DB_NAME="${RASD_PG_DB:-rasd_test}"
psql_su() { su postgres -c "psql -p $PORT -v ON_ERROR_STOP=1 -qtAX $*" ; }
for _ in $(seq 1 30); do
    su postgres -c "pg_isready -q -p $PORT" && break
    sleep 1
done
if [ "$(psql_su "-c \"SELECT 1 FROM pg_roles WHERE rolname='$DB_USER'\"")" != "1" ]; then
    psql_su "-c \"CREATE ROLE $DB_USER LOGIN PASSWORD '$DB_PASS' CREATEDB\"" >&2
fi
if [ "$(psql_su "-c \"SELECT 1 FROM pg_database WHERE datname='$DB_NAME'\"")" != "1" ]; then
    psql_su "-c \"CREATE DATABASE $DB_NAME OWNER $DB_USER\"" >&2
fi
URL="postgresql+psycopg://$DB_USER:$DB_PASS@127.0.0.1:$PORT/$DB_NAME"
log "ready: $URL"
echo "$URL"
