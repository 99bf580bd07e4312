import { createHash, randomBytes } from "node:crypto";
import { eq, inArray, notInArray } from "drizzle-orm";
import { hashPassword } from "../lib/password";
import { PUBLISHED_DEMO_PASSWORD } from "../lib/validation/administrator";
import { loadCatalogue } from "./catalogue/load";
import { defaultResponseMinutes } from "../lib/request-kinds";
import type { Db } from "./client";
import { seedAppointmentTemplates } from "./seed-appointments";
import { seedBoards } from "./seed-boards";
import { seedIncidents } from "./seed-incidents";
import { seedApplications } from "./seed-applications";
import { seedMediation } from "./seed-mediation";
import { seedFieldWork } from "./seed-field-work";
import {
  communities,
  requestEvents,
  responseTargets,
  requests,
  stations,
  users,
  type NewCommunity,
  type NewUser,
  type RequestKind,
  type RequestStatus,
  type Role,
} from "./schema";

/*
 * Demo data for the quick start and for development: one fictional station (青石派出所, 滨江市滨河区), its four
 * communities, their staff and a few residents' messages. Every name, address and number here is invented.
 *
 * Idempotent: every insert skips rows whose unique key (station slug, community slug, login, reference code)
 * already exists, so a second run changes nothing. Deliberately free of "server-only" imports: it runs from
 * the CLI (db/seed-cli.ts) and from instrumentation.ts.
 *
 * A station's real database is no place for it: its accounts share a password printed in the README. So it
 * refuses to run where accounts other than the demo's exist, unless asked in so many words (`--demo`).
 */

export const DEMO_PASSWORD = PUBLISHED_DEMO_PASSWORD;

const STATION = {
  slug: "qingshi",
  name: "青石派出所",
  address: "滨江市滨河区青石路188号",
  phone: "0571-86120110",
  areaKm2: "2.80",
};

// A community police office's hours, which are also the hours on its officers' and auxiliaries' pages (one text
// each, so the officer page and the community page cannot disagree).
const OFFICE_HOURS = {
  liuyin: "周一至周五 8:30–12:00，14:00–17:30（民警入户走访时请先留言或来电）",
  fenglin: "周一至周五 8:30–12:00，14:00–17:30；周三晚 19:00–20:30 警务室接待",
  wanghu: "周一至周五 8:30–12:00，14:00–17:30；周末 9:00–17:00 公园北门警务岗值守",
  nanqiao: "周一至周五 8:30–12:00，14:00–17:30（节假日客运高峰期民警在客运站内警务点）",
} as const;

// Figures add up to the station: 2.80 km², 30,000 residents, 11,540 households (2.6 per household),
// 62 residential compounds, 131 work units, 1,100 street shops.
const COMMUNITIES: Omit<NewCommunity, "stationId">[] = [
  {
    slug: "liuyin",
    name: "柳荫社区",
    areaKm2: "0.62",
    population: 7860,
    households: 3020,
    compounds: 17,
    workUnits: 28,
    shops: 240,
    officeAddress: "滨河区柳荫街26号柳荫社区党群服务中心一楼 社区警务室",
    officeHours: OFFICE_HOURS.liuyin,
  },
  {
    slug: "fenglin",
    name: "枫林社区",
    areaKm2: "0.71",
    population: 8240,
    households: 3170,
    compounds: 18,
    workUnits: 35,
    shops: 310,
    officeAddress: "滨河区枫林路55号枫林社区服务站东侧 社区警务室",
    officeHours: OFFICE_HOURS.fenglin,
  },
  {
    slug: "wanghu",
    name: "望湖社区",
    areaKm2: "0.85",
    population: 6580,
    households: 2530,
    compounds: 12,
    workUnits: 31,
    shops: 220,
    officeAddress: "滨河区望湖公园北门望湖路9号 社区警务室",
    officeHours: OFFICE_HOURS.wanghu,
  },
  {
    slug: "nanqiao",
    name: "南桥社区",
    areaKm2: "0.62",
    population: 7320,
    households: 2820,
    compounds: 15,
    workUnits: 37,
    shops: 330,
    officeAddress: "滨河区南桥街108号（长途汽车客运站西侧）南桥社区 社区警务室",
    officeHours: OFFICE_HOURS.nanqiao,
  },
];

