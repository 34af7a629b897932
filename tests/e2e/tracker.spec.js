// The milestone tracker and "Your data": a start date that survives a reload, milestones,
// the meeting log and its stats, "I used again" with undo, export/erase/import, a broken
// import, two tabs, offline use, damaged stored data, and axe on both pages.
import { readFileSync } from "node:fs";
import { test, expect, openRoute, axeViolations } from "./fixtures.js";

const JOURNAL_KEY = "peer-support-guide.journal";

/** The date `days` before today on the browser's own calendar, as YYYY-MM-DD. */
function daysAgo(page, days) {
  return page.evaluate((days) => {
    const d = new Date();
    d.setDate(d.getDate() - days);
    const pad = (n) => String(n).padStart(2, "0");
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  }, days);
}

/** Sets the start date; once one is saved, the form is folded under "Change my start date". */
async function setStartDate(page, iso) {
  if (!(await page.getByLabel("Your start date").isVisible())) await page.getByText("Change my start date").click();
  await page.getByLabel("Your start date").fill(iso);
  await page.getByRole("button", { name: "Save my date" }).click();
}

async function addMeeting(page, { date, group, other, online, note } = {}) {
  if (date) await page.getByLabel("Date", { exact: true }).fill(date);
  if (group) await page.getByLabel("Group", { exact: true }).selectOption({ label: group });
  if (other) await page.getByLabel("Or type the group's name").fill(other);
  if (online) await page.getByLabel("Online", { exact: true }).check();
  if (note) await page.getByLabel("Private note (optional)").fill(note);
  await page.getByRole("button", { name: "Add meeting" }).click();
}

const stat = (page, name) => page.locator("#meeting-stats div").filter({ hasText: name }).locator("dd");
/** A date as the app writes it: "3 November 2026". */
const longDate = (page, iso) =>
  page.evaluate((iso) => {
    const [y, m, d] = iso.split("-").map(Number);
    return new Date(y, m - 1, d).toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric" });
  }, iso);
/** Expects a message beside its control: in `section`, on screen, and saying `text`. */
async function expectBeside(page, status, section, text) {
  await expect(status).toContainText(text);
  await expect(status).toBeInViewport();
  expect(await status.evaluate((el, section) => !!el.closest(section), section), `${text} is in ${section}`).toBe(true);
}
/** The texts of the set-aside copies of damaged records, oldest first (keys end in a time). */
const setAside = (page) =>
  page.evaluate((prefix) => {
    const keys = Object.keys(localStorage).filter((key) => key.startsWith(prefix));
    keys.sort((a, b) => Number(a.slice(prefix.length)) - Number(b.slice(prefix.length)));
    return keys.map((key) => localStorage.getItem(key));
  }, `${JOURNAL_KEY}.damaged.`);
/** The journal and the meetings added since it was last written whole (a key each, or before
 * that one key for all), as [key, text] pairs sorted by key. */
const journalEntries = (page) =>
  page.evaluate((journal) =>
    Object.keys(localStorage)
      .filter((key) => key === journal || key.startsWith(`${journal}.recent`))
      .sort()
      .map((key) => [key, localStorage.getItem(key)]),
  JOURNAL_KEY);
/** What is stored, as one text to compare ("changes nothing"): the journal, and each meeting
 * added since it was last written whole, if there are any; `null` when nothing is. */
const stored = async (page) => {
  const entries = await journalEntries(page);
  if (entries.length === 0) return null;
  return entries.map(([key, text]) => (key === JOURNAL_KEY ? "" : `${key}\n`) + text).join("\n");
};
/** The records as the app reads them: the journal with the recent meetings added. */
const records = async (page) => {
  const entries = await journalEntries(page);
  const read = (key) => JSON.parse(entries.find(([k]) => k === key)?.[1] ?? '{"meetings":[]}');
  const whole = read(JOURNAL_KEY);
  const added = entries.filter(([key]) => key !== JOURNAL_KEY).flatMap(([key]) => read(key).meetings ?? []);
  return { ...whole, meetings: [...(whole.meetings ?? []), ...added] };
};

test("a start date is kept after a reload, with the count in years, months and days", async ({ page }) => {
  await openRoute(page, "/tracker", "Track my milestones");
  await setStartDate(page, await daysAgo(page, 45));
  await expect(page.locator("#count")).toContainText(/1 month and \d+ days|45 days/);
  await expect(page.getByText("That's 45 days since")).toBeVisible();
  // The form folds away and focus goes to the count, which says what changed.
  await expect(page.locator("#count")).toBeFocused();
  await expect(page.getByLabel("Your start date")).toBeHidden();
  await expect(page.getByText("Change my start date")).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Time in recovery" })).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("Your start date")).toBeHidden();
  await expect(page.getByText("That's 45 days since")).toBeVisible();
  await expect(page.getByLabel("Your start date")).toHaveValue(await daysAgo(page, 45));
  // A date in the future is refused, in words, and the saved date stays.
  await setStartDate(page, await daysAgo(page, -3));
  await expect(page.getByRole("alert").filter({ hasText: "today or a day before" })).toBeVisible();
  await expect(page.getByText("That's 45 days since")).toBeVisible();
});

