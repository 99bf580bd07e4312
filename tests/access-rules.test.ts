import { describe, expect, it } from "vitest";
import {
  canHandOver,
  canPublish,
  canRevealIdNumber,
  canRevealPhone,
  canUseQueue,
  requestScope,
  seesAllCommunities,
  staffRoles,
  type StaffUser,
} from "@/lib/authz";
import type { Role } from "@/db/schema";

const staff = (role: Role, communityId: number | null): StaffUser => ({ id: 1, role, stationId: 1, communityId, name: "测试" });

describe("which residents' requests a staff member may work on", () => {
  it.each(["officer", "auxiliary"] as const)("an %s works only their own community's queue", (role) => {
    const user = staff(role, 3);
    expect(requestScope(user)).toEqual({ kind: "community", communityId: 3 });
    expect(canUseQueue(user)).toBe(true);
    expect(seesAllCommunities(user)).toBe(false);
  });

  it.each(["officer", "auxiliary"] as const)("an %s without a community sees no requests", (role) => {
    const user = staff(role, null);
    expect(requestScope(user)).toEqual({ kind: "none" });
    expect(canUseQueue(user)).toBe(false);
    expect(seesAllCommunities(user)).toBe(false);
  });

  it.each(["chief", "admin"] as const)("the %s sees every community, with or without one of their own", (role) => {
    for (const communityId of [null, 2]) {
      const user = staff(role, communityId);
      expect(requestScope(user)).toEqual({ kind: "all" });
      expect(canUseQueue(user)).toBe(true);
      expect(seesAllCommunities(user)).toBe(true);
    }
  });

  it("a mediator sees no residents' requests, even with a community", () => {
    for (const communityId of [null, 2]) {
      const user = staff("mediator", communityId);
      expect(requestScope(user)).toEqual({ kind: "none" });
      expect(canUseQueue(user)).toBe(false);
      expect(seesAllCommunities(user)).toBe(false);
    }
  });

  it("lets every staff role into the dashboard", () => {
    expect([...staffRoles].sort()).toEqual(["admin", "auxiliary", "chief", "mediator", "officer"]);
  });
});

describe("what each role may do with a request it can see", () => {
  it("lets officers and auxiliaries reveal a requester's phone and hand a request over; an auxiliary never a tip's reporter", () => {
    for (const role of ["officer", "auxiliary", "chief", "admin"] as const) {
      const user = staff(role, 3);
      expect(canRevealPhone(user, "help"), role).toBe(true);
      expect(canRevealPhone(user, "application"), role).toBe(true);
      expect(canHandOver(user), role).toBe(true);
    }
    expect(canRevealPhone(staff("officer", 3), "tip")).toBe(true);
    expect(canRevealPhone(staff("auxiliary", 3), "tip")).toBe(false);
    expect(canRevealPhone(staff("auxiliary", null), "help")).toBe(false);
    expect(canRevealPhone(staff("mediator", 3), "help")).toBe(false);
    expect(canHandOver(staff("mediator", 3))).toBe(false);
  });

  it("keeps ID numbers and publishing for sworn staff: not auxiliaries, not mediators", () => {
    for (const role of ["officer", "chief", "admin"] as const) {
      expect(canRevealIdNumber(staff(role, 3)), role).toBe(true);
      expect(canPublish(staff(role, 3)), role).toBe(true);
    }
    for (const role of ["auxiliary", "mediator"] as const) {
      expect(canRevealIdNumber(staff(role, 3)), role).toBe(false);
      expect(canPublish(staff(role, 3)), role).toBe(false);
    }
  });
});
