/**
 * Runs once when the server starts: check the configuration before the first request (a wrong DATABASE_URL,
 * PORT or SITE_URL stops the server with a clear message instead of a broken page later), then start the
 * breaking-news watcher that keeps cached pages' banners current.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { config, ConfigError } = await import("./lib/config");
  try {
    config();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      process.exit(1);
    }
    throw err;
  }
  if (process.env.NEXT_PHASE === "phase-production-build") return;

  const { startBreakingWatcher } = await import("./lib/breaking/watcher");
  const { refreshToken } = await import("./lib/breaking/refresh-token");
  startBreakingWatcher({
    intervalMs: 2000,
    // Tags can only be revalidated inside a request, so the watcher asks this server over loopback. `next start`
    // puts the port it actually listens on in process.env.PORT, whether it came from -p or from PORT.
    onChange: async () => {
      const port = process.env.PORT ?? String(config().port);
      const res = await fetch(`http://127.0.0.1:${port}/api/breaking/refresh`, {
        method: "POST",
        headers: { "x-dispatch-refresh": refreshToken() },
      });
      if (!res.ok) throw new Error(`refresh answered ${res.status}`);
    },
  });
}