test("400 days in shows reached milestones with dates, the next one and its progress", async ({ page }) => {
  await openRoute(page, "/tracker", "Track my milestones");
  await setStartDate(page, await daysAgo(page, 400));
  await expect(page.getByText("That's 400 days since")).toBeVisible();
  const reached = page.locator("#reached li");
  // Badges, each with a ✓ in the text (not colour alone) and its date for screen readers too.
  await expect(reached).toHaveText([
    /^✓ 1 year, reached on /,
    /^✓ 9 months, reached on /,
    /^✓ 6 months, reached on /,
    /^✓ 90 days, reached on /,
    /^✓ 60 days, reached on /,
    /^✓ 30 days, reached on /,
    /^✓ 24 hours, reached on /,
  ]);
  await expect(reached.first()).toHaveClass("chip");
  await expect(page.locator("#next-milestone")).toHaveText(
    /^Next: \d+ days to 18 months, on \d+ \w+ \d{4}\. A year and a half, and every day of it counted\.$/,
  );
  await expect(page.getByRole("progressbar", { name: "Progress to 18 months" })).toBeVisible();
  // An own milestone fits in order; the monthly set replaces the common one.
  await page.getByText("Change my milestones").click();
  await page.getByLabel("Add my own milestone, in days").fill("500");
  await page.getByRole("button", { name: "Add milestone" }).click();
  await expect(page.locator("#next-milestone")).toContainText(/^Next: \d+ days to 500 days,/);
  await page.getByLabel("Milestones to follow").selectOption("monthly");
  await expect(reached.first()).toHaveText(/^✓ 1 year, reached on /);
  await expect(page.locator("#reached")).toContainText("11 months");
  await page.getByRole("button", { name: "Remove my 500 days milestone" }).click();
  await expect(page.locator("#next-milestone")).toContainText(/^Next: \d+ days to 2 years,/);
});

test("a milestone reached this week is celebrated", async ({ page }) => {
  await openRoute(page, "/tracker", "Track my milestones");
  await setStartDate(page, await daysAgo(page, 92));
  await expect(page.locator(".celebrate")).toContainText("You reached 90 days on");
});

test("logging meetings updates the stats; a meeting can be changed and deleted, with undo", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 780 });
  await openRoute(page, "/tracker", "Track my milestones");
  await expect(page.getByText("No meetings logged yet.")).toBeVisible();
  await expect(page.locator("#meeting-stats")).toHaveCount(0);
  await addMeeting(page, { group: "Narcotics Anonymous" });
  // The confirmation is beside the form that added it, on screen.
  const today = await longDate(page, await daysAgo(page, 0));
  await expectBeside(page, page.locator("#meeting-status"), "#meetings", `Meeting added: Narcotics Anonymous, ${today}.`);
  await expect(page.getByText("No meetings logged yet.")).toHaveCount(0);
  await addMeeting(page, { date: await daysAgo(page, 3), other: "Tuesday night group", online: true, note: "Felt heard" });
  await addMeeting(page, { date: await daysAgo(page, 20), group: "SMART Recovery" });
  await expect(stat(page, "Last 7 days")).toHaveText("2");
  await expect(stat(page, "Last 30 days")).toHaveText("3");
  await expect(stat(page, "90 meetings in 90 days")).toHaveText("3 of 90");
  await expect(page.locator("#meeting-list li")).toHaveCount(3);
  await expect(page.locator("#meeting-list")).toContainText("Tuesday night group, online");
  await expect(page.locator("#meeting-list")).toContainText("Felt heard");

  // Change the typed-in meeting to in person.
  await page.getByRole("button", { name: /^Change Tuesday night group on / }).click();
  await expect(page.getByRole("heading", { name: "Change a meeting" })).toBeFocused();
  await expect(page.getByLabel("Or type the group's name")).toHaveValue("Tuesday night group");
  await page.getByLabel("In person").check();
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.locator("#meeting-list")).toContainText("Tuesday night group, in person");
  const threeDaysAgo = await longDate(page, await daysAgo(page, 3));
  await expectBeside(page, page.locator("#meeting-status"), "#meetings", `Meeting changed: Tuesday night group, ${threeDaysAgo}.`);
  await expect(page.locator("#meeting-list li")).toHaveCount(3);
  await expect(page.getByRole("heading", { name: "Add a meeting" })).toBeVisible();

  // Delete, then undo: the message and its Undo are just under the list's heading, which
  // takes focus.
  await page.getByRole("button", { name: /^Delete SMART Recovery on / }).click();
  await expect(page.locator("#meeting-list li")).toHaveCount(2);
  await expect(stat(page, "Last 30 days")).toHaveText("2");
  const twentyDaysAgo = await longDate(page, await daysAgo(page, 20));
  await expectBeside(page, page.locator("#list-status"), "#meetings", `Meeting deleted: SMART Recovery, ${twentyDaysAgo}.`);
  await expect(page.getByRole("heading", { level: 3, name: "Meetings I went to" })).toBeFocused();
  await expect(page.locator("#meeting-status")).toBeEmpty();
  await page.getByRole("button", { name: "Undo" }).click();
  await expect(page.locator("#meeting-list li")).toHaveCount(3);
  await expect(page.getByRole("heading", { level: 3, name: "Meetings I went to" })).toBeFocused();
  await expect(page.locator("#list-status")).toHaveText("Undone.");
  await page.reload();
  await expect(page.locator("#meeting-list li")).toHaveCount(3);
  // A meeting needs a group.
  await addMeeting(page, {});
  await expect(page.getByRole("alert").filter({ hasText: "Choose the group" })).toBeVisible();
});

