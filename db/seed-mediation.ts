import { and, eq, inArray, sql } from "drizzle-orm";
import { addDays, shanghaiDay, shanghaiInstant } from "../lib/calendar-day";
import { addMonth, caseNumber, endOfDay, stationShortName } from "../lib/mediation";
import type { Db } from "./client";
import {
  allianceActivities,
  allianceOrganisations,
  allianceReferrals,
  alliances,
  committeeMembers,
  communities,
  mediationAgreements,
  mediationCaseCounters,
  mediationCases,
  mediationExtensions,
  mediationFollowUps,
  mediationParties,
  mediationSessions,
  requestEvents,
  requests,
  stations,
  users,
  type AllianceActivityKind,
  type DisputeType,
  type MediationSource,
  type NewMediationCase,
  type NewMediationParty,
} from "./schema";

/*
 * Demo data of the mediation committee and the alliances: the committee's members, more than 600 cases over
 * the last four years (fewer each year, as the station's disputes have been), with their parties, sessions,
 * agreements and follow-ups; and the station's five alliances with their partners and joint activities.
 *
 * Deterministic (a seeded random: the same choices every run, dated back from the day of the run) and fast
 * (rows go in by the hundred). Skipped when the station already has cases. Every name and number is invented.
 */

/** mulberry32: a small seeded random, so the demo is the same on every machine. */
function seededRandom(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T,>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const weighted = <T extends string>(weights: Record<T, number>): T => {
    const entries = Object.entries(weights) as [T, number][];
    let r = next() * entries.reduce((sum, [, w]) => sum + w, 0);
    for (const [value, w] of entries) if ((r -= w) < 0) return value;
    return entries[entries.length - 1]![0];
  };
  return { next, int, pick, weighted };
}

/** Cases per full year, the oldest first; the current year gets its share of the last figure so far. */
const CASES_PER_YEAR = [230, 200, 170, 150] as const;

const DISPUTE_WEIGHTS: Record<DisputeType, number> = {
  neighbour: 28,
  marriage_family: 14,
  property_management: 12,
  damages: 12,
  traffic_accident: 8,
  contract: 7,
  consumer: 7,
  housing_land: 5,
  labour: 4,
  other: 3,
};

const SOURCE_WEIGHTS: Record<Exclude<MediationSource, "resident_request">, number> = {
  walk_in: 38,
  police_referral: 32,
  officer_visit: 24,
  court_entrusted: 6,
};

const SURNAMES = ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "周", "吴", "徐", "孙", "朱", "马", "胡", "郭", "林", "何", "高", "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹"];
const GIVEN = ["建国", "秀英", "志强", "丽华", "海涛", "桂兰", "晓东", "玉梅", "立新", "红霞", "文斌", "美玲", "国平", "淑珍", "永刚", "慧敏", "德明", "春燕", "家豪", "雪琴", "振华", "婷婷", "明辉", "凤英"];
const COMPOUNDS: Record<string, string[]> = {
  liuyin: ["柳荫新村", "柳荫花苑", "柳荫街小区"],
  fenglin: ["枫林苑", "枫林路小区", "枫林雅居"],
  wanghu: ["望湖花园", "望湖公寓", "湖滨小区"],
  nanqiao: ["南桥新村", "南桥街小区", "客运站宿舍"],
};
const UNITS: Partial<Record<DisputeType, string[]>> = {
  property_management: ["柳荫物业服务有限公司", "枫林苑物业服务中心", "望湖花园物业管理处"],
  consumer: ["青石商业广场某服装店", "枫林农贸市场某水产摊", "南桥街某手机维修店"],
  labour: ["滨河某装修工程队", "南桥某餐饮店", "青石某快递站点"],
  contract: ["滨河某家政服务公司", "青石某装饰公司"],
};

