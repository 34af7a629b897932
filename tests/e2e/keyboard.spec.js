// The app works by keyboard alone: a skip link, visible focus, and focus on the new page's
// heading after every navigation.
import { test, expect, openRoute, HOME_HEADING } from "./fixtures.js";

async function focusedOutline(page) {
  return page.evaluate(() => {
    const style = getComputedStyle(document.activeElement);
    return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
  });
}

async function tabTo(page, name) {
  for (let i = 0; i < 120; i++) {
    await page.keyboard.press("Tab");
    const text = await page.evaluate(() => document.activeElement?.textContent?.trim());
    if (text === name) return;
  }
  throw new Error(`Tab never reached "${name}"`);
}

test("the skip link is first, visible when focused, and moves focus to the heading", async ({ page }) => {
  await openRoute(page, "/", HOME_HEADING);
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to main content" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  // Nothing lies over it: the header is drawn below it.
  expect(await skip.evaluate((el) => {
    const box = el.getBoundingClientRect();
    return document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2) === el;
  })).toBe(true);
  expect((await focusedOutline(page)).width).toBeGreaterThan(0);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: HOME_HEADING })).toBeFocused();
});

test("every page can be reached by keyboard, and focus lands on its heading", async ({ page }) => {
  await openRoute(page, "/", HOME_HEADING);
  const journey = [
    ["Get help now", "Get help now"],
    ["About", "About and privacy"],
    ["Groups", "Explore groups"],
    ["Help me choose", "Which group fits me?"],
    ["Milestones", "Track my milestones"],
    ["Peer Support Guide", HOME_HEADING],
  ];
  for (const [link, heading] of journey) {
    await tabTo(page, link);
    const outline = await focusedOutline(page);
    expect(outline.style, `focus on "${link}" is visible`).not.toBe("none");
    expect(outline.width).toBeGreaterThan(0);
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { level: 1, name: heading })).toBeFocused();
  }
});

test("the home page's ways in are reachable by keyboard", async ({ page }) => {
  await openRoute(page, "/", HOME_HEADING);
  await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");
  // From the heading, the next stop is the first way in.
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: /Explore groups/ }).last()).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: "Explore groups" })).toBeFocused();
});
