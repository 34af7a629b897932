// Prints the gzip -9 size of every file the first load of `/` needs (HTML, JS, wasm, CSS)
// and their total, and fails when the total is over the budget in scripts/size-budget.json.
import { gzipSync } from "node:zlib";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dist = process.argv[2] ?? join(root, "dist");
const budgetKb = JSON.parse(readFileSync(join(root, "scripts", "size-budget.json"), "utf8")).first_load_kb;
const indexPath = join(dist, "index.html");
if (!existsSync(indexPath)) {
  console.error(`size: ${indexPath} is missing. Build first with \`make build\`.`);
  process.exit(1);
}

const html = readFileSync(indexPath, "utf8");
const needed = new Set(["index.html"]);
// Stylesheets, scripts, the module preload and the wasm preload, as index.html asks for them.
for (const tag of html.match(/<(link|script)\b[^>]*>/g) ?? []) {
  const rel = /\brel="([^"]+)"/.exec(tag)?.[1] ?? "";
  const url = /\b(?:href|src)="([^"]+)"/.exec(tag)?.[1];
  if (!url || /^[a-z]+:/i.test(url)) continue;
  const isScript = tag.startsWith("<script");
  if (isScript || ["stylesheet", "modulepreload", "preload"].includes(rel)) {
    needed.add(url.replace(/^\.?\//, ""));
  }
}
// The loader imports the wasm-bindgen glue and the wasm itself.
for (const file of [...needed].filter((f) => f.startsWith("loader-"))) {
  for (const [, url] of readFileSync(join(dist, file), "utf8").matchAll(/['"]\/?([^'"]+\.(?:js|wasm))['"]/g)) {
    needed.add(url.replace(/^.*\//, ""));
  }
}

let total = 0;
const rows = [];
for (const file of [...needed].sort()) {
  const path = join(dist, file);
  if (!existsSync(path)) {
    console.error(`size: index.html needs ${file}, which is not in ${dist}`);
    process.exit(1);
  }
  const raw = readFileSync(path);
  const gz = gzipSync(raw, { level: 9 }).length;
  total += gz;
  rows.push([file, raw.length, gz]);
}
const kb = (bytes) => (bytes / 1000).toFixed(1).padStart(7) + " KB";
console.log("First load of /        raw        gzip -9");
for (const [file, raw, gz] of rows) console.log(`${file.padEnd(44).slice(0, 44)} ${kb(raw)} ${kb(gz)}`);
console.log(`${"total".padEnd(44)} ${" ".repeat(10)} ${kb(total)}   (budget ${budgetKb} KB)`);
if (total > budgetKb * 1000) {
  console.error(`size: the first load is ${(total / 1000).toFixed(1)} KB, over the ${budgetKb} KB budget.`);
  process.exit(1);
}
