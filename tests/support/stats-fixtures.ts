import { randomBytes } from "node:crypto";
import type { Db } from "@/db/client";
import {
  boardScans,
  communities,
  communityPopulations,
  contactBoards,
  incidents,
  requestOrigins,
  requests,
  stations,
  users,
  type IncidentCategory,
  type IncidentSource,
  type RequestKind,
} from "@/db/schema";
import { addressKey } from "@/lib/stats/address";
import type { StaffUser } from "@/lib/authz";

/*
 * A small fixed station for the stats tests, small enough that every figure can be worked out by hand (the
 * expected values in tests/stats-figures.test.ts are): two communities, 柳荫 (A) and 枫林 (B), and a second
 * station with one community that nobody here may see. The period under test is March 2025; "now" is
 * 2025-04-10 00:00 Beijing time.
 */

export const NOW = new Date("2025-04-10T00:00:00+08:00");
const at = (local: string) => new Date(`${local}+08:00`);

export interface StatsWorld {
  station: number;
  a: number;
  b: number;
  other: number;
  chief: StaffUser;
  officerA: StaffUser;
  officerB: StaffUser;
  auxiliaryB: StaffUser;
  mediator: StaffUser;
  otherChief: StaffUser;
  requestIds: Record<string, string>;
}

export async function buildStatsWorld(db: Db): Promise<StatsWorld> {
  const [s1, s2] = await db
    .insert(stations)
    .values([
      { slug: "test-1", name: "测试派出所", address: "测试路1号", phone: "110", areaKm2: "1.00" },
      { slug: "test-2", name: "别处派出所", address: "别处路1号", phone: "110", areaKm2: "1.00" },
    ])
    .returning({ id: stations.id });
  const community = (stationId: number, slug: string, name: string) => ({
    stationId,
    slug,
    name,
    areaKm2: "0.50",
    population: 1,
    households: 1,
    compounds: 1,
    workUnits: 1,
    shops: 1,
    officeAddress: "—",
    officeHours: "—",
  });
  const [a, b, other] = await db
    .insert(communities)
    .values([community(s1!.id, "t-liuyin", "柳荫社区"), community(s1!.id, "t-fenglin", "枫林社区"), community(s2!.id, "t-other", "别处社区")])
    .returning({ id: communities.id });
  const staff = async (login: string, role: StaffUser["role"], stationId: number, communityId: number | null, name: string): Promise<StaffUser> => {
    const [row] = await db
      .insert(users)
      .values({ login, role, stationId, communityId, name, passwordHash: "x" })
      .returning({ id: users.id });
    return { id: row!.id, role, stationId, communityId, name };
  };
  const chief = await staff("t-chief", "chief", s1!.id, null, "所长甲");
  const officerA = await staff("t-officer-a", "officer", s1!.id, a!.id, "民警甲");
  const officerB = await staff("t-officer-b", "officer", s1!.id, b!.id, "民警乙");
  const auxiliaryB = await staff("t-aux-b", "auxiliary", s1!.id, b!.id, "辅警乙");
  const mediator = await staff("t-mediator", "mediator", s1!.id, null, "调解员");
  const otherChief = await staff("t-other-chief", "chief", s2!.id, null, "别所所长");

  await db.insert(communityPopulations).values([
    { communityId: a!.id, year: 2025, population: 8000, source: "实有人口登记" },
    { communityId: a!.id, year: 2022, population: 7000, source: "实有人口登记" },
    { communityId: b!.id, year: 2023, population: 5000, source: "第七次人口普查" },
  ]);

  let n = 0;
  const incident = (communityId: number, stationId: number, local: string, category: IncidentCategory, source: IncidentSource, address: string | null = null) => ({
    stationId,
    communityId,
    occurredAt: at(local),
    category,
    source,
    brief: "测试警情",
    address,
    addressKey: addressKey(address),
    externalId: `T-${++n}`,
  });
  const times = (count: number, make: (i: number) => ReturnType<typeof incident>) => Array.from({ length: count }, (_, i) => make(i));
  const day = (i: number) => String((i % 28) + 1).padStart(2, "0");
  const repeatAddresses = ["柳荫小区３栋", "柳荫小区3幢", "柳荫小区 3号楼"];
  await db.insert(incidents).values([
    // A, March 2025: 5 criminal + 3 public order + 4 traffic = 12 calls, 8 cases; 2 invalid calls.
    ...times(5, (i) => incident(a!.id, s1!.id, `2025-03-${day(i)}T09:00:00`, "criminal", "call_110", repeatAddresses[i])),
    ...times(3, (i) => incident(a!.id, s1!.id, `2025-03-${day(i + 5)}T09:00:00`, "public_order", "walk_in", i < 2 ? "柳荫街1号" : null)),
    ...times(4, (i) => incident(a!.id, s1!.id, `2025-03-${day(i + 8)}T09:00:00`, "traffic", "call_110")),
    ...times(2, (i) => incident(a!.id, s1!.id, `2025-03-${day(i + 12)}T09:00:00`, "invalid", "call_110")),
    // The edges of March in Beijing time: 1 March 00:00 is in, 1 April 00:00 is not.
    incident(a!.id, s1!.id, "2025-02-28T23:59:59", "criminal", "call_110"),
    incident(a!.id, s1!.id, "2025-04-01T00:00:00", "criminal", "call_110"),
    // A, March 2024: 10 criminal + 10 disputes = 20 calls, 10 cases.
    ...times(10, (i) => incident(a!.id, s1!.id, `2024-03-${day(i)}T10:00:00`, "criminal", "call_110")),
    ...times(10, (i) => incident(a!.id, s1!.id, `2024-03-${day(i + 10)}T10:00:00`, "dispute", "call_110")),
    // A, March 2022 (the baseline): 40 criminal + 8 traffic = 48 calls, 40 cases.
    ...times(40, (i) => incident(a!.id, s1!.id, `2022-03-${day(i)}T11:00:00`, "criminal", "call_110")),
    ...times(8, (i) => incident(a!.id, s1!.id, `2022-03-${day(i)}T12:00:00`, "traffic", "call_110")),
    // B: 3 disputes in March 2025, 2 calls for help in March 2024.
    ...times(3, (i) => incident(b!.id, s1!.id, `2025-03-${day(i)}T09:00:00`, "dispute", "online")),
    ...times(2, (i) => incident(b!.id, s1!.id, `2024-03-${day(i)}T09:00:00`, "help", "call_110")),
    // Another station's incidents, never counted here.
    ...times(30, (i) => incident(other!.id, s2!.id, `2025-03-${day(i)}T09:00:00`, "criminal", "call_110", "柳荫小区3幢")),
  ]);

  const request = async (
    key: string,
    input: {
      community: number;
      assignee: number;
      kind: RequestKind;
      created: string;
      dueMinutes: number;
      answeredAfterMinutes?: number;
      resolvedAfterHours?: number;
      rating?: number;
    },
  ) => {
    const createdAt = at(input.created);
    const plus = (minutes: number) => new Date(createdAt.getTime() + minutes * 60_000);
    const [row] = await db
      .insert(requests)
      .values({
        kind: input.kind,
        status: input.resolvedAfterHours !== undefined ? "resolved" : input.answeredAfterMinutes !== undefined ? "in_progress" : "submitted",
        referenceCode: `S${randomBytes(4).toString("hex").toUpperCase()}`,
        trackingSecretHash: "x",
        body: "测试",
        communityId: input.community,
        officerId: input.assignee,
        assigneeId: input.assignee,
        createdAt,
        dueAt: plus(input.dueMinutes),
        firstResponseAt: input.answeredAfterMinutes !== undefined ? plus(input.answeredAfterMinutes) : null,
        resolvedAt: input.resolvedAfterHours !== undefined ? plus(input.resolvedAfterHours * 60) : null,
        rating: input.rating ?? null,
        ratedAt: input.rating !== undefined ? plus(7 * 24 * 60) : null,
      })
      .returning({ id: requests.id });
    return [key, row!.id] as const;
  };
  const requestIds = Object.fromEntries([
    await request("r1", { community: a!.id, assignee: officerA.id, kind: "message", created: "2025-03-02T10:00:00", dueMinutes: 1440, answeredAfterMinutes: 30, resolvedAfterHours: 2, rating: 5 }),
    await request("r2", { community: a!.id, assignee: officerA.id, kind: "message", created: "2025-03-05T10:00:00", dueMinutes: 1440, answeredAfterMinutes: 2880, resolvedAfterHours: 72, rating: 1 }),
    await request("r3", { community: a!.id, assignee: officerA.id, kind: "help", created: "2025-03-10T10:00:00", dueMinutes: 60, answeredAfterMinutes: 10, resolvedAfterHours: 5, rating: 4 }),
    await request("r4", { community: a!.id, assignee: officerA.id, kind: "tip", created: "2025-03-20T10:00:00", dueMinutes: 1440 }),
    await request("r5", { community: a!.id, assignee: officerA.id, kind: "appointment", created: "2025-03-25T10:00:00", dueMinutes: 4320 }),
    await request("r6", { community: b!.id, assignee: officerB.id, kind: "consultation", created: "2025-03-15T10:00:00", dueMinutes: 2880, answeredAfterMinutes: 60, resolvedAfterHours: 24, rating: 2 }),
    await request("r7", { community: a!.id, assignee: officerA.id, kind: "message", created: "2024-03-03T10:00:00", dueMinutes: 1440, answeredAfterMinutes: 60 }),
    await request("r8", { community: a!.id, assignee: officerA.id, kind: "message", created: "2024-03-04T10:00:00", dueMinutes: 1440, answeredAfterMinutes: 60 }),
  ]);

  await db.insert(contactBoards).values([
    { id: "TA-01", officerId: officerA.id, location: "柳荫社区警务室" },
    { id: "TB-01", officerId: officerB.id, location: "枫林社区警务室" },
  ]);
  await db.insert(boardScans).values([
    { boardId: "TA-01", target: "officer", day: "2025-03-03", count: 4 },
    { boardId: "TA-01", target: "residence-permit", day: "2025-03-31", count: 6 },
    { boardId: "TA-01", target: "officer", day: "2025-04-01", count: 5 },
    { boardId: "TB-01", target: "officer", day: "2025-03-10", count: 3 },
  ]);
  await db.insert(requestOrigins).values({ requestId: requestIds.r1!, boardId: "TA-01" });

  return { station: s1!.id, a: a!.id, b: b!.id, other: other!.id, chief, officerA, officerB, auxiliaryB, mediator, otherChief, requestIds };
}
