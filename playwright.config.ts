import { defineConfig, devices } from "@playwright/test";

const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${port}`;

/**
 * Runs the production build (`npm run build` first) against a freshly seeded database: a new PGlite folder,
 * or the PostgreSQL database in DATABASE_URL (which should be a throwaway one: the journeys write to it).
 */
export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  workers: 1,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  timeout: 60_000,
  reporter: [["list"]],
  use: {
    baseURL,
    locale: "zh-CN",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  projects: [{ name: "phone", use: { ...devices["Pixel 7"], browserName: "chromium" } }],
  webServer: {
    command: "node e2e/serve.mjs",
    url: `${baseURL}/api/health`,
    timeout: 180_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    env: {
      PORT: String(port),
      PUBLIC_BASE_URL: baseURL,
      PGLITE_DIR: ".data/e2e/pglite",
      AUTH_SECRET: "e2e-secret-e2e-secret-e2e-secret-e2e-secret",
      // The journeys sign in with the demo accounts, also on PostgreSQL in production mode.
      ALLOW_DEMO_PASSWORD: "true",
      // Every journey runs from this one browser on 127.0.0.1: the per-client limit (tested in Vitest) would
      // otherwise stop the suite after its first thirty submissions.
      SUBMIT_LIMIT_PER_CLIENT_HOUR: "10000",
      SUBMIT_LIMIT_PER_ADDRESS_HOUR: "10000",
      SUBMIT_LIMIT_PER_PHONE_DAY: "10000",
    },
  },
});
