/** Writing direction of a language code. Small and dependency-free so browser islands can use it too. */
const rtl = new Set(["ar", "fa", "he", "ur", "ps", "ckb", "yi", "dv"]);

export function directionOf(lang: string): "ltr" | "rtl" {
  return rtl.has(lang.toLowerCase().split("-")[0]) ? "rtl" : "ltr";
}
