/**
 * Runs once when the server starts: stamp each request with its socket's address (for the sign-in limits), check
 * the configuration before the first request (a wrong DATABASE_URL, PORT, SITE_URL, TRUSTED_PROXIES or
 * CACHE_MEMORY_MB stops the server with a clear message instead of a broken page later), then start the background
 * jobs: the breaking-news watcher that keeps cached pages' banners current, and the clock that publishes scheduled
 * articles and deletes expired sessions.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  // First, so requests after this one carry the address of their socket (sign-in limits need it; decision 023).
  const { stampPeerAddresses } = await import("./lib/server/client-address");
  stampPeerAddresses();
  const { config, ConfigError } = await import("./lib/config");
  // The cache handler reads CACHE_MEMORY_MB on the first request: a wrong value is said here, before any.
  const { cacheMemoryBytes } = await import("./lib/cache/memory-budget.mjs");
  try {
    config();
    try {
      cacheMemoryBytes();
    } catch (err) {
      throw new ConfigError(`Dispatch cannot start: invalid configuration\n  ${err instanceof Error ? err.message : err}`);
    }
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      process.exit(1);
    }
    throw err;
  }
  if (process.env.NEXT_PHASE === "phase-production-build") return;

  const { db } = await import("./lib/db/connection");
  const { revalidateViaLoopback } = await import("./lib/server/loopback");
  const { startBreakingWatcher } = await import("./lib/breaking/watcher");
  const { startClock } = await import("./lib/jobs/clock");
  const { BREAKING_TAG } = await import("./lib/breaking/tag");
  startBreakingWatcher({ intervalMs: 2000, onChange: () => revalidateViaLoopback([BREAKING_TAG]), expireAgain: true });
  // Publishing is a write like any other: its tags are expired at once and again a moment later.
  startClock({ getDb: db, intervalMs: 5000, onPublished: (tags) => revalidateViaLoopback(tags, { again: true }) });
}
