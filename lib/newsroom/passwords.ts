import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from "node:crypto";
import { z } from "zod";

/**
 * Password hashing with scrypt, a memory-hard function: each guess costs 32 MiB and tens of milliseconds, which
 * makes a stolen table expensive to crack. Stored as `scrypt$N$r$p$salt$hash` (salt and hash in base64) so the
 * cost can be raised later while old hashes still verify.
 */

const N = 2 ** 15;
const R = 8;
const P = 1;
const SALT_BYTES = 16;
const KEY_BYTES = 64;

export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 200;

/** The password policy, for every place a password is chosen (CLI, admin API, forms). */
export const passwordSchema = z
  .string({ error: "Give a password as text" })
  .superRefine((s, ctx) => {
    const length = [...s].length; // characters as people count them
    if (length < PASSWORD_MIN)
      ctx.addIssue({ code: "custom", message: `Choose a password of at least ${PASSWORD_MIN} characters (it has ${length})` });
    else if (length > PASSWORD_MAX)
      ctx.addIssue({ code: "custom", message: `Keep the password to ${PASSWORD_MAX} characters (it has ${length})` });
  });

function derive(password: string, salt: Buffer, n: number, r: number, p: number, length: number): Promise<Buffer> {
  // Node's default memory cap (32 MiB) is exactly scrypt's need at N=2^15, r=8 and refuses it; allow twice that.
  const options: ScryptOptions = { N: n, r, p, maxmem: 256 * n * r };
  return new Promise((resolve, reject) =>
    scrypt(password.normalize("NFC"), salt, length, options, (err, key) => (err ? reject(err) : resolve(key))),
  );
}

/** A new salted scrypt hash of `password`. Does not apply the policy: validate with passwordSchema first. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(SALT_BYTES);
  const key = await derive(password, salt, N, R, P, KEY_BYTES);
  return ["scrypt", N, R, P, salt.toString("base64"), key.toString("base64")].join("$");
}

/** Whether `password` matches a hash made by hashPassword; false (never an exception) for a malformed hash. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parts = stored.split("$");
  if (parts.length !== 6 || parts[0] !== "scrypt") return false;
  const [n, r, p] = parts.slice(1, 4).map(Number);
  // Bounds keep a corrupted row from asking for gigabytes of memory.
  const sane = (v: number, max: number) => Number.isSafeInteger(v) && v >= 1 && v <= max;
  if (!sane(n, 2 ** 20) || (n & (n - 1)) !== 0 || !sane(r, 32) || !sane(p, 16)) return false;
  const salt = Buffer.from(parts[4], "base64");
  const expected = Buffer.from(parts[5], "base64");
  if (salt.length === 0 || expected.length < 16) return false;
  const actual = await derive(password, salt, n, r, p, expected.length);
  return timingSafeEqual(actual, expected);
}
