import { randomUUID } from "node:crypto";
import postgres from "postgres";
import { actionFields, percentile } from "./submissions";
import type { Server } from "./server";

/*
 * Residents booking appointments at once, through the real booking form posted as a browser without
 * JavaScript does. Each virtual resident has their own phone number and browser (so neither one booking per
 * person and day nor the per-client limit folds them together) and picks a time at random; a share of them
 * all go for a few three-seat times, so those are fought over. Afterwards the database is counted: no slot
 * holds more bookings than seats, each slot's `booked` equals its bookings, and every acknowledged booking
 * is stored exactly once.
 */

const SERVICE = "residence-permit";
const HOT_SLOTS = 3;
const HOT_CAPACITY = 3;
// One resident in five goes for one of the contended times.
const HOT_SHARE = 0.2;

export interface BookingResult {
  scenario: string;
  acknowledged: number;
  perSecond: number;
  p50Ms: number;
  p99Ms: number;
  /** answered "this time is full" (a clear refusal, not a failure) */
  full: number;
  /** any other refusal (already booked, limited, unavailable) */
  refused: number;
  failed: number;
  storedOnce: number;
  missing: number;
  duplicated: number;
  slotsUsed: number;
  slotsOverCapacity: number;
  slotsMiscounted: number;
  hot: { attempts: number; acknowledged: number; seats: number; booked: number };
}

/**
 * Adds a wide bench rule for the service (every day 08:00–20:00, ten-minute slots for ten, 20 working days
 * ahead, no notice) so there are seats for 20 s of bookings, makes its slots, and marks
 * a few of them as three-seat times to fight over. Returns the slot ids to book.
 */
async function prepareSlots(sql: postgres.Sql) {
  const [service] = await sql<{ id: number }[]>`select id from services where slug = ${SERVICE}`;
  if (!service) throw new Error(`no service ${SERVICE} in the seed`);
  const [template] = await sql<{ id: number }[]>`
    insert into appointment_templates (service_id, weekdays, start_time, end_time, slot_minutes, capacity, window_days, min_notice_hours)
    values (${service.id}, ${[1, 2, 3, 4, 5, 6, 7]}, '08:00', '20:00', 10, 10, 20, 0) returning id`;
  // The picker page is cached, so it would make this rule's slots (ensureSlots) only on its next remake: the
  // bench makes them itself, as ensureSlots does, every ten minutes from 08:00 to 20:00 Beijing time.
  await sql`
    insert into appointment_slots (template_id, service_id, starts_at, ends_at, capacity)
    select ${template!.id}, ${service.id}, starts_at, starts_at + interval '10 minutes', 10
    from generate_series(date_trunc('day', now()), now() + interval '15 days', interval '10 minutes') as starts_at
    where extract(hour from starts_at at time zone 'Asia/Shanghai') between 8 and 19
    on conflict do nothing`;
  const slots = await sql<{ id: number }[]>`
    select id from appointment_slots
    where template_id = ${template!.id} and starts_at > now() + interval '2 hours' and starts_at < now() + interval '14 days'
    order by starts_at`;
  if (slots.length < 100) throw new Error(`only ${slots.length} bench slots were made`);
  const hot = slots.slice(0, HOT_SLOTS).map((s) => s.id);
  await sql`update appointment_slots set capacity = ${HOT_CAPACITY} where id = any(${hot})`;
  return { hot, pool: slots.slice(HOT_SLOTS).map((s) => s.id) };
}

