import { execSync } from "node:child_process";
import fs from "node:fs";

/**
 * Playwright cannot download its own browser here, so every project runs Debian's chromium. The flags keep it
 * headless, sandbox-free (CI runs as root) and off the network except for the page under test.
 */
export const chromiumPath = process.env.CHROMIUM_PATH || "/usr/bin/chromium";

export const chromiumArgs = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

const install = "apt-get update && apt-get install -y chromium";

/**
 * Makes `npm test` work on a fresh Debian machine: installs Debian's chromium when it is missing and we are
 * root; otherwise stops with the command to run, before any build starts.
 */
export function ensureChromium(): void {
  if (fs.existsSync(chromiumPath)) return;
  const canInstall = !process.env.CHROMIUM_PATH && process.getuid?.() === 0 && fs.existsSync("/usr/bin/apt-get");
  if (!canInstall) {
    throw new Error(
      `Chromium not found at ${chromiumPath}. Playwright cannot download its own browser here; install ` +
        `Debian's with \`sudo sh -c "${install}"\`, or set CHROMIUM_PATH to a Chromium binary.`,
    );
  }
  console.log(`Chromium not found at ${chromiumPath}: ${install}`);
  execSync(install, { stdio: "inherit", env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } });
}
