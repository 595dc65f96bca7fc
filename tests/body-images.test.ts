import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createDraft, updateArticle, type Actor } from "@/lib/content/article-writes";
import { registerImages } from "@/lib/content/images";
import { getNewsroomArticle, listNewsroomArticles } from "@/lib/content/newsroom-queries";
import { listRevisions, restoreRevision } from "@/lib/content/revisions";
import type { Db } from "@/lib/db/connection";
import { ValidationError } from "@/lib/errors";
import { tempDb } from "./helpers/temp-db";

/**
 * Issue 11, finding 12: images in bodies and heroes come from the media library (/media/… uploads, the site's
 * /images/…), so no reader page sends its readers' browsers to another site. Saves that bring one from
 * elsewhere are refused with 422 on the field, naming the image and saying how to upload it.
 */

let db: Db;
let cleanup: () => Promise<void>;

const ana: Actor = { userId: 7, label: "Ana Petrescu" };
const upload = "/media/0f8b3c1e-2a4d-4e6f-8a9b-0c1d2e3f4a5b.jpg";
const HOW = /upload it first \(POST \/api\/admin\/v1\/media, or Upload image in the article editor\)/;

beforeEach(async () => {
  ({ db, cleanup } = await tempDb());
  await registerImages(db, [{ src: upload, width: 1600, height: 900, alt: "Library alt" }]);
});
afterEach(async () => cleanup());

async function failure(p: Promise<unknown>): Promise<ValidationError> {
  try {
    await p;
  } catch (err) {
    return err as ValidationError;
  }
  throw new Error("expected the write to fail");
}

