import { ShareLinks } from "@/components/islands/ShareLinks";
import type { UiStrings } from "@/lib/i18n/ui";

/** The share box under an article: the island gets the address, the headline and only the labels it shows. */
export function ArticleShare({ url, title, t }: { url: string; title: string; t: UiStrings }) {
  const { shareArticle, shareByEmail, email, shareOn, articleLink, copyLink, linkCopied, copyLinkFailed } = t;
  const labels = { shareArticle, shareByEmail, email, shareOn, articleLink, copyLink, linkCopied, copyLinkFailed };
  return <ShareLinks url={url} title={title} t={labels} />;
}
