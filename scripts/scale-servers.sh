#!/usr/bin/env bash
# Several production instances of Dispatch sharing one database and one Redis, with nginx (deploy/nginx.conf) in
# front: the e2e-scale suite's servers (playwright.scale.config.ts), and a way to run scale-out by hand.
# Everything comes from the environment:
#
#   SCALE_PORTS       ports of the instances, in order              (default "3121 3122")
#   SCALE_NGINX_PORT  nginx's port in front of them; empty for none  (default 3120)
#   DATABASE_URL      the one database they share                    (default file:./data/scale.db)
#                     postgres://…/dispatch_scale_…: created afresh here and dropped when this script stops
#                     (only names starting dispatch_scale; any other PostgreSQL database needs SCALE_KEEP_DB=1)
#   REDIS_URL         the shared cache; set it empty for none        (default redis://127.0.0.1:6379)
#   NEXT_DIST_DIR     the one build they all run                     (default .next-scale)
#   SITE_URL          the public origin all of them render links for (default nginx, else the first instance)
#   SCALE_SKIP_BUILD  1 to start the existing build instead of building again
#   SCALE_KEEP_DB     1 to keep the database (and its cached pages) instead of starting from the demo content
#
# Builds once, prepares the database, starts every instance and nginx, waits until each answers /api/health, then
# stays in the foreground until stopped (Ctrl-C or SIGTERM), stopping everything it started.
set -euo pipefail
cd "$(dirname "$0")/.."

read -r -a PORTS <<< "${SCALE_PORTS:-3121 3122}"
NGINX_PORT="${SCALE_NGINX_PORT-3120}"
export DATABASE_URL="${DATABASE_URL:-file:./data/scale.db}"
export REDIS_URL="${REDIS_URL-redis://127.0.0.1:6379}"
export NEXT_DIST_DIR="${NEXT_DIST_DIR:-.next-scale}"
if [ -n "$NGINX_PORT" ]; then DEFAULT_SITE="http://127.0.0.1:$NGINX_PORT"; else DEFAULT_SITE="http://127.0.0.1:${PORTS[0]}"; fi
export SITE_URL="${SITE_URL:-$DEFAULT_SITE}"
export BREAKING_POLL_SECONDS="${BREAKING_POLL_SECONDS:-5}"
export NEXT_TELEMETRY_DISABLED=1

IS_PG=0
[[ "$DATABASE_URL" == postgres://* || "$DATABASE_URL" == postgresql://* ]] && IS_PG=1
DROP_DB=0
PIDS=()
stop_all() {
  trap - EXIT INT TERM
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  [ "$DROP_DB" = 0 ] || npx tsx scripts/scale-db.ts drop "$DATABASE_URL" || true
}
trap stop_all EXIT
trap 'exit 143' INT TERM

if [ "${SCALE_KEEP_DB:-}" != 1 ]; then
  if [[ "$DATABASE_URL" == file:* ]]; then
    DB="${DATABASE_URL#file:}"
    echo "scale: fresh SQLite database $DB"
    rm -f "$DB" "$DB-wal" "$DB-shm" "$DB-journal"
  fi
  if [ "$IS_PG" = 1 ]; then
    DROP_DB=1
    npx tsx scripts/scale-db.ts reset "$DATABASE_URL"
  fi
  npx tsx scripts/db-setup.ts
fi

if [ "${SCALE_SKIP_BUILD:-}" != 1 ] || [ ! -f "$NEXT_DIST_DIR/BUILD_ID" ]; then
  echo "scale: production build into $NEXT_DIST_DIR"
  rm -rf "$NEXT_DIST_DIR"
  npx next build
fi
# Pages cached by an earlier run of this build came from an earlier database.
[ -z "$REDIS_URL" ] || [ "${SCALE_KEEP_DB:-}" = 1 ] || npx tsx scripts/scale-cache-reset.ts "$NEXT_DIST_DIR"

for port in "${PORTS[@]}"; do
  echo "scale: instance on 127.0.0.1:$port (cache: ${REDIS_URL:-own memory})"
  # Each instance's lines are prefixed with its port; $! is the server itself, not the prefixing filter.
  PORT="$port" node node_modules/next/dist/bin/next start -p "$port" -H 127.0.0.1 > >(sed -u "s/^/[$port] /") 2>&1 &
  PIDS+=("$!")
done

for port in "${PORTS[@]}"; do
  for _ in $(seq 1 120); do
    curl -fs -o /dev/null "http://127.0.0.1:$port/api/health" && break
    sleep 0.5
  done
  curl -fsS "http://127.0.0.1:$port/api/health" > /dev/null || { echo "scale: instance on $port did not come up"; exit 1; }
done
echo "scale: ${#PORTS[@]} instances up: ${PORTS[*]}"

if [ -n "$NGINX_PORT" ]; then
  NGINX="${NGINX_BIN:-$(command -v nginx || echo /usr/sbin/nginx)}"
  PREFIX="$(npx tsx scripts/scale-nginx.ts "$NGINX_PORT" "${PORTS[@]}")"
  echo "scale: nginx on 127.0.0.1:$NGINX_PORT in front of them (deploy/nginx.conf, prefix $PREFIX)"
  "$NGINX" -p "$PREFIX/" -c "$PREFIX/nginx.conf" -e stderr -g "daemon off;" > >(sed -u "s/^/[nginx] /") 2>&1 &
  PIDS+=("$!")
  for _ in $(seq 1 40); do
    curl -fs -o /dev/null "http://127.0.0.1:$NGINX_PORT/api/health" && break
    sleep 0.25
  done
  curl -fsS "http://127.0.0.1:$NGINX_PORT/api/health" > /dev/null || { echo "scale: nginx on $NGINX_PORT did not come up"; exit 1; }
  echo "scale: nginx up: $SITE_URL"
fi
wait -n "${PIDS[@]}"
echo "scale: an instance or nginx stopped; stopping the others"
exit 1
