import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openDb } from "@/lib/db/connection";
import { verifyApiKey } from "@/lib/newsroom/api-keys";
import { signIn } from "@/lib/newsroom/sign-in";
import { findUserByEmail } from "@/lib/newsroom/users";
import { runNewsroomCli } from "./helpers/cli";
import { tempDbUrl } from "./helpers/temp-db";

let url: string;
let cleanup: () => Promise<void>;
// A fresh, empty database (SQLite file or PostgreSQL schema): the CLI must migrate it itself.
beforeEach(async () => ({ url, cleanup } = await tempDbUrl()));
afterEach(async () => cleanup());

const newsroom = (args: string[], stdin = "") => runNewsroomCli(url, args, stdin);

async function withDb<T>(fn: (db: ReturnType<typeof openDb>) => Promise<T>): Promise<T> {
  const db = openDb(url);
  try {
    return await fn(db);
  } finally {
    await db.destroy();
  }
}

const PASSWORD = "a long newsroom passphrase";

describe("npm run newsroom -- user", () => {
  it("adds an account with the password from standard input; signing in with it then works", async () => {
    const add = newsroom(["user", "add", "--email", "Ana@Example.org", "--name", "Ana Lima", "--role", "editor"], `${PASSWORD}\nignored\n`);
    expect(add.stderr).not.toMatch(/error|failed/i);
    expect(add.code).toBe(0);
    expect(add.stdout).toContain("ana@example.org");
    const id = Number(add.lastLine);
    expect(id).toBeGreaterThan(0);
    expect(add.stdout).not.toContain(PASSWORD);

    const result = await withDb((db) => signIn(db, { email: "ana@example.org", password: PASSWORD, ip: "127.0.0.1" }));
    expect(result).toMatchObject({ ok: true, principal: { userId: id, role: "editor", name: "Ana Lima" } });

    const list = newsroom(["user", "list"]);
    expect(list.stdout).toMatch(new RegExp(`#${id}\\s+editor\\s+active\\s+ana@example.org\\s+Ana Lima`));

    const disable = newsroom(["user", "disable", "--email", "ana@example.org"]);
    expect(disable.code).toBe(0);
    expect((await withDb((db) => findUserByEmail(db, "ana@example.org")))?.disabledAt).not.toBeNull();
    expect(await withDb((db) => signIn(db, { email: "ana@example.org", password: PASSWORD, ip: "127.0.0.2" }))).toEqual({
      ok: false,
      reason: "invalid",
    });
  });

  it("refuses --password on the command line, an empty standard input and a weak password, creating nothing", async () => {
    const flag = newsroom(["user", "add", "--email", "bo@example.org", "--name", "Bo", "--role", "writer", "--password", PASSWORD]);
    expect(flag.code).toBe(1);
    expect(flag.stderr).toMatch(/not taken on the command line.*standard input/);

    const empty = newsroom(["user", "add", "--email", "bo@example.org", "--name", "Bo", "--role", "writer"], "");
    expect(empty.code).toBe(1);
    expect(empty.stderr).toMatch(/Give the password on standard input/);

    const weak = newsroom(["user", "add", "--email", "bo@example.org", "--name", "Bo", "--role", "writer"], "short\n");
    expect(weak.code).toBe(1);
    expect(weak.stderr).toContain("password: Choose a password of at least 12 characters (it has 5)");

    expect(await withDb((db) => findUserByEmail(db, "bo@example.org"))).toBeNull();
  });
});

describe("npm run newsroom -- key", () => {
  it("prints a new key once, alone on the last line; it verifies until revoked", async () => {
    const create = newsroom(["key", "create", "--name", "wire importer"]);
    expect(create.code).toBe(0);
    expect(create.stdout).toMatch(/shown once/);
    const key = create.lastLine!;
    expect(key).toMatch(/^dsp_[A-Za-z0-9_-]{43}$/);
    const principal = await withDb((db) => verifyApiKey(db, key));
    // Without --role a key gets the least privilege: writer.
    expect(principal).toMatchObject({ kind: "key", name: "wire importer", role: "writer" });

    const list = newsroom(["key", "list"]);
    expect(list.stdout).toContain(key.slice(0, 8));
    expect(list.stdout).not.toContain(key);

    if (principal?.kind !== "key") return expect.fail("the key should verify");
    const revoke = newsroom(["key", "revoke", String(principal.keyId)]);
    expect(revoke.code).toBe(0);
    expect(await withDb((db) => verifyApiKey(db, key))).toBeNull();
  });
});
