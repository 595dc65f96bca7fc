import type { Actor } from "../content/article-writes";
import type { NewsroomArticle } from "../content/newsroom-queries";
import { ForbiddenError } from "../errors";
import { can, type Principal } from "./roles";

/**
 * The actor for a principal's writes: who the revision history names, and whether a byline may bring a new
 * author (and so a new public author page) into being, which is `author:write`, an editor's permission.
 */
export function actorOf(p: Principal): Actor {
  const mayCreateAuthors = can(p.role, "author:write");
  return p.kind === "user" ? { userId: p.userId, label: p.name, mayCreateAuthors } : { userId: null, label: `API key ${p.name}`, mayCreateAuthors };
}

/**
 * Writers may see and edit only their own drafts; editors and admins any article. A writer's key (not a person)
 * owns nothing, so it may only create.
 */
export function assertCanEdit(p: Principal, article: NewsroomArticle): void {
  if (can(p.role, "article:edit-any")) return;
  const own = p.kind === "user" && article.createdByUserId === p.userId;
  if (own && article.status === "draft" && can(p.role, "article:edit-own")) return;
  throw new ForbiddenError(
    own
      ? "Writers can edit their drafts only: ask an editor to change an article once it is scheduled or published"
      : "Writers can open only their own drafts: ask an editor for access",
  );
}
