// axe-core with the WCAG 2.0, 2.1 and 2.2 A and AA rules, on every route, light and dark.
import AxeBuilder from "@axe-core/playwright";
import { test, expect, ROUTES, openRoute } from "./fixtures.js";

const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"];

for (const colorScheme of ["light", "dark"]) {
  for (const { path, heading } of ROUTES) {
    test(`axe finds no violations on ${path} in ${colorScheme} theme`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await openRoute(page, path, heading);
      const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
      const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
      expect(summary).toEqual([]);
    });
  }
}

test("the update banner passes axe too", async ({ page }) => {
  await openRoute(page, "/", "Peer Support Guide");
  await page.evaluate(() => {
    document.getElementById("update-banner").hidden = false;
  });
  const results = await new AxeBuilder({ page }).withTags(TAGS).include("#update-banner").analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
});
