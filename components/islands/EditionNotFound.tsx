"use client";

import { useParams } from "next/navigation";
import { boundaryFor } from "@/lib/i18n/boundary-strings";
import { NotFoundText } from "./NotFoundText";

/**
 * notFound() inside an edition's pages, in the edition's language. A not-found boundary gets no params on the
 * server, and Next sends it with every page: it takes no props at all (nothing in the RSC payload) and reads the
 * edition from the URL, with each edition's three labels in its small module.
 */
export function EditionNotFound() {
  const params = useParams<{ edition?: string }>();
  const t = boundaryFor(params?.edition);
  return <NotFoundText t={t} home={t.home} />;
}
