# Peer Support Guide task runner. On a fresh machine, `make serve` and `make test` install what
# they need first (scripts/setup.sh skips whatever is already there).

SHELL := /bin/bash
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
export CHROMEDRIVER ?= /usr/bin/chromedriver
PORT ?= 8080
# Debian's Chromium, started as root on a closed network.
export CHROMIUM_FLAGS := --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --no-first-run --disable-sync

.PHONY: serve test setup-app setup-test build build-subpath lint test-native test-wasm test-e2e size bench mutants clean

## Build the release app and serve it on http://127.0.0.1:$(PORT)
serve: setup-app build
	node scripts/serve.mjs dist --port $(PORT)

## Run every test: lint, native, wasm in headless Chromium, size budget, end-to-end
test: setup-test lint test-native test-wasm build build-subpath size test-e2e

setup-app:
	scripts/setup.sh app

setup-test:
	scripts/setup.sh test

build:
	trunk build --release

## The same app built to live under /peer-support-guide/ on a static host
build-subpath:
	trunk build --release --public-url /peer-support-guide/ --dist dist-subpath

lint:
	cargo fmt --all --check
	cargo clippy --all-targets -- -D warnings
	cargo clippy --target wasm32-unknown-unknown --lib --bins --test web -- -D warnings
	cargo clippy --target wasm32-unknown-unknown --lib --bins --features split -- -D warnings

test-native:
	cargo test

test-wasm:
	cargo test --target wasm32-unknown-unknown --test web

size:
	node scripts/size.mjs dist

test-e2e:
	npx playwright test -c tests/e2e

## Size report, catalog search and journal timings, Lighthouse mobile on four pages, a 5 MB
## backup and unlocking at 4x CPU slowdown in Chromium (not part of `make test`; the last two
## steps fail when over their limits)
bench: setup-test build
	node scripts/size.mjs dist || true
	cargo bench --bench catalog
	cargo bench --bench journal
	cargo bench --bench checkins
	scripts/bench/lighthouse.sh / /groups /choose /tracker
	node scripts/bench/import.mjs dist
	node scripts/bench/unlock.mjs dist

## Mutation testing of the journal (its reader, limits and merge) with cargo-mutants: every
## change to the code that the journal's native tests don't notice is listed (about 30 minutes;
## not part of `make test`). Only the journal's tests run, so a mutant can only seem missed,
## never seem caught, by a test elsewhere.
mutants:
	scripts/setup.sh mutants
	cargo mutants --file src/domain/journal.rs --timeout 30 -- --lib journal

clean:
	rm -rf dist dist-subpath target test-results
