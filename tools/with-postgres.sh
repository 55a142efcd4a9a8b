#!/usr/bin/env bash
# Runs a command beside a throwaway PostgreSQL cluster on 127.0.0.1, then stops the cluster,
# also when the command fails. The cluster trusts the admin role "postgres" and asks the role
# "md_password" for a password, so tests can try a wrong one. md_password may create databases and
# roles, as a shared site's owner does (it makes the site's groups and its people's login roles).
#
#   tools/with-postgres.sh ctest --test-dir build/dev
#
# Exports for the command: MODERATION_TEST_PG_URL, MODERATION_TEST_PG_PASSWORD_URL,
# MODERATION_TEST_PG_PASSWORD.
set -euo pipefail

PGBIN=${PGBIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)}
if [ -z "$PGBIN" ] || [ ! -x "$PGBIN/initdb" ]; then
    echo "with-postgres: PostgreSQL server binaries not found (Debian package: postgresql)" >&2
    exit 3
fi
PORT=${MODERATION_TEST_PG_PORT:-55432}
while (exec 3<>/dev/tcp/127.0.0.1/$PORT) 2>/dev/null; do PORT=$((PORT + 1)); done

DIR=$(mktemp -d /tmp/md-pg.XXXXXX)
chmod 755 "$DIR"
if [ "$(id -u)" = 0 ]; then
    # initdb refuses to run as root: the cluster belongs to the postgres user.
    chown postgres: "$DIR"
    AS_PG=(runuser -u postgres --)
else
    AS_PG=()
fi

stop_cluster() {
    "${AS_PG[@]}" "$PGBIN/pg_ctl" -D "$DIR/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$DIR"
}
trap stop_cluster EXIT

"${AS_PG[@]}" "$PGBIN/initdb" -D "$DIR/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >"$DIR/initdb.log" 2>&1 \
    || { cat "$DIR/initdb.log" >&2; exit 3; }
# Password authentication for every role but the admin.
cat >"$DIR/data/pg_hba.conf" <<HBA
local all postgres trust
host  all postgres 127.0.0.1/32 trust
host  all all      127.0.0.1/32 scram-sha-256
HBA
"${AS_PG[@]}" "$PGBIN/pg_ctl" -D "$DIR/data" -l "$DIR/server.log" -w \
    -o "-c listen_addresses=127.0.0.1 -p $PORT -k $DIR -c fsync=off -c full_page_writes=off -c synchronous_commit=off -c max_connections=200" \
    start >/dev/null || { cat "$DIR/server.log" >&2; exit 3; }

PASSWORD="md-test-$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')"
"${AS_PG[@]}" "$PGBIN/psql" -h "$DIR" -p "$PORT" -U postgres -q -v ON_ERROR_STOP=1 \
    -c "CREATE ROLE md_password LOGIN CREATEDB CREATEROLE PASSWORD '$PASSWORD'" >/dev/null

export MODERATION_TEST_PG_URL="postgresql://postgres@127.0.0.1:$PORT/postgres"
export MODERATION_TEST_PG_PASSWORD_URL="postgresql://md_password@127.0.0.1:$PORT/postgres"
export MODERATION_TEST_PG_PASSWORD="$PASSWORD"
echo "with-postgres: PostgreSQL $("$PGBIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$PORT" >&2

set +e
"$@"
status=$?
set -e
exit $status
