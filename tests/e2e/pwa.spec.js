// The app is installable, works offline after the first visit, and offers a reload when a new
// version is deployed, without ever mixing two versions.
import { chromium } from "@playwright/test";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startServer } from "../../scripts/serve.mjs";
import { CHROMIUM_ARGS, SUBPATH_PORT } from "./playwright.config.js";
import { test, expect, ROUTES, openRoute, HOME_HEADING } from "./fixtures.js";

async function waitForServiceWorker(page) {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

/** A PNG's width and height as a manifest writes them, "WxH": they sit at bytes 16 to 23. */
function pngSize(bytes) {
  expect(bytes.toString("latin1", 0, 16), "a PNG signature and its IHDR chunk").toBe("\x89PNG\r\n\x1a\n\0\0\0\rIHDR");
  return `${bytes.readUInt32BE(16)}x${bytes.readUInt32BE(20)}`;
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
    if (icon.type === "image/png") expect(pngSize(await file.body()), icon.src).toBe(icon.sizes);
  }
});

test("the manifest's shortcuts and screenshots resolve, at the root and under a sub-path", async ({ request, baseURL }) => {
  for (const base of [new URL("/", baseURL).href, `http://127.0.0.1:${SUBPATH_PORT}/peer-support-guide/`]) {
    // Everything in the manifest is relative to the manifest's own address.
    const manifestURL = new URL("manifest.webmanifest", base).href;
    const response = await request.get(manifestURL);
    expect(response.ok(), manifestURL).toBe(true);
    const manifest = await response.json();
    const scope = new URL(manifest.scope, manifestURL).href;
    const fetchPng = async (src, sizes) => {
      const file = await request.get(new URL(src, manifestURL).href);
      expect(file.ok(), `${base}: ${src}`).toBe(true);
      expect(file.headers()["content-type"], src).toBe("image/png");
      expect(pngSize(await file.body()), `${base}: ${src}`).toBe(sizes);
    };

    // Long-press shortcuts: "Get help now" and "Milestones", each opening the page's own copy
    // (which starts with that page's lead), each with a PNG icon for Android.
    const shortcuts = manifest.shortcuts ?? [];
    expect(shortcuts.map(({ name }) => name)).toEqual(["Get help now", "Milestones"]);
    for (const shortcut of shortcuts) {
      expect(shortcut.url, "relative, so it works under any path").toMatch(/^[a-z]/);
      const url = new URL(shortcut.url, manifestURL).href;
      expect(url.startsWith(scope), `${url} is in the scope ${scope}`).toBe(true);
      const page = await request.get(url);
      expect(page.status(), url).toBe(200);
      expect(page.headers()["content-type"], url).toContain("text/html");
      const html = await page.text();
      expect(html, `${url} is the app`).toMatch(/<div id="?app"?>/);
      const route = ROUTES.find(({ path }) => path === `/${shortcut.url}`);
      expect(route, `${shortcut.url} is one of the app's routes`).toBeTruthy();
      if (route.lead) {
        expect(html, `${url} is its page's own copy`).toContain(route.lead.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;"));
      }
      expect(shortcut.description, shortcut.name).toEqual(expect.any(String));
      expect(shortcut.icons?.length, `${shortcut.name}'s icons`).toBeGreaterThan(0);
      for (const icon of shortcut.icons) {
        expect(icon.type, icon.src).toBe("image/png");
        await fetchPng(icon.src, icon.sizes);
      }
    }

    // Screenshots for the install prompt: at least one narrow (portrait) and one wide
    // (landscape), each labelled, of its real size, and within Chromium's limits (each side
    // 320 to 3840 pixels, the long side at most 2.3 times the short one).
    const screenshots = manifest.screenshots ?? [];
    for (const formFactor of ["narrow", "wide"]) {
      expect(screenshots.filter(({ form_factor }) => form_factor === formFactor).length, formFactor).toBeGreaterThan(0);
    }
    for (const screenshot of screenshots) {
      expect(screenshot, screenshot.src).toMatchObject({ type: "image/png", label: expect.stringMatching(/\w/) });
      expect(["narrow", "wide"], screenshot.src).toContain(screenshot.form_factor);
      const [width, height] = screenshot.sizes.split("x").map(Number);
      expect(screenshot.form_factor === "narrow" ? height > width : width > height, `${screenshot.src} ${screenshot.sizes}`).toBe(true);
      expect(Math.min(width, height), screenshot.src).toBeGreaterThanOrEqual(320);
      expect(Math.max(width, height), screenshot.src).toBeLessThanOrEqual(3840);
      expect(Math.max(width, height) / Math.min(width, height), screenshot.src).toBeLessThanOrEqual(2.3);
      await fetchPng(screenshot.src, screenshot.sizes);
    }

    // The screenshots are only for the install prompt: the service worker does not precache them.
    const sw = await (await request.get(new URL("sw.js", base).href)).text();
    const precached = JSON.parse(/^const FILES = (\[.*\]);$/m.exec(sw)?.[1] ?? "null");
    expect(precached, "the service worker's file list").toEqual(expect.arrayContaining(["./"]));
    expect(precached.filter((file) => file.startsWith("screenshots/"))).toEqual([]);
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
