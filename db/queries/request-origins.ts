import "server-only";
import { and, eq, sql } from "drizzle-orm";
import type { Db } from "../client";
import { contactBoards, requestOrigins, requests } from "../schema";

/** Notes the board a request came through (nothing when either is unknown; once per request). */
export async function recordRequestOrigin(db: Db, referenceCode: string, boardId: string): Promise<void> {
  const source = db
    .select({ requestId: requests.id, boardId: contactBoards.id })
    .from(requests)
    .innerJoin(contactBoards, and(eq(contactBoards.id, sql`${boardId}`)))
    .where(eq(requests.referenceCode, referenceCode));
  await db.insert(requestOrigins).select(source).onConflictDoNothing();
}
