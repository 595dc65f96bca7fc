/**
 * A small, bounded load for the fault spec: a few concurrent loops (never more than `concurrency` requests in
 * flight, a short pause after each) over a list of URLs on this machine, counting every answer by phase, group and
 * status, so the spec can say exactly what readers got while a dependency was away.
 */

export type Target = {
  /** What the answers count under, e.g. "cached pages via nginx". */
  group: string;
  url: string;
  /** An answer with a 2xx status that fails this (e.g. the ticker lost its items) counts as "bad". */
  check?: (body: string) => boolean;
};

/** Answers per status code ("200", "503", …), plus "error" (no answer: refused, reset, timed out) and "bad". */
export type Tally = Record<string, number>;

export class StatusLoad {
  private running = false;
  private loops: Promise<void>[] = [];
  private current = "start";
  private next = 0;
  /** phase → group → tally */
  readonly counts: Record<string, Record<string, Tally>> = {};
  /** A few examples of answers that were not 2xx, for the failure message. */
  readonly samples: string[] = [];

  constructor(
    private readonly targets: Target[],
    private readonly opts: { concurrency?: number; pauseMs?: number; timeoutMs?: number } = {},
  ) {
    for (const t of targets) {
      if (new URL(t.url).hostname !== "127.0.0.1") throw new Error(`refusing to load ${t.url}: 127.0.0.1 only`);
    }
  }

  /** Answers from now on count under `name`. */
  phase(name: string) {
    this.current = name;
  }

  start() {
    this.running = true;
    const { concurrency = 4 } = this.opts;
    this.loops = Array.from({ length: concurrency }, () => this.loop());
  }

  async stop() {
    this.running = false;
    await Promise.all(this.loops);
  }

  /** Requests answered under a phase (all groups), to be sure the load really ran through it. */
  total(phase: string): number {
    return Object.values(this.counts[phase] ?? {}).reduce((n, t) => n + Object.values(t).reduce((a, b) => a + b, 0), 0);
  }

  /** Every (phase, group) whose answers include any of `statuses` (by prefix, e.g. "5" for every 5xx). */
  offending(groups: string[], prefixes: string[] = ["5", "error", "bad"]): string[] {
    const out: string[] = [];
    for (const [phase, byGroup] of Object.entries(this.counts)) {
      for (const group of groups) {
        for (const [status, n] of Object.entries(byGroup[group] ?? {})) {
          if (prefixes.some((p) => status.startsWith(p))) out.push(`${phase} / ${group}: ${n}× ${status}`);
        }
      }
    }
    return out;
  }

  /** The tallies as lines, for the report attached to the test. */
  report(): string {
    const lines: string[] = [];
    for (const [phase, byGroup] of Object.entries(this.counts)) {
      lines.push(`${phase}:`);
      for (const [group, tally] of Object.entries(byGroup)) {
        lines.push(`  ${group.padEnd(32)} ${Object.entries(tally).map(([s, n]) => `${s}×${n}`).join("  ")}`);
      }
    }
    return lines.join("\n");
  }

  private async loop() {
    const { pauseMs = 20, timeoutMs = 10_000 } = this.opts;
    while (this.running) {
      const target = this.targets[this.next++ % this.targets.length];
      const phase = this.current;
      let status: string;
      try {
        const res = await fetch(target.url, { signal: AbortSignal.timeout(timeoutMs), redirect: "manual" });
        const body = await res.text();
        status = String(res.status);
        if (res.ok && target.check && !target.check(body)) status = "bad";
        if (!res.ok && this.samples.length < 10) this.samples.push(`${phase} ${target.url} -> ${res.status}: ${body.slice(0, 200)}`);
      } catch (err) {
        status = "error";
        if (this.samples.length < 10) this.samples.push(`${phase} ${target.url} -> ${(err as Error).message}`);
      }
      const tally = ((this.counts[phase] ??= {})[target.group] ??= {});
      tally[status] = (tally[status] ?? 0) + 1;
      await new Promise((r) => setTimeout(r, pauseMs));
    }
  }
}
