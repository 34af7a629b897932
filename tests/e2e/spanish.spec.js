// En español (#14): Spanish addresses under /es/, the switch between languages, the first
// visit in the browser's language, Spanish help lines first, the static shell in Spanish, and
// axe in light and dark.
//
// "No English left" is checked against the app's own English texts: every English text in
// data/es/ whose Spanish differs (the list the build joins for Spanish pages).
import { readdirSync, readFileSync } from "node:fs";
import { test, expect, axeViolations, daysAgo } from "./fixtures.js";

const folder = new URL("../../data/es/", import.meta.url);
const PAIRS = readdirSync(folder)
  .filter((name) => name.endsWith(".json"))
  .flatMap((name) => JSON.parse(readFileSync(new URL(name, folder), "utf8")));
const SPANISH = new Map(PAIRS);
/** English texts of two words or more that read differently in Spanish: none may show on a Spanish page. */
const ENGLISH = PAIRS.filter(([en, es]) => en !== es && /\s/.test(en.trim()) && !en.includes("{")).map(([en]) => en);
const es = (english) => {
  const spanish = SPANISH.get(english);
  expect(spanish, `Spanish for "${english}"`).toBeTruthy();
  return spanish;
};

/** The English texts on the page. Lists of sources and citations are left out: they name
 * organizations and documents by their own (often English) names, as they should. */
async function englishLeft(page) {
  const text = await page.evaluate(() => {
    const body = document.body.cloneNode(true);
    body.querySelectorAll(".sources, cite").forEach((element) => element.remove());
    document.documentElement.append(body);
    const shown = body.innerText;
    body.remove();
    return shown;
  });
  const flat = text.replace(/\s+/g, " ");
  return ENGLISH.filter((english) => flat.includes(english));
}

async function openSpanish(page, path, heading) {
  await page.goto(path);
  await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
}

test("the Spanish help page comes in Spanish, with the lines in Spanish first", async ({ page }) => {
  await openSpanish(page, "/es/help", es("Get help now"));
  // Danger first, as on every page; then the lines in Spanish, before the others.
  const cards = page.locator(".helpline h2");
  await expect(cards.nth(0)).toHaveText(es("Emergency services"));
  await expect(cards.nth(1)).toHaveText(/988.*en español/);
  await expect(cards.nth(2)).toHaveText(/SAMHSA.*en español/);
  const first = page.locator(".helpline").nth(1);
  await expect(first).toContainText(es("Works in: the US"));
  await expect(first.getByRole("link", { name: "Llamar al 988 y marcar 2" })).toHaveAttribute("href", "tel:988");
  await expect(first.getByRole("link", { name: "Enviar AYUDA al 988" })).toHaveAttribute("href", "sms:988");
  // The lines for other countries are there too, in Spanish.
  await expect(page.getByRole("link", { name: es("Find a helpline in your country") })).toBeVisible();
  await expect(page.getByRole("link", { name: es("Call 112 (EU)") })).toHaveAttribute("href", "tel:112");
  expect(await englishLeft(page)).toEqual([]);
  // Links inside the app stay in Spanish.
  await expect(page.getByRole("link", { name: es("About this app") })).toHaveAttribute("href", "/es/about");
});

test("the Spanish home and not-found pages have no English left", async ({ page, guard }) => {
  await openSpanish(page, "/es/", es("Find a peer support group that fits you"));
  expect(await englishLeft(page)).toEqual([]);
  await expect(page.getByRole("link", { name: es("Help me choose") }).first()).toHaveAttribute("href", "/es/choose");
  // Following a link inside the app, the page's twins in each language follow too.
  await page.getByRole("link", { name: es("About and privacy") }).click();
  await expect(page.getByRole("heading", { level: 1, name: es("About and privacy") })).toBeVisible();
  await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute("href", "/about");
  await expect(page.locator('link[rel="alternate"][hreflang="es"]')).toHaveAttribute("href", "/es/about");
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
  await openSpanish(page, "/es/no-such-page", es("We couldn't find that page"));
  expect(await englishLeft(page)).toEqual([]);
  // A static host answers an unknown path with 404.html and status 404, which Chromium logs.
  guard.problems.splice(0, guard.problems.length, ...guard.problems.filter((p) => !/status of 404/.test(p)));
});

test("the catalog comes in Spanish: the list, every group's page and a comparison", async ({ page }) => {
  await openSpanish(page, "/es/groups", es("Explore groups"));
  expect(await englishLeft(page)).toEqual([]);
  const slugs = await page.locator('main a[href^="/es/groups/"]').evaluateAll((links) => [...new Set(links.map((a) => a.getAttribute("href")))]);
  expect(slugs.length).toBeGreaterThan(8);
  for (const href of slugs) {
    await page.goto(href);
    await expect(page.locator("html")).toHaveAttribute("lang", "es");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    expect(await englishLeft(page), href).toEqual([]);
  }
  await page.goto("/es/compare?groups=smart-recovery,narcotics-anonymous");
  await expect(page.getByRole("table")).toBeVisible();
  expect(await englishLeft(page)).toEqual([]);
});

