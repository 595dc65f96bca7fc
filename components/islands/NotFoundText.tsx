"use client";

import type { BoundaryStrings } from "@/lib/i18n/boundary-strings";

export type NotFoundLabels = Pick<BoundaryStrings, "notFoundTitle" | "notFoundText" | "backHome">;

/**
 * "Page not found", with a way home. A client component so that the not-found boundaries, which Next sends with
 * every page in case it is needed, weigh three labels in the RSC payload rather than their markup (decision 028).
 */
/** `home`: the edition's front page. */
export function NotFoundText({ t, home = "/" }: { t: NotFoundLabels; home?: string }) {
  return (
    <section className="mx-auto max-w-2xl py-12">
      <h1 className="font-serif text-3xl font-bold">{t.notFoundTitle}</h1>
      <p className="mt-4 text-lg">{t.notFoundText}</p>
      <p className="mt-6">
        <a href={home} className="font-semibold">{t.backHome}</a>
      </p>
    </section>
  );
}
