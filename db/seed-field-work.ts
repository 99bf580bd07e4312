import { and, count, eq, inArray, sql } from "drizzle-orm";
import { addDays, shanghaiDay, shanghaiInstant } from "../lib/calendar-day";
import { DEFAULT_CADENCE_DAYS, addWorkingDays } from "../lib/field-work";
import type { Db } from "./client";
import {
  careSubjects,
  careVisits,
  communities,
  fieldPhotos,
  hazardEvents,
  hazards,
  places,
  users,
  visits,
  type CareCategory,
  type CareRiskLevel,
  type HazardCategory,
  type HazardStatus,
} from "./schema";
import { seedPlaces } from "./seed-places";

/*
 * The demo station's field work (issue 9): its places, then three months of visits per officer and auxiliary,
 * hazards in every state (some overdue, one escalated, one handed over) and 40 care subjects (some overdue),
 * so the officer's day, the lists and later the statistics have something true to show. Dates are relative to
 * the day the seed runs. Every name, number and address is invented. Once per database: skipped when the demo
 * communities already have visits. Free of "server-only" imports, like db/seed.ts, which calls it.
 */

const VISIT_NOTES = [
  "入户走访，了解家庭人员和出租情况，宣传反诈知识。",
  "检查电动车充电情况，提醒不要飞线充电。",
  "走访商铺，核对从业人员登记，提醒夜间关好门窗。",
  "巡逻至小区东门，道闸和监控正常。",
  "放学时段在校门口护学，交通秩序良好。",
  "与物业沟通楼道堆物清理，约定周五前清完。",
  "帮助老人办理居住证续签预约。",
  "调解邻里停车纠纷，双方达成一致。",
];

interface DemoCare {
  name: string;
  birthYear: number;
  category: CareCategory;
  risk: CareRiskLevel;
  /** Days since the last care visit (null: not visited yet, added this many days ago instead). */
  lastVisitDaysAgo: number | null;
  addedDaysAgo: number;
}

// Ten per community; the due dates fall overdue, this week and later. Names are invented.
const CARE_NAMES = [
  "沈桂兰", "郝德顺", "卢秀英", "孔繁荣", "崔玉珍", "薛长庚", "尹凤英", "戴志强", "邵明霞", "蒋小宇",
  "秦淑珍", "谭永福", "贾兰英", "邹立新", "石秀云", "龚德明", "范桂芳", "汤国庆", "姚素梅", "严乐乐",
  "钱翠花", "傅守义", "覃美华", "陆长青", "魏玉兰", "田宝山", "方素琴", "任家旺", "夏淑兰", "柏思雨",
  "黎秀珍", "苗振华", "洪月娥", "廖德才", "邱翠英", "韦建军", "葛凤兰", "吕广福", "鲁秀华", "牛欣怡",
];

function careCast(index: number): DemoCare {
  const pattern: Omit<DemoCare, "name">[] = [
    { birthYear: 1934, category: "elderly_alone", risk: "high", lastVisitDaysAgo: 9, addedDaysAgo: 200 },
    { birthYear: 1941, category: "elderly_alone", risk: "high", lastVisitDaysAgo: 3, addedDaysAgo: 160 },
    { birthYear: 1946, category: "empty_nest", risk: "key", lastVisitDaysAgo: 36, addedDaysAgo: 300 },
    { birthYear: 1950, category: "empty_nest", risk: "key", lastVisitDaysAgo: 12, addedDaysAgo: 120 },
    { birthYear: 1962, category: "disabled", risk: "key", lastVisitDaysAgo: 27, addedDaysAgo: 400 },
    { birthYear: 1939, category: "elderly_alone", risk: "general", lastVisitDaysAgo: 95, addedDaysAgo: 500 },
    { birthYear: 1955, category: "empty_nest", risk: "general", lastVisitDaysAgo: 40, addedDaysAgo: 220 },
    { birthYear: 1970, category: "disabled", risk: "general", lastVisitDaysAgo: 70, addedDaysAgo: 365 },
    { birthYear: 1958, category: "other", risk: "general", lastVisitDaysAgo: null, addedDaysAgo: 20 },
    { birthYear: 2014, category: "left_behind_child", risk: "key", lastVisitDaysAgo: 29, addedDaysAgo: 90 },
  ];
  return { name: CARE_NAMES[index]!, ...pattern[index % pattern.length]! };
}

interface DemoHazard {
  category: HazardCategory;
  severity: "major" | "general";
  description: string;
  measures: string;
  responsibleKind: "unit" | "property_management" | "resident";
  responsibleName: string;
  status: HazardStatus;
  foundDaysAgo: number;
  /** The deadline, in days from today (negative: passed). */
  deadlineInDays: number;
  place: "compound" | "shop" | "work_unit";
  handedOver?: { authority: string; receiver: string };
}

