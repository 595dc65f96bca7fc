import type { NewsroomArticleRow } from "@/lib/content/newsroom-queries";
import type { UiStrings } from "@/lib/i18n/ui";
import { StaffTime } from "./StaffTime";

/** The newsroom's article list: title links to the editor. */
export function ArticleTable({ t, items, total }: { t: UiStrings; items: NewsroomArticleRow[]; total: number }) {
  const n = t.newsroom;
  if (items.length === 0) return <p>{n.noArticles}</p>;
  const cell = "border-b border-rule px-2 py-2 text-start align-top";
  return (
    <table className="w-full border-collapse">
      <caption className="mb-2 text-start text-muted">{n.articleCount.replace("{n}", String(total))}</caption>
      <thead>
        <tr>
          <th scope="col" className={cell}>{n.title}</th>
          <th scope="col" className={cell}>{n.status}</th>
          <th scope="col" className={cell}>{n.updated}</th>
          <th scope="col" className={cell}>{n.publishedOrScheduled}</th>
        </tr>
      </thead>
      <tbody>
        {items.map((a) => (
          <tr key={a.id}>
            <td className={cell}><a href={`/newsroom/articles/${a.id}`}>{a.title}</a></td>
            <td className={cell}>{n.statusOne[a.status]}</td>
            <td className={cell}><StaffTime iso={a.updatedAt} /></td>
            <td className={cell}><StaffTime iso={a.publishedAt} /></td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
