// Next's own file-system page cache, with one change: a 404 is stored only in place of a page that was
// stored before (so a page that goes away, e.g. a hidden service, stops being served). Without this, every
// made-up address of a cached dynamic route (/officers/<anything>, /services/<anything>, …) left its own
// cached 404 under .next, without limit. Unknown addresses are now rendered on each visit instead: one
// cheap query, nothing kept.
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const FileSystemCache = require("next/dist/server/lib/incremental-cache/file-system-cache.js").default;

export default class PageCacheHandler extends FileSystemCache {
  async set(key, data, ctx) {
    if (data?.kind === "APP_PAGE" && data.status === 404 && !this.holdsPage(key)) return;
    return super.set(key, data, ctx);
  }

  holdsPage(key) {
    return Boolean(FileSystemCache.memoryCache?.get(key)) || this.fs.existsSync(this.getFilePath(`${key}.html`, "APP_PAGE"));
  }
}
