// The tracker's second round: several counters with their own start dates, money and time
// saved, notes on a return to use and on own milestones, calendar files for the next milestone
// and a weekly meeting, and axe and the keyboard over all of it.
import { readFileSync } from "node:fs";
import { test, expect, openRoute, axeViolations, daysAgo } from "./fixtures.js";

const JOURNAL_KEY = "peer-support-guide.journal";

/** The date `days` before (or, negative, after) today on the browser's calendar, YYYY-MM-DD. */

/** Every check-in stored: in the journal, and those saved since it was written whole. */
const checkIns = (page) =>
  page.evaluate((journal) => {
    const keys = Object.keys(localStorage).filter((k) => k === journal || k.startsWith(`${journal}.recent.`));
    const all = keys.flatMap((k) => JSON.parse(localStorage.getItem(k)).check_ins ?? []);
    return all.sort((a, b) => (a.counter + a.date).localeCompare(b.counter + b.date));
  }, JOURNAL_KEY);

const records = (page) => page.evaluate((key) => JSON.parse(localStorage.getItem(key)), JOURNAL_KEY);

async function setStartDate(page, iso) {
  if (!(await page.getByLabel("Your start date").isVisible())) await page.getByText("Change my start date").click();
  await page.getByLabel("Your start date").fill(iso);
  await page.getByRole("button", { name: "Save my date" }).click();
}

async function addCounter(page, name, iso) {
  const add = page.locator("details.add-counter");
  if (!(await add.getAttribute("open")) && (await add.getAttribute("open")) !== "") await add.locator("summary").click();
  await page.getByLabel("What are you stepping away from?").fill(name);
  await page.getByLabel("The day this count began").fill(iso);
  await page.getByRole("button", { name: "Add counter" }).click();
}

/** The text of the file a click downloads. */
async function downloaded(page, click) {
  const [download] = await Promise.all([page.waitForEvent("download"), click()]);
  return { name: download.suggestedFilename(), text: readFileSync(await download.path(), "utf8") };
}

test("two counters keep their own start dates, counts and histories, and survive a reload", async ({ page }) => {
  await openRoute(page, "/tracker", "Track my milestones");
  await setStartDate(page, await daysAgo(page, 20));
  await expect(page.locator("#count")).toContainText("20 days");
  await addCounter(page, "Alcohol", await daysAgo(page, 5));
  await expect(page.locator("#counters-status")).toContainText("Added Alcohol");
  // The new counter is shown: its own count, heading and start date.
  await expect(page.getByRole("heading", { level: 2, name: "Alcohol" })).toBeVisible();
  await expect(page.locator("#count")).toContainText("5 days");
  const picks = page.locator(".counter-pick");
  await expect(picks).toHaveCount(2);
  await expect(picks.nth(0)).toContainText("Time in recovery");
  await expect(picks.nth(0)).toContainText("20 days");
  await expect(picks.nth(1)).toContainText("Alcohol");
  await expect(picks.nth(1)).toHaveAttribute("aria-pressed", "true");

  // "I used again" on the second counter, with a note, changes only that counter.
  await page.getByText("I used again", { exact: true }).click();
  await page.getByLabel("The day you used").fill(await daysAgo(page, 2));
  await page.getByLabel("What happened, or what might help next time (optional)").fill("A party; leave earlier next time.");
  await page.getByRole("button", { name: "Record it and start a new count" }).click();
  await expect(page.locator("#history-region")).toContainText("A party; leave earlier next time.");
  let stored = await records(page);
  expect(stored.version).toBe(3);
  expect(stored.counters.map((c) => c.name)).toEqual(["", "Alcohol"]);
  expect(stored.counters[0].past_periods).toEqual([]);
  expect(stored.counters[1].past_periods).toEqual([
    { start: await daysAgo(page, 5), end: await daysAgo(page, 2), note: "A party; leave earlier next time." },
  ]);
  // The main counter still counts 20 days, with no history.
  await picks.nth(0).click();
  await expect(page.locator("#count")).toContainText("20 days");
  await expect(page.locator("#history-region")).toBeEmpty();

  await page.reload();
  await expect(page.locator(".counter-pick")).toHaveCount(2);
  await expect(page.locator(".counter-pick").nth(1)).toContainText("2 days");
  stored = await records(page);
  expect(stored.counters[0].start).toBe(await daysAgo(page, 20));
});

