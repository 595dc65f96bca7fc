import { execFileSync } from "node:child_process";
import { SCALE_DATABASE_URL } from "./env";

/** The newsroom CLI against the database every instance shares (no server is told: they notice by themselves). */
export function newsroom(...words: string[]): string {
  return newsroomOn(SCALE_DATABASE_URL, ...words);
}

/** The newsroom CLI against another database (the fault spec's). `node --import tsx`: what `npm run newsroom` runs, without npx. */
export function newsroomOn(databaseUrl: string, ...words: string[]): string {
  return execFileSync(process.execPath, ["--import", "tsx", "scripts/newsroom.ts", ...words], {
    env: { ...process.env, DATABASE_URL: databaseUrl },
    encoding: "utf8",
  });
}

/** A fresh admin API key (the CLI prints it on its last line). */
export function createApiKey(name: string, role = "editor", databaseUrl = SCALE_DATABASE_URL): string {
  const out = newsroomOn(databaseUrl, "key", "create", "--name", name, "--role", role).trim().split("\n");
  return out[out.length - 1].trim();
}

/** A newsroom account (the password goes to the CLI's standard input, as in production). */
export function createUser(email: string, password: string, role = "editor"): void {
  execFileSync(process.execPath, ["--import", "tsx", "scripts/newsroom.ts", "user", "add", "--email", email, "--name", "Scale Tester", "--role", role], {
    env: { ...process.env, DATABASE_URL: SCALE_DATABASE_URL },
    encoding: "utf8",
    input: `${password}\n`,
  });
}

export const auth = (key: string) => ({ Authorization: `Bearer ${key}` });

/** Posts a breaking item with the CLI (options as on its command line, e.g. "--lang", "fa") and returns its id (printed on the last line). */
export function postBreakingWithCli(headline: string, ...options: string[]): number {
  const out = newsroom("breaking", "post", headline, ...options).trim().split("\n");
  return Number(out[out.length - 1]);
}

/** Words no other run uses, so a page containing them can only be showing this run's change. */
export const marker = (what: string) => `${what} ${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
