// Runs before `npm test` and `npm run test:e2e`: the browser journeys use Debian's chromium (Playwright downloads
// none), so a machine without it stops here with what to do, not minutes later with Playwright's launch error.
import { accessSync, constants, statSync } from "node:fs";

const path = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
try {
  accessSync(path, constants.X_OK);
  if (!statSync(path).isFile()) throw new Error("not a file");
} catch {
  console.error(`No browser at ${path} for the browser tests: install Debian's chromium: apt-get install chromium (or set CHROMIUM_PATH)`);
  process.exit(1);
}
