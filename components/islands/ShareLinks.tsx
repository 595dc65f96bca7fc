"use client";

import { CopyLink } from "./CopyLink";
import type { UiStrings } from "@/lib/i18n/ui";

/**
 * Share links: email, copy link and plain links to the big networks' own share pages. Nothing from those
 * networks loads with the page (no script, no iframe, no pixel); a reader who follows a link leaves for that
 * site like any other link, without our address as referrer.
 *
 * A client component although only the copy button is interactive: its props (an address, a headline and
 * eight labels) are a tenth of the size of the tree it renders (seven links, each with the address and
 * headline encoded again), and a server component's tree is sent twice, as HTML and in the RSC payload
 * (decision 028).
 */
export function shareTargets(url: string, title: string): { name: string; href: string }[] {
  const u = encodeURIComponent(url);
  const text = encodeURIComponent(title);
  const textAndUrl = encodeURIComponent(`${title} ${url}`);
  return [
    { name: "X", href: `https://x.com/intent/tweet?url=${u}&text=${text}` },
    { name: "Facebook", href: `https://www.facebook.com/sharer/sharer.php?u=${u}` },
    { name: "LinkedIn", href: `https://www.linkedin.com/sharing/share-offsite/?url=${u}` },
    { name: "WhatsApp", href: `https://wa.me/?text=${textAndUrl}` },
    { name: "Telegram", href: `https://t.me/share/url?url=${u}&text=${text}` },
    { name: "Bluesky", href: `https://bsky.app/intent/compose?text=${textAndUrl}` },
  ];
}

export function emailHref(url: string, title: string): string {
  return `mailto:?subject=${encodeURIComponent(title)}&body=${encodeURIComponent(url)}`;
}

/** The visible name inside the template's words, which only screen readers hear ("Share on" Facebook). */
function Named({ template, slot, name }: { template: string; slot: string; name: string }) {
  const [before, after = ""] = template.split(slot);
  return (
    <>
      {before && <span className="sr-only">{before}</span>}
      {name}
      {after && <span className="sr-only">{after}</span>}
    </>
  );
}

// .pill (globals.css): one short class, since every class name is sent twice (HTML and RSC payload).
const pill = "pill font-semibold";

/** The words the share box needs (components/article/ArticleShare.tsx picks them), so the payload carries only these. */
export type ShareLabels = Pick<UiStrings, "shareArticle" | "shareByEmail" | "email" | "shareOn" | "articleLink" | "copyLink" | "linkCopied" | "copyLinkFailed">;

export function ShareLinks({ url, title, t }: { url: string; title: string; t: ShareLabels }) {
  const inputId = "share-url";
  return (
    <section aria-labelledby="share-heading" className="end-section no-print">
      <h2 id="share-heading">{t.shareArticle}</h2>
      <ul className="pill-list">
        <li>
          <a href={emailHref(url, title)} className={pill}>
            <Named template={t.shareByEmail} slot="{email}" name={t.email} />
          </a>
        </li>
        {shareTargets(url, title).map((s) => (
          <li key={s.name}>
            <a href={s.href} rel="noopener noreferrer" className={pill}>
              <Named template={t.shareOn} slot="{network}" name={s.name} />
            </a>
          </li>
        ))}
      </ul>
      <div className="mt-3">
        <label htmlFor={inputId} className="block text-sm text-muted">{t.articleLink}</label>
        <div className="mt-1 flex flex-wrap gap-2">
          <input
            id={inputId}
            type="url"
            readOnly
            value={url}
            dir="ltr"
            className="min-h-11 min-w-0 flex-1 basis-48 rounded border border-rule bg-wash px-2 text-sm"
          />
          <CopyLink url={url} inputId={inputId} label={t.copyLink} copied={t.linkCopied} failed={t.copyLinkFailed} />
        </div>
      </div>
    </section>
  );
}
