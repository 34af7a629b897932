// Trunk post_build hook. Runs in the staging directory before it becomes dist/:
// 0. builds the app itself, split into lazily loaded parts (scripts/split-build.mjs), because
//    Trunk 0.21 cannot; index.html tells Trunk to skip its own Rust build;
// 1. writes the module loader as its own hashed file, so the CSP needs no 'unsafe-inline';
//    joins the stylesheets into one file;
// 2. writes a copy of index.html for each route and as 404.html, so deep links work on any static host,
//    and a Spanish copy of each under es/ (the body from data/shell.es.html, the leads from
//    data/es/), each naming the other in hreflang links; joins data/es/ into lang/es.tsv;
// 3. fills in the service worker with this build's file list (every lazy part included) and a
//    version made from their contents.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { attributes } from "./html.mjs";
import { splitBuild } from "./split-build.mjs";

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) {
  console.error("postbuild: TRUNK_STAGING_DIR is not set; run this through `trunk build`.");
  process.exit(1);
}
const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const sha256 = (bytes) => createHash("sha256").update(bytes).digest("hex");

// 0. The app.
const app = await splitBuild({ staging, release: process.env.TRUNK_PROFILE === "release" });

// 1. The loader. It waits for the static shell's first paint before it fetches the app, so
// that paint (the name, the lead and the crisis numbers) is the page's largest contentful
// paint and never waits on the wasm. So there are no preload links either.
const publicUrl = process.env.TRUNK_PUBLIC_URL || "/";
const indexPath = join(staging, "index.html");
let html = readFileSync(indexPath, "utf8");
// It also settles the page's language before the app starts (src/domain/lang.rs): an address
// under es/ is Spanish; a first visit to an English address moves to its Spanish one if the
// person chose Spanish (the key the switch in src/components/layout.rs writes), or, with no
// choice made, if the browser lists Spanish before English. A Spanish page fetches its words
// beside the wasm and hands their text to the app (src/i18n.rs), so the wasm needs no code to
// fetch or choose them: that code here costs a few hundred bytes, in the wasm about 2 KB.
const loader =
  "await new Promise((painted) => requestAnimationFrame(() => setTimeout(painted)));\n" +
  `const base = '${publicUrl}';\n` +
  "const rest = location.pathname.startsWith(base) ? location.pathname.slice(base.length) : null;\n" +
  'let spanish = rest !== null && (rest === "es" || rest.startsWith("es/"));\n' +
  "if (rest !== null && !spanish) {\n" +
  "  let chosen = null;\n" +
  '  try { chosen = localStorage.getItem("peer-support-guide.language"); } catch {}\n' +
  '  const first = [chosen, ...navigator.languages].map((tag) => (tag || "").toLowerCase().split(/[-_]/)[0]).find((tag) => tag === "en" || tag === "es");\n' +
  '  if (first === "es") {\n' +
  "    history.replaceState(null, '', `${base}es/${rest}${location.search}${location.hash}`);\n" +
  "    spanish = true;\n" +
  "  }\n" +
  "}\n" +
  `const wasmFile = fetch('${publicUrl}${app.wasm}');\n` +
  `const words = spanish ? fetch('${publicUrl}lang/es.tsv').then((r) => (r.ok ? r.text() : null), () => null) : null;\n` +
  `const bindings = await import('${publicUrl}${app.js}');\n` +
  "window.peerSupportWords = await words;\n" +
  "const init = bindings.default;\n" +
  "const wasm = await init({ module_or_path: wasmFile });\n" +
  "window.wasmBindings = bindings;\n" +
  'dispatchEvent(new CustomEvent("TrunkApplicationStarted", { detail: { wasm } }));\n';
const loaderName = `loader-${sha256(loader).slice(0, 16)}.js`;
writeFileSync(join(staging, loaderName), loader);
if (!html.includes("</head>")) {
  console.error("postbuild: index.html has no </head> to put the loader before.");
  process.exit(1);
}
// Trunk leaves the skipped Rust link in place.
html = html.replace(/\s*<link\b[^>]*>/g, (tag) => (attributes(tag).rel === "rust" ? "" : tag));
// One stylesheet instead of one per file in style/: each stylesheet blocks the first paint, and
// one file compresses better than seven (about 1.3 KB less gzipped). Same order, same cascade.
const sheets = [...html.matchAll(/<link\b[^>]*>/g)].map(([tag]) => tag).filter((tag) => attributes(tag).rel === "stylesheet");
if (sheets.length === 0) {
  console.error("postbuild: index.html links no stylesheet.");
  process.exit(1);
}
const css = sheets
  .map((tag) => {
    const { href } = attributes(tag);
    const file = join(staging, (href ?? "").slice(publicUrl.length));
    if (!href || !existsSync(file)) {
      console.error(`postbuild: the stylesheet ${tag} is not in the build.`);
      process.exit(1);
    }
    const text = readFileSync(file, "utf8");
    rmSync(file);
    return text;
  })
  .join("\n");