test("I used again keeps the history and can be undone", async ({ page }) => {
  await openRoute(page, "/tracker", "Track my milestones");
  const start = await daysAgo(page, 100);
  await setStartDate(page, start);
  await page.getByText("I used again", { exact: true }).click();
  await page.getByLabel("The day you used").fill(await daysAgo(page, 10));
  await page.getByRole("button", { name: "Record it and start a new count" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Recorded. Your new start date is" })).toBeVisible();
  await expect(page.getByText("That's 10 days since")).toBeVisible();
  await expect(page.getByLabel("Your start date")).toHaveValue(await daysAgo(page, 10));
  // The safety note opens by itself now, and can be closed and opened again.
  const safety = page.locator("details#safety-note");
  await expect(safety).toHaveAttribute("open", "");
  await expect(safety).toContainText("The amount you used to take can now cause an overdose");
  await expect(safety).toContainText("naloxone");
  await expect(safety.getByRole("link", { name: "Get help now" })).toBeVisible();
  await safety.locator("summary").click();
  await expect(safety).not.toHaveAttribute("open", "");
  await safety.locator("summary").click();
  await expect(safety.getByText("Try not to use alone", { exact: false })).toBeVisible();
  const history = page.locator("#history");
  await expect(history.locator("div").filter({ hasText: "Longest stretch" }).locator("dd")).toHaveText("90 days");
  await expect(history.locator("div").filter({ hasText: "All my days in recovery" }).locator("dd")).toHaveText("100 days");
  // The words are kind: no "failed", no "relapsed".
  await expect(page.locator("main")).not.toContainText(/fail|relapsed/i);

  await page.getByRole("button", { name: "Undo" }).click();
  await expect(page.getByText("That's 100 days since")).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "If you used again" })).toBeFocused();
  await expect(page.getByLabel("Your start date")).toHaveValue(start);
  await expect(page.locator("#history")).toHaveCount(0);
  await page.reload();
  await expect(page.getByText("That's 100 days since")).toBeVisible();
});

test("a support contact is one tap away on the tracker and on Get help now", async ({ page }) => {
  await openRoute(page, "/tracker", "Track my milestones");
  await page.getByLabel("Name", { exact: true }).fill("Sam");
  await page.getByLabel("Phone number").fill("+1 (555) 010-0100");
  await page.getByRole("button", { name: "Save contact" }).click();
  await expect(page.getByRole("link", { name: "Call Sam" })).toHaveAttribute("href", "tel:+15550100100");
  await expectBeside(page, page.locator("#contact-status"), "#contact", "Saved. Sam is one tap away here and on Get help now.");
  await page.getByRole("link", { name: "Get help now" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Get help now" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Call Sam" })).toHaveAttribute("href", "tel:+15550100100");
  // Removing it takes it off both pages.
  await page.goBack();
  await page.getByRole("button", { name: "Remove contact" }).click();
  await expect(page.getByRole("link", { name: "Call Sam" })).toHaveCount(0);
  await expectBeside(page, page.locator("#contact-status"), "#contact", "Contact removed.");
  await expect(page.getByRole("heading", { name: "My sponsor or support person" })).toBeFocused();
  await expect(page.getByLabel("Name", { exact: true })).toHaveValue("");
  await page.goto("/help");
  await expect(page.getByRole("heading", { level: 1, name: "Get help now" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Call Sam" })).toHaveCount(0);
});

test("export, erase, then import brings back exactly the same data", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 780 });
  await openRoute(page, "/tracker", "Track my milestones");
  await setStartDate(page, await daysAgo(page, 200));
  await addMeeting(page, { group: "LifeRing Secular Recovery", note: 'Said "thank you"' });
  await addMeeting(page, { date: await daysAgo(page, 2), other: "Café group", online: true });
  await page.getByLabel("Name", { exact: true }).fill("Jo");
  await page.getByLabel("Phone number").fill("555 0100");
  await page.getByRole("button", { name: "Save contact" }).click();
  const before = await stored(page);

  await page.getByRole("link", { name: "Save a copy or erase it" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Your data" })).toBeVisible();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download my data" }).click(),
  ]);
  const today = await daysAgo(page, 0);
  expect(download.suggestedFilename()).toBe(`peer-support-guide-${today}.json`);
  const file = readFileSync(await download.path(), "utf8");
  await expectBeside(page, page.locator("#export-status"), "section:has(#export-heading)", "Your backup file was saved to your downloads.");

  await page.getByRole("button", { name: "Erase everything…" }).click();
  await expect(page.getByRole("button", { name: "Yes, erase everything" })).toBeFocused();
  await page.getByRole("button", { name: "Yes, erase everything" }).click();
  // The message is beside the erase control, on screen, with focus on that part's heading.
  await expectBeside(page, page.locator("#erase-status"), "section:has(#erase-heading)", "Everything was erased from this device.");
  await expect(page.getByRole("heading", { name: "Erase everything" })).toBeFocused();
  expect(await stored(page)).toBeNull();

  await page.getByLabel("Backup file").setInputFiles({ name: "backup.json", mimeType: "application/json", buffer: Buffer.from(file) });
  await expect(page.getByRole("heading", { name: "What this file holds" })).toBeVisible();
  await expect(page.locator("#import-preview")).toContainText("2 meetings (2 not on this device yet; 0 here now)");
  await page.getByRole("button", { name: "Replace my data with this file" }).click();
  await expectBeside(page, page.locator("#import-status"), "section:has(#import-heading)", "Done. Your data is now what was in the file.");
  await expect(page.locator("#erase-status")).toBeEmpty();
  await expect(page.getByRole("heading", { name: "Bring back a backup" })).toBeFocused();
  expect(await stored(page)).toBe(before);

  // Merging the same file again repeats nothing.
  await page.getByLabel("Backup file").setInputFiles({ name: "backup.json", mimeType: "application/json", buffer: Buffer.from(file) });
  await expect(page.locator("#import-preview")).toContainText("(0 not on this device yet; 2 here now)");
  await page.getByRole("button", { name: "Merge this file into my data" }).click();
  await expectBeside(page, page.locator("#import-status"), "section:has(#import-heading)", "Done. What was new in the file was added");
  expect(await stored(page)).toBe(before);
  // On a phone the header's links are behind "Menu".
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.getByRole("link", { name: "Milestones" }).click();
  await expect(page.locator("#meeting-list li")).toHaveCount(2);
  await expect(page.getByText("That's 200 days since")).toBeVisible();
});

