import { randomBytes } from "node:crypto";
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import { signIn } from "./pages";

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

test("a service the administrator takes off the public pages stops being served from the cache", async ({ browser }) => {
  const resident = await (await browser.newContext()).newPage();
  await resident.goto("/services/large-event-permit");
  expect((await resident.reload())?.headers()["x-nextjs-cache"]).toBe("HIT");

  const admin = await (await browser.newContext()).newPage();
  await signIn(admin, "admin");
  await admin.getByRole("navigation", { name: "工作台导航" }).getByRole("link", { name: "办事事项" }).click();
  await admin.getByRole("link", { name: "编辑 大型群众性活动安全许可" }).click();
  await admin.getByLabel("在公开页面显示").uncheck();
  await admin.getByRole("button", { name: "保存" }).click();
  await expect(admin.getByText("已保存“大型群众性活动安全许可”。")).toBeVisible();

  // The cached page is replaced by the 404, and stays a 404.
  for (let i = 0; i < 2; i++) {
    const gone = await resident.goto("/services/large-event-permit");
    expect(gone?.status()).toBe(404);
    await expect(resident.getByRole("heading", { name: "页面不存在" })).toBeVisible();
  }
});
