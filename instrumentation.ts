/**
 * Runs once when the server starts: check the configuration before the first request, so a wrong
 * DATABASE_URL, PORT or SITE_URL stops the server with a clear message instead of a broken page later.
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
}
