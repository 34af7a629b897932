// Quick exit and discreet mode (#13): where Exit shows, that a tap, Enter, Space or Shift three
// times swaps the app for a neutral site which Back doesn't undo, the address chosen in "Your
// data", the note shown once, and discreet mode's titles, home page and file names.
// The neutral sites are answered here, so nothing leaves the machine.
import { test, expect, openRoute, axeViolations, HOME_HEADING } from "./fixtures.js";

const WEATHER = "https://www.bbc.co.uk/weather";
const PRIVACY_KEY = "peer-support-guide.privacy";
const exitButton = (page) => page.getByRole("button", { name: "Exit this page" });

/** Answers every request to `origin` with a plain page, and forgets those requests at the end
 *  (the guard fails a test on any request to another origin). Returns what the app's page
 *  looked like as it began to leave: blank or not. */
async function neutralSite(page, guard, origin = "https://www.bbc.co.uk") {
  const seen = { blank: null };
  await page.exposeBinding("__leaving", (_, blank) => {
    seen.blank ??= blank;
  });
  await page.addInitScript(() =>
    addEventListener("beforeunload", () => {
      if (document.getElementById("app")) window.__leaving(document.body.hidden);
    })
  );
  await page.route(`${origin}/**`, (route) => route.fulfill({ body: "<title>Weather</title>Weather", contentType: "text/html" }));
  guard.forget = (url) => url.startsWith(origin);
  return seen;
}

/** Drops the requests a test sent to its neutral site on purpose. */
test.afterEach(({ guard }) => {
  if (guard.forget) guard.foreign.splice(0, guard.foreign.length, ...guard.foreign.filter((url) => !guard.forget(url)));
});

/** Starts on a page outside the app, so Back has somewhere to go, then opens `path`. */
async function startAt(page, path, heading) {
  await page.goto("data:text/html,<title>Before</title>Before");
  await openRoute(page, path, heading);
}

async function expectLeftForGood(page, address = WEATHER) {
  await expect(page).toHaveURL(address);
  await expect(page).toHaveTitle("Weather");
  await page.goBack();
  await expect(page).toHaveTitle("Before");
  expect(page.url()).toMatch(/^data:/);
}

async function choose(page, where) {
  await openRoute(page, "/settings", "Your data");
  await page.getByRole("radio", { name: where }).check();
  await expect(page.locator("#exit-status")).toContainText("Saved.");
}

test("Exit shows on the tracker and help pages by default, and not elsewhere", async ({ page }) => {
  for (const [path, heading, shown] of [
    ["/tracker", "Track my milestones", true],
    ["/groups", "Explore groups", false],
    ["/help", "Get help now", true],
    ["/", HOME_HEADING, false],
  ]) {
    await openRoute(page, path, heading);
    if (shown) await expect(exitButton(page), path).toBeVisible();
    else await expect(exitButton(page), path).toBeHidden();
  }
});

test("a tap on Exit blanks the page, then swaps it for a weather page that Back doesn't undo", async ({ page, guard }) => {
  const seen = await neutralSite(page, guard);
  await startAt(page, "/tracker", "Track my milestones");
  await exitButton(page).click();
  await expectLeftForGood(page);
  expect(seen.blank, "the app's page was blank before the weather page loaded").toBe(true);
});

test("Shift three times exits too; another key between, or a held Shift, doesn't", async ({ page, guard }) => {
  await neutralSite(page, guard);
  await startAt(page, "/help", "Get help now");
  await page.keyboard.press("Shift");
  await page.keyboard.press("Shift");
  await page.keyboard.press("a");
  // Held down, the browser repeats the key: that is one press.
  await page.keyboard.down("Shift");
  await page.keyboard.down("Shift");
  await page.keyboard.down("Shift");
  await page.keyboard.up("Shift");
  // Moving back with Shift+Tab never exits.
  for (let i = 0; i < 3; i++) await page.keyboard.press("Shift+Tab");
  await expect(page.getByRole("heading", { level: 1, name: "Get help now" })).toBeVisible();
  expect(page.url()).toMatch(/\/help$/);
  for (let i = 0; i < 3; i++) await page.keyboard.press("Shift");
  await expectLeftForGood(page);
});

