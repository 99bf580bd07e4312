import path from "node:path";
import { defineConfig } from "vitest/config";

/**
 * `npm run test:production`, after `npm run build`: the production set-up itself — nginx in front of two
 * instances of the build on one PostgreSQL, and PostgreSQL restarted under load. Each file starts real
 * servers, so they run one at a time. On the embedded database they cannot apply, and say so.
 */
export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      "server-only": path.resolve(import.meta.dirname, "tests/support/server-only.ts"),
    },
  },
  test: {
    include: ["tests/production/**/*.test.ts"],
    environment: "node",
    // The template databases openTestDb() clones; only the PostgreSQL pass has tests that use them.
    globalSetup: ["tests/production/support/announce.ts", ...(process.env.DATABASE_URL ? ["tests/support/global-setup.ts"] : [])],
    env: { AUTH_SECRET: "unit-test-secret-unit-test-secret-unit-test" },
    fileParallelism: false,
    reporters: ["verbose"],
    testTimeout: 180_000,
    hookTimeout: 240_000,
  },
});
