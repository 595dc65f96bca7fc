import { z } from "zod";

/**
 * Configuration from the environment, validated once. A wrong value stops the process with a message that
 * names the variable and says what is expected, instead of failing later in some query.
 */
const schema = z.object({
  DATABASE_URL: z
    .string()
    .default("file:./data/dispatch.db")
    .refine((v) => v.startsWith("file:") || v === ":memory:" || /^postgres(ql)?:\/\//.test(v), {
      message: "must be file:<path> for SQLite (e.g. file:./data/dispatch.db) or postgres://user@host/db",
    }),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  BREAKING_POLL_SECONDS: wholeNumber("seconds", 15, 2, 600, { min: "must be at least 2 seconds", max: "must be at most 600 seconds" }),
  // How long a breaking item stays up when whoever posts it gives no expiry (they can still ask for none).
  BREAKING_DEFAULT_HOURS: z.coerce
    .number({ message: "must be a number of hours, e.g. 6" })
    .positive({ message: "must be more than 0 hours, e.g. 6 (an item can still be posted with no expiry when asked)" })
    .max(720, { message: "must be at most 720 hours (30 days)" })
    .default(6),
  // Shared page and data cache for several instances (cache-handler.mjs); unset, each instance caches on its own.
  REDIS_URL: z
    .string()
    .refine((v) => /^rediss?:\/\/[^/]/.test(v) && URL.canParse(v), {
      message: "must be a Redis URL such as redis://127.0.0.1:6379 (rediss:// for TLS)",
    })
    .optional(),
  SITE_URL: z
    .url({ protocol: /^https?$/, message: "must be an absolute http(s) URL such as https://news.example.org" })
    .optional(),
  // PostgreSQL only (SQLite has one in-process connection): the pool's size and how long anything may wait.
  DB_POOL_MAX: wholeNumber("connections", 10, 1, 200),
  DB_CONNECT_TIMEOUT_MS: milliseconds(5_000, 1),
  DB_IDLE_TIMEOUT_MS: milliseconds(30_000, 0),
  DB_STATEMENT_TIMEOUT_MS: milliseconds(15_000, 0),
  // Proxies whose X-Forwarded-For is believed (sign-in limits count the client's address): addresses or CIDR blocks.
  TRUSTED_PROXIES: z
    .string()
    .transform((v) => v.split(/[\s,]+/).filter(Boolean))
    .refine((list) => (list.length === 1 && list[0] === "none") || list.every(isAddressOrBlock), {
      message: 'must be addresses or CIDR blocks separated by commas, e.g. "127.0.0.1, 10.0.0.0/8", or "none"',
    })
    .transform((list) => (list[0] === "none" ? [] : list))
    .default(["127.0.0.0/8", "::1"]),
  // Per uploader (a newsroom user or an API key): images in any hour, and megabytes kept in the media library.
  UPLOADS_PER_HOUR: wholeNumber("uploads", 60, 1, 100_000),
  UPLOAD_QUOTA_MB: wholeNumber("megabytes", 1000, 1, 10_000_000),
});

/** Whether `entry` is an IPv4 or IPv6 address or a CIDR block ("10.0.0.0/8", "fd00::/8"), without node:net. */
function isAddressOrBlock(entry: string): boolean {
  const [address, bits, ...rest] = entry.split("/");
  const v4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/.test(address);
  const v6 = !v4 && address.includes(":") && /^[0-9a-f:.]+$/i.test(address) && URL.canParse(`http://[${address}]/`);
  if ((!v4 && !v6) || rest.length > 0) return false;
  return bits === undefined || (/^\d{1,3}$/.test(bits) && Number(bits) <= (v4 ? 32 : 128));
}

/** A whole number from the environment, with messages that name its unit and give an example. */
function wholeNumber(unit: string, fallback: number, min: number, max: number, limits = { min: `must be at least ${min}`, max: `must be at most ${max}` }) {
  return z.coerce
    .number({ message: `must be a number of ${unit}, e.g. ${fallback}` })
    .int({ message: `must be a whole number of ${unit}, e.g. ${fallback}` })
    .min(min, { message: limits.min })
    .max(max, { message: limits.max })
    .default(fallback);
}

