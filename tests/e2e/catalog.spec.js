// The group catalog: filters, search, a group's page with its sources, the comparison table,
// filter state in the address, and the saved list.
import { test, expect, openRoute, axeViolations } from "./fixtures.js";

const cardNames = (page) => page.locator(".group-card h2").allTextContents();

/** Opens the filters, which start folded away below the search box. */
async function openFilters(page) {
  const filters = page.locator("details.more-filters");
  if (!(await filters.evaluate((el) => el.open))) await page.getByText("Filter by approach, spirituality, drug and more").click();
}

test("filtering by secular shows exactly the secular groups", async ({ page }) => {
  await openRoute(page, "/groups", "Explore groups");
  await expect(page.getByLabel("Spirituality")).toBeHidden();
  await openFilters(page);
  await page.getByLabel("Spirituality").selectOption({ label: "Secular: no spirituality" });
  await expect(page.getByRole("status").filter({ hasText: "Showing" })).toHaveText("Showing 3 of 12 groups");
  expect(await cardNames(page)).toEqual([
    "Secular Organizations for Sobriety",
    "SMART Recovery",
    "LifeRing Secular Recovery",
  ]);
  await expect(page).toHaveURL(/spirituality=secular/);
});

test("searching cocaine finds Cocaine Anonymous, whatever the case", async ({ page }) => {
  await openRoute(page, "/groups", "Explore groups");
  await page.getByLabel("Search groups").fill("COCAÏNE");
  await expect(page.getByRole("link", { name: "Cocaine Anonymous" })).toBeVisible();
  expect(await cardNames(page)).not.toContain("Women for Sobriety");
});

test("search understands everyday words and short names", async ({ page }) => {
  await openRoute(page, "/groups", "Explore groups");
  const search = page.getByLabel("Search groups");
  for (const [words, names] of [
    ["NA", ["Narcotics Anonymous"]],
    ["methadone", ["Narcotics Anonymous", "SMART Recovery"]],
    ["Christian", ["Celebrate Recovery"]],
    ["women", ["Women for Sobriety"]],
    ["family", ["Nar-Anon Family Groups"]],
  ]) {
    await search.fill(words);
    await expect(page.getByRole("status").filter({ hasText: "Showing" })).toHaveText(`Showing ${names.length} of 12 groups`);
    expect(await cardNames(page), words).toEqual(names);
  }
});

test("no match shows an empty state, and one click shows every group again", async ({ page }) => {
  await openRoute(page, "/groups", "Explore groups");
  await page.getByLabel("Search groups").fill("no such group anywhere");
  await expect(page.getByRole("heading", { name: "No groups match these choices" })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "Showing" })).toHaveText("Showing 0 of 12 groups");
  await page.getByRole("button", { name: "Show all groups" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Showing" })).toHaveText("Showing all 12 groups");
  await expect(page.getByLabel("Search groups")).toHaveValue("");
});

test("the address keeps the filters through a reload and back and forward", async ({ page }) => {
  await openRoute(page, "/groups", "Explore groups");
  await openFilters(page);
  await page.getByLabel("have online meetings").check();
  await expect(page).toHaveURL(/online=1/);
  await page.getByLabel("Approach").selectOption({ label: "12-step" });
  await expect(page).toHaveURL(/approach=12-step/);
  const filtered = await cardNames(page);
  expect(filtered).toContain("Marijuana Anonymous");
  expect(filtered).not.toContain("SMART Recovery");

  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "Explore groups" })).toBeVisible();
  await expect(page.getByLabel("have online meetings")).toBeChecked();
  await expect(page.getByLabel("Approach")).toHaveValue("12-step");
  expect(await cardNames(page)).toEqual(filtered);

  await page.goBack();
  await expect(page.getByLabel("Approach")).toHaveValue("");
  await expect(page.getByLabel("have online meetings")).toBeChecked();
  await page.goForward();
  await expect(page.getByLabel("Approach")).toHaveValue("12-step");
  expect(await cardNames(page)).toEqual(filtered);
});