const HAZARDS: DemoHazard[] = [
  { category: "fire", severity: "major", description: "楼道内堆放大量纸箱和旧家具，堵塞消防通道。", measures: "清理楼道杂物，保持消防通道畅通。", responsibleKind: "property_management", responsibleName: "小区物业服务中心", status: "found", foundDaysAgo: 1, deadlineInDays: 6, place: "compound" },
  { category: "electrical", severity: "general", description: "一楼车棚有电动车飞线充电。", measures: "拆除飞线，引导到集中充电点充电。", responsibleKind: "resident", responsibleName: "车棚东侧住户", status: "found", foundDaysAgo: 6, deadlineInDays: 4, place: "compound" },
  { category: "gas", severity: "major", description: "店内液化气瓶放在灶台旁，未装报警器。", measures: "气瓶移至独立气瓶间，加装燃气报警器。", responsibleKind: "unit", responsibleName: "店铺经营者", status: "notice_served", foundDaysAgo: 5, deadlineInDays: 1, place: "shop" },
  { category: "water", severity: "general", description: "地下车库入口水管渗漏，地面湿滑。", measures: "维修水管，设置防滑警示。", responsibleKind: "property_management", responsibleName: "小区物业服务中心", status: "rectifying", foundDaysAgo: 12, deadlineInDays: -2, place: "compound" },
  { category: "structure", severity: "major", description: "围墙局部开裂外倾，靠近人行道。", measures: "设置围挡，请有资质单位加固或拆除重建。", responsibleKind: "unit", responsibleName: "单位后勤处", status: "rectifying", foundDaysAgo: 25, deadlineInDays: -9, place: "work_unit", handedOver: { authority: "housing", receiver: "区住建局 王工" } },
  { category: "public_order", severity: "general", description: "网吧未落实上网人员实名登记。", measures: "落实实名登记制度，完善登记台账。", responsibleKind: "unit", responsibleName: "店铺经营者", status: "rectified", foundDaysAgo: 14, deadlineInDays: 2, place: "shop" },
  { category: "traffic", severity: "general", description: "校门口减速带损坏，早晚高峰车速快。", measures: "修复减速带，增设限速标志。", responsibleKind: "unit", responsibleName: "学校后勤处", status: "verified", foundDaysAgo: 40, deadlineInDays: -20, place: "work_unit", handedOver: { authority: "city_management", receiver: "城管中队 李队长" } },
];

/** A PostgreSQL array literal, for one parameter (drizzle would spread a JS array into a list). */
const pgArray = (values: (string | number)[]) => `{${values.map((v) => `"${String(v).replace(/["\\]/g, "\\$&")}"`).join(",")}}`;

const PROOF_PHOTO = Buffer.from("/9j/2wBDAA0JCgsKCA0LCgsODg0PEyAVExISEyccHhcgLikxMC4pLSwzOko+MzZGNywtQFdBRkxOUlNSMj5aYVpQYEpRUk//2wBDAQ4ODhMREyYVFSZPNS01T09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT0//wAARCABIAGADASIAAhEBAxEB/8QAGQABAAMBAQAAAAAAAAAAAAAAAAIEBQED/8QAKxABAAADBAgHAQAAAAAAAAAAAAEREgIDBFEFFBUyQWSi4SEjNEOBgrHB/8QAFwEBAQEBAAAAAAAAAAAAAAAAAAIBA//EAB0RAQACAgIDAAAAAAAAAAAAAAABEQITElEDIWH/2gAMAwEAAhEDEQA/ANEBKQWsFg9br8yiiXCc5rWx+Y6O7SmWNTY/MdHc2PzHR3KKZY9cTc6viLV1VVTLxlLg8mAAAAAADU0L731/rUZehfe+v9aiobAANYOk/X3vx+QVVrSfr734/IKqUgAAAAIWt5mU0nLLjC7gsZqlfl11y4ylJa2xy/X2Y4nYja2Nscv19jbHL9fZjhsNqzib7WMRavaaapeE58Hk8xmw2fHoPMNhs+PQQs7ya8ZteOXKBC1vJo2oRjFmcemeSLhEdpjkUxycqlx4z04O0xyKY5FScZ6cHaY5FMcipOM9ODtMcimORUnGeizvJo2YRhFJ1wj07eOKgAUsAAAAAAAAAB//2Q==", "base64");

