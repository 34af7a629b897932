// Prints, in gzip -9 bytes (1 KB = 1000 bytes):
// - the first load of `/`: the HTML, CSS and JS index.html asks for, the JS the loader imports
//   and the main wasm module: everything until the home page is drawn;
// - for each route, a first visit straight to it: the same, plus the lazy parts of the app
//   its page needs (the split_*.wasm file of its `#[lazy]` function and the chunk_*.wasm files
//   that part depends on, as __wasm_split.js lists them);
// - every lazy file, and the total the service worker precaches after the first visit.
// Fails when the first load or any route is over its budget in scripts/size-budget.json.
import { gzipSync } from "node:zlib";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { attributes } from "./html.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dist = process.argv.slice(2).find((arg) => !arg.startsWith("--")) ?? join(root, "dist");
const budget = JSON.parse(readFileSync(join(root, "scripts", "size-budget.json"), "utf8"));
const fail = (message) => {
  console.error(`size: ${message}`);
  process.exit(1);
};
const indexPath = join(dist, "index.html");
if (!existsSync(indexPath)) fail(`${indexPath} is missing. Build first with \`make build\`.`);

// The `#[lazy]` functions (src/parts.rs) a first visit to each route runs: its page's, and on
// /help the support contact's (it reads the records). None for the home page.
// A lazy function's split is named after it, then a hash.
const ROUTE_PARTS = {
  "/": [],
  "/groups": ["groups_page"],
  "/groups/<slug>": ["group_page"],
  "/compare": ["groups_page"],
  "/choose": ["choose_page"],
  "/tracker": ["tracker_page"],
  "/settings": ["settings_page"],
  "/help": ["records_part"],
  "/about": ["group_page"],
};
// Lazy functions no first visit needs.
const OTHER_PARTS = [];