test("a group's page shows its facts, its sources with dates, and marks links that leave", async ({ page }) => {
  await openRoute(page, "/groups", "Explore groups");
  await page.getByRole("link", { name: "Secular Organizations for Sobriety" }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: "Secular Organizations for Sobriety (SOS)" })
  ).toBeFocused();
  // "Find a meeting", the next step, comes first; the sources come once each, at the end.
  await expect(page.getByRole("link", { name: /^Find a meeting/ })).toBeInViewport();
  await expect(page.getByRole("heading", { name: "Sources" })).toBeAttached();
  const sources = page.locator("ol.sources > li");
  const marks = page.locator("dl.facts a.footnote");
  const numbers = new Set((await marks.allTextContents()).map((text) => text.match(/\[(\d+)\]/)[1]));
  await expect(sources).toHaveCount(numbers.size);
  expect(numbers.size).toBeGreaterThan(2);
  const texts = await sources.allTextContents();
  expect(new Set(texts).size, "each source is listed once").toBe(texts.length);
  await expect(sources.first()).toContainText("checked November 2026");
  // A fact's mark leads to its source.
  const mark = page.locator("dl.facts div").filter({ hasText: "Availability" }).locator("a.footnote").first();
  const number = (await mark.textContent()).match(/\[(\d+)\]/)[1];
  await mark.click();
  await expect(page.locator(`#source-${number}`)).toBeInViewport();
  await expect(page.locator(`#source-${number}`)).toBeFocused();
  await expect(page.locator(".sources").getByText("Uncertain", { exact: false }).first()).toBeVisible();
  const site = page.getByRole("link", { name: /SOS official site/ });
  await expect(site).toHaveAttribute("rel", "noopener noreferrer");
  await expect(site).toContainText("opens another website");
});

test("three groups compare side by side in a table with row and column headers", async ({ page }) => {
  await openRoute(page, "/groups", "Explore groups");
  for (const name of ["NA", "SMART", "LifeRing"]) await page.getByLabel(`Compare ${name}`, { exact: true }).check();
  await expect(page).toHaveURL(/compare=narcotics-anonymous,smart-recovery,lifering-secular-recovery/);
  await page.getByRole("link", { name: "Compare", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Compare groups" })).toBeVisible();
  const table = page.getByRole("table");
  await expect(table.getByRole("columnheader")).toHaveText(["Narcotics Anonymous", "SMART Recovery", "LifeRing Secular Recovery"]);
  await expect(table.getByRole("rowheader", { name: "Spirituality" })).toBeVisible();
  const spirituality = table.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "Spirituality" }) });
  await expect(spirituality.getByRole("cell")).toHaveText([/Central/, /Secular/, /Secular/]);
  await expect(page).toHaveURL(/compare\?groups=narcotics-anonymous,smart-recovery,lifering-secular-recovery$/);
  // A row where the groups differ says so in words; one where they agree doesn't.
  await expect(table.getByRole("rowheader", { name: /Spirituality/ })).toContainText("Differs");
  await expect(table.getByRole("rowheader", { name: /^Cost/ })).not.toContainText("Differs");

  // Back, and a reload, keep the picks.
  await page.goBack();
  await expect(page.getByLabel("Compare SMART", { exact: true })).toBeChecked();
  await page.reload();
  for (const name of ["NA", "SMART", "LifeRing"]) await expect(page.getByLabel(`Compare ${name}`, { exact: true })).toBeChecked();
  await expect(page.getByRole("status").filter({ hasText: "picked" })).toHaveText("3 groups picked.");
  await page.getByRole("button", { name: "Untick all" }).click();
  await expect(page.getByLabel("Compare NA", { exact: true })).not.toBeChecked();
  await expect(page).not.toHaveURL(/compare=/);
});

