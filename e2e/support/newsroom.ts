import { execFileSync } from "node:child_process";
import { E2E_DATABASE_URL } from "./env";

/**
 * The newsroom's write path as an editor uses it today: the CLI against the e2e server's database.
 * The server picks the change up by itself (its watcher and snapshot), exactly as in production.
 */
export function newsroom(...args: [...string[], NewsroomOptions] | string[]): string {
  const last = args[args.length - 1];
  const options: NewsroomOptions = typeof last === "object" ? last : {};
  const words = (args as (string | NewsroomOptions)[]).filter((a): a is string => typeof a === "string");
  return execFileSync("npx", ["tsx", "scripts/newsroom.ts", ...words], {
    env: { ...process.env, DATABASE_URL: E2E_DATABASE_URL },
    encoding: "utf8",
    // Piped standard input, e.g. the password for `user add`; without it the CLI sees an empty stdin.
    input: options.input,
  });
}

/** Options for `newsroom()`, given as its last argument: `input` is written to the CLI's standard input. */
export type NewsroomOptions = { input?: string };

/** Posts a breaking item and returns its id (the CLI prints it on its last line). */
export function postBreaking(text: string, ...flags: string[]): number {
  const out = newsroom("breaking", "post", text, ...flags).trim().split("\n");
  return Number(out[out.length - 1]);
}

export function withdrawBreaking(id: number): void {
  newsroom("breaking", "withdraw", String(id));
}

/** A headline no other test uses, so concurrent specs never see each other's items as theirs. */
export function uniqueHeadline(what: string): string {
  return `${what} ${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
}
