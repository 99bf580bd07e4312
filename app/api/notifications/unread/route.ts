import { getDb } from "@/db";
import { countUnread } from "@/db/queries/notifications";
import { currentStaff } from "@/server/auth";

// Per user and changing by the minute: never stored by the browser or a proxy.
const headers = { "Cache-Control": "private, no-store" };

/** The signed-in staff member's unread notification count, for the dashboard header's badge. */
export async function GET() {
  const user = await currentStaff();
  if (!user) return Response.json({ error: "unauthorized" }, { status: 401, headers });
  return Response.json({ unread: await countUnread(await getDb(), user) }, { headers });
}
