// What the browser benchmarks share: the release build served on 127.0.0.1 and Debian's
// Chromium (never a downloaded browser), started together and stopped together.
import { chromium } from "@playwright/test";
import { spawn } from "node:child_process";
import { join } from "node:path";

/** Serves `dist` on `port`, starts Chromium, waits until the app answers, and gives both. */
export async function serveAndLaunch(root, dist, port) {
  const base = `http://127.0.0.1:${port}`;
  const server = spawn("node", [join(root, "scripts", "serve.mjs"), dist, "--port", String(port)], { stdio: "ignore" });
  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: (process.env.CHROMIUM_FLAGS ?? "--no-sandbox --disable-gpu").split(" ").filter(Boolean) });
  for (let i = 0; i < 50; i++) {
    try { if ((await fetch(base)).ok) break; } catch { /* not up yet */ }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { base, browser, stop: async () => { await browser.close(); server.kill(); } };
}