/** A duration in milliseconds from the environment; 0 (where allowed) means no limit. */
function milliseconds(fallback: number, min: number) {
  return wholeNumber("milliseconds", fallback, min, 3_600_000, { min: `must be at least ${min}`, max: "must be at most 3600000 (one hour)" });
}

export type Config = {
  databaseUrl: string;
  port: number;
  /** Redis for the shared cache (read by cache-handler.mjs and /api/health); undefined without one. */
  redisUrl?: string;
  /** Absolute origin without a trailing slash, used for canonical links, feeds and JSON-LD. */
  siteUrl: string;
  /** How often open pages poll for breaking news. */
  breakingPollSeconds: number;
  /** A breaking item posted without an expiry expires this many hours later, unless no expiry is asked for. */
  breakingDefaultHours: number;
  /** PostgreSQL connection pool; ignored for SQLite. */
  pool: PoolConfig;
  /** Addresses or CIDR blocks of proxies whose X-Forwarded-For names the client; by default loopback, [] for none. */
  trustedProxies: string[];
  /** Limits on each uploader's images: how many in any hour, and how many bytes they may keep. */
  uploads: UploadLimits;
};

export type UploadLimits = { perHour: number; quotaBytes: number };

export type PoolConfig = {
  /** Most connections one process holds open. */
  max: number;
  /** How long to wait for a new connection before failing (the database is down or unreachable). */
  connectTimeoutMs: number;
  /** How long an unused connection stays open; 0 keeps it. */
  idleTimeoutMs: number;
  /** How long one statement may run before the server cancels it; 0 means no limit. */
  statementTimeoutMs: number;
};

export class ConfigError extends Error {}

export function parseConfig(env: Record<string, string | undefined>): Config {
  const clean = Object.fromEntries(
    Object.entries({
      DATABASE_URL: env.DATABASE_URL,
      PORT: env.PORT,
      REDIS_URL: env.REDIS_URL,
      SITE_URL: env.SITE_URL,
      BREAKING_POLL_SECONDS: env.BREAKING_POLL_SECONDS,
      BREAKING_DEFAULT_HOURS: env.BREAKING_DEFAULT_HOURS,
      DB_POOL_MAX: env.DB_POOL_MAX,
      DB_CONNECT_TIMEOUT_MS: env.DB_CONNECT_TIMEOUT_MS,
      DB_IDLE_TIMEOUT_MS: env.DB_IDLE_TIMEOUT_MS,
      DB_STATEMENT_TIMEOUT_MS: env.DB_STATEMENT_TIMEOUT_MS,
      TRUSTED_PROXIES: env.TRUSTED_PROXIES,
      UPLOADS_PER_HOUR: env.UPLOADS_PER_HOUR,
      UPLOAD_QUOTA_MB: env.UPLOAD_QUOTA_MB,
    }).filter(
      ([, v]) => v !== undefined && v !== "",
    ),
  );
  const parsed = schema.safeParse(clean);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new ConfigError(`Dispatch cannot start: invalid configuration\n${lines.join("\n")}`);
  }
  const { DATABASE_URL, PORT, SITE_URL, BREAKING_POLL_SECONDS, BREAKING_DEFAULT_HOURS, TRUSTED_PROXIES, UPLOADS_PER_HOUR, UPLOAD_QUOTA_MB, ...db } = parsed.data;
  return {
    databaseUrl: DATABASE_URL,
    port: PORT,
    redisUrl: parsed.data.REDIS_URL,
    siteUrl: (SITE_URL ?? `http://localhost:${PORT}`).replace(/\/+$/, ""),
    breakingPollSeconds: BREAKING_POLL_SECONDS,
    breakingDefaultHours: BREAKING_DEFAULT_HOURS,
    pool: {
      max: db.DB_POOL_MAX,
      connectTimeoutMs: db.DB_CONNECT_TIMEOUT_MS,
      idleTimeoutMs: db.DB_IDLE_TIMEOUT_MS,
      statementTimeoutMs: db.DB_STATEMENT_TIMEOUT_MS,
    },
    trustedProxies: TRUSTED_PROXIES,
    uploads: { perHour: UPLOADS_PER_HOUR, quotaBytes: UPLOAD_QUOTA_MB * 1_000_000 },
  };
}

let cached: Config | undefined;

/** The process's configuration; throws ConfigError with a readable message when the environment is wrong. */
export function config(): Config {
  cached ??= parseConfig(process.env);
  return cached;
}
