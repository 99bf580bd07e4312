import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { getRequestForStaff, listQueue } from "@/db/queries/queue";
import type { StaffUser } from "@/lib/authz";
import { parseQueueSearch } from "@/lib/queue-search";
import { openTestDb, type TestDb } from "./support/db";
import { requestByCode } from "./support/requests";
import { storeRequest } from "./support/staff-fixtures";
import { staffByLogin } from "./support/staff";

let test: TestDb;
let db: Db;
const staff: Record<string, StaffUser> = {};

beforeAll(async () => {
  test = await openTestDb();
  db = test.db;
  for (const login of ["officer.wanghu", "aux.wanghu", "officer.fenglin", "chief", "officer.liuyin"]) staff[login] = await staffByLogin(db, login);
});
afterAll(() => test?.close());

/** What the queue shows a user searching for what they typed (every view, as the search box asks). */
async function searchAs(login: string, typed: string) {
  const search = parseQueueSearch(typed);
  if (search === null || search === "invalid") throw new Error(`not a search: ${typed}`);
  return (await listQueue(db, staff[login]!, { view: "all", search })).rows.map((r) => r.referenceCode);
}

describe("what staff type in the queue's search box", () => {
  it("is a reference code or a part of one however it is typed, or the last four digits of a phone", () => {
    expect(parseQueueSearch("demq-2345")).toEqual({ code: "DEMQ2345", phoneEnding: null });
    expect(parseQueueSearch(" DEMQ 2345 ")).toEqual({ code: "DEMQ2345", phoneEnding: null });
    expect(parseQueueSearch("ｄｅｍｑ")).toEqual({ code: "DEMQ", phoneEnding: null });
    expect(parseQueueSearch("5678")).toEqual({ code: "5678", phoneEnding: "5678" });
    expect(parseQueueSearch("５６７８")).toEqual({ code: "5678", phoneEnding: "5678" });
    expect(parseQueueSearch("")).toBeNull();
    expect(parseQueueSearch("   ")).toBeNull();
    expect(parseQueueSearch(undefined)).toBeNull();
    expect(parseQueueSearch(["a", "b"])).toBeNull();
    for (const bad of ["ab", "%", "DEMQ%", "'; drop table requests; --", "王阿姨", "x".repeat(21)]) expect(parseQueueSearch(bad), bad).toBe("invalid");
  });
});

describe("searching the queue", () => {
  it("finds a request by its reference code, with or without the dash, in any case, or by a part of it", async () => {
    const mine = await storeRequest(db, { community: "wanghu", phone: "13811110001" });
    const compact = mine.referenceCode.replace("-", "");
    expect(await searchAs("officer.wanghu", mine.referenceCode.toLowerCase())).toEqual([mine.referenceCode]);
    expect(await searchAs("officer.wanghu", compact)).toEqual([mine.referenceCode]);
    expect(await searchAs("officer.wanghu", compact.slice(-5))).toContain(mine.referenceCode);
  });

  it("finds requests by the last four digits of the resident's phone, resolved ones too", async () => {
    const open = await storeRequest(db, { community: "wanghu", phone: "13822224321" });
    const done = await storeRequest(db, { community: "wanghu", phone: "13933334321", status: "resolved" });
    await storeRequest(db, { community: "wanghu", phone: "13943210000" });
    expect((await searchAs("officer.wanghu", "4321")).sort()).toEqual([open.referenceCode, done.referenceCode].sort());
  });

  it("stays within the user's communities, like the queue", async () => {
    const mine = await storeRequest(db, { community: "wanghu", phone: "13855556789" });
    expect(await searchAs("officer.fenglin", mine.referenceCode)).toEqual([]);
    expect(await searchAs("officer.fenglin", "6789")).not.toContain(mine.referenceCode);
    expect(await searchAs("chief", mine.referenceCode)).toEqual([mine.referenceCode]);
  });

  it("does not let an auxiliary find a tip by its reporter's phone, only by its code", async () => {
    const tip = await storeRequest(db, { community: "wanghu", kind: "tip", name: "邬女士", phone: "13966668642", details: { category: "gambling" } });
    expect(await searchAs("aux.wanghu", "8642")).toEqual([]);
    expect(await searchAs("aux.wanghu", tip.referenceCode)).toEqual([tip.referenceCode]);
    expect(await searchAs("officer.wanghu", "8642")).toEqual([tip.referenceCode]);
  });
});

describe("whose a request is", () => {
  it("is its assignee, on the queue card and the request page", async () => {
    const row = (await listQueue(db, staff["officer.liuyin"]!, { view: "all" })).rows.find((r) => r.referenceCode === "DEMQ-3479");
    expect(row).toMatchObject({ assigneeName: "贺文川" });
  });

  it("is the community's officer when nobody was assigned, as for an online application", async () => {
    const officer = staff["officer.liuyin"]!;
    const application = await requestByCode(db, "DEMA-2P4R");
    expect(application.assigneeId).toBeNull();
    const row = (await listQueue(db, officer, { view: "all" })).rows.find((r) => r.referenceCode === "DEMA-2P4R");
    expect(row).toMatchObject({ assigneeName: null, communityOfficerName: "贺文川" });
    expect(await getRequestForStaff(db, officer, application.id)).toMatchObject({ assigneeName: null, communityOfficerName: "贺文川" });
  });
});
