// Phone screenshots of the main pages, for the README: `node scripts/screenshots.mjs dist docs/screenshots/after`.
// The first screen of a 360x780 phone in light mode, with a tracker that has a start date and a few meetings.
// Not part of `make test`: it only draws pictures.
import { chromium } from "@playwright/test";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { startServer } from "./serve.mjs";

const [dir = "dist", out = "docs/screenshots"] = process.argv.slice(2);
const PORT = 4199;
const PAGES = [
  ["home", "/"],
  ["groups", "/groups"],
  ["compare", "/compare?groups=narcotics-anonymous,smart-recovery,lifering-secular-recovery"],
  ["group", "/groups/smart-recovery"],
  ["tracker", "/tracker"],
];

/** A journal 40 days old with three meetings, so the tracker shows what it looks like in use. */
function journal() {
  const day = (ago) => new Date(Date.now() - ago * 86_400_000).toISOString().slice(0, 10);
  const meetings = [3, 10, 17].map((ago, i) => ({
    id: `m${i}`,
    date: day(ago),
    group: i === 1 ? "smart-recovery" : "narcotics-anonymous",
    attended: i === 1 ? "online" : "in-person",
    note: "",
  }));
  return JSON.stringify({ app: "peer-support-guide", version: 2, clean_date: day(40), meetings });
}

const server = await startServer({ dir, port: PORT });
const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"],
});
try {
  mkdirSync(out, { recursive: true });
  const context = await browser.newContext({ viewport: { width: 360, height: 780 }, deviceScaleFactor: 1, serviceWorkers: "block" });
  await context.addInitScript((text) => {
    if (!localStorage.getItem("peer-support-guide.journal")) localStorage.setItem("peer-support-guide.journal", text);
  }, journal());
  const page = await context.newPage();
  for (const [name, path] of PAGES) {
    await page.goto(`http://127.0.0.1:${PORT}${path}`);
    await page.waitForSelector("main h1", { timeout: 10_000 });
    await page.waitForTimeout(600);
    await page.screenshot({ path: join(out, `${name}.png`), fullPage: false });
    console.log(`${name}: ${join(out, `${name}.png`)}`);
  }
} finally {
  await browser.close();
  server.close();
}
