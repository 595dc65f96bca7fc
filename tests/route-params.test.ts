import { describe, expect, it } from "vitest";
import { pageParam, routeParam } from "@/lib/route-params";

describe("routeParam", () => {
  it("decodes a percent-encoded slug once", () => {
    expect(routeParam("%D0%BD%D0%B0%D0%B2%D0%BE%D0%B4%D0%BD%D0%B5%D0%BD%D0%B8%D0%B5")).toBe("наводнение");
    expect(routeParam("field-notes")).toBe("field-notes");
    expect(routeParam("100%2525")).toBe("100%25");
  });

  it("keeps a malformed escape as written instead of failing the page", () => {
    expect(routeParam("100%")).toBe("100%");
    expect(routeParam("%E0%A4%A")).toBe("%E0%A4%A");
  });
});

describe("pageParam", () => {
  it("reads positive page numbers", () => {
    expect(pageParam("1")).toBe(1);
    expect(pageParam("42")).toBe(42);
  });

  it("refuses anything else, so the page is a 404", () => {
    for (const raw of ["0", "-1", "01", "two", "1.5", "", " 2", "1234567"]) expect(pageParam(raw), raw).toBeNull();
  });
});
