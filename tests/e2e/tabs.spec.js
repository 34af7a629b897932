// Several tabs changing the same stored list at the same moment: every change is kept.
import { test, expect, openRoute } from "./fixtures.js";

// Each saved group is a key of its own, holding when it was saved.
const SAVED_PREFIX = "peer-support-guide.saved.";
const GROUPS = [
  ["narcotics-anonymous", "Narcotics Anonymous"],
  ["smart-recovery", "SMART Recovery"],
  ["dual-recovery-anonymous", "Dual Recovery Anonymous"],
];

/** The saved groups' slugs as stored, sorted. */
const savedSlugs = (page) =>
  page.evaluate(
    (prefix) =>
      Object.keys(localStorage)
        .filter((key) => key.startsWith(prefix))
        .map((key) => key.slice(prefix.length))
        .sort(),
    SAVED_PREFIX,
  );

// Each tab writes only its own group's key, so no tab's save can drop another's. (With the
// whole list under one key, one round in about 17 lost a group: Chromium may give a tab a
// stored copy that doesn't yet hold another tab's write made a moment before.)
test("three tabs saving a group at the same moment keep all three, 20 times in a row", async ({ context }) => {
  test.slow();
  const tabs = [];
  for (const [slug, name] of GROUPS) {
    const tab = await context.newPage();
    await openRoute(tab, `/groups/${slug}`, new RegExp(name));
    tabs.push(tab);
  }
  const saveButtons = tabs.map((tab) => tab.getByRole("button", { name: "Save to my list" }));
  const savedButtons = tabs.map((tab) => tab.getByRole("button", { name: "Saved to my list" }));
  for (let round = 1; round <= 20; round++) {
    // All three clicks are sent before any of them is awaited. (A click event straight to the
    // button: two of the tabs are in the background, where Chromium slows the checks that
    // Playwright's own click makes first.)
    await Promise.all(saveButtons.map((button) => button.dispatchEvent("click")));
    await expect.poll(() => savedSlugs(tabs[0]), { message: `round ${round}`, intervals: [50] }).toEqual(GROUPS.map(([slug]) => slug).sort());
    // Every tab shows its group as saved, then all are unsaved for the next round.
    for (const button of savedButtons) await expect(button).toHaveCount(1);
    for (const button of savedButtons) await button.dispatchEvent("click");
    await expect.poll(() => savedSlugs(tabs[0]), { intervals: [50] }).toEqual([]);
  }
});

/** The ids of every stored meeting: the journal's, and those added since it was last written
 * whole (kept apart from it, under keys that start with the journal's). */
const meetingIds = (page) =>
  page.evaluate(() => {
    const ids = new Set();
    for (const key of Object.keys(localStorage)) {
      if (!key.startsWith("peer-support-guide.journal") || key.includes(".damaged")) continue;
      for (const meeting of JSON.parse(localStorage.getItem(key)).meetings ?? []) ids.add(meeting.id);
    }
    return [...ids];
  });

test("three tabs adding a meeting at the same moment keep all three, 15 times in a row", async ({ context }) => {
  test.slow();
  const tabs = [];
  for (let n = 0; n < 3; n++) {
    const tab = await context.newPage();
    await openRoute(tab, "/tracker", "Track my milestones");
    tabs.push(tab);
  }
  for (let round = 1; round <= 15; round++) {
    for (const [n, tab] of tabs.entries()) await tab.getByLabel("Or type the group's name").fill(`Tab ${n + 1}, round ${round}`);
    // All three are sent before any is awaited (see above for why the event goes straight to
    // the button).
    await Promise.all(tabs.map((tab) => tab.getByRole("button", { name: "Add meeting" }).dispatchEvent("click")));
    await expect
      .poll(async () => (await meetingIds(tabs[0])).length, { message: `round ${round}`, intervals: [50] })
      .toBe(round * 3);
  }
  // Every tab shows every meeting.
  for (const tab of tabs) await expect(tab.locator("#meeting-list li")).toHaveCount(45);
});
