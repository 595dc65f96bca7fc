import type { UiStrings } from "@/lib/i18n/ui";

export function NotFoundMessage({ t }: { t: UiStrings }) {
  return (
    <section className="mx-auto max-w-2xl py-12">
      <h1 className="font-serif text-3xl font-bold">{t.notFoundTitle}</h1>
      <p className="mt-4 text-lg">{t.notFoundText}</p>
      <p className="mt-6">
        <a href="/" className="font-semibold">{t.backHome}</a>
      </p>
    </section>
  );
}
