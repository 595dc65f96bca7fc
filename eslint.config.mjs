import { existsSync } from "node:fs";
import nextPlugin from "@next/eslint-plugin-next";
import reactHooks from "eslint-plugin-react-hooks";
import tseslint from "typescript-eslint";
import { allowedImports, tierOf } from "./lint/layers.mjs";

/**
 * The linter keeps the house's shape (ARCHITECTURE.md): lib/ imports one way (the table in lint/layers.mjs),
 * only `*.next.ts(x)` files in lib/ touch Next.js or React, components never reach the database or the routes.
 * `npm run lint` runs inside `npm test`; tests/layers.test.ts proves these rules refuse what they should.
 */

const SOURCE = "{ts,tsx,mjs}";
const END = "(?:/|\\.m?[jt]sx?$|$)";
const modules = allowedImports();
const known = [...modules.keys()];
const alt = (names) => names.map((n) => n.replace(/\./g, "\\.")).join("|");

/** `from` as an import written in a file `depth` folders below lib/ (0: lib/x.ts) would spell a module of lib/. */
function spelled(depth, names) {
  const relative = depth === 0 ? "\\./" : `(?:\\.\\./){${depth}}(?!\\.\\./)`;
  return `^(?:@/lib/|${relative})(?:${alt(names)})${END}`;
}

function layerBlocks() {
  const blocks = [];
  for (const [module, allowed] of modules) {
    const forbidden = known.filter((m) => m !== module && !allowed.has(m));
    const may = [...allowed].sort().join(", ") || "nothing else in lib/";
    const isFile = !existsSync(`lib/${module}`);
    for (const depth of [0, 1, 2, 3]) {
      const files =
        depth === 0 ? [`lib/${module}.${SOURCE}`] : [`lib/${module}/${"*/".repeat(depth - 1)}*.${SOURCE}`];
      if (depth === 0 && !isFile) continue;
      const patterns = [
        {
          regex: `^(?:@/|(?:\\.\\./)+)(?:app|components|e2e|tests|scripts)/`,
          message: "lib/ is below app/ and components/: pass data down, never import up.",
        },
        {
          regex: `^(?:@/lib/|${depth === 0 ? "\\./" : `(?:\\.\\./){${depth}}(?!\\.\\./)`})(?!(?:${alt(known)})${END})`,
          message: "This module of lib/ is not in lint/layers.mjs: add it to a tier there before importing it.",
        },
      ];
      if (forbidden.length) {
        patterns.push({
          regex: spelled(depth, forbidden),
          message: `lib/${module} (tier ${tierOf(module)}) may import only: ${may}. See lint/layers.mjs and ARCHITECTURE.md.`,
        });
      }
      blocks.push({ files, rules: { "no-restricted-imports": ["error", { patterns }] } });
    }
  }
  return blocks;
}

const nextOrReact = {
  regex: "^(?:next|react|react-dom)(?:/|$)",
  message: "Only *.next.ts(x) files in lib/ may use Next.js or React: keep the rest testable with plain unit tests.",
};

const componentPatterns = [
  { regex: "^(?:@/|(?:\\.\\./)+)lib/db(?:/|$)", message: "components/ never reach the database: the route loads data through lib/ and passes it down." },
  { regex: "^(?:@/|(?:\\.\\./)+)app/", message: "components/ sit below app/: a route imports its components, never the other way." },
  { regex: "^kysely$", message: "No SQL in components/: queries live in lib/content." },
  { regex: "^next/(?:headers|cache|server)$", message: "components/ are presentational: request and cache APIs belong to the route or a lib/*.next.ts file." },
];

export default tseslint.config(
  // scripts/bench/floor-app is a separate app (the benchmark's framework floor), built and type-checked on its own.
  { ignores: ["node_modules/", ".next*/", "data/", "test-results/", "playwright-report/", "public/", "**/*.d.mts", "scripts/bench/floor-app/"] },
  ...tseslint.configs.recommended,
  {
    files: [`{app,components}/**/*.${SOURCE}`],
    plugins: { "@next/next": nextPlugin, "react-hooks": reactHooks },
    rules: {
      ...nextPlugin.configs["core-web-vitals"].rules,
      // Newsroom links are plain <a> on purpose: a full navigation works without JavaScript and drops client state.
      "@next/next/no-html-link-for-pages": "off",
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "error",
    },
  },
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" }],
    },
  },
  ...layerBlocks(),
  {
    files: [`lib/**/*.${SOURCE}`],
    ignores: ["lib/**/*.next.{ts,tsx}"],
    rules: { "@typescript-eslint/no-restricted-imports": ["error", { patterns: [nextOrReact] }] },
  },
  {
    files: [`components/**/*.${SOURCE}`],
    rules: { "@typescript-eslint/no-restricted-imports": ["error", { patterns: componentPatterns }] },
  },
  {
    // Islands run in the browser: the editions registry validates itself with zod, which would ship to every reader.
    // The server passes islands what they need of it (decision 029).
    files: [`components/islands/**/*.${SOURCE}`],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          patterns: [
            ...componentPatterns,
            { regex: "^(?:@/|(?:\\.\\./)+)lib/(?:editions|i18n/ui|i18n/strings)(?:/|$)", message: "An island takes editions and strings as props (or lib/i18n/boundary-strings.ts): the registry and every language's strings stay on the server.", allowTypeImports: true },
            { regex: "^zod$", message: "No zod in the browser: validate on the server.", allowTypeImports: true },
          ],
        },
      ],
    },
  },
  {
    files: [`app/**/*.${SOURCE}`],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        { patterns: [{ regex: "^kysely$", message: "Routes stay thin: queries live in lib/content, not in app/." }] },
      ],
    },
  },
);
