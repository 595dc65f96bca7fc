import { SizedImage } from "@/components/media/SizedImage";
import type { Author } from "@/lib/content/types";

export function AuthorIntro({ author }: { author: Author }) {
  return (
    <div className="mt-3 flex items-start gap-4">
      {author.photo && (
        <SizedImage src={author.photo.src} width={96} height={96} alt={author.photo.alt} className="h-24 w-24 shrink-0 rounded-full object-cover" />
      )}
      <p className="text-lg text-muted">{author.bio}</p>
    </div>
  );
}
