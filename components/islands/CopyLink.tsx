"use client";

import { useEffect, useRef, useState } from "react";

type Props = { url: string; inputId: string; label: string; copied: string; failed: string };

/**
 * "Copy link": puts the article's address on the clipboard and says so in a polite live region. Without
 * JavaScript the button stays hidden (.needs-js) and the address in the read-only field beside it is the way
 * to copy. When the clipboard is refused, the field's text is selected so a keyboard copy finishes the job.
 */
export function CopyLink({ url, inputId, label, copied, failed }: Props) {
  const [message, setMessage] = useState("");
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  async function copy() {
    clearTimeout(timer.current);
    try {
      await navigator.clipboard.writeText(url);
      setMessage(copied);
    } catch {
      const input = document.getElementById(inputId);
      if (input instanceof HTMLInputElement) {
        input.focus();
        input.select();
      }
      setMessage(failed);
    }
    // Cleared after a while, so copying again is announced again.
    timer.current = setTimeout(() => setMessage(""), 4000);
  }

  return (
    <>
      <button
        type="button"
        onClick={copy}
        className="needs-js min-h-11 shrink-0 rounded border border-brand bg-brand px-3 text-sm font-semibold text-brand-ink"
      >
        {label}
      </button>
      <p role="status" aria-live="polite" className="basis-full text-sm text-muted">{message}</p>
    </>
  );
}
