import { parseArgs, type ParseArgsConfig } from "node:util";
import { config, ConfigError } from "../lib/config";
import { openDb, type Db } from "../lib/db/connection";
import { migrate } from "../lib/db/migrations";
import { BreakingNotFoundError, BreakingValidationError, parseDuration } from "../lib/breaking/schema";
import {
  editBreaking,
  expireBreaking,
  isLive,
  listBreaking,
  postBreaking,
  withdrawBreaking,
} from "../lib/breaking/store";
import type { BreakingItem } from "../lib/breaking/types";
import { createApiKey, listApiKeys, revokeApiKey } from "../lib/newsroom/api-keys";
import { ConflictError, NotFoundError, ValidationError } from "../lib/newsroom/errors";
import { createUser, disableUser, findUserByEmail, listUsers, setUserPassword } from "../lib/newsroom/users";

/**
 * npm run newsroom -- <area> <command> [options]: newsroom work from a terminal, against DATABASE_URL.
 * Each area is a table of commands; add an area (users, keys, …) by adding an entry to `areas`.
 * Commands that touch one item print it and then, on the last line, only its id, so scripts can capture it.
 */

type Command = {
  usage: string;
  options?: ParseArgsConfig["options"];
  run(db: Db, values: Record<string, string | boolean | undefined>, positionals: string[]): Promise<void>;
};

/** A mistake in how the command was typed: printed with the command's usage. */
class UsageError extends Error {}

const out = (line = "") => console.log(line);

function itemId(positionals: string[], usage: string): number {
  if (positionals.length !== 1) throw new UsageError(`Give one item id: ${usage}`);
  const id = Number(positionals[0]);
  if (!Number.isSafeInteger(id) || id < 1) throw new UsageError(`The id must be a whole number such as 12 (got "${positionals[0]}")`);
  return id;
}

/** --expires takes a duration from now ("2h", "1h30m") or an ISO date and time. */
function expiryFrom(value: string, now: Date): string {
  if (/^\d{4}-\d{2}-\d{2}/.test(value)) return value;
  return new Date(now.getTime() + parseDuration(value)).toISOString();
}

function status(i: BreakingItem, now: Date): string {
  if (i.withdrawnAt) return "withdrawn";
  if (i.expiresAt && i.expiresAt <= now.toISOString()) return "expired";
  return isLive(i, now) ? "live" : "scheduled";
}

function printItem(verb: string, i: BreakingItem) {
  const now = new Date();
  out(`${verb} breaking item #${i.id} (${i.priority}, ${i.language}, ${status(i, now)})`);
  out(`  headline:  ${i.headline}`);
  out(`  link:      ${i.link ?? "(none)"}`);
  out(`  posted:    ${i.postedAt}`);
  out(`  expires:   ${i.expiresAt ?? "(no expiry)"}`);
  if (i.withdrawnAt) out(`  withdrawn: ${i.withdrawnAt}`);
  out(String(i.id));
}

const breaking: Record<string, Command> = {
  post: {
    usage: 'breaking post "headline" [--link URL] [--expires 2h] [--priority breaking|developing] [--lang en]',
    options: { link: { type: "string" }, expires: { type: "string" }, priority: { type: "string" }, lang: { type: "string" } },
    async run(db, v, positionals) {
      if (positionals.length !== 1) {
        throw new UsageError(`Give the headline as one quoted argument: npm run newsroom -- ${breaking.post.usage}`);
      }
      const now = new Date();
      const item = await postBreaking(
        db,
        {
          headline: positionals[0],
          link: v.link,
          priority: v.priority,
          language: v.lang,
          expiresAt: typeof v.expires === "string" ? expiryFrom(v.expires, now) : undefined,
        },
        { now },
      );
      printItem("Posted", item);
    },
  },
  edit: {
    usage:
      'breaking edit ID [--text "headline"] [--link URL | --no-link] [--expires 2h | --no-expiry] [--priority breaking|developing] [--lang en]',
    options: {
      text: { type: "string" },
      link: { type: "string" },
      "no-link": { type: "boolean" },
      expires: { type: "string" },
      "no-expiry": { type: "boolean" },
      priority: { type: "string" },
      lang: { type: "string" },
    },
    async run(db, v, positionals) {
      const id = itemId(positionals, breaking.edit.usage);
      if (v.link !== undefined && v["no-link"]) throw new UsageError("Give either --link or --no-link, not both");
      if (v.expires !== undefined && v["no-expiry"]) throw new UsageError("Give either --expires or --no-expiry, not both");
      const now = new Date();
      const patch = {
        headline: v.text,
        link: v["no-link"] ? null : v.link,
        expiresAt: v["no-expiry"] ? null : typeof v.expires === "string" ? expiryFrom(v.expires, now) : undefined,
        priority: v.priority,
        language: v.lang,
      };
      printItem("Edited", await editBreaking(db, id, patch, { now }));
    },
  },
  withdraw: {
    usage: "breaking withdraw ID",
    async run(db, _v, positionals) {
      printItem("Withdrew", await withdrawBreaking(db, itemId(positionals, breaking.withdraw.usage)));
    },
  },
  expire: {
    usage: "breaking expire ID",
    async run(db, _v, positionals) {
      printItem("Expired", await expireBreaking(db, itemId(positionals, breaking.expire.usage)));
    },
  },
  list: {
    usage: "breaking list [--all]   (--all includes withdrawn items)",
    options: { all: { type: "boolean" } },
    async run(db, v, positionals) {
      if (positionals.length) throw new UsageError(`Unexpected "${positionals[0]}": ${breaking.list.usage}`);
      const items = await listBreaking(db, { includeWithdrawn: v.all === true });
      if (items.length === 0) out(v.all ? "No breaking items yet." : "No breaking items (withdrawn ones show with --all).");
      const now = new Date();
      for (const i of items) {
        out(`#${i.id}\t${status(i, now)}\t${i.priority}\t${i.language}\t${i.postedAt}\t${i.headline}`);
      }
    },
  },
};

