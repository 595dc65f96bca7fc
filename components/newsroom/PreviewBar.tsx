import type { ArticleStatus } from "@/lib/content/types";
import type { UiStrings } from "@/lib/i18n/ui";

/**
 * The bar above a previewed article: says plainly that this is not what readers see (or that it is, once live)
 * and how to leave. A plain link, not <Link>: a prefetch of the exit route would switch preview off.
 */
export function PreviewBar({ status, exitHref, t }: { status: ArticleStatus; exitHref: string; t: UiStrings }) {
  const text = status === "published" ? t.previewLive : t.previewNotPublic.replace("{status}", t.previewStatusNames[status]);
  return (
    <section
      aria-label={t.preview}
      className="sticky top-0 z-40 -mx-4 mb-6 flex flex-wrap items-center justify-between gap-x-4 gap-y-2 border-y-4 border-focus bg-ink px-4 py-3 text-paper"
    >
      <p role="status" className="min-w-0 font-semibold">
        {text}
      </p>
      <a href={exitHref} className="rounded border-2 border-paper px-3 py-1 font-semibold text-paper underline-offset-4 hover:underline">
        {t.previewExit}
      </a>
    </section>
  );
}
