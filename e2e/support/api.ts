import { newsroom } from "./newsroom";

/** A fresh admin API key for this test file (created with the CLI, printed once on its last line). */
export function createApiKey(name: string, role = "editor"): string {
  const out = newsroom("key", "create", "--name", name, "--role", role).trim().split("\n");
  return out[out.length - 1].trim();
}

export const auth = (key: string) => ({ Authorization: `Bearer ${key}` });
