import { existsSync } from "node:fs";

/** Before the production tests: say plainly what cannot run here, and stop early when the build is missing. */
export default function announce() {
  if (!process.env.DATABASE_URL) {
    console.log(
      "\nProduction tests skipped on the embedded database: several instances behind nginx and a database restart need " +
        "PostgreSQL (they run in the PostgreSQL pass of npm test, with DATABASE_URL set).\n",
    );
  } else if (!existsSync(".next/BUILD_ID")) {
    throw new Error("the production tests run the build: npm run build first");
  }
}
