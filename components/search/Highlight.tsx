import { segments, type Highlighted } from "@/lib/search/highlight";

/** Text with the matched words in <mark>: built from ranges, so the text is escaped like any other. */
export function Highlight({ value }: { value: Highlighted }) {
  return (
    <>
      {segments(value).map((s, i) =>
        s.mark ? (
          <mark key={i} className="rounded-sm bg-[#fff1a8] px-0.5 text-inherit">
            {s.text}
          </mark>
        ) : (
          s.text
        ),
      )}
    </>
  );
}
