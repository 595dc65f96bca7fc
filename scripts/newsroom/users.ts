import type { Db } from "../../lib/db/connection";
import { NotFoundError } from "../../lib/errors";
import { createUser, disableUser, findUserByEmail, listUsers, setUserPassword } from "../../lib/newsroom/users";
import { out, UsageError, type Area } from "./command";
import { readPassword, refusePasswordFlag } from "./password";

function requireEmail(v: Record<string, unknown>, usage: string): string {
  if (typeof v.email !== "string") throw new UsageError(`Give --email: npm run newsroom -- ${usage}`);
  return v.email;
}

async function userByEmail(db: Db, email: string) {
  const user = await findUserByEmail(db, email);
  if (!user) throw new NotFoundError(`There is no account for ${email.trim().toLowerCase()}: see npm run newsroom -- user list`);
  return user;
}

export const userCommands: Area = {
  add: {
    usage: "user add --email E --name N --role writer|editor|admin   (password on standard input)",
    options: { email: { type: "string" }, name: { type: "string" }, role: { type: "string" }, password: { type: "string" } },
    async run(db, v, positionals) {
      refusePasswordFlag(v);
      if (positionals.length) throw new UsageError(`Unexpected "${positionals[0]}": npm run newsroom -- ${userCommands.add.usage}`);
      const password = await readPassword();
      const u = await createUser(db, { email: v.email, name: v.name, role: v.role, password });
      out(`Added ${u.role} ${u.name} <${u.email}> as account #${u.id}`);
      out(String(u.id));
    },
  },
  list: {
    usage: "user list",
    async run(db, _v, positionals) {
      if (positionals.length) throw new UsageError(`Unexpected "${positionals[0]}": ${userCommands.list.usage}`);
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
      const u = await userByEmail(db, requireEmail(v, userCommands.password.usage));
      await setUserPassword(db, u.id, await readPassword());
      out(`Set a new password for ${u.email}; their sessions have ended`);
      out(String(u.id));
    },
  },
  disable: {
    usage: "user disable --email E   (the account can no longer sign in; its sessions end)",
    options: { email: { type: "string" } },
    async run(db, v) {
      const u = await disableUser(db, (await userByEmail(db, requireEmail(v, userCommands.disable.usage))).id);
      out(`Disabled ${u.email} (#${u.id}) since ${u.disabledAt}; their sessions have ended`);
      out(String(u.id));
    },
  },
};
