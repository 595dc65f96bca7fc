import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

/**
 * The server's signing secret (preview links). From DISPATCH_SECRET when set — required when several instances
 * must agree. Otherwise, for the one-machine setup, a random secret is created once next to the database
 * (data/.secret, readable by this user only) so `npm start` works with no configuration and links survive restarts.
 */
const store = globalThis as unknown as { __dispatchSecret?: string };

export class SecretError extends Error {}

export function serverSecret(env: Record<string, string | undefined> = process.env, file = path.resolve("data/.secret")): string {
  if (store.__dispatchSecret) return store.__dispatchSecret;
  const fromEnv = env.DISPATCH_SECRET;
  if (fromEnv !== undefined && fromEnv !== "") {
    if (fromEnv.length < 32) throw new SecretError("DISPATCH_SECRET must be at least 32 characters (e.g. openssl rand -hex 32)");
    return (store.__dispatchSecret = fromEnv);
  }
  try {
    const saved = fs.readFileSync(file, "utf8").trim();
    if (saved.length >= 32) return (store.__dispatchSecret = saved);
  } catch {
    // Not created yet.
  }
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const fresh = randomBytes(32).toString("hex");
  try {
    fs.writeFileSync(file, fresh + "\n", { mode: 0o600, flag: "wx" });
    return (store.__dispatchSecret = fresh);
  } catch {
    // Another process created it first: use theirs.
    return (store.__dispatchSecret = fs.readFileSync(file, "utf8").trim());
  }
}
