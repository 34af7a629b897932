// Shared fixtures. Every test, whatever it checks, also fails if the page:
// - requests anything from an origin other than the app's own (privacy);
// - logs a console error, throws, or violates the Content Security Policy.
import AxeBuilder from "@axe-core/playwright";
import { test as base, expect } from "@playwright/test";
import { readFileSync } from "node:fs";

export const ROUTES = JSON.parse(readFileSync(new URL("../../data/routes.json", import.meta.url), "utf8"));
/** The home page's main heading (the app's name is in the header and the tab's title). */
export const HOME_HEADING = ROUTES.find(({ path }) => path === "/").heading;

export const test = base.extend({
  guard: [
    async ({ context, baseURL }, use) => {
      const appOrigin = new URL(baseURL).origin;
      const foreign = [];
      const problems = [];
      const allowed = (url) => url.startsWith("data:") || url.startsWith("blob:") || new URL(url).origin === appOrigin;
      const watch = (page) => {
        page.on("request", (request) => {
          if (!allowed(request.url())) foreign.push(request.url());
        });
        page.on("console", (message) => {
          if (message.type() === "error") problems.push(`console error: ${message.text()}`);
        });
        page.on("pageerror", (error) => problems.push(`uncaught: ${error.message}`));
      };
      context.on("page", watch);
      context.pages().forEach(watch);
      context.on("request", (request) => {
        if (!allowed(request.url())) foreign.push(request.url());
      });
      await context.addInitScript(() => {
        document.addEventListener("securitypolicyviolation", (event) => {
          console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI}`);
        });
      });
      await use({ foreign, problems, allowed });
      expect(foreign, "requests to another origin").toEqual([]);
      expect(problems, "console errors, uncaught errors or CSP violations").toEqual([]);
    },
    { auto: true },
  ],
});

/** Opens a route and waits until the app (not the static shell) shows its main heading. */
export async function openRoute(page, path, heading) {
  await page.goto(path);
  await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
}

/** axe-core's violations of the WCAG 2.0, 2.1 and 2.2 A and AA rules, one line each; `[]` when clean. */
export async function axeViolations(page, include) {
  let builder = new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"]);
  if (include) builder = builder.include(include);
  const results = await builder.analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

/** The date `days` before (or, negative, after) today on the browser's calendar, YYYY-MM-DD. */
export const daysAgo = (page, days) =>
  page.evaluate((days) => {
    const d = new Date();
    d.setDate(d.getDate() - days);
    const pad = (n) => String(n).padStart(2, "0");
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  }, days);

export { expect };
