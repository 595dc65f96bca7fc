/** About This Blog: the blog's own text, a paragraph per blank-line-separated block. */
export function AboutBlog({ heading, about, headingLevel = 2 }: { heading: string; about: string; headingLevel?: 2 | 3 }) {
  const H = `h${headingLevel}` as const;
  return (
    <section aria-labelledby="about-blog" className="box bg-wash">
      <H id="about-blog">{heading}</H>
      {about.split(/\n{2,}/).map((para, i) => (
        <p key={i}>{para}</p>
      ))}
    </section>
  );
}
