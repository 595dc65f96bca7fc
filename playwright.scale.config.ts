import { defineConfig } from "@playwright/test";
import { chromiumArgs, chromiumPath, ensureChromium } from "./e2e/support/chromium";
import {
  BREAKING_POLL_SECONDS,
  EDGE,
  NGINX_PORT,
  SCALE_DATABASE_URL,
  SCALE_DIST_DIR,
  SCALE_PORTS,
  SCALE_REDIS_URL,
  SCALE_SITE_URL,
} from "./e2e-scale/support/env";

/**
 * The scale-out suite: two production instances of one build sharing a PostgreSQL database and Redis, with
 * deploy/nginx.conf in front (scripts/scale-servers.sh), written through one and read through the other and
 * through nginx; the fault spec starts a world of its own on a private PostgreSQL and Redis that it stops and
 * starts. Part of `npm test`; alone:
 *   npx playwright test -c playwright.scale.config.ts
 * Instances, database, cache and ports come from the environment (see e2e-scale/support/env.ts).
 */

ensureChromium();

const CI = !!process.env.CI;

export default defineConfig({
  testDir: "e2e-scale",
  // One spec at a time: the instances and the CPU are shared, and the fault specs start servers of their own.
  workers: 1,
  fullyParallel: false,
  retries: CI ? 1 : 0,
  forbidOnly: CI,
  reporter: "list",
  timeout: 60_000,
  // Not test-results/: the main suite, run by others in the same checkout, empties that folder when it starts;
  // and one per set of ports, so two scale runs side by side (each on its own ports) keep their traces apart.
  outputDir: NGINX_PORT === 3120 ? "data/scale-test-results" : `data/scale-test-results-${NGINX_PORT}`,
  use: { trace: "retain-on-failure" },
  projects: [
    {
      name: "scale",
      use: { browserName: "chromium", viewport: { width: 1280, height: 800 }, launchOptions: { executablePath: chromiumPath, args: chromiumArgs } },
    },
  ],
  webServer: {
    command: "bash scripts/scale-servers.sh",
    // The script starts the instances, checks each, then nginx: nginx answering means all of them do.
    url: `${EDGE}/api/health`,
    env: {
      SCALE_PORTS: SCALE_PORTS.join(" "),
      SCALE_NGINX_PORT: String(NGINX_PORT),
      DATABASE_URL: SCALE_DATABASE_URL,
      REDIS_URL: SCALE_REDIS_URL,
      NEXT_DIST_DIR: SCALE_DIST_DIR,
      SITE_URL: SCALE_SITE_URL,
      BREAKING_POLL_SECONDS: String(BREAKING_POLL_SECONDS),
    },
    // One production build (one to three minutes on two cores), then the instances.
    timeout: 10 * 60_000,
    reuseExistingServer: !CI,
    stdout: "pipe",
    stderr: "pipe",
    gracefulShutdown: { signal: "SIGTERM", timeout: 10_000 },
  },
});
