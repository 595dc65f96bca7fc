import type { Blog } from "@/lib/content/types";
import type { UiStrings } from "@/lib/i18n/ui";

export function AboutBlog({ blog, t, headingLevel = 2 }: { blog: Blog; t: UiStrings; headingLevel?: 2 | 3 }) {
  const H = `h${headingLevel}` as const;
  return (
    <section aria-labelledby="about-blog" className="box bg-wash">
      <H id="about-blog">{t.aboutThisBlog}</H>
      {blog.about.split(/\n{2,}/).map((para, i) => (
        <p key={i}>{para}</p>
      ))}
    </section>
  );
}
