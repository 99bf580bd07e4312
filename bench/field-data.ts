import postgres from "postgres";

/*
 * Field work at the size of a busy district, for the bench: 50,000 care subjects, 500,000 visits and 20,000
 * hazards across the demo station's communities, each table filled by a few INSERT … SELECT from
 * generate_series (seconds, not row by row), then ANALYZE. Dates spread around today so the overdue lists,
 * the week's care visits and the deadlines are all populated. Run on a database the demo seed filled:
 *
 *   tsx bench/field-data.ts postgres://…/bench_db [careSubjects] [visits] [hazards]
 */

export interface FieldDataSize {
  careSubjects: number;
  visits: number;
  hazards: number;
}

export const BENCH_FIELD_SIZE: FieldDataSize = { careSubjects: 50_000, visits: 500_000, hazards: 20_000 };

export async function generateFieldData(url: string, size: FieldDataSize = BENCH_FIELD_SIZE): Promise<{ seconds: number }> {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  const started = Date.now();
  try {
    const communities = await sql<{ id: number }[]>`select id from communities order by id`;
    const share = (total: number) => Math.ceil(total / communities.length);
    for (const { id: community } of communities) {
      const staff = (await sql<{ id: number }[]>`select id from users where community_id = ${community} and role in ('officer', 'auxiliary') order by id`).map((r) => r.id);
      const homes = (await sql<{ id: number }[]>`select id from places where community_id = ${community} and kind = 'building' order by id`).map((r) => r.id);
      const spots = (await sql<{ id: number }[]>`select id from places where community_id = ${community} and kind <> 'building' order by id`).map((r) => r.id);
      await sql`
        insert into care_subjects (community_id, name, birth_year, place_id, address, phone, category, risk_level, cadence_days,
          next_visit_due, last_visited_at, created_by_id, created_at)
        select ${community}, '压测对象' || g, 1930 + g % 70, (${homes}::int[])[1 + g % ${homes.length}], (1 + g % 4) || ' 单元',
          '139' || lpad((g % 100000000)::text, 8, '0'),
          (array['elderly_alone','empty_nest','disabled','left_behind_child','other'])[1 + g % 5]::care_category,
          (array['high','key','general'])[1 + g % 3]::care_risk_level, (array[7, 30, 90])[1 + g % 3],
          current_date - 20 + (g % 100), now() - make_interval(days => g % 90), ${staff[0]!}, now() - interval '400 days'
        from generate_series(1, ${share(size.careSubjects)}) g`;
      await sql`
        insert into visits (community_id, officer_id, kind, place_id, notes, outcome, started_at, duration_minutes)
        select ${community}, (${staff}::int[])[1 + g % ${staff.length}],
          (array['household','care','shop_check','patrol','school_or_park','festival','service'])[1 + g % 7]::visit_kind,
          (${spots}::int[])[1 + g % ${spots.length}], '压测走访记录 ' || g,
          (array['all_well','advice_given','solved_on_spot','follow_up','referred'])[1 + g % 5]::visit_outcome,
          now() - make_interval(mins => (g * 37) % (365 * 24 * 60)), 10 + g % 80
        from generate_series(1, ${share(size.visits)}) g`;
      await sql`
        insert into hazards (community_id, place_id, category, severity, description, measures, responsible_kind, responsible_name,
          deadline, status, found_at, found_by_id, assignee_id)
        select ${community}, (${spots}::int[])[1 + g % ${spots.length}],
          (array['fire','electrical','gas','water','structure','traffic','public_order','other'])[1 + g % 8]::hazard_category,
          (array['general','general','major'])[1 + g % 3]::hazard_severity, '压测隐患 ' || g, '按要求整改', 'unit'::hazard_responsible_kind, '责任单位 ' || g,
          current_date - 60 + (g % 120),
          (array['verified','verified','verified','verified','verified','verified','found','notice_served','rectifying','rectified','escalated','rectifying'])[1 + g % 12]::hazard_status,
          now() - make_interval(days => 10 + g % 200), ${staff[0]!}, ${staff[0]!}
        from generate_series(1, ${share(size.hazards)}) g`;
    }
    // What autovacuum would have done on tables this size: statistics, and the visibility map index-only scans use.
    await sql`vacuum analyze`;
    return { seconds: (Date.now() - started) / 1000 };
  } finally {
    await sql.end({ timeout: 5 });
  }
}

if (process.argv[1]?.endsWith("field-data.ts") && process.argv[2]) {
  const [, , url, ...counts] = process.argv;
  const [careSubjects, visits, hazards] = counts.map(Number);
  generateFieldData(url!, {
    careSubjects: careSubjects || BENCH_FIELD_SIZE.careSubjects,
    visits: visits || BENCH_FIELD_SIZE.visits,
    hazards: hazards || BENCH_FIELD_SIZE.hazards,
  }).then(
    ({ seconds }) => console.log(`field data generated in ${seconds.toFixed(1)} s`),
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
