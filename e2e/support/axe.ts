import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

/** The rule sets for WCAG 2.2 level AA: axe tags each rule with the version and level that introduced it. */
export const wcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/**
 * Runs axe on the page as it is now and fails with one readable line per violation (rule, what to fix, where),
 * so a CI log says what to change without opening a trace. `allRules`: every rule axe has, its best practices
 * (heading-order, landmarks, …) too, not only the WCAG 2.2 AA set.
 */
export async function expectNoAxeViolations(page: Page, opts: { exclude?: string[]; allRules?: boolean } = {}): Promise<void> {
  let builder = opts.allRules ? new AxeBuilder({ page }) : new AxeBuilder({ page }).withTags(wcagTags);
  for (const selector of opts.exclude ?? []) builder = builder.exclude(selector);
  const { violations } = await builder.analyze();
  const report = violations
    .map((v) => `  ${v.id} (${v.impact ?? "?"}): ${v.help}\n    on ${v.nodes.map((n) => n.target.join(" ")).join(" | ")}`)
    .join("\n");
  expect(violations.length, `axe found ${violations.length} ${opts.allRules ? "" : "WCAG 2.2 AA "}violation(s) on ${page.url()}:\n${report}`).toBe(0);
}