describe("body images on save", () => {
  it("refuses a draft with an image on another host: 422 on body, naming the image, and nothing is saved", async () => {
    const err = await failure(createDraft(db, { title: "Quay", body: "At dawn.\n\n![The quay](https://example.org/quay.jpg)" }, ana));
    expect(err).toBeInstanceOf(ValidationError);
    expect(err.status).toBe(422);
    expect(err.field).toBe("body");
    expect(err.message).toContain('"https://example.org/quay.jpg" is not from the media library');
    expect(err.message).toMatch(HOW);
    expect((await listNewsroomArticles(db)).total).toBe(0);
  });

  it("finds them by reference, inside links, lists, quotes and tables, and refuses //host, http, data: and other paths", async () => {
    const cases: [string, string][] = [
      ["![a][ref]\n\n[ref]: https://example.org/ref.jpg", "https://example.org/ref.jpg"],
      ["[![a](https://example.org/in-link.jpg)](/a/story)", "https://example.org/in-link.jpg"],
      ["- one\n- two ![a](https://example.org/in-list.jpg)", "https://example.org/in-list.jpg"],
      ["1. one\n\n   > ![a](https://example.org/nested.jpg)", "https://example.org/nested.jpg"],
      ["| t |\n|---|\n| ![a](https://example.org/cell.jpg) |", "https://example.org/cell.jpg"],
      ["![a](//example.org/p.jpg)", "//example.org/p.jpg"],
      ["![a](http://example.org/h.jpg)", "http://example.org/h.jpg"],
      ["![a](data:image/png;base64,AAAA)", "data:image/png;base64,AAAA"],
      // Even this site's own host, written as a URL: the library's address is the path.
      ["![a](https://news.example.org/media/x.jpg)", "https://news.example.org/media/x.jpg"],
      ["![a](/media/../api/health)", "/media/../api/health"],
      ["![a](/images/%2e%2e/package.json)", "/images/%2e%2e/package.json"],
      ["![a](/logo.png)", "/logo.png"],
    ];
    for (const [body, src] of cases) {
      const err = await failure(createDraft(db, { title: "A", body }, ana));
      expect(err.field, body).toBe("body");
      expect(err.message, body).toContain(`"${src}" is not from the media library`);
    }
    const several = await failure(createDraft(db, { title: "A", body: "![a](https://a.example/1.jpg) ![b](https://b.example/2.jpg)" }, ana));
    expect(several.message).toContain('"https://a.example/1.jpg"');
    expect(several.message).toContain("1 more of its images are not from the library either");
    expect((await listNewsroomArticles(db)).total).toBe(0);
  });

  it("accepts uploads and the site's own images; links elsewhere and code that only looks like an image are fine", async () => {
    const body = [
      `![Dockers at the gate](${upload} "Caption Credit")`,
      "- ![Map](/images/demo/elsen-flood-map.webp)",
      "[![Chart][chart]](https://example.org/report)",
      "`![not an image](https://example.org/x.jpg)`",
      "```\n![nor this](https://example.org/y.jpg)\n```",
      "[chart]: /images/demo/budget-bars.webp",
    ].join("\n\n");
    const { article } = await createDraft(db, { title: "Flood", body }, ana);
    expect(article.body).toBe(body);
  });

  it("refuses an edit that brings one in, and the stored body and history stay as they were", async () => {
    const { article } = await createDraft(db, { title: "Quay", body: `Before.\n\n![Quay](${upload})` }, ana);
    const err = await failure(updateArticle(db, article.id, { title: "Quay at dawn", body: "After.\n\n![Quay](https://example.org/quay.jpg)" }, ana));
    expect(err.status).toBe(422);
    expect(err.field).toBe("body");
    expect(err.message).toContain('"https://example.org/quay.jpg"');
    const stored = await getNewsroomArticle(db, article.id);
    expect([stored?.title, stored?.body]).toEqual(["Quay", `Before.\n\n![Quay](${upload})`]);
    expect(await listRevisions(db, article.id)).toHaveLength(1);
  });

  it("refuses to restore a revision saved before the rule with an image from elsewhere, and changes nothing", async () => {
    const { article } = await createDraft(db, { title: "Quay", body: "First." }, ana);
    await updateArticle(db, article.id, { body: "Second." }, ana);
    // Old content: revision 1 as it was written before bodies were checked.
    await db.updateTable("article_revisions").set({ body: "First.\n\n![Quay](https://example.org/old.jpg)" }).where("article_id", "=", article.id).where("rev", "=", 1).execute();
    const err = await failure(restoreRevision(db, article.id, 1, ana));
    expect(err.status).toBe(422);
    expect(err.field).toBe("body");
    expect(err.message).toMatch(/^Revision 1 cannot be restored as it is\. The body's image "https:\/\/example\.org\/old\.jpg" is not from the media library/);
    expect((await getNewsroomArticle(db, article.id))?.body).toBe("Second.");
    expect(await listRevisions(db, article.id)).toHaveLength(2);
  });
});

describe("hero images on save", () => {
  it("refuses a hero on another host even when the images table knows its address", async () => {
    await registerImages(db, [{ src: "https://cdn.example.org/hero.jpg", width: 800, height: 600, alt: "Far away" }]);
    const err = await failure(createDraft(db, { title: "A", body: "x", heroImage: { src: "https://cdn.example.org/hero.jpg", alt: "Far away" } }, ana));
    expect(err.status).toBe(422);
    expect(err.field).toBe("heroImage.src");
    expect(err.message).toContain('The hero image "https://cdn.example.org/hero.jpg" is not from the media library');
    expect(err.message).toMatch(HOW);

    const { article } = await createDraft(db, { title: "B", body: "x", heroImage: { src: upload, alt: "Dockers" } }, ana);
    const edit = await failure(updateArticle(db, article.id, { heroImage: { src: "//cdn.example.org/hero.jpg", alt: "Far away" } }, ana));
    expect(edit.field).toBe("heroImage.src");
    expect((await getNewsroomArticle(db, article.id))?.heroImage?.src).toBe(upload);
    expect((await listNewsroomArticles(db)).total).toBe(1);
  });
});