const sizes = new Map();
function gz(file) {
  if (!sizes.has(file)) {
    const path = join(dist, file);
    if (!existsSync(path)) fail(`a page needs ${file}, which is not in ${dist}`);
    const raw = readFileSync(path);
    sizes.set(file, { raw: raw.length, gz: gzipSync(raw, { level: 9 }).length });
  }
  return sizes.get(file);
}
const local = (url) => url.replace(/^.*\//, "");

// The first load: what index.html asks for (stylesheets, scripts), then what the loader
// imports (the glue and the main wasm), then what the glue imports (__wasm_split.js).
const html = readFileSync(indexPath, "utf8");
const firstLoad = new Set(["index.html"]);
for (const tag of html.match(/<(link|script)\b[^>]*>/g) ?? []) {
  const { rel = "", href, src } = attributes(tag);
  const url = href ?? src;
  if (!url || /^[a-z]+:/i.test(url)) continue;
  if (tag.startsWith("<script") || ["stylesheet", "modulepreload", "preload"].includes(rel)) {
    firstLoad.add(url.replace(/^\.?\//, ""));
  }
}
const imports = (file, pattern) => [...readFileSync(join(dist, file), "utf8").matchAll(pattern)].map((m) => local(m[1]));
for (const loader of [...firstLoad].filter((f) => f.startsWith("loader-"))) {
  for (const file of imports(loader, /['"]([^'"]+\.(?:js|wasm))['"]/g)) firstLoad.add(file);
}
const glue = [...firstLoad].find((f) => /^peer-support-guide-[0-9a-f]+\.js$/.test(f));
if (!glue) fail("the loader imports no peer-support-guide-<hash>.js.");
const splitJs = imports(glue, /from\s*['"]([^'"]*__wasm_split[^'"]*\.js)['"]/g)[0];
if (!splitJs) fail(`${glue} does not import __wasm_split-<hash>.js: is this a split build?`);
firstLoad.add(splitJs);

// The lazy parts: each split's own file and the shared chunks it waits for.
const loaderText = readFileSync(join(dist, splitJs), "utf8");
const chunks = new Map(
  [...loaderText.matchAll(/const (__chunk_\d+) = makeLoad\(\(\) => \{\s*const src = fetch\(new URL\("\.\/([^"]+)"/g)].map((m) => [m[1], m[2]])
);
const splits = new Map();
for (const m of loaderText.matchAll(/export const __wasm_split_load_(\w+) = wrapAsyncCb\(makeLoad\(([\s\S]*?), \[([^\]]*)\]\)\);/g)) {
  const own = /new URL\("\.\/([^"]+)"/.exec(m[2])?.[1];
  const deps = m[3].split(",").map((d) => d.trim()).filter(Boolean).map((d) => chunks.get(d) ?? fail(`unknown chunk ${d}`));
  splits.set(m[1], [...(own ? [own] : []), ...deps]);
}
if (splits.size === 0) fail(`${splitJs} lists no lazy parts.`);
const partFiles = (fn) => {
  const names = [...splits.keys()].filter((name) => name.startsWith(`${fn}_`) && /^\d+$/.test(name.slice(fn.length + 1)));
  if (names.length !== 1) fail(`expected one split for #[lazy] fn ${fn}, found ${names.length}.`);
  return splits.get(names[0]);
};
const known = new Set([...Object.values(ROUTE_PARTS).flat(), ...OTHER_PARTS]);
for (const name of splits.keys()) {
  if (![...known].some((fn) => name.startsWith(`${fn}_`))) fail(`split ${name} is not in ROUTE_PARTS; add it.`);
}

const kb = (bytes) => (bytes / 1000).toFixed(1).padStart(7) + " KB";
const total = (files) => [...files].reduce((sum, f) => sum + gz(f).gz, 0);
let over = [];

// `--json`: each route's wasm files, for tests/e2e/split.spec.js to check against what
// Chromium fetches.
if (process.argv.includes("--json")) {
  const wasm = [...firstLoad].filter((f) => f.endsWith(".wasm"));
  const routes = Object.fromEntries(Object.entries(ROUTE_PARTS).map(([route, fns]) => [route, [...wasm, ...fns.flatMap(partFiles)].sort()]));
  console.log(JSON.stringify(routes, null, 2));
  process.exit(0);
}

console.log("First load of /                                raw        gzip -9");
for (const file of [...firstLoad].sort()) console.log(`  ${file.padEnd(42).slice(0, 42)} ${kb(gz(file).raw)} ${kb(gz(file).gz)}`);
const first = total(firstLoad);
console.log(`  ${"total".padEnd(42)} ${" ".repeat(10)} ${kb(first)}   (budget ${budget.first_load_kb} KB)`);
if (first > budget.first_load_kb * 1000) over.push(`the first load of / is ${(first / 1000).toFixed(1)} KB, over ${budget.first_load_kb} KB`);

console.log(`\nFirst visit straight to each route                         gzip -9   (budget ${budget.route_kb} KB)`);
for (const [route, fns] of Object.entries(ROUTE_PARTS)) {
  const lazy = fns.flatMap(partFiles);
  const size = total(new Set([...firstLoad, ...lazy]));
  const parts = lazy.length ? `main + ${fns.join(", ")} (${lazy.length} files)` : "main only";
  const limit = budget.route_kb_for?.[route] ?? budget.route_kb;
  const own = limit === budget.route_kb ? "" : `   (budget ${limit} KB)`;
  console.log(`  ${route.padEnd(16)} ${parts.padEnd(40).slice(0, 40)} ${kb(size)}${own}`);
  if (size > limit * 1000) over.push(`${route} is ${(size / 1000).toFixed(1)} KB, over ${limit} KB`);
}

console.log("\nLazy files                                     raw        gzip -9   used by");
const lazyFiles = [...new Set([...splits.values()].flat())].sort();
for (const file of lazyFiles) {
  const users = [...splits].filter(([, files]) => files.includes(file)).map(([name]) => name.replace(/_\d+$/, ""));
  console.log(`  ${file.padEnd(42).slice(0, 42)} ${kb(gz(file).raw)} ${kb(gz(file).gz)}   ${users.join(", ")}`);
}
console.log(`  ${"total".padEnd(42)} ${" ".repeat(10)} ${kb(total(lazyFiles))}`);

// The service worker's list, as scripts/postbuild.mjs wrote it ("./" is index.html).
const sw = readFileSync(join(dist, "sw.js"), "utf8");
const list = /const FILES = (\[[^\]]*\]);/.exec(sw)?.[1] ?? fail("sw.js has no FILES list.");
const precache = JSON.parse(list).map((f) => (f === "./" ? "index.html" : f));
for (const file of lazyFiles) if (!precache.includes(file)) fail(`the service worker does not precache ${file}.`);
console.log(`\nService worker precache: ${precache.length} files, ${kb(total(precache)).trim()} gzip -9`);

if (over.length) fail(over.join("; ") + ".");
