import { describe, expect, it } from "vitest";
import { canUseQueue, requestScope, seesAllCommunities, staffRoles, type StaffUser } from "@/lib/authz";
import type { Role } from "@/db/schema";

const staff = (role: Role, communityId: number | null): StaffUser => ({ id: 1, role, communityId, name: "测试" });

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
