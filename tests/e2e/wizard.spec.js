// The choice wizard: keyboard only, changing an answer changes the results, resuming after a
// reload, erasing, and axe on every step and on the results.
import { test, expect, openRoute, axeViolations } from "./fixtures.js";

const step = (page, n, of = 10) => expect(page.getByRole("heading", { level: 2, name: `Step ${n} of ${of}` })).toBeFocused();
const results = (page) => page.locator("ol.results > li h3");

async function answer(page, choice) {
  await page.getByLabel(choice, { exact: true }).check();
}
async function next(page) {
  await page.getByRole("button", { name: /^(Next|Show my results)$/ }).click();
}

async function tabToNext(page) {
  for (let i = 0; i < 20; i++) {
    await page.keyboard.press("Tab");
    const name = await page.evaluate(() => document.activeElement?.textContent?.trim());
    if (name === "Next" || name === "Show my results") return;
  }
  throw new Error("Tab never reached the Next button");
}

test("the whole wizard can be done by keyboard alone", async ({ page }) => {
  await openRoute(page, "/choose", "Which group fits me?");
  await page.getByRole("heading", { level: 2, name: "Step 1 of 10" }).focus();
  // The radio group's tab stop is its checked answer, "Prefer not to say"; arrows change it.
  await page.keyboard.press("Tab");
  await expect(page.getByLabel("Prefer not to say")).toBeFocused();
  await page.keyboard.press("ArrowDown");
  await expect(page.getByLabel("For me", { exact: true })).toBeChecked();
  await tabToNext(page);
  await page.keyboard.press("Enter");
  await step(page, 2);
  // Checkboxes: Tab to one, Space ticks it.
  await page.keyboard.press("Tab");
  await page.keyboard.press("Space");
  await expect(page.getByLabel("Opioids, such as heroin, fentanyl or pain pills")).toBeChecked();
  for (let n = 3; n <= 11; n++) {
    await tabToNext(page);
    await page.keyboard.press("Enter");
    if (n <= 10) await step(page, n);
  }
  await expect(page.getByRole("heading", { level: 2, name: "Groups that may fit" })).toBeFocused();
  await expect(results(page)).toHaveCount(3);
  await expect(results(page).first()).toContainText("Narcotics Anonymous");
});

test("a secular, mental-health answer set gives secular groups first and DRA near the top", async ({ page }) => {
  await openRoute(page, "/choose", "Which group fits me?");
  await answer(page, "For me");
  await next(page);
  await step(page, 2);
  await next(page); // substances: prefer not to say
  await next(page); // severity
  await answer(page, "I'd prefer a secular approach");
  await next(page);
  await answer(page, "Yes");
  await next(page);
  for (let n = 6; n <= 10; n++) await next(page);
  const top = await results(page).allTextContents();
  expect(top[0]).not.toMatch(/Narcotics Anonymous|Dual Recovery|Cocaine|Crystal|Marijuana|Celebrate/);
  expect(top.join(" ")).toMatch(/Dual Recovery Anonymous/);
  await expect(page.getByText("Fits because…").first()).toBeVisible();
  await expect(page.getByRole("heading", { name: "Also worth a look" })).toBeVisible();
  await expect(page.getByText("peer support and professional counseling work well together", { exact: false })).toBeVisible();
});

test("changing an answer from the summary changes the results", async ({ page }) => {
  await openRoute(page, "/choose", "Which group fits me?");
  for (let n = 1; n <= 10; n++) await next(page);
  const before = await results(page).allTextContents();
  await page.getByRole("button", { name: "Change the answer to: Who are you looking for support for?" }).click();
  await step(page, 1);
  await answer(page, "For someone I care about");
  await page.getByRole("button", { name: "Show my results" }).click();
  const after = await results(page).allTextContents();
  expect(after).not.toEqual(before);
  expect(after[0]).toContain("Nar-Anon Family Groups");
  await expect(page.getByText("your well-being matters too", { exact: false })).toBeVisible();
});

test("a reload mid-way resumes where the person was, with their answers", async ({ page }) => {
  await openRoute(page, "/choose", "Which group fits me?");
  await answer(page, "For me");
  await next(page);
  await answer(page, "Cocaine or crack");
  await next(page);
  await answer(page, "It feels out of control");
  await expect(page.getByRole("status").filter({ hasText: "professional treatment" })).toBeVisible();
  await expect(page.getByRole("status")).toContainText("1-800-662-4357");
  await page.reload();
  await expect(page.getByRole("heading", { level: 2, name: "Step 3 of 9" })).toBeVisible();
  await expect(page.getByLabel("It feels out of control")).toBeChecked();
  await page.getByRole("button", { name: "Back" }).click();
  await expect(page.getByLabel("Cocaine or crack")).toBeChecked();
  // Nothing about the answers ever goes into the address.
  expect(page.url()).toMatch(/\/choose$/);
});