/** Kinds of request as the commitment names them, in the order it promises them. */
const COMMITTED_KINDS = [
  ["message", "留言"],
  ["tip", "线索举报"],
  ["consultation", "政策咨询"],
  ["advice", "防范建议"],
  ["help", "危难求助"],
] as const;

function duration(minutes: number): string {
  return minutes % (24 * 60) === 0 && minutes > 24 * 60 ? `${minutes / (24 * 60)}天` : `${minutes / 60}小时`;
}

/**
 * The service commitment on the officer page and the contact board. Its answer times are the response
 * targets the seed sets (kinds with the same target share a clause), so the promise and the queue's due
 * times agree; a booking has a time, not an answer time.
 */
function commitment(community: string): string {
  const clauses: string[] = [];
  for (const [kind, name] of COMMITTED_KINDS) {
    const promise = `${duration(defaultResponseMinutes[kind])}内答复`;
    const same = clauses.findIndex((c) => c.endsWith(promise));
    if (same >= 0) clauses[same] = clauses[same]!.replace(promise, `、${name}${promise}`);
    else clauses.push(`${name}${promise}`);
  }
  return (
    `我是${community}社区民警。扫码找我：${clauses.join("，")}；预约办事可在线选择时间。` +
    "能当场办的当场办，不能当场办的讲清楚原因和办理时限。紧急情况请直接拨打110。"
  );
}

type DemoUser = Omit<NewUser, "stationId" | "communityId" | "passwordHash" | "role" | "officeHours"> & {
  role: Role;
  community?: keyof typeof OFFICE_HOURS;
};

const OFFICER_TITLE = "社区民警 / 社区副书记";

const USERS: DemoUser[] = [
  {
    login: "officer.liuyin",
    role: "officer",
    community: "liuyin",
    slug: "he-wenchuan",
    name: "贺文川",
    badgeNumber: "036512",
    title: OFFICER_TITLE,
    workPhone: "0571-86120201",
    commitment: commitment("柳荫"),
  },
  {
    login: "officer.fenglin",
    role: "officer",
    community: "fenglin",
    slug: "tu-zhiheng",
    name: "屠志恒",
    badgeNumber: "036527",
    title: OFFICER_TITLE,
    workPhone: "0571-86120202",
    commitment: commitment("枫林"),
  },
  {
    login: "officer.wanghu",
    role: "officer",
    community: "wanghu",
    slug: "ning-shuyuan",
    name: "宁书远",
    badgeNumber: "036538",
    title: OFFICER_TITLE,
    workPhone: "0571-86120203",
    commitment: commitment("望湖"),
  },
  {
    login: "officer.nanqiao",
    role: "officer",
    community: "nanqiao",
    slug: "li-jiaming",
    name: "郦嘉明",
    badgeNumber: "036549",
    title: OFFICER_TITLE,
    workPhone: "0571-86120204",
    commitment: commitment("南桥"),
  },
  { login: "aux.liuyin", role: "auxiliary", community: "liuyin", slug: "zhong-liqun", name: "钟立群", title: "辅警", workPhone: "0571-86120211" },
  { login: "aux.fenglin", role: "auxiliary", community: "fenglin", slug: "min-xiaolan", name: "闵晓岚", title: "辅警", workPhone: "0571-86120212" },
  { login: "aux.wanghu", role: "auxiliary", community: "wanghu", slug: "tan-yongkang", name: "檀永康", title: "辅警", workPhone: "0571-86120213" },
  { login: "aux.wanghu2", role: "auxiliary", community: "wanghu", slug: "pu-haiyan", name: "濮海燕", title: "辅警", workPhone: "0571-86120214" },
  { login: "aux.nanqiao", role: "auxiliary", community: "nanqiao", slug: "wu-chunsheng", name: "伍春生", title: "辅警", workPhone: "0571-86120215" },
  { login: "chief", role: "chief", name: "庞振国", title: "所长", workPhone: "0571-86120100" },
  { login: "admin", role: "admin", name: "于佳", title: "系统管理员" },
  { login: "mediator", role: "mediator", name: "柯文静", title: "人民调解员" },
];

