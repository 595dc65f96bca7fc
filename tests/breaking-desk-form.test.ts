import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { BreakingDesk } from "@/components/newsroom/BreakingDesk";
import { decodeDeskTyped, DESK_ERRORS, deskErrorCode, encodeDeskTyped, parseDeskError } from "@/lib/breaking/desk-form";
import { BreakingValidationError, HEADLINE_MAX } from "@/lib/breaking/schema";
import { postBreaking } from "@/lib/breaking/store";
import type { Db } from "@/lib/db/connection";
import { editionList } from "@/lib/editions/registry";
import { ui } from "@/lib/i18n/ui";
import { tempDb } from "./helpers/temp-db";

/** The breaking desk's form after a refusal: codes in the URL, our own words on the page, the typed text in a cookie. */

let db: Db;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ db, cleanup } = await tempDb()));
afterEach(() => cleanup());

async function refusal(input: Record<string, unknown>): Promise<BreakingValidationError> {
  try {
    await postBreaking(db, input);
  } catch (err) {
    if (err instanceof BreakingValidationError) return err;
    throw err;
  }
  throw new Error("expected the store to refuse the item");
}

describe("the desk's error codes", () => {
  it("accepts only our own codes from a URL; anything else shows nothing", () => {
    expect(parseDeskError("link")).toEqual({ code: "link", field: "link" });
    expect(parseDeskError("forbidden")).toEqual({ code: "forbidden", field: undefined });
    expect(parseDeskError("language")).toEqual({ code: "language", field: "language" });
    for (const crafted of ["Your account is locked: call +1 555 0100", "<b>x</b>", "", undefined, ["link"], "constructor", "toString"]) {
      expect(parseDeskError(crafted), String(crafted)).toBeNull();
    }
  });

  it("has words in lib/i18n/ui.ts for every code", () => {
    const b = ui("en").newsroom.breakingDesk;
    for (const code of DESK_ERRORS) {
      const words = code === "forbidden" ? b.forbidden : b.errors[code];
      expect(words, code).toMatch(/\S/);
    }
    expect(b.errors.headlineTooLong.replace("{max}", String(HEADLINE_MAX))).toContain("200 characters");
  });

  it("names the store's refusals by code: an over-long headline, a bad link, an expiry", async () => {
    const long = "Minister ".repeat(300);
    expect(deskErrorCode(await refusal({ headline: long }), long)).toBe("headlineTooLong");
    expect(deskErrorCode(await refusal({ headline: "   " }), "   ")).toBe("headlineEmpty");
    expect(deskErrorCode(await refusal({ headline: "Ok", link: "javascript:alert(1)" }), "Ok")).toBe("link");
    expect(deskErrorCode(await refusal({ headline: "Ok", priority: "urgent" }), "Ok")).toBe("priority");
    expect(deskErrorCode(await refusal({ headline: "Ok", expiresAt: "2000-01-01T00:00:00Z" }), "Ok")).toBe("expiry");
    // Only an edition's language: Arabic has no edition of its own, so no breaking news of its own.
    expect(deskErrorCode(await refusal({ headline: "Ok", language: "ar" }), "Ok")).toBe("language");
    expect(deskErrorCode({}, "Ok")).toBe("invalid");
  });
});

describe("what was typed, kept in a cookie", () => {
  it("comes back exactly, and fits in a cookie even at the form's limits", () => {
    const typed = { headline: "Флот вышел из порта — обновление", link: "https://example.org/a?b=c", priority: "developing", language: "ru", expiresInMinutes: "30", noExpiry: "" };
    expect(decodeDeskTyped(encodeDeskTyped({ ...typed, expiresInMinutes: "", noExpiry: "on" }))?.noExpiry).toBe("on");
    expect(decodeDeskTyped(encodeDeskTyped(typed))).toEqual(typed);
    const huge = { headline: "ж".repeat(5_000), link: `https://example.org/${"é".repeat(3_000)}`, priority: "x".repeat(100), language: "x".repeat(100), expiresInMinutes: "9".repeat(100), noExpiry: "x".repeat(100) };
    const value = encodeDeskTyped(huge);
    expect(value.length).toBeLessThan(4_000);
    expect(value).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeDeskTyped(value)?.headline).toBe("ж".repeat(400));
  });

  it("is refused when it is not what our route wrote", () => {
    expect(decodeDeskTyped(undefined)).toBeNull();
    expect(decodeDeskTyped("not base64 json")).toBeNull();
    expect(decodeDeskTyped(Buffer.from(JSON.stringify({ headline: 1 })).toString("base64url"))).toBeNull();
  });

  it("from before the desk chose an edition, comes back without one", () => {
    const old = { headline: "Port closed", link: "", priority: "breaking", expiresInMinutes: "", noExpiry: "" };
    expect(decodeDeskTyped(Buffer.from(JSON.stringify(old)).toString("base64url"))).toEqual({ ...old, language: "" });
  });
});

describe("the desk's edition", () => {
  const typed = { headline: "Паром отменён", link: "", priority: "breaking", language: "ru", expiresInMinutes: "", noExpiry: "" };
  const desk = (props: Partial<Parameters<typeof BreakingDesk>[0]> = {}) =>
    renderToStaticMarkup(createElement(BreakingDesk, { t: ui("en"), items: [], now: new Date(), canWrite: true, notice: null, error: null, typed, defaultHours: 6, ...props }));

  it("is a labelled select of the editions, each named in its own language, posting the edition's language", () => {
    const html = desk();
    expect(html).toContain('<label for="b-language" class="font-semibold">Edition</label>');
    const select = html.match(/<select id="b-language"[^>]*>([\s\S]*?)<\/select>/);
    expect(select?.[0]).toContain('name="language"');
    const options = [...(select?.[1] ?? "").matchAll(/<option value="([^"]*)"([^>]*)>([^<]*)<\/option>/g)].map((m) => [m[1], m[2].match(/lang="([^"]*)"/)?.[1], m[3], /selected/.test(m[2])]);
    expect(options).toEqual(editionList.map((e) => [e.lang, e.lang, e.label, e.lang === "ru"]));
    // No free-text language anywhere on the form.
    expect(html).not.toMatch(/<input[^>]*name="language"/);
  });

  it("marks the select when the store refused the language, and names each item's edition in the list", () => {
    const refused = desk({ error: { message: ui("en").newsroom.breakingDesk.errors.language, field: "language" } });
    expect(refused.match(/<select id="b-language"[^>]*>/)?.[0]).toContain('aria-invalid="true"');
    expect(refused).toContain("Choose one of the editions in the list.");
    const item = (id: number, language: string, headline: string) => ({
      id, headline, link: null, language, priority: "breaking" as const, postedAt: "2026-01-01T10:00:00.000Z", expiresAt: null, withdrawnAt: null, updatedAt: "2026-01-01T10:00:00.000Z",
    });
    const list = desk({ items: [item(1, "en", "Port closed"), item(2, "fa", "بندر بسته شد")], now: new Date("2026-01-01T11:00:00Z") });
    expect(list).toContain('<th scope="col" class="border-b border-rule px-2 py-2 text-start align-top">Edition</th>');
    expect(list).toContain('<span lang="fa" dir="rtl">بندر بسته شد</span>');
    expect(list).toContain('<span lang="fa" dir="rtl">فارسی</span>');
    expect(list).toContain("<span>English</span>");
  });
});
