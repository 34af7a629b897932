// The app is split into lazily loaded parts (scripts/split-build.mjs): a page's part is fetched
// only when the page is shown, and a part that fails to load leaves a sentence and a working
// "Try again" button, never a dead page. Service workers are blocked here, so every part comes
// from the network (the service worker would otherwise fetch them all for offline use).
import { execFileSync } from "node:child_process";
import { test, expect, openRoute, ROUTES, HOME_HEADING } from "./fixtures.js";
import { SUBPATH_PORT } from "./playwright.config.js";

test.use({ serviceWorkers: "block" });

const TRACKER_PART = /\/split_tracker_page_\d+-[0-9a-f]{16}\.wasm$/;
const ANY_PART = /\/(split|chunk)_[^/]+\.wasm$/;

function recordRequests(page) {
  const urls = [];
  page.on("request", (request) => urls.push(request.url()));
  return urls;
}

test("the home page loads no lazy part; the tracker loads its own", async ({ page }) => {
  const urls = recordRequests(page);
  await openRoute(page, "/", HOME_HEADING);
  // Let any late request show up before checking.
  await page.waitForLoadState("networkidle");
  expect(urls.filter((url) => ANY_PART.test(url)), "lazy parts fetched for /").toEqual([]);

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Milestones" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Track my milestones" })).toBeVisible();
  expect(urls.filter((url) => TRACKER_PART.test(url))).toHaveLength(1);
  // Focus moves to the new page's heading once its part has loaded.
  await expect(page.getByRole("heading", { level: 1, name: "Track my milestones" })).toBeFocused();
});

test("a deep link to the tracker fetches the tracker's part", async ({ page }) => {
  const urls = recordRequests(page);
  await openRoute(page, "/tracker", "Track my milestones");
  expect(urls.filter((url) => TRACKER_PART.test(url))).toHaveLength(1);
});

// `make size` works out statically which wasm files a first visit to each route needs; Chromium
// must fetch exactly those, so its figures are what a person downloads.
const NEEDED = JSON.parse(
  execFileSync("node", ["scripts/size.mjs", "dist", "--json"], { cwd: new URL("../..", import.meta.url).pathname, encoding: "utf8" })
);
const VISITS = [
  ...ROUTES.map(({ path, heading }) => ({ route: path, path, heading })),
  { route: "/groups/<slug>", path: "/groups/women-for-sobriety", heading: "Women for Sobriety (WFS)" },
];
for (const { route, path, heading } of VISITS) {
  test(`a first visit to ${path} fetches the wasm files make size counts for it`, async ({ page }) => {
    const urls = recordRequests(page);
    await openRoute(page, path, heading);
    await page.waitForLoadState("networkidle");
    const wasm = urls.filter((url) => url.endsWith(".wasm")).map((url) => new URL(url).pathname.slice(1));
    expect(wasm.sort()).toEqual(NEEDED[route]);
  });
}

test.describe("with the network failing", () => {
  // A service worker's own fetches bypass page.route: once it has cached the part and taken
  // over the page (it can, part-way through this test), the part would load unblocked.
  test.use({ serviceWorkers: "block" });

  test("a part that fails to load says so and loads when tried again", async ({ page, guard }) => {
    let blocked = 0;
    await page.route(TRACKER_PART, (route) => {
      blocked += 1;
      return route.abort();
    });
    await openRoute(page, "/", HOME_HEADING);
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Milestones" }).click();
    const alert = page.getByRole("alert").filter({ hasText: "This part of the app didn't load." });
    await expect(alert).toContainText("Check your connection, then try again.");
    const retry = page.getByRole("button", { name: "Try again" });
    await expect(retry).toBeVisible();
    expect(blocked).toBe(1);

    // Still blocked: the same sentence comes back, and the app still answers.
    await retry.click();
    await expect.poll(() => blocked).toBe(2);
    await expect(retry).toBeVisible();
    await page.getByRole("link", { name: "Get help now" }).first().click();
    await expect(page.getByRole("heading", { level: 1, name: "Get help now" })).toBeVisible();
    await page.goBack();
    await expect(page.getByRole("button", { name: "Try again" })).toBeVisible();

    // The network is back.
    await page.unroute(TRACKER_PART);
    await page.getByRole("button", { name: "Try again" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Track my milestones" })).toBeVisible();
    await expect(page.getByRole("alert").filter({ hasText: "didn't load" })).toHaveCount(0);
    await page.getByLabel("Or type the group's name").fill("Thursday group");
    await page.getByRole("button", { name: "Add meeting" }).click();
    await expect(page.locator("#meeting-list")).toContainText("Thursday group");

    // The blocked fetches are logged by the browser; nothing else may be.
    const expected = (problem) => /Failed to load resource|net::ERR_FAILED/.test(problem);
    guard.problems.splice(0, guard.problems.length, ...guard.problems.filter((problem) => !expected(problem)));
  });
});

test.describe("under the sub-path", () => {
  test.use({ baseURL: `http://127.0.0.1:${SUBPATH_PORT}` });

  test("the tracker's part is fetched from under the sub-path", async ({ page }) => {
    const urls = recordRequests(page);
    await openRoute(page, "/peer-support-guide/tracker", "Track my milestones");
    const parts = urls.filter((url) => TRACKER_PART.test(url));
    expect(parts).toHaveLength(1);
    expect(new URL(parts[0]).pathname).toMatch(/^\/peer-support-guide\/split_tracker_page_/);
  });
});
