"use client";

import { useRef, useState } from "react";
import type { UiStrings } from "@/lib/i18n/ui";
import { callApi, type EditorValues } from "./editor-form";
import { Field } from "./Field";

type Props = {
  s: UiStrings["newsroom"]["editor"];
  values: EditorValues;
  errors: Record<string, string>;
  onChange: (field: keyof EditorValues, value: string) => void;
};

/** The hero image: upload a file with its (required) alt text, then the article points at the stored copy. */
export function HeroImageField({ s, values, errors, onChange }: Props) {
  const file = useRef<HTMLInputElement>(null);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [altError, setAltError] = useState<string | null>(null);
  const input = "mt-1 block w-full rounded border border-muted px-3 py-2";
  const altMessage = altError ?? errors.heroAlt;

  const upload = async () => {
    const chosen = file.current?.files?.[0];
    if (!values.heroAlt.trim()) {
      setAltError(s.altRequired);
      document.getElementById("f-heroAlt")?.focus();
      return;
    }
    if (!chosen) {
      setMessage({ text: s.chooseFile, error: true });
      return;
    }
    setAltError(null);
    setMessage({ text: s.uploading, error: false });
    const form = new FormData();
    form.set("file", chosen);
    form.set("alt", values.heroAlt);
    const res = await callApi<{ src: string }>("POST", "/api/admin/v1/media", form);
    if (!res.ok) {
      const f = res.failure;
      setMessage({ text: f.kind === "network" ? s.offline : f.kind === "session" ? s.sessionEnded : f.message, error: true });
      return;
    }
    onChange("heroSrc", res.data.src);
    setMessage({ text: s.uploaded, error: false });
  };

  return (
    <fieldset className="rounded border border-rule p-4">
      <legend className="px-1 font-semibold">{s.heroImage}</legend>
      <div className="grid gap-4 md:grid-cols-2">
        <div>
          <label htmlFor="f-heroFile" className="font-semibold">{s.imageFile}</label>
          <input ref={file} id="f-heroFile" type="file" accept="image/*" className="mt-1 block" />
        </div>
        <Field label={s.altText} name="heroAlt" error={altMessage} hint={s.altHint}>
          <input
            id="f-heroAlt" name="heroAlt" value={values.heroAlt} className={input}
            aria-invalid={altMessage ? true : undefined}
            aria-describedby={altMessage ? "e-heroAlt h-heroAlt" : "h-heroAlt"}
            onChange={(e) => { setAltError(null); onChange("heroAlt", e.target.value); }}
          />
        </Field>
        <Field label={s.imageSrc} name="heroSrc" error={errors.heroSrc}>
          <input
            id="f-heroSrc" name="heroSrc" value={values.heroSrc} className={input}
            aria-invalid={errors.heroSrc ? true : undefined} aria-describedby={errors.heroSrc ? "e-heroSrc" : undefined}
            onChange={(e) => onChange("heroSrc", e.target.value)}
          />
        </Field>
        <Field label={s.caption} name="heroCaption" error={errors.heroCaption}>
          <input id="f-heroCaption" name="heroCaption" value={values.heroCaption} className={input} onChange={(e) => onChange("heroCaption", e.target.value)} />
        </Field>
        <Field label={s.credit} name="heroCredit" error={errors.heroCredit}>
          <input id="f-heroCredit" name="heroCredit" value={values.heroCredit} className={input} onChange={(e) => onChange("heroCredit", e.target.value)} />
        </Field>
      </div>
      <div className="mt-3 flex flex-wrap items-center gap-3">
        <button type="button" onClick={upload} className="rounded border border-brand px-3 py-1 text-brand">{s.upload}</button>
        {values.heroSrc && (
          <button type="button" onClick={() => onChange("heroSrc", "")} className="rounded border border-muted px-3 py-1">{s.removeImage}</button>
        )}
        <p role="status" className={message?.error ? "text-accent" : "text-muted"}>{message?.text}</p>
      </div>
    </fieldset>
  );
}