test("money and time saved show after a week, only once set, in the device's currency", async ({ page }) => {
  await openRoute(page, "/tracker", "Track my milestones");
  await setStartDate(page, await daysAgo(page, 7));
  await expect(page.locator("#saved-line")).toBeHidden();
  await page.getByText("Change this counter").click();
  await page.getByLabel("What it used to cost").fill("15");
  await expect(page.getByLabel("Currency")).toHaveValue("USD");
  await page.getByLabel("Hours a week it took").fill("10");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.locator("#saved-line")).toHaveText("Saved since your start date: $105.00 and 10 hours.");
  // A weekly cost is a seventh of it a day.
  await page.getByLabel("What it used to cost").fill("70");
  await page.getByLabel("How often").selectOption("week");
  await page.getByLabel("Currency").fill("eur");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.locator("#saved-line")).toHaveText("Saved since your start date: €70.00 and 10 hours.");
  // A typing mistake gets a sentence and changes nothing.
  const before = await records(page);
  await page.getByLabel("What it used to cost").fill("ten");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Enter what it cost as a number" })).toBeVisible();
  expect(await records(page)).toEqual(before);
  expect(before.counters[0].cost).toEqual({ hundredths: 7000, per: "week", currency: "EUR" });
});

test("a counter is removed only after a yes, and Undo brings it back with its history", async ({ page }) => {
  await openRoute(page, "/tracker", "Track my milestones");
  await setStartDate(page, await daysAgo(page, 40));
  await addCounter(page, "Gambling", await daysAgo(page, 3));
  await page.getByText("Change this counter").click();
  await page.getByRole("button", { name: "Remove this counter" }).click();
  await expect(page.getByText("Remove Gambling? Its start date, history and check-ins go with it.")).toBeVisible();
  await page.getByRole("button", { name: "Keep it" }).click();
  expect((await records(page)).counters).toHaveLength(2);
  await page.getByRole("button", { name: "Remove this counter" }).click();
  await page.getByRole("button", { name: "Yes, remove it" }).click();
  await expect(page.locator("#counters-status")).toContainText("Removed Gambling.");
  await expect(page.locator("#counters-status")).toBeFocused();
  expect((await records(page)).counters.map((c) => c.name)).toEqual([""]);
  await expect(page.locator("#count")).toContainText("1 month");
  await page.locator("#counters-status").getByRole("button", { name: "Undo" }).click();
  await expect(page.locator("#counters-status")).toContainText("Gambling is back");
  expect((await records(page)).counters.map((c) => c.name)).toEqual(["", "Gambling"]);
  await expect(page.locator("#count")).toContainText("3 days");
  // The other counter can be made the main one: it moves first.
  await page.getByRole("button", { name: "Make this my main counter" }).click();
  expect((await records(page)).counters.map((c) => c.name)).toEqual(["Gambling", ""]);
});

