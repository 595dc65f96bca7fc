"use client";

import { DISMISSED_STORAGE_KEY } from "@/lib/reader/breaking-dismissals";
import { TEXT_SIZE_STORAGE_KEY, textSizes } from "@/lib/reader/text-size";

/**
 * Runs before first paint and applies what this browser remembers, so nothing jumps after the page shows:
 * marks that JavaScript is on, sets the saved text size, and hides breaking items the reader dismissed.
 * A constant string of our own (the ids are checked to be integers), never user content.
 *
 * A client component with no props, so the script is in the cached JavaScript and the HTML, not a third time in
 * every page's RSC payload (decision 028). The browser runs it from the HTML; React never runs it again.
 */
const script = `(function(){var d=document.documentElement;d.classList.add("js");try{var s=localStorage.getItem(${JSON.stringify(
  TEXT_SIZE_STORAGE_KEY,
)});if(${JSON.stringify(textSizes)}.indexOf(s)>-1)d.setAttribute("data-text-size",s);var x=JSON.parse(localStorage.getItem(${JSON.stringify(
  DISMISSED_STORAGE_KEY,
)})||"[]");var r=[];for(var i=0;i<x.length;i++)if(x[i]===(x[i]|0))r.push('[data-breaking-id="'+x[i]+'"]');if(r.length){var st=document.createElement("style");st.textContent=r.join(",")+"{display:none!important}";document.head.appendChild(st)}}catch(e){}})()`;

export function ReaderPrefsScript() {
  return <script dangerouslySetInnerHTML={{ __html: script }} />;
}
