import { parseArgs } from "node:util";
import { config, ConfigError } from "../lib/config";
import { openDb } from "../lib/db/connection";
import { migrate } from "../lib/db/migrations";
import { BreakingNotFoundError, BreakingValidationError } from "../lib/breaking/schema";
import { ConflictError, NotFoundError, ValidationError } from "../lib/errors";
import { breakingCommands } from "./newsroom/breaking";
import { out, UsageError, type Area } from "./newsroom/command";
import { keyCommands } from "./newsroom/keys";
import { userCommands } from "./newsroom/users";

/**
 * npm run newsroom -- <area> <command> [options]: newsroom work from a terminal, against DATABASE_URL.
 * Each area is a table of commands in scripts/newsroom/; add an area by adding an entry to `areas`.
 * Commands that touch one item print it and then, on the last line, only its id, so scripts can capture it.
 */

const areas: Record<string, Area> = { breaking: breakingCommands, user: userCommands, key: keyCommands };

function usage(): string {
  const lines = Object.values(areas).flatMap((cmds) => Object.values(cmds).map((c) => `  npm run newsroom -- ${c.usage}`));
  return [
    "Usage:",
    ...lines,
    "",
    "--expires takes a duration from now (90s, 15m, 2h, 1d, 1h30m) or an ISO date and time.",
    `A post without --expires expires after BREAKING_DEFAULT_HOURS (now ${config().breakingDefaultHours} h); --no-expiry keeps it until withdrawn.`,
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
