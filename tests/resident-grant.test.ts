import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { addApplicationDocument, answerApplicationQuestion, getApplicationOfRequest } from "@/db/queries/applications";
import { cancelBooking, getBookingOfRequest, listRescheduleSlots, rescheduleBooking } from "@/db/queries/appointments";
import { addResidentPhotos, getResidentPhoto, listPhotosOfRequest, photoSlotsLeft } from "@/db/queries/attachments";
import { askForDelivery, getDeliveryOfRequest } from "@/db/queries/deliveries";
import { notifyResidentUpdate } from "@/db/queries/notifications";
import { lookUpByPhone, openTrackedRequest } from "@/db/queries/resident-grant";
import { addResidentFollowUp, getPublicTimeline, rateRequest, reopenByResident } from "@/db/queries/tracking";
import { openTestDb, type TestDb } from "./support/db";
import { leaveMessageFor } from "./support/requests";

let test: TestDb;
let db: Db;

beforeAll(async () => {
  test = await openTestDb();
  db = test.db;
});
afterAll(() => test?.close());

describe("a resident's grant", () => {
  it("comes from a proof that the request is theirs, and opens that request only", async () => {
    const mine = await leaveMessageFor(db, { officer: "he-wenchuan", phone: "13912345678", body: "楼道里的灯又坏了，请帮忙看看。" });
    const other = await leaveMessageFor(db, { officer: "he-wenchuan", body: "小区门口的井盖松动了，请尽快处理。" });
    const bySecret = await openTrackedRequest(db, { code: mine.referenceCode, proof: { secret: mine.secret } });
    const byPhone = await lookUpByPhone(db, { code: mine.referenceCode, phoneLast4: "5678", clientAddress: "198.51.100.77" });
    for (const access of [bySecret, byPhone]) {
      expect(access.status).toBe("ok");
      if (access.status !== "ok") continue;
      const timeline = await getPublicTimeline(db, access);
      expect(timeline).toMatchObject({ referenceCode: mine.referenceCode, body: "楼道里的灯又坏了，请帮忙看看。" });
      expect(timeline?.referenceCode).not.toBe(other.referenceCode);
    }
    expect(await openTrackedRequest(db, { code: mine.referenceCode, proof: { secret: other.secret } })).toEqual({ status: "not_found" });
  });
});

/**
 * The type-level half: the grant is the only way in. Never called; each call below is one tsc must refuse
 * (`npm test` type-checks this file, and a call it accepts fails the check): a bare request id, or an object
 * that looks like a grant but was not made by a proof, for every resident-side data function.
 */
export function refusedWithoutProof(tx: Db, id: string) {
  const lookalike = { status: "ok", requestId: id, referenceCode: "ABCD-2345" } as const;
  const photo = { mimeType: "image/jpeg", byteSize: 1, width: 1, height: 1, data: Buffer.alloc(1) };
  const ask = { day: "2030-01-01", communityId: 1, compound: "柳荫小区", address: "3 幢" };
  return [
    // @ts-expect-error a bare id
    getPublicTimeline(tx, id),
    // @ts-expect-error a bare id
    addResidentFollowUp(tx, id, "补充"),
    // @ts-expect-error a bare id
    reopenByResident(tx, id),
    // @ts-expect-error a bare id
    rateRequest(tx, id, 5, ""),
    // @ts-expect-error a bare id
    listPhotosOfRequest(tx, id),
    // @ts-expect-error a bare id
    photoSlotsLeft(tx, id),
    // @ts-expect-error a bare id
    addResidentPhotos(tx, id, [photo]),
    // @ts-expect-error a bare id
    getResidentPhoto(tx, id, id),
    // @ts-expect-error a bare id
    getApplicationOfRequest(tx, id, "zh-CN"),
    // @ts-expect-error a bare id
    answerApplicationQuestion(tx, id, "回答"),
    // @ts-expect-error a bare id
    addApplicationDocument(tx, id, "idCardPhoto", photo),
    // @ts-expect-error a bare id
    askForDelivery(tx, id, ask),
    // @ts-expect-error a bare id
    getDeliveryOfRequest(tx, id),
    // @ts-expect-error a bare id
    getBookingOfRequest(tx, id),
    // @ts-expect-error a bare id
    cancelBooking(tx, id),
    // @ts-expect-error a bare id
    rescheduleBooking(tx, id, 1, "zh-CN"),
    // @ts-expect-error a bare id
    listRescheduleSlots(tx, id, new Date()),
    // @ts-expect-error a bare id
    notifyResidentUpdate(tx, id),
    // @ts-expect-error an object with a grant's fields that no proof made
    getPublicTimeline(tx, lookalike),
    // @ts-expect-error an object with a grant's fields that no proof made
    cancelBooking(tx, lookalike),
  ];
}