const SUMMARIES: Record<DisputeType, string[]> = {
  neighbour: ["楼上住户夜间噪声影响休息，双方多次争吵。", "空调外机滴水落到楼下阳台，双方协商未果。", "楼道堆放杂物和电动车，邻居之间发生口角。", "装修时损坏了邻居家的墙面，双方对赔偿有分歧。"],
  marriage_family: ["夫妻因家庭开支和子女抚养问题发生争执。", "兄弟姐妹因赡养老人费用分担发生矛盾。", "婆媳因居住安排长期不和，报警后转调解。"],
  property_management: ["业主认为物业服务不到位，拒交物业费。", "小区停车位分配引发业主与物业争议。", "电梯长期故障，业主与物业对维修责任有分歧。"],
  damages: ["电动车与行人碰擦致人受伤，双方对医疗费有争议。", "宠物犬咬伤邻居，双方对赔偿数额有分歧。", "高空坠物砸坏停放的车辆。"],
  traffic_accident: ["两车在小区门口刮擦，对责任划分有争议。", "电动自行车与机动车碰撞，伤者要求赔偿误工费。"],
  contract: ["装修工程质量问题，业主拒付尾款。", "家政服务合同提前解除，双方对退费有分歧。"],
  consumer: ["购买的商品有质量问题，商家拒绝退换。", "预付卡门店关停，消费者要求退还余额。"],
  housing_land: ["房屋租赁期满，房东与租客对押金退还有争议。", "相邻房屋之间的通道使用发生争执。"],
  labour: ["工人被拖欠工资，与雇主发生争执。", "员工在工作中受伤，与雇主对补偿有分歧。"],
  other: ["公共区域使用问题引发居民之间的矛盾。", "网络购物代收快递丢失，双方对责任有争议。"],
};
const RESPONSIBILITY = ["被申请人对纠纷的发生负主要责任，申请人负次要责任。", "双方均有一定责任，应互谅互让。", "被申请人负全部责任。"];
const TERMS: Record<DisputeType, string[]> = {
  neighbour: ["被申请人保证每晚22时后不再进行产生噪声的活动；双方今后互相尊重，和睦相处。", "被申请人于协议签订后7日内修复空调排水管，并向申请人赔偿清理费用300元。"],
  marriage_family: ["双方同意每月共同负担家庭开支，子女抚养费由被申请人每月支付1500元。", "兄妹三人按月轮流照顾老人，医疗费用平均分担。"],
  property_management: ["业主补交物业费，物业公司在30日内完成电梯维修并书面答复。", "物业公司重新公示车位分配方案，业主撤回投诉。"],
  damages: ["被申请人一次性赔偿申请人医疗费、误工费共计2800元。", "被申请人赔偿申请人车辆维修费1600元。"],
  traffic_accident: ["被申请人承担维修费用的70%，计1400元，当场付清。", "被申请人赔偿伤者医疗费和误工费3500元，分两期付清。"],
  contract: ["装修公司15日内返工修复，业主在验收合格后支付尾款。", "家政公司退还剩余服务费1200元。"],
  consumer: ["商家为消费者办理退货并退还货款860元。", "门店经营者分三期退还预付卡余额2400元。"],
  housing_land: ["房东扣除水电费后退还押金1800元。", "双方共同使用通道，不得堆放物品。"],
  labour: ["雇主于10日内支付拖欠工资6500元。", "雇主一次性支付补偿款8000元，双方不再有其他争议。"],
  other: ["双方同意按社区公示的办法使用公共区域。", "快递站点赔偿丢失物品价款450元。"],
};
const SESSION_RECORDS = [
  "调解员向双方说明了人民调解的原则和程序，听取了双方陈述。申请人陈述了纠纷经过，被申请人对主要事实无异议，但对赔偿数额有不同意见。经调解员释法说理，双方同意再考虑后继续调解。",
  "双方当事人到场。调解员结合相关法律规定分析了各方责任，双方各自让步，就主要问题达成一致意见。",
  "调解员分别与双方单独沟通，了解各自诉求。双方均表示愿意通过调解解决纠纷。",
];
const END_REASONS = ["双方对赔偿数额分歧较大，经多次调解仍无法达成一致。", "被申请人明确表示不同意调解。", "纠纷涉及的事实需经鉴定确认，不宜继续调解。"];
const ACTIONS = ["当事人表示协议已履行完毕，双方关系恢复正常。", "提醒被申请人按期履行剩余义务，一周后电话跟进。", "未发现新的矛盾，继续关注。"];

