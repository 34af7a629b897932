// Renders public/icons/*.svg to the PNG sizes the manifest lists (the app's icons and its
// shortcuts' icons), with Debian's Chromium. Run by hand after changing an icon
// (`node scripts/icons.mjs`); the PNGs are committed. mark.svg (the header's) is a copy of icon.svg.
import { chromium } from "@playwright/test";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const icons = join(dirname(fileURLToPath(import.meta.url)), "..", "public", "icons");
const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"],
});
const page = await browser.newPage();
for (const [svg, size, png] of [
  ["icon.svg", 192, "icon-192.png"],
  ["icon.svg", 512, "icon-512.png"],
  ["icon-maskable.svg", 512, "icon-maskable-512.png"],
  ["shortcut-help.svg", 96, "shortcut-help-96.png"],
  ["shortcut-milestones.svg", 96, "shortcut-milestones-96.png"],
]) {
  await page.setViewportSize({ width: size, height: size });
  const markup = readFileSync(join(icons, svg), "utf8").replace("<svg ", `<svg width="${size}" height="${size}" `);
  await page.setContent(`<style>html,body{margin:0;background:transparent}</style>${markup}`);
  await page.locator("svg").screenshot({ path: join(icons, png), omitBackground: true });
  console.log(`wrote ${png}`);
}
await browser.close();
