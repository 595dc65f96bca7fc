import { createApiKey, listApiKeys, revokeApiKey } from "../../lib/newsroom/api-keys";
import { itemId, out, UsageError, type Area } from "./command";

export const keyCommands: Area = {
  create: {
    usage: "key create --name NAME [--role writer|editor|admin]   (default writer; prints the key once, on the last line)",
    options: { name: { type: "string" }, role: { type: "string" } },
    async run(db, v, positionals) {
      if (positionals.length) throw new UsageError(`Unexpected "${positionals[0]}": npm run newsroom -- ${keyCommands.create.usage}`);
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
      if (positionals.length) throw new UsageError(`Unexpected "${positionals[0]}": ${keyCommands.list.usage}`);
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
      const k = await revokeApiKey(db, itemId(positionals, keyCommands.revoke.usage));
      out(`Revoked API key #${k.id} "${k.name}" (${k.prefix}…) at ${k.revokedAt}; it no longer works`);
      out(String(k.id));
    },
  },
};
