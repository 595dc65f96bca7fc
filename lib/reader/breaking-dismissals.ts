/**
 * Breaking items a reader has dismissed, kept in this browser only (never sent to the server, so pages stay
 * cacheable). A new item has a new id, so it shows again.
 */
export const DISMISSED_STORAGE_KEY = "dispatch:breaking-dismissed";
const MAX_KEPT = 50;

export function readDismissed(): number[] {
  try {
    const raw = JSON.parse(localStorage.getItem(DISMISSED_STORAGE_KEY) ?? "[]");
    return Array.isArray(raw) ? raw.filter((x): x is number => Number.isInteger(x)) : [];
  } catch {
    return [];
  }
}

export function addDismissed(id: number): number[] {
  const next = [...readDismissed().filter((x) => x !== id), id].slice(-MAX_KEPT);
  try {
    localStorage.setItem(DISMISSED_STORAGE_KEY, JSON.stringify(next));
  } catch {
    // Storage disabled: the item is still hidden on this page.
  }
  return next;
}
