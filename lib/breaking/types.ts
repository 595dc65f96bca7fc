/** Breaking-news items: the site-wide banner's data. Times are ISO-8601 UTC strings. */

export type BreakingPriority = "breaking" | "developing";

/** An item as the newsroom sees it, withdrawn and expired ones included. */
export type BreakingItem = {
  id: number;
  headline: string;
  /** A path on this site (/a/slug) or an absolute https:// URL. */
  link: string | null;
  language: string;
  priority: BreakingPriority;
  postedAt: string;
  expiresAt: string | null;
  withdrawnAt: string | null;
  updatedAt: string;
};

/** What readers see: a live item, without the newsroom's bookkeeping. */
export type LiveBreaking = Pick<BreakingItem, "id" | "headline" | "link" | "language" | "priority" | "postedAt" | "expiresAt">;
