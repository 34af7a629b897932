// A small static file server that behaves like a plain static host: files as they are,
// a folder's index.html, and 404.html (with status 404) for anything else.
// Used by `make serve`, the end-to-end tests and the benchmark. Listens on 127.0.0.1 only.
import { createServer } from "node:http";
import { gzipSync } from "node:zlib";
import { existsSync, readFileSync, statSync } from "node:fs";
import { extname, join, normalize, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".wasm": "application/wasm",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".webmanifest": "application/manifest+json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".txt": "text/plain; charset=utf-8",
};

const COMPRESSIBLE = new Set([".html", ".js", ".mjs", ".wasm", ".css", ".json", ".webmanifest", ".svg", ".txt"]);

/** Serves `dir` under the path prefix `base` (for example "/" or "/peer-support-guide/"). */
export function startServer({ dir, port, base = "/" }) {
  const rootDir = resolve(dir);
  const prefix = base.endsWith("/") ? base : base + "/";
  const server = createServer((request, response) => {
    const send = (status, file) => {
      const headers = {
        "Content-Type": TYPES[extname(file)] ?? "application/octet-stream",
        // The service worker must always be fetched fresh so updates are seen.
        "Cache-Control": file.endsWith("sw.js") ? "no-cache" : "public, max-age=0, must-revalidate",
        Vary: "Accept-Encoding",
      };
      let body = readFileSync(file);
      // Compress as static hosts and CDNs do, so tests and benchmarks see realistic transfers.
      if (COMPRESSIBLE.has(extname(file)) && /\bgzip\b/.test(request.headers["accept-encoding"] ?? "")) {
        body = gzipSync(body, { level: 9 });
        headers["Content-Encoding"] = "gzip";
      }
      response.writeHead(status, headers);
      response.end(body);
    };
    const path = decodeURIComponent(new URL(request.url, "http://127.0.0.1").pathname);
    if (!(path + "/").startsWith(prefix)) {
      response.writeHead(404, { "Content-Type": "text/plain" });
      response.end("Not under " + prefix);
      return;
    }
    let file = normalize(join(rootDir, path.slice(prefix.length)));
    if (file !== rootDir && !file.startsWith(rootDir + sep)) {
      response.writeHead(403);
      response.end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, "index.html");
    if (existsSync(file) && statSync(file).isFile()) send(200, file);
    else send(404, join(rootDir, "404.html"));
  });
  return new Promise((done) => server.listen(port, "127.0.0.1", () => done(server)));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const option = (name, fallback) => {
    const at = args.indexOf(name);
    return at >= 0 && args[at + 1] ? args[at + 1] : fallback;
  };
  const dir = args.find((arg, i) => !arg.startsWith("--") && !args[i - 1]?.startsWith("--")) ?? "dist";
  const port = Number(option("--port", "8080"));
  const base = option("--base", "/");
  if (!existsSync(join(dir, "index.html"))) {
    console.error(`serve: ${dir}/index.html is missing. Build first with \`make build\`.`);
    process.exit(1);
  }
  await startServer({ dir, port, base });
  console.log(`Peer Support Guide is running at http://127.0.0.1:${port}${base}  (Ctrl+C to stop)`);
}
