import type { ReactNode } from "react";

/** A labelled field with its hint and its error, tied to the control by id. */
export function Field(props: { label: string; name: string; error?: string; hint?: string; children: ReactNode }) {
  const { label, name, error, hint, children } = props;
  return (
    <div>
      <label htmlFor={`f-${name}`} className="font-semibold">{label}</label>
      {children}
      {hint && <p id={`h-${name}`} className="mt-1 text-sm text-muted">{hint}</p>}
      {error && <p id={`e-${name}`} className="mt-1 font-semibold text-accent">{error}</p>}
    </div>
  );
}
