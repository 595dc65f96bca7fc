import { defineConfig } from "@playwright/test";
import { chromiumArgs, chromiumPath, ensureChromium } from "./e2e/support/chromium";
import { BASE_URL } from "./e2e/support/env";

ensureChromium();

const CI = !!process.env.CI;
const launchOptions = { executablePath: chromiumPath, args: chromiumArgs };
const desktop = { browserName: "chromium" as const, viewport: { width: 1280, height: 800 }, launchOptions };
const mobile = {
  browserName: "chromium" as const,
  viewport: { width: 375, height: 812 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
  launchOptions,
};
const breakingSpecs = /breaking.*\.spec\.ts$/;

export default defineConfig({
  testDir: "e2e",
  // Two cores: the server and the browsers share them.
  workers: 2,
  retries: CI ? 1 : 0,
  forbidOnly: CI,
  // `list` ends with "N passed", which is what a reader of the CI log looks for.
  reporter: "list",
  use: {
    baseURL: BASE_URL,
    trace: "retain-on-failure",
  },
  projects: [
    { name: "desktop", use: desktop, testIgnore: breakingSpecs },
    { name: "mobile", use: mobile, testIgnore: breakingSpecs },
    // Breaking items show on every page, so these run after the rest, one width after the other, one spec at a
    // time: the strip shows only the first live item, so another spec's item would hide this one's behind "N more".
    { name: "breaking-desktop", use: desktop, testMatch: breakingSpecs, dependencies: ["desktop", "mobile"], workers: 1 },
    { name: "breaking-mobile", use: mobile, testMatch: breakingSpecs, dependencies: ["breaking-desktop"], workers: 1 },
  ],
  webServer: {
    // A fresh database and a production build in .next-e2e, then `next start` on 127.0.0.1:3100.
    command: "bash scripts/e2e-server.sh",
    url: BASE_URL,
    // The build alone takes one to three minutes on two cores.
    timeout: 10 * 60_000,
    reuseExistingServer: !CI,
    stdout: "pipe",
    stderr: "pipe",
    gracefulShutdown: { signal: "SIGTERM", timeout: 5_000 },
  },
});
