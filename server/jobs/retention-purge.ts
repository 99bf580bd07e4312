import { purgeExpired } from "@/db/retention";
import type { Job } from "./job";

/** The retention periods of the privacy notice (db/retention.ts), applied every night; `npm run db:purge` does the same by hand. */
export const retentionPurge: Job = {
  name: "retention-purge",
  schedule: "15 3 * * *",
  async run(db) {
    const result = await purgeExpired(db);
    return Object.entries(result)
      .map(([what, n]) => `${what} ${n}`)
      .join(", ");
  },
};
