#!/usr/bin/env bash
# Starts a local PostgreSQL for the store's tests and exports HADATH_TEST_POSTGRES.
# Source it, so the export reaches the test run:   source .ci/postgres.sh
# Idempotent: installs the server only when missing, creates and starts the cluster only when needed, creates the
# role and database only when absent. Listens on localhost only. Needs root (CI and the dev machines run as root).
# Sets no shell options (it is sourced); returns non-zero, with a message, when a step fails.

hadath_postgres_setup() {
    local user=${HADATH_PG_USER:-hadath} password=${HADATH_PG_PASSWORD:-hadath} db=${HADATH_PG_DB:-hadath_test}
    if ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
        echo "postgres.sh: installing postgresql (apt-get)" >&2
        DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2 || return 1
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2 || return 1
    fi
    local version clusters state port
    version=$(ls /usr/lib/postgresql | sort -V | tail -1)
    clusters=$(pg_lsclusters -h)
    if [[ -z $(awk -v v="$version" '$1==v && $2=="main"' <<<"$clusters") ]]; then
        pg_createcluster "$version" main >&2 || return 1
        clusters=$(pg_lsclusters -h)
    fi
    state=$(awk -v v="$version" '$1==v && $2=="main" {print $4}' <<<"$clusters")
    port=$(awk -v v="$version" '$1==v && $2=="main" {print $3}' <<<"$clusters")
    if [[ $state != online* ]]; then
        pg_ctlcluster "$version" main start >&2 || return 1
    fi
    local i
    for i in $(seq 1 30); do
        runuser -u postgres -- pg_isready -q -h 127.0.0.1 -p "$port" && break
        sleep 1
    done
    runuser -u postgres -- psql -q -p "$port" -v ON_ERROR_STOP=1 >&2 <<SQL || return 1
DO \$\$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${user}') THEN
    CREATE ROLE ${user} LOGIN PASSWORD '${password}';
  END IF;
END \$\$;
SQL
    if [[ $(runuser -u postgres -- psql -p "$port" -tAc "SELECT 1 FROM pg_database WHERE datname = '${db}'") != 1 ]]; then
        runuser -u postgres -- createdb -p "$port" -O "$user" "$db" >&2 || return 1
    fi
    export HADATH_TEST_POSTGRES="postgres://${user}:${password}@127.0.0.1:${port}/${db}"
    echo "postgres.sh: HADATH_TEST_POSTGRES=${HADATH_TEST_POSTGRES}" >&2
}

hadath_postgres_setup
