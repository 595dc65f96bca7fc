import { test as base, expect } from "@playwright/test";

/**
 * `test` for every spec: an uncaught exception in the page fails the test that caused it, even when the
 * assertions still pass (a broken island often leaves the server-rendered HTML looking fine).
 */
export const test = base.extend<{ pageErrors: Error[] }>({
  pageErrors: [
    async ({ page }, use) => {
      const errors: Error[] = [];
      page.on("pageerror", (err) => errors.push(err));
      await use(errors);
      expect(errors.map((e) => e.message), "uncaught errors in the page").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