export async function seedFieldWork(db: Db): Promise<void> {
  await seedPlaces(db);
  const demo = await db
    .select({ id: communities.id, slug: communities.slug, name: communities.name })
    .from(communities)
    .where(inArray(communities.slug, ["liuyin", "fenglin", "wanghu", "nanqiao"]))
    .orderBy(communities.id);
  if (demo.length === 0) return;
  const [already] = await db.select({ n: count() }).from(visits).where(inArray(visits.communityId, demo.map((c) => c.id)));
  if ((already?.n ?? 0) > 0) return;

  const now = new Date();
  const today = shanghaiDay(now);
  const at = (daysAgo: number, clock: string) => shanghaiInstant(addDays(today, -daysAgo), clock);

  for (const [index, community] of demo.entries()) {
    const staff = await db
      .select({ id: users.id, role: users.role })
      .from(users)
      .where(and(eq(users.communityId, community.id), inArray(users.role, ["officer", "auxiliary"]), eq(users.active, true)))
      .orderBy(users.id);
    const officer = staff.find((s) => s.role === "officer");
    if (!officer) continue;
    const rows = await db
      .select({ id: places.id, kind: places.kind, parentId: places.parentId })
      .from(places)
      .where(and(eq(places.communityId, community.id), eq(places.active, true)))
      .orderBy(places.id);
    const placeIds = rows.filter((p) => p.kind !== "building").map((p) => p.id);
    const homes = rows.filter((p) => p.kind === "building").map((p) => p.id);
    const ofKind = (kind: string) => rows.find((p) => p.kind === kind)!.id;

    // Three months of visits, weekdays, two to four a day per officer or auxiliary: one statement each.
    for (const member of staff) {
      await db.execute(sql`
        insert into ${visits} (community_id, officer_id, kind, place_id, notes, outcome, started_at, duration_minutes)
        select ${community.id}, ${member.id},
          (array['household','shop_check','patrol','school_or_park','service','household','festival'])[1 + (d * 3 + n) % 7]::visit_kind,
          (${pgArray(placeIds)}::int[])[1 + (d * 5 + n * 7 + ${member.id}) % ${placeIds.length}],
          (${pgArray(VISIT_NOTES)}::text[])[1 + (d + n * 3) % ${VISIT_NOTES.length}],
          (array['all_well','advice_given','all_well','solved_on_spot','follow_up'])[1 + (d + n) % 5]::visit_outcome,
          ((${today}::date - d) + make_interval(hours => 9 + n * 2 + (d % 2))) at time zone 'Asia/Shanghai',
          (array[20, 30, 45, 60, 25])[1 + (d + n + ${member.id}) % 5]
        from generate_series(1, 91) as d, generate_series(0, 3) as n
        where extract(isodow from (${today}::date - d)) < 6 and n < 2 + (d % 3)`);
    }

    // Care subjects: ten per community, their care visits, and when the next one is due.
    for (let i = 0; i < 10; i++) {
      const cast = careCast(index * 10 + i);
      const cadence = DEFAULT_CADENCE_DAYS[cast.risk];
      const last = cast.lastVisitDaysAgo === null ? null : at(cast.lastVisitDaysAgo, "10:00");
      const [subject] = await db
        .insert(careSubjects)
        .values({
          communityId: community.id,
          name: cast.name,
          birthYear: cast.birthYear,
          placeId: homes[(i * 3) % homes.length] ?? null,
          address: `${1 + (i % 3)} 单元 ${100 * (1 + (i % 6)) + 1 + i} 室`,
          phone: `1390000${String(index * 10 + i).padStart(4, "0")}`,
          category: cast.category,
          riskLevel: cast.risk,
          cadenceDays: cadence,
          emergencyContactName: `${cast.name.slice(0, 1)}先生（子女）`,
          emergencyContactPhone: `1370000${String(index * 10 + i).padStart(4, "0")}`,
          lastVisitedAt: last,
          nextVisitDue: addDays(shanghaiDay(last ?? at(cast.addedDaysAgo, "10:00")), cadence),
          createdById: officer.id,
          createdAt: at(cast.addedDaysAgo, "10:00"),
        })
        .returning({ id: careSubjects.id, placeId: careSubjects.placeId });
      if (cast.lastVisitDaysAgo === null) continue;
      for (const daysAgo of [cast.lastVisitDaysAgo, cast.lastVisitDaysAgo + cadence]) {
        const [visit] = await db
          .insert(visits)
          .values({
            communityId: community.id,
            officerId: staff[(i + daysAgo) % staff.length]!.id,
            kind: "care",
            placeId: subject!.placeId,
            outcome: daysAgo === cast.lastVisitDaysAgo && i % 4 === 0 ? "follow_up" : "all_well",
            startedAt: at(daysAgo, "10:00"),
            durationMinutes: 30,
            careSubjectId: subject!.id,
          })
          .returning({ id: visits.id });
        await db.insert(careVisits).values({
          visitId: visit!.id,
          careSubjectId: subject!.id,
          health: i % 3 === 0 ? "血压偏高，按时服药。" : "身体尚好，行动自如。",
          living: "独自生活，子女每周来电。",
          gas: "ok",
          water: "ok",
          power: i % 5 === 0 ? "problem" : "ok",
          needs: i % 4 === 0 ? "希望有人帮忙换灯泡。" : "",
          followUp: i % 4 === 0 ? "联系社区志愿者上门更换灯泡。" : "",
        });
      }
    }

    // Hazards in every state, a few per community.
    for (const [h, demoHazard] of HAZARDS.entries()) {
      if ((h + index) % 2 === 1 && demoHazard.status !== "rectifying" && demoHazard.status !== "found") continue;
      const foundAt = at(demoHazard.foundDaysAgo, "14:30");
      const deadline = addDays(today, demoHazard.deadlineInDays);
      const late = demoHazard.deadlineInDays < 0 && addWorkingDays(deadline, 3) < today && demoHazard.status !== "verified";
      const status: HazardStatus = late ? "escalated" : demoHazard.status;
      const served = status !== "found";
      const [hazard] = await db
        .insert(hazards)
        .values({
          communityId: community.id,
          placeId: ofKind(demoHazard.place),
          category: demoHazard.category,
          severity: demoHazard.severity,
          description: demoHazard.description,
          measures: demoHazard.measures,
          responsibleKind: demoHazard.responsibleKind,
          responsibleName: demoHazard.responsibleName,
          responsiblePhone: `0571-8612${String(3000 + index * 10 + h)}`,
          deadline,
          status,
          foundAt,
          foundById: officer.id,
          assigneeId: officer.id,
          noticeServedAt: served ? new Date(foundAt.getTime() + 86_400_000) : null,
          rectifiedAt: status === "rectified" || status === "verified" ? at(2, "11:00") : null,
          verifiedAt: status === "verified" ? at(1, "15:00") : null,
          escalatedAt: late ? at(1, "08:00") : null,
          // The reminders these states would have had were sent already (no burst of old reminders at start).
          noticeRemindedAt: served ? null : demoHazard.foundDaysAgo > 3 ? at(1, "08:00") : null,
          overdueRemindedAt: demoHazard.deadlineInDays < 0 && status !== "verified" ? at(1, "08:00") : null,
        })
        .returning({ id: hazards.id });
      const events: (typeof hazardEvents.$inferInsert)[] = [{ hazardId: hazard!.id, type: "found", actorId: officer.id, createdAt: foundAt }];
      if (served) events.push({ hazardId: hazard!.id, type: "notice_served", actorId: officer.id, createdAt: new Date(foundAt.getTime() + 86_400_000) });
      if (demoHazard.status !== "found" && demoHazard.status !== "notice_served") events.push({ hazardId: hazard!.id, type: "rectifying", actorId: officer.id, createdAt: new Date(foundAt.getTime() + 2 * 86_400_000) });
      if (demoHazard.handedOver) {
        events.push({
          hazardId: hazard!.id,
          type: "handed_over",
          actorId: officer.id,
          data: { authority: demoHazard.handedOver.authority, receiver: demoHazard.handedOver.receiver, day: addDays(shanghaiDay(foundAt), 3) },
          createdAt: new Date(foundAt.getTime() + 3 * 86_400_000),
        });
      }
      if (status === "rectified" || status === "verified") {
        events.push({ hazardId: hazard!.id, type: "rectified", actorId: officer.id, body: "已按要求整改，现场照片已上传。", createdAt: at(2, "11:00") });
        await db.insert(fieldPhotos).values({
          communityId: community.id,
          hazardId: hazard!.id,
          purpose: "proof",
          takenById: officer.id,
          mimeType: "image/jpeg",
          byteSize: PROOF_PHOTO.byteLength,
          width: 96,
          height: 72,
          data: PROOF_PHOTO,
        });
      }
      if (status === "verified") events.push({ hazardId: hazard!.id, type: "verified", actorId: officer.id, body: "复查合格，销号。", createdAt: at(1, "15:00") });
      if (late) events.push({ hazardId: hazard!.id, type: "escalated", createdAt: at(1, "08:00") });
      await db.insert(hazardEvents).values(events);
    }
  }
}
