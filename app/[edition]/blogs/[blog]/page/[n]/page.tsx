// A blog's archive pages: the same route as page 1, which reads the [n] segment.
export { default, generateMetadata, generateStaticParams } from "../../page";
export const revalidate = 300;
