// The split build: the app's wasm as a main module plus one lazily loaded file per `#[lazy]`
// part (src/parts.rs), the steps cargo-leptos runs for `--split`. Trunk 0.21 cannot split
// (trunk-rs/trunk#1022), so index.html tells Trunk to skip its Rust build and
// scripts/postbuild.mjs calls this instead:
//   1. cargo rustc --features split --target wasm32-unknown-unknown, linked with --emit-relocs;
//   2. wasm-split-cli (crate wasm_split_cli_support, the version scripts/setup.sh pins) cuts
//      the wasm into the main module, split_*.wasm and chunk_*.wasm (code that several parts
//      share), and writes __wasm_split.js, which fetches them;
//   3. wasm-bindgen --keep-lld-exports on the main module (the parts call its exports);
//   4. in release builds, wasm-opt -Oz on every wasm file;
//   5. in release builds, the main module's imports from the glue get short names, in both
//      (`shortenImports`);
//   6. in release builds, esbuild minifies wasm-bindgen's JS glue.
// Then every file gets a content hash in its name, and __wasm_split.js reports a failed fetch
// to the app instead of to the wasm (see `patchLoader`).
//
// Steps 2 to 5 are kept in target/split-build/, by a hash of the linked wasm, so a second
// `trunk build` of the same code (say, the sub-path build) only copies files.
import { createHash } from "node:crypto";
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { homedir } from "node:os";
import { delimiter, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const NAME = "peer-support-guide";
const sha256 = (bytes) => createHash("sha256").update(bytes).digest("hex");
const hashed = (stem, ext, bytes) => `${stem}-${sha256(bytes).slice(0, 16)}${ext}`;

function fail(message) {
  console.error(`split-build: ${message}`);
  process.exit(1);
}

// The tools scripts/setup.sh installs (wasm-opt from npm, the cargo-installed binaries), even
// when `trunk build` is run without `make`.
const PATH = [join(root, "node_modules", ".bin"), join(homedir(), ".cargo", "bin"), process.env.PATH].join(delimiter);

function run(command, args) {
  console.log(`split-build: ${command} ${args.join(" ")}`);
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit", env: { ...process.env, PATH } });
  if (result.error) fail(`could not run ${command}: ${result.error.message}. Run \`scripts/setup.sh\` first.`);
  if (result.status !== 0) fail(`${command} failed (exit ${result.status}).`);
}

// The loader's glue from wasm_split_cli_support 0.2.4 (src/snippets/split_wasm.js). On a
// failed fetch it calls back into the wasm with `success = false`, and the code `#[lazy]`
// generates then panics ("load callback should succeed"): with `panic = "abort"` the whole app
// stops. This version never reports a failure to the wasm: it tells the page (FAILED_EVENT in
// src/parts.rs), waits for the person to press "Try again" (RETRY_EVENT), and fetches again
// (the loader forgets failed fetches). The page's future just stays pending meanwhile.
const WRAP_ASYNC_CB = `function wrapAsyncCb(callee) {
    return async (callbackIndex, callbackData) => {
        let success;
        try {
            await callee();
            success = true;
        } catch (e) {
            console.error(e);
            success = false;
        } finally {
            const sharedImports = getSharedImports();
            sharedImports.__wasm_split.__indirect_function_table.get(callbackIndex)(callbackData, success);
        }
    }
}`;
const WRAP_ASYNC_CB_RETRYING = `function wrapAsyncCb(callee) {
    return async (callbackIndex, callbackData) => {
        for (;;) {
            try {
                await callee();
                break;
            } catch (e) {
                console.warn("This part of the app did not load:", e);
                await new Promise((retry) => {
                    addEventListener("psg-part-retry", retry, { once: true });
                    dispatchEvent(new Event("psg-part-failed"));
                });
            }
        }
        const sharedImports = getSharedImports();
        sharedImports.__wasm_split.__indirect_function_table.get(callbackIndex)(callbackData, true);
    }
}`;

function patchLoader(js) {
  if (!js.includes(WRAP_ASYNC_CB)) {
    fail("__wasm_split.js no longer has the wrapAsyncCb this script replaces (was wasm-split-cli upgraded?).");
  }
  return js.replace(WRAP_ASYNC_CB, WRAP_ASYNC_CB_RETRYING);
}

// The module wasm-bindgen's glue gives the main module its imports from.
const GLUE_MODULE = `./${NAME}_bg.js`;

/** The unsigned LEB128 number at `bytes[at]`, and where it ends. */
function readLeb(bytes, at) {
  let value = 0;
  let shift = 0;
  for (;;) {
    if (at >= bytes.length) fail("a wasm number runs past the end of its section.");
    const byte = bytes[at++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
    if ((byte & 0x80) === 0) return [value, at];
  }
}

function leb(value) {
  const out = [];
  do {
    let byte = value & 0x7f;
    value = Math.floor(value / 128);
    if (value > 0) byte |= 0x80;
    out.push(byte);
  } while (value > 0);
  return Buffer.from(out);
}

/** A short name for the `index`th import: a, b, ..., Z, aa, ab, ... (letters only). */
function shortName(index) {
  const letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
  let name = "";
  let n = index;
  do {
    name = letters[n % letters.length] + name;
    n = Math.floor(n / letters.length) - 1;
  } while (n >= 0);
  return name;
}

/**
 * The main module and its glue with short import names. wasm-bindgen names each function the
 * wasm imports from its glue like `__wbg_addEventListener_6e05ab5ac3c32a65`, in both files, and
 * has no option to shorten them (wasm-bindgen/wasm-bindgen#3736, #3909); binaryen's
 * --minify-imports only renames emscripten's `env` imports. So this does what that pass does for
 * emscripten: each import from the glue gets a short name (`a`, `b`, ...) in the wasm's import
 * section and in the glue's import object. Measured: 7.3 KB less gzipped on every page's
 * first load (README, "Where the first-load bytes go"). Only the import section's bytes change;
 * anything it cannot read whole, or a name the glue does not hold exactly once, fails the build.
 */
export function shortenImports(wasm, glue) {
  const IMPORT_SECTION = 2;
  let at = 8;
  const parts = [wasm.subarray(0, 8)];
  const renamed = new Map();
  while (at < wasm.length) {
    const id = wasm[at];
    const [size, bodyAt] = readLeb(wasm, at + 1);
    const end = bodyAt + size;
    if (id !== IMPORT_SECTION) {
      parts.push(wasm.subarray(at, end));
      at = end;
      continue;
    }
    const body = wasm.subarray(bodyAt, end);
    let [count, p] = readLeb(body, 0);
    const out = [leb(count)];
    const name = () => {
      const [length, start] = readLeb(body, p);
      p = start + length;
      return body.subarray(start, p);
    };
    for (let i = 0; i < count; i++) {
      const module = name();
      let field = name();
      const descStart = p;
      const kind = body[p++];
      if (kind === 0) {
        [, p] = readLeb(body, p); // a function's type
      } else if (kind === 1 || kind === 2) {
        if (kind === 1) p++; // a table's element type
        const [flags, afterFlags] = readLeb(body, p);
        [, p] = readLeb(body, afterFlags); // minimum
        if (flags & 1) [, p] = readLeb(body, p); // maximum
      } else if (kind === 3) {
        p += 2; // a global's type and mutability
      } else {
        fail(`import ${i} has a kind (${kind}) this build does not read.`);
      }
      const desc = body.subarray(descStart, p);
      const moduleName = module.toString("utf8");
      if (moduleName === GLUE_MODULE) {
        const long = field.toString("utf8");
        // wasm-opt merges repeated imports; one left would need one key for two functions.
        if (renamed.has(long)) fail(`the main module imports ${long} twice.`);
        const short = shortName(renamed.size);
        renamed.set(long, short);
        field = Buffer.from(short, "utf8");
      }
      out.push(leb(module.length), module, leb(field.length), field, desc);
    }
    if (p !== body.length) fail("the import section did not read to its end.");
    const newBody = Buffer.concat(out);
    parts.push(Buffer.from([IMPORT_SECTION]), leb(newBody.length), newBody);
    at = end;
  }
  if (at !== wasm.length) fail("the main module's sections do not end where the file does.");
  if (renamed.size === 0) fail(`the main module imports nothing from ${GLUE_MODULE}.`);
  let newGlue = glue;
  for (const [long, short] of renamed) {
    const key = new RegExp(`\\b${long}:`, "g");
    const found = newGlue.match(key)?.length ?? 0;
    if (found !== 1 || newGlue.split(long).length !== 2) {
      fail(`the glue names the import ${long} ${found} times as a key; expected exactly once.`);
    }
    newGlue = newGlue.replace(key, `${short}:`);
  }
  return { wasm: Buffer.concat(parts), glue: newGlue };
}

/** `code`, an ES module, minified by esbuild (installed from package.json by scripts/setup.sh). */
async function minified(code) {
  let esbuild;
  try {
    esbuild = await import("esbuild");
  } catch {
    fail("esbuild is not installed. Run `scripts/setup.sh` first.");
  }
  return esbuild.transformSync(code, { minify: true, format: "esm", target: "es2020" }).code;
}

/** Builds the app and writes its files into `staging`. Returns the main JS and wasm names. */
export async function splitBuild({ staging, release }) {
  const profile = release ? "release" : "debug";
  const targetDir = process.env.CARGO_TARGET_DIR ?? join(root, "target");

  // 1. Compile and link, keeping the relocations wasm-split-cli needs.
  run("cargo", [
    "rustc",
    ...(release ? ["--release"] : []),
    "--target=wasm32-unknown-unknown",
    `--bin=${NAME}`,
    "--features=split",
    "--",
    "-Clink-args=--emit-relocs",
  ]);
  const linked = readFileSync(join(targetDir, "wasm32-unknown-unknown", profile, `${NAME}.wasm`));

  // 2-5, unless this exact wasm was split before.
  // Keyed by this script too, so a change to the steps below is never served from an old run.
  const script = readFileSync(fileURLToPath(import.meta.url));
  const work = join(targetDir, "split-build", profile, sha256(Buffer.concat([linked, script])).slice(0, 16));
  if (!existsSync(join(work, "done"))) {
    rmSync(work, { recursive: true, force: true });
    const split = join(work, "split");
    const bindgen = join(work, "bindgen");
    mkdirSync(split, { recursive: true });
    writeFileSync(join(work, "linked.wasm"), linked);
    run("wasm-split-cli", ["--target=web", `--out-name=${NAME}`, join(work, "linked.wasm"), split]);
    run("wasm-bindgen", [
      "--target=web",
      "--keep-lld-exports",
      "--no-demangle",
      "--no-typescript",
      `--out-name=${NAME}`,
      `--out-dir=${bindgen}`,
      join(split, `${NAME}.wasm`),
    ]);
    // The main module as wasm-bindgen left it, and the parts as wasm-split-cli wrote them.
    renameSync(join(bindgen, `${NAME}_bg.wasm`), join(split, `${NAME}.wasm`));
    if (release) {
      for (const file of readdirSync(split).filter((f) => f.endsWith(".wasm"))) {
        run("wasm-opt", ["-Oz", join(split, file), "-o", join(split, file)]);
      }
      // 5. Short import names in the main module and its glue.
      const mainWasm = join(split, `${NAME}.wasm`);
      const mainGlue = join(bindgen, `${NAME}.js`);
      const short = shortenImports(readFileSync(mainWasm), readFileSync(mainGlue, "utf8"));
      writeFileSync(mainWasm, short.wasm);
      writeFileSync(mainGlue, short.glue);
    }
    writeFileSync(join(work, "done"), "");
  }

  // Content hashes in every name, leaves first: the parts' wasm files, named in __wasm_split.js.
  const split = join(work, "split");
  let splitJs = patchLoader(readFileSync(join(split, "__wasm_split.js"), "utf8"));
  const parts = readdirSync(split).filter((f) => /^(split|chunk)_.+\.wasm$/.test(f)).sort();
  const written = [];
  for (const part of parts) {
    const bytes = readFileSync(join(split, part));
    const name = hashed(part.replace(/\.wasm$/, ""), ".wasm", bytes);
    const reference = `"./${part}"`;
    if (!splitJs.includes(reference)) fail(`__wasm_split.js does not name ${part}.`);
    splitJs = splitJs.replaceAll(reference, `"./${name}"`);
    writeFileSync(join(staging, name), bytes);
    written.push(name);
  }
  const wasmBytes = readFileSync(join(split, `${NAME}.wasm`));
  const wasm = hashed(NAME, "_bg.wasm", wasmBytes);
  writeFileSync(join(staging, wasm), wasmBytes);

  // The glue imports __wasm_split.js and __wasm_split.js imports the glue, so the two share
  // one hash, of both their contents and the main wasm.
  let glue = readFileSync(join(work, "bindgen", `${NAME}.js`), "utf8");
  // Release builds ship the glue minified (2.2 KB less gzipped on every page), before the hash
  // is taken. __wasm_split.js stays as written: scripts/size.mjs reads from it which chunks each
  // part needs.
  if (release) glue = await minified(glue);
  const both = sha256([glue, splitJs, wasm].join("\n")).slice(0, 16);
  const js = `${NAME}-${both}.js`;
  const splitName = `__wasm_split-${both}.js`;
  // One `import * as importN from "./__wasm_split.js"` per part (the import object's keys keep
  // the old name: they only have to match the wasm's import module names).
  const glueImport = /(import\s*\*\s*as\s*[\w$]+\s*from\s*")\.\/__wasm_split\.js(")/g;
  if ((glue.match(glueImport) ?? []).length === 0) fail("the wasm-bindgen glue does not import ./__wasm_split.js.");
  glue = glue.replace(glueImport, `$1./${splitName}$2`);
  const mainImport = `from "./${NAME}.js"`;
  if (!splitJs.includes(mainImport)) fail(`__wasm_split.js does not import ./${NAME}.js.`);
  splitJs = splitJs.replace(mainImport, `from "./${js}"`);
  writeFileSync(join(staging, js), glue);
  writeFileSync(join(staging, splitName), splitJs);
  written.push(wasm, js, splitName);
  console.log(`split-build: ${profile} build, main module ${wasm}, ${parts.length} lazy files`);
  return { js, wasm, files: written };
}

// Run by hand: `node scripts/split-build.mjs <dir> [--release]` writes the files into <dir>.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const dir = process.argv[2] ?? fail("usage: node scripts/split-build.mjs <dir> [--release]");
  mkdirSync(dir, { recursive: true });
  await splitBuild({ staging: dir, release: process.argv.includes("--release") });
}
