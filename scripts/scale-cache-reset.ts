import fs from "node:fs";
import path from "node:path";
import { createRedisClient } from "../lib/cache/redis-client.mjs";
import { unlinkByPrefix } from "../lib/cache/shared-cache.mjs";

/**
 * Drops the shared cache of one build (the keys cache-handler.mjs writes under `dispatch:<BUILD_ID>:`), so a
 * fresh database is never shown through pages cached from an earlier one. Used by scripts/scale-servers.sh.
 * Usage: REDIS_URL=redis://… tsx scripts/scale-cache-reset.ts <dist dir>
 */
async function main() {
  const url = process.env.REDIS_URL;
  const dist = process.argv[2] ?? ".next";
  if (!url) return;
  const buildId = fs.readFileSync(path.join(dist, "BUILD_ID"), "utf8").trim();
  const client = createRedisClient(url, { timeoutMs: 5000 });
  await client.connect();
  try {
    await unlinkByPrefix(client, `dispatch:${buildId}:`);
    console.log(`scale: cleared the shared cache of build ${buildId}`);
  } finally {
    client.destroy();
  }
}

main().catch((err) => {
  console.error(`scale: could not clear the shared cache in Redis (${err?.message ?? err}); is REDIS_URL right and Redis up?`);
  process.exit(1);
});