test("a broken or foreign import file gets a clear message and changes nothing", async ({ page }) => {
  await openRoute(page, "/tracker", "Track my milestones");
  await addMeeting(page, { group: "Narcotics Anonymous" });
  const before = await stored(page);
  await page.goto("/settings");
  const files = [
    ["notes.txt", "this is not json", "isn't a Peer Support Guide backup"],
    ["other.json", '{"app":"another-app","version":1}', "isn't a Peer Support Guide backup"],
    ["future.json", '{"app":"peer-support-guide","version":99}', "newer version of the app (version 99)"],
    [
      "bad-date.json",
      '{"app":"peer-support-guide","version":2,"meetings":[{"id":"a","date":"2026-02-30","group":"x","attended":"online"}]}',
      "meetings[0].date is not a real date",
    ],
    [
      "far-future.json",
      '{"app":"peer-support-guide","version":2,"meetings":[{"id":"a","date":"9999-12-31","group":"x","attended":"online"}]}',
      "meetings[0].date is after today",
    ],
  ];
  for (const [name, text, message] of files) {
    await page.getByLabel("Backup file").setInputFiles({ name, mimeType: "application/json", buffer: Buffer.from(text) });
    const alert = page.locator("#import-error");
    await expect(alert).toContainText(message);
    await expect(alert).toContainText("nothing was changed");
    await expect(page.getByRole("button", { name: "Replace my data with this file" })).toHaveCount(0);
  }
  const big = Buffer.alloc(5_030_000, 32);
  await page.getByLabel("Backup file").setInputFiles({ name: "big.json", mimeType: "application/json", buffer: big });
  await expect(page.locator("#import-error")).toContainText("This file is 5.03 MB, more than a backup can be");
  expect(await stored(page)).toBe(before);
});

test("two tabs both add meetings, and every meeting is kept", async ({ context }) => {
  const first = await context.newPage();
  const second = await context.newPage();
  await openRoute(first, "/tracker", "Track my milestones");
  await openRoute(second, "/tracker", "Track my milestones");
  await addMeeting(first, { other: "Monday group" });
  await addMeeting(second, { other: "Tuesday group" });
  await addMeeting(first, { other: "Wednesday group" });
  for (const page of [first, second]) {
    const list = page.locator("#meeting-list");
    await expect(list.locator("li")).toHaveCount(3);
    for (const name of ["Monday group", "Tuesday group", "Wednesday group"]) await expect(list).toContainText(name);
  }
});

