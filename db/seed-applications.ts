import { createHash, randomBytes } from "node:crypto";
import { inArray } from "drizzle-orm";
import { shownFields } from "../lib/applications/form-schema";
import { requestStatusOf } from "../lib/applications/status";
import { DELIVERY_WINDOW, deliveryEvenings } from "../lib/delivery-evenings";
import { defaultResponseMinutes } from "../lib/request-kinds";
import type { Db } from "./client";
import { compoundId } from "./seed-places";
import { applications, communities, deliveries, requestEvents, requests, services, type ApplicationStatus } from "./schema";

/*
 * A few online applications for the demo station, so the dashboard shows the flow at once: one just received
 * (its ID number masked until revealed), one waiting for the resident's answer, one ready and on tonight's
 * (or the next weekday evening's) delivery round (to a compound db/seed-places.ts made). Idempotent by reference code. Free of "server-only"
 * imports, like db/seed.ts, which calls it. Every name and number is invented.
 */

interface DemoApplication {
  code: string;
  service: string;
  community: string;
  hoursAgo: number;
  residentName: string;
  residentPhone: string;
  answers: Record<string, string>;
  idNumber: string;
  status: ApplicationStatus;
  question?: string;
  delivery?: { compound: string; address: string };
}

const DEMO: DemoApplication[] = [
  {
    code: "DEMA-2P4R",
    service: "residence-permit",
    community: "liuyin",
    hoursAgo: 5,
    residentName: "郑晓雯",
    residentPhone: "13800000011",
    answers: { address: "柳荫路 18 号 3 幢 502 室", livingSince: "2025-05-01", basis: "employment", employer: "青石科技有限公司" },
    idNumber: "11010519491231002X",
    status: "received",
  },
  {
    code: "DEMA-3Q5S",
    service: "no-criminal-record",
    community: "fenglin",
    hoursAgo: 30,
    residentName: "冯建国",
    residentPhone: "13800000012",
    answers: { purpose: "employment", receivingBody: "青石市第一中学", address: "枫林新村 7 幢 201 室" },
    idNumber: "11010519491231002X",
    status: "needs_info",
    question: "请补充接收单位出具的开具证明的函件照片。",
  },
  {
    code: "DEMA-4R6T",
    service: "dog-licence",
    community: "liuyin",
    hoursAgo: 72,
    residentName: "韩梅",
    residentPhone: "13800000013",
    answers: { address: "柳荫小区 5 幢 1 单元 302 室", dogName: "豆豆", breed: "柯基", dogSex: "female", vaccinatedOn: "2026-10-12", application: "new" },
    idNumber: "11010519491231002X",
    status: "ready_for_delivery",
    delivery: { compound: "柳荫小区", address: "5 幢 1 单元 302 室" },
  },
];

export async function seedApplications(db: Db, now = new Date()): Promise<void> {
  const serviceRows = await db
    .select({ id: services.id, slug: services.slug, name: services.name, formFields: services.formFields, needsIdNumber: services.needsIdNumber })
    .from(services)
    .where(inArray(services.slug, DEMO.map((d) => d.service)));
  const communityRows = await db.select({ id: communities.id, slug: communities.slug }).from(communities);
  for (const demo of DEMO) {
    const service = serviceRows.find((s) => s.slug === demo.service);
    const community = communityRows.find((c) => c.slug === demo.community);
    if (!service || !community) continue;
    const createdAt = new Date(now.getTime() - demo.hoursAgo * 3_600_000);
    const status = requestStatusOf(demo.status);
    const [row] = await db
      .insert(requests)
      .values({
        kind: "application",
        status,
        referenceCode: demo.code,
        // Nobody tracks a demo application: the hash of a secret that is thrown away.
        trackingSecretHash: createHash("sha256").update(`tracking\0${randomBytes(32).toString("base64url")}`).digest("hex"),
        residentName: demo.residentName,
        residentPhone: demo.residentPhone,
        body: service.name["zh-CN"],
        communityId: community.id,
        createdAt,
        dueAt: new Date(createdAt.getTime() + defaultResponseMinutes.application * 60_000),
        firstResponseAt: demo.status === "received" ? null : new Date(createdAt.getTime() + 3_600_000),
      })
      .onConflictDoNothing({ target: requests.referenceCode })
      .returning({ id: requests.id });
    if (!row) continue; // already seeded
    await db.insert(applications).values({
      requestId: row.id,
      serviceId: service.id,
      status: demo.status,
      answers: demo.answers,
      idNumbers: service.needsIdNumber ? { idNumber: demo.idNumber } : null,
      form: shownFields(service.formFields, service.needsIdNumber),
      question: demo.question ?? null,
    });
    const events: (typeof requestEvents.$inferInsert)[] = [{ requestId: row.id, type: "status_change", toStatus: "submitted", createdAt }];
    if (demo.status !== "received") {
      events.push({
        requestId: row.id,
        type: "application_step",
        body: demo.question ?? null,
        data: { applicationStatus: demo.status },
        createdAt: new Date(createdAt.getTime() + 3_600_000),
      });
    }
    if (demo.delivery) {
      const day = deliveryEvenings(now)[0]!;
      await db.insert(deliveries).values({
        requestId: row.id,
        day,
        windowStart: DELIVERY_WINDOW.start,
        windowEnd: DELIVERY_WINDOW.end,
        communityId: community.id,
        placeId: await compoundId(db, community.id, demo.delivery.compound),
        address: demo.delivery.address,
      });
      events.push({
        requestId: row.id,
        type: "delivery",
        data: { delivery: "scheduled", day, start: DELIVERY_WINDOW.start, end: DELIVERY_WINDOW.end },
        createdAt: new Date(createdAt.getTime() + 2 * 3_600_000),
      });
    }
    await db.insert(requestEvents).values(events);
  }
}
