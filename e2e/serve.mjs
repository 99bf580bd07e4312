// Starts the built portal for the browser tests on a freshly seeded database.
import { spawn, spawnSync } from "node:child_process";
import { rmSync } from "node:fs";

if (!process.env.DATABASE_URL) rmSync(".data/e2e", { recursive: true, force: true });
const seeded = spawnSync("node_modules/.bin/tsx", ["db/seed-cli.ts"], { stdio: "inherit" });
if (seeded.status !== 0) process.exit(seeded.status ?? 1);

// next itself, not npx: killing npx would leave next-server running (STACK.md item 6).
const server = spawn("node_modules/.bin/next", ["start", "-p", process.env.PORT ?? "3100"], { stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
