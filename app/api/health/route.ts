import { sql } from "drizzle-orm";
import { getDbHandle } from "@/db";

/** 200 when the database answers a query within two seconds, 503 otherwise (for load balancers and scripts). */
export async function GET() {
  try {
    const handle = await withTimeout(getDbHandle(), 2000);
    await withTimeout(handle.db.execute(sql`select 1`), 2000);
    return Response.json({ status: "ok", database: handle.driver }, { headers: { "Cache-Control": "no-store" } });
  } catch {
    return Response.json({ status: "unavailable" }, { status: 503, headers: { "Cache-Control": "no-store" } });
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return Promise.race([
    promise,
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error("timeout")), ms).unref()),
  ]);
}
