import { z } from "zod";
import type { Db } from "../db/connection";
import { NotFoundError } from "../errors";
import { roleSchema, type Principal, type Role } from "./roles";
import { hashToken, randomToken } from "./tokens";
import { parseInput } from "../validation";

/**
 * API keys for scripts and integrations. A key is shown once, when created; the database keeps its SHA-256 and
 * the first 8 characters (the prefix) so people can tell keys apart in a list. Keys act with the role they were
 * given (writer, the least privilege, unless told otherwise) and stop working the moment they are revoked.
 */

export const API_KEY_PREFIX = "dsp_";
const KEY_PATTERN = /^dsp_[A-Za-z0-9_-]{43}$/;
/** last_used_at is written at most this often per key: one write a minute, not one per request. */
const TOUCH_EVERY_MS = 60_000;

type Clock = { now?: Date };

export type ApiKeyInfo = {
  id: number;
  name: string;
  /** The key's first 8 characters, e.g. "dsp_Ab3x", for telling keys apart. */
  prefix: string;
  role: Role;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
};

export const newApiKeySchema = z.object({
  name: z
    .string({ error: "Name the key after what uses it, e.g. wire-importer" })
    .transform((s) => s.replace(/\s+/g, " ").trim())
    .pipe(
      z
        .string()
        .min(1, "Name the key after what uses it, e.g. wire-importer")
        .max(100, "Keep the key's name to 100 characters"),
    ),
  // The least privilege unless asked for more: a key that only drafts cannot publish or post breaking news.
  role: roleSchema.optional().default("writer"),
});

export type NewApiKeyInput = z.input<typeof newApiKeySchema>;

const columns = ["id", "name", "prefix", "role", "created_at", "last_used_at", "revoked_at"] as const;

type Row = {
  id: number;
  name: string;
  prefix: string;
  role: Role;
  created_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
};

function toInfo(r: Row): ApiKeyInfo {
  return {
    id: r.id,
    name: r.name,
    prefix: r.prefix,
    role: r.role,
    createdAt: r.created_at,
    lastUsedAt: r.last_used_at,
    revokedAt: r.revoked_at,
  };
}

/**
 * Creates a key and returns it: the only time the key itself exists outside its holder's hands. Throws
 * ValidationError naming the field (name or role) for wrong input.
 */
export async function createApiKey(
  db: Db,
  input: NewApiKeyInput | Record<string, unknown>,
  { now = new Date() }: Clock = {},
): Promise<{ key: string; id: number; prefix: string }> {
  const v = parseInput(newApiKeySchema, input, "Send the key as an object with a name and optionally a role");
  const key = `${API_KEY_PREFIX}${randomToken()}`;
  const prefix = key.slice(0, 8);
  const row = await db
    .insertInto("api_keys")
    .values({ name: v.name, key_hash: hashToken(key), prefix, role: v.role, created_at: now.toISOString() })
    .returning("id")
    .executeTakeFirstOrThrow();
  return { key, id: row.id, prefix };
}

/** The principal a presented key acts as, or null when it is malformed, unknown or revoked. */
export async function verifyApiKey(
  db: Db,
  presented: string | null | undefined,
  { now = new Date() }: Clock = {},
): Promise<Principal | null> {
  if (typeof presented !== "string" || !KEY_PATTERN.test(presented)) return null;
  const row = await db
    .selectFrom("api_keys")
    .select(["id", "name", "role", "last_used_at", "revoked_at"])
    .where("key_hash", "=", hashToken(presented))
    .executeTakeFirst();
  if (!row || row.revoked_at !== null) return null;
  if (row.last_used_at === null || now.getTime() - Date.parse(row.last_used_at) >= TOUCH_EVERY_MS) {
    await db.updateTable("api_keys").set({ last_used_at: now.toISOString() }).where("id", "=", row.id).execute();
  }
  return { kind: "key", keyId: row.id, name: row.name, role: row.role };
}

/**
 * The principal for an `Authorization: Bearer <key>` header, or null when the header is missing, of another
 * scheme, or carries a key that does not verify.
 */
export async function principalFromAuthorizationHeader(
  db: Db,
  header: string | null | undefined,
  clock: Clock = {},
): Promise<Principal | null> {
  const m = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(header ?? "");
  return m ? verifyApiKey(db, m[1], clock) : null;
}

/** Revokes a key at once. Idempotent: revoking again keeps the first time. Throws NotFoundError for an unknown id. */
export async function revokeApiKey(db: Db, id: number, { now = new Date() }: Clock = {}): Promise<ApiKeyInfo> {
  await db
    .updateTable("api_keys")
    .set({ revoked_at: now.toISOString() })
    .where("id", "=", id)
    .where("revoked_at", "is", null)
    .execute();
  const row = await db.selectFrom("api_keys").select(columns).where("id", "=", id).executeTakeFirst();
  if (!row) throw new NotFoundError(`There is no API key #${id}: check the id in the list of keys`);
  return toInfo(row);
}

/** Every key, newest first, without hashes: names, prefixes, roles and when each was last used. */
export async function listApiKeys(db: Db, { includeRevoked = true }: { includeRevoked?: boolean } = {}): Promise<ApiKeyInfo[]> {
  let q = db.selectFrom("api_keys").select(columns);
  if (!includeRevoked) q = q.where("revoked_at", "is", null);
  return (await q.orderBy("id", "desc").execute()).map(toInfo);
}
