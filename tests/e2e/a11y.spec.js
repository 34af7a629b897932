// axe-core with the WCAG 2.0, 2.1 and 2.2 A and AA rules, on every route, light and dark.
import { test, expect, ROUTES, openRoute, axeViolations, HOME_HEADING } from "./fixtures.js";

for (const colorScheme of ["light", "dark"]) {
  for (const { path, heading } of ROUTES) {
    test(`axe finds no violations on ${path} in ${colorScheme} theme`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await openRoute(page, path, heading);
      expect(await axeViolations(page)).toEqual([]);
    });
  }
}

test("the update banner passes axe too", async ({ page }) => {
  await openRoute(page, "/", HOME_HEADING);
  await page.evaluate(() => {
    document.getElementById("update-banner").hidden = false;
  });
  expect(await axeViolations(page, "#update-banner")).toEqual([]);
});
