import { getDb } from "@/db";
import { getIncidentImport } from "@/db/queries/incident-imports";
import { currentStaff } from "@/server/auth";

const notFound = () => Response.json({ error: "not found" }, { status: 404, headers: { "Cache-Control": "private, no-store" } });

/** An import's progress, for the progress bar to poll: counts and state only. */
export async function GET(_request: Request, { params }: RouteContext<"/api/incidents/import/[id]">) {
  const { id } = await params;
  const user = await currentStaff();
  if (!user || !/^\d{1,9}$/.test(id)) return notFound();
  const found = await getIncidentImport(await getDb(), user, Number(id));
  if (!found) return notFound();
  return Response.json(
    {
      state: found.state,
      stalled: found.stalled,
      totalRows: found.totalRows,
      checkedRows: found.checkedRows,
      insertedRows: found.insertedRows,
      skippedRows: found.skippedRows,
      errorCount: found.errorCount,
    },
    { headers: { "Cache-Control": "private, no-store" } },
  );
}
