import { readLatest } from "@/lib/content/reader.next";

export const revalidate = 300;

export default async function Home() {
  const latest = await readLatest({ limit: 10 });
  return <main><h1>Home</h1><ul>{latest.map((a) => <li key={a.id}>{a.title}</li>)}</ul></main>;
}
