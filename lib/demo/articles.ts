import { afterHoursArticles } from "./articles-after-hours";
import { harbourLightsArticles } from "./articles-harbour-lights";
import { ledgerArticles } from "./articles-the-ledger";
import { newsArticles } from "./articles-news";
import { persianArticles } from "./articles-fa";
import { russianArticles } from "./articles-ru";
import { signalArticles } from "./articles-signal";
import type { DemoArticle } from "./types";

/** Every demo article, oldest first, so ids follow publication order when loaded into an empty database. */
export const demoArticles: DemoArticle[] = [
  ...newsArticles,
  ...harbourLightsArticles,
  ...ledgerArticles,
  ...signalArticles,
  ...afterHoursArticles,
  ...russianArticles,
  ...persianArticles,
].sort((a, b) => (a.publishedAt ?? "9999").localeCompare(b.publishedAt ?? "9999"));
