import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { communities, requestEvents, requests, type RequestKind, type RequestStatus } from "@/db/schema";
import { newReferenceCode } from "@/lib/codes";

export interface StoredRequest {
  community: string;
  kind?: RequestKind;
  body?: string;
  name?: string | null;
  phone?: string | null;
  anonymous?: boolean;
  details?: Record<string, string>;
  status?: RequestStatus;
  /** minutes before now the request came in */
  ageMinutes?: number;
  /** minutes from now the first answer is due (negative: overdue) */
  dueInMinutes?: number;
  answered?: boolean;
  resolvedMinutesAgo?: number;
}

/**
 * A request as the resident side stores it, written directly so staff-side tests choose its kind, age and due
 * time (the resident forms are tested in their own files).
 */
export async function storeRequest(db: Db, input: StoredRequest) {
  const [community] = await db.select({ id: communities.id }).from(communities).where(eq(communities.slug, input.community));
  if (!community) throw new Error(`no community ${input.community}`);
  const now = Date.now();
  const createdAt = new Date(now - (input.ageMinutes ?? 5) * 60_000);
  const status = input.status ?? (input.answered ? "in_progress" : "submitted");
  const referenceCode = newReferenceCode();
  const [row] = await db
    .insert(requests)
    .values({
      kind: input.kind ?? "message",
      status,
      referenceCode,
      trackingSecretHash: randomBytes(16).toString("hex"),
      residentName: input.name ?? null,
      residentPhone: input.phone ?? null,
      anonymous: input.anonymous ?? false,
      body: input.body ?? "测试诉求内容。",
      details: input.details ?? {},
      communityId: community.id,
      createdAt,
      dueAt: new Date(now + (input.dueInMinutes ?? 24 * 60) * 60_000),
      firstResponseAt: input.answered || status === "resolved" ? new Date(createdAt.getTime() + 60_000) : null,
      resolvedAt: status === "resolved" ? new Date(now - (input.resolvedMinutesAgo ?? 1) * 60_000) : null,
    })
    .returning({ id: requests.id, referenceCode: requests.referenceCode });
  await db.insert(requestEvents).values({ requestId: row!.id, type: "status_change", toStatus: "submitted", createdAt });
  return row!;
}
