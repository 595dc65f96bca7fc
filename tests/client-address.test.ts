import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { parseConfig } from "@/lib/config";
import type { Db } from "@/lib/db/connection";
import { signIn, SIGN_IN_LIMITS } from "@/lib/newsroom/sign-in";
import { clientAddress, PEER_HEADER, stampPeerAddresses } from "@/lib/server/client-address";
import { tempDb } from "./helpers/temp-db";

/**
 * A real HTTP server with the stamp installed as instrumentation.ts installs it, answering what the sign-in route
 * would: the address it counts, or the sign-in's status. Clients connect from chosen loopback addresses
 * (127.0.0.2, 127.0.0.3, …) to play different machines.
 */
let db: Db;
let cleanup: () => Promise<void>;
let trusted: string[] = [];
let server: http.Server;
let port = 0;

beforeAll(async () => {
  stampPeerAddresses();
  server = http.createServer(async (req, res) => {
    const headers = new Headers();
    for (const [name, value] of Object.entries(req.headers)) if (typeof value === "string") headers.set(name, value);
    const ip = clientAddress(headers, trusted);
    if (req.url === "/address") return void res.end(ip);
    const email = new URL(req.url ?? "/", "http://x").searchParams.get("email") ?? "";
    const result = await signIn(db, { email, password: "not the password", ip });
    res.statusCode = result.ok ? 200 : result.reason === "rate-limited" ? 429 : 401;
    res.end(ip);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(async () => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(async () => {
  ({ db, cleanup } = await tempDb());
});
afterEach(async () => cleanup());

function get(path: string, { from = "127.0.0.1", headers = {} }: { from?: string; headers?: Record<string, string> } = {}) {
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = http.get({ host: "127.0.0.1", port, path, localAddress: from, headers, agent: false }, (res) => {
      let body = "";
      res.on("data", (c) => (body += c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on("error", reject);
  });
}

describe("the client's address", () => {
  it("is the socket's for a client that is no trusted proxy, whatever it claims", async () => {
    trusted = parseConfig({ TRUSTED_PROXIES: "none" }).trustedProxies;
    expect((await get("/address", { from: "127.0.0.2" })).body).toBe("127.0.0.2");
    expect((await get("/address", { from: "127.0.0.3" })).body).toBe("127.0.0.3"); // direct clients no longer share one key
    const forged = { "x-forwarded-for": "10.77.1.1", [PEER_HEADER]: "anything 10.9.9.9" };
    expect((await get("/address", { from: "127.0.0.2", headers: forged })).body).toBe("127.0.0.2");
  });

  it("is what a trusted proxy forwards, read from the right past every trusted hop", async () => {
    trusted = parseConfig({}).trustedProxies; // loopback: the shipped nginx on this host
    expect((await get("/address", { headers: { "x-forwarded-for": "203.0.113.9" } })).body).toBe("203.0.113.9");
    expect((await get("/address", { headers: { "x-forwarded-for": "10.77.1.1, 203.0.113.9" } })).body).toBe("203.0.113.9");
    expect((await get("/address", { headers: { "x-forwarded-for": "203.0.113.9, 127.0.0.5" } })).body).toBe("203.0.113.9");
    expect((await get("/address", { headers: { "x-forwarded-for": "not-an-address" } })).body).toBe("127.0.0.1");
    expect((await get("/address")).body).toBe("127.0.0.1");
    trusted = parseConfig({ TRUSTED_PROXIES: "127.0.0.2" }).trustedProxies;
    expect((await get("/address", { from: "127.0.0.2", headers: { "x-forwarded-for": "::ffff:203.0.113.9" } })).body).toBe("203.0.113.9");
    expect((await get("/address", { from: "127.0.0.3", headers: { "x-forwarded-for": "203.0.113.9" } })).body).toBe("127.0.0.3");
  });

  it("without this process's stamp is unknown: a header a client sent itself is not believed", () => {
    const headers = new Headers({ [PEER_HEADER]: "guess 127.0.0.1", "x-forwarded-for": "10.77.1.1" });
    expect(clientAddress(headers, ["127.0.0.0/8"])).toBe("unknown");
  });

  it("a forged X-Forwarded-For from a non-proxy gives no fresh sign-in attempts", async () => {
    trusted = parseConfig({ TRUSTED_PROXIES: "none" }).trustedProxies;
    const statuses: number[] = [];
    for (let i = 1; i <= SIGN_IN_LIMITS.perIp + 2; i++) {
      const res = await get(`/sign-in?email=nobody-${i}@example.org`, { from: "127.0.0.4", headers: { "x-forwarded-for": `10.77.${i}.1` } });
      statuses.push(res.status);
    }
    expect(statuses.slice(0, SIGN_IN_LIMITS.perIp).every((s) => s === 401), statuses.join(",")).toBe(true);
    expect(statuses.slice(SIGN_IN_LIMITS.perIp)).toEqual([429, 429]);
    const keys = (await db.selectFrom("login_attempts").select("key").distinct().execute()).map((r) => r.key);
    expect(keys.filter((k) => k.startsWith("ip:"))).toEqual(["ip:127.0.0.4"]);
    // Another machine is not locked out with it.
    expect((await get("/sign-in?email=someone@example.org", { from: "127.0.0.5" })).status).toBe(401);
  });
});

describe("TRUSTED_PROXIES", () => {
  it("is loopback by default, a list of addresses and blocks, or none", () => {
    expect(parseConfig({}).trustedProxies).toEqual(["127.0.0.0/8", "::1"]);
    expect(parseConfig({ TRUSTED_PROXIES: "10.0.0.5, 10.1.0.0/16 fd00::/8" }).trustedProxies).toEqual(["10.0.0.5", "10.1.0.0/16", "fd00::/8"]);
    expect(parseConfig({ TRUSTED_PROXIES: "none" }).trustedProxies).toEqual([]);
    expect(() => parseConfig({ TRUSTED_PROXIES: "nginx.local" })).toThrow(/TRUSTED_PROXIES: must be addresses or CIDR blocks/);
    expect(() => parseConfig({ TRUSTED_PROXIES: "10.0.0.0/33" })).toThrow(/TRUSTED_PROXIES/);
    expect(() => parseConfig({ TRUSTED_PROXIES: "none, 10.0.0.1" })).toThrow(/TRUSTED_PROXIES/);
  });
});
