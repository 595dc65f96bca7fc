import { z } from "zod";
import { ForbiddenError } from "../errors";

/**
 * Who may do what in the newsroom. Writers draft; editors also publish and run breaking news, blogs and author
 * pages and may delete anyone's unused images (uploaders may delete their own); admins also manage accounts and API
 * keys. The one table of permissions: routes ask `can` or `requirePermission`, never compare role names themselves.
 */

export const ROLES = ["writer", "editor", "admin"] as const;
export type Role = (typeof ROLES)[number];

export const roleSchema = z.enum(ROLES, { error: "Set the role to writer, editor or admin" });

/** Each action with the words a refusal uses ("Your role (writer) cannot <words>"). */
const ACTION_WORDS = {
  "article:create": "create articles",
  "article:edit-own": "edit your own drafts",
  "article:edit-any": "edit other people's articles",
  "article:publish": "publish articles",
  "breaking:write": "post breaking news",
  "blog:write": "edit blogs",
  "author:write": "edit author pages",
  "media:upload": "upload images",
  "media:delete-any": "delete images other people uploaded",
  "user:manage": "manage accounts",
  "key:manage": "manage API keys",
} as const;

export type Action = keyof typeof ACTION_WORDS;
export const ACTIONS = Object.keys(ACTION_WORDS) as Action[];

const writer: Action[] = ["article:create", "article:edit-own", "media:upload"];
const editor: Action[] = [...writer, "article:edit-any", "article:publish", "breaking:write", "blog:write", "author:write", "media:delete-any"];

const GRANTS: Record<Role, ReadonlySet<Action>> = {
  writer: new Set(writer),
  editor: new Set(editor),
  admin: new Set(ACTIONS),
};

/** Whether `role` may perform `action`. */
export function can(role: Role, action: Action): boolean {
  return GRANTS[role]?.has(action) ?? false;
}

/** Who is acting: a signed-in person or an API key (which acts with the role it was given). */
export type Principal =
  | { kind: "user"; userId: number; name: string; email: string; role: Role }
  | { kind: "key"; keyId: number; name: string; role: Role };

/** Throws ForbiddenError, saying what is missing, unless `principal` may perform `action`. */
export function requirePermission(principal: Principal, action: Action): void {
  if (can(principal.role, action)) return;
  const who = principal.kind === "user" ? `Your role (${principal.role})` : `API key "${principal.name}" (${principal.role})`;
  const ask = principal.role === "writer" && action !== "user:manage" && action !== "key:manage" ? "an editor" : "an admin";
  throw new ForbiddenError(`${who} cannot ${ACTION_WORDS[action]}: ask ${ask} to do it or to change the role`);
}