test("stored records that can't be read are kept, explained, and can be set aside", async ({ page }) => {
  await page.goto("/");
  const broken = '{"app":"peer-support-guide","version":2,"meetings":[{"id":"x"';
  await page.evaluate(([key, text]) => localStorage.setItem(key, text), [JOURNAL_KEY, broken]);
  await openRoute(page, "/tracker", "Track my milestones");
  await expect(page.getByRole("heading", { name: "We couldn't read your saved records" })).toBeVisible();
  // Nothing is saved over them, not even a new meeting.
  await addMeeting(page, { other: "Monday group" });
  await expect(page.locator("#problem-region")).toContainText("nothing new was saved over them");
  expect(await stored(page)).toBe(broken);
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Save the damaged records as a file" }).click(),
  ]);
  expect(readFileSync(await download.path(), "utf8")).toBe(broken);
  await page.getByRole("button", { name: "Start fresh" }).click();
  await expect(page.getByRole("heading", { name: "We couldn't read your saved records" })).toHaveCount(0);
  expect(await setAside(page)).toEqual([broken]);
  await addMeeting(page, { other: "Monday group" });
  await expect(page.locator("#meeting-list li")).toHaveCount(1);

  // Damaged again, and "Start fresh" again: the first set-aside copy is never written over.
  const second = '{"app":"peer-support-guide","version":2,"clean_date":"2026-02-30"}';
  await page.evaluate(([key, text]) => localStorage.setItem(key, text), [JOURNAL_KEY, second]);
  await page.reload();
  await page.getByRole("button", { name: "Start fresh" }).click();
  await expect(page.getByRole("heading", { name: "We couldn't read your saved records" })).toHaveCount(0);
  expect(await setAside(page)).toEqual([broken, second]);

  // Both copies are listed in "Your data", dated, each to save as a file or delete.
  await openRoute(page, "/settings", "Your data");
  const today = await page.evaluate(() => new Date().toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric" }));
  const copies = page.locator("#set-aside-heading + p + ul > li");
  await expect(copies).toHaveCount(2);
  await expect(copies.first()).toContainText(`Set aside on ${today} (${broken.length} bytes)`);
  const [copy] = await Promise.all([
    page.waitForEvent("download"),
    copies.last().getByRole("button", { name: "Save as a file" }).click(),
  ]);
  expect(readFileSync(await copy.path(), "utf8")).toBe(second);
  // Deleting asks first; "Keep it" keeps it, and focus goes back to its button.
  await copies.first().getByRole("button", { name: /^Delete: / }).click();
  await expect(page.getByRole("button", { name: "Yes, delete it" })).toBeFocused();
  await page.getByRole("button", { name: "Keep it" }).click();
  await expect(copies.first().getByRole("button", { name: /^Delete: / })).toBeFocused();
  expect(await setAside(page)).toEqual([broken, second]);
  await copies.first().getByRole("button", { name: /^Delete: / }).click();
  await page.getByRole("button", { name: "Yes, delete it" }).click();
  await expect(page.getByRole("status").filter({ hasText: `Deleted the copy: Set aside on ${today}.` })).toBeVisible();
  await expect(copies).toHaveCount(1);
  expect(await setAside(page)).toEqual([second]);
  await expect(page.locator("#set-aside-heading")).toBeFocused();
  expect(await axeViolations(page)).toEqual([]);
  // "Erase everything" takes the last one too, and the list goes.
  await page.getByRole("button", { name: "Erase everything…" }).click();
  await page.getByRole("button", { name: "Yes, erase everything" }).click();
  await expect(page.getByRole("heading", { name: "Records set aside" })).toHaveCount(0);
  expect(await setAside(page)).toEqual([]);
});

test("the tracker works offline after the first visit", async ({ page, context }) => {
  await openRoute(page, "/tracker", "Track my milestones");
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "Track my milestones" })).toBeVisible();
  await setStartDate(page, await daysAgo(page, 30));
  await addMeeting(page, { other: "Offline group" });
  await expect(stat(page, "Last 7 days")).toHaveText("1");
  await page.goto("/settings");
  await expect(page.getByRole("heading", { level: 1, name: "Your data" })).toBeVisible();
});

test("axe finds no violations on the tracker and Your data, filled in and mid-action", async ({ page }) => {
  await openRoute(page, "/tracker", "Track my milestones");
  await setStartDate(page, await daysAgo(page, 95));
  await addMeeting(page, { group: "SMART Recovery", note: "Good" });
  await page.getByLabel("Name", { exact: true }).fill("Sam");
  await page.getByLabel("Phone number").fill("555 0100");
  await page.getByRole("button", { name: "Save contact" }).click();
  await page.getByText("Change my milestones").click();
  await page.getByLabel("Add my own milestone, in days").fill("100");
  await page.getByRole("button", { name: "Add milestone" }).click();
  await page.getByText("I used again", { exact: true }).click();
  await page.getByRole("button", { name: "Record it and start a new count" }).click();
  await page.getByRole("button", { name: /^Delete SMART Recovery on / }).click();
  await addMeeting(page, { other: "" });
  expect(await axeViolations(page)).toEqual([]);
  await page.goto("/settings");
  await page.getByRole("button", { name: "Erase everything…" }).click();
  await page.getByLabel("Backup file").setInputFiles({ name: "x.txt", mimeType: "text/plain", buffer: Buffer.from("nope") });
  await expect(page.locator("#import-error")).not.toBeEmpty();
  expect(await axeViolations(page)).toEqual([]);
});

test("the tracker can be used by keyboard alone", async ({ page }) => {
  await openRoute(page, "/tracker", "Track my milestones");
  await page.getByLabel("Your start date").focus();
  const start = await daysAgo(page, 31);
  const [year, month, day] = start.split("-");
  // Chromium's date field takes the digits in the locale's order: month, day, year here.
  await page.keyboard.type(`${month}${day}${year}`);
  await expect(page.getByLabel("Your start date")).toHaveValue(start);
  // Tab may first step through the date field's own parts.
  for (let i = 0; i < 3 && !(await page.getByLabel("Call my count").evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press("Tab");
  }
  await expect(page.getByLabel("Call my count")).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "Save my date" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByText("That's 31 days since")).toBeVisible();
  // Add a meeting: type a group's name, then Enter in the field sends the form.
  await page.getByLabel("Or type the group's name").focus();
  await page.keyboard.type("Thursday group");
  await page.keyboard.press("Enter");
  await expect(page.locator("#meeting-list")).toContainText("Thursday group, in person");
  // "I used again" opens with Enter on its summary and sends with Enter.
  await page.getByText("I used again", { exact: true }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByLabel("The day you used")).toBeVisible();
});

