import Image from "next/image";
import type { Author } from "@/lib/content/types";

export function AuthorIntro({ author }: { author: Author }) {
  return (
    <div className="mt-3 flex items-start gap-4">
      {author.photo && (
        <Image src={author.photo.src} width={author.photo.width} height={author.photo.height} alt={author.photo.alt} sizes="96px" className="h-24 w-24 shrink-0 rounded-full object-cover" />
      )}
      <p className="text-lg text-muted">{author.bio}</p>
    </div>
  );
}
