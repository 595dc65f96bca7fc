/**
 * Fills {name} placeholders in a UI string. The values are the reader's own words, so they go in through a
 * function: a plain replacement string would treat "$&" or "$1" in a query as patterns.
 */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}
