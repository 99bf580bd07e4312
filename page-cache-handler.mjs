// Next's own file-system page cache, with two changes.
//
// 1. A 404 is stored only in place of a page that was stored before (so a page that goes away, e.g. a hidden
//    service, stops being served). Without this, every made-up address of a cached dynamic route
//    (/officers/<anything>, /services/<anything>, …) left its own cached 404 under .next, without limit.
//    Unknown addresses are now rendered on each visit instead: one cheap query, nothing kept.
//
// 2. Several instances on one PostgreSQL (DATABASE_URL): a page refresh (revalidatePath after an edit, a
//    booking…) made by one instance reaches the others. Next keeps which tags were refreshed in process memory,
//    so without this an instance went on serving its own copy of the old page until its revalidate period ran
//    out (measured: 31 s for a booking day, up to 300 s for an officer page). Each refresh is published with
//    PostgreSQL NOTIFY and applied by every other instance as it arrives (a few milliseconds). Whenever the
//    listening connection is (re)established — at start, after a database restart — notices may have been
//    missed, so pages cached before that moment are rendered afresh on their next visit. While the connection
//    is down, cached pages go on being served as they are: an outage must not turn cached pages into errors.
import { randomUUID } from "node:crypto";
import { createRequire } from "node:module";
import postgres from "postgres";

const require = createRequire(import.meta.url);
const FileSystemCache = require("next/dist/server/lib/incremental-cache/file-system-cache.js").default;

const CHANNEL = "portal_page_cache";
const shared = Symbol.for("portal.page-cache.shared");

/** The cross-instance state, once per process (Next may construct the handler many times). */
function sharedState() {
  const url = process.env.DATABASE_URL;
  // Never from `next build`: pages are prerendered there, and no database is opened.
  if (!url || process.env.NEXT_PHASE === "phase-production-build") return null;
  globalThis[shared] ??= connect(url);
  return globalThis[shared];
}

function connect(url) {
  const state = { instance: randomUUID(), trustedSince: Date.now(), sql: postgres(url, { max: 1, onnotice: () => {} }) };
  const listen = () =>
    state.sql
      .listen(
        CHANNEL,
        (payload) => {
          let notice;
          try {
            notice = JSON.parse(payload);
          } catch {
            return;
          }
          if (notice.from === state.instance || !Array.isArray(notice.tags)) return;
          FileSystemCache.prototype.revalidateTag.call(null, notice.tags, notice.durations ?? undefined);
        },
        // Called on the first connection and after every reconnection: what was cached before may be stale.
        () => {
          state.trustedSince = Date.now();
        },
      )
      .catch((error) => {
        console.warn("page cache: cannot listen for other instances' refreshes yet, retrying", error);
        setTimeout(listen, 2_000).unref();
      });
  listen();
  return state;
}

export default class PageCacheHandler extends FileSystemCache {
  async get(key, ctx) {
    const data = await super.get(key, ctx);
    const state = sharedState();
    if (data && state && typeof data.lastModified === "number" && data.lastModified < state.trustedSince) return null;
    return data;
  }

  async set(key, data, ctx) {
    if (data?.kind === "APP_PAGE" && data.status === 404 && !this.holdsPage(key)) return;
    return super.set(key, data, ctx);
  }

  async revalidateTag(tags, durations) {
    await super.revalidateTag(tags, durations);
    const state = sharedState();
    const list = typeof tags === "string" ? [tags] : tags;
    if (!state || list.length === 0) return;
    try {
      const payload = JSON.stringify({ from: state.instance, tags: list, durations: durations ?? null });
      await state.sql`select pg_notify(${CHANNEL}, ${payload})`;
    } catch (error) {
      // The edit is committed and this instance shows it; the others catch up within their revalidate period.
      console.error("page cache: could not tell the other instances about a refresh", error);
    }
  }

  holdsPage(key) {
    return Boolean(FileSystemCache.memoryCache?.get(key)) || this.fs.existsSync(this.getFilePath(`${key}.html`, "APP_PAGE"));
  }
}