test("by keyboard alone: Exit is reached soon after Get help now, is in view, and Enter or Space exits", async ({ page, guard }) => {
  await neutralSite(page, guard);
  for (const key of ["Enter", "Space"]) {
    await startAt(page, "/tracker", "Track my milestones");
    const exit = exitButton(page);
    for (let i = 0; i < 12 && !(await exit.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press("Tab");
    await expect(exit).toBeFocused();
    expect(await exit.evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe("none");
    await expect(exit).toBeInViewport();
    await page.keyboard.press(key);
    await expectLeftForGood(page);
  }
});

test("moving back up a page by keyboard, a link near the top of the screen doesn't stay under Exit", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 640 });
  await openRoute(page, "/help", "Get help now");
  const links = page.locator("main a");
  const count = await links.count();
  const under = [];
  for (let i = 2; i < count - 1; i++) {
    // The link sits just below the top of the screen, where Exit is; focus comes from the next.
    await links.nth(i).evaluate((el) => window.scrollBy(0, el.getBoundingClientRect().top - 10));
    await links.nth(i + 1).focus();
    await page.keyboard.press("Shift+Tab");
    const clash = await page.evaluate(() => {
      const el = document.activeElement;
      const exit = document.querySelector(".quick-exit-button").getBoundingClientRect();
      const r = el.getBoundingClientRect();
      return el.closest("main") && r.top < exit.bottom - 1 ? `${el.textContent.trim()} at ${Math.round(r.top)}` : null;
    });
    if (clash) under.push(clash);
  }
  expect(under).toEqual([]);
  await expect(exitButton(page)).toBeInViewport();
});

test("the note about Exit shows once, says what it doesn't do, and stays away once read", async ({ page }) => {
  await openRoute(page, "/tracker", "Track my milestones");
  const note = page.getByRole("note", { name: "About Exit" });
  await expect(note).toContainText("doesn't erase your browser's history or what you saved in this app");
  await note.getByRole("button", { name: "OK, got it" }).click();
  await expect(note).toBeHidden();
  await expect(page.getByRole("heading", { level: 1, name: "Track my milestones" })).toBeFocused();
  await expect(exitButton(page)).toBeVisible();
  await page.reload();
  await expect(exitButton(page)).toBeVisible();
  await expect(note).toBeHidden();
  await page.getByRole("banner").getByRole("link", { name: "Get help now" }).click();
  await expect(exitButton(page)).toBeVisible();
  await expect(note).toBeHidden();
});

test("Exit goes to the address chosen in Your data; one that isn't https:// is refused in words", async ({ page, guard }) => {
  await neutralSite(page, guard, "https://example.org");
  await openRoute(page, "/settings", "Your data");
  const field = page.getByLabel("Where Exit takes you");
  for (const [bad, words] of [
    ["http://example.org/news", "doesn't start with https://"],
    ["https://exa mple.org", "has a space in it"],
  ]) {
    await field.fill(bad);
    await page.getByRole("button", { name: "Save this address" }).click();
    await expect(page.getByRole("alert").filter({ hasText: words })).toContainText("nothing was changed");
    await expect(field).toHaveAttribute("aria-invalid", "true");
    await expect(field).toBeFocused();
    expect(await page.evaluate((key) => localStorage.getItem(key), PRIVACY_KEY)).toBeNull();
  }
  await field.fill("https://example.org/news");
  await page.getByRole("button", { name: "Save this address" }).click();
  await expect(page.locator("#exit-status")).toHaveText("Saved. Exit now goes to https://example.org/news.");
  await expect(field).not.toHaveAttribute("aria-invalid");
  await startAt(page, "/help", "Get help now");
  await exitButton(page).click();
  await expectLeftForGood(page, "https://example.org/news");
});

