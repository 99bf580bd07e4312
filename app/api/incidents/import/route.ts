import { createIncidentImport } from "@/db/queries/incident-imports";
import { getDb } from "@/db";
import { canImportIncidents } from "@/lib/authz";
import { MAX_IMPORT_BYTES } from "@/lib/incidents/import-format";
import { readCappedForm } from "@/lib/uploads/body-cap";
import { currentStaff } from "@/server/auth";
import { decodeCsv, processImportAfterResponse } from "@/server/incident-imports";
import { isSameOriginPost } from "@/server/upload-response";

// The form's own fields around the file.
const FORM_OVERHEAD = 64 * 1024;

const back = (location: string) => new Response(null, { status: 303, headers: { Location: location, "Cache-Control": "no-store" } });

/**
 * The import page's plain multipart form (it works without JavaScript): the body is streamed through a byte cap
 * (a server action would stop at its body limit with a bare 500), the import stored as queued, and the browser
 * sent to its progress page while the server processes it.
 */
export async function POST(request: Request) {
  if (!isSameOriginPost(request)) return new Response("Forbidden", { status: 403 });
  const user = await currentStaff();
  if (!user) return back("/login");
  if (!canImportIncidents(user)) return new Response("Not found", { status: 404, headers: { "Cache-Control": "private, no-store" } });
  const body = await readCappedForm(request, MAX_IMPORT_BYTES + FORM_OVERHEAD);
  if (body.status === "too_large") {
    const response = back("/dashboard/incidents/import?error=tooLarge");
    response.headers.set("Connection", "close");
    return response;
  }
  const file = body.status === "ok" ? body.form.get("file") : null;
  if (!file || typeof file === "string" || file.size === 0) return back("/dashboard/incidents/import?error=noFile");
  if (file.size > MAX_IMPORT_BYTES) return back("/dashboard/incidents/import?error=tooLarge");
  const content = decodeCsv(new Uint8Array(await file.arrayBuffer()));
  if (content === null) return back("/dashboard/incidents/import?error=notText");
  const created = await createIncidentImport(await getDb(), user, { name: file.name || "incidents.csv", content });
  if (!created) return new Response("Not found", { status: 404 });
  processImportAfterResponse(created.id);
  return back(`/dashboard/incidents/import/${created.id}`);
}
