#!/usr/bin/env bash
# Installs what building (and, with `test`, testing) Peer Support Guide needs on a fresh machine.
# Idempotent: anything already present at the right version is skipped.
#   scripts/setup.sh app    the wasm target, trunk, wasm-bindgen-cli, wasm-split-cli, wasm-opt (npm binaryen), esbuild (npm)
#   scripts/setup.sh test   the above, plus Debian's chromium and chromium-driver
#   scripts/setup.sh mutants  cargo-mutants, for `make mutants` only (not part of `make test`)
set -euo pipefail
cd "$(dirname "$0")/.."

want="${1:-app}"
TRUNK_VERSION="0.21.14"
# wasm-split-cli, which cuts the app's wasm into lazily loaded parts (scripts/split-build.mjs).
# scripts/split-build.mjs patches the loader it writes, so a new version needs a look there.
WASM_SPLIT_VERSION="0.2.4"
CARGO_MUTANTS_VERSION="27.1.0"
export PATH="$HOME/.cargo/bin:$PATH"

say() { printf 'setup: %s\n' "$*"; }

if [ "$want" = "mutants" ]; then
  if [ "$(cargo mutants --version 2>/dev/null || true)" != "cargo-mutants $CARGO_MUTANTS_VERSION" ]; then
    say "installing cargo-mutants $CARGO_MUTANTS_VERSION (a few minutes, once)"
    cargo install cargo-mutants --version "=$CARGO_MUTANTS_VERSION" --locked --force
  fi
  say "ready"
  exit 0
fi

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi
for component in rustfmt clippy; do
  if ! rustup component list --installed | grep -q "^$component"; then
    say "adding $component"
    rustup component add "$component"
  fi
done

if [ "$(trunk --version 2>/dev/null || true)" != "trunk $TRUNK_VERSION" ]; then
  say "installing trunk $TRUNK_VERSION (a few minutes, once)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi

# wasm-bindgen-cli must match the wasm-bindgen crate exactly; Trunk.toml names the same version.
bindgen_version=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
if [ -z "$bindgen_version" ]; then
  say "Cargo.lock names no wasm-bindgen version"; exit 1
fi
if ! grep -q "wasm_bindgen = \"$bindgen_version\"" Trunk.toml; then
  say "Trunk.toml's [tools] wasm_bindgen must be $bindgen_version, as in Cargo.lock"; exit 1
fi
if [ "$(wasm-bindgen --version 2>/dev/null || true)" != "wasm-bindgen $bindgen_version" ]; then
  say "installing wasm-bindgen-cli $bindgen_version (a few minutes, once)"
  # Not --locked: its lock file pins a crate the registry no longer has.
  cargo install wasm-bindgen-cli --version "=$bindgen_version" --force
fi

if ! cargo install --list | grep -qx "wasm_split_cli_support v$WASM_SPLIT_VERSION:"; then
  say "installing wasm_split_cli_support $WASM_SPLIT_VERSION (wasm-split-cli; a few minutes, once)"
  cargo install wasm_split_cli_support --version "=$WASM_SPLIT_VERSION" --locked --features build-binary --force
fi

# npm packages: wasm-opt (binaryen 132) and esbuild (the JS glue) for release builds, Playwright
# and axe-core for tests.
lock_sum=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ "$(cat node_modules/.lock-sum 2>/dev/null || true)" != "$lock_sum" ]; then
  say "installing npm packages from package-lock.json"
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund
  echo "$lock_sum" > node_modules/.lock-sum
fi

if [ "$want" = "test" ]; then
  if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
    say "installing Debian's chromium and chromium-driver"
    if [ "$(id -u)" -eq 0 ]; then sudo=""; else sudo="sudo"; fi
    $sudo apt-get update
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y chromium chromium-driver
  fi
fi
say "ready"
