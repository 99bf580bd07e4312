import { and, asc, eq } from "drizzle-orm";
import { boardId, boardIdPrefix } from "../lib/board-ids";
import type { Db } from "./client";
import { communities, contactBoards, users } from "./schema";

/**
 * One contact board per community officer (柳荫 → LY-01), hung at the community's police office. Idempotent:
 * an id that exists is left alone. Free of "server-only" imports, like db/seed.ts, which calls it.
 */
export async function seedBoards(db: Db): Promise<void> {
  const officers = await db
    .select({ id: users.id, communitySlug: communities.slug, officeAddress: communities.officeAddress })
    .from(users)
    .innerJoin(communities, eq(communities.id, users.communityId))
    .where(and(eq(users.role, "officer"), eq(users.active, true)))
    .orderBy(asc(communities.id), asc(users.id));
  const taken = new Set<string>();
  for (const officer of officers) {
    const prefix = boardIdPrefix(officer.communitySlug);
    let number = 1;
    while (taken.has(boardId(prefix, number))) number++;
    const id = boardId(prefix, number);
    taken.add(id);
    await db
      .insert(contactBoards)
      .values({ id, officerId: officer.id, location: officer.officeAddress })
      .onConflictDoNothing({ target: contactBoards.id });
  }
}
