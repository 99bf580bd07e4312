import { getDbHandle } from "@/db";
import { databaseHealth } from "@/lib/database-health";
import { checkDatabase } from "@/server/database-monitor";

/**
 * 200 when the database answers within two seconds, 503 otherwise (for load balancers and scripts). The body
 * says since when, and the last outage this instance saw: `{"status":"ok","database":"postgres","since":…,
 * "lastOutage":{"from":…,"to":…,"seconds":…}}` or `{"status":"unavailable","since":…,"lastError":"57P01",…}`.
 */
export async function GET() {
  await checkDatabase();
  const { state, since, lastError, lastOutage } = databaseHealth();
  const headers = { "Cache-Control": "no-store" };
  if (state === "down") return Response.json({ status: "unavailable", since, lastError, lastOutage }, { status: 503, headers });
  return Response.json({ status: "ok", database: (await getDbHandle()).driver, since, lastOutage }, { headers });
}