test("a page left open past midnight counts the new day and takes a meeting dated it", async ({ page }) => {
  // 23:59:00 on 14 March 2026, on the browser's own clock.
  await page.clock.install({ time: new Date(2026, 2, 14, 23, 59, 0) });
  await openRoute(page, "/tracker", "Track my milestones");
  await setStartDate(page, "2026-03-04");
  await expect(page.getByText("That's 10 days since")).toBeVisible();
  // Two minutes later it is the 15th: the count moves on and a meeting that day is taken,
  // without a reload.
  await page.clock.runFor(120_000);
  await expect(page.getByText("That's 11 days since")).toBeVisible();
  await expect(page.getByLabel("Date", { exact: true })).toHaveAttribute("max", "2026-03-15");
  await addMeeting(page, { date: "2026-03-15", group: "Narcotics Anonymous" });
  await expect(page.locator("#meeting-list li")).toHaveCount(1);
  await expect(page.locator("#meeting-list")).toContainText("15 March 2026");
  // The day after that is still refused.
  await addMeeting(page, { date: "2026-03-16", group: "Narcotics Anonymous" });
  await expect(page.getByRole("alert").filter({ hasText: "today or a day before" })).toBeVisible();
  // Back the next morning after the phone slept (no timer ran): focus brings the count up to date.
  await page.clock.setSystemTime(new Date(2026, 2, 16, 8, 0, 0));
  await page.evaluate(() => window.dispatchEvent(new Event("focus")));
  await expect(page.getByText("That's 12 days since")).toBeVisible();
});


test("a start date inside the history asks which is right, and either answer keeps a timeline", async ({ page }) => {
  await openRoute(page, "/tracker", "Track my milestones");
  await setStartDate(page, "2026-01-01");
  await page.getByText("I used again", { exact: true }).click();
  await page.getByLabel("The day you used").fill("2026-02-01");
  await page.getByRole("button", { name: "Record it and start a new count" }).click();
  const periods = page.locator("#history-region li");
  await expect(periods).toHaveText([/1 January 2026 to 1 February 2026: 31 days/]);

  // 15 January is inside the period that ended on 1 February: nothing changes until answered.
  const before = await stored(page);
  await setStartDate(page, "2026-01-15");
  const question = page.getByRole("group", { name: /Your history runs past 15 January 2026, up to 1 February 2026/ });
  await expect(question).toBeVisible();
  expect(await stored(page)).toBe(before);
  await question.getByRole("button", { name: "Keep things as they are" }).click();
  await expect(question).toHaveCount(0);
  expect(await stored(page)).toBe(before);

  // Keeping the history starts the count where the history ends.
  await setStartDate(page, "2026-01-15");
  await page.getByRole("button", { name: "Keep my history and start on 1 February 2026" }).click();
  await expect(page.getByText(/ since 1 February 2026\./)).toBeVisible();
  await expect(periods).toHaveText([/1 January 2026 to 1 February 2026: 31 days/]);

  // Or the history is cut back to the new start: 1 to 15 January, then the count from the 15th.
  await setStartDate(page, "2026-01-15");
  await page.getByRole("button", { name: "Start on 15 January 2026 and take what comes after it out of my history" }).click();
  await expect(page.getByText(/ since 15 January 2026\./)).toBeVisible();
  await expect(periods).toHaveText([/1 January 2026 to 15 January 2026: 14 days/]);
});

