// A browser benchmark of the passphrase lock, in Debian's Chromium against the release build,
// with the CPU slowed 4 times (DevTools' throttling, as Lighthouse does for a mid-range phone).
// Records of 1,000 meetings (about 110 KB) are locked with a passphrase; the page is reloaded
// on the tracker, and the time from pressing "Unlock" to the tracker's heading is measured
// inside the page: deriving the key (PBKDF2-SHA256, 600,000 iterations), opening the envelope,
// and drawing the tracker. Prints each run and the median of five, and fails over #13's
// limit of 1.5 s.
//
//   node scripts/bench/unlock.mjs [dist]      (part of `make bench`)
import { serveAndLaunch } from "./browser.mjs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const dist = process.argv[2] ?? join(root, "dist");
const port = 4192;
const LIMIT_MS = 1500;
const RUNS = 5;
const PASS = "blue kettle river";

function records(count) {
  const meetings = [];
  for (let i = 0; i < count; i++) {
    const day = new Date(Date.UTC(2020, 0, 1) + (i % 2000) * 86_400_000).toISOString().slice(0, 10);
    meetings.push({ id: `m-${i}`, date: day, group: "narcotics-anonymous", attended: "in-person", note: "Went well." });
  }
  return JSON.stringify({ app: "peer-support-guide", version: 2, clean_date: "2019-06-01", past_periods: [], meetings, contact: null });
}

const { base, browser, stop } = await serveAndLaunch(root, dist, port);
try {
  const page = await browser.newPage();
  await page.goto(`${base}/`);
  await page.evaluate((text) => localStorage.setItem("peer-support-guide.journal", text), records(1_000));
  await page.goto(`${base}/settings`);
  await page.getByLabel("New passphrase").fill(PASS);
  await page.getByLabel("Type it again", { exact: true }).fill(PASS);
  await page.getByRole("button", { name: "Lock my records" }).click();
  await page.getByText("locked with your passphrase").waitFor({ timeout: 60_000 });
  const cdp = await page.context().newCDPSession(page);
  const runs = [];
  // The first run, not counted, fetches the tracker's part into the browser's cache: the
  // figure is the unlock, not the local network.
  for (let run = -1; run < RUNS; run++) {
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: 1 });
    await page.goto(`${base}/tracker`);
    await page.getByLabel("Passphrase", { exact: true }).fill(PASS);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
    const ms = await page.evaluate(
      () =>
        new Promise((resolve) => {
          const start = performance.now();
          new MutationObserver((_, observer) => {
            const heading = document.querySelector("h1");
            if (heading && heading.textContent === "Track my milestones") {
              observer.disconnect();
              resolve(Math.round(performance.now() - start));
            }
          }).observe(document.body, { childList: true, subtree: true, characterData: true });
          [...document.querySelectorAll("button")].find((b) => b.textContent === "Unlock").click();
        }),
    );
    if (run >= 0) runs.push(ms);
  }
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 1 });
  // The key derivation alone, as the app does it. Chromium runs WebCrypto off the page's main
  // thread, which the throttle slows, so this part is not slowed above: on a phone 4 times
  // slower it would take about 4 times this.
  const derive = await page.evaluate(async () => {
    const times = [];
    for (let i = 0; i < 3; i++) {
      const start = performance.now();
      const base = await crypto.subtle.importKey("raw", new TextEncoder().encode("blue kettle river"), "PBKDF2", false, ["deriveKey"]);
      await crypto.subtle.deriveKey({ name: "PBKDF2", hash: "SHA-256", iterations: 600000, salt: new Uint8Array(16) }, base, { name: "AES-GCM", length: 256 }, false, ["decrypt"]);
      times.push(performance.now() - start);
    }
    return Math.round(times.sort((a, b) => a - b)[1]);
  });
  const median = [...runs].sort((a, b) => a - b)[Math.floor(RUNS / 2)];
  console.log("Unlock in Chromium at 4x CPU slowdown (ms): 1,000 meetings, PBKDF2-SHA256 600,000 iterations");
  console.log(`  press Unlock until the tracker shows      ${String(median).padStart(6)} ms   (limit ${LIMIT_MS} ms; median of ${RUNS}: ${runs.join(", ")})`);
  console.log(`  of which deriving the key, not slowed       ${String(derive).padStart(6)} ms   (4 times that: ${derive * 4} ms)`);
  // The limit holds even if the key derivation were slowed too.
  if (median + 3 * derive > LIMIT_MS) process.exitCode = 1;
} finally {
  await stop();
}
