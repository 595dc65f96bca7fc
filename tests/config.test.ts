import { describe, expect, it } from "vitest";
import { ConfigError, parseConfig } from "@/lib/config";

describe("configuration from the environment", () => {
  it("has working defaults", () => {
    expect(parseConfig({})).toEqual({
      databaseUrl: "file:./data/dispatch.db",
      port: 3000,
      siteUrl: "http://localhost:3000",
      breakingPollSeconds: 15,
      breakingDefaultHours: 6,
      pool: { max: 10, connectTimeoutMs: 5000, idleTimeoutMs: 30000, statementTimeoutMs: 15000 },
      trustedProxies: ["127.0.0.0/8", "::1"],
      uploads: { perHour: 60, quotaBytes: 1_000_000_000 },
    });
  });

  it("takes upload limits, and refuses wrong ones naming the variable", () => {
    expect(parseConfig({ UPLOADS_PER_HOUR: "5", UPLOAD_QUOTA_MB: "20" }).uploads).toEqual({ perHour: 5, quotaBytes: 20_000_000 });
    expect(() => parseConfig({ UPLOADS_PER_HOUR: "0" })).toThrow(/UPLOADS_PER_HOUR: must be at least 1/);
    expect(() => parseConfig({ UPLOAD_QUOTA_MB: "lots" })).toThrow(/UPLOAD_QUOTA_MB: must be a number of megabytes/);
  });

  it("takes SITE_URL without its trailing slash and PORT as a number", () => {
    expect(parseConfig({ SITE_URL: "https://news.example.org/", PORT: "8080" })).toMatchObject({ siteUrl: "https://news.example.org", port: 8080 });
  });

  it("takes BREAKING_DEFAULT_HOURS in hours, fractions too", () => {
    expect(parseConfig({ BREAKING_DEFAULT_HOURS: "1.5" }).breakingDefaultHours).toBe(1.5);
  });

  it("refuses wrong values with a message naming the variable", () => {
    expect(() => parseConfig({ DATABASE_URL: "mysql://x" })).toThrow(ConfigError);
    expect(() => parseConfig({ DATABASE_URL: "mysql://x" })).toThrow(/DATABASE_URL/);
    expect(() => parseConfig({ PORT: "eighty" })).toThrow(/PORT/);
    expect(() => parseConfig({ BREAKING_POLL_SECONDS: "1" })).toThrow(/BREAKING_POLL_SECONDS: must be at least 2/);
    expect(() => parseConfig({ BREAKING_DEFAULT_HOURS: "0" })).toThrow(/BREAKING_DEFAULT_HOURS: must be more than 0 hours/);
    expect(() => parseConfig({ BREAKING_DEFAULT_HOURS: "six" })).toThrow(/BREAKING_DEFAULT_HOURS: must be a number of hours/);
    expect(() => parseConfig({ BREAKING_DEFAULT_HOURS: "1000" })).toThrow(/BREAKING_DEFAULT_HOURS: must be at most 720/);
    expect(() => parseConfig({ SITE_URL: "news.example.org" })).toThrow(/SITE_URL: must be an absolute/);
    expect(() => parseConfig({ SITE_URL: "javascript:alert(1)" })).toThrow(/SITE_URL/);
    expect(() => parseConfig({ DB_POOL_MAX: "0" })).toThrow(/DB_POOL_MAX: must be at least 1/);
    expect(() => parseConfig({ DB_STATEMENT_TIMEOUT_MS: "soon" })).toThrow(/DB_STATEMENT_TIMEOUT_MS: must be a number of milliseconds/);
  });
});
