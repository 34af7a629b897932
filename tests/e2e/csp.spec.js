// The Content Security Policy in every built page is strict, and no page has an inline script.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { attributes } from "../../scripts/html.mjs";
import { test, expect } from "./fixtures.js";

// The app at the site's root, and the same app built to live under /peer-support-guide/.
const htmlFiles = ["dist", "dist-subpath"].flatMap((build) => {
  const dir = join(import.meta.dirname, "../..", build);
  return readdirSync(dir, { recursive: true })
    .filter((file) => String(file).endsWith(".html"))
    .map((file) => join(dir, String(file)));
});

function policy(html) {
  const content = [...html.matchAll(/<meta\b[^>]*>/gi)]
    .map(([tag]) => attributes(tag))
    .find((meta) => meta["http-equiv"]?.toLowerCase() === "content-security-policy")?.content;
  expect(content, "a CSP meta tag").toBeTruthy();
  return Object.fromEntries(
    content.split(";").map((d) => d.trim().split(/\s+/)).filter((d) => d[0]).map(([name, ...values]) => [name, values])
  );
}

test("every page's CSP allows only the app's own origin and no inline or eval'd scripts", () => {
  expect(htmlFiles.filter((file) => file.includes("dist-subpath")).length).toBeGreaterThanOrEqual(7);
  expect(htmlFiles.length).toBeGreaterThanOrEqual(14);
  for (const file of htmlFiles) {
    const html = readFileSync(file, "utf8");
    const csp = policy(html);
    expect(csp["default-src"], file).toEqual(["'self'"]);
    expect(csp["object-src"], file).toEqual(["'none'"]);
    expect(csp["base-uri"], file).toEqual(["'self'"]);
    const scripts = csp["script-src"] ?? csp["default-src"];
    expect(scripts, file).not.toContain("'unsafe-inline'");
    expect(scripts, file).not.toContain("'unsafe-eval'");
    for (const values of Object.values(csp)) {
      for (const value of values) expect(value, `${file}: ${value}`).toMatch(/^'/);
    }
    // Every <script> has a src: there is nothing inline for the CSP to block.
    const inline = [...html.matchAll(/<script\b([^>]*)>/g)].filter(([, attrs]) => !/\bsrc=/.test(attrs));
    expect(inline, file).toEqual([]);
  }
});
