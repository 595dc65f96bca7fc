import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { NextRequest } from "next/server";
import { postBreaking, withdrawBreaking } from "@/lib/breaking/store";
import { createApiKey } from "@/lib/newsroom/api-keys";
import { limitBody, readLimitedBytes, SIGN_IN_MAX_BYTES } from "@/lib/newsroom/request-body";
import { siteUrl } from "@/lib/site";
import { headerPath } from "@/lib/urls";
import { openDb, type Db } from "@/lib/db/connection";
import { migrate } from "@/lib/db/migrations";
import { tempDbUrl, type TempDbUrl } from "./helpers/temp-db";

/**
 * Bounded input (issue 11): request bodies read under a limit before parsing, the admin API's breaking list as the
 * desk shows it, keys that default to the least privilege, and URLs that cannot turn into a bare 500.
 */

// Route modules mark themselves server-only; the routes tested here need no request context of Next's.
vi.mock("server-only", () => ({}));

let temp: TempDbUrl;
let store: { db: Db };

beforeAll(async () => {
  temp = await tempDbUrl();
  // The configuration is read once per process (opening a PostgreSQL pool reads it too), and the routes' db()
  // opens DATABASE_URL: point it at this test's store before anything opens a connection.
  vi.stubEnv("DATABASE_URL", temp.url);
  store = { db: openDb(temp.url, { max: 4 }) };
  await migrate(store.db);
});

afterAll(async () => {
  vi.unstubAllEnvs();
  await store.db.destroy();
  const { db } = await import("@/lib/db/connection");
  await db().destroy();
  await temp.cleanup();
});

/** A body of `total` bytes that is produced only as it is read, counting what the reader pulled. */
function lazyBody(total: number, chunk = 8_192) {
  const seen = { pulled: 0 };
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (seen.pulled >= total) return controller.close();
      const n = Math.min(chunk, total - seen.pulled);
      seen.pulled += n;
      controller.enqueue(new Uint8Array(n).fill(0x61));
    },
  });
  return { stream, seen };
}

const post = (url: string, body: BodyInit, headers: Record<string, string> = {}) =>
  new Request(url, { method: "POST", body, headers, duplex: "half" } as RequestInit);

describe("request bodies are read under a limit", () => {
  it("refuses a body that says it is too large without reading it", async () => {
    const { stream, seen } = lazyBody(1_000_000);
    const req = post("http://localhost/x", stream, { "content-length": "1000000" });
    await expect(readLimitedBytes(req, SIGN_IN_MAX_BYTES)).rejects.toMatchObject({ status: 413 });
    expect(seen.pulled).toBeLessThan(SIGN_IN_MAX_BYTES);
  });

  it("stops reading a streamed body as soon as it passes the limit (memory stays flat)", async () => {
    const { stream, seen } = lazyBody(50_000_000);
    const res = await limitBody(post("http://localhost/x", stream), SIGN_IN_MAX_BYTES);
    expect(res).toBeInstanceOf(Response);
    expect((res as Response).status).toBe(413);
    expect((await (res as Response).json()).error.message).toMatch(/at most 16 kB/);
    expect(seen.pulled).toBeLessThan(SIGN_IN_MAX_BYTES + 16_384);
  });

  it("hands the route a request it parses as before when the body is within the limit", async () => {
    const form = new URLSearchParams({ email: "a@example.org", password: "pw" });
    const req = await limitBody(post("http://localhost/x", form, { "content-type": "application/x-www-form-urlencoded" }), SIGN_IN_MAX_BYTES);
    expect(req).toBeInstanceOf(Request);
    expect(Object.fromEntries(await (req as Request).formData())).toEqual({ email: "a@example.org", password: "pw" });
  });

  it("POST /api/newsroom/session answers 413 to a 1 MB body, having read at most the limit", async () => {
    const { POST } = await import("@/app/api/newsroom/session/route");
    const { stream, seen } = lazyBody(1_000_000);
    const res = await POST(post("http://localhost:3000/api/newsroom/session", stream, { "content-type": "application/json", origin: "http://localhost:3000" }));
    expect(res.status).toBe(413);
    expect((await res.json()).error.message).toMatch(/too large/);
    expect(seen.pulled).toBeLessThan(SIGN_IN_MAX_BYTES + 16_384);
  });
});

