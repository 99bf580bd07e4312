import { randomUUID } from "node:crypto";
import postgres from "postgres";
import sharp from "sharp";
import type { Server } from "./server";

/*
 * Residents submitting at once: how many submissions per second the portal acknowledges, and proof that
 * every acknowledged one is stored exactly once. Each virtual resident posts the form as a browser without
 * JavaScript does (the fields the page really renders), with its own browser key and user agent, so neither
 * the repeat detection nor the per-client limit folds distinct residents together.
 */

export interface SubmissionResult {
  scenario: string;
  acknowledged: number;
  refused: number;
  failed: number;
  perSecond: number;
  p50Ms: number;
  p99Ms: number;
  storedOnce: number;
  missing: number;
  duplicated: number;
  photosStored?: number;
  photosAcknowledged?: number;
}

/** The hidden fields Next renders for a no-JavaScript server-action form (action id, key, bound state). */
export async function actionFields(server: Server, path: string): Promise<[string, string][]> {
  const html = await (await fetch(server.url + path)).text();
  const fields: [string, string][] = [];
  for (const match of html.matchAll(/<input type="hidden" name="(\$ACTION[^"]*)"(?: value="([^"]*)")?\/>/g)) {
    const value = (match[2] ?? "").replaceAll("&quot;", '"').replaceAll("&amp;", "&").replaceAll("&lt;", "<").replaceAll("&gt;", ">");
    fields.push([match[1]!, value]);
  }
  if (fields.length === 0) throw new Error(`no server-action form on ${path}`);
  return fields;
}

export const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;

export async function benchSubmissions(
  server: Server,
  databaseUrl: string,
  options: { scenario: "message" | "tip with a photo"; connections: number; durationS: number },
): Promise<SubmissionResult> {
  const kind = options.scenario === "message" ? "message" : "tip";
  const path = `/officers/he-wenchuan/${kind}`;
  const hidden = await actionFields(server, path);
  const photo =
    options.scenario === "tip with a photo"
      ? await sharp({ create: { width: 1600, height: 1200, channels: 3, background: { r: 90, g: 120, b: 160 } } }).jpeg({ quality: 80 }).toBuffer()
      : null;

  const acknowledged: { code: string; body: string }[] = [];
  const latencies: number[] = [];
  let refused = 0;
  let failed = 0;
  let photosAcknowledged = 0;
  const deadline = Date.now() + options.durationS * 1000;

  async function resident(worker: number) {
    for (let n = 0; Date.now() < deadline; n++) {
      const body = `压测提交 ${options.scenario} ${worker}-${n} ${randomUUID()}`;
      const form = new FormData();
      for (const [name, value] of hidden) form.append(name, value);
      form.append("kind", kind);
      form.append("officer", "he-wenchuan");
      form.append("submissionKey", randomUUID());
      form.append("body", body);
      if (kind === "tip") {
        form.append("category", "suspicious_person");
        form.append("where", "柳荫街26号");
      }
      const headers = { Origin: server.url, "User-Agent": `bench-resident-${worker}-${n}` };
      const started = performance.now();
      try {
        const response = await fetch(server.url + path, { method: "POST", body: form, headers, redirect: "manual" });
        await response.arrayBuffer();
        const location = response.headers.get("location") ?? "";
        const match = /^\/track\/([2-9A-Z]{4}-[2-9A-Z]{4})\?k=([A-Za-z0-9_-]+)/.exec(location);
        if (response.status === 303 && match) {
          acknowledged.push({ code: match[1]!, body });
          if (photo) {
            const upload = new FormData();
            upload.append("k", match[2]!);
            upload.append("photos", new Blob([photo], { type: "image/jpeg" }), "photo.jpg");
            const uploaded = await fetch(`${server.url}/api/track/${match[1]}/photos`, { method: "POST", body: upload, headers, redirect: "manual" });
            await uploaded.arrayBuffer();
            if (uploaded.status === 303 && (uploaded.headers.get("location") ?? "").includes("done=photos")) photosAcknowledged++;
            else failed++;
          }
        } else if (response.status === 200) refused++;
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

  // Every acknowledged code must be in the database exactly once, with the body that was sent.
  const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  try {
    const codes = acknowledged.map((a) => a.code);
    const rows = await sql<{ reference_code: string; body: string; photos: number }[]>`
      select r.reference_code, r.body, (select count(*)::int from attachments a where a.request_id = r.id) as photos
      from requests r where r.reference_code = any(${codes})`;
    const byCode = new Map(rows.map((r) => [r.reference_code, r]));
    const [dup] = await sql<{ duplicated: number }[]>`
      select count(*)::int as duplicated from (select body from requests where body like '压测提交%' group by body having count(*) > 1) d`;
    const sorted = [...latencies].sort((a, b) => a - b);
    return {
      scenario: options.scenario,
      acknowledged: acknowledged.length,
      refused,
      failed,
      perSecond: Math.round(acknowledged.length / seconds),
      p50Ms: Math.round(percentile(sorted, 0.5)),
      p99Ms: Math.round(percentile(sorted, 0.99)),
      storedOnce: acknowledged.filter((a) => byCode.get(a.code)?.body === a.body).length,
      missing: acknowledged.filter((a) => !byCode.has(a.code)).length,
      duplicated: dup?.duplicated ?? 0,
      ...(photo ? { photosAcknowledged, photosStored: rows.reduce((sum, r) => sum + r.photos, 0) } : {}),
    };
  } finally {
    await sql.end({ timeout: 5 });
  }
}
