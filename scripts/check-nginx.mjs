// Runs before `npm test` on PostgreSQL (DATABASE_URL set): its production tests put nginx in front of two
// instances, so a machine without it stops here with what to do, not after the build and the browser journeys.
import { accessSync, constants } from "node:fs";

const path = process.env.NGINX_PATH || "/usr/sbin/nginx";
if (process.env.DATABASE_URL) {
  try {
    accessSync(path, constants.X_OK);
  } catch {
    console.error(`No nginx at ${path} for the production tests on PostgreSQL: install Debian's nginx: apt-get install nginx (or set NGINX_PATH)`);
    process.exit(1);
  }
}
