/** A time for staff: unambiguous, in UTC, and machine-readable in <time>. */
export function StaffTime({ iso }: { iso: string | null }) {
  if (!iso) return <span className="text-muted">—</span>;
  const text = `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
  return <time dateTime={iso}>{text}</time>;
}
