import { TEXT_SIZE_STORAGE_KEY, textSizes } from "@/lib/reader/text-size";

/**
 * Runs before first paint: marks that JavaScript is on and applies the reader's saved text size, so the page
 * renders at the right size with no jump. A constant string of our own, never user content.
 */
const script = `(function(){var d=document.documentElement;d.classList.add("js");try{var s=localStorage.getItem(${JSON.stringify(
  TEXT_SIZE_STORAGE_KEY,
)});if(${JSON.stringify(textSizes)}.indexOf(s)>-1)d.setAttribute("data-text-size",s)}catch(e){}})()`;

export function TextSizeScript() {
  return <script dangerouslySetInnerHTML={{ __html: script }} />;
}
