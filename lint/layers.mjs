/**
 * The layers of lib/, bottom up: the one table the linter (eslint.config.mjs) turns into import rules and the
 * unit test (tests/layers.test.ts) checks for cycles. A module is a folder of lib/ or a single file at its root.
 * A module may import every module of a lower tier; within its own tier only those its `uses` entry names.
 * Adding a module means adding it here: the linter refuses imports of modules it does not know.
 */
export const tiers = [
  {
    name: "foundation",
    why: "plain helpers and types every layer may use; no database",
    modules: ["errors", "config", "i18n", "markdown", "route-params", "urls", "cache", "secret", "validation", "editions", "site", "server"],
    uses: { validation: ["errors"], site: ["config", "editions"], server: ["config"], urls: ["editions"] },
  },
  { name: "store", why: "the Kysely connection, schema and migrations", modules: ["db"] },
  {
    name: "content",
    why: "the content library: types, queries per aggregate, writes with their revision and search document",
    modules: ["content"],
  },
  {
    name: "services",
    why: "what is built on the content: search, feeds, SEO, share images, media, breaking news, the newsroom, reader page models, jobs",
    modules: ["search", "media", "breaking", "newsroom", "feeds", "og", "seo", "reader", "health", "jobs", "demo"],
    uses: { og: ["media"], seo: ["feeds", "og"], reader: ["breaking", "feeds"], jobs: ["newsroom"] },
  },
];

/** Every module of lib/ with the modules it may import. */
export function allowedImports() {
  const allowed = new Map();
  const below = [];
  for (const tier of tiers) {
    for (const m of tier.modules) allowed.set(m, new Set([...below, ...(tier.uses?.[m] ?? [])]));
    below.push(...tier.modules);
  }
  return allowed;
}

export function tierOf(module) {
  return tiers.find((t) => t.modules.includes(module))?.name;
}
