import type { UiStrings } from "@/lib/i18n/ui";

type Props = {
  t: UiStrings;
  next: string;
  error: "invalid" | "rate-limited" | "origin" | null;
  retryAfterSeconds: number | null;
  signedOut: boolean;
};

/** "3 minutes" or "40 seconds": how long to wait, rounded up so nobody retries too early. */
function waitText(seconds: number | null): string {
  const s = seconds ?? 60;
  return s >= 90 ? `${Math.ceil(s / 60)} minutes` : `${s} seconds`;
}

/** The sign-in form: plain HTML posting to the session route, so it works before (or without) JavaScript. */
export function LoginForm({ t, next, error, retryAfterSeconds, signedOut }: Props) {
  const n = t.newsroom;
  const message =
    error === "invalid"
      ? n.errorInvalid
      : error === "rate-limited"
        ? n.errorRateLimited.replace("{wait}", waitText(retryAfterSeconds))
        : error === "origin"
          ? n.errorOrigin
          : null;
  const input = "mt-1 block w-full rounded border border-muted px-3 py-2";
  return (
    <div className="mx-auto max-w-sm">
      <h1 className="mb-4 text-2xl font-bold">{n.signInTitle}</h1>
      {message && (
        <p id="login-error" role="alert" className="mb-4 rounded border border-accent bg-wash p-3 text-accent">
          {message}
        </p>
      )}
      {signedOut && !message && <p role="status" className="mb-4 rounded bg-wash p-3">{n.signedOut}</p>}
      <form method="post" action="/api/newsroom/session" className="space-y-4">
        <input type="hidden" name="next" value={next} />
        <div>
          <label htmlFor="email" className="font-semibold">{n.email}</label>
          <input
            id="email" name="email" type="email" autoComplete="username" required className={input}
            aria-describedby={message ? "login-error" : undefined} aria-invalid={error === "invalid" || undefined}
          />
        </div>
        <div>
          <label htmlFor="password" className="font-semibold">{n.password}</label>
          <input
            id="password" name="password" type="password" autoComplete="current-password" required className={input}
            aria-invalid={error === "invalid" || undefined}
          />
        </div>
        <button type="submit" className="rounded bg-brand px-4 py-2 font-semibold text-brand-ink">{n.signIn}</button>
      </form>
    </div>
  );
}
