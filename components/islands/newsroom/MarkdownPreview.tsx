"use client";

import { useEffect, useState, type ReactNode } from "react";
import type { UiStrings } from "@/lib/i18n/ui";

const DEBOUNCE_MS = 400;

/**
 * The body as readers will see it, beside the textarea: rendered on the server by the article renderer, asked
 * for 400 ms after typing stops; an answer that arrives after newer typing is dropped.
 */
/** Renders a body on the server: the route passes its server function down (app/newsroom/articles/preview-action.tsx). */
export type RenderPreview = (markdown: unknown) => Promise<ReactNode>;

export function MarkdownPreview({ s, markdown, render }: { s: UiStrings["newsroom"]["editor"]; markdown: string; render: RenderPreview }) {
  const [preview, setPreview] = useState<ReactNode>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let stale = false;
    const timer = setTimeout(async () => {
      try {
        const node = await render(markdown);
        if (stale) return;
        setPreview(node);
        setFailed(false);
      } catch {
        if (!stale) setFailed(true);
      }
    }, DEBOUNCE_MS);
    return () => {
      stale = true;
      clearTimeout(timer);
    };
  }, [markdown, render]);

  return (
    <section aria-labelledby="preview-heading" className="min-w-0">
      <h2 id="preview-heading" className="font-semibold">{s.preview}</h2>
      {failed && <p role="status" className="text-sm text-accent">{s.previewFailed}</p>}
      <div className="mt-1 rounded border border-rule p-4">{preview}</div>
    </section>
  );
}
