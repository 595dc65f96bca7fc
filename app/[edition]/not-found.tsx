import { EditionNotFound } from "@/components/islands/EditionNotFound";

/** notFound() from a reader page: the message, in the edition's language, inside the layout already around it. */
export default function SiteNotFound() {
  return <EditionNotFound />;
}
