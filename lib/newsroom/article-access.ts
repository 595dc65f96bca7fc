import type { Actor } from "../content/article-writes";
import type { NewsroomArticle } from "../content/newsroom-queries";
import { ForbiddenError } from "../errors";
import { can, type Principal } from "./roles";

/** Who the revision history names for a principal's writes. */
export function actorOf(p: Principal): Actor {
  return p.kind === "user" ? { userId: p.userId, label: p.name } : { userId: null, label: `API key ${p.name}` };
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
