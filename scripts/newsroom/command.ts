import type { ParseArgsConfig } from "node:util";
import type { Db } from "../../lib/db/connection";

/** What every area of `npm run newsroom` shares: the shape of a command, its usage errors, its output. */

type Command = {
  usage: string;
  options?: ParseArgsConfig["options"];
  run(db: Db, values: Record<string, string | boolean | undefined>, positionals: string[]): Promise<void>;
};

/** An area's commands by name (breaking post, user add, key revoke, …). */
export type Area = Record<string, Command>;

/** A mistake in how the command was typed: printed with the command's usage. */
export class UsageError extends Error {}

export const out = (line = "") => console.log(line);

/** The one numeric id a command such as `breaking withdraw ID` or `key revoke ID` takes. */
export function itemId(positionals: string[], usage: string): number {
  if (positionals.length !== 1) throw new UsageError(`Give one item id: ${usage}`);
  const id = Number(positionals[0]);
  if (!Number.isSafeInteger(id) || id < 1) throw new UsageError(`The id must be a whole number such as 12 (got "${positionals[0]}")`);
  return id;
}
