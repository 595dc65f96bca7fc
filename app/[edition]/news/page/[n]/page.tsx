// The news section's archive pages: the same route as page 1, which reads the [n] segment.
export { default, generateMetadata } from "../../page";
export const revalidate = 300;
export function generateStaticParams() {
  return [];
}
