import "server-only";
import { and, asc, count, desc, eq, gte, like, sql } from "drizzle-orm";
import { canManageBoards, seesAllBoards, type StaffUser } from "@/lib/authz";
import { BOARD_ID_PATTERN, SCAN_TARGET_PATTERN, boardId, boardIdPrefix } from "@/lib/board-ids";
import type { Db } from "../client";
import { boardScans, communities, contactBoards, services, stations, users } from "../schema";

// What a printed board shows of its officer: the public profile, nothing else.
const boardOfficer = {
  id: users.id,
  slug: users.slug,
  name: users.name,
  badgeNumber: users.badgeNumber,
  title: users.title,
  photoUrl: users.photoUrl,
  workPhone: users.workPhone,
  commitment: users.commitment,
};

const activeOfficer = and(eq(users.role, "officer"), eq(users.active, true));

/** An active officer by slug, if the user may manage their boards; null otherwise (not found and not allowed alike). */
async function managedOfficer(db: Db, user: StaffUser, officerSlug: string) {
  const [officer] = await db
    .select({ id: users.id, slug: users.slug, name: users.name, communityId: users.communityId, communitySlug: communities.slug })
    .from(users)
    .innerJoin(communities, eq(communities.id, users.communityId))
    .where(and(eq(users.slug, officerSlug), activeOfficer));
  return officer && canManageBoards(user, officer.id) ? officer : null;
}

/** The officers whose boards the user may manage: themselves, or every officer for the chief and the administrator. */
export async function listBoardOfficers(db: Db, user: StaffUser) {
  const rows = await db
    .select({ id: users.id, slug: users.slug, name: users.name, community: communities.name })
    .from(users)
    .innerJoin(communities, eq(communities.id, users.communityId))
    .where(seesAllBoards(user) ? activeOfficer : and(activeOfficer, eq(users.id, user.id)))
    .orderBy(asc(communities.id), asc(users.id));
  return rows.filter((r) => canManageBoards(user, r.id));
}

/** One officer's boards, or null when there is no such officer or the user may not manage their boards. */
export async function listBoardsForOfficer(db: Db, user: StaffUser, officerSlug: string) {
  const officer = await managedOfficer(db, user, officerSlug);
  if (!officer) return null;
  const boards = await db
    .select({ id: contactBoards.id, location: contactBoards.location, createdAt: contactBoards.createdAt })
    .from(contactBoards)
    .where(eq(contactBoards.officerId, officer.id))
    .orderBy(asc(contactBoards.createdAt), asc(contactBoards.id));
  return { officer: { slug: officer.slug!, name: officer.name }, boards };
}

/**
 * Adds a board for an officer with the next free id of their community (LY-01, LY-02, …); null when the user
 * may not. Two officers adding at once both get an id: a taken one is skipped, not overwritten.
 */
export async function createBoard(db: Db, user: StaffUser, officerSlug: string, location: string) {
  const officer = await managedOfficer(db, user, officerSlug);
  if (!officer) return null;
  const prefix = boardIdPrefix(officer.communitySlug);
  const [{ n } = { n: 0 }] = await db
    .select({ n: count() })
    .from(contactBoards)
    .where(like(contactBoards.id, `${prefix}-%`));
  for (let number = n + 1; number < n + 100; number++) {
    const [row] = await db
      .insert(contactBoards)
      .values({ id: boardId(prefix, number), officerId: officer.id, location })
      .onConflictDoNothing({ target: contactBoards.id })
      .returning({ id: contactBoards.id });
    if (row) return row;
  }
  throw new Error(`no free board id for prefix ${prefix}`);
}

/** The active services in catalogue order: each gets its QR code on every board. */
async function boardServices(db: Db) {
  return db
    .select({ slug: services.slug, name: services.name })
    .from(services)
    .where(eq(services.active, true))
    .orderBy(asc(services.sortOrder), asc(services.id));
}