/** Passwords never come from the command line, where shell history and process lists would keep them. */
const PASSWORD_HELP =
  "Passwords are not taken on the command line (shell history and process lists keep them). " +
  "Type it when asked, or pipe it on standard input: printf '%s\\n' \"$PASSWORD\" | npm run newsroom -- user add ...";

function refusePasswordFlag(v: Record<string, unknown>) {
  if (v.password !== undefined) throw new UsageError(PASSWORD_HELP);
}

/** Reads a line from the terminal without echoing it. */
function promptHidden(prompt: string): Promise<string> {
  const stdin = process.stdin;
  return new Promise((resolve, reject) => {
    let value = "";
    const finish = (err?: Error) => {
      stdin.off("data", onData);
      stdin.setRawMode(false);
      stdin.pause();
      process.stderr.write("\n");
      if (err) reject(err);
      else resolve(value);
    };
    const onData = (chunk: string) => {
      for (const ch of chunk) {
        if (ch === "\r" || ch === "\n") return finish();
        if (ch === "\u0003" || ch === "\u0004") return finish(new UsageError("Cancelled: no account was changed"));
        if (ch === "\u007f" || ch === "\b") value = [...value].slice(0, -1).join("");
        else if (ch >= " ") value += ch;
      }
    };
    process.stderr.write(prompt);
    stdin.setEncoding("utf8");
    stdin.setRawMode(true);
    stdin.resume();
    stdin.on("data", onData);
  });
}

/** The password: typed twice at a terminal, or the first line of piped standard input. */
async function readPassword(): Promise<string> {
  if (process.stdin.isTTY) {
    const first = await promptHidden("Password (at least 12 characters, not shown): ");
    const again = await promptHidden("The same password again: ");
    if (first !== again) throw new UsageError("The two passwords differ: run the command again");
    return first;
  }
  process.stdin.setEncoding("utf8");
  let text = "";
  for await (const chunk of process.stdin) {
    text += chunk;
    if (text.includes("\n")) break;
  }
  const line = text.split(/\r?\n/)[0];
  if (line === "") throw new UsageError(`Give the password on standard input. ${PASSWORD_HELP}`);
  return line;
}

function requireEmail(v: Record<string, unknown>, usage: string): string {
  if (typeof v.email !== "string") throw new UsageError(`Give --email: npm run newsroom -- ${usage}`);
  return v.email;
}

async function userByEmail(db: Db, email: string) {
  const user = await findUserByEmail(db, email);
  if (!user) throw new NotFoundError(`There is no account for ${email.trim().toLowerCase()}: see npm run newsroom -- user list`);
  return user;
}

const user: Record<string, Command> = {
  add: {
    usage: "user add --email E --name N --role writer|editor|admin   (password on standard input)",
    options: { email: { type: "string" }, name: { type: "string" }, role: { type: "string" }, password: { type: "string" } },
    async run(db, v, positionals) {
      refusePasswordFlag(v);
      if (positionals.length) throw new UsageError(`Unexpected "${positionals[0]}": npm run newsroom -- ${user.add.usage}`);
      const password = await readPassword();
      const u = await createUser(db, { email: v.email, name: v.name, role: v.role, password });
      out(`Added ${u.role} ${u.name} <${u.email}> as account #${u.id}`);
      out(String(u.id));
    },
  },
  list: {
    usage: "user list",
    async run(db, _v, positionals) {
      if (positionals.length) throw new UsageError(`Unexpected "${positionals[0]}": ${user.list.usage}`);
      const users = await listUsers(db);
      if (users.length === 0) out("No accounts yet: add one with npm run newsroom -- user add");
      for (const u of users) out(`#${u.id}\t${u.role}\t${u.disabledAt ? "disabled" : "active"}\t${u.email}\t${u.name}`);
    },
  },
  password: {
    usage: "user password --email E   (new password on standard input; ends the account's sessions)",
    options: { email: { type: "string" }, password: { type: "string" } },
    async run(db, v) {
      refusePasswordFlag(v);
      const u = await userByEmail(db, requireEmail(v, user.password.usage));
      await setUserPassword(db, u.id, await readPassword());
      out(`Set a new password for ${u.email}; their sessions have ended`);
      out(String(u.id));
    },
  },
  disable: {
    usage: "user disable --email E   (the account can no longer sign in; its sessions end)",
    options: { email: { type: "string" } },
    async run(db, v) {
      const u = await disableUser(db, (await userByEmail(db, requireEmail(v, user.disable.usage))).id);
      out(`Disabled ${u.email} (#${u.id}) since ${u.disabledAt}; their sessions have ended`);
      out(String(u.id));
    },
  },
};

