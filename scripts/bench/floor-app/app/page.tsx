export default function Page() {
  return <p>Framework floor: one server-rendered page, no client components.</p>;
}