test("'Add to my calendar' downloads the next milestone, and a weekly meeting becomes a repeating event", async ({ page }) => {
  await openRoute(page, "/tracker", "Track my milestones");
  await setStartDate(page, await daysAgo(page, 20));
  const milestone = await downloaded(page, () => page.getByRole("button", { name: "Add to my calendar" }).click());
  expect(milestone.name).toBe("next-milestone.ics");
  await expect(page.locator("#ics-status")).toContainText("The calendar file is in your downloads.");
  // 20 days in, the next milestone of the common set is 30 days, 10 days from today.
  const on = (await daysAgo(page, -10)).replaceAll("-", "");
  // The title says it is a milestone, never what the count is of (a locked screen shows it).
  expect(milestone.text).toContain("SUMMARY:Milestone: 30 days\r\n");
  expect(milestone.text).not.toContain("recovery");
  expect(milestone.text).toContain(`DTSTART;VALUE=DATE:${on}\r\n`);
  expect(milestone.text).toMatch(/^BEGIN:VCALENDAR\r\n/);
  expect(milestone.text).toContain("BEGIN:VALARM");

  await page.getByText("Get a weekly reminder in my calendar").click();
  await page.getByRole("button", { name: "Download the calendar file" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Enter the meeting's name." })).toBeVisible();
  await page.getByLabel("Meeting name").fill("Thursday Hope Group, NA");
  await page.getByLabel("Day of the week").selectOption("thursday");
  await page.getByLabel("Time", { exact: true }).fill("18:30");
  await page.getByLabel("Place (optional)").fill("Church hall; side door");
  const weekly = await downloaded(page, () => page.getByRole("button", { name: "Download the calendar file" }).click());
  expect(weekly.text).toContain("SUMMARY:Thursday Hope Group\\, NA\r\n");
  expect(weekly.text).toContain("LOCATION:Church hall\\; side door\r\n");
  expect(weekly.text).toMatch(/RRULE:FREQ=WEEKLY/);
  expect(weekly.text).toMatch(/DTSTART:\d{8}T183000\r\n/);
  await expect(page.locator("#reminder-status")).toContainText("The calendar file is in your downloads");
});

test("an own milestone keeps its note", async ({ page }) => {
  await openRoute(page, "/tracker", "Track my milestones");
  await setStartDate(page, await daysAgo(page, 3));
  await page.getByText("Change my milestones").click();
  await page.getByLabel("Add my own milestone, in days").fill("45");
  await page.getByLabel("What it means to you (optional)").fill("My daughter's birthday");
  await page.getByRole("button", { name: "Add milestone" }).click();
  await expect(page.locator("#own-region")).toContainText("45 days: My daughter's birthday");
  expect((await records(page)).counters[0].milestones.own).toEqual([{ days: 45, note: "My daughter's birthday" }]);
});

test("a counter is added with the keyboard alone", async ({ page }) => {
  await openRoute(page, "/tracker", "Track my milestones");
  await setStartDate(page, await daysAgo(page, 10));
  await page.locator("details.add-counter summary").focus();
  await page.keyboard.press("Enter");
  await page.keyboard.press("Tab");
  await expect(page.getByLabel("What are you stepping away from?")).toBeFocused();
  await page.keyboard.type("Cannabis");
  await page.keyboard.press("Enter");
  await expect(page.locator("#counters-status")).toContainText("Added Cannabis");
  await expect(page.locator("#counters-status")).toBeFocused();
  // The list's buttons pick a counter with Enter.
  await page.locator(".counter-pick").first().focus();
  await page.keyboard.press("Enter");
  await expect(page.locator(".counter-pick").first()).toHaveAttribute("aria-pressed", "true");
  await expect(page.locator("#count")).toContainText("10 days");
});

for (const scheme of ["light", "dark"]) {
  test(`axe finds nothing on the counters, open and filled in, in ${scheme}`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await openRoute(page, "/tracker", "Track my milestones");
    await setStartDate(page, await daysAgo(page, 9));
    await addCounter(page, "Alcohol", await daysAgo(page, 4));
    await page.getByText("Change this counter").click();
    await page.getByLabel("What it used to cost").fill("9.50");
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await page.getByRole("button", { name: "Remove this counter" }).click();
    await page.getByText("Get a weekly reminder in my calendar").click();
    // A check-in, so the chart and its summary are drawn.
    const card = page.locator("section.check-in");
    await card.getByRole("radio", { name: "Okay", exact: true }).check();
    await card.getByRole("button", { name: "Save check-in" }).click();
    await expect(card.locator("svg[role=img]")).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });
}

test("the home page shows the main counter's count and next milestone, also offline", async ({ page, context }) => {
  await openRoute(page, "/tracker", "Track my milestones");
  await setStartDate(page, await daysAgo(page, 20));
  await addCounter(page, "Alcohol", await daysAgo(page, 2));
  await page.locator("a.site-name").click();
  const card = page.locator(".home-count");
  await expect(card.getByRole("heading", { level: 2 })).toHaveText("Time in recovery");
  await expect(card).toContainText("20 days");
  const on = await page.evaluate(() => {
    const d = new Date();
    d.setDate(d.getDate() + 10);
    return d.toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric" });
  });
  await expect(card).toContainText(`Next: 30 days on ${on}.`);
  // Once the service worker has the app, the count is there offline too.
  await page.evaluate(() => navigator.serviceWorker.ready);
  await context.setOffline(true);
  await page.reload();
  await expect(page.locator(".home-count")).toContainText("20 days");
  await context.setOffline(false);
  await page.locator(".home-count").getByRole("link", { name: "Open my tracker" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Track my milestones" })).toBeFocused();
});

test("a check-in is kept after a reload, drawn on the chart and summed up in words", async ({ page }) => {
  await openRoute(page, "/tracker", "Track my milestones");
  const card = page.locator("section.check-in");
  await expect(card).toContainText("Once your start date is set");
  await setStartDate(page, await daysAgo(page, 12));
  // Nothing chosen: a sentence, and nothing saved.
  await card.getByRole("button", { name: "Save check-in" }).click();
  await expect(card.getByRole("alert")).not.toBeEmpty();
  expect((await records(page)).check_ins).toEqual([]);
  await card.getByRole("radio", { name: "Good", exact: true }).check();
  await card.getByRole("radio", { name: "Mild", exact: true }).check();
  await card.getByLabel("A note just for you (optional)").fill("Walked to the meeting.");
  await card.getByRole("button", { name: "Save check-in" }).click();
  await expect(card.getByRole("status")).toContainText("Check-in saved for");
  // Yesterday too, by changing the day.
  await card.getByLabel("Day", { exact: true }).fill(await daysAgo(page, 1));
  await expect(card.getByRole("radio", { name: "Good", exact: true })).not.toBeChecked();
  await card.getByRole("radio", { name: "Low", exact: true }).check();
  await card.getByRole("radio", { name: "Strong", exact: true }).check();
  await card.getByRole("button", { name: "Save check-in" }).click();
  await expect(card.getByRole("status")).toContainText("Check-in saved for");

  await page.reload();
  const again = page.locator("section.check-in");
  // Today's check-in fills the form again, and the chart draws both days.
  await expect(again.getByRole("radio", { name: "Good", exact: true })).toBeChecked();
  await expect(again.getByLabel("A note just for you (optional)")).toHaveValue("Walked to the meeting.");
  await expect(again.getByRole("img", { name: /Chart of mood and cravings, last 30 days/ })).toBeVisible();
  // Two days in a row: one unbroken mood line, drawn in the chart itself.
  await expect(again.getByRole("img", { name: /last 30 days/ }).locator("polyline.check-in-mood")).toHaveCount(1);
  await expect(again).toContainText("Cravings averaged 2.0 out of 4");
  // Each check-in waits under a key of its own until the journal is next written whole.
  const id = (await records(page)).counters[0].id;
  expect((await checkIns(page)).map((c) => [c.counter, c.date, c.mood, c.craving])).toEqual([
    [id, await daysAgo(page, 1), 2, 3],
    [id, await daysAgo(page, 0), 4, 1],
  ]);
  await again.getByRole("radio", { name: "Last 90 days" }).check();
  await expect(again.getByRole("img", { name: /last 90 days/ })).toBeVisible();

  // A day's check-in can be removed, and Undo brings it back.
  await again.getByRole("button", { name: "Remove this day's check-in" }).click();
  await expect(again.getByRole("status")).toContainText("Removed the check-in for");
  await expect(again.locator("#check-in-status")).toBeFocused();
  await expect(again.getByRole("radio", { name: "Good", exact: true })).not.toBeChecked();
  await expect(again.getByRole("button", { name: "Remove this day's check-in" })).toHaveCount(0);
  expect((await checkIns(page)).map((c) => c.date)).toEqual([await daysAgo(page, 1)]);
  await again.getByRole("status").getByRole("button", { name: "Undo" }).click();
  await expect(again.getByRole("status")).toContainText("Check-in saved for");
  await expect(again.getByRole("radio", { name: "Good", exact: true })).toBeChecked();
  expect((await checkIns(page)).map((c) => c.date)).toEqual([await daysAgo(page, 1), await daysAgo(page, 0)]);
});

test("two tabs checking in at the same moment keep both check-ins", async ({ context }) => {
  const first = await context.newPage();
  await openRoute(first, "/tracker", "Track my milestones");
  await setStartDate(first, await daysAgo(first, 30));
  await addCounter(first, "Alcohol", await daysAgo(first, 30));
  const second = await context.newPage();
  await openRoute(second, "/tracker", "Track my milestones");
  // The first tab checks in on the main counter, the second on Alcohol, at once.
  await first.locator(".counter-pick").first().click();
  await second.locator(".counter-pick").nth(1).click();
  for (const tab of [first, second]) await tab.locator("section.check-in").getByRole("radio", { name: "Okay" }).check();
  await Promise.all([first, second].map((tab) => tab.locator("section.check-in").getByRole("button", { name: "Save check-in" }).click()));
  for (const tab of [first, second]) await expect(tab.locator("section.check-in").getByRole("status")).toContainText("Check-in saved");
  await first.reload();
  await expect(first.locator("section.check-in").getByRole("radio", { name: "Okay" })).toBeChecked();
  const ids = await first.evaluate(() => JSON.parse(localStorage.getItem("peer-support-guide.journal")).counters.map((c) => c.id));
  expect((await checkIns(first)).map((c) => c.counter).sort()).toEqual([...ids].sort());
  await first.locator(".counter-pick").nth(1).click();
  await expect(first.locator("section.check-in").getByRole("radio", { name: "Okay" })).toBeChecked();
  // A later change writes the journal whole, with both check-ins in it and no key left apart.
  await first.getByText("Change this counter").click();
  await first.getByLabel("Hours a week it took").fill("3");
  await first.getByRole("button", { name: "Save", exact: true }).click();
  await expect(first.locator("#saved-line")).toContainText("Time back");
  const stored = await records(first);
  expect(stored.check_ins.map((c) => c.counter).sort()).toEqual([...ids].sort());
  expect(await first.evaluate(() => Object.keys(localStorage).filter((k) => k.includes(".recent.")))).toEqual([]);
});

test("switching counters shows the shown counter's settings, and a question about one start date stays with its counter", async ({ page }) => {
  await openRoute(page, "/tracker", "Track my milestones");
  await setStartDate(page, await daysAgo(page, 60));
  await page.getByText("I used again", { exact: true }).click();
  await page.getByLabel("The day you used").fill(await daysAgo(page, 10));
  await page.getByRole("button", { name: "Record it and start a new count" }).click();
  await page.getByText("Change this counter").click();
  await page.getByLabel("Counter name").fill("Opioids");
  await page.getByLabel("What it used to cost").fill("20");
  await page.getByLabel("Hours a week it took").fill("10");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await addCounter(page, "Gambling", await daysAgo(page, 5));
  // The settings form follows the counter shown, not what was typed for the other one.
  await expect(page.getByLabel("Counter name")).toHaveValue("Gambling");
  await expect(page.getByLabel("What it used to cost")).toHaveValue("");
  await expect(page.getByLabel("Hours a week it took")).toHaveValue("");
  await page.locator(".counter-pick").first().click();
  await expect(page.getByLabel("Counter name")).toHaveValue("Opioids");
  await expect(page.getByLabel("What it used to cost")).toHaveValue("20.00");

  // A start date inside Opioids' history asks a question; switching counters takes it away.
  await setStartDate(page, await daysAgo(page, 30));
  await expect(page.locator("#start-question")).not.toBeEmpty();
  await page.locator(".counter-pick").nth(1).click();
  await expect(page.locator("#start-question")).toBeEmpty();
  const stored = await records(page);
  expect(stored.counters[1].start).toBe(await daysAgo(page, 5));

  // A typing mistake in the hours gets a sentence and keeps what was saved.
  await page.locator(".counter-pick").first().click();
  await page.getByLabel("Hours a week it took").fill("1e");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Enter the hours a week" })).toBeVisible();
  expect((await records(page)).counters[0].hours_per_week).toBe(10);
});

test("Undo brings a removed counter back even after a new count was started", async ({ page }) => {
  await openRoute(page, "/tracker", "Track my milestones");
  await setStartDate(page, await daysAgo(page, 40));
  const first = (await records(page)).counters[0].id;
  await page.getByText("Change this counter").click();
  await page.getByRole("button", { name: "Remove this counter" }).click();
  await page.getByRole("button", { name: "Yes, remove it" }).click();
  await expect(page.locator("#counters-status")).toContainText("Removed");
  await setStartDate(page, await daysAgo(page, 3));
  const second = (await records(page)).counters[0].id;
  expect(second).not.toBe(first);
  await page.locator("#counters-status").getByRole("button", { name: "Undo" }).click();
  await expect(page.locator("#counters-status")).toContainText("is back");
  const stored = await records(page);
  expect(stored.counters.map((c) => [c.id, c.start]).sort()).toEqual(
    [[first, await daysAgo(page, 40)], [second, await daysAgo(page, 3)]].sort(),
  );
});

test("a check-in is made with the keyboard alone", async ({ page }) => {
  await openRoute(page, "/tracker", "Track my milestones");
  await setStartDate(page, await daysAgo(page, 4));
  const card = page.locator("section.check-in");
  await card.getByLabel("Day", { exact: true }).focus();
  // Tab past the date's parts into the moods, pick one with the arrow keys, on to the
  // cravings, the note and the button.
  for (let i = 0; i < 6 && !(await card.getByRole("radio", { name: "Very low" }).evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press("Tab");
  }
  await expect(card.getByRole("radio", { name: "Very low" })).toBeFocused();
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowRight");
  await expect(card.getByRole("radio", { name: "Okay", exact: true })).toBeChecked();
  await page.keyboard.press("Tab");
  await page.keyboard.press("Space");
  await expect(card.getByRole("radio", { name: "None", exact: true })).toBeChecked();
  await page.keyboard.press("Tab");
  await expect(card.getByLabel("A note just for you (optional)")).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(card.getByRole("button", { name: "Save check-in" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(card.getByRole("status")).toContainText("Check-in saved for");
});

test("a backup carries every counter, cost, note and check-in, and a merge adds only what is new", async ({ page }) => {
  await openRoute(page, "/tracker", "Track my milestones");
  await setStartDate(page, await daysAgo(page, 30));
  await addCounter(page, "Alcohol", await daysAgo(page, 8));
  await page.getByText("Change this counter").click();
  await page.getByLabel("What it used to cost").fill("12.50");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await page.getByText("I used again", { exact: true }).click();
  await page.getByLabel("The day you used").fill(await daysAgo(page, 3));
  await page.getByLabel("What happened, or what might help next time (optional)").fill("Stress at work.");
  await page.getByRole("button", { name: "Record it and start a new count" }).click();
  const card = page.locator("section.check-in");
  await card.getByRole("radio", { name: "Good", exact: true }).check();
  await card.getByRole("button", { name: "Save check-in" }).click();
  await expect(card.getByRole("status")).toContainText("Check-in saved");
  const before = { ...(await records(page)), check_ins: await checkIns(page) };

  await page.goto("/settings");
  const backup = await downloaded(page, () => page.getByRole("button", { name: "Download my data" }).click());
  const file = JSON.parse(backup.text);
  expect(file.version).toBe(3);
  expect(file.counters).toEqual(before.counters);
  expect(file.check_ins).toEqual(before.check_ins);

  await page.getByRole("button", { name: "Erase everything…" }).click();
  await page.getByRole("button", { name: "Yes, erase everything" }).click();
  await page.getByLabel("Backup file").setInputFiles({ name: "backup.json", mimeType: "application/json", buffer: Buffer.from(backup.text) });
  await expect(page.locator("#import-preview")).toContainText("2 counters (2 not on this device yet)");
  await expect(page.locator("#import-preview")).toContainText("1 daily check-in (1 not on this device yet)");
  await page.getByRole("button", { name: "Replace my data with this file" }).click();
  await expect(page.locator("#import-status")).toContainText("Done. Your data is now what was in the file.");
  const after = await records(page);
  expect(after.counters).toEqual(before.counters);
  expect(after.check_ins).toEqual(before.check_ins);

  // The same file merged again adds nothing.
  await page.getByLabel("Backup file").setInputFiles({ name: "backup.json", mimeType: "application/json", buffer: Buffer.from(backup.text) });
  await expect(page.locator("#import-preview")).toContainText("2 counters (0 not on this device yet)");
  await page.getByRole("button", { name: "Merge this file into my data" }).click();
  await expect(page.locator("#import-status")).toContainText("Done. What was new in the file was added");
  expect(await records(page)).toEqual(after);
});

test("after a second review: a question, a removal's yes and typing stay with their counter", async ({ page, context }) => {
  await openRoute(page, "/tracker", "Track my milestones");
  await setStartDate(page, await daysAgo(page, 50));
  await addCounter(page, "Gambling", await daysAgo(page, 6));
  // "Remove this counter" asked about Gambling: showing another counter takes the question away.
  await page.getByText("Change this counter").click();
  await page.getByRole("button", { name: "Remove this counter" }).click();
  await expect(page.getByText("Remove Gambling?")).toBeVisible();
  await page.locator(".counter-pick").first().click();
  await expect(page.getByRole("button", { name: "Yes, remove it" })).toHaveCount(0);
  // What is being typed in the settings stays when a check-in is saved.
  await page.getByLabel("Counter name").fill("Heroin");
  await page.getByLabel("What it used to cost").fill("25");
  const card = page.locator("section.check-in");
  await card.getByRole("radio", { name: "Okay", exact: true }).check();
  await card.getByRole("button", { name: "Save check-in" }).click();
  await expect(card.getByRole("status")).toContainText("Check-in saved");
  await expect(page.getByLabel("Counter name")).toHaveValue("Heroin");
  await expect(page.getByLabel("What it used to cost")).toHaveValue("25");
  // Picking the counter already shown keeps the messages beside the controls, and their Undo.
  await page.getByText("I used again", { exact: true }).click();
  await page.getByRole("button", { name: "Record it and start a new count" }).click();
  await expect(page.locator("#used-notice").getByRole("button", { name: "Undo" })).toBeVisible();
  await page.locator(".counter-pick").first().click();
  await expect(page.locator("#used-notice").getByRole("button", { name: "Undo" })).toBeVisible();

  // Another tab removes the counter shown here: this tab shows the main counter.
  await page.locator(".counter-pick").nth(1).click();
  await expect(page.getByRole("heading", { level: 2, name: "Gambling" })).toBeVisible();
  const other = await context.newPage();
  await openRoute(other, "/tracker", "Track my milestones");
  await other.locator(".counter-pick").nth(1).click();
  await other.getByText("Change this counter").click();
  await other.getByRole("button", { name: "Remove this counter" }).click();
  await other.getByRole("button", { name: "Yes, remove it" }).click();
  await expect(page.locator(".counter-pick")).toHaveCount(0);
  await expect(page.getByRole("heading", { level: 2, name: "Time in recovery" })).toBeVisible();
});

test("'Start fresh' sets aside the check-ins saved apart with the damaged records", async ({ page }) => {
  await page.goto("/");
  const checkIn = JSON.stringify({
    app: "peer-support-guide",
    version: 3,
    counters: [{ id: "c1" }],
    check_ins: [{ counter: "c1", date: "2026-11-20", mood: 3, note: "private" }],
  });
  await page.evaluate(
    ([key, text]) => {
      localStorage.setItem(key, '{"app":"peer-support-guide","version":3,"counters":[');
      localStorage.setItem(`${key}.recent.check-in.c1.2026-11-20`, text);
    },
    [JOURNAL_KEY, checkIn],
  );
  await openRoute(page, "/tracker", "Track my milestones");
  await page.getByRole("button", { name: "Start fresh" }).click();
  await expect(page.getByRole("heading", { name: "We couldn't read your saved records" })).toHaveCount(0);
  const kept = await page.evaluate((key) => Object.keys(localStorage).filter((k) => k.startsWith(`${key}.damaged.`)).map((k) => localStorage.getItem(k)), JOURNAL_KEY);
  expect(kept).toContain(checkIn);
  expect(kept).toHaveLength(2);
  expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes(".recent.")))).toEqual([]);
});
