import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openDb } from "@/lib/db/connection";
import { getBreaking, listLiveBreaking } from "@/lib/breaking/store";
import { runNewsroomCli } from "./helpers/cli";
import { tempDbUrl } from "./helpers/temp-db";

let url: string;
let cleanup: () => Promise<void>;
// A fresh, empty database (SQLite file or PostgreSQL schema): the CLI must migrate it itself.
beforeEach(async () => ({ url, cleanup } = await tempDbUrl()));
afterEach(async () => cleanup());

const newsroom = (...args: string[]) => runNewsroomCli(url, args);

/** Reads the database the CLI wrote, as the web server would. */
async function withDb<T>(fn: (db: ReturnType<typeof openDb>) => Promise<T>): Promise<T> {
  const db = openDb(url);
  try {
    return await fn(db);
  } finally {
    await db.destroy();
  }
}

// Each test spawns the CLI (tsx) several times: seconds apiece on two busy cores.
describe("npm run newsroom -- breaking", { timeout: 90_000 }, () => {
  it("posts an item and prints its id on the last line; withdraw takes it off the banner", async () => {
    const post = newsroom("breaking", "post", "Quake hits the coast", "--link", "/a/quake", "--expires", "2h", "--priority", "developing");
    expect(post.stderr).not.toMatch(/error|failed/i);
    expect(post.code).toBe(0);
    const lines = post.stdout.trim().split("\n");
    const id = Number(lines.at(-1));
    expect(Number.isInteger(id) && id > 0).toBe(true);
    expect(post.stdout).toContain("Quake hits the coast");

    const item = await withDb((db) => getBreaking(db, id));
    expect(item).toMatchObject({ headline: "Quake hits the coast", link: "/a/quake", priority: "developing", withdrawnAt: null });
    const hours = (Date.parse(item!.expiresAt!) - Date.parse(item!.postedAt)) / 3_600_000;
    expect(hours).toBeCloseTo(2, 5);
    expect((await withDb((db) => listLiveBreaking(db))).map((i) => i.id)).toEqual([id]);

    const withdraw = newsroom("breaking", "withdraw", String(id));
    expect(withdraw.code).toBe(0);
    expect(withdraw.stdout.trim().split("\n").at(-1)).toBe(String(id));
    expect((await withDb((db) => getBreaking(db, id)))?.withdrawnAt).not.toBeNull();
    expect(await withDb((db) => listLiveBreaking(db))).toEqual([]);

    const list = newsroom("breaking", "list", "--all");
    expect(list.code).toBe(0);
    expect(list.stdout).toMatch(new RegExp(`#${id}\\s+withdrawn.*Quake hits the coast`));
  });

  it("gives a post without --expires the default lifetime (BREAKING_DEFAULT_HOURS), and none with --no-expiry", async () => {
    const lifetime = (id: number) =>
      withDb(async (db) => {
        const item = await getBreaking(db, id);
        return item!.expiresAt === null ? null : (Date.parse(item!.expiresAt) - Date.parse(item!.postedAt)) / 3_600_000;
      });
    const lastLine = (r: { lastLine?: string }) => Number(r.lastLine);
    const plain = newsroom("breaking", "post", "Storm warning");
    expect(plain.code).toBe(0);
    expect(await lifetime(lastLine(plain))).toBeCloseTo(6, 5);
    const longer = runNewsroomCli(url, ["breaking", "post", "Long storm"], "", { BREAKING_DEFAULT_HOURS: "12" });
    expect(await lifetime(lastLine(longer))).toBeCloseTo(12, 5);
    const none = newsroom("breaking", "post", "Until withdrawn", "--no-expiry");
    expect(none.code).toBe(0);
    expect(none.stdout).toContain("expires:   (no expiry)");
    expect(await lifetime(lastLine(none))).toBeNull();
    const both = newsroom("breaking", "post", "Storm", "--expires", "2h", "--no-expiry");
    expect(both.code).toBe(1);
    expect(both.stderr).toMatch(/either --expires or --no-expiry/);
    expect(newsroom("--help").stdout).toMatch(/without --expires expires after BREAKING_DEFAULT_HOURS \(now 6 h\); --no-expiry/);
  });

  it("refuses invalid input with the field and what to do, exits 1 and writes nothing", async () => {
    const empty = newsroom("breaking", "post", "  ");
    expect(empty.code).toBe(1);
    expect(empty.stderr).toContain("headline: Write the headline: it cannot be empty");

    const script = newsroom("breaking", "post", "Storm", "--link", "javascript:alert(1)");
    expect(script.code).toBe(1);
    expect(script.stderr).toContain("link: Use an https:// link or a path on this site such as /a/slug");

    const duration = newsroom("breaking", "post", "Storm", "--expires", "soon");
    expect(duration.code).toBe(1);
    expect(duration.stderr).toMatch(/90s, 15m, 2h, 1d or 1h30m/);

    const past = newsroom("breaking", "post", "Storm", "--expires", "2020-01-01T00:00:00Z");
    expect(past.code).toBe(1);
    expect(past.stderr).toMatch(/expiresAt: .*in the future/);

    // Breaking news goes to an edition: a language without one is refused, naming the editions there are.
    const lang = newsroom("breaking", "post", "Sturm", "--lang", "de");
    expect(lang.code).toBe(1);
    expect(lang.stderr).toContain("language: Give the language as the code of one of the editions: en, ru, fa");

    expect(await withDb((db) => listLiveBreaking(db))).toEqual([]);
  });

  it("says so for an unknown id or command, and prints usage for --help", () => {
    const missing = newsroom("breaking", "withdraw", "42");
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/no breaking item #42/);

    const unknown = newsroom("breaking", "shout");
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/Unknown command "shout".*post/);

    const help = newsroom("--help");
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('npm run newsroom -- breaking post "headline"');
    expect(help.stdout).toContain("breaking withdraw ID");
  });
});