const cssName = `style-${sha256(css).slice(0, 16)}.css`;
writeFileSync(join(staging, cssName), css);
const integrity = `sha384-${createHash("sha384").update(css).digest("base64")}`;
html = html.replace(sheets[0], `<link rel="stylesheet" href="${publicUrl}${cssName}" integrity="${integrity}">`);
for (const tag of sheets.slice(1)) html = html.replace(tag, "");
html = html.replace("</head>", `<script type="module" src="${loaderName}"></script></head>`);
// `trunk serve` adds its auto-reload script inline: it goes into a file too. Trunk fills in the
// address only in HTML responses, so the file takes the page's own host, as Trunk does when it
// doesn't know the host.
html = html.replace(/<script>((?:(?!<\/script>)[\s\S])*\.well-known\/trunk\/ws[\s\S]*?)<\/script>/, (_, code) => {
  const script = code
    .replace(/(['`])\{\{__TRUNK_ADDRESS__\}\}\1/g, "window.location.host")
    .replaceAll("{{__TRUNK_WS_BASE__}}", publicUrl);
  const name = `trunk-autoreload-${sha256(script).slice(0, 16)}.js`;
  writeFileSync(join(staging, name), script);
  return `<script src="${name}"></script>`;
});
if (/<script(?![^>]*\bsrc=)[^>]*>/.test(html)) {
  console.error("postbuild: index.html has an inline script, which the CSP would block.");
  process.exit(1);
}
writeFileSync(indexPath, html);

// 2. Deep links: the fixed routes, and one page for each group in the catalog.
const groupSlugs = [...readFileSync(join(root, "data", "groups.rs"), "utf8").matchAll(/^\s*slug: "([a-z0-9-]+)",$/gm)].map(
  (match) => match[1]
);
if (groupSlugs.length === 0) {
  console.error("postbuild: found no group slugs in data/groups.rs.");
  process.exit(1);
}
const routes = [
  ...JSON.parse(readFileSync(join(root, "data", "routes.json"), "utf8")),
  ...groupSlugs.map((slug) => ({ path: `/groups/${slug}` })),
];
// A page with a lead of its own (data/routes.json, the same words the page draws: a native test
// in src/domain/routes.rs holds them together) shows it in place of the home page's lead, so the
// first paint is the page's own words and the app draws nothing larger over them later.
const shellLead = /(<p class="?lead"?>)([\s\S]*?)(<\/p>)/;
const words = (text) => text.replace(/\s+/g, " ").trim();
const escapeHtml = (text) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const homeLead = routes.find(({ path }) => path === "/")?.lead;
if (!shellLead.test(html) || words(html.match(shellLead)[2]) !== escapeHtml(homeLead ?? "")) {
  console.error("postbuild: index.html's lead is not the home page's lead in data/routes.json.");
  process.exit(1);
}

// The Spanish pages: the same head in Spanish where it speaks, and the Spanish shell.
// The Spanish words, kept in one file per part of the app (data/es/), joined into the one file
// Spanish pages fetch (src/i18n.rs). tests/translations.rs holds them to the app's texts.
const spanishPairs = readdirSync(join(root, "data", "es"))
  .filter((name) => name.endsWith(".json"))
  .sort()
  .flatMap((name) => JSON.parse(readFileSync(join(root, "data", "es", name), "utf8")));
const spanish = new Map(spanishPairs);
if (spanish.size !== spanishPairs.length) {
  console.error("postbuild: data/es/ has an English text twice.");
  process.exit(1);
}
// One pair a line, English and Spanish apart by a tab: the app reads that with a few lines of
// Rust, where a JSON reader would cost kilobytes of wasm on every first load.
if (spanishPairs.some((pair) => pair.length !== 2 || pair.some((text) => typeof text !== "string" || /[\t\n\r]/.test(text)))) {
  console.error("postbuild: data/es/ has a pair that isn't two texts without tabs or line breaks.");
  process.exit(1);
}
mkdirSync(join(staging, "lang"), { recursive: true });
writeFileSync(join(staging, "lang", "es.tsv"), spanishPairs.map((pair) => pair.join("\t")).join("\n"));
/** A lead in Spanish: the table's, or else a lead and its link's words, as the tracker's is. */
function inSpanish(english) {
  if (spanish.has(english)) return spanish.get(english);
  for (const [first, translated] of spanish) {
    const rest = english.startsWith(`${first} `) && english.slice(first.length + 1).replace(/\.$/, "");
    if (rest && spanish.has(rest)) return `${translated} ${spanish.get(rest)}.`;
  }
  console.error(`postbuild: data/es/ has no Spanish for the lead "${english}".`);
  process.exit(1);
}
const body = /<body>[\s\S]*<\/body>/;
if (!body.test(html)) {
  console.error("postbuild: index.html has no <body> to put the Spanish shell in.");
  process.exit(1);
}
const replaceTag = (page, name, matches, replacement) =>
  page.replace(new RegExp(`<${name}\\b[^>]*>`, "g"), (tag) => (matches(attributes(tag)) ? replacement : tag));
const description =
  "Encuentra un grupo de apoyo entre pares para la recuperación del consumo de drogas que vaya contigo, y cuenta tus logros. Es privado: todo se queda en tu dispositivo.";
let spanishHtml = html.replace(body, () => readFileSync(join(root, "data", "shell.es.html"), "utf8").trim());
spanishHtml = spanishHtml.replace(/<html\b[^>]*>/, '<html lang="es">');
spanishHtml = replaceTag(spanishHtml, "meta", (a) => a.name === "description", `<meta name="description" content="${description}">`);
spanishHtml = replaceTag(spanishHtml, "link", (a) => a.rel === "manifest", '<link rel="manifest" href="manifest.es.webmanifest">');
if (!spanishHtml.includes('lang="es"') || !spanishHtml.includes("manifest.es.webmanifest") || !spanishHtml.includes(description)) {
  console.error("postbuild: the Spanish head lacks its lang, manifest or description.");
  process.exit(1);
}
if (!shellLead.test(spanishHtml) || words(spanishHtml.match(shellLead)[2]) !== escapeHtml(inSpanish(homeLead))) {
  console.error("postbuild: data/shell.es.html's lead is not the Spanish of the home page's lead.");
  process.exit(1);
}
// 404.html answers any unknown address, Spanish ones too, and a static host has only one: it
// shows the crisis lines in Spanish as well, below the English ones.
const spanishHelp = readFileSync(join(root, "data", "shell.es.html"), "utf8").match(/<section class="card shell-help"[\s\S]*?<\/section>/);
if (!spanishHelp || !html.includes("</main>")) {
  console.error("postbuild: found no Spanish crisis lines in data/shell.es.html, or no </main> in index.html.");
  process.exit(1);
}
const spanishHelpApart = spanishHelp[0]
  .replace('<section class="card shell-help"', '<section lang="es" class="card shell-help"')
  .replaceAll("shell-help-heading", "shell-help-heading-es");
writeFileSync(join(staging, "404.html"), html.replace("</main>", `${spanishHelpApart}</main>`));

/** Links to a page's address in each language, for search engines and browsers. */
const alternates = (path) => {
  const tail = path.slice(1);
  const en = `${publicUrl}${tail}`;
  const es = `${publicUrl}es/${tail}`;
  return (
    `<link rel="alternate" hreflang="en" href="${en}">` +
    `<link rel="alternate" hreflang="es" href="${es}">` +
    `<link rel="alternate" hreflang="x-default" href="${en}">`
  );
};
const withAlternates = (page, path) => page.replace("</head>", `${alternates(path)}</head>`);
writeFileSync(indexPath, withAlternates(html, "/"));

// Each copy's file, as the service worker's list names it; and those with a lead of their own.
const routeCopies = new Set();
const ownCopies = new Set();
for (const { path, lead } of routes) {
  for (const [prefix, shell, translate] of [
    ["", html, (text) => text],
    ["es/", spanishHtml, inSpanish],
  ]) {
    if (path === "/" && prefix === "") continue;
    const folder = `${prefix}${path.slice(1)}`.replace(/\/$/, "");
    const copy = `${folder}/index.html`;
    mkdirSync(join(staging, folder), { recursive: true });
    const page = lead ? shell.replace(shellLead, (_, open, _old, close) => open + escapeHtml(translate(lead)) + close) : shell;
    writeFileSync(join(staging, copy), withAlternates(page, path));
    routeCopies.add(copy);
    // The Spanish home page is what the service worker answers any Spanish address with.
    if (lead || copy === "es/index.html") ownCopies.add(copy);
  }
}

// 3. The service worker.
// Not precached: what the app never fetches itself (the SVG sources of icons that ship as PNG, and
// the install prompt's screenshots: a whole folder, matched by the start of the file's path).
const skip = new Set([
  "sw.js",
  "404.html",
  "index.html",
  "robots.txt",
  "icons/icon-maskable.svg",
  "icons/shortcut-help.svg",
  "icons/shortcut-milestones.svg",
]);
const skipFolders = ["screenshots/"];
const skipped = (file) => skip.has(file) || skipFolders.some((folder) => file.startsWith(folder));
const files = [];
(function walk(dir) {
  for (const name of readdirSync(dir).sort()) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) walk(full);
    else files.push(relative(staging, full).split(sep).join("/"));
  }
})(staging);
// The copies with a lead of their own are precached too, so a page opened offline (or answered
// by the service worker on a return visit) paints its own lead first as well. The others are
// the same as index.html, which the service worker answers with.
const precache = files.filter((file) => !skipped(file) && (!routeCopies.has(file) || ownCopies.has(file)));
const version = sha256(
  [html, ...precache.map((file) => sha256(readFileSync(join(staging, file))))].join("\n")
).slice(0, 16);
const swPath = join(staging, "sw.js");
const template = readFileSync(swPath, "utf8");
if (!template.includes("__VERSION__") || !template.includes("__FILES__")) {
  console.error("postbuild: public/sw.js lost its __VERSION__ or __FILES__ placeholder.");
  process.exit(1);
}
writeFileSync(
  swPath,
  template.replace("__VERSION__", version).replace("__FILES__", JSON.stringify(["./", ...precache]))
);
console.log(`postbuild: loader ${loaderName}, ${app.files.length} app files, ${routes.length - 1} route copies, service worker ${version} with ${precache.length + 1} files`);