test("erasing the answers starts afresh and forgets them after a reload", async ({ page }) => {
  await openRoute(page, "/choose", "Which group fits me?");
  await answer(page, "For someone I care about");
  await next(page);
  await page.getByRole("button", { name: "Erase my answers" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Step 1 of 10" })).toBeFocused();
  await expect(page.getByLabel("Prefer not to say")).toBeChecked();
  await page.reload();
  await expect(page.getByRole("heading", { level: 2, name: "Step 1 of 10" })).toBeVisible();
  await expect(page.getByLabel("For someone I care about")).not.toBeChecked();
  expect(await page.evaluate(() => localStorage.getItem("peer-support-guide.wizard"))).toBeNull();
});

// One test per theme, so the two sweeps of 11 screens run side by side; each is a long sweep,
// so it gets the longer time limit for slow tests.
for (const scheme of ["light", "dark"]) {
  test(`axe finds no violations on any step or on the results, ${scheme} theme`, async ({ page }) => {
    test.slow();
    await page.emulateMedia({ colorScheme: scheme });
    await openRoute(page, "/choose", "Which group fits me?");
    for (let n = 1; n <= 11; n++) {
      if (n === 3) await answer(page, "It feels out of control");
      expect(await axeViolations(page), `step ${n}, ${scheme} theme`).toEqual([]);
      if (n <= 10) await next(page);
    }
  });
}

test("the methadone path: its own question, the prescriber sentence, and no mental-health group pushed up", async ({ page }) => {
  await openRoute(page, "/choose", "Which group fits me?");
  await answer(page, "For me");
  await next(page);
  await answer(page, "Opioids, such as heroin, fentanyl or pain pills");
  await next(page);
  await next(page); // severity
  await next(page); // spirituality
  await answer(page, "No");
  await next(page);
  await step(page, 6);
  await expect(page.getByRole("group", { name: /medication for mental health/ })).toBeVisible();
  await next(page);
  await step(page, 7);
  const moud = page.getByRole("group", { name: /medication for opioid use disorder/ });
  await expect(moud).toContainText("methadone");
  await expect(moud).toContainText("Talk to the person who prescribes it first");
  await answer(page, "Yes, now or soon");
  for (let n = 8; n <= 11; n++) await next(page);
  const top = await results(page).allTextContents();
  expect(top.join(" ")).not.toMatch(/Dual Recovery/);
  expect(top.join(" ")).toMatch(/SMART Recovery/);
  const main = page.locator("main");
  await expect(main).toContainText("welcomes people who take prescribed methadone or buprenorphine");
  await expect(main).toContainText("ask a meeting how it works there");
  await expect(page.locator("p.note").filter({ hasText: "don't stop or change a prescribed medicine" })).toBeVisible();
});

test("the opioid medication question is skipped when opioids are not among the drugs", async ({ page }) => {
  await openRoute(page, "/choose", "Which group fits me?");
  await next(page);
  await answer(page, "Cocaine or crack");
  await next(page);
  await step(page, 3, 9);
  for (let n = 4; n <= 6; n++) {
    await next(page);
    await step(page, n, 9);
  }
  await next(page);
  await step(page, 7, 9);
  await expect(page.getByRole("group", { name: "What kind of meetings would work?" })).toBeVisible();
  await page.getByRole("button", { name: "Back" }).click();
  await expect(page.getByRole("group", { name: /medication for mental health/ })).toBeVisible();
});

test("a family member is not asked about a women-only group, and alcohol brings the withdrawal note", async ({ page }) => {
  await openRoute(page, "/choose", "Which group fits me?");
  await answer(page, "For someone I care about");
  await next(page);
  await step(page, 2, 8);
  await answer(page, "Alcohol together with other drugs");
  await next(page);
  await step(page, 3, 8);
  for (let n = 3; n <= 8; n++) await next(page);
  await expect(page.getByRole("heading", { level: 2, name: "Groups that may fit" })).toBeFocused();
  await expect(page.locator("main")).not.toContainText("Would a women-only group be better?");
  await expect(page.locator("p.note").filter({ hasText: "benzodiazepines" })).toContainText("Talk to a doctor");
});

test("answers given in two tabs are both kept", async ({ context }) => {
  const first = await context.newPage();
  const second = await context.newPage();
  await openRoute(first, "/choose", "Which group fits me?");
  await openRoute(second, "/choose", "Which group fits me?");
  await answer(first, "For me");
  // The other tab takes the answer as soon as it is saved.
  await expect(second.getByLabel("For me", { exact: true })).toBeChecked();
  await next(second);
  await answer(second, "Cocaine or crack");
  const stored = await first.evaluate(() => localStorage.getItem("peer-support-guide.wizard"));
  expect(stored).toContain("who=me");
  expect(stored).toContain("substances=cocaine");
});