test("a counsellor can copy a link to a comparison, and the wizard's results lead to one", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await openRoute(page, "/compare?groups=smart-recovery,lifering-secular-recovery", "Compare groups");
  await expect(page.getByLabel("Link to this comparison")).toHaveValue(page.url());
  await page.getByRole("button", { name: "Copy link" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Link copied" })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());

  await openRoute(page, "/choose", "Which group fits me?");
  const fits = page.getByRole("heading", { level: 2, name: "Groups that may fit" });
  for (let n = 0; n < 12 && !(await fits.isVisible()); n++) {
    await page.getByRole("button", { name: /^(Next|Show my results)$/ }).click();
  }
  const compare = page.getByRole("link", { name: /^Compare these 3 side by side/ });
  await compare.click();
  await expect(page.getByRole("table").getByRole("columnheader")).toHaveCount(3);
});

test("a group page offers a comparison with another group", async ({ page }) => {
  await openRoute(page, "/groups/smart-recovery", "SMART Recovery");
  const nav = page.getByRole("navigation", { name: "Main" });
  await expect(nav.getByRole("link", { name: "Groups" })).toHaveAttribute("aria-current", "page");
  await expect(nav.getByRole("link", { name: "About" })).not.toHaveAttribute("aria-current", "page");
  await page.getByLabel("Compare SMART with").selectOption({ label: "LifeRing Secular Recovery" });
  await page.getByRole("link", { name: "Compare", exact: true }).click();
  await expect(page.getByRole("table").getByRole("columnheader")).toHaveText(["SMART Recovery", "LifeRing Secular Recovery"]);
});

test("a saved group survives a reload and shows on the home page", async ({ page }) => {
  await openRoute(page, "/groups/lifering-secular-recovery", "LifeRing Secular Recovery");
  const save = page.getByRole("button", { name: "Save to my list" });
  await expect(save).toHaveAttribute("aria-pressed", "false");
  await save.click();
  await expect(page.getByRole("button", { name: "Saved to my list" })).toHaveAttribute("aria-pressed", "true");
  await page.reload();
  await expect(page.getByRole("button", { name: "Saved to my list" })).toBeVisible();
  await page.getByRole("link", { name: "Peer Support Guide" }).click();
  const saved = page.getByRole("region", { name: "My saved groups" });
  await expect(saved.getByRole("link", { name: "LifeRing Secular Recovery" })).toBeVisible();
});

test("an unknown group's address says so kindly", async ({ page, guard }) => {
  await openRoute(page, "/groups/no-such-group", "We couldn't find that group");
  await expect(page.getByRole("link", { name: "See all groups" })).toBeVisible();
  // A static host answers an unknown path with 404.html and status 404, which Chromium logs.
  guard.problems.splice(0, guard.problems.length, ...guard.problems.filter((p) => !/status of 404/.test(p)));
});

for (const colorScheme of ["light", "dark"]) {
  for (const [path, heading] of [
    ["/groups", "Explore groups"],
    ["/groups/dual-recovery-anonymous", "Dual Recovery Anonymous (DRA)"],
    ["/compare?groups=narcotics-anonymous,smart-recovery,women-for-sobriety", "Compare groups"],
    ["/groups?q=nothing-matches-this", "Explore groups"],
  ]) {
    test(`axe finds no violations on ${path} in ${colorScheme} theme`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await openRoute(page, path, heading);
      expect(await axeViolations(page)).toEqual([]);
    });
  }
}

test("the comparison table is readable at 320 px, with the row headings in view", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await openRoute(page, "/compare?groups=narcotics-anonymous,smart-recovery,lifering-secular-recovery", "Compare groups");
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  const region = page.getByRole("region", { name: /How NA, SMART, LifeRing compare/ });
  await region.evaluate((el) => el.scrollBy(400, 0));
  await expect(page.getByRole("rowheader", { name: "Approach" })).toBeInViewport();
});

test("medication for opioid use disorder: a filter, a fact on each group page, and the prescriber sentence", async ({ page }) => {
  await openRoute(page, "/groups", "Explore groups");
  await openFilters(page);
  await page.getByLabel("Medication for opioid use disorder").selectOption({ label: "Says it welcomes people on methadone or buprenorphine" });
  await expect(page.getByRole("status").filter({ hasText: "Showing" })).toHaveText("Showing 1 of 12 groups");
  expect(await cardNames(page)).toEqual(["SMART Recovery"]);
  await expect(page).toHaveURL(/moud=welcomes/);

  await openRoute(page, "/groups/narcotics-anonymous", "Narcotics Anonymous");
  const fact = page.locator("dl.facts div").filter({ hasText: "Medication for opioid use disorder" });
  await expect(fact).toContainText("Welcome at meetings; local practice reported to differ");
  await expect(fact).toContainText("Talk to the person who prescribes it first");
  await expect(page.locator("ol.sources")).toContainText("Bulletin #29");
});

test("a fact that is less than confirmed never reads as a plain Yes", async ({ page }) => {
  await openRoute(page, "/groups?q=cocaine", "Explore groups");
  const card = page.locator(".group-card").filter({ hasText: "Cocaine Anonymous" });
  await expect(card.locator(".chip").filter({ hasText: "Online meetings" })).toHaveText("Online meetings (unconfirmed)");
  await card.getByRole("link", { name: "Cocaine Anonymous" }).click();
  const formats = page.locator("dl.facts div").filter({ hasText: "Meeting formats" });
  await expect(formats.locator("dd")).toContainText("Online: Yes.");
  await expect(formats.locator("dd")).toContainText("(not confirmed by the group itself)");
});
