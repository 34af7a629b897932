// The passphrase lock: records encrypted at rest (no plaintext in any stored value), the lock
// screen in front of the tracker, "Your data" and the support contact, the right and wrong
// passphrase, a damaged envelope, locking in every tab and after idle time, changing and
// removing the passphrase, "Forgot", and axe and the keyboard on the lock screen.
import { readFileSync, writeFileSync } from "node:fs";
import { test, expect, openRoute, axeViolations, daysAgo } from "./fixtures.js";

const PASS = "blue kettle river";
const LOCKED_KEY = "peer-support-guide.locked";
const NOTE = "Talked about my brother at the Tuesday meeting";

/** Every stored key and value, sorted. */
const stored = (page) =>
  page.evaluate(() =>
    Object.keys(localStorage)
      .sort()
      .map((k) => [k, localStorage.getItem(k)]),
  );

/** Records worth hiding: a start date, a meeting with a note, a contact, a saved group. */
async function makeRecords(page) {
  await openRoute(page, "/tracker", "Track my milestones");
  const start = await daysAgo(page, 20);
  await page.getByLabel("Your start date").fill(start);
  await page.getByRole("button", { name: "Save my date" }).click();
  await expect(page.locator("#count")).toContainText("20 days");
  const met = await daysAgo(page, 3);
  await page.getByLabel("Date", { exact: true }).fill(met);
  await page.getByLabel("Or type the group's name").fill("Thursday circle");
  await page.getByLabel("Private note (optional)").fill(NOTE);
  await page.getByRole("button", { name: "Add meeting" }).click();
  await expect(page.getByText(NOTE)).toBeVisible();
  await page.getByLabel("Name", { exact: true }).fill("Samira Okonkwo");
  await page.getByLabel("Phone number").fill("+1 (555) 010-0199");
  await page.getByRole("button", { name: "Save contact" }).click();
  await expect(page.getByRole("link", { name: "Call Samira Okonkwo" })).toBeVisible();
  await openRoute(page, "/groups/smart-recovery", "SMART Recovery");
  await page.getByRole("button", { name: "Save to my list" }).click();
  return { start, met };
}

async function setPassphrase(page, passphrase = PASS) {
  await openRoute(page, "/settings", "Your data");
  await page.getByLabel("New passphrase").fill(passphrase);
  await page.getByLabel("Type it again", { exact: true }).fill(passphrase);
  await page.getByRole("button", { name: "Lock my records" }).click();
  await expect(page.getByRole("status").filter({ hasText: "locked with your passphrase" })).toBeVisible();
}

async function unlock(page, passphrase = PASS, field = page.getByLabel("Passphrase", { exact: true })) {
  await field.fill(passphrase);
  await page.getByRole("button", { name: "Unlock" }).click();
}

test("with a passphrase, nothing personal is stored readably; reload locks; the right passphrase opens it all", async ({ page }) => {
  const { start, met } = await makeRecords(page);
  await setPassphrase(page);
  const secrets = ["Samira", "Okonkwo", "0199", NOTE, "Thursday circle", start, met, "smart-recovery", "main"];
  for (const [key, value] of await stored(page)) {
    for (const secret of secrets) {
      expect(`${key} ${value}`, `${key} holds "${secret}"`).not.toContain(secret);
    }
  }
  const keys = (await stored(page)).map(([k]) => k);
  expect(keys).toContain(LOCKED_KEY);
  expect(keys.filter((k) => k.startsWith("peer-support-guide.") && !k.startsWith(LOCKED_KEY))).toEqual([]);
  // Still open in this tab (the key is in its memory): the tracker shows the records.
  await page.getByRole("link", { name: "Milestones" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Track my milestones" })).toBeVisible();
  await expect(page.getByText(NOTE)).toBeVisible();

  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "Your records are locked" })).toBeVisible();
  await expect(page.getByText(NOTE)).toHaveCount(0);
  // The home page shows no count, and the saved list is locked away too.
  await openRoute(page, "/", /Find a peer support group/);
  await expect(page.locator(".home-count")).toHaveCount(0);
  await expect(page.getByRole("link", { name: "SMART Recovery", exact: true })).toHaveCount(0);

  await openRoute(page, "/tracker", "Your records are locked");
  await unlock(page);
  await expect(page.getByRole("heading", { level: 1, name: "Track my milestones" })).toBeFocused();
  await expect(page.locator("#count")).toContainText("20 days");
  await expect(page.getByText(NOTE)).toBeVisible();
  await expect(page.getByRole("link", { name: "Call Samira Okonkwo" })).toBeVisible();
  await page.getByRole("link", { name: "Peer Support Guide" }).click();
  await expect(page.getByRole("link", { name: "SMART Recovery", exact: true })).toBeVisible();
  await expect(page.locator(".home-count")).toContainText("20 days");
});

