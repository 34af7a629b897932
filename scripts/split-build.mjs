// The split build: the app's wasm as a main module plus one lazily loaded file per `#[lazy]`
// part (src/parts.rs), the steps cargo-leptos runs for `--split`. Trunk 0.21 cannot split
// (trunk-rs/trunk#1022), so index.html tells Trunk to skip its Rust build and
// scripts/postbuild.mjs calls this instead:
//   1. cargo rustc --features split --target wasm32-unknown-unknown, linked with --emit-relocs;
//   2. wasm-split-cli (crate wasm_split_cli_support, the version scripts/setup.sh pins) cuts
//      the wasm into the main module, split_*.wasm and chunk_*.wasm (code that several parts
//      share), and writes __wasm_split.js, which fetches them;
//   3. wasm-bindgen --keep-lld-exports on the main module (the parts call its exports);
//   4. in release builds, wasm-opt -Oz on every wasm file.
//   5. in release builds, esbuild minifies wasm-bindgen's JS glue.
// Then every file gets a content hash in its name, and __wasm_split.js reports a failed fetch
// to the app instead of to the wasm (see `patchLoader`).
//
// Steps 2 to 4 are kept in target/split-build/, by a hash of the linked wasm, so a second
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

  // 2-4, unless this exact wasm was split before.
  const work = join(targetDir, "split-build", profile, sha256(linked).slice(0, 16));
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
