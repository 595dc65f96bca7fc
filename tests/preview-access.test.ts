import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { NextRequest } from "next/server";
import { createDraft } from "@/lib/content/article-writes";
import { publishArticle } from "@/lib/content/publishing";
import { previewSecretOf, rotatePreviewSecret } from "@/lib/content/preview-secrets";
import { openDb, type Db } from "@/lib/db/connection";
import { migrate } from "@/lib/db/migrations";
import { articleSlugOfPath, DRAFT_MODE_COOKIE, PREVIEW_COOKIE, previewGrant } from "@/lib/newsroom/preview-access";
import { signPreviewToken } from "@/lib/newsroom/preview-tokens";
import { createSession, SESSION_COOKIE } from "@/lib/newsroom/sessions";
import { createUser } from "@/lib/newsroom/users";
import { tempDbUrl, type TempDbUrl } from "./helpers/temp-db";

/**
 * Next's draft-mode cookie is one value for the whole build, so it proves nothing: only a preview cookie signed for
 * the article at this URL, or a live session of staff who may open it, keeps a request in draft mode (issue 11,
 * finding 8). previewGrant decides; proxy.ts takes the cookie off every other request before Next sees it.
 */

const KEY = "k".repeat(16) + "preview-signing-key-for-tests";
const BYPASS = `${DRAFT_MODE_COOKIE}=6bfa8b2beb79e0962328135ef4058bff`;

let temp: TempDbUrl;
let db: Db;
let draft: { id: number; slug: string };
let othersDraft: { id: number; slug: string };
let published: { id: number; slug: string };
let writerSession: string;
let editorSession: string;

async function token(articleId: number, expiresAt?: Date): Promise<string> {
  return signPreviewToken({ articleId, previewSecret: (await previewSecretOf(db, articleId))!, expiresAt }, KEY);
}

beforeAll(async () => {
  temp = await tempDbUrl();
  // proxy.ts opens db() and signs with serverSecret(): point both at this test's store and key first.
  vi.stubEnv("DATABASE_URL", temp.url);
  vi.stubEnv("DISPATCH_SECRET", KEY);
  db = openDb(temp.url, { max: 4 });
  await migrate(db);
  const writer = await createUser(db, { email: "wren@example.org", name: "Wren Writer", role: "writer", password: "correct horse battery" });
  const editor = await createUser(db, { email: "edie@example.org", name: "Edie Editor", role: "editor", password: "correct horse battery" });
  writerSession = (await createSession(db, writer.id)).token;
  editorSession = (await createSession(db, editor.id)).token;
  const make = async (title: string, slug: string, userId: number) =>
    (await createDraft(db, { title, slug, body: "Text.", language: "en" }, { userId, label: "Someone" })).article;
  draft = await make("The writer's draft", "writers-draft", writer.id);
  othersDraft = await make("The editor's draft", "редакция-черновик", editor.id);
  published = await make("Out already", "out-already", editor.id);
  await publishArticle(db, published.id, {}, { userId: editor.id, label: "Edie Editor" });
});

afterAll(async () => {
  vi.unstubAllEnvs();
  await db.destroy();
  const { db: appDb } = await import("@/lib/db/connection");
  await appDb().destroy();
  await temp.cleanup();
});

describe("previewGrant", () => {
  const grant = (pathname: string, cookies: { previewToken?: string; sessionToken?: string }) => previewGrant(db, { pathname, ...cookies }, KEY);

  it("grants a page only to a token signed for its article, by the article's current slug", async () => {
    const t = await token(draft.id);
    expect(await grant(`/a/${draft.slug}`, { previewToken: t })).toBe("this-page");
    expect(await grant(`/a/${othersDraft.slug}`, { previewToken: t })).toBe("elsewhere");
    expect(await grant(`/a/${published.slug}`, { previewToken: t })).toBe("elsewhere");
    for (const path of ["/", "/news", `/a/${draft.slug}/extra`, `/og/a/${draft.slug}.png`, "/a/no-such-article"]) {
      expect(await grant(path, { previewToken: t }), path).toBe("elsewhere");
    }
  });

  it("grants nothing without a valid token or session: none, expired, tampered, revoked, for a missing article", async () => {
    expect(await grant(`/a/${draft.slug}`, {})).toBe("none");
    const expired = await token(draft.id, new Date(Date.now() - 60_000));
    expect(await grant(`/a/${draft.slug}`, { previewToken: expired })).toBe("none");
    const good = await token(draft.id);
    const tampered = good.slice(0, -2) + (good.endsWith("AA") ? "BB" : "AA");
    expect(await grant(`/a/${draft.slug}`, { previewToken: tampered })).toBe("none");
    expect(await grant(`/a/${draft.slug}`, { previewToken: "not-a-token" })).toBe("none");
    expect(await grant(`/a/${draft.slug}`, { sessionToken: "x".repeat(43) })).toBe("none");

    const revocable = await make("Revoked soon", "revoked-soon");
    const old = await token(revocable.id);
    expect(await grant(`/a/${revocable.slug}`, { previewToken: old })).toBe("this-page");
    await rotatePreviewSecret(db, revocable.id);
    expect(await grant(`/a/${revocable.slug}`, { previewToken: old })).toBe("none");
  });

  it("grants staff what they may open in the newsroom: editors any article, writers their own", async () => {
    expect(await grant(`/a/${draft.slug}`, { sessionToken: writerSession })).toBe("this-page");
    expect(await grant(`/a/${othersDraft.slug}`, { sessionToken: writerSession })).toBe("elsewhere");
    expect(await grant(`/a/${encodeURIComponent(othersDraft.slug)}`, { sessionToken: editorSession })).toBe("this-page");
    expect(await grant(`/a/${draft.slug}`, { sessionToken: editorSession })).toBe("this-page");
    expect(await grant("/", { sessionToken: editorSession })).toBe("elsewhere");
  });

  it("reads the slug only from /a/<slug>, decoded once", () => {
    expect(articleSlugOfPath("/a/out-already")).toBe("out-already");
    expect(articleSlugOfPath("/a/%D1%80%D0%B5%D0%B4")).toBe("ред");
    // Another edition's article page too; a first segment that is no edition's code (or the default's) is not one.
    expect(articleSlugOfPath("/fa/a/cheragh")).toBe("cheragh");
    for (const path of ["/", "/a/", "/a/x/y", "/blogs/b/x", "/og/a/x.png", "/en/a/x", "/xx/a/x", "/fa/a/"]) expect(articleSlugOfPath(path), path).toBeNull();
  });

  async function make(title: string, slug: string) {
    return (await createDraft(db, { title, slug, body: "Text.", language: "en" }, { userId: null, label: "Desk" })).article;
  }
});