test("every other route comes in Spanish with no English left: the questions, the tracker, your data, about", async ({ page }) => {
  for (const [path, heading] of [
    ["/es/choose", "Which group fits me?"],
    ["/es/tracker", "Track my milestones"],
    ["/es/settings", "Your data"],
    ["/es/about", "About and privacy"],
  ]) {
    await openSpanish(page, path, es(heading));
    expect(await englishLeft(page), path).toEqual([]);
  }
});

test("the tracker works in Spanish: a start date, a meeting, a backup and its import", async ({ page }) => {
  // Nothing personal ever goes into a Spanish address: every address the tab shows is a page's.
  const addresses = [];
  page.on("framenavigated", (frame) => frame === page.mainFrame() && addresses.push(frame.url()));
  await openSpanish(page, "/es/tracker", es("Track my milestones"));
  await page.getByLabel(es("Your start date")).fill(await daysAgo(page, 40));
  await page.getByRole("button", { name: es("Save my date") }).click();
  await expect(page.locator("main")).toContainText("40 días");
  expect(await englishLeft(page)).toEqual([]);
  // A meeting, named in Spanish in the list, kept by its address in the catalog.
  await page.getByLabel(es("Group"), { exact: true }).selectOption("narcotics-anonymous");
  await page.getByRole("button", { name: es("Add meeting") }).click();
  await expect(page.locator("#meeting-list-region")).toContainText("Narcóticos Anónimos");
  // A date in words is in Spanish.
  await expect(page.locator("main")).toContainText(/\d{1,2} de (enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre) de \d{4}/);
  // Save a backup, erase, and bring it back.
  await page.goto("/es/settings");
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: es("Download my data") }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^peer-support-guide-copia-\d{4}-\d{2}-\d{2}\.json$/);
  const file = readFileSync(await download.path(), "utf8");
  await expect(page.locator("#export-status")).toContainText(es("Your backup file was saved to your downloads."));
  await page.getByRole("button", { name: es("Erase everything…") }).click();
  await page.getByRole("button", { name: es("Yes, erase everything") }).click();
  await expect(page.locator("#erase-status")).toContainText(es("Everything was erased from this device."));
  // A damaged file is refused in Spanish, down to what is wrong with which field.
  const damaged = file.replace(/"start":"(\d{4})-/, '"start":"1800-');
  expect(damaged).not.toEqual(file);
  await page.getByLabel(es("Backup file")).setInputFiles({ name: "copia.json", mimeType: "application/json", buffer: Buffer.from(damaged) });
  await expect(page.locator("#import-error")).toContainText(`.start ${es("is before 1900")}), `);
  expect(await englishLeft(page)).toEqual([]);
  await page.getByLabel(es("Backup file")).setInputFiles({ name: "copia.json", mimeType: "application/json", buffer: Buffer.from(file) });
  await page.getByRole("button", { name: es("Replace my data with this file") }).click();
  await expect(page.locator("#import-status")).toContainText(es("Done. Your data is now what was in the file."));
  expect(await englishLeft(page)).toEqual([]);
  await openSpanish(page, "/es/tracker", es("Track my milestones"));
  await expect(page.locator("main")).toContainText("40 días");
  expect(addresses.length).toBeGreaterThan(2);
  for (const address of addresses) expect(new URL(address).pathname + new URL(address).search).toMatch(/^\/es\/(tracker|settings)$/);
});

// The wizard's three example paths (as in wizard.spec.js): each answer given by its English
// label, or in Spanish through the table; null skips the step.
const PATHS = {
  "secular, with a mental-health condition": ["For me", null, null, "I'd prefer a secular approach", "Yes", null, null, null, null, null],
  "methadone": ["For me", "Opioids, such as heroin, fentanyl or pain pills", null, null, "No", null, "Yes, now or soon", null, null, null],
  "a family member, alcohol with other drugs": ["For someone I care about", "Alcohol together with other drugs", null, null, null, null, null, null],
};

