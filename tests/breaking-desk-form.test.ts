import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { decodeDeskTyped, DESK_ERRORS, deskErrorCode, encodeDeskTyped, parseDeskError } from "@/lib/breaking/desk-form";
import { BreakingValidationError, HEADLINE_MAX } from "@/lib/breaking/schema";
import { postBreaking } from "@/lib/breaking/store";
import type { Db } from "@/lib/db/connection";
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
    expect(deskErrorCode({}, "Ok")).toBe("invalid");
  });
});

describe("what was typed, kept in a cookie", () => {
  it("comes back exactly, and fits in a cookie even at the form's limits", () => {
    const typed = { headline: "Флот вышел из порта — обновление", link: "https://example.org/a?b=c", priority: "developing", expiresInMinutes: "30", noExpiry: "" };
    expect(decodeDeskTyped(encodeDeskTyped({ ...typed, expiresInMinutes: "", noExpiry: "on" }))?.noExpiry).toBe("on");
    expect(decodeDeskTyped(encodeDeskTyped(typed))).toEqual(typed);
    const huge = { headline: "ж".repeat(5_000), link: `https://example.org/${"é".repeat(3_000)}`, priority: "x".repeat(100), expiresInMinutes: "9".repeat(100), noExpiry: "x".repeat(100) };
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
});
