// Built with `--public-url /peer-support-guide/`, the app works under that path on a static host.
import { test, expect, HOME_HEADING } from "./fixtures.js";
import { SUBPATH_PORT } from "./playwright.config.js";

test.use({ baseURL: `http://127.0.0.1:${SUBPATH_PORT}` });

test("the sub-path build serves every link and deep link under its path", async ({ page }) => {
  await page.goto("/peer-support-guide/");
  await expect(page.getByRole("heading", { level: 1, name: HOME_HEADING })).toBeVisible();
  const help = page.getByRole("link", { name: "Get help now" });
  await expect(help).toHaveAttribute("href", "/peer-support-guide/help");
  await help.click();
  await expect(page.getByRole("heading", { level: 1, name: "Get help now" })).toBeVisible();
  await expect(page).toHaveURL(/\/peer-support-guide\/help$/);
  await page.goto("/peer-support-guide/about");
  await expect(page.getByRole("heading", { level: 1, name: "About and privacy" })).toBeVisible();
  const registration = await page.evaluate(() => navigator.serviceWorker.ready.then((r) => r.scope));
  expect(registration).toBe(`http://127.0.0.1:${SUBPATH_PORT}/peer-support-guide/`);
});

test("the tracker works under the sub-path, its links included", async ({ page }) => {
  await page.goto("/peer-support-guide/tracker");
  await expect(page.getByRole("heading", { level: 1, name: "Track my milestones" })).toBeVisible();
  await page.getByLabel("Or type the group's name").fill("Tuesday night group");
  await page.getByRole("button", { name: "Add meeting" }).click();
  await expect(page.locator("#meeting-list")).toContainText("Tuesday night group");
  await expect(page.getByRole("link", { name: "talk to someone now" })).toHaveAttribute("href", "/peer-support-guide/help");
  await page.getByRole("link", { name: "Save a copy or erase it" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Your data" })).toBeVisible();
  await expect(page).toHaveURL(/\/peer-support-guide\/settings$/);
});
