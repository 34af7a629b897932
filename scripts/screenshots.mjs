// Screenshots of the app, with Debian's Chromium, in light mode. Not part of `make test`: it only
// draws pictures. It serves the build itself on 127.0.0.1:4199. Two uses:
//
// - The README's phone screenshots of the main pages (the first screen of a 360x780 phone, with a
//   tracker that has a start date 40 days ago and three meetings):
//     node scripts/screenshots.mjs dist docs/screenshots/after
//
// - The manifest's screenshots, which an install prompt shows. Run after a design change, on a
//   fresh release build, and commit the PNGs:
//     node scripts/screenshots.mjs dist public/screenshots --manifest
//   It writes every file public/manifest.webmanifest lists under "screenshots" (home and tracker
//   on a 360x780 phone, "narrow"; a comparison of three groups on a 1280x800 screen, "wide"), at
//   the size the manifest gives, and fails if the manifest lists one it has no page for. It warns
//   when a file is over 120 KB (install prompts download them); each is stored with a palette of
//   its 256 most frequent colours, which looks the same and is less than half the size.
//   Deterministic: the clock is stopped at a fixed date, the time zone and locale are fixed,
//   animations are off. The service worker precaches nothing under screenshots/
//   (scripts/postbuild.mjs).
import { chromium } from "@playwright/test";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { deflateSync, inflateSync } from "node:zlib";
import { startServer } from "./serve.mjs";

const args = process.argv.slice(2);
const manifestMode = args.includes("--manifest");
const [dir = "dist", out = manifestMode ? "public/screenshots" : "docs/screenshots"] = args.filter((arg) => !arg.startsWith("--"));
const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const PORT = 4199;
const PHONE = { width: 360, height: 780 };
const README_PAGES = [
  ["home", "/"],
  ["groups", "/groups"],
  ["compare", "/compare?groups=narcotics-anonymous,smart-recovery,lifering-secular-recovery"],
  ["group", "/groups/smart-recovery"],
  ["tracker", "/tracker"],
];
/** The page each of the manifest's screenshots shows, by file name. */
const MANIFEST_PAGES = {
  "home-narrow.png": "/",
  "tracker-narrow.png": "/tracker",
  "compare-wide.png": "/compare?groups=narcotics-anonymous,smart-recovery,lifering-secular-recovery",
};
const MAX_KB = 120;
/** The manifest's screenshots are taken on this day (noon UTC), so the tracker's counts never change. */
const FIXED_NOW = Date.parse("2025-06-01T12:00:00Z");

/** A journal 40 days old with three meetings, so the tracker shows what it looks like in use. */
function journal(now) {
  const day = (ago) => new Date(now - ago * 86_400_000).toISOString().slice(0, 10);
  const meetings = [3, 10, 17].map((ago, i) => ({
    id: `m${i}`,
    date: day(ago),
    group: i === 1 ? "smart-recovery" : "narcotics-anonymous",
    attended: i === 1 ? "online" : "in-person",
    note: "",
  }));
  return JSON.stringify({ app: "peer-support-guide", version: 2, clean_date: day(40), meetings });
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  for (let k = 0; k < 8; k++) n = n & 1 ? 0xedb88320 ^ (n >>> 1) : n >>> 1;
  return n >>> 0;
});
function pngChunk(type, data) {
  const chunk = Buffer.alloc(12 + data.length);
  chunk.writeUInt32BE(data.length, 0);
  chunk.write(type, 4, "latin1");
  data.copy(chunk, 8);
  let crc = ~0;
  for (const byte of chunk.subarray(4, 8 + data.length)) crc = CRC_TABLE[(crc ^ byte) & 255] ^ (crc >>> 8);
  chunk.writeUInt32BE(~crc >>> 0, 8 + data.length);
  return chunk;
}

/**
 * Chromium's 8-bit RGB(A) PNG as a palette PNG: its 256 most frequent colours (a page has a few
 * flat colours and their text's smoothing), any other pixel drawn with the nearest of them.
 */
