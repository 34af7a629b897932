// The app is installable, works offline after the first visit, and offers a reload when a new
// version is deployed, without ever mixing two versions.
import { chromium } from "@playwright/test";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startServer } from "../../scripts/serve.mjs";
import { CHROMIUM_ARGS } from "./playwright.config.js";
import { test, expect, ROUTES, openRoute, HOME_HEADING } from "./fixtures.js";

async function waitForServiceWorker(page) {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

test("after the first visit every route loads with the network off", async ({ page, context }) => {
  await openRoute(page, "/", HOME_HEADING);
  await waitForServiceWorker(page);
  await context.setOffline(true);
  // The service worker answers with the page's own static copy, which opens with its lead.
  const copy = await page.goto("/choose");
  expect(copy?.fromServiceWorker()).toBe(true);
  expect(await copy?.text()).toContain("Answer a few short questions");
  for (const { path, heading } of ROUTES) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
  }
  // Pages with an address of their own work offline too: a group, a comparison, the wizard.
  await page.goto("/groups/women-for-sobriety");
  await expect(page.getByRole("heading", { level: 1, name: "Women for Sobriety (WFS)" })).toBeVisible();
  await page.goto("/compare?groups=smart-recovery,recovery-dharma");
  await expect(page.getByRole("table")).toBeVisible();
  await page.goto("/groups?q=cannabis");
  await expect(page.getByRole("link", { name: "Marijuana Anonymous" })).toBeVisible();
  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
});

test("the manifest has what an installable app needs", async ({ request }) => {
  const response = await request.get("/manifest.webmanifest");
  expect(response.ok()).toBe(true);
  const manifest = await response.json();
  expect(manifest).toMatchObject({
    name: "Peer Support Guide",
    short_name: expect.any(String),
    start_url: "./",
    scope: "./",
    display: "standalone",
    theme_color: expect.stringMatching(/^#/),
    background_color: expect.stringMatching(/^#/),
  });
  const icons = manifest.icons;
  for (const want of [
    { sizes: "192x192", type: "image/png" },
    { sizes: "512x512", type: "image/png", purpose: "any" },
    { sizes: "512x512", type: "image/png", purpose: "maskable" },
    { type: "image/svg+xml" },
  ]) {
    const icon = icons.find((i) => Object.entries(want).every(([k, v]) => i[k] === v));
    expect(icon, JSON.stringify(want)).toBeTruthy();
    const file = await request.get(`/${icon.src}`);
    expect(file.ok(), icon.src).toBe(true);
    if (icon.type === "image/png") {
      // A PNG's width and height sit at bytes 16 to 23.
      const bytes = await file.body();
      const [w, h] = [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
      expect(`${w}x${h}`).toBe(icon.sizes);
    }
  }
});

test("Chromium's installability check reports no errors", async ({ baseURL }, testInfo) => {
  // Installability is not checked in incognito-like contexts, so use a real profile.
  const profile = mkdtempSync(join(tmpdir(), "psg-profile-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: "/usr/bin/chromium",
    args: CHROMIUM_ARGS,
    headless: true,
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(baseURL + "/");
    await expect(page.getByRole("heading", { level: 1, name: HOME_HEADING })).toBeVisible();
    await waitForServiceWorker(page);
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = await cdp.send("Page.getInstallabilityErrors");
    testInfo.annotations.push({ type: "installability", description: JSON.stringify(installabilityErrors) });
    expect(installabilityErrors).toEqual([]);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
});

test("a new deployment is announced, and Reload brings it in whole", async ({ browser }) => {
  // Serve a copy of the build we can redeploy.
  const site = mkdtempSync(join(tmpdir(), "psg-site-"));
  cpSync(join(import.meta.dirname, "../../dist"), site, { recursive: true });
  const server = await startServer({ dir: site, port: 4180 });
  const context = await browser.newContext({ baseURL: "http://127.0.0.1:4180" });
  try {
    const page = await context.newPage();
    await openRoute(page, "/", HOME_HEADING);
    await waitForServiceWorker(page);
    const banner = page.getByRole("status").filter({ hasText: "new version" });
    await expect(banner).toBeHidden();
    const cacheNames = () => page.evaluate(() => caches.keys());
    const [oldCache] = await cacheNames();

    // Deploy a new version: a changed service worker with a new version and a changed page.
    const sw = readFileSync(join(site, "sw.js"), "utf8");
    const oldVersion = /const VERSION = "([^"]+)"/.exec(sw)[1];
    writeFileSync(join(site, "sw.js"), sw.replace(oldVersion, "nextversion0001"));
    const index = readFileSync(join(site, "index.html"), "utf8");
    writeFileSync(join(site, "index.html"), index.replace("<body>", '<body data-deployment="2">'));
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));

    await expect(banner).toBeVisible();
    // Until the person chooses, the old version keeps serving the whole page.
    await page.reload();
    await expect(page.getByRole("heading", { level: 1, name: HOME_HEADING })).toBeVisible();
    await expect(banner).toBeVisible();
    expect(await page.evaluate(() => document.body.dataset.deployment ?? "1")).toBe("1");

    await Promise.all([page.waitForEvent("load"), page.getByRole("button", { name: "Reload to update" }).click()]);
    await expect(page.getByRole("heading", { level: 1, name: HOME_HEADING })).toBeVisible();
    await expect(banner).toBeHidden();
    expect(await page.evaluate(() => document.body.dataset.deployment ?? "1")).toBe("2");
    await expect.poll(cacheNames).toEqual(["peer-support-guide-nextversion0001"]);
    expect(oldCache).toBe(`peer-support-guide-${oldVersion}`);
  } finally {
    await context.close();
    server.close();
    rmSync(site, { recursive: true, force: true });
  }
});
