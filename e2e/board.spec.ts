import { expect, test } from "@playwright/test";
import jsQR from "jsqr";
import { PNG } from "pngjs";
import { signIn } from "./pages";

// Boards are printed from a desktop; a high pixel ratio gives the QR screenshots enough pixels per module.
test.use({ viewport: { width: 1280, height: 900 }, deviceScaleFactor: 3, isMobile: false, hasTouch: false });

test("an officer adds a contact board and prints it on one A4 page whose QR codes all lead somewhere", async ({ page, request, baseURL }) => {
  await signIn(page, "officer.liuyin");
  await page.waitForURL(/\/dashboard/);
  await page.goto("/dashboard/board/he-wenchuan");
  await expect(page.getByRole("heading", { name: "贺文川的警民联系牌" })).toBeVisible();
  const location = `柳荫小区${Date.now() % 100000}幢1单元`;
  await page.getByLabel("张贴位置").fill(location);
  await page.getByRole("button", { name: "添加联系牌" }).click();
  const added = page.getByRole("main").getByRole("alert");
  await expect(added).toHaveText(/^已添加联系牌 LY-\d+。$/);
  const boardId = (await added.textContent())!.match(/LY-\d+/)![0];
  await expect(page.getByRole("row", { name: new RegExp(location) })).toBeVisible();

  await page.getByRole("link", { name: `打印视图 ${boardId} A4` }).click();
  await expect(page.getByRole("heading", { name: "贺文川" })).toBeVisible();
  await expect(page.getByText(`编号 ${boardId} · ${location}`)).toBeVisible();

  const serviceNames = page.getByRole("list", { name: "扫码在线办事" }).getByRole("listitem");
  const qrCodes = page.getByRole("img", { name: /的二维码$/ });
  const services = await serviceNames.count();
  await expect(qrCodes).toHaveCount(1 + services);
  await expect(page.getByRole("img", { name: "贺文川民警的二维码" })).toBeVisible();

  const prefix = `${baseURL}/api/b/${boardId}/`;
  const targets = new Set<string>();
  for (const qr of await qrCodes.all()) {
    const image = PNG.sync.read(await qr.screenshot());
    const url = jsQR(new Uint8ClampedArray(image.data), image.width, image.height)?.data;
    expect(url, `QR code "${await qr.getAttribute("aria-label")}" decodes`).toBeTruthy();
    expect(url!.startsWith(prefix), `${url} starts with ${prefix}`).toBe(true);
    targets.add(url!.slice(prefix.length));
    const scan = await request.get(url!, { maxRedirects: 0 });
    expect([302, 303]).toContain(scan.status());
    const next = scan.headers()["location"]!;
    expect(next).toMatch(/^\/(officers|services)\/[a-z0-9-]+$/);
    expect((await request.get(next)).status(), `${url} → ${next}`).toBe(200);
  }
  expect(targets.has("officer")).toBe(true);
  expect(targets.size).toBe(1 + services);

  // Printed: no dashboard or site chrome, the officer's name on the sheet, and one A4 page.
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("navigation", { name: "工作台导航" })).toBeHidden();
  await expect(page.getByRole("link", { name: "打印视图" })).toHaveCount(0);
  await expect(page.getByRole("heading", { name: "贺文川" })).toBeVisible();
  await expect(page.getByRole("main")).toContainText("贺文川");
  const pdf = (await page.pdf({ format: "A4", preferCSSPageSize: true })).toString("latin1");
  expect(pdf.match(/\/Type\s*\/Page(?![a-zA-Z])/g)).toHaveLength(1);

  const unknown = await request.get("/api/b/NO-SUCH-BOARD/officer", { maxRedirects: 0 });
  expect(unknown.status()).toBe(404);
  expect(await unknown.text()).toContain("没有找到");
  expect((await request.get(`/api/b/${boardId}/no-such-service`, { maxRedirects: 0 })).status()).toBe(404);
});

test("another officer cannot open this officer's boards", async ({ page }) => {
  await signIn(page, "officer.fenglin");
  await page.waitForURL(/\/dashboard/);
  await page.goto("/dashboard/board/he-wenchuan");
  await expect(page.getByRole("heading", { name: "页面不存在" })).toBeVisible();
});

test("the chief sees how often each board's codes were scanned", async ({ page }) => {
  await signIn(page, "chief");
  await page.waitForURL(/\/dashboard/);
  await page.getByRole("navigation", { name: "工作台导航" }).getByRole("link", { name: "联系牌" }).click();
  await expect(page.getByRole("heading", { name: "扫码次数（近 30 天）" })).toBeVisible();
  // The first journey scanned its board's officer code once.
  await expect(page.getByRole("row").filter({ hasText: "民警页面" }).first()).toBeVisible();
  await expect(page.getByRole("link", { name: "打印全部" })).toBeVisible();
});
