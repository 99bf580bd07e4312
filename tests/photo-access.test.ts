import { and, eq } from "drizzle-orm";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import {
  addResidentPhotos,
  getPhotoForStaff,
  getResidentPhoto,
  listPhotosForStaff,
  listPhotosOfRequest,
  photoSlotsLeft,
} from "@/db/queries/attachments";
import { attachments, auditLog } from "@/db/schema";
import { purgeExpired } from "@/db/retention";
import type { StaffUser } from "@/lib/authz";
import { preparePhoto, type PreparedPhoto } from "@/lib/uploads/photos";
import { openTestDb, type TestDb } from "./support/db";
import { storeRequest, type StoredRequest } from "./support/staff-fixtures";
import { staffByLogin } from "./support/staff";
import { grantFor } from "./support/grants";

let test: TestDb;
let db: Db;
let photo: PreparedPhoto;
const staff: Record<string, StaffUser> = {};

beforeAll(async () => {
  test = await openTestDb();
  db = test.db;
  for (const login of ["officer.wanghu", "aux.wanghu", "aux.fenglin", "officer.fenglin", "chief", "mediator"]) {
    staff[login] = await staffByLogin(db, login);
  }
  const prepared = await preparePhoto(await sharp({ create: { width: 64, height: 48, channels: 3, background: "#c33" } }).png().toBuffer());
  if (!("ok" in prepared)) throw new Error("test photo refused");
  photo = prepared.ok;
});
afterAll(() => test?.close());

/** Adds photos as the upload route does: in one transaction. */
const add = (requestId: string, photos: PreparedPhoto[]) => db.transaction(async (tx) => addResidentPhotos(tx, await grantFor(tx, requestId), photos));
const request = (input: Partial<StoredRequest> = {}) => storeRequest(db, { community: "wanghu", kind: "message", ...input });
const downloadsOf = (requestId: string) =>
  db
    .select({ actorId: auditLog.actorId, details: auditLog.details })
    .from(auditLog)
    .where(and(eq(auditLog.targetId, requestId), eq(auditLog.action, "photo.download")));

describe("adding photos to a request", () => {
  it("takes up to three, and an upload that would pass three stores none of its photos", async () => {
    const { id } = await request({ kind: "help" });
    expect(await photoSlotsLeft(db, await grantFor(db, id))).toBe(3);
    expect(await add(id, [photo, photo])).toBe("ok");
    expect(await photoSlotsLeft(db, await grantFor(db, id))).toBe(1);
    expect(await add(id, [photo, photo])).toBe("too_many");
    expect(await listPhotosOfRequest(db, await grantFor(db, id))).toHaveLength(2);
    expect(await add(id, [photo])).toBe("ok");
    expect(await photoSlotsLeft(db, await grantFor(db, id))).toBe(0);
    expect(await add(id, [photo])).toBe("too_many");
    expect(await listPhotosOfRequest(db, await grantFor(db, id))).toHaveLength(3);
  });

  it("lets only one of two uploads at once take the last places", async () => {
    const { id } = await request({ kind: "tip" });
    const results = await Promise.all([add(id, [photo, photo]), add(id, [photo, photo])]);
    expect(results.sort()).toEqual(["ok", "too_many"]);
    expect(await listPhotosOfRequest(db, await grantFor(db, id))).toHaveLength(2);
  });

  it("is not allowed on a question, a request for advice, or a resolved request", async () => {
    for (const input of [{ kind: "consultation" }, { kind: "advice" }, { kind: "message", status: "resolved" }] as const) {
      const { id } = await request(input);
      expect(await photoSlotsLeft(db, await grantFor(db, id))).toBeNull();
      expect(await add(id, [photo])).toBe("not_allowed");
      expect(await listPhotosOfRequest(db, await grantFor(db, id))).toHaveLength(0);
    }
  });
});

describe("who sees a photo", () => {
  it("the resident's proven request only: a photo id of another request gives nothing", async () => {
    const mine = await request();
    const theirs = await request();
    await add(theirs.id, [photo]);
    const [stored] = await listPhotosOfRequest(db, await grantFor(db, theirs.id));
    expect(await getResidentPhoto(db, await grantFor(db, theirs.id), stored!.id)).toMatchObject({ mimeType: "image/jpeg", byteSize: photo.byteSize });
    expect(await getResidentPhoto(db, await grantFor(db, mine.id), stored!.id)).toBeNull();
    expect(await getResidentPhoto(db, await grantFor(db, theirs.id), "not-a-uuid")).toBeNull();
  });

  it("staff of the request's community and the chief, each download audited; others get nothing and leave no row", async () => {
    const { id } = await request({ kind: "tip" });
    await add(id, [photo]);
    const [stored] = await listPhotosOfRequest(db, await grantFor(db, id));

    for (const login of ["officer.wanghu", "aux.wanghu", "chief"]) {
      expect(await listPhotosForStaff(db, staff[login]!, id)).toEqual([{ id: stored!.id, width: 64, height: 48 }]);
      const file = await getPhotoForStaff(db, staff[login]!, id, stored!.id);
      expect(file?.data.equals(photo.data)).toBe(true);
    }
    for (const login of ["officer.fenglin", "aux.fenglin", "mediator"]) {
      expect(await listPhotosForStaff(db, staff[login]!, id)).toEqual([]);
      expect(await getPhotoForStaff(db, staff[login]!, id, stored!.id)).toBeNull();
    }
    const rows = await downloadsOf(id);
    expect(rows.map((r) => r.actorId).sort()).toEqual(
      [staff["officer.wanghu"]!.id, staff["aux.wanghu"]!.id, staff["chief"]!.id].sort(),
    );
    expect(rows[0]!.details).toMatchObject({ photoId: stored!.id, size: "full" });
  });

  it("not through another request's id, even in the user's own community", async () => {
    const a = await request();
    const b = await request();
    await add(a.id, [photo]);
    const [stored] = await listPhotosOfRequest(db, await grantFor(db, a.id));
    expect(await getPhotoForStaff(db, staff["officer.wanghu"]!, b.id, stored!.id)).toBeNull();
    expect(await downloadsOf(b.id)).toHaveLength(0);
  });
});

describe("retention (db:purge)", () => {
  it("deletes the photos of tips resolved longer ago than the given days, and nothing else", async () => {
    const day = 24 * 60;
    const oldTip = await request({ kind: "tip", status: "resolved", resolvedMinutesAgo: 400 * day });
    const recentTip = await request({ kind: "tip", status: "resolved", resolvedMinutesAgo: 10 * day });
    const openTip = await request({ kind: "tip", ageMinutes: 400 * day });
    const oldMessage = await request({ kind: "message", status: "resolved", resolvedMinutesAgo: 400 * day });
    // Photos were added while each was open.
    for (const r of [oldTip, recentTip, openTip, oldMessage]) {
      await db.insert(attachments).values([{ requestId: r.id, ...photo }, { requestId: r.id, ...photo }]);
    }
    expect((await purgeExpired(db, { contactDays: 100_000, tipPhotoDays: 365 })).tipPhotosRemoved).toBe(2);
    expect(await listPhotosOfRequest(db, await grantFor(db, oldTip.id))).toHaveLength(0);
    for (const r of [recentTip, openTip, oldMessage]) expect(await listPhotosOfRequest(db, await grantFor(db, r.id))).toHaveLength(2);
    expect((await purgeExpired(db, { contactDays: 100_000, tipPhotoDays: 365 })).tipPhotosRemoved).toBe(0);
  });
});