describe("GET /api/admin/v1/breaking", () => {
  it("shows writers what readers saw (no withdrawn items) and editors everything, as the desk does", async () => {
    const live = await postBreaking(store.db, { headline: "Bridge reopens" });
    const pulled = await postBreaking(store.db, { headline: "Withdrawn before anyone checked" });
    await withdrawBreaking(store.db, pulled.id);
    const writer = await createApiKey(store.db, { name: "wire writer" });
    const editor = await createApiKey(store.db, { name: "wire editor", role: "editor" });
    const { GET } = await import("@/app/api/admin/v1/breaking/route");
    const list = async (key: string) => {
      const res = await GET(new Request("http://localhost/api/admin/v1/breaking", { headers: { authorization: `Bearer ${key}` } }), { params: Promise.resolve({}) });
      expect(res.status).toBe(200);
      return ((await res.json()) as { items: { id: number }[] }).items.map((i) => i.id);
    };
    expect(await list(writer.key)).toEqual([live.id]);
    expect(await list(editor.key)).toEqual([pulled.id, live.id]);
  });
});

describe("API keys", () => {
  it("are writers unless a role is asked for", async () => {
    const { key } = await createApiKey(store.db, { name: "no role given" });
    const { verifyApiKey } = await import("@/lib/newsroom/api-keys");
    expect(await verifyApiKey(store.db, key)).toMatchObject({ role: "writer" });
  });
});

describe("URLs that used to answer a bare 500", () => {
  it("the proxy sends malformed percent-encoding to the site's 404 and lets every other path through", async () => {
    const { proxy, config } = await import("@/proxy");
    for (const path of ["/a/%E0%A4%A", "/og/a/%E0%A4%A.png", "/feeds/tags/%E0%A4%A/rss.xml", "/blogs/%E0%A4%A/page/1", "/a/100%"]) {
      const res = await proxy(new NextRequest(`http://localhost${path}`));
      expect(res.headers.get("x-middleware-rewrite"), path).toBe("http://localhost/_dispatch/malformed-url");
    }
    for (const path of ["/a/%D0%BD%D0%B0%D0%B2%D0%BE%D0%B4%D0%BD%D0%B5%D0%BD%D0%B8%D0%B5", "/tags/100%25"]) {
      const res = await proxy(new NextRequest(`http://localhost${path}`));
      expect(res.headers.get("x-middleware-rewrite"), path).toBeNull();
      expect(res.headers.get("x-middleware-next"), path).toBe("1");
    }
    expect(config.matcher).toContain("/:path(.*%.*)");
  });

  it("the proxy answers page 1 of every listing with one 308 to the listing, slug as requested, nothing rendered", async () => {
    const { proxy, config } = await import("@/proxy");
    const encoded = "%D0%BD%D0%B0%D0%B2%D0%BE%D0%B4%D0%BD%D0%B5%D0%BD%D0%B8%D0%B5";
    const cases: [string, string][] = [
      ["/news/page/1", "/news"],
      ["/blogs/field-notes/page/1", "/blogs/field-notes"],
      ["/authors/ana-reyes/page/1", "/authors/ana-reyes"],
      [`/tags/${encoded}/page/1`, `/tags/${encoded}`],
      ["/tags/наводнение/page/1", `/tags/${encoded}`],
    ];
    for (const [path, location] of cases) {
      const res = await proxy(new NextRequest(`http://evil.example${path}`));
      expect(res.status, path).toBe(308);
      expect(res.headers.get("location"), path).toBe(siteUrl(location));
      expect(res.headers.get("location"), path).not.toContain("evil.example");
    }
    for (const path of ["/news/page/2", "/tags/x/page/10", "/blogs/x/page/1/extra", "/a/page/1"]) {
      expect((await proxy(new NextRequest(`http://localhost${path}`))).headers.get("x-middleware-next"), path).toBe("1");
    }
    expect(config.matcher).toEqual(expect.arrayContaining(["/news/page/1", "/:section(blogs|authors|tags)/:slug/page/1"]));
  });

  it("redirects carry non-ASCII slugs percent-encoded, as a Location header must", () => {
    expect(headerPath("/tags/наводнение")).toBe("/tags/%D0%BD%D0%B0%D0%B2%D0%BE%D0%B4%D0%BD%D0%B5%D0%BD%D0%B8%D0%B5");
    expect(headerPath("/tags/%D0%BD%D0%B0")).toBe("/tags/%D0%BD%D0%B0");
    expect(headerPath("/blogs/field-notes")).toBe("/blogs/field-notes");
    expect(() => new Headers({ Location: headerPath("/authors/علی") })).not.toThrow();
  });
});
