"use client";

import { useParams } from "next/navigation";
import { boundaryFor } from "@/lib/i18n/boundary-strings";

/** Shown when a reader page fails to render, in the edition's language: no stack trace, a way to retry. */
export default function ReaderError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const params = useParams<{ edition?: string }>();
  const t = boundaryFor(params?.edition);
  return (
    <section className="mx-auto max-w-2xl py-12">
      <h1 className="font-serif text-3xl font-bold">{t.errorTitle}</h1>
      <p className="mt-4 text-lg">{t.errorText}</p>
      <p className="mt-6 flex gap-4">
        <button type="button" onClick={reset} className="min-h-11 rounded bg-brand px-4 font-semibold text-brand-ink">{t.tryAgain}</button>
        <a href={t.home} className="inline-flex min-h-11 items-center font-semibold">{t.backHome}</a>
      </p>
    </section>
  );
}
