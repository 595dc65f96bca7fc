import { z } from "zod";
import type { Db } from "../db/connection";
import { isUniqueViolation } from "../db/errors";
import { ConflictError, NotFoundError } from "../errors";
import { hashPassword, passwordSchema } from "./passwords";
import { roleSchema, type Role } from "./roles";
import { parseInput } from "../validation";

/**
 * Newsroom accounts: every read and write of the users table. Emails are trimmed and lowercased on the way in,
 * so "Ana@Example.org" and "ana@example.org" are one account. Password hashes never leave this module except
 * through findUserCredentials, which sign-in uses.
 */

export type User = {
  id: number;
  email: string;
  name: string;
  role: Role;
  createdAt: string;
  disabledAt: string | null;
};

type Clock = { now?: Date };

/** An email address as stored: trimmed and lowercased. */
export const emailSchema = z
  .string({ error: "Give an email address such as ana@example.org" })
  .trim()
  .toLowerCase()
  .pipe(z.email({ error: "Give an email address such as ana@example.org" }).max(254, "Keep the email address to 254 characters"));

const nameSchema = z
  .string({ error: "Give the person's name" })
  .transform((s) => s.replace(/\s+/g, " ").trim())
  .pipe(z.string().min(1, "Give the person's name: it cannot be empty").max(100, "Keep the name to 100 characters"));

export const newUserSchema = z.object({
  email: emailSchema,
  name: nameSchema,
  role: roleSchema,
  password: passwordSchema,
});

export type NewUserInput = z.input<typeof newUserSchema>;

const columns = ["id", "email", "name", "role", "created_at", "disabled_at"] as const;

type Row = { id: number; email: string; name: string; role: Role; created_at: string; disabled_at: string | null };

function toUser(r: Row): User {
  return { id: r.id, email: r.email, name: r.name, role: r.role, createdAt: r.created_at, disabledAt: r.disabled_at };
}

function taken(email: string): ConflictError {
  return new ConflictError(`There is already an account for ${email}: sign in with it, or disable it first`, "email");
}

/**
 * Creates an account. Throws ValidationError naming the field for wrong input (weak password included) and
 * ConflictError when the email address is taken.
 */
export async function createUser(db: Db, input: unknown, { now = new Date() }: Clock = {}): Promise<User> {
  const v = parseInput(newUserSchema, input, "Send the account as an object with email, name, role and password");
  if (await findUserByEmail(db, v.email)) throw taken(v.email);
  const passwordHash = await hashPassword(v.password);
  try {
    const row = await db
      .insertInto("users")
      .values({
        email: v.email,
        name: v.name,
        role: v.role,
        password_hash: passwordHash,
        created_at: now.toISOString(),
        disabled_at: null,
      })
      .returning(columns)
      .executeTakeFirstOrThrow();
    return toUser(row);
  } catch (err) {
    if (isUniqueViolation(err)) throw taken(v.email); // created by someone else since the check above
    throw err;
  }
}

/** The account for an email address (any case), disabled or not; null when there is none. */
export async function findUserByEmail(db: Db, email: string): Promise<User | null> {
  const row = await db.selectFrom("users").select(columns).where("email", "=", email.trim().toLowerCase()).executeTakeFirst();
  return row ? toUser(row) : null;
}

/** For sign-in only: the account and its password hash. */
export async function findUserCredentials(db: Db, email: string): Promise<{ user: User; passwordHash: string } | null> {
  const row = await db
    .selectFrom("users")
    .select([...columns, "password_hash"])
    .where("email", "=", email.trim().toLowerCase())
    .executeTakeFirst();
  return row ? { user: toUser(row), passwordHash: row.password_hash } : null;
}

export async function getUser(db: Db, id: number): Promise<User | null> {
  const row = await db.selectFrom("users").select(columns).where("id", "=", id).executeTakeFirst();
  return row ? toUser(row) : null;
}

/** Every account, by email; disabled ones only when asked. */
export async function listUsers(db: Db, { includeDisabled = true }: { includeDisabled?: boolean } = {}): Promise<User[]> {
  let q = db.selectFrom("users").select(columns);
  if (!includeDisabled) q = q.where("disabled_at", "is", null);
  return (await q.orderBy("email").execute()).map(toUser);
}

async function requireUser(db: Db, id: number): Promise<User> {
  const user = await getUser(db, id);
  if (!user) throw new NotFoundError(`There is no account #${id}: check the id in the list of accounts`);
  return user;
}

/**
 * Sets a new password (policy applied: ValidationError on field "password") and ends every session of the
 * account, so a session opened with the old password stops working.
 */
export async function setUserPassword(db: Db, userId: number, password: string): Promise<void> {
  const v = parseInput(z.object({ password: passwordSchema }), { password }, "Give the new password");
  await requireUser(db, userId);
  const passwordHash = await hashPassword(v.password);
  await db.transaction().execute(async (trx) => {
    await trx.updateTable("users").set({ password_hash: passwordHash }).where("id", "=", userId).execute();
    await trx.deleteFrom("sessions").where("user_id", "=", userId).execute();
  });
}

/**
 * Disables an account: it can no longer sign in and its sessions end at once. The row stays, for the bylines and
 * history it is linked to. Idempotent: disabling again keeps the first time.
 */
export async function disableUser(db: Db, userId: number, { now = new Date() }: Clock = {}): Promise<User> {
  const user = await requireUser(db, userId);
  return db.transaction().execute(async (trx) => {
    await trx.deleteFrom("sessions").where("user_id", "=", userId).execute();
    if (user.disabledAt !== null) return user;
    const row = await trx
      .updateTable("users")
      .set({ disabled_at: now.toISOString() })
      .where("id", "=", userId)
      .returning(columns)
      .executeTakeFirstOrThrow();
    return toUser(row);
  });
}
