// Several tabs changing the same stored list at the same moment: every change is kept.
import { test, expect, openRoute } from "./fixtures.js";

const FAVOURITES_KEY = "peer-support-guide.favourites";
const GROUPS = [
  ["narcotics-anonymous", "Narcotics Anonymous"],
  ["smart-recovery", "SMART Recovery"],
  ["dual-recovery-anonymous", "Dual Recovery Anonymous"],
];

/** The saved groups' slugs as stored, sorted. */
const savedSlugs = (page) =>
  page.evaluate((key) => (localStorage.getItem(key) ?? "").split(",").filter(Boolean).sort(), FAVOURITES_KEY);

// Known to fail (#15): measured on 2026-11-26, one round in about 17 loses a group. Each tab
// reads the stored list, changes it and writes it back, and Chromium may give a tab a stored
// copy that does not yet hold another tab's write made a moment before, so one write drops the
// other's group. Until saved groups are stored so that tabs never overwrite each other's
// changes (one key per group, or changes merged on the `storage` event), this stays `fixme`.
test.fixme("three tabs saving a group at the same moment keep all three, 20 times in a row", async ({ context }) => {
  test.slow();
  const tabs = [];
  for (const [slug, name] of GROUPS) {
    const tab = await context.newPage();
    await openRoute(tab, `/groups/${slug}`, new RegExp(name));
    tabs.push(tab);
  }
  const buttons = tabs.map((tab) => tab.getByRole("button", { name: "Save to my list" }));
  for (let round = 1; round <= 20; round++) {
    // All three clicks are sent before any of them is awaited.
    await Promise.all(buttons.map((button) => button.click()));
    await expect.poll(() => savedSlugs(tabs[0]), { message: `round ${round}` }).toEqual(GROUPS.map(([slug]) => slug).sort());
    // Every tab shows its group as saved, then all are unsaved for the next round.
    for (const tab of tabs) await expect(tab.getByRole("button", { name: "Saved to my list" })).toBeVisible();
    for (const tab of tabs) await tab.getByRole("button", { name: "Saved to my list" }).click();
    await expect.poll(() => savedSlugs(tabs[0])).toEqual([]);
  }
});
