// Layout on a small phone, a common phone and a desktop, in light and dark: nothing wider than
// the screen, a one-row header, the first group in the first screen, a comparison whose columns
// all show, a compare tray that stays in view, and destructive buttons that look destructive.
import { test, expect, ROUTES, openRoute } from "./fixtures.js";

const SCREENS = [
  { width: 320, height: 640 },
  { width: 360, height: 780 },
  { width: 1280, height: 800 },
];
const PAGES = [...ROUTES, { path: "/groups/smart-recovery", heading: "SMART Recovery" }, { path: "/compare?groups=narcotics-anonymous,smart-recovery,lifering-secular-recovery", heading: "Compare groups" }];

for (const viewport of SCREENS) {
  for (const colorScheme of ["light", "dark"]) {
    test(`no page is wider than a ${viewport.width}px screen in ${colorScheme}, and the header is one row`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await page.emulateMedia({ colorScheme });
      for (const { path, heading } of PAGES) {
        await openRoute(page, path, heading);
        const { scrollWidth, header } = await page.evaluate(() => ({
          scrollWidth: document.documentElement.scrollWidth,
          header: document.querySelector(".site-header").getBoundingClientRect().height,
        }));
        expect(scrollWidth, `${path} scrolls sideways`).toBeLessThanOrEqual(viewport.width);
        expect(header, `${path}: header height`).toBeLessThanOrEqual(64);
      }
    });
  }
}

test.describe("on a phone", () => {
  test.use({ viewport: { width: 360, height: 780 } });

  test("the first group starts in the first screen, and the sections are behind Menu", async ({ page }) => {
    await openRoute(page, "/groups", "Explore groups");
    const first = await page.locator(".group-card").first().boundingBox();
    expect(first.y).toBeLessThan(780 - 100);
    // "Get help now" is always in view; the sections fold behind "Menu".
    const banner = page.getByRole("banner");
    await expect(banner.getByRole("link", { name: "Get help now" })).toBeInViewport();
    const milestones = banner.getByRole("link", { name: "Milestones" });
    await expect(milestones).toBeHidden();
    const menu = banner.locator("summary", { hasText: "Menu" });
    await menu.click();
    await milestones.click();
    await expect(page.getByRole("heading", { level: 1, name: "Track my milestones" })).toBeFocused();
    await expect(milestones).toBeHidden();
    // The open menu lies over the page, so it never outlasts the page it was opened on...
    await menu.click();
    await banner.getByRole("link", { name: "Get help now" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Get help now" })).toBeFocused();
    await expect(milestones).toBeHidden();
    await menu.click();
    await page.goBack();
    await expect(page.getByRole("heading", { level: 1, name: "Track my milestones" })).toBeFocused();
    await expect(milestones).toBeHidden();
    // ...and Escape folds it, giving focus back to "Menu".
    await menu.click();
    await expect(milestones).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(milestones).toBeHidden();
    await expect(menu).toBeFocused();
  });

  test("the compare tray stays in view while the list scrolls", async ({ page }) => {
    await openRoute(page, "/groups", "Explore groups");
    await page.getByLabel("Compare NA", { exact: true }).check();
    await page.getByLabel("Compare SMART", { exact: true }).check();
    const compare = page.getByRole("link", { name: "Compare", exact: true });
    const cards = page.locator(".group-card");
    for (const at of [0, 3, 6]) {
      await cards.nth(at).scrollIntoViewIfNeeded();
      await expect(compare).toBeInViewport();
      // It floats over the list, not at the list's end.
      const tray = await page.locator(".compare-tray").boundingBox();
      const last = await cards.last().boundingBox();
      expect(tray.y).toBeLessThan(last.y);
    }
    // A box reached by keyboard is never hidden under the tray.
    for (const name of ["LifeRing", "MA", "Recovery Dharma"]) {
      const box = page.getByLabel(`Compare ${name}`, { exact: true });
      await box.focus();
      expect(await box.evaluate((el) => {
        const r = el.getBoundingClientRect();
        return document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2) === el;
      }), `Compare ${name} is not covered`).toBe(true);
    }
    await compare.click();
    await expect(page.getByRole("table").getByRole("columnheader")).toHaveText(["Narcotics Anonymous", "SMART Recovery"]);
  });
});

test("on a desktop, a comparison of three groups shows every column whole", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await openRoute(page, "/compare?groups=narcotics-anonymous,smart-recovery,lifering-secular-recovery", "Compare groups");
  const region = page.getByRole("region", { name: /How NA, SMART, LifeRing compare/ });
  const fits = await region.evaluate((el) => el.scrollWidth <= el.clientWidth);
  expect(fits, "the table needs no sideways scrolling").toBe(true);
  const box = await region.boundingBox();
  for (const header of await page.getByRole("columnheader").all()) {
    const name = await header.boundingBox();
    expect(name.x + name.width).toBeLessThanOrEqual(box.x + box.width);
  }
});

test("a destructive button never looks like the main action or like crisis help", async ({ page }) => {
  await openRoute(page, "/choose", "Which group fits me?");
  const erase = page.getByRole("button", { name: "Erase my answers" });
  const look = (locator) =>
    locator.evaluate((el) => {
      const style = getComputedStyle(el);
      return { border: style.borderTopColor, background: style.backgroundColor, color: style.color };
    });
  const danger = await look(erase);
  const primary = await look(page.getByRole("button", { name: /^(Next|Show my results)$/ }));
  const crisis = await look(page.getByRole("banner").getByRole("link", { name: "Get help now" }));
  expect(danger.border).not.toBe(primary.border);
  expect(danger.color).not.toBe(crisis.background);
  expect(danger.border).not.toBe(crisis.background);
  await expect(erase).toHaveClass(/\bdanger\b/);
});

test("on paper, a comparison shows every picked group, without the app's frame, and where each group's sources are", async ({ page }) => {
  await openRoute(page, "/compare?groups=narcotics-anonymous,smart-recovery,lifering-secular-recovery", "Compare groups");
  const after = (locator) => locator.evaluate((el) => getComputedStyle(el, "::after").content);
  const smart = page.getByRole("columnheader").getByRole("link", { name: "SMART Recovery" });
  expect(await after(smart)).toBe("none");
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("banner")).toBeHidden();
  await expect(page.getByRole("button", { name: "Copy link" })).toBeHidden();
  await expect(page.getByRole("columnheader")).toHaveCount(3);
  // Under each group's name, its page (which lists the sources), from the link's own address.
  expect(await after(smart)).toMatch(/sources: .*(attr\(href\)|\/groups\/smart-recovery)/);
  await expect(smart).toHaveAttribute("href", "/groups/smart-recovery");
  const fits = await page.locator(".table-scroll").evaluate((el) => el.scrollWidth <= el.clientWidth);
  expect(fits, "every column is on the paper").toBe(true);
});
