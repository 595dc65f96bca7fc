/** Reader text sizes, smallest first. The choice is kept in the browser only (localStorage), never on the server. */
export const textSizes = ["xs", "sm", "md", "lg"] as const;
export type TextSize = (typeof textSizes)[number];
export const defaultTextSize: TextSize = "md";
export const TEXT_SIZE_STORAGE_KEY = "dispatch:text-size";

export function isTextSize(v: unknown): v is TextSize {
  return typeof v === "string" && (textSizes as readonly string[]).includes(v);
}
