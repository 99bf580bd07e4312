import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { communities, users } from "@/db/schema";
import type { StaffUser } from "@/lib/authz";

/** The staff member as the dashboard knows them (what the session resolves to), by their seeded login. */
export async function staffByLogin(db: Db, login: string): Promise<StaffUser> {
  const [row] = await db
    .select({ id: users.id, role: users.role, stationId: users.stationId, communityId: users.communityId, name: users.name })
    .from(users)
    .where(eq(users.login, login));
  if (!row) throw new Error(`no seeded user with login ${login}`);
  return row;
}

export async function communityBySlug(db: Db, slug: string): Promise<{ id: number; name: string }> {
  const [row] = await db
    .select({ id: communities.id, name: communities.name })
    .from(communities)
    .where(eq(communities.slug, slug));
  if (!row) throw new Error(`no seeded community ${slug}`);
  return row;
}

export async function userIdBySlug(db: Db, slug: string): Promise<number> {
  const [row] = await db.select({ id: users.id }).from(users).where(eq(users.slug, slug));
  if (!row) throw new Error(`no seeded officer ${slug}`);
  return row.id;
}
