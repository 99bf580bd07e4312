import { randomBytes } from "node:crypto";
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "@playwright/test";

/** Files and bytes the running server keeps under .next (its page cache lives there). */
function footprint(dir = ".next"): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      const inner = footprint(path);
      files += inner.files;
      bytes += inner.bytes;
    } else if (!entry.name.startsWith("trace")) {
      files += 1;
      bytes += statSync(path).size;
    }
  }
  return { files, bytes };
}

const madeUp = () => `x${randomBytes(6).toString("hex")}`;

// The six cached dynamic routes, each with a slug nobody has.
const routes = [
  (s: string) => `/officers/${s}`,
  (s: string) => `/officers/he-wenchuan/${s}`,
  (s: string) => `/services/${s}`,
  (s: string) => `/communities/${s}`,
  (s: string) => `/book/${s}`,
  (s: string) => `/apply/${s}`,
];

test("100 made-up addresses, each asked twice, leave nothing in the page cache; real pages stay cached", async ({ request }) => {
  // A real page is cached: its second answer comes from the cache (so the header below can tell).
  await request.get("/officers/he-wenchuan");
  expect((await request.get("/officers/he-wenchuan")).headers()["x-nextjs-cache"]).toBe("HIT");

  const before = footprint();
  for (let i = 0; i < 100; i++) {
    const path = routes[i % routes.length]!(madeUp());
    const first = await request.get(path);
    expect(first.status(), path).toBe(404);
    const second = await request.get(path);
    expect(second.status(), path).toBe(404);
    expect(second.headers()["x-nextjs-cache"], path).not.toBe("HIT");
  }
  const after = footprint();
  expect(after.files).toBe(before.files);
  expect(after.bytes).toBe(before.bytes);

  expect((await request.get("/officers/he-wenchuan")).headers()["x-nextjs-cache"]).toBe("HIT");
});
