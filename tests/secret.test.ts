import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { SecretError, serverSecret } from "@/lib/secret";

const g = globalThis as unknown as { __dispatchSecret?: string };
afterEach(() => {
  delete g.__dispatchSecret;
});

describe("server secret", () => {
  it("comes from DISPATCH_SECRET and refuses a short one", () => {
    expect(() => serverSecret({ DISPATCH_SECRET: "short" }, "/nonexistent/x")).toThrow(SecretError);
    expect(serverSecret({ DISPATCH_SECRET: "a".repeat(40) }, "/nonexistent/x")).toBe("a".repeat(40));
  });

  it("is created once in the data folder, private, and reused after a restart", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "dispatch-secret-"));
    const file = path.join(dir, ".secret");
    const first = serverSecret({}, file);
    expect(first).toMatch(/^[0-9a-f]{64}$/);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    delete g.__dispatchSecret;
    expect(serverSecret({}, file)).toBe(first);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