test("a wrong passphrase changes nothing and, tried again and again, makes the next try wait", async ({ page }) => {
  await openRoute(page, "/tracker", "Track my milestones");
  await page.getByLabel("Your start date").fill(await daysAgo(page, 10));
  await page.getByRole("button", { name: "Save my date" }).click();
  await setPassphrase(page);
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "Your records are locked" })).toBeVisible();
  const envelope = await page.evaluate((k) => localStorage.getItem(k), LOCKED_KEY);
  const field = page.getByLabel("Passphrase", { exact: true });
  await unlock(page, "blue kettle rivers");
  await expect(page.getByRole("alert").filter({ hasText: "didn't open your records. Nothing was changed." })).toBeVisible();
  await expect(field).toBeFocused();
  await expect(field).toHaveAttribute("aria-invalid", "true");
  await unlock(page, "wrong twice over");
  await unlock(page, "wrong three times");
  await expect(page.getByRole("alert")).toContainText("try again in 5 seconds");
  // Even the right passphrase waits its turn, and the page says it wasn't checked (not that
  // it was wrong).
  await unlock(page, PASS);
  await expect(page.getByRole("alert")).toContainText(/This passphrase wasn't checked: try it again in \d seconds/);
  expect(await page.evaluate((k) => localStorage.getItem(k), LOCKED_KEY)).toBe(envelope);
  await expect(page.getByRole("heading", { level: 1, name: "Your records are locked" })).toBeVisible();
});

test("a damaged envelope is reported, and never written over", async ({ page }) => {
  await openRoute(page, "/tracker", "Track my milestones");
  await page.getByLabel("Your start date").fill(await daysAgo(page, 10));
  await page.getByRole("button", { name: "Save my date" }).click();
  await setPassphrase(page);
  // One byte of the sealed records changed: the check still opens, the records don't.
  const damaged = await page.evaluate((k) => {
    const envelope = JSON.parse(localStorage.getItem(k));
    const bytes = atob(envelope.data.data);
    const flipped = String.fromCharCode(bytes.charCodeAt(0) ^ 1) + bytes.slice(1);
    envelope.data.data = btoa(flipped);
    const text = JSON.stringify(envelope);
    localStorage.setItem(k, text);
    return text;
  }, LOCKED_KEY);
  await page.reload();
  await unlock(page);
  await expect(page.getByRole("alert")).toContainText("The locked records are damaged");
  await expect(page.getByRole("heading", { level: 1, name: "Your records are locked" })).toBeVisible();
  expect(await page.evaluate((k) => localStorage.getItem(k), LOCKED_KEY)).toBe(damaged);
});