function palettePng(png) {
  let pos = 8;
  let header;
  const data = [];
  while (pos < png.length) {
    const length = png.readUInt32BE(pos);
    const type = png.toString("latin1", pos + 4, pos + 8);
    if (type === "IHDR") header = png.subarray(pos + 8, pos + 8 + length);
    if (type === "IDAT") data.push(png.subarray(pos + 8, pos + 8 + length));
    pos += 12 + length;
  }
  const [width, height] = [header.readUInt32BE(0), header.readUInt32BE(4)];
  const [depth, colourType, interlace] = [header[8], header[9], header[12]];
  if (depth !== 8 || (colourType !== 2 && colourType !== 6) || interlace !== 0) return png;
  // Undo the row filters.
  const bpp = colourType === 2 ? 3 : 4;
  const stride = width * bpp;
  const raw = inflateSync(Buffer.concat(data));
  const px = Buffer.alloc(height * stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const src = y * (stride + 1) + 1;
    const row = y * stride;
    for (let x = 0; x < stride; x++) {
      const a = x >= bpp ? px[row + x - bpp] : 0;
      const b = y > 0 ? px[row - stride + x] : 0;
      const c = x >= bpp && y > 0 ? px[row - stride + x - bpp] : 0;
      const p = a + b - c;
      const [pa, pb, pc] = [Math.abs(p - a), Math.abs(p - b), Math.abs(p - c)];
      const paeth = pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      px[row + x] = (raw[src + x] + [0, a, b, (a + b) >> 1, paeth][filter]) & 255;
    }
  }
  // Colours as 0xRRGGBBAA; the palette is the most frequent, ties by value, so runs agree.
  const colour = (i) => ((px[i] << 24) | (px[i + 1] << 16) | (px[i + 2] << 8) | (bpp === 4 ? px[i + 3] : 255)) >>> 0;
  const counts = new Map();
  for (let i = 0; i < px.length; i += bpp) counts.set(colour(i), (counts.get(colour(i)) ?? 0) + 1);
  const palette = [...counts]
    .sort((p, q) => q[1] - p[1] || p[0] - q[0])
    .slice(0, 256)
    .map(([value]) => value);
  const channels = (value) => [24, 16, 8, 0].map((shift) => (value >>> shift) & 255);
  const index = new Map(palette.map((value, i) => [value, i]));
  const nearest = (value) => {
    const want = channels(value);
    let best = 0;
    let bestDistance = Infinity;
    palette.forEach((candidate, i) => {
      const distance = channels(candidate).reduce((sum, channel, k) => sum + (channel - want[k]) ** 2, 0);
      if (distance < bestDistance) [best, bestDistance] = [i, distance];
    });
    index.set(value, best);
    return best;
  };
  const rows = Buffer.alloc(height * (width + 1)); // filter 0 on every row: best for a palette
  for (let y = 0, i = 0; y < height; y++) {
    for (let x = 0; x < width; x++, i += bpp) rows[y * (width + 1) + 1 + x] = index.get(colour(i)) ?? nearest(colour(i));
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8;
  ihdr[9] = 3;
  const rgb = Buffer.from(palette.flatMap((value) => channels(value).slice(0, 3)));
  const alpha = bpp === 4 ? [pngChunk("tRNS", Buffer.from(palette.map((value) => value & 255)))] : [];
  return Buffer.concat([
    png.subarray(0, 8),
    pngChunk("IHDR", ihdr),
    pngChunk("PLTE", rgb),
    ...alpha,
    pngChunk("IDAT", deflateSync(rows, { level: 9 })),
    pngChunk("IEND", Buffer.alloc(0)),
  ]);
}

/** What to take: [file, path, viewport], from the manifest in manifest mode. */
function shots() {
  if (!manifestMode) return README_PAGES.map(([name, path]) => [`${name}.png`, path, PHONE]);
  const manifest = JSON.parse(readFileSync(join(root, "public", "manifest.webmanifest"), "utf8"));
  const listed = manifest.screenshots ?? [];
  if (listed.length === 0) throw new Error("public/manifest.webmanifest lists no screenshots.");
  return listed.map(({ src, sizes }) => {
    const file = basename(src);
    const path = MANIFEST_PAGES[file];
    const [width, height] = (sizes ?? "").split("x").map(Number);
    if (!path) throw new Error(`no page for the manifest's screenshot ${src}: add it to MANIFEST_PAGES.`);
    if (!(width > 0 && height > 0)) throw new Error(`the manifest's screenshot ${src} has no WxH sizes.`);
    return [file, path, { width, height }];
  });
}

const server = await startServer({ dir, port: PORT });
const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"],
});
try {
  mkdirSync(out, { recursive: true });
  const now = manifestMode ? FIXED_NOW : Date.now();
  const context = await browser.newContext({
    viewport: PHONE,
    deviceScaleFactor: 1,
    serviceWorkers: "block",
    colorScheme: "light",
    reducedMotion: "reduce",
    locale: "en-US",
    timezoneId: "UTC",
  });
  if (manifestMode) await context.clock.setFixedTime(FIXED_NOW);
  await context.addInitScript((text) => {
    if (!localStorage.getItem("peer-support-guide.journal")) localStorage.setItem("peer-support-guide.journal", text);
  }, journal(now));
  const page = await context.newPage();
  for (const [file, path, viewport] of shots()) {
    await page.setViewportSize(viewport);
    await page.goto(`http://127.0.0.1:${PORT}${path}`);
    await page.waitForSelector("main h1", { timeout: 10_000 });
    await page.waitForLoadState("networkidle");
    await page.evaluate(() => document.fonts.ready);
    await page.waitForTimeout(600);
    const shot = await page.screenshot({ fullPage: false, animations: "disabled", caret: "hide" });
    const bytes = manifestMode ? palettePng(shot) : shot;
    writeFileSync(join(out, file), bytes);
    const kb = Math.round(bytes.length / 1000);
    console.log(`${path} ${viewport.width}x${viewport.height}: ${join(out, file)}, ${kb} KB`);
    if (manifestMode && kb > MAX_KB) console.warn(`  warning: over ${MAX_KB} KB; an install prompt downloads it.`);
  }
} finally {
  await browser.close();
  server.close();
}
