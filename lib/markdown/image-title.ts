/**
 * Caption and credit convention for body images. The Markdown image title holds both, separated by a
 * vertical bar; the credit is optional and is shown as written (write the label too, in the article's language):
 *
 *     ![Alt text for screen readers](/images/harbour.jpg "Fishing boats at dawn in Bandar Abbas | Photo: Reza Ahmadi")
 *
 * The last `|` separates them, so a caption may itself contain a bar.
 */
export type ImageCaption = { caption: string | null; credit: string | null };

export function parseImageTitle(title: string | null | undefined): ImageCaption {
  if (!title) return { caption: null, credit: null };
  const bar = title.lastIndexOf("|");
  const caption = (bar === -1 ? title : title.slice(0, bar)).trim();
  const credit = bar === -1 ? "" : title.slice(bar + 1).trim();
  return { caption: caption || null, credit: credit || null };
}
