import type { NewsroomArticleRow } from "@/lib/content/newsroom-queries";
import { editionOfLanguage } from "@/lib/editions/paths";
import type { UiStrings } from "@/lib/i18n/ui";
import { defaultLanguage, edition, langAttrs } from "@/lib/site";
import { StaffTime } from "./StaffTime";

/**
 * The newsroom's article list: title links to the editor. Each title is marked with its language and direction,
 * and the edition it belongs to is named in that edition's own language.
 */
export function ArticleTable({ t, s, items, total }: { t: UiStrings; s: UiStrings["newsroom"]["editions"]; items: NewsroomArticleRow[]; total: number }) {
  const n = t.newsroom;
  if (items.length === 0) return <p>{n.noArticles}</p>;
  const cell = "border-b border-rule px-2 py-2 text-start align-top";
  // The console is in the default edition's language: only titles and names in another are marked.
  const around = edition(defaultLanguage);
  return (
    <table className="w-full border-collapse">
      <caption className="mb-2 text-start text-muted">{n.articleCount.replace("{n}", String(total))}</caption>
      <thead>
        <tr>
          <th scope="col" className={cell}>{n.title}</th>
          <th scope="col" className={cell}>{s.edition}</th>
          <th scope="col" className={cell}>{n.status}</th>
          <th scope="col" className={cell}>{n.updated}</th>
          <th scope="col" className={cell}>{n.publishedOrScheduled}</th>
        </tr>
      </thead>
      <tbody>
        {items.map((a) => {
          const e = editionOfLanguage(a.language);
          return (
            <tr key={a.id}>
              <td className={cell}><a href={`/newsroom/articles/${a.id}`} {...langAttrs(edition(a.language), around)}>{a.title}</a></td>
              <td className={cell}><span {...langAttrs(e, around)}>{e.label}</span></td>
              <td className={cell}>{n.statusOne[a.status]}</td>
              <td className={cell}><StaffTime iso={a.updatedAt} /></td>
              <td className={cell}><StaffTime iso={a.publishedAt} /></td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
