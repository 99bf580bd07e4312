import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      // Query modules import "server-only" to stay out of client bundles; in tests they are plain modules.
      "server-only": path.resolve(import.meta.dirname, "tests/support/server-only.ts"),
    },
  },
  test: {
    include: ["tests/**/*.test.ts"],
    globalSetup: ["tests/support/global-setup.ts"],
    // After the build, with their own configuration: vitest.production.config.ts.
    exclude: ["tests/production/**"],
    environment: "node",
    env: { AUTH_SECRET: "unit-test-secret-unit-test-secret-unit-test" },
    // Each file opens its own database (PGlite in memory, or a throwaway PostgreSQL database).
    pool: "forks",
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