test("help lines are never locked; the support contact opens from Get help now", async ({ page }) => {
  await openRoute(page, "/tracker", "Track my milestones");
  await page.getByLabel("Name", { exact: true }).fill("Samira");
  await page.getByLabel("Phone number").fill("+1 (555) 010-0199");
  await page.getByRole("button", { name: "Save contact" }).click();
  await setPassphrase(page);
  await page.reload();
  await page.getByRole("link", { name: "Get help now" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Get help now" })).toBeVisible();
  await expect(page.locator(".helplines li").first()).toBeVisible();
  await expect(page.getByRole("link", { name: /^Call 988/ }).first()).toBeVisible();
  await expect(page.getByRole("link", { name: "Call Samira" })).toHaveCount(0);
  await unlock(page, PASS, page.getByLabel("Passphrase", { exact: true }));
  await expect(page.getByRole("link", { name: "Call Samira" })).toBeVisible();
  // The form that had focus is gone: focus is on the contact's heading, not lost.
  await expect(page.getByRole("heading", { name: "My sponsor or support person" })).toBeFocused();
});

test("Lock now locks every open tab", async ({ page, context }) => {
  await openRoute(page, "/tracker", "Track my milestones");
  await page.getByLabel("Your start date").fill(await daysAgo(page, 10));
  await page.getByRole("button", { name: "Save my date" }).click();
  await setPassphrase(page);
  const other = await context.newPage();
  await openRoute(other, "/tracker", "Your records are locked");
  await unlock(other);
  await expect(other.getByRole("heading", { level: 1, name: "Track my milestones" })).toBeVisible();
  await page.getByRole("button", { name: "Lock now" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Your records are locked" })).toBeVisible();
  await expect(other.getByRole("heading", { level: 1, name: "Your records are locked" })).toBeVisible();
  await expect(other.locator("#count")).toHaveCount(0);
});

test("the app locks itself after the chosen idle time", async ({ page }) => {
  await page.clock.install();
  await openRoute(page, "/tracker", "Track my milestones");
  await page.getByLabel("Your start date").fill(await daysAgo(page, 10));
  await page.getByRole("button", { name: "Save my date" }).click();
  await setPassphrase(page);
  await page.getByLabel("Lock after").selectOption("1");
  await expect(page.getByText("They lock after 1 minute without use")).toBeVisible();
  await page.clock.runFor(45_000);
  await expect(page.getByRole("heading", { level: 1, name: "Your data" })).toBeVisible();
  await page.clock.runFor(30_000);
  await expect(page.getByRole("heading", { level: 1, name: "Your records are locked" })).toBeVisible();
});

test("a PIN is refused and the page says why; changing and removing the passphrase keep the records", async ({ page }) => {
  await openRoute(page, "/tracker", "Track my milestones");
  const start = await daysAgo(page, 12);
  await page.getByLabel("Your start date").fill(start);
  await page.getByRole("button", { name: "Save my date" }).click();
  await openRoute(page, "/settings", "Your data");
  await page.getByLabel("New passphrase").fill("123456");
  await page.getByLabel("Type it again", { exact: true }).fill("123456");
  await page.getByRole("button", { name: "Lock my records" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "A PIN isn't enough here" })).toBeVisible();
  await expect(page.getByLabel("New passphrase")).toBeFocused();
  expect((await stored(page)).map(([k]) => k)).not.toContain(LOCKED_KEY);

  await setPassphrase(page);
  // Change it: the old one no longer opens the records, the new one does.
  await page.locator("summary", { hasText: "Change the passphrase" }).click();
  await page.getByLabel("New passphrase").fill("green teapot meadow");
  await page.getByLabel("Type it again", { exact: true }).fill("green teapot meadow");
  await page.getByRole("button", { name: "Change the passphrase" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Your passphrase was changed" })).toBeVisible();
  await page.reload();
  await unlock(page);
  await expect(page.getByRole("alert")).toContainText("didn't open your records");
  await unlock(page, "green teapot meadow");
  await expect(page.getByRole("heading", { level: 1, name: "Your data" })).toBeVisible();
  // Remove it: the records are stored as before, readable.
  await page.getByRole("button", { name: "Remove the lock…" }).click();
  await expect(page.getByRole("button", { name: "Yes, remove the lock" })).toBeFocused();
  await page.getByRole("button", { name: "Yes, remove the lock" }).click();
  await expect(page.getByRole("status").filter({ hasText: "The lock was removed" })).toBeVisible();
  const keys = (await stored(page)).map(([k]) => k);
  expect(keys).not.toContain(LOCKED_KEY);
  const journal = await page.evaluate(() => localStorage.getItem("peer-support-guide.journal"));
  expect(journal).toContain(start);
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "Your data" })).toBeVisible();
});

test("Forgot the passphrase: the only way on is to erase, said before and at the lock screen", async ({ page }) => {
  await openRoute(page, "/settings", "Your data");
  await expect(page.getByText("If you forget it, the only way on is to erase them")).toBeVisible();
  await setPassphrase(page);
  await page.reload();
  await page.getByText("Forgot your passphrase?").click();
  await expect(page.getByText("If you forget it, the only way on is to erase them")).toBeVisible();
  await page.getByRole("button", { name: "Erase my records…" }).click();
  await expect(page.getByRole("button", { name: "Yes, erase everything" })).toBeFocused();
  await page.getByRole("button", { name: "Yes, erase everything" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Your data" })).toBeVisible();
  expect((await stored(page)).filter(([k]) => k.startsWith("peer-support-guide."))).toEqual([]);
});

for (const scheme of ["light", "dark"]) {
  test(`the lock screen: axe finds nothing (${scheme}), and it works by keyboard alone`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await openRoute(page, "/settings", "Your data");
    await setPassphrase(page);
    await page.reload();
    await expect(page.getByRole("heading", { level: 1, name: "Your records are locked" })).toBeVisible();
    await page.getByText("Forgot your passphrase?").click();
    expect(await axeViolations(page)).toEqual([]);
    // Keyboard: from the heading, Tab reaches the field; Enter sends the form.
    await page.getByRole("heading", { level: 1 }).focus();
    const field = page.getByLabel("Passphrase", { exact: true });
    for (let i = 0; i < 10 && !(await field.evaluate((el) => el === document.activeElement)); i++) {
      await page.keyboard.press("Tab");
    }
    await expect(field).toBeFocused();
    await page.keyboard.type(PASS);
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { level: 1, name: "Your data" })).toBeFocused();
  });
}

/** The file a click downloads: its name and text. */
async function downloaded(page, click) {
  const [download] = await Promise.all([page.waitForEvent("download"), click()]);
  return { name: download.suggestedFilename(), text: readFileSync(await download.path(), "utf8") };
}

test("a backup locked with a passphrase opens on a fresh profile, exactly as it was", async ({ page, browser }) => {
  await makeRecords(page);
  await openRoute(page, "/settings", "Your data");
  const plain = await downloaded(page, () => page.getByRole("button", { name: "Download my data" }).click());
  await page.getByText("Lock the file with a passphrase").click();
  await page.getByLabel("Passphrase for the file").fill("1234");
  await page.getByLabel("Type the file's passphrase again").fill("1234");
  await page.getByRole("button", { name: "Download my data" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "A PIN isn't enough here" })).toBeVisible();
  await page.getByLabel("Passphrase for the file").fill("orange lamp harbour");
  await page.getByLabel("Type the file's passphrase again").fill("orange lamp harbour");
  const locked = await downloaded(page, () => page.getByRole("button", { name: "Download my data" }).click());
  for (const secret of ["Samira", NOTE, "smart-recovery"]) expect(locked.text).not.toContain(secret);
  expect(JSON.parse(locked.text).format).toBe("peer-support-guide.locked");
  const path = test.info().outputPath("locked.json");
  writeFileSync(path, locked.text);
  const damagedPath = test.info().outputPath("damaged.json");
  const damaged = JSON.parse(locked.text);
  damaged.data.data = damaged.data.data.replace(/^./, (c) => (c === "A" ? "B" : "A"));
  writeFileSync(damagedPath, JSON.stringify(damaged));

  // A fresh profile: no records, no lock.
  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await openRoute(other, "/settings", "Your data");
  await other.getByLabel("Backup file").setInputFiles(damagedPath);
  await other.getByLabel("This backup is locked. Its passphrase").fill("orange lamp harbour");
  await other.getByRole("button", { name: "Open the backup" }).click();
  await expect(other.getByRole("alert").filter({ hasText: "damaged" })).toBeVisible();
  await other.getByLabel("Backup file").setInputFiles(path);
  await other.getByLabel("This backup is locked. Its passphrase").fill("orange lamp harbor");
  await other.getByRole("button", { name: "Open the backup" }).click();
  await expect(other.getByRole("alert").filter({ hasText: "didn't open this backup" })).toBeVisible();
  await expect(other.getByLabel("This backup is locked. Its passphrase")).toBeFocused();
  await other.getByLabel("This backup is locked. Its passphrase").fill("orange lamp harbour");
  await other.getByRole("button", { name: "Open the backup" }).click();
  await expect(other.getByRole("heading", { name: "What this file holds" })).toBeFocused();
  await other.getByRole("button", { name: "Replace my data with this file" }).click();
  await expect(other.getByText("Done. Your data is now what was in the file.")).toBeVisible();
  const again = await downloaded(other, () => other.getByRole("button", { name: "Download my data" }).click());
  expect(again.text).toBe(plain.text);
  await fresh.close();
});

