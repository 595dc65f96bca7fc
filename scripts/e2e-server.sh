#!/usr/bin/env bash
# The server the e2e suite runs against (started by playwright.config.ts): a fresh database with the demo
# content, a production build in its own dist dir (never the default .next others use), then `next start`.
set -euo pipefail
cd "$(dirname "$0")/.."

# E2E_PORT as in e2e/support/env.ts (3100 unless a parallel run needs another). Another port gets its own database
# and build folder too, so two suites can run side by side in one checkout.
PORT="${E2E_PORT:-3100}"
SUFFIX=""
[ "$PORT" = 3100 ] || SUFFIX="-$PORT"
DB="data/e2e$SUFFIX.db"
export DATABASE_URL="file:./$DB" SITE_URL="http://127.0.0.1:$PORT" NEXT_DIST_DIR=".next-e2e$SUFFIX" PORT
export NEXT_TELEMETRY_DISABLED=1
export BREAKING_POLL_SECONDS="${BREAKING_POLL_SECONDS:-5}"

echo "e2e-server: fresh database $DB"
rm -f "$DB" "$DB-wal" "$DB-shm" "$DB-journal"
npx tsx scripts/db-setup.ts
# Enough extra posts that every blog has several pages, so pagination is exercised end to end.
npx tsx scripts/generate-articles.ts 150 7

# The build prerenders pages from the database, and the data cache lives in the dist dir: start it clean so no
# page or cached query from an earlier database survives.
echo "e2e-server: production build into $NEXT_DIST_DIR"
rm -rf "$NEXT_DIST_DIR"
npx next build

echo "e2e-server: next start on 127.0.0.1:$PORT"
exec npx next start -p "$PORT" -H 127.0.0.1