describe("proxy.ts and the draft-mode cookie", () => {
  const request = (path: string, cookie: string) => new NextRequest(`http://localhost${path}`, { headers: { cookie } });
  /** The Cookie header Next will see (Next applies x-middleware-override-headers to the request), or null if unchanged. */
  const forwardedCookie = (res: Response) => {
    const overridden = res.headers.get("x-middleware-override-headers");
    if (overridden === null) return null;
    return overridden.split(",").includes("cookie") ? res.headers.get("x-middleware-request-cookie") : "";
  };
  const setCookies = (res: Response) => res.headers.getSetCookie().join("\n");

  it("runs only for requests with the draft-mode cookie, outside build assets, the newsroom and the API", async () => {
    const { config } = await import("@/proxy");
    const entry = config.matcher.find((m) => typeof m === "object");
    expect(entry).toEqual({ source: "/((?!_next/|api/|newsroom).*)", has: [{ type: "cookie", key: DRAFT_MODE_COOKIE }] });
    const { proxy } = await import("@/proxy");
    for (const path of ["/api/preview/exit", "/newsroom/articles", "/_next/static/chunks/x.js"]) {
      const res = await proxy(request(path, BYPASS));
      expect(forwardedCookie(res), path).toBeNull();
      expect(setCookies(res), path).toBe("");
    }
  });

  it("takes the cookie off a request with no valid preview and tells the browser to drop it (and a dead preview cookie)", async () => {
    const { proxy } = await import("@/proxy");
    for (const path of ["/", "/news", `/a/${published.slug}`, `/a/${draft.slug}`, "/feeds/rss.xml"]) {
      const res = await proxy(request(path, `${BYPASS}; textsize=lg`));
      expect(res.headers.get("x-middleware-next"), path).toBe("1");
      expect(forwardedCookie(res), path).toBe("textsize=lg");
      expect(setCookies(res), path).toMatch(new RegExp(`^${DRAFT_MODE_COOKIE}=; Path=/; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Secure; HttpOnly; SameSite=none$`));
    }
    const revoked = await make("Revoked", "revoked-for-proxy");
    const dead = await token(revoked.id);
    await rotatePreviewSecret(db, revoked.id);
    const res = await proxy(request(`/a/${revoked.slug}`, `${BYPASS}; ${PREVIEW_COOKIE}=${dead}`));
    expect(forwardedCookie(res)).toBe(`${PREVIEW_COOKIE}=${dead}`);
    expect(setCookies(res)).toContain(`${DRAFT_MODE_COOKIE}=;`);
    expect(setCookies(res)).toMatch(new RegExp(`${PREVIEW_COOKIE}=; Path=/; Expires=Thu, 01 Jan 1970 00:00:00 GMT; HttpOnly; SameSite=lax`));
  });

  it("leaves a valid preview of this page alone, and keeps the cookies when the preview is for another page", async () => {
    const { proxy } = await import("@/proxy");
    const t = await token(draft.id);
    const mine = await proxy(request(`/a/${draft.slug}`, `${BYPASS}; ${PREVIEW_COOKIE}=${t}`));
    expect(mine.headers.get("x-middleware-next")).toBe("1");
    expect(forwardedCookie(mine)).toBeNull();
    expect(setCookies(mine)).toBe("");

    const staff = await proxy(request(`/a/${encodeURIComponent(othersDraft.slug)}`, `${SESSION_COOKIE}=${editorSession}; ${BYPASS}`));
    expect(forwardedCookie(staff)).toBeNull();

    for (const [path, cookie] of [
      ["/", `${BYPASS}; ${PREVIEW_COOKIE}=${t}`],
      [`/a/${published.slug}`, `${BYPASS}; ${PREVIEW_COOKIE}=${t}`],
      [`/a/${othersDraft.slug}`, `${SESSION_COOKIE}=${writerSession}; ${BYPASS}`],
    ]) {
      const res = await proxy(request(path, cookie));
      expect(forwardedCookie(res), path).toBe(cookie.replace(`${BYPASS}; `, "").replace(`; ${BYPASS}`, ""));
      expect(setCookies(res), path).toBe("");
    }
  });

  async function make(title: string, slug: string) {
    return (await createDraft(db, { title, slug, body: "Text.", language: "en" }, { userId: null, label: "Desk" })).article;
  }
});
