#!/usr/bin/env bash
# The production stage of CI (`make production-check`): the README's "Running in production",
# run as written, on a throwaway PostgreSQL database and one Redis database, with a local SMTP
# server; then tests/production/check_deployment.py looks at the site over HTTP. The three
# README blocks (environment, deploy, services) are read out of README.md by
# tests/production/readme.py, so the README and what CI runs cannot drift apart. Everything started here is stopped on exit.
set -euo pipefail
set -m  # each background service gets its own process group, stopped as a whole
cd "$(dirname "$0")/.."
ROOT="$PWD"
export PATH="$ROOT/.venv/bin:$PATH"  # the virtual environment `make install` made, as if activated

PG_HOST="${PG_HOST:-127.0.0.1}"
PG_PORT="${PG_PORT:-5432}"
PG_USER="${PG_USER:-postgres}"
REDIS_DB="${PRODUCTION_CHECK_REDIS_DB:-15}"
DB_NAME="ngosite_production_$$_$(date +%s)"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/ngosite-production.XXXXXX")"
SERVICE_PIDS=()
STARTED=$SECONDS

say() { printf '%s\n' "$*"; }
fail() {
    say "production check FAILED: $*" >&2
    exit 1
}
flush_redis() {
    python -c "import redis, sys; redis.Redis(host='127.0.0.1', port=6379, db=int(sys.argv[1])).flushdb()" \
        "$REDIS_DB"
}
free_port() {
    python -c "import socket; s = socket.socket(); s.bind(('127.0.0.1', 0)); print(s.getsockname()[1])"
}

stop_services() {  # TERM to each service's process group; KILL what is left after 10 s
    for pid in "${SERVICE_PIDS[@]}"; do kill -TERM -- "-$pid"; done
    for pid in "${SERVICE_PIDS[@]}"; do
        for _ in $(seq 1 50); do kill -0 -- "-$pid" || break; sleep 0.2; done
        kill -KILL -- "-$pid"
        wait "$pid"
    done
}

cleanup() {
    local status=$?
    set +e
    stop_services 2>/dev/null  # without the shell's "Terminated" notices
    if [ "$status" != 0 ]; then
        for log in "$WORK"/*.log; do
            [ -f "$log" ] || continue
            say "---- $(basename "$log") (last 60 lines) ----" >&2
            tail -n 60 "$log" >&2
        done
    fi
    psql -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d postgres -q \
        -c "DROP DATABASE IF EXISTS \"$DB_NAME\" WITH (FORCE);" >/dev/null 2>&1
    flush_redis >/dev/null 2>&1
    rm -rf "$WORK"
    if [ "$status" = 0 ]; then
        say "== production check passed in $((SECONDS - STARTED)) s; services stopped, database dropped, Redis database $REDIS_DB flushed =="
    fi
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

say "== The README's production section on PostgreSQL ($DB_NAME) and Redis database $REDIS_DB =="
pg_isready -h "$PG_HOST" -p "$PG_PORT" -q || fail "PostgreSQL does not answer on $PG_HOST:$PG_PORT"
python -c "import redis; redis.Redis(host='127.0.0.1', port=6379).ping()" 2>/dev/null ||
    fail "Redis does not answer on 127.0.0.1:6379"
psql -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d postgres -q -c "CREATE DATABASE \"$DB_NAME\";" ||
    fail "could not create the database $DB_NAME"
flush_redis  # a previous run's cache must not answer for this database

PORT="$(free_port)"
SMTP_PORT="$(free_port)"
export PORT
# The README's environment block, with this run's values. DJANGO_SETTINGS_MODULE is unset so
# that the README's own `export` is what chooses the production settings.
unset DJANGO_SETTINGS_MODULE TASKS_BACKEND DEBUG
export SECRET_KEY
SECRET_KEY="$(python -c 'import secrets; print(secrets.token_urlsafe(50))')"
export ALLOWED_HOSTS="127.0.0.1,localhost"
export DATABASE_URL="postgres://$PG_USER@$PG_HOST:$PG_PORT/$DB_NAME"
export REDIS_URL="redis://127.0.0.1:6379/$REDIS_DB"
export EMAIL_BACKEND="django.core.mail.backends.smtp.EmailBackend"
export EMAIL_HOST="127.0.0.1"
export EMAIL_PORT="$SMTP_PORT"
export WAGTAILADMIN_BASE_URL="https://127.0.0.1:$PORT"
export CLIENT_IP_HEADER="X-Real-IP"
# Not in the README (their defaults are the project's folders): kept out of the work tree here.
export STATIC_ROOT="$WORK/static" MEDIA_ROOT="$WORK/media"
# gunicorn's control socket ($XDG_RUNTIME_DIR/gunicorn.ctl) too, apart from any other gunicorn.
export XDG_RUNTIME_DIR="$WORK"
for name in $(python -m tests.production.readme names); do
    [ -n "${!name:-}" ] || fail "the README's environment names $name, which this script does not set"
done
say "environment: $(python -m tests.production.readme names | tr '\n' ' ')"

say "-- a local SMTP server (aiosmtpd) on port $SMTP_PORT, writing to a Maildir"
python -m aiosmtpd -n -l "127.0.0.1:$SMTP_PORT" -c aiosmtpd.handlers.Mailbox "$WORK/mail" \
    </dev/null >"$WORK/smtp.log" 2>&1 &
SERVICE_PIDS+=("$!")

say "-- the README's deployment block"
while IFS= read -r line; do
    say "\$ $line"
    step_started=$SECONDS
    eval "$line" </dev/null >>"$WORK/deploy.log" 2>&1 || fail "'$line' failed (its output is below)"
    say "  ok in $((SECONDS - step_started)) s"
done < <(python -m tests.production.readme deploy)
[ "${DJANGO_SETTINGS_MODULE:-}" = "ngosite.settings.production" ] ||
    fail "the README's deployment block did not choose ngosite.settings.production"

say "-- the README's services, in the background (gunicorn on port $PORT)"
number=0
while IFS= read -r line; do
    number=$((number + 1))
    say "\$ $line &"
    eval "$line" </dev/null >"$WORK/service-$number.log" 2>&1 &
    SERVICE_PIDS+=("$!")
done < <(python -m tests.production.readme services)

say "-- checking the site over HTTP"
python -m tests.production.check_deployment --base-url "http://127.0.0.1:$PORT" --maildir "$WORK/mail" ||
    fail "the deployed site did not pass (the failed checks are listed above)"
for pid in "${SERVICE_PIDS[@]}"; do
    kill -0 "$pid" 2>/dev/null || fail "a service stopped while the site was being checked"
done
