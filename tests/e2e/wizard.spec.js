// The choice wizard: keyboard only, changing an answer changes the results, resuming after a
// reload, erasing, and axe on every step and on the results.
import { test, expect, openRoute, axeViolations } from "./fixtures.js";

const step = (page, n) => expect(page.getByRole("heading", { level: 2, name: `Step ${n} of 9` })).toBeFocused();
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
  await page.getByRole("heading", { level: 2, name: "Step 1 of 9" }).focus();
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
  for (let n = 3; n <= 10; n++) {
    await tabToNext(page);
    await page.keyboard.press("Enter");
    if (n <= 9) await step(page, n);
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
  for (let n = 6; n <= 9; n++) await next(page);
  const top = await results(page).allTextContents();
  expect(top[0]).not.toMatch(/Narcotics Anonymous|Dual Recovery|Cocaine|Crystal|Marijuana|Celebrate/);
  expect(top.join(" ")).toMatch(/Dual Recovery Anonymous/);
  await expect(page.getByText("Fits because…").first()).toBeVisible();
  await expect(page.getByRole("heading", { name: "Also worth a look" })).toBeVisible();
  await expect(page.getByText("peer support and professional counseling work well together", { exact: false })).toBeVisible();
});

test("changing an answer from the summary changes the results", async ({ page }) => {
  await openRoute(page, "/choose", "Which group fits me?");
  for (let n = 1; n <= 9; n++) await next(page);
  const before = await results(page).allTextContents();
  await page.getByRole("button", { name: "Change the answer to: Who are you looking for support for?" }).click();
  await step(page, 1);
  await answer(page, "For someone I care about");
  await page.getByRole("button", { name: "Show my results" }).click();
  const after = await results(page).allTextContents();
  expect(after).not.toEqual(before);
  expect(after[0]).toContain("Nar-Anon Family Groups");
  await expect(page.getByText("your wellbeing matters too", { exact: false })).toBeVisible();
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
  await expect(page.getByRole("heading", { level: 2, name: "Step 1 of 9" })).toBeFocused();
  await expect(page.getByLabel("Prefer not to say")).toBeChecked();
  await page.reload();
  await expect(page.getByRole("heading", { level: 2, name: "Step 1 of 9" })).toBeVisible();
  await expect(page.getByLabel("For someone I care about")).not.toBeChecked();
  expect(await page.evaluate(() => localStorage.getItem("peer-support-guide.wizard"))).toBeNull();
});

test("axe finds no violations on any step or on the results", async ({ page }) => {
  await openRoute(page, "/choose", "Which group fits me?");
  for (const scheme of ["light", "dark"]) {
    await page.emulateMedia({ colorScheme: scheme });
    for (let n = 1; n <= 10; n++) {
      if (n === 3) await answer(page, "It feels out of control");
      expect(await axeViolations(page), `step ${n}, ${scheme} theme`).toEqual([]);
      if (n <= 9) await next(page);
    }
    await page.getByRole("button", { name: "Erase my answers" }).click();
  }
});