interface DemoMember {
  key: string;
  kind: (typeof committeeMembers.$inferInsert)["kind"];
  name: string;
  affiliation: string | null;
  login?: string;
  active?: boolean;
}

// The committee: the community officer of 枫林 (the committee's officer), an auxiliary and the mediator with
// logins; lawyers, community mediators and resident representatives as records.
const MEMBERS: DemoMember[] = [
  { key: "fenglin", kind: "officer", name: "屠志恒", affiliation: "青石派出所", login: "officer.fenglin" },
  { key: "aux", kind: "officer", name: "檀永康", affiliation: "青石派出所", login: "aux.wanghu" },
  { key: "mediator", kind: "community_mediator", name: "柯文静", affiliation: "青石街道人民调解委员会", login: "mediator" },
  { key: "lawyer1", kind: "lawyer", name: "俞明哲", affiliation: "滨江明正律师事务所" },
  { key: "lawyer2", kind: "lawyer", name: "邵婉清", affiliation: "滨江衡平律师事务所" },
  { key: "cm-liuyin", kind: "community_mediator", name: "童桂芬", affiliation: "柳荫社区居委会" },
  { key: "cm-wanghu", kind: "community_mediator", name: "景卫东", affiliation: "望湖社区居委会" },
  { key: "cm-nanqiao", kind: "community_mediator", name: "鲍春梅", affiliation: "南桥社区居委会" },
  { key: "rep1", kind: "resident_representative", name: "葛长林", affiliation: "柳荫新村业主代表" },
  { key: "rep2", kind: "resident_representative", name: "詹玉珍", affiliation: "枫林苑居民代表" },
  { key: "rep3", kind: "resident_representative", name: "韦国强", affiliation: "望湖花园楼道长", active: false },
];

