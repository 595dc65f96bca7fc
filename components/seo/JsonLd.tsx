import { jsonLdScriptProps } from "@/lib/seo/jsonld";

/** Structured data for search engines. The JSON is escaped so no headline can close the script element. */
export function JsonLd({ data }: { data: object | object[] }) {
  return <script {...jsonLdScriptProps(data)} />;
}