test("Exit can show on every page, or nowhere (then Shift three times does nothing)", async ({ page }) => {
  await choose(page, "On every page");
  await expect(exitButton(page)).toBeVisible();
  for (const [path, heading] of [["/", HOME_HEADING], ["/groups", "Explore groups"]]) {
    await openRoute(page, path, heading);
    await expect(exitButton(page), path).toBeVisible();
  }
  await choose(page, "Nowhere");
  await expect(exitButton(page)).toBeHidden();
  await openRoute(page, "/tracker", "Track my milestones");
  await expect(exitButton(page)).toBeHidden();
  for (let i = 0; i < 3; i++) await page.keyboard.press("Shift");
  await page.waitForTimeout(200);
  expect(page.url()).toMatch(/\/tracker$/);
  // Another tab's choice is followed here.
  const other = await page.context().newPage();
  await choose(other, "On the tracker and help pages");
  await expect(exitButton(page)).toBeVisible();
  await other.close();
});

test("discreet mode: every tab says Notes, the home page shows no count, and a backup's name is plain", async ({ page }) => {
  await openRoute(page, "/tracker", "Track my milestones");
  const [today, yesterday] = await page.evaluate(() => {
    const pad = (n) => String(n).padStart(2, "0");
    const iso = (d) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
    const d = new Date();
    const today = iso(d);
    d.setDate(d.getDate() - 1);
    return [today, iso(d)];
  });
  await page.getByLabel("Your start date").fill(yesterday);
  await page.getByRole("button", { name: "Save my date" }).click();
  await openRoute(page, "/", HOME_HEADING);
  await expect(page.locator(".home-count")).toBeVisible();
  await expect(page).toHaveTitle("Peer Support Guide");

  await openRoute(page, "/settings", "Your data");
  const discreet = page.getByRole("switch", { name: "Use discreet mode" });
  await discreet.check();
  await expect(page).toHaveTitle("Notes");
  await expect(page.getByText("the app can't change them")).toBeVisible();
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download my data" }).click()]);
  expect(download.suggestedFilename()).toBe(`notes-${today}.json`);

  await openRoute(page, "/", HOME_HEADING);
  await expect(page).toHaveTitle("Notes");
  // The home page shows the records' part once it has loaded; give it the time it takes.
  await page.waitForTimeout(300);
  await expect(page.locator(".home-count")).toHaveCount(0);
  await expect(page.locator("main")).not.toContainText("Next:");
  await openRoute(page, "/tracker", "Track my milestones");
  await expect(page).toHaveTitle("Notes");
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "Track my milestones" })).toBeVisible();
  await expect(page).toHaveTitle("Notes");

  await openRoute(page, "/settings", "Your data");
  await page.getByRole("switch", { name: "Use discreet mode" }).uncheck();
  await expect(page).toHaveTitle("Your data · Peer Support Guide");
});

test("stored choices that can't be read give the defaults, and the page still works", async ({ page }) => {
  await page.addInitScript((key) => localStorage.setItem(key, '{"exit_shows":"nowhere","discreet":"yes"'), PRIVACY_KEY);
  await openRoute(page, "/tracker", "Track my milestones");
  await expect(exitButton(page)).toBeVisible();
  await expect(page).toHaveTitle("Track my milestones · Peer Support Guide");
});

for (const colorScheme of ["light", "dark"]) {
  test(`axe finds no violations with Exit and its note, and on the privacy settings, in ${colorScheme}`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await openRoute(page, "/tracker", "Track my milestones");
    await expect(page.getByRole("note", { name: "About Exit" })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    await choose(page, "On every page");
    await page.getByLabel("Where Exit takes you").fill("ftp://example.org");
    await page.getByRole("button", { name: "Save this address" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "https://" })).toBeVisible();
    await expect(exitButton(page)).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });
}

test("Erase everything takes the privacy choices too, at once, as a reload would", async ({ page }) => {
  await openRoute(page, "/settings", "Your data");
  await page.getByRole("switch", { name: "Use discreet mode" }).check();
  await expect(page).toHaveTitle("Notes");
  await page.getByRole("button", { name: "Erase everything…" }).click();
  await page.getByRole("button", { name: "Yes, erase everything" }).click();
  await expect(page.getByText("Everything was erased from this device.")).toBeVisible();
  await expect(page).toHaveTitle("Your data · Peer Support Guide");
  await expect(page.getByRole("switch", { name: "Use discreet mode" })).not.toBeChecked();
  await page.reload();
  await expect(page).toHaveTitle("Your data · Peer Support Guide");
});
