import { describe, expect, it } from "vitest";
import { isDatabaseUnavailable } from "@/lib/db/errors";
import { openDb } from "@/lib/db/connection";
import { ValidationError } from "@/lib/errors";
import { tempDb } from "./helpers/temp-db";

describe("isDatabaseUnavailable", () => {
  it("recognises connection failures, shutdowns and a locked SQLite file", () => {
    const refused = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" });
    expect(isDatabaseUnavailable(refused)).toBe(true);
    expect(isDatabaseUnavailable(Object.assign(new Error("terminating connection due to administrator command"), { code: "57P01" }))).toBe(true);
    expect(isDatabaseUnavailable(Object.assign(new Error("x"), { code: "08006" }))).toBe(true);
    expect(isDatabaseUnavailable(new Error("Connection terminated unexpectedly"))).toBe(true);
    expect(isDatabaseUnavailable(new Error("wrapped", { cause: refused }))).toBe(true);
    expect(isDatabaseUnavailable(new AggregateError([refused], ""))).toBe(true);
  });

  it("does not mistake bad input or bad queries for an outage", async () => {
    expect(isDatabaseUnavailable(new ValidationError("Title is required", "title"))).toBe(false);
    expect(isDatabaseUnavailable(Object.assign(new Error("duplicate key"), { code: "23505" }))).toBe(false);
    expect(isDatabaseUnavailable(null)).toBe(false);
    const { db, cleanup } = await tempDb();
    try {
      const err = await db.selectFrom("no_such_table" as never).selectAll().execute().catch((e: unknown) => e);
      expect(isDatabaseUnavailable(err)).toBe(false);
    } finally {
      await cleanup();
    }
  });

  it("is true for a PostgreSQL server that is not there", async () => {
    // Nothing listens on port 1: the pool's connect attempt is refused.
    const db = openDb("postgres://postgres@127.0.0.1:1/none");
    try {
      const err = await db.selectFrom("articles").select("id").execute().catch((e: unknown) => e);
      expect(isDatabaseUnavailable(err)).toBe(true);
    } finally {
      await db.destroy();
    }
  });
});