export async function seedMediation(db: Db, now = new Date()): Promise<void> {
  const [station] = await db.select({ id: stations.id, name: stations.name, shortName: stations.shortName }).from(stations).where(eq(stations.slug, "qingshi"));
  if (!station) return;
  const [existing] = await db.select({ id: mediationCases.id }).from(mediationCases).where(eq(mediationCases.stationId, station.id)).limit(1);
  if (existing) return;
  if (!station.shortName) await db.update(stations).set({ shortName: "青石" }).where(eq(stations.id, station.id));
  const short = stationShortName({ name: station.name, shortName: station.shortName ?? "青石" });

  const accounts = await db.select({ id: users.id, login: users.login }).from(users).where(inArray(users.login, MEMBERS.flatMap((m) => (m.login ? [m.login] : []))));
  const accountId = new Map(accounts.map((a) => [a.login, a.id]));
  const memberRows = await db
    .insert(committeeMembers)
    .values(MEMBERS.map((m) => ({ stationId: station.id, kind: m.kind, name: m.name, affiliation: m.affiliation, userId: m.login ? (accountId.get(m.login) ?? null) : null, active: m.active ?? true })))
    .returning({ id: committeeMembers.id, name: committeeMembers.name, active: committeeMembers.active });
  const memberId = new Map(MEMBERS.map((m, i) => [m.key, memberRows[i]!.id]));
  const activeMembers = memberRows.filter((m) => m.active).map((m) => m.id);
  const communityRows = await db.select({ id: communities.id, slug: communities.slug }).from(communities).where(eq(communities.stationId, station.id));
  const [creator] = await db.select({ id: users.id }).from(users).where(eq(users.login, "officer.fenglin"));
  if (!creator || communityRows.length === 0) return;

  const random = seededRandom(20_230_101);
  const today = shanghaiDay(now);
  const thisYear = Number(today.slice(0, 4));
  const years = [thisYear - 3, thisYear - 2, thisYear - 1, thisYear];
  const personName = () => `${random.pick(SURNAMES)}${random.pick(GIVEN)}`;
  const phone = () => `1${random.pick(["35", "37", "38", "39", "58", "59", "88"])}${String(random.int(0, 99_999_999)).padStart(8, "0")}`;

  interface Planned {
    row: NewMediationCase;
    parties: Omit<NewMediationParty, "caseId">[];
    sessions: { day: string; held: boolean }[];
    outcome: "agreed" | "not_agreed" | "open";
    agreedOn: string | null;
    form: "written" | "oral";
    extended: boolean;
    followUpDone: boolean;
  }
  const planned: Planned[] = [];
  for (const [index, year] of years.entries()) {
    const isCurrent = year === thisYear;
    const yearStart = `${year}-01-01`;
    const lastDay = isCurrent ? addDays(today, -1) : `${year}-12-31`;
    const span = (Date.parse(`${lastDay}T00:00:00Z`) - Date.parse(`${yearStart}T00:00:00Z`)) / 86_400_000 + 1;
    const count = isCurrent ? Math.max(1, Math.round((CASES_PER_YEAR[index]! * span) / 365)) : CASES_PER_YEAR[index]!;
    const days = Array.from({ length: count }, () => addDays(yearStart, random.int(0, Math.max(0, span - 1)))).sort();
    days.forEach((acceptDay, n) => {
      const community = random.pick(communityRows);
      const disputeType = random.weighted(DISPUTE_WEIGHTS);
      const acceptedAt = shanghaiInstant(acceptDay, `${String(random.int(8, 16)).padStart(2, "0")}:${String(random.pick([0, 15, 30, 45])).padStart(2, "0")}`);
      const age = (Date.parse(`${today}T00:00:00Z`) - Date.parse(`${acceptDay}T00:00:00Z`)) / 86_400_000;
      const lead = random.next() < 0.35 ? memberId.get("mediator")! : random.pick(activeMembers);
      const others = activeMembers.filter((m) => m !== lead);
      const coMediators = random.weighted({ none: 3, one: 5, two: 2 });
      const second = coMediators !== "none" ? random.pick(others) : null;
      const third = coMediators === "two" ? random.pick(others.filter((m) => m !== second)) : null;
      const compound = random.pick(COMPOUNDS[community.slug] ?? ["小区"]);
      const unitNames = UNITS[disputeType];
      const parties: Omit<NewMediationParty, "caseId">[] = [];
      const partyCount = random.next() < 0.85 ? 2 : 3;
      for (let p = 1; p <= partyCount; p++) {
        const unit = p > 1 && unitNames && random.next() < 0.6;
        parties.push(
          unit
            ? { position: p, side: "respondent", kind: "unit", name: random.pick(unitNames), representative: personName(), address: `${compound}附近`, phone: `0571-8612${String(random.int(0, 9999)).padStart(4, "0")}` }
            : {
                position: p,
                side: p === 1 ? "applicant" : "respondent",
                kind: "person",
                name: personName(),
                sex: random.next() < 0.5 ? "male" : "female",
                age: random.int(22, 78),
                address: `${compound}${random.int(1, 18)}幢${random.int(1, 6)}0${random.int(1, 4)}室`,
                phone: phone(),
              },
        );
      }
      // Older cases have their outcome; the last month's are mostly still in mediation.
      const outcome: Planned["outcome"] = age < 20 ? (random.next() < 0.25 ? "agreed" : "open") : random.next() < 0.93 ? "agreed" : "not_agreed";
      const sessionCount = outcome === "open" ? random.int(0, 1) : random.int(1, 3);
      const sessions = Array.from({ length: sessionCount }, (_, s) => ({ day: addDays(acceptDay, Math.min(age, 2 + s * 5 + random.int(0, 3))), held: true }));
      if (outcome === "open" && random.next() < 0.6) sessions.push({ day: addDays(today, random.int(1, 6)), held: false });
      const lastSession = sessions.filter((s) => s.held).at(-1)?.day ?? acceptDay;
      const agreedOn = outcome === "agreed" ? (lastSession > today ? today : lastSession) : null;
      planned.push({
        row: {
          stationId: station.id,
          communityId: community.id,
          year,
          number: n + 1,
          source: random.weighted(SOURCE_WEIGHTS),
          disputeType,
          summary: `${parties[0]!.name}与${parties[1]!.name}：${random.pick(SUMMARIES[disputeType])}`,
          placeText: compound,
          status: outcome === "open" ? "in_mediation" : outcome,
          leadMediatorId: lead,
          secondMediatorId: second,
          thirdMediatorId: third,
          acceptedAt,
          dueAt: endOfDay(addMonth(acceptDay)),
          noticeGivenOn: outcome === "open" && sessionCount === 0 && random.next() < 0.5 ? null : acceptDay,
          noticeGivenById: creator.id,
          closedAt: outcome === "agreed" ? shanghaiInstant(agreedOn!, "16:30") : outcome === "not_agreed" ? shanghaiInstant(lastSession, "17:00") : null,
          referredTo: outcome === "not_agreed" ? random.weighted({ litigation: 6, administrative: 2, arbitration: 1, other: 1 }) : null,
          endReason: outcome === "not_agreed" ? random.pick(END_REASONS) : null,
          createdById: creator.id,
          createdAt: acceptedAt,
        },
        parties,
        sessions,
        outcome,
        agreedOn,
        form: random.next() < 0.85 ? "written" : "oral",
        extended: random.next() < 0.05,
        // A handful of follow-ups whose day has just passed stay undone: the overdue list is not empty.
        followUpDone: random.next() < 0.97,
      });
    });
  }

  const ids: number[] = [];
  for (const chunk of chunks(planned, 250)) {
    const rows = await db.insert(mediationCases).values(chunk.map((p) => p.row)).returning({ id: mediationCases.id });
    ids.push(...rows.map((r) => r.id));
  }
  const parties = planned.flatMap((p, i) => p.parties.map((party) => ({ ...party, caseId: ids[i]! })));
  const sessions = planned.flatMap((p, i) =>
    p.sessions.map((s) => {
      const scheduledAt = shanghaiInstant(s.day, "14:30");
      return {
        caseId: ids[i]!,
        scheduledAt,
        placeText: "青石派出所调解室",
        heldAt: s.held ? scheduledAt : null,
        attendees: s.held ? p.parties.map((party) => party.name).join("、") : null,
        record: s.held ? random.pick(SESSION_RECORDS) : null,
        createdById: creator.id,
        recordedById: s.held ? creator.id : null,
      };
    }),
  );
  const agreements = planned.flatMap((p, i) =>
    p.outcome === "agreed" && p.agreedOn
      ? [
          {
            caseId: ids[i]!,
            form: p.form,
            facts: p.row.summary,
            matters: "双方对责任承担和赔偿（补偿）数额存在争议。",
            responsibility: random.pick(RESPONSIBILITY),
            terms: random.pick(TERMS[p.row.disputeType]),
            performanceMethod: random.pick(["当场一次性履行", "现金或转账支付", "按约定分期履行"]),
            performanceDeadline: addDays(p.agreedOn, random.int(3, 30)),
            agreedOn: p.agreedOn,
            recordedById: creator.id,
          },
        ]
      : [],
  );
  const followUps = planned.flatMap((p, i) => {
    if (p.outcome !== "agreed" || !p.agreedOn) return [];
    const dueOn = addDays(p.agreedOn, 30);
    const done = dueOn < today && (p.followUpDone || dueOn < addDays(today, -40));
    const performance = random.weighted({ performed: 90, partly: 7, not_performed: 3 });
    return [
      {
        caseId: ids[i]!,
        dueOn,
        createdById: creator.id,
        ...(done
          ? {
              doneAt: shanghaiInstant(addDays(dueOn, random.int(0, 3)), "10:00"),
              doneById: creator.id,
              method: random.weighted({ visit: 6, phone: 4 }),
              performance,
              satisfaction: performance === "performed" ? random.weighted({ satisfied: 8, fairly_satisfied: 2 }) : random.weighted({ fairly_satisfied: 1, dissatisfied: 1 }),
              newConflict: performance !== "performed" && random.next() < 0.3,
              escalationRisk: performance === "not_performed" ? ("low" as const) : ("none" as const),
              actionTaken: random.pick(ACTIONS),
            }
          : {}),
      },
    ];
  });
  const extensions = planned.flatMap((p, i) => {
    if (!p.extended) return [];
    const previousDueAt = p.row.dueAt;
    const newDueAt = endOfDay(addDays(shanghaiDay(previousDueAt), 15));
    return [{ caseId: ids[i]!, previousDueAt, newDueAt, reason: "需等待伤情鉴定结果", consent: "双方当事人在延期同意书上签字", recordedById: creator.id }];
  });
  for (const chunk of chunks(parties, 500)) await db.insert(mediationParties).values(chunk);
  for (const chunk of chunks(sessions, 500)) await db.insert(mediationSessions).values(chunk);
  for (const chunk of chunks(agreements, 500)) await db.insert(mediationAgreements).values(chunk);
  for (const chunk of chunks(followUps, 500)) await db.insert(mediationFollowUps).values(chunk);
  if (extensions.length > 0) {
    await db.insert(mediationExtensions).values(extensions);
    await db
      .update(mediationCases)
      .set({ dueAt: sql`${mediationCases.dueAt} + interval '15 days'` })
      .where(inArray(mediationCases.id, extensions.map((e) => e.caseId)));
  }
  await db.insert(mediationCaseCounters).values(
    years.map((year) => ({ stationId: station.id, year, lastNumber: planned.filter((p) => p.row.year === year).length })).filter((c) => c.lastNumber > 0),
  );

  await seedAlliances(db, station.id, creator.id, now, random);
  // The demo's noisy-neighbour message went to mediation: its resident's page says so.
  const lastOpen = planned.map((p) => p.outcome).lastIndexOf("open");
  if (lastOpen >= 0) await linkDemoRequest(db, station.id, short, ids[lastOpen]!);
}

