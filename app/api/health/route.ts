import { pingDatabase } from "@/db";

/** 200 when the database answers within two seconds, 503 otherwise (for load balancers and scripts). */
export async function GET() {
  const headers = { "Cache-Control": "no-store" };
  try {
    return Response.json({ status: "ok", database: await pingDatabase(2000) }, { headers });
  } catch {
    return Response.json({ status: "unavailable" }, { status: 503, headers });
  }
}
