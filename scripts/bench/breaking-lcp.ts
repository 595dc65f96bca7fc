import { chromium, type Browser } from "@playwright/test";

/**
 * Largest Contentful Paint of one page on a phone over a slow network, for two servers side by side (say the
 * build before a change and the build after it, each with the same live breaking items), so both are measured
 * in one run, alternating, in fresh browser contexts (empty cache).
 *
 *   npx tsx scripts/bench/breaking-lcp.ts PATH NAME=ORIGIN [NAME=ORIGIN …] [--runs 5]
 *
 * The phone: 375×812 at 2×, CPU slowed 4×; the network through CDP: 300 ms round trip, 750 kbit/s down,
 * 250 kbit/s up (a slow 3G). Prints each run and the median per server, with the LCP element and the h1's
 * bottom edge (above the fold when ≤ 812).
 */

const NETWORK = { offline: false, latency: 300, downloadThroughput: (750 * 1024) / 8, uploadThroughput: (250 * 1024) / 8 };
const CPU_SLOWDOWN = 4;

type Run = { lcp: number; element: string; h1Bottom: number | null };

async function measure(browser: Browser, url: string): Promise<Run> {
  const context = await browser.newContext({ viewport: { width: 375, height: 812 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send("Network.enable");
    await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
    await cdp.send("Network.emulateNetworkConditions", NETWORK);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: CPU_SLOWDOWN });
    await page.addInitScript(() => {
      const w = window as unknown as { lcp: { t: number; el: string } };
      w.lcp = { t: 0, el: "" };
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as unknown as { startTime: number; element?: Element }[]) {
          const el = e.element;
          w.lcp = { t: e.startTime, el: el ? `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""} “${(el.textContent ?? "").trim().slice(0, 40)}”` : "?" };
        }
      }).observe({ type: "largest-contentful-paint", buffered: true });
    });
    await page.goto(url, { waitUntil: "load", timeout: 120_000 });
    // LCP candidates stop once the page has painted what it loaded; give late paints a moment.
    await page.waitForTimeout(1500);
    return await page.evaluate(() => {
      const w = window as unknown as { lcp: { t: number; el: string } };
      const h1 = document.querySelector("h1")?.getBoundingClientRect();
      return { lcp: w.lcp.t, element: w.lcp.el, h1Bottom: h1 ? Math.round(h1.bottom + window.scrollY) : null };
    });
  } finally {
    await context.close();
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function main(argv: string[]) {
  const runsAt = argv.indexOf("--runs");
  const runs = runsAt >= 0 ? Number(argv[runsAt + 1]) : 5;
  const rest = argv.filter((_, i) => i !== runsAt && i !== runsAt + 1);
  const [path, ...servers] = rest;
  if (!path || servers.length === 0 || !(runs > 0)) {
    throw new Error("usage: npx tsx scripts/bench/breaking-lcp.ts PATH NAME=ORIGIN [NAME=ORIGIN …] [--runs 5]");
  }
  const targets = servers.map((s) => {
    const [name, origin] = s.split("=");
    return { name, url: new URL(path, origin).toString(), runs: [] as Run[] };
  });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  try {
    // One warm-up each (the server's page cache, not the browser's), then alternate so drift hits both alike.
    for (const t of targets) await measure(browser, t.url);
    for (let i = 0; i < runs; i++) {
      for (const t of targets) {
        const r = await measure(browser, t.url);
        t.runs.push(r);
        console.log(`${t.name}\trun ${i + 1}\tLCP ${Math.round(r.lcp)} ms\th1 bottom ${r.h1Bottom} px\t${r.element}`);
      }
    }
  } finally {
    await browser.close();
  }
  console.log(`\nLCP on ${path}, 375×812, ${CPU_SLOWDOWN}× CPU, ${NETWORK.latency} ms RTT, 750/250 kbit/s; median of ${runs}:`);
  for (const t of targets) {
    const lcp = median(t.runs.map((r) => r.lcp));
    console.log(`  ${t.name}: LCP ${Math.round(lcp)} ms, h1 bottom ${median(t.runs.map((r) => r.h1Bottom ?? Infinity))} px, LCP element ${t.runs[t.runs.length - 1].element}`);
  }
  if (targets.length === 2) {
    const [a, b] = targets.map((t) => median(t.runs.map((r) => r.lcp)));
    console.log(`  ${targets[1].name} ÷ ${targets[0].name}: ${(b / a).toFixed(2)}`);
  }
}

main(process.argv.slice(2)).catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