function printableBoards(db: Db) {
  return db
    .select({
      id: contactBoards.id,
      location: contactBoards.location,
      officer: boardOfficer,
      community: { name: communities.name, officeAddress: communities.officeAddress },
      station: { name: stations.name, phone: stations.phone },
    })
    .from(contactBoards)
    .innerJoin(users, eq(users.id, contactBoards.officerId))
    .innerJoin(communities, eq(communities.id, users.communityId))
    .innerJoin(stations, eq(stations.id, users.stationId));
}

export type PrintableBoard = NonNullable<Awaited<ReturnType<typeof getBoardForPrint>>>;

/** Everything one printed board shows; null when there is no such board or it is not the user's to print. */
export async function getBoardForPrint(db: Db, user: StaffUser, board: string) {
  if (!BOARD_ID_PATTERN.test(board)) return null;
  const [row] = await printableBoards(db).where(eq(contactBoards.id, board));
  if (!row || !canManageBoards(user, row.officer.id)) return null;
  return { ...row, services: await boardServices(db) };
}

/** Every board, for printing them all at once (chief and administrator); null for anyone else. */
export async function listAllBoardsForPrint(db: Db, user: StaffUser) {
  if (!seesAllBoards(user)) return null;
  const rows = await printableBoards(db).orderBy(asc(communities.id), asc(users.id), asc(contactBoards.id));
  const serviceRows = await boardServices(db);
  return rows.map((row) => ({ ...row, services: serviceRows }));
}

/**
 * Counts one scan of a board's QR code and says where it leads (a relative path), or null when the board or
 * the target is unknown. One upsert on (board, target, today in Shanghai): concurrent scans never lose a count.
 * Nothing about the visitor is stored.
 */
export async function countScan(db: Db, board: string, target: string): Promise<string | null> {
  if (!BOARD_ID_PATTERN.test(board) || !SCAN_TARGET_PATTERN.test(target)) return null;
  const [found] = await db
    .select({ officerSlug: users.slug })
    .from(contactBoards)
    .innerJoin(users, eq(users.id, contactBoards.officerId))
    .where(and(eq(contactBoards.id, board), eq(users.active, true)));
  if (!found?.officerSlug) return null;
  let location: string;
  if (target === "officer") {
    location = `/officers/${encodeURIComponent(found.officerSlug)}`;
  } else {
    const [service] = await db
      .select({ slug: services.slug })
      .from(services)
      .where(and(eq(services.slug, target), eq(services.active, true)));
    if (!service) return null;
    location = `/services/${encodeURIComponent(service.slug)}`;
  }
  await db
    .insert(boardScans)
    .values({ boardId: board, target, day: sql`(now() at time zone 'Asia/Shanghai')::date`, count: 1 })
    .onConflictDoUpdate({
      target: [boardScans.boardId, boardScans.target, boardScans.day],
      set: { count: sql`${boardScans.count} + 1` },
    });
  return location;
}

/**
 * Scans per board and target over the last `days` days (Shanghai days, today included), most scanned first,
 * for the chief and the administrator; null for anyone else.
 */
export async function scanCounts(db: Db, user: StaffUser, days = 30) {
  if (!seesAllBoards(user)) return null;
  const total = sql<number>`cast(sum(${boardScans.count}) as integer)`;
  return db
    .select({
      boardId: boardScans.boardId,
      location: contactBoards.location,
      officerName: users.name,
      target: boardScans.target,
      // null for the officer code (and for a service since removed from the catalogue)
      serviceName: services.name,
      count: total,
    })
    .from(boardScans)
    .innerJoin(contactBoards, eq(contactBoards.id, boardScans.boardId))
    .innerJoin(users, eq(users.id, contactBoards.officerId))
    .leftJoin(services, eq(services.slug, boardScans.target))
    .where(gte(boardScans.day, sql`(now() at time zone 'Asia/Shanghai')::date - ${Math.max(1, Math.floor(days)) - 1}::int`))
    .groupBy(boardScans.boardId, contactBoards.location, users.name, boardScans.target, services.name)
    .orderBy(desc(total), asc(boardScans.boardId), asc(boardScans.target));
}