/** The staff logins the seed creates (all with DEMO_PASSWORD), for the CLI and the README. */
export const DEMO_LOGINS = USERS.map((u) => ({ login: u.login, role: u.role, name: u.name }));

interface DemoRequest {
  code: string;
  community: string;
  /** hours before the seed run */
  hoursAgo: number;
  residentName: string | null;
  residentPhone: string | null;
  body: string;
  status: RequestStatus;
  /** the officer's public reply, hours after submission */
  reply?: { afterHours: number; body: string };
  /** resolved this many hours after submission */
  resolvedAfterHours?: number;
}

const REQUESTS: DemoRequest[] = [
  {
    code: "DEMQ-2345",
    community: "liuyin",
    hoursAgo: 70,
    residentName: "林女士",
    residentPhone: "13800000001",
    body: "柳荫新村7幢2单元楼道里每天晚上都有人给电动自行车充电，电线从窗户拉出来，楼道堆满了车，担心起火，请民警来看看。",
    status: "resolved",
    reply: {
      afterHours: 3,
      body: "您好，已收到。今天下午我和物业一起到7幢2单元查看，楼道内的电动车已劝离，飞线充电已拆除，并在小区东门增设了集中充电桩的指引。后续我们会不定期巡查，如再发现请随时留言。",
    },
    resolvedAfterHours: 26,
  },
  {
    code: "DEMQ-3479",
    community: "liuyin",
    hoursAgo: 20,
    residentName: "周先生",
    residentPhone: "13800000002",
    body: "柳荫街菜场门口早上七点前总有货车卸货占道，小孩上学过马路很危险，能否协调一下卸货时间？",
    status: "in_progress",
    reply: {
      afterHours: 5,
      body: "周先生您好，情况已了解。明早七点我会到菜场门口现场查看，并和市场管理方、交警中队沟通调整卸货时段，处理进展会在这里告诉您。",
    },
  },
  {
    code: "DEMQ-4K8N",
    community: "liuyin",
    hoursAgo: 4,
    residentName: null,
    residentPhone: null,
    body: "小区3号门的门禁坏了好几天，外来人员随便进出，希望民警提醒物业尽快修好。",
    status: "submitted",
  },
  {
    code: "DEMR-5M2P",
    community: "fenglin",
    hoursAgo: 52,
    residentName: "王阿姨",
    residentPhone: "13800000003",
    body: "楼上住户每天夜里十二点以后还在搬东西、拖椅子，已经和他们说过两次没有用，晚上根本睡不着，想请社区民警帮忙调解一下。",
    status: "in_progress",
    reply: {
      afterHours: 6,
      body: "王阿姨您好，我已联系楼上住户，对方表示家里在赶工装修、会注意夜间噪声。本周四晚七点我和社区调解员在警务室约双方坐下来谈一谈，方便的话请您来一趟。",
    },
  },
  {
    code: "DEMR-6Q7S",
    community: "fenglin",
    hoursAgo: 9,
    residentName: "陈先生",
    residentPhone: "13800000004",
    body: "我在枫林路公交站附近丢了身份证，请问需要先来派出所报失吗？补办要带什么材料？",
    status: "submitted",
  },
  {
    code: "DEMS-7T3V",
    community: "wanghu",
    hoursAgo: 44,
    residentName: "赵女士",
    residentPhone: "13800000005",
    body: "望湖公园西侧步道晚上路灯坏了一段，最近有人说在那附近被陌生人尾随，晚上散步不太放心，能不能加强一下巡逻？",
    status: "in_progress",
    reply: {
      afterHours: 2,
      body: "赵女士您好，谢谢提醒。今晚起公园西侧步道纳入夜间巡逻路线，路灯问题已报公园管理处维修。晚上散步尽量结伴、走有照明的主步道，遇到可疑情况请立即拨打110。",
    },
  },
  {
    code: "DEMS-8W9X",
    community: "wanghu",
    hoursAgo: 6,
    residentName: "何先生",
    residentPhone: null,
    body: "望湖花园地下车库最近有几辆车的后视镜被人掰坏，物业说监控角度拍不到，想问问能否帮忙查一下。",
    status: "submitted",
  },
  {
    code: "DEMT-9Y2Z",
    community: "nanqiao",
    hoursAgo: 30,
    residentName: "孙女士",
    residentPhone: "13800000006",
    body: "长途汽车站出口总有人拉客，说去市区只要二十块，上车后又加价，我母亲上周就遇到了，希望能管一管。",
    status: "in_progress",
    reply: {
      afterHours: 4,
      body: "孙女士您好，您反映的情况我们已记录，已联合客运站和交通执法部门在出口加强巡查，对非法营运车辆依法处理。请提醒家人出站后到正规出租车或网约车上客点乘车。",
    },
  },
  {
    code: "DEMT-AB3C",
    community: "nanqiao",
    hoursAgo: 2,
    residentName: "刘先生",
    residentPhone: "13800000007",
    body: "南桥街108号附近一家新开的店铺门口堆放了很多纸箱和泡沫，堵住了消防通道，请民警来看看。",
    status: "submitted",
  },
];

