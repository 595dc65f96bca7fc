"use client";

import { useEffect, useState } from "react";
import { defaultTextSize, isTextSize, TEXT_SIZE_STORAGE_KEY, textSizes, type TextSize } from "@/lib/reader/text-size";

type Props = { label: string; names: Record<TextSize, string> };

/**
 * XS / SM / MD / LG buttons. Each is a toggle with aria-pressed so screen readers announce the current size.
 * The size is applied to <html data-text-size>, which the stylesheet reads; the inline head script re-applies
 * it before first paint on the next page.
 */
export function TextSizeControl({ label, names }: Props) {
  const [size, setSize] = useState<TextSize>(defaultTextSize);

  useEffect(() => {
    const current = document.documentElement.getAttribute("data-text-size");
    if (isTextSize(current)) setSize(current);
  }, []);

  function choose(next: TextSize) {
    setSize(next);
    document.documentElement.setAttribute("data-text-size", next);
    try {
      localStorage.setItem(TEXT_SIZE_STORAGE_KEY, next);
    } catch {
      // Private mode or storage disabled: the size still applies to this page.
    }
  }

  return (
    <div role="group" aria-label={label} className="needs-js no-print flex items-center gap-1">
      <span aria-hidden="true" className="me-1 text-sm text-muted">{label}</span>
      {textSizes.map((s) => (
        <button
          key={s}
          type="button"
          aria-pressed={size === s}
          // The name starts with the visible letters (WCAG 2.5.3, label in name), then says what they mean.
          aria-label={`${s.toUpperCase()} ${names[s]}`}
          onClick={() => choose(s)}
          className="size-button"
        >
          {s}
        </button>
      ))}
    </div>
  );
}
