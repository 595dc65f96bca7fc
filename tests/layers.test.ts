import { ESLint } from "eslint";
import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { allowedImports, tiers } from "@/lint/layers.mjs";

/**
 * The house's import directions (lint/layers.mjs, eslint.config.mjs): the table has no cycle and names every module
 * of lib/, and the linter refuses an import that runs back up, in every spelling, while letting the right ones pass.
 */

const eslint = new ESLint({ cwd: process.cwd() });

async function problems(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages.filter((m) => m.ruleId?.endsWith("no-restricted-imports")).map((m) => m.message);
}

describe("the layer table", () => {
  it("names every folder and root file of lib/ once", () => {
    const onDisk = readdirSync("lib", { withFileTypes: true })
      .filter((e) => e.isDirectory() || /\.(ts|mjs)$/.test(e.name))
      .map((e) => e.name.replace(/\.(ts|mjs)$/, ""));
    const named = tiers.flatMap((t) => t.modules);
    expect(new Set(named).size).toBe(named.length);
    expect([...named].sort()).toEqual([...new Set(onDisk)].sort());
  });

  it("has no cycle between modules", () => {
    const allowed = allowedImports();
    const visiting = new Set<string>();
    const done = new Set<string>();
    const visit = (m: string, path: string[]): void => {
      if (done.has(m)) return;
      if (visiting.has(m)) throw new Error(`cycle: ${[...path, m].join(" → ")}`);
      visiting.add(m);
      for (const dep of allowed.get(m) ?? []) visit(dep, [...path, m]);
      visiting.delete(m);
      done.add(m);
    };
    for (const m of allowed.keys()) expect(() => visit(m, [])).not.toThrow();
  });

  it("puts content below the newsroom, search and breaking news, and the store below content", () => {
    const allowed = allowedImports();
    expect(allowed.get("content")?.has("db")).toBe(true);
    for (const up of ["newsroom", "search", "breaking", "feeds", "seo", "demo"]) expect(allowed.get("content")?.has(up)).toBe(false);
    expect(allowed.get("db")?.has("content")).toBe(false);
    expect(allowed.get("newsroom")?.has("content")).toBe(true);
  });
});

describe("the linter", () => {
  it("refuses an import from lib/content up into lib/newsroom or lib/search, relative or by alias", async () => {
    expect(await problems("lib/content/x.ts", 'import { ForbiddenError } from "../newsroom/roles";\n')).toEqual([
      expect.stringContaining("lib/content (tier content) may import only"),
    ]);
    expect(await problems("lib/content/x.ts", 'import { searchArticles } from "@/lib/search/search";\n')).toHaveLength(1);
    expect(await problems("lib/db/migrations/x.ts", 'import { visible } from "../../content/articles";\n')).toHaveLength(1);
  });

  it("lets a module import what lies below it", async () => {
    expect(await problems("lib/newsroom/x.ts", 'import { getArticleById } from "../content/articles";\nimport { db } from "@/lib/db/connection";\nimport { config } from "../config";\n')).toEqual([]);
    expect(await problems("lib/seo/x.ts", 'import { feedFile } from "../feeds/paths";\n')).toEqual([]);
    expect(await problems("lib/site.ts", 'import { config } from "./config";\n')).toEqual([]);
  });

  it("refuses peers the table does not name, and modules it does not know", async () => {
    expect(await problems("lib/feeds/x.ts", 'import { pageMetadata } from "../seo/metadata.next";\n')).toHaveLength(1);
    expect(await problems("lib/errors.ts", 'import { config } from "./config";\n')).toHaveLength(1);
    expect(await problems("lib/newsroom/x.ts", 'import { thing } from "@/lib/nowhere/thing";\n')).toEqual([
      expect.stringContaining("not in lint/layers.mjs"),
    ]);
  });

  it("refuses lib/ importing components/ or app/", async () => {
    expect(await problems("lib/reader/x.ts", 'import { ListingPage } from "@/components/listing/ListingPage";\n')).toHaveLength(1);
    expect(await problems("lib/reader/x.ts", 'import { GET } from "../../app/api/ping/route";\n')).toHaveLength(1);
  });

  it("keeps Next.js and React to *.next.ts files in lib/", async () => {
    const code = 'import { cookies } from "next/headers";\nimport { cache } from "react";\n';
    expect(await problems("lib/newsroom/x.ts", code)).toHaveLength(2);
    expect(await problems("lib/newsroom/x.next.ts", code)).toEqual([]);
  });

  it("keeps components/ away from the database, the routes and request APIs", async () => {
    expect(await problems("components/article/X.tsx", 'import { db } from "@/lib/db/connection";\n')).toHaveLength(1);
    expect(await problems("components/article/X.tsx", 'import { action } from "@/app/newsroom/articles/preview-action";\n')).toHaveLength(1);
    expect(await problems("components/article/X.tsx", 'import { cookies } from "next/headers";\n')).toHaveLength(1);
    expect(await problems("components/article/X.tsx", 'import Link from "next/link";\nimport type { ArticleSummary } from "@/lib/content/types";\n')).toEqual([]);
  });

  it("keeps the editions registry, every language's strings and zod out of browser islands, types aside", async () => {
    expect(await problems("components/islands/X.tsx", 'import { editionList } from "@/lib/editions/registry";\n')).toHaveLength(1);
    expect(await problems("components/islands/X.tsx", 'import { ui } from "@/lib/i18n/ui";\n')).toHaveLength(1);
    expect(await problems("components/islands/X.tsx", 'import { z } from "zod";\n')).toHaveLength(1);
    // The rules of every component still hold there.
    expect(await problems("components/islands/X.tsx", 'import { db } from "@/lib/db/connection";\n')).toHaveLength(1);
    expect(await problems("components/islands/X.tsx", 'import type { UiStrings } from "@/lib/i18n/ui";\nimport { boundaryFor } from "@/lib/i18n/boundary-strings";\n')).toEqual([]);
    // Server components may use the registry.
    expect(await problems("components/layout/X.tsx", 'import { editionList } from "@/lib/editions/registry";\n')).toEqual([]);
  });
});