function chunks<T>(rows: T[], size: number): T[][] {
  return Array.from({ length: Math.ceil(rows.length / size) }, (_, i) => rows.slice(i * size, (i + 1) * size));
}

/** The most recent open case comes from 王阿姨's message about the neighbours upstairs (DEMR-5M2P). */
async function linkDemoRequest(db: Db, stationId: number, short: string, caseId: number) {
  const [request] = await db
    .select({ id: requests.id, body: requests.body, communityId: requests.communityId })
    .from(requests)
    .where(eq(requests.referenceCode, "DEMR-5M2P"));
  if (!request) return;
  const [linked] = await db
    .update(mediationCases)
    .set({ source: "resident_request", requestId: request.id, communityId: request.communityId, disputeType: "neighbour", summary: request.body })
    .where(and(eq(mediationCases.id, caseId), eq(mediationCases.stationId, stationId)))
    .returning({ year: mediationCases.year, number: mediationCases.number });
  if (!linked) return;
  await db.insert(requestEvents).values({ requestId: request.id, type: "mediation", data: { mediation: "accepted", caseNumber: caseNumber(short, linked.year, linked.number) } });
}

const ALLIANCES: { name: string; purpose: string; signedOn: string; organisations: [string, string, string, string][]; activities: [AllianceActivityKind, string][] }[] = [
  {
    name: "青石客运站警企共建联盟",
    purpose: "派出所与长途汽车客运南站共建：节假日客流高峰联合巡逻、站区非法营运和拉客整治、旅客求助与失物联动处置。",
    signedOn: "2023-04-12",
    organisations: [
      ["滨江长途汽车客运南站", "周海平", "站务部经理", "0571-86125501"],
      ["南站客运安保服务公司", "厉志伟", "安保队长", "13905712201"],
      ["南桥公交首末站", "吕春花", "站长", "0571-86125530"],
    ],
    activities: [
      ["joint_patrol", "春运站区联合巡逻"],
      ["rectification", "出站口非法拉客专项整治"],
      ["anti_fraud", "候车大厅反诈宣传"],
      ["training", "站务人员应急处置培训"],
    ],
  },
  {
    name: "重点企业平安共建联盟",
    purpose: "派出所与辖区重点企业共建：内部安全检查、员工法治和反诈培训、劳资纠纷早发现早调处。",
    signedOn: "2023-06-20",
    organisations: [
      ["青石商业广场管理有限公司", "范立群", "安全主管", "0571-86127310"],
      ["滨河电子科技有限公司", "钱文博", "行政总监", "13857163320"],
      ["枫林农贸市场管理有限公司", "孔德胜", "市场经理", "0571-86127788"],
    ],
    activities: [
      ["training", "企业员工反诈与消防安全培训"],
      ["rectification", "商业广场消防通道联合检查"],
      ["anti_fraud", "企业财务人员防范电信诈骗座谈"],
    ],
  },
  {
    name: "城市管理联勤联动联盟",
    purpose: "派出所与城管执法、街道城市管理科联勤联动：占道经营、噪声扰民、违规停放等问题一方发现、联合处置。",
    signedOn: "2023-03-08",
    organisations: [
      ["滨河区城管执法中队青石分队", "单国梁", "分队长", "0571-86129002"],
      ["青石街道城市管理科", "柏晓燕", "科长", "0571-86129015"],
      ["滨河区市政园林养护所", "施建伟", "养护组长", "13758120015"],
    ],
    activities: [
      ["joint_patrol", "夜市周边联合巡查"],
      ["rectification", "菜场门口占道卸货整治"],
      ["rectification", "望湖公园步道照明与治安联合排查"],
    ],
  },
  {
    name: "物业服务共建联盟",
    purpose: "派出所与辖区物业服务企业共建：小区门禁和监控维护、电动车违规充电整治、物业纠纷先行调处。",
    signedOn: "2024-02-26",
    organisations: [
      ["柳荫物业服务有限公司", "葛红英", "项目经理", "0571-86123301"],
      ["枫林苑物业服务中心", "孟立新", "客服主管", "0571-86123320"],
      ["望湖花园物业管理处", "滕国华", "主任", "13967130025"],
      ["南桥新村物业服务站", "芦秀兰", "站长", "0571-86123350"],
    ],
    activities: [
      ["rectification", "电动车飞线充电集中整治"],
      ["training", "物业保安员技能培训"],
      ["joint_patrol", "小区夜间安全巡查"],
    ],
  },
  {
    name: "金融机构反诈联盟",
    purpose: "派出所与辖区银行网点共建：可疑转账劝阻、老年人大额取现提醒、反诈宣传进网点。",
    signedOn: "2024-09-10",
    organisations: [
      ["滨江农商银行青石支行", "祁海燕", "网点负责人", "0571-86128801"],
      ["工商银行滨河支行青石分理处", "翁家俊", "运营主管", "0571-86128822"],
      ["邮政储蓄银行青石营业所", "骆美华", "所长", "0571-86128840"],
    ],
    activities: [
      ["anti_fraud", "银行网点反诈宣传周"],
      ["training", "柜员可疑交易识别培训"],
      ["anti_fraud", "老年人防骗讲座"],
    ],
  },
];