const key: Record<string, Command> = {
  create: {
    usage: "key create --name NAME [--role writer|editor|admin]   (prints the key once, on the last line)",
    options: { name: { type: "string" }, role: { type: "string" } },
    async run(db, v, positionals) {
      if (positionals.length) throw new UsageError(`Unexpected "${positionals[0]}": npm run newsroom -- ${key.create.usage}`);
      const created = await createApiKey(db, { name: v.name, role: v.role });
      const [info] = (await listApiKeys(db)).filter((k) => k.id === created.id);
      out(`Created API key #${created.id} "${info.name}" (role ${info.role}, starts ${created.prefix})`);
      out("Store this key now; it is shown once (only its hash is kept). Send it as Authorization: Bearer <key>.");
      out(created.key);
    },
  },
  list: {
    usage: "key list",
    async run(db, _v, positionals) {
      if (positionals.length) throw new UsageError(`Unexpected "${positionals[0]}": ${key.list.usage}`);
      const keys = await listApiKeys(db);
      if (keys.length === 0) out("No API keys yet: create one with npm run newsroom -- key create --name NAME");
      for (const k of keys) {
        const state = k.revokedAt ? "revoked" : "active";
        out(`#${k.id}\t${k.prefix}…\t${k.role}\t${state}\tlast used ${k.lastUsedAt ?? "never"}\t${k.name}`);
      }
    },
  },
  revoke: {
    usage: "key revoke ID",
    async run(db, _v, positionals) {
      const k = await revokeApiKey(db, itemId(positionals, key.revoke.usage));
      out(`Revoked API key #${k.id} "${k.name}" (${k.prefix}…) at ${k.revokedAt}; it no longer works`);
      out(String(k.id));
    },
  },
};

const areas: Record<string, Record<string, Command>> = { breaking, user, key };

function usage(): string {
  const lines = Object.values(areas).flatMap((cmds) => Object.values(cmds).map((c) => `  npm run newsroom -- ${c.usage}`));
  return [
    "Usage:",
    ...lines,
    "",
    "--expires takes a duration from now (90s, 15m, 2h, 1d, 1h30m) or an ISO date and time.",
    "Uses DATABASE_URL (default file:./data/dispatch.db) and applies pending migrations first.",
  ].join("\n");
}

async function main(argv: string[]): Promise<number> {
  const [areaName, commandName, ...rest] = argv;
  if (!areaName || areaName === "--help" || areaName === "-h" || argv.includes("--help") || argv.includes("-h")) {
    out(usage());
    return areaName ? 0 : 1;
  }
  const area = areas[areaName];
  if (!area) throw new UsageError(`Unknown area "${areaName}"; areas: ${Object.keys(areas).join(", ")}`);
  const command = commandName ? area[commandName] : undefined;
  if (!command) {
    throw new UsageError(`${commandName ? `Unknown command "${commandName}"` : "Give a command"}; ${areaName} commands: ${Object.keys(area).join(", ")}`);
  }
  let parsed;
  try {
    parsed = parseArgs({ args: rest, options: command.options ?? {}, allowPositionals: true, strict: true });
  } catch (err) {
    throw new UsageError(`${(err as Error).message}\nUsage: npm run newsroom -- ${command.usage}`);
  }

  const db = openDb(config().databaseUrl);
  try {
    await migrate(db); // quietly: a fresh database works on the first command
    await command.run(db, parsed.values as Record<string, string | boolean | undefined>, parsed.positionals);
    return 0;
  } finally {
    await db.destroy();
  }
}

function report(err: unknown): void {
  if (err instanceof BreakingValidationError) {
    for (const i of err.issues) console.error(i.field ? `${i.field}: ${i.message}` : i.message);
  } else if (err instanceof UsageError) {
    console.error(`${err.message}\nRun npm run newsroom -- --help for every command.`);
  } else if (err instanceof ValidationError) {
    for (const i of err.issues) console.error(i.field ? `${i.field}: ${i.message}` : i.message);
  } else if (
    err instanceof BreakingNotFoundError ||
    err instanceof NotFoundError ||
    err instanceof ConflictError ||
    err instanceof ConfigError
  ) {
    console.error(err.message);
  } else {
    console.error(`newsroom failed: ${err instanceof Error ? err.message : err}\nCheck DATABASE_URL and that the file is writable.`);
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    report(err);
    process.exitCode = 1;
  },
);