async function resultsOf(page, spanish, answers) {
  const say = (english) => (spanish ? es(english) : english);
  // Each language starts afresh: answers given are kept on the device and resumed.
  await page.goto(spanish ? "/es/choose" : "/choose");
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: say("Which group fits me?") })).toBeVisible();
  const next = page.getByRole("button", { name: new RegExp(`^(${say("Next")}|${say("Show my results")})$`) });
  for (const choice of answers) {
    if (choice) await page.getByLabel(say(choice), { exact: true }).check();
    // Each step's question, hints and answers are in Spanish too.
    if (spanish) expect(await englishLeft(page)).toEqual([]);
    await next.click();
  }
  await expect(page.getByRole("heading", { level: 2, name: say("Groups that may fit") })).toBeFocused();
  const links = await page.locator("ol.results > li h3 a").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
  return links.map((href) => href.replace(/^\/es\//, "/"));
}

for (const [name, answers] of Object.entries(PATHS)) {
  test(`the questions give the same groups in Spanish as in English: ${name}`, async ({ page }) => {
    const english = await resultsOf(page, false, answers);
    const spanish = await resultsOf(page, true, answers);
    expect(english.length).toBeGreaterThan(0);
    expect(spanish).toEqual(english);
    expect(await englishLeft(page)).toEqual([]);
  });
}

test("the passphrase lock works in Spanish: set, lock, the lock screen, a wrong passphrase, unlock", async ({ page }) => {
  await openSpanish(page, "/es/settings", es("Your data"));
  await page.getByLabel(es("New passphrase")).fill("blue kettle river");
  await page.getByLabel(es("Type it again"), { exact: true }).fill("blue kettle river");
  await page.getByRole("button", { name: es("Lock my records") }).click();
  await expect(page.getByRole("button", { name: es("Lock now") })).toBeVisible();
  expect(await englishLeft(page)).toEqual([]);
  await page.getByRole("button", { name: es("Lock now") }).click();
  await expect(page.getByRole("heading", { level: 1, name: es("Your records are locked") })).toBeVisible();
  expect(await englishLeft(page)).toEqual([]);
  expect(await axeViolations(page)).toEqual([]);
  const field = page.getByLabel(es("Passphrase"), { exact: true });
  await field.fill("wrong words here");
  await page.getByRole("button", { name: es("Unlock") }).click();
  await expect(page.getByRole("alert")).toBeVisible();
  expect(await englishLeft(page)).toEqual([]);
  await field.fill("blue kettle river");
  await page.getByRole("button", { name: es("Unlock") }).click();
  await expect(page.getByRole("heading", { level: 1, name: es("Your data") })).toBeVisible();
  // Crisis help is never behind the lock, in Spanish either.
  await page.getByRole("button", { name: es("Lock now") }).click();
  await openSpanish(page, "/es/help", es("Get help now"));
  await expect(page.getByRole("link", { name: "Llamar al 988 y marcar 2" })).toBeVisible();
  expect(await englishLeft(page)).toEqual([]);
});

// A British-English browser would write "US$1,050.00"; a bare "es" is Spain's Spanish to Intl
// ("1050,00 US$"). US Spanish writes "$1,050.00".
for (const locale of ["en-GB", "es"]) test.describe(`a browser set to "${locale}"`, () => {
  test.use({ locale });
  test("a Spanish page writes money as US Spanish does", async ({ page }) => {
    await openSpanish(page, "/es/tracker", es("Track my milestones"));
    await page.getByLabel(es("Your start date")).fill(await daysAgo(page, 7));
    await page.getByRole("button", { name: es("Save my date") }).click();
    await page.getByText(es("Change this counter")).click();
    await page.getByLabel(es("What it used to cost")).fill("150");
    await page.getByLabel(es("Currency")).fill("usd");
    await page.getByRole("button", { name: es("Save"), exact: true }).click();
    await expect(page.locator("#saved-line")).toContainText(" $1,050.00");
    await expect(page.locator("#saved-line")).not.toContainText("US$");
  });
});

test("the switch keeps the page and its query, and is remembered", async ({ page }) => {
  await page.goto("/groups?approach=secular");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await page.getByRole("link", { name: "Español" }).click();
  await expect(page).toHaveURL(/\/es\/groups\?approach=secular$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByRole("link", { name: "English" })).toHaveAttribute("lang", "en");
  // The choice holds for an address that names no language.
  await page.goto("/help");
  await expect(page).toHaveURL(/\/es\/help$/);
  await expect(page.getByRole("heading", { level: 1, name: es("Get help now") })).toBeVisible();
  // And back to English, remembered too.
  await page.getByRole("link", { name: "English" }).click();
  await expect(page).toHaveURL(/\/help$/);
  await expect(page.getByRole("heading", { level: 1, name: "Get help now" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "Find a peer support group that fits you" })).toBeVisible();
  expect(new URL(page.url()).pathname).toBe("/");
});

test.describe("a browser set to Spanish", () => {
  test.use({ locale: "es-MX" });
  test("opens the Spanish address on a first visit, and a shared English link stays English once chosen", async ({ page }) => {
    await page.goto("/help?from=link");
    await expect(page).toHaveURL(/\/es\/help\?from=link$/);
    await expect(page.getByRole("heading", { level: 1, name: es("Get help now") })).toBeVisible();
    await page.getByRole("link", { name: "English" }).click();
    await page.goto("/about");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    expect(new URL(page.url()).pathname).toBe("/about");
  });
});

test.describe("without the wasm", () => {
  test.use({ serviceWorkers: "block" });
  test("a Spanish page's static shell offers crisis help in Spanish, in Spanish first", async ({ page, guard }) => {
    await page.route("**/*.wasm", (route) => route.abort());
    await page.goto("/es/help");
    await expect(page.locator("html")).toHaveAttribute("lang", "es");
    const shell = page.locator(".shell-help");
    await expect(shell.locator("li").first()).toContainText("llama al 911");
    await expect(shell.locator("li").nth(1)).toContainText("en español");
    await expect(shell.getByRole("link", { name: "llama al 988" })).toHaveAttribute("href", "tel:988");
    await expect(shell.getByRole("link", { name: "llama al 911" })).toHaveAttribute("href", "tel:911");
    await expect(page.getByRole("link", { name: "Pide ayuda ahora" })).toHaveAttribute("href", "es/help");
    await expect(page.locator(".shell-main .lead")).toContainText(es("You don't have to go through this alone. These services are free and private."));
    // Each copy names its twin in the other language.
    await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute("href", "/help");
    await expect(page.locator('link[rel="alternate"][hreflang="es"]')).toHaveAttribute("href", "/es/help");
    await expect(page.locator('link[rel="manifest"]')).toHaveAttribute("href", "manifest.es.webmanifest");
    await expect.poll(() => guard.problems.some((p) => p.startsWith("uncaught: Failed to fetch"))).toBe(true);
    guard.problems.splice(0, guard.problems.length);
  });

  test("an unknown address (the one 404.html a static host has) offers crisis help in Spanish too", async ({ page, guard }) => {
    await page.route("**/*.wasm", (route) => route.abort());
    const response = await page.goto("/es/no-such-page");
    expect(response.status()).toBe(404);
    const spanish = page.locator('.shell-help[lang="es"]');
    await expect(spanish.getByRole("heading", { name: "¿Necesitas ayuda ahora?" })).toBeVisible();
    await expect(spanish.getByRole("link", { name: "llama al 988" })).toHaveAttribute("href", "tel:988");
    // The English lines come first, as on every English page.
    await expect(page.locator(".shell-help").first()).not.toHaveAttribute("lang", "es");
    await expect.poll(() => guard.problems.some((p) => p.startsWith("uncaught: Failed to fetch"))).toBe(true);
    guard.problems.splice(0, guard.problems.length);
  });
});

test("after a first visit, Spanish pages open in Spanish with the network off", async ({ page, context }) => {
  await openSpanish(page, "/es/", es("Find a peer support group that fits you"));
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await context.setOffline(true);
  // Addresses with no static copy of their own get the Spanish shell, and the words, offline.
  for (const [path, heading] of [
    ["/es/help", "Get help now"],
    ["/es/no-such-page", "We couldn't find that page"],
  ]) {
    await openSpanish(page, path, es(heading));
    expect(await englishLeft(page)).toEqual([]);
  }
});

test("the Spanish manifest describes the app in Spanish and opens the Spanish home page", async ({ request }) => {
  const manifest = await (await request.get("/manifest.es.webmanifest")).json();
  expect(manifest).toMatchObject({ lang: "es", start_url: "./es/", id: "./", name: "Peer Support Guide" });
  expect(manifest.description).toContain("grupo de apoyo");
  expect(manifest.shortcuts.map((s) => s.url)).toEqual(["es/help", "es/tracker"]);
});

for (const scheme of ["light", "dark"]) {
  test(`axe finds no violations on the Spanish home and help pages, in ${scheme}`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    for (const [path, heading] of [
      ["/es/", "Find a peer support group that fits you"],
      ["/es/help", "Get help now"],
    ]) {
      await openSpanish(page, path, es(heading));
      expect(await axeViolations(page)).toEqual([]);
    }
  });

  test(`axe finds no violations on the other Spanish pages, in ${scheme}`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    for (const [path, heading] of [
      ["/es/groups", "Explore groups"],
      ["/es/groups/narcotics-anonymous", null],
      ["/es/compare?groups=smart-recovery,lifering", "Compare groups"],
      ["/es/choose", "Which group fits me?"],
      ["/es/tracker", "Track my milestones"],
      ["/es/settings", "Your data"],
      ["/es/about", "About and privacy"],
    ]) {
      await page.goto(path);
      await expect(heading ? page.getByRole("heading", { level: 1, name: es(heading) }) : page.getByRole("heading", { level: 1 })).toBeVisible();
      await expect(page.locator("html")).toHaveAttribute("lang", "es");
      expect(await axeViolations(page), path).toEqual([]);
    }
  });
}