test("a long meeting list shows the newest 50, and older ones a page at a time", async ({ page }) => {
  await page.goto("/");
  const meetings = [];
  for (let i = 0; i < 120; i++) {
    const day = new Date(Date.UTC(2020, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
    meetings.push({ id: `m${i}`, date: day, group: `Group ${i}`, attended: "online", note: "" });
  }
  const journal = JSON.stringify({ app: "peer-support-guide", version: 2, meetings });
  await page.evaluate(([key, text]) => localStorage.setItem(key, text), [JOURNAL_KEY, journal]);
  await openRoute(page, "/tracker", "Track my milestones");
  const items = page.locator("#meeting-list > li");
  await expect(items).toHaveCount(50);
  await expect(items.first()).toContainText("Group 119");
  await expect(page.getByText("The newest 50 of 120 meetings.")).toBeVisible();
  await page.getByRole("button", { name: "Show 50 older meetings" }).click();
  await expect(items).toHaveCount(100);
  // Focus carries on from the first meeting just shown, for keyboard and screen-reader users.
  await expect(page.getByRole("button", { name: /^Change Group 69 on / })).toBeFocused();
  await page.getByRole("button", { name: "Show 20 older meetings" }).click();
  await expect(items).toHaveCount(120);
  await expect(page.getByRole("button", { name: /older meetings/ })).toHaveCount(0);
  // A meeting from the older pages can still be changed.
  await page.getByRole("button", { name: /^Change Group 0 on / }).click();
  await expect(page.getByLabel("Or type the group's name")).toHaveValue("Group 0");
});

test("a note that fits its box is kept in any language, and a merge past a limit changes nothing", async ({ page }) => {
  await openRoute(page, "/tracker", "Track my milestones");
  // 1,924 characters of Spanish are over 2,000 bytes; 1,000 emoji fill the box exactly.
  const spanish = `${"ñ".repeat(78)}${"a".repeat(1_846)}`;
  const emoji = "🙂".repeat(1_000);
  await addMeeting(page, { other: "Grupo del lunes", note: spanish });
  await addMeeting(page, { other: "Emoji group", note: emoji });
  await page.reload();
  await expect(page.getByRole("heading", { name: "We couldn't read your saved records" })).toHaveCount(0);
  await expect(page.locator("#meeting-list li")).toHaveCount(2);
  const notes = (await records(page)).meetings.map((m) => m.note).sort();
  expect(notes).toEqual([spanish, emoji].sort());

  // A merge really adds what is new in the file, and only that.
  const today = await daysAgo(page, 0);
  const here = await records(page);
  const file = (meetings, own) =>
    Buffer.from(JSON.stringify({ app: "peer-support-guide", version: 2, meetings, milestones: { set: "common", own } }));
  const shared = here.meetings[0];
  const fresh = { id: "from-file", date: today, group: "narcotics-anonymous", attended: "in-person", note: "" };
  await page.goto("/settings");
  await page.getByLabel("Backup file").setInputFiles({ name: "more.json", mimeType: "application/json", buffer: file([shared, fresh], [5]) });
  await expect(page.locator("#import-preview")).toContainText("2 meetings (1 not on this device yet; 2 here now)");
  await page.getByRole("button", { name: "Merge this file into my data" }).click();
  await expect(page.locator("#import-status")).toContainText("Done. What was new in the file was added");
  const merged = await records(page);
  expect(merged.meetings.map((m) => m.id).sort()).toEqual([...here.meetings.map((m) => m.id), "from-file"].sort());
  // The file is version 2: its one count becomes the first counter, with its own milestone.
  expect(merged.version).toBe(3);
  expect(merged.counters[0].milestones.own.map((m) => m.days)).toEqual([5]);

  // 60 own milestones here and 50 others in the file would be 110, over the 100 a file may hold.
  const sixty = Array.from({ length: 60 }, (_, i) => i + 1);
  await page.evaluate(([key, own]) => {
    const journal = JSON.parse(localStorage.getItem(key));
    journal.counters[0].milestones.own = own.map((days) => ({ days, note: "" }));
    localStorage.setItem(key, JSON.stringify(journal));
  }, [JOURNAL_KEY, sixty]);
  await page.reload();
  const before = await stored(page);
  const fifty = Array.from({ length: 50 }, (_, i) => i + 61);
  await page.getByLabel("Backup file").setInputFiles({ name: "many.json", mimeType: "application/json", buffer: file([], fifty) });
  await page.getByRole("button", { name: "Merge this file into my data" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "wasn't saved" })).toContainText("counters[0].milestones.own should be a list of up to 100 milestones");
  expect(await stored(page)).toBe(before);
  await expect(page.getByText("Done. What was new")).toHaveCount(0);
});

test("a new person is invited to the first steps, not shown zeros, and the date form folds once set", async ({ page }) => {
  await openRoute(page, "/tracker", "Track my milestones");
  await expect(page.getByRole("heading", { level: 2, name: "Start your count" })).toBeVisible();
  await expect(page.getByText("Every day counts.")).toBeVisible();
  await expect(page.getByLabel("Your start date")).toBeVisible();
  await expect(page.getByText("Change my start date")).toBeHidden();
  await expect(page.getByText("No meetings logged yet.")).toBeVisible();
  await expect(page.locator("#meeting-stats")).toHaveCount(0);
  await expect(page.getByRole("progressbar")).toHaveCount(0);
  await expect(page.locator(".week-chart")).toHaveCount(0);
  await expect(page.getByRole("heading", { name: "Meetings I went to" })).toBeHidden();
  await expect(page.locator("main dd")).toHaveCount(0);

  await setStartDate(page, await daysAgo(page, 20));
  await expect(page.locator("#count")).toBeFocused();
  await expect(page.locator("#count")).toHaveText("20 days");
  await expect(page.getByRole("heading", { level: 2, name: "Time in recovery" })).toBeVisible();
  await expect(page.getByLabel("Your start date")).toBeHidden();
  await expect(page.locator("#next-milestone")).toHaveText(/^Next: 10 days to 30 days, on /);
  await expect(page.getByRole("progressbar", { name: "Progress to 30 days" })).toBeVisible();
  // Opened again, it shows the saved date; a new one folds it again.
  await page.getByText("Change my start date").click();
  await expect(page.getByLabel("Your start date")).toHaveValue(await daysAgo(page, 20));
  await setStartDate(page, await daysAgo(page, 25));
  await expect(page.locator("#count")).toHaveText("25 days");
  await expect(page.getByLabel("Your start date")).toBeHidden();
  // Erased in another tab: the first step is open again.
  await page.evaluate((key) => {
    localStorage.removeItem(key);
    window.dispatchEvent(new StorageEvent("storage", { key }));
  }, JOURNAL_KEY);
  await expect(page.getByRole("heading", { level: 2, name: "Start your count" })).toBeVisible();
  await expect(page.getByLabel("Your start date")).toBeVisible();
  await expect(page.getByText("Change my start date")).toBeHidden();
});

test("the chart of meetings per week says its numbers in words", async ({ page }) => {
  await openRoute(page, "/tracker", "Track my milestones");
  // Two today, one 7 days ago (last week, whatever today is) and one 14 days ago.
  await addMeeting(page, { other: "Monday group" });
  await addMeeting(page, { other: "Monday group" });
  await addMeeting(page, { date: await daysAgo(page, 7), other: "Monday group" });
  await addMeeting(page, { date: await daysAgo(page, 14), other: "Monday group" });
  // A meeting from long ago is left out of the 12 weeks.
  await addMeeting(page, { date: await daysAgo(page, 120), other: "Monday group" });
  const chart = page.getByRole("img", { name: /^Meetings each week/ });
  const monday = await page.evaluate(() => {
    const d = new Date();
    d.setDate(d.getDate() - ((d.getDay() + 6) % 7));
    return d.toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric" });
  });
  const firstMonday = await page.evaluate(() => {
    const d = new Date();
    d.setDate(d.getDate() - ((d.getDay() + 6) % 7) - 77);
    return d.toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric" });
  });
  await expect(chart).toHaveAttribute(
    "aria-label",
    `Meetings each week, from the week of ${firstMonday} to this week: 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 2.`,
  );
  await expect(chart.locator("rect")).toHaveCount(3);
  await expect(page.locator(".week-chart figcaption")).toContainText(
    `4 meetings in the last 12 weeks; the most in one week was 2, in the week of ${monday}.`,
  );
  await expect(chart).toBeVisible();
  const box = await chart.boundingBox();
  expect(box.width, "the chart scales to its box").toBeGreaterThan(200);
  expect(await axeViolations(page, "#meetings")).toEqual([]);
});

test("every button that deletes or erases looks like it, and none else does", async ({ page }) => {
  await page.goto("/");
  const journal = {
    app: "peer-support-guide",
    version: 2,
    clean_date: "2026-02-01",
    past_periods: [{ start: "2026-01-01", end: "2026-02-01" }],
    meetings: [{ id: "a", date: "2026-02-03", group: "smart-recovery", attended: "online", note: "" }],
    contact: { name: "Sam", phone: "555 0100" },
    milestones: { set: "common", own: [100] },
  };
  await page.evaluate(([key, text]) => {
    localStorage.setItem(key, text);
    localStorage.setItem(`${key}.damaged.1772409600000`, "{");
  }, [JOURNAL_KEY, JSON.stringify(journal)]);
  /** [name, classes] of every button in the page's main part, shown or not. */
  const buttons = () =>
    page.locator("main button").evaluateAll((all) =>
      all.map((b) => [(b.getAttribute("aria-label") ?? b.textContent).trim(), [...b.classList]]),
    );
  // "Start fresh" sets damaged records aside and deletes nothing, so it is not styled as danger.
  const DESTROYS = /^(Delete|Remove|Replace my data|Erase everything|Start on )/;
  const WAY_OUT = /^(Cancel|Keep it|Keep my data|Keep things as they are)$/;
  const check = (found) => {
    for (const [name, classes] of found) {
      const final = name.startsWith("Yes, ");
      expect(classes.includes("danger"), `"${name}" looks destructive`).toBe(DESTROYS.test(name) || final);
      expect(classes.includes("confirm"), `"${name}" is a final yes`).toBe(final);
      expect(classes.includes("quiet"), `"${name}" is a quiet way out`).toBe(WAY_OUT.test(name));
    }
    return found.map(([name]) => name);
  };

  await openRoute(page, "/tracker", "Track my milestones");
  await page.getByText("Change my milestones").click();
  // A start date inside the history asks, with a button that cuts the history back.
  await setStartDate(page, "2026-01-15");
  await page.getByRole("button", { name: /^Change SMART Recovery/ }).click();
  await page.getByText("I used again", { exact: true }).click();
  const onTracker = check(await buttons());
  for (const name of [
    "Remove my 100 days milestone",
    "Delete SMART Recovery on 3 February 2026",
    "Remove contact",
    "Start on 15 January 2026 and take what comes after it out of my history",
    "Keep things as they are",
    "Cancel",
    "Record it and start a new count",
  ]) {
    expect(onTracker).toContain(name);
  }
  await expect(page.getByRole("button", { name: "Record it and start a new count" })).not.toHaveClass(/danger/);

  await page.goto("/settings");
  await expect(page.getByRole("heading", { name: "Records set aside" })).toBeVisible();
  await page.getByRole("button", { name: /^Delete: / }).click();
  await page.getByRole("button", { name: "Erase everything…" }).click();
  await page.getByLabel("Backup file").setInputFiles({ name: "b.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(journal)) });
  await expect(page.getByRole("button", { name: "Replace my data with this file" })).toBeVisible();
  const onSettings = check(await buttons());
  for (const name of [
    "Erase everything…",
    "Yes, erase everything",
    "Keep my data",
    "Replace my data with this file",
    "Cancel",
    "Yes, delete it",
    "Keep it",
  ]) {
    expect(onSettings).toContain(name);
  }
  expect(onSettings.some((name) => name.startsWith("Delete: Set aside on "))).toBe(true);

  // Damaged records: "Start fresh" sets them aside.
  await page.evaluate((key) => localStorage.setItem(key, "{"), JOURNAL_KEY);
  await openRoute(page, "/tracker", "Track my milestones");
  await expect(page.getByRole("button", { name: "Start fresh" })).toBeVisible();
  expect(check(await buttons())).toContain("Start fresh");
});

test("axe finds no violations on a tracker in use in the dark theme", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "dark" });
  await openRoute(page, "/tracker", "Track my milestones");
  await setStartDate(page, await daysAgo(page, 33));
  await addMeeting(page, { group: "SMART Recovery" });
  await addMeeting(page, { date: await daysAgo(page, 9), group: "SMART Recovery" });
  await expect(page.locator(".celebrate")).toBeVisible();
  await page.getByRole("button", { name: /^Delete SMART Recovery on / }).first().click();
  await expect(page.getByRole("button", { name: "Undo" })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});
