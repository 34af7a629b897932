// End-to-end tests: Debian's Chromium (never a downloaded browser) against the release build
// in dist/, served statically on 127.0.0.1 by scripts/serve.mjs.
import { defineConfig } from "@playwright/test";

export const PORT = 4173;
export const SUBPATH_PORT = 4174;
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
  "--disable-sync",
  "--disable-quic",
  // Nothing but this machine can be reached, so a request to another origin fails loudly.
  "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
];

export default defineConfig({
  testDir: ".",
  outputDir: "../../test-results",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: [["list"]],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    browserName: "chromium",
    launchOptions: { executablePath: "/usr/bin/chromium", args: CHROMIUM_ARGS },
    serviceWorkers: "allow",
  },
  webServer: [
    {
      command: `node ../../scripts/serve.mjs ../../dist --port ${PORT}`,
      url: `http://127.0.0.1:${PORT}/`,
      reuseExistingServer: false,
    },
    {
      command: `node ../../scripts/serve.mjs ../../dist-subpath --port ${SUBPATH_PORT} --base /peer-support-guide/`,
      url: `http://127.0.0.1:${SUBPATH_PORT}/peer-support-guide/`,
      reuseExistingServer: false,
    },
  ],
});
