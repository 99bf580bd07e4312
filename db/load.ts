import { count, eq, sql } from "drizzle-orm";
import { hashPassword } from "../lib/password";
import type { Db } from "./client";
import { communities, incidents, requests, stations } from "./schema";

/*
 * A city-sized history for measuring the stats page (npm run db:generate-load, and the bench): one station with
 * 50 communities, their officers and boards, 5 years of 1,000,000 requests, 200,000 incidents, a board scan count
 * per board and day, and populations. Written by SQL generate_series (a handful of statements, not row by row),
 * into a PostgreSQL database that should be its own. Rows go in in time order, as a real table fills. Each kind of record is one generator below: when the
 * mediation cases and field visits tables land, each adds one function to LOAD_GENERATORS.
 */

export const LOAD_STATION_SLUG = "load-city";
export const LOAD_PASSWORD = "Load#2026";
export const LOAD_CHIEF_LOGIN = "load.chief";

export interface LoadSize {
  communities: number;
  requests: number;
  incidents: number;
  years: number;
}

export const CITY_SIZE: LoadSize = { communities: 50, requests: 1_000_000, incidents: 200_000, years: 5 };

interface LoadContext {
  db: Db;
  stationId: number;
  size: LoadSize;
  log: (line: string) => void;
}

// The chunk each statement writes: a statement over a million rows holds its locks and WAL for minutes.
const CHUNK = 200_000;

async function inChunks(total: number, write: (from: number, to: number) => Promise<unknown>, log: (line: string) => void, what: string) {
  for (let from = 1; from <= total; from += CHUNK) {
    const to = Math.min(total, from + CHUNK - 1);
    await write(from, to);
    log(`  ${what}: ${to.toLocaleString("en")} / ${total.toLocaleString("en")}`);
  }
}

async function staffAndBoards({ db, stationId, size }: LoadContext) {
  const passwordHash = await hashPassword(LOAD_PASSWORD);
  await db.execute(sql`
    insert into communities (station_id, slug, name, area_km2, population, households, compounds, work_units, shops, office_address, office_hours)
    select ${stationId}, 'load-' || lpad(i::text, 2, '0'), '负载社区' || lpad(i::text, 2, '0'), 0.5, 20000, 8000, 20, 40, 300, '负载路' || i || '号', '周一至周五'
    from generate_series(1, ${size.communities}) i`);
  await db.execute(sql`
    insert into users (station_id, community_id, login, password_hash, role, name, slug, title)
    select c.station_id, c.id, 'load.officer.' || substr(c.slug, 6) || '.' || n, ${passwordHash}, 'officer', '负载民警' || substr(c.slug, 6) || '-' || n,
      'load-officer-' || substr(c.slug, 6) || '-' || n, '社区民警'
    from communities c cross join generate_series(1, 2) n where c.station_id = ${stationId}`);
  await db.execute(sql`
    insert into users (station_id, community_id, login, password_hash, role, name)
    select c.station_id, c.id, 'load.auxiliary.' || substr(c.slug, 6), ${passwordHash}, 'auxiliary', '负载辅警' || substr(c.slug, 6)
    from communities c where c.station_id = ${stationId}`);
  await db.execute(sql`
    insert into users (station_id, login, password_hash, role, name) values (${stationId}, ${LOAD_CHIEF_LOGIN}, ${passwordHash}, 'chief', '负载所长')`);
  await db.execute(sql`
    insert into contact_boards (id, officer_id, location)
    select 'LD' || u.id || '-01', u.id, '负载路' || u.id || '号' from users u where u.station_id = ${stationId} and u.role = 'officer'`);
}

async function populations({ db, stationId, size }: LoadContext) {
  await db.execute(sql`
    insert into community_populations (community_id, year, population, source)
    select c.id, y, 15000 + (c.id * 37 % 10000) + (y - extract(year from now())::int) * 150, '实有人口登记'
    from communities c cross join generate_series(extract(year from now())::int - ${size.years}, extract(year from now())::int) y
    where c.station_id = ${stationId}`);
}

/** Officers of the station as an array ordered by community, for picking one by number in SQL. */
const officerArray = (stationId: number) =>
  sql`(select array_agg(u.id order by u.community_id, u.id) from users u where u.station_id = ${stationId} and u.role = 'officer')`;

async function loadIncidents({ db, stationId, size, log }: LoadContext) {
  await inChunks(
    size.incidents,
    (from, to) =>
      db.execute(sql`
        with c as (select array_agg(id order by id) ids from communities where station_id = ${stationId})
        insert into incidents (station_id, community_id, occurred_at, category, source, brief, address, address_key, external_id)
        select ${stationId}, c.ids[1 + (g % ${size.communities})],
          now() - make_interval(secs => (${size.incidents} - g + random()) * ${(size.years * 365 * 86400) / size.incidents}),
          (array['criminal','public_order','traffic','fire','dispute','help','complaint','other','invalid','traffic','dispute','help'])[1 + floor(random() * 12)::int]::incident_category,
          (array['call_110','call_110','call_110','walk_in','online','officer_found'])[1 + floor(random() * 6)::int]::incident_source,
          '负载测试警情', a.address, a.address, 'LOAD-' || g
        from generate_series(${from}::int, ${to}::int) g, c,
          lateral (select '负载路' || floor(random() * random() * 400)::int || '号' as address) a`),
    log,
    "incidents",
  );
}