/** Refusal to put demo accounts into a database that has real ones. */
export class DemoSeedRefused extends Error {
  constructor(readonly logins: string[]) {
    super(
      `this database has accounts that are not the demo's (${logins.join(", ")}${logins.length === 5 ? ", …" : ""}): ` +
        "the demo seed would add accounts whose password is published. Run it with --demo only if this is a demo database.",
    );
  }
}

/** Up to five logins that are not demo accounts (none in an empty or demo-only database). */
export async function accountsOutsideTheDemo(db: Db): Promise<string[]> {
  const rows = await db
    .select({ login: users.login })
    .from(users)
    .where(notInArray(users.login, DEMO_LOGINS.map((u) => u.login)))
    .orderBy(users.id)
    .limit(5);
  return rows.map((row) => row.login);
}

/**
 * Seeds the demo station. Returns `created: true` when this call created the station (i.e. the database
 * had no demo station before), false when it was already there. Throws DemoSeedRefused where real accounts
 * exist, unless `evenWithRealAccounts`.
 */
export async function seedDemo(db: Db, options: { evenWithRealAccounts?: boolean } = {}): Promise<{ created: boolean }> {
  if (!options.evenWithRealAccounts) {
    const others = await accountsOutsideTheDemo(db);
    if (others.length > 0) throw new DemoSeedRefused(others);
  }
  // Hashing is slow on purpose; do it once, outside the transaction. Every demo account shares the password.
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const now = Date.now();
  const hoursBefore = (hours: number) => new Date(now - hours * 3_600_000);

  return db.transaction(async (tx) => {
    const inserted = await tx
      .insert(stations)
      .values(STATION)
      .onConflictDoNothing({ target: stations.slug })
      .returning({ id: stations.id });
    const created = inserted.length > 0;
    await tx
      .insert(responseTargets)
      .values(Object.entries(defaultResponseMinutes).map(([kind, minutes]) => ({ kind: kind as RequestKind, minutes })))
      .onConflictDoNothing();
    const station =
      inserted[0] ?? (await tx.select({ id: stations.id }).from(stations).where(eq(stations.slug, STATION.slug)))[0];
    if (!station) throw new Error(`demo station "${STATION.slug}" neither inserted nor found`);

    await tx
      .insert(communities)
      .values(COMMUNITIES.map((c) => ({ ...c, stationId: station.id })))
      .onConflictDoNothing({ target: communities.slug });
    const communityRows = await tx
      .select({ id: communities.id, slug: communities.slug })
      .from(communities)
      .where(inArray(communities.slug, COMMUNITIES.map((c) => c.slug)));
    const communityId = new Map(communityRows.map((c) => [c.slug, c.id]));
    const idOf = (slug: string) => {
      const id = communityId.get(slug);
      if (id === undefined) throw new Error(`demo community "${slug}" missing`);
      return id;
    };

    await tx
      .insert(users)
      .values(
        USERS.map(({ community, ...u }) => ({
          ...u,
          stationId: station.id,
          communityId: community ? idOf(community) : null,
          officeHours: community ? OFFICE_HOURS[community] : null,
          passwordHash,
          active: true,
          photoUrl: u.slug ? `/demo-photos/${u.slug}.webp` : null,
        })),
      )
      .onConflictDoNothing({ target: users.login });
    const officerLogins = USERS.filter((u) => u.role === "officer").map((u) => u.login);
    const officerRows = await tx
      .select({ id: users.id, login: users.login })
      .from(users)
      .where(inArray(users.login, officerLogins));
    const officerId = new Map(officerRows.map((u) => [u.login, u.id]));

    for (const r of REQUESTS) {
      const officer = officerId.get(`officer.${r.community}`) ?? null;
      const createdAt = hoursBefore(r.hoursAgo);
      const firstResponseAt = r.reply ? hoursBefore(r.hoursAgo - r.reply.afterHours) : null;
      const resolvedAt = r.resolvedAfterHours !== undefined ? hoursBefore(r.hoursAgo - r.resolvedAfterHours) : null;
      const [row] = await tx
        .insert(requests)
        .values({
          kind: "message",
          status: r.status,
          referenceCode: r.code,
          // Nobody tracks a demo request: the hash of a secret that is thrown away.
          trackingSecretHash: createHash("sha256")
            .update(`tracking\0${randomBytes(32).toString("base64url")}`)
            .digest("hex"),
          residentName: r.residentName,
          residentPhone: r.residentPhone,
          body: r.body,
          communityId: idOf(r.community),
          officerId: officer,
          assigneeId: officer,
          createdAt,
          dueAt: new Date(createdAt.getTime() + defaultResponseMinutes.message * 60_000),
          firstResponseAt,
          resolvedAt,
          updatedAt: resolvedAt ?? firstResponseAt ?? createdAt,
        })
        .onConflictDoNothing({ target: requests.referenceCode })
        .returning({ id: requests.id });
      if (!row) continue; // already seeded

      const events: (typeof requestEvents.$inferInsert)[] = [
        { requestId: row.id, type: "status_change", toStatus: "submitted", createdAt },
      ];
      if (r.reply && firstResponseAt) {
        events.push(
          { requestId: row.id, type: "public_reply", actorId: officer, body: r.reply.body, createdAt: firstResponseAt },
          {
            requestId: row.id,
            type: "status_change",
            actorId: officer,
            fromStatus: "submitted",
            toStatus: "in_progress",
            createdAt: new Date(firstResponseAt.getTime() + 1),
          },
        );
      }
      if (resolvedAt) {
        events.push({
          requestId: row.id,
          type: "status_change",
          actorId: officer,
          fromStatus: r.reply ? "in_progress" : "submitted",
          toStatus: "resolved",
          createdAt: resolvedAt,
        });
      }
      await tx.insert(requestEvents).values(events);
    }

    await loadCatalogue(tx);
    await seedAppointmentTemplates(tx);
    await seedBoards(tx);
    await seedFieldWork(tx);
    await seedApplications(tx);
    await seedIncidents(tx);
    await seedMediation(tx);
    return { created };
  });
}