const OUTCOMES: Record<AllianceActivityKind, string[]> = {
  joint_patrol: ["出动警力和联盟单位人员共 16 人次，劝离占道摊点 5 处，未发生治安案件。", "巡查重点部位 12 处，发现并当场整改隐患 3 处。"],
  training: ["培训 45 人，发放宣传资料 200 份，现场答疑 20 余人次。", "参训人员全部通过现场考核。"],
  anti_fraud: ["发放宣传资料 500 余份，现场帮助 80 余名群众安装反诈软件。", "劝阻可疑转账 2 起，避免群众损失 3.6 万元。"],
  rectification: ["清理堆放杂物 8 处，拆除飞线 11 处，设立提醒标识 6 块。", "整改问题 9 个，建立每周复查机制。"],
  other: ["联盟单位交流工作经验，明确下一阶段共建任务。"],
};

async function seedAlliances(db: Db, stationId: number, creatorId: number, now: Date, random: ReturnType<typeof seededRandom>) {
  const today = shanghaiDay(now);
  const organisationIds = new Map<string, number>();
  for (const alliance of ALLIANCES) {
    const [row] = await db.insert(alliances).values({ stationId, name: alliance.name, purpose: alliance.purpose, signedOn: alliance.signedOn }).returning({ id: alliances.id });
    const orgs = await db
      .insert(allianceOrganisations)
      .values(alliance.organisations.map(([name, contactName, contactTitle, contactPhone]) => ({ allianceId: row!.id, name, contactName, contactTitle, contactPhone })))
      .returning({ id: allianceOrganisations.id, name: allianceOrganisations.name });
    for (const o of orgs) organisationIds.set(o.name, o.id);
    // Each kind of activity about once a quarter since the agreement, the latest first.
    const activities = [];
    for (let day = addDays(alliance.signedOn, 30); day < today; day = addDays(day, random.int(60, 120))) {
      const [kind, title] = random.pick(alliance.activities);
      activities.push({
        allianceId: row!.id,
        kind,
        heldOn: day,
        title,
        participants: `青石派出所、${alliance.organisations.map(([name]) => name).slice(0, random.int(1, alliance.organisations.length)).join("、")}`,
        outcome: random.pick(OUTCOMES[kind]),
        createdById: creatorId,
      });
    }
    if (activities.length > 0) await db.insert(allianceActivities).values(activities);
  }

  // Two residents' problems that belong to partners: the broken gate (answered and checked) and the boxes in
  // the fire lane (still awaiting the partner's answer).
  const demo = await db.select({ id: requests.id, code: requests.referenceCode, createdAt: requests.createdAt }).from(requests).where(inArray(requests.referenceCode, ["DEMQ-4K8N", "DEMT-AB3C"]));
  const gate = demo.find((r) => r.code === "DEMQ-4K8N");
  const lane = demo.find((r) => r.code === "DEMT-AB3C");
  const hour = (from: Date, hours: number) => new Date(from.getTime() + hours * 3_600_000);
  if (gate && organisationIds.has("柳荫物业服务有限公司")) {
    const referredAt = hour(gate.createdAt, 1);
    await db.insert(allianceReferrals).values({
      stationId,
      organisationId: organisationIds.get("柳荫物业服务有限公司")!,
      requestId: gate.id,
      subject: "小区3号门门禁损坏多日，外来人员随意进出，请物业尽快维修并加强门岗登记。",
      status: "answered",
      referredById: creatorId,
      referredAt,
      answer: "已更换3号门门禁控制器，维修期间安排保安24小时值守登记。",
      answeredBy: "葛红英",
      answeredAt: hour(gate.createdAt, 3),
    });
    await db.insert(requestEvents).values([
      { requestId: gate.id, type: "referral", data: { referral: "sent", organisation: "柳荫物业服务有限公司" }, createdAt: referredAt },
      { requestId: gate.id, type: "referral", data: { referral: "answered", organisation: "柳荫物业服务有限公司" }, createdAt: hour(gate.createdAt, 3) },
    ]);
  }
  if (lane && organisationIds.has("滨河区城管执法中队青石分队")) {
    const referredAt = hour(lane.createdAt, 1);
    await db.insert(allianceReferrals).values({
      stationId,
      organisationId: organisationIds.get("滨河区城管执法中队青石分队")!,
      requestId: lane.id,
      subject: "南桥街108号附近新开店铺门口堆放纸箱泡沫，堵塞消防通道，请城管督促清理。",
      referredById: creatorId,
      referredAt,
    });
    await db.insert(requestEvents).values({ requestId: lane.id, type: "referral", data: { referral: "sent", organisation: "滨河区城管执法中队青石分队" }, createdAt: referredAt });
  }
}