async function loadRequests({ db, stationId, size, log }: LoadContext) {
  await inChunks(
    size.requests,
    (from, to) =>
      db.execute(sql`
        with o as (select ${officerArray(stationId)} ids),
        s as (
          select g, random() r_kind, random() r_answer, random() r_late, random() r_resolve, random() r_rating, random() r_officer,
            now() - make_interval(secs => (${size.requests} - g + random()) * ${(size.years * 365 * 86400) / size.requests}) created
          from generate_series(${from}::int, ${to}::int) g
        ),
        k as (
          select s.*, (array['message','message','message','consultation','consultation','tip','help','advice','appointment','application','delivery'])[1 + floor(r_kind * 11)::int]::request_kind kind,
            o.ids[1 + floor(r_officer * array_length(o.ids, 1))::int] officer
          from s, o
        ),
        t as (
          select k.*, case kind when 'help' then 60 when 'consultation' then 2880 when 'advice' then 4320 when 'application' then 7200 else 1440 end target,
            case when kind <> 'appointment' and r_answer < 0.9 then created + make_interval(mins => (r_late * r_late * 2.5 * case kind when 'help' then 60 when 'consultation' then 2880 when 'advice' then 4320 when 'application' then 7200 else 1440 end)::int) end answered
          from k
        ),
        r as (
          select t.*, case when r_resolve < 0.85 then coalesce(answered, created) + make_interval(hours => (r_resolve * 80)::int) end resolved from t
        )
        insert into requests (kind, status, reference_code, tracking_secret_hash, body, community_id, officer_id, assignee_id, created_at, due_at,
          first_response_at, resolved_at, rating, rated_at, updated_at)
        select r.kind, case when resolved is not null then 'resolved' when answered is not null then 'in_progress' else 'submitted' end::request_status,
          'L' || lpad(to_hex(g), 8, '0'), 'load', '负载测试诉求', u.community_id, officer, officer, created, created + make_interval(mins => target),
          answered, resolved,
          case when resolved is not null and r_rating < 0.5 then least(5, 1 + floor(sqrt(r_rating * 2) * 5))::smallint end,
          case when resolved is not null and r_rating < 0.5 then resolved + interval '1 day' end,
          coalesce(resolved, answered, created)
        from r join users u on u.id = r.officer`),
    log,
    "requests",
  );
  // A quarter of them came through a board of their officer.
  await db.execute(sql`
    insert into request_origins (request_id, board_id)
    select r.id, b.id from requests r join contact_boards b on b.officer_id = r.officer_id
    join communities c on c.id = r.community_id
    where c.station_id = ${stationId} and random() < 0.25`);
}

async function loadBoardScans({ db, stationId, size }: LoadContext) {
  await db.execute(sql`
    insert into board_scans (board_id, target, day, count)
    select b.id, 'officer', d::date, 1 + floor(random() * 12)::int
    from contact_boards b join users u on u.id = b.officer_id,
      generate_series((current_date - ${size.years * 365}::int)::timestamp, current_date::timestamp, interval '1 day') d
    where u.station_id = ${stationId}`);
}

/** The generators in order; mediation cases and field visits add theirs here once their tables exist. */
export const LOAD_GENERATORS: { name: string; run: (ctx: LoadContext) => Promise<void> }[] = [
  { name: "communities, staff and boards", run: staffAndBoards },
  { name: "populations", run: populations },
  { name: "incidents", run: loadIncidents },
  { name: "requests", run: loadRequests },
  { name: "board scans", run: loadBoardScans },
];

/** Whether the database already holds the generated station at this size (so a bench can reuse it). */
export async function loadPresent(db: Db, size: LoadSize = CITY_SIZE): Promise<boolean> {
  const [station] = await db.select({ id: stations.id }).from(stations).where(eq(stations.slug, LOAD_STATION_SLUG));
  if (!station) return false;
  const [r] = await db
    .select({ n: count() })
    .from(requests)
    .innerJoin(communities, eq(communities.id, requests.communityId))
    .where(eq(communities.stationId, station.id));
  const [i] = await db.select({ n: count() }).from(incidents).where(eq(incidents.stationId, station.id));
  return (r?.n ?? 0) >= size.requests && (i?.n ?? 0) >= size.incidents;
}

/** Fills the database with the city; refuses to write a second one. Then ANALYZE, so the planner knows the sizes. */
export async function generateLoad(db: Db, size: LoadSize = CITY_SIZE, log: (line: string) => void = console.log): Promise<void> {
  const [existing] = await db.select({ id: stations.id }).from(stations).where(eq(stations.slug, LOAD_STATION_SLUG));
  if (existing) throw new Error(`the database already has the generated station "${LOAD_STATION_SLUG}"; use a fresh database`);
  const [station] = await db
    .insert(stations)
    .values({ slug: LOAD_STATION_SLUG, name: "负载测试派出所", address: "负载路1号", phone: "110", areaKm2: "25.00" })
    .returning({ id: stations.id });
  const ctx: LoadContext = { db, stationId: station!.id, size, log };
  for (const generator of LOAD_GENERATORS) {
    const started = Date.now();
    await generator.run(ctx);
    log(`${generator.name}: ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
  // Index-only scans need the visibility map a VACUUM writes; the planner needs the sizes.
  await db.execute(sql`vacuum analyze`);
}
