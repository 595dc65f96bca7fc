export type SubscribeLabels = { subscribe: string; rss: string; atom: string };

/** Feed links for a blog (or the whole site). Plain links: no third-party scripts, works everywhere. */
export function SubscribeBox({ feedBase, title, t }: { feedBase: string; title: string; t: SubscribeLabels }) {
  return (
    <section aria-labelledby="subscribe" className="box">
      <h2 id="subscribe">{t.subscribe}</h2>
      <ul className="mt-2 space-y-1">
        <li><a href={`${feedBase}/rss.xml`} className="tap-link" type="application/rss+xml">{title}: {t.rss}</a></li>
        <li><a href={`${feedBase}/atom.xml`} className="tap-link" type="application/atom+xml">{title}: {t.atom}</a></li>
      </ul>
    </section>
  );
}
