/**
 * The not-found boundary of the app's root, above every root layout. Nothing renders it: unmatched URLs get
 * app/global-not-found.tsx, and each tree has its own (app/[edition]/not-found.tsx, app/newsroom/not-found.tsx).
 * It exists because Next would otherwise put its default 404 screen, markup and styles (about 1.2 KB), into every
 * page's RSC payload in its place (issue 12's page budget).
 */
export default function RootNotFound() {
  return null;
}
