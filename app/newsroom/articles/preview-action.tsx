"use server";

import type { ReactNode } from "react";
import { z } from "zod";
import { ArticleBody } from "@/components/article/ArticleBody";
import { BODY_MAX } from "@/lib/content/article-schema";
import { currentSession } from "@/lib/newsroom/console.next";

const markdownSchema = z.string().max(BODY_MAX);

/**
 * The editor's preview: the body rendered on the server by the readers' renderer (its allowlist decides what
 * HTML exists) and sent as React output. A server function, not a route with renderToStaticMarkup, because
 * Next refuses react-dom/server in the app's server bundle. Next checks the Origin of every call; we check the session.
 */
export async function renderMarkdownPreview(markdown: unknown): Promise<ReactNode> {
  if (!(await currentSession())) throw new Error("Sign in again to update the preview");
  const text = markdownSchema.safeParse(markdown);
  if (!text.success) throw new Error(`Keep the body under ${BODY_MAX} characters`);
  return <ArticleBody markdown={text.data} />;
}