export async function benchBookings(server: Server, databaseUrl: string, options: { connections: number; durationS: number }): Promise<BookingResult> {
  const sql = postgres(databaseUrl, { max: 2, onnotice: () => {} });
  try {
    const { hot, pool } = await prepareSlots(sql);
    // The form is on a day's page; the action behind it takes any of the service's times.
    const [first] = await sql<{ day: string }[]>`
      select to_char(starts_at at time zone 'Asia/Shanghai', 'YYYY-MM-DD') as day from appointment_slots where id = ${pool[0]!}`;
    const path = `/book/${SERVICE}/${first!.day}`;
    const hidden = await actionFields(server, path);
    const [community] = await sql<{ id: number }[]>`select id from communities order by id limit 1`;

    const acknowledged: { code: string; phone: string; slot: number }[] = [];
    const latencies: number[] = [];
    let full = 0;
    let refused = 0;
    let failed = 0;
    const hotStats = { attempts: 0, acknowledged: 0 };
    let sequence = 0;
    const deadline = Date.now() + options.durationS * 1000;

    async function resident(worker: number) {
      while (Date.now() < deadline) {
        const n = sequence++;
        const phone = `158${String(n).padStart(8, "0")}`;
        const isHot = Math.random() < HOT_SHARE;
        const slot = isHot ? hot[n % hot.length]! : pool[Math.floor(Math.random() * pool.length)]!;
        const form = new FormData();
        for (const [name, value] of hidden) form.append(name, value);
        form.append("service", SERVICE);
        form.append("submissionKey", "");
        form.append("js", "");
        form.append("slot", String(slot));
        form.append("community", String(community!.id));
        form.append("name", `压测居民${n}`);
        form.append("phone", phone);
        const headers = { Origin: server.url, "User-Agent": `bench-booking-${worker}-${n}-${randomUUID()}` };
        if (isHot) hotStats.attempts++;
        const started = performance.now();
        try {
          const response = await fetch(server.url + path, { method: "POST", body: form, headers, redirect: "manual" });
          await response.arrayBuffer();
          const location = response.headers.get("location") ?? "";
          const stored = /^\/track\/([2-9A-Z]{4}-[2-9A-Z]{4})\?k=/.exec(location);
          if (response.status === 303 && stored) {
            acknowledged.push({ code: stored[1]!, phone, slot });
            if (isHot) hotStats.acknowledged++;
          } else if (response.status === 303 && location.includes("error=full")) full++;
          else if (response.status === 303 && location.includes("error=")) refused++;
          else failed++;
        } catch {
          failed++;
        }
        latencies.push(performance.now() - started);
      }
    }
    const started = Date.now();
    await Promise.all(Array.from({ length: options.connections }, (_, i) => resident(i)));
    const seconds = (Date.now() - started) / 1000;

    // Every slot: within its seats, and its count equal to its bookings. (The CHECK would refuse the first;
    // the second is the conditional update and the booking row going together, or not at all.)
    const [slots] = await sql<{ used: number; over: number; miscounted: number }[]>`
      select count(*) filter (where s.booked > 0 or b.n > 0)::int as used,
             count(*) filter (where s.booked > s.capacity)::int as over,
             count(*) filter (where s.booked <> coalesce(b.n, 0))::int as miscounted
      from appointment_slots s
      left join (select slot_id, count(*)::int as n from appointment_bookings where status = 'booked' group by slot_id) b on b.slot_id = s.id`;
    const codes = acknowledged.map((a) => a.code);
    const rows = await sql<{ reference_code: string; resident_phone: string; slot_id: number }[]>`
      select r.reference_code, r.resident_phone, b.slot_id
      from requests r join appointment_bookings b on b.request_id = r.id and b.status = 'booked'
      where r.reference_code = any(${codes})`;
    const byCode = new Map(rows.map((r) => [r.reference_code, r]));
    const [dup] = await sql<{ duplicated: number }[]>`
      select count(*)::int as duplicated from (
        select r.resident_phone from requests r join appointment_bookings b on b.request_id = r.id
        where r.resident_name like '压测居民%' group by r.resident_phone having count(*) > 1) d`;
    const [hotSeats] = await sql<{ seats: number; booked: number }[]>`
      select coalesce(sum(capacity), 0)::int as seats, coalesce(sum(booked), 0)::int as booked from appointment_slots where id = any(${hot})`;

    const sorted = [...latencies].sort((a, b) => a - b);
    return {
      scenario: `booking ${SERVICE}`,
      acknowledged: acknowledged.length,
      perSecond: Math.round(acknowledged.length / seconds),
      p50Ms: Math.round(percentile(sorted, 0.5)),
      p99Ms: Math.round(percentile(sorted, 0.99)),
      full,
      refused,
      failed,
      storedOnce: acknowledged.filter((a) => {
        const row = byCode.get(a.code);
        return row?.resident_phone === a.phone && row.slot_id === a.slot;
      }).length,
      missing: acknowledged.filter((a) => !byCode.has(a.code)).length,
      duplicated: dup?.duplicated ?? 0,
      slotsUsed: slots?.used ?? 0,
      slotsOverCapacity: slots?.over ?? 0,
      slotsMiscounted: slots?.miscounted ?? 0,
      hot: { ...hotStats, seats: hotSeats?.seats ?? 0, booked: hotSeats?.booked ?? 0 },
    };
  } finally {
    await sql.end({ timeout: 5 });
  }
}
