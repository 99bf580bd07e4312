import "server-only";
import { and, desc, eq, inArray, isNotNull, sql, type SQL } from "drizzle-orm";
import { canPublish, requestScope, type StaffUser } from "@/lib/authz";
import type { preventionTipTopics } from "@/lib/validation/staff-forms";
import { isUuid } from "@/lib/validation/uuid";
import type { Db } from "../client";
import { communities, faqEntries, preventionTips, requests, users } from "../schema";
import { audit } from "./audit";
import { inCommunityScope } from "./scope";

export type PreventionTipTopic = (typeof preventionTipTopics)[number];

/** The communities whose public content the user may change, as a WHERE clause on `column`. */
function communityScope(user: StaffUser, column: typeof preventionTips.communityId | typeof requests.communityId): SQL {
  return canPublish(user) ? inCommunityScope(user, column) : sql`false`;
}

/** A community's published questions and answers, newest first (public: no names, no source request). */
export function listFaq(db: Db, communityId: number, limit = 20) {
  return db
    .select({ id: faqEntries.id, topic: faqEntries.topic, question: faqEntries.question, answer: faqEntries.answer, createdAt: faqEntries.createdAt })
    .from(faqEntries)
    .where(eq(faqEntries.communityId, communityId))
    .orderBy(desc(faqEntries.createdAt), desc(faqEntries.id))
    .limit(limit);
}

/** A community's prevention tips, newest first (public: no author). */
export function listPreventionTips(db: Db, communityId: number, limit = 20) {
  return db
    .select({
      id: preventionTips.id,
      topic: preventionTips.topic,
      title: preventionTips.title,
      body: preventionTips.body,
      createdAt: preventionTips.createdAt,
    })
    .from(preventionTips)
    .where(eq(preventionTips.communityId, communityId))
    .orderBy(desc(preventionTips.createdAt), desc(preventionTips.id))
    .limit(limit);
}

/**
 * The public pages that show a community's content (its community page and its officers' pages), in both
 * locales: the rewrite in next.config.js serves them from /zh-CN/… and /en/…, and revalidatePath wants the
 * destination path.
 */
export async function publicPagesOfCommunity(
  db: Db,
  communityId: number,
  options: { officerPages: boolean },
): Promise<string[]> {
  const [community] = await db.select({ slug: communities.slug }).from(communities).where(eq(communities.id, communityId));
  if (!community) return [];
  const staff = options.officerPages
    ? await db
        .select({ slug: users.slug })
        .from(users)
        .where(and(eq(users.communityId, communityId), inArray(users.role, ["officer", "auxiliary"]), isNotNull(users.slug)))
    : [];
  const paths = [`/communities/${community.slug}`, ...staff.map((s) => `/officers/${s.slug}`)];
  return ["zh-CN", "en"].flatMap((locale) => paths.map((p) => `/${locale}${p}`));
}

export interface FaqInput {
  question: string;
  answer: string;
}

/**
 * Publishes a question and answer from a consultation, de-identified by the officer, on the request's
 * community page. Returns the community's id, or null when the request is not a consultation the user may see.
 */
export async function publishFaqFromRequest(db: Db, user: StaffUser, requestId: string, input: FaqInput) {
  if (!canPublish(user) || !isUuid(requestId)) return null;
  const [request] = await db
    .select({ communityId: requests.communityId, details: requests.details })
    .from(requests)
    .where(and(eq(requests.id, requestId), eq(requests.kind, "consultation"), communityScope(user, requests.communityId)));
  if (!request) return null;
  const [entry] = await db
    .insert(faqEntries)
    .values({
      communityId: request.communityId,
      topic: request.details.topic ?? "other",
      question: input.question,
      answer: input.answer,
      sourceRequestId: requestId,
      publishedById: user.id,
    })
    .returning({ id: faqEntries.id });
  await audit(db, user, "faq.publish", { type: "request", id: requestId }, { faqEntryId: entry!.id });
  return { communityId: request.communityId, faqEntryId: entry!.id };
}

/** The FAQ entries already published from one request (shown on the request page). */
export function listFaqFromRequest(db: Db, user: StaffUser, requestId: string) {
  if (!isUuid(requestId)) return Promise.resolve([]);
  return db
    .select({ id: faqEntries.id, question: faqEntries.question, createdAt: faqEntries.createdAt })
    .from(faqEntries)
    .where(and(eq(faqEntries.sourceRequestId, requestId), inCommunityScope(user, faqEntries.communityId)))
    .orderBy(desc(faqEntries.createdAt));
}

export interface PreventionTipInput {
  communityId?: number;
  topic: PreventionTipTopic;
  title: string;
  body: string;
}

/**
 * An officer writes a prevention tip for their own community; the chief and the administrator choose the
 * community. Returns the community's id, or null when the user may not write there.
 */
export async function createPreventionTip(db: Db, user: StaffUser, input: PreventionTipInput) {
  if (!canPublish(user)) return null;
  const scope = requestScope(user);
  const communityId = scope.kind === "community" ? scope.communityId : input.communityId;
  if (communityId === undefined) return null;
  const [community] = await db
    .select({ id: communities.id })
    .from(communities)
    .where(and(eq(communities.id, communityId), inCommunityScope(user, communities.id)));
  if (!community) return null;
  const [tip] = await db
    .insert(preventionTips)
    .values({ communityId, topic: input.topic, title: input.title, body: input.body, authorId: user.id })
    .returning({ id: preventionTips.id });
  await audit(db, user, "prevention_tip.create", { type: "prevention_tip", id: tip!.id });
  return { communityId, tipId: tip!.id };
}

/** Deletes a tip of a community the user may publish for. Returns its community's id, or null. */
export async function deletePreventionTip(db: Db, user: StaffUser, tipId: number) {
  if (!Number.isSafeInteger(tipId)) return null;
  const [deleted] = await db
    .delete(preventionTips)
    .where(and(eq(preventionTips.id, tipId), communityScope(user, preventionTips.communityId)))
    .returning({ communityId: preventionTips.communityId, title: preventionTips.title });
  if (!deleted) return null;
  await audit(db, user, "prevention_tip.delete", { type: "prevention_tip", id: tipId }, { title: deleted.title });
  return { communityId: deleted.communityId };
}

/** The tips the dashboard lists for the user: their community's, or every community's for the chief and admin. */
export async function listPreventionTipsForStaff(db: Db, user: StaffUser) {
  const rows = await db
    .select({
      id: preventionTips.id,
      communityId: preventionTips.communityId,
      communityName: communities.name,
      topic: preventionTips.topic,
      title: preventionTips.title,
      body: preventionTips.body,
      authorName: users.name,
      createdAt: preventionTips.createdAt,
    })
    .from(preventionTips)
    .innerJoin(communities, eq(communities.id, preventionTips.communityId))
    .innerJoin(users, eq(users.id, preventionTips.authorId))
    .where(inCommunityScope(user, preventionTips.communityId))
    .orderBy(desc(preventionTips.createdAt), desc(preventionTips.id))
    .limit(200);
  return rows.map((r) => ({ ...r, canDelete: canPublish(user) }));
}