test("a locked save that doesn't fit in the browser's storage says so and changes nothing", async ({ page }) => {
  await openRoute(page, "/tracker", "Track my milestones");
  await page.getByLabel("Your start date").fill(await daysAgo(page, 10));
  await page.getByRole("button", { name: "Save my date" }).click();
  await setPassphrase(page);
  await page.getByRole("link", { name: "Milestones" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Track my milestones" })).toBeVisible();
  const envelope = await page.evaluate((k) => localStorage.getItem(k), LOCKED_KEY);
  // Another app on this origin fills the storage, leaving less room than one meeting needs.
  await page.evaluate(() => {
    let [fits, over] = [0, 12_000_000];
    while (over - fits > 50) {
      const size = Math.floor((fits + over) / 2);
      try {
        localStorage.setItem("other-app.filler", "x".repeat(size));
        fits = size;
      } catch {
        over = size;
      }
    }
    localStorage.setItem("other-app.filler", "x".repeat(fits));
  });
  await page.getByLabel("Date", { exact: true }).fill(await daysAgo(page, 1));
  await page.getByLabel("Or type the group's name").fill("Group that won't fit");
  await page.getByLabel("Private note (optional)").fill("n".repeat(300));
  await page.getByRole("button", { name: "Add meeting" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Your last change wasn't saved" })).toBeVisible();
  await expect(page.locator("#meeting-list-region")).not.toContainText("Group that won't fit");
  expect(await page.evaluate((k) => localStorage.getItem(k), LOCKED_KEY)).toBe(envelope);
  await page.evaluate(() => localStorage.removeItem("other-app.filler"));
});

test("while locked, the group list and the questions work; saving says the records are locked and stores nothing", async ({ page }) => {
  await setPassphrase(page);
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "Your records are locked" })).toBeVisible();
  const before = await stored(page);
  await openRoute(page, "/groups/smart-recovery", "SMART Recovery");
  await page.getByRole("button", { name: "Save to my list" }).click();
  await expect(page.getByText("Your records are locked, so this wasn't saved.").first()).toBeVisible();
  await openRoute(page, "/choose", "Which group fits me?");
  await page.getByLabel("For me", { exact: true }).check();
  await page.getByRole("button", { name: "Next" }).click();
  await expect(page.getByRole("heading", { level: 2, name: /^Step 2 of/ })).toBeFocused();
  expect(await stored(page)).toEqual(before);
});

/** Opens a second tab on the tracker and unlocks it. */
async function secondTab(context) {
  const other = await context.newPage();
  await openRoute(other, "/tracker", "Your records are locked");
  await unlock(other);
  await expect(other.getByRole("heading", { level: 1, name: "Track my milestones" })).toBeVisible();
  return other;
}

async function fillMeeting(page, name) {
  await page.getByLabel("Date", { exact: true }).fill(await daysAgo(page, 1));
  await page.getByLabel("Or type the group's name").fill(name);
}

test("two open tabs adding a meeting at the same moment keep both", async ({ page, context }) => {
  await openRoute(page, "/tracker", "Track my milestones");
  await page.getByLabel("Your start date").fill(await daysAgo(page, 10));
  await page.getByRole("button", { name: "Save my date" }).click();
  await setPassphrase(page);
  await page.getByRole("link", { name: "Milestones" }).click();
  const other = await secondTab(context);
  await fillMeeting(page, "Monday group");
  await fillMeeting(other, "Tuesday group");
  await Promise.all([
    page.getByRole("button", { name: "Add meeting" }).click(),
    other.getByRole("button", { name: "Add meeting" }).click(),
  ]);
  const third = await context.newPage();
  await openRoute(third, "/tracker", "Your records are locked");
  await unlock(third);
  await expect(third.locator("#meeting-list-region")).toContainText("Monday group");
  await expect(third.locator("#meeting-list-region")).toContainText("Tuesday group");
});

test("a new passphrase set in one tab holds, though another open tab saves after it", async ({ page, context }) => {
  await openRoute(page, "/tracker", "Track my milestones");
  await page.getByLabel("Your start date").fill(await daysAgo(page, 10));
  await page.getByRole("button", { name: "Save my date" }).click();
  await setPassphrase(page);
  const other = await secondTab(context);
  await fillMeeting(other, "Saved around the change");
  await page.locator("summary", { hasText: "Change the passphrase" }).click();
  await page.getByLabel("New passphrase").fill("green teapot meadow");
  await page.getByLabel("Type it again", { exact: true }).fill("green teapot meadow");
  await Promise.all([
    page.getByRole("button", { name: "Change the passphrase" }).click(),
    other.getByRole("button", { name: "Add meeting" }).click(),
  ]);
  await expect(page.getByRole("status").filter({ hasText: "Your passphrase was changed" })).toBeVisible();
  // The other tab, whose key is the old one, ends up locked.
  await expect(other.getByRole("heading", { level: 1, name: "Your records are locked" })).toBeVisible();
  const third = await context.newPage();
  await openRoute(third, "/tracker", "Your records are locked");
  await unlock(third);
  await expect(third.getByRole("alert")).toContainText("didn't open your records");
  await unlock(third, "green teapot meadow");
  await expect(third.getByRole("heading", { level: 1, name: "Track my milestones" })).toBeVisible();
});

test("the questions keep their answers when another tab sets a lock and locks, and say quietly they aren't kept", async ({ page, context }) => {
  const other = await context.newPage();
  await openRoute(other, "/choose", "Which group fits me?");
  await other.getByLabel("For me", { exact: true }).check();
  // The lock is set while the questions are open in the other tab (which hears of it through
  // storage events, with no error), then locked.
  await setPassphrase(page);
  await page.getByRole("button", { name: "Lock now" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Your records are locked" })).toBeVisible();
  await expect(other.getByLabel("For me", { exact: true })).toBeChecked();
  await other.getByRole("button", { name: "Next" }).click();
  await expect(other.getByRole("heading", { level: 2, name: /^Step 2 of/ })).toBeFocused();
  await other.getByRole("button", { name: "Back" }).click();
  await expect(other.getByLabel("For me", { exact: true })).toBeChecked();
  await expect(other.getByText("these answers are kept only while this page is open")).toBeVisible();
  await expect(other.getByRole("alert").filter({ hasText: "locked" })).toHaveCount(0);
});
