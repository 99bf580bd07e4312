import { expect, test } from "@playwright/test";
import jsQR from "jsqr";
import { PNG } from "pngjs";

test("the officer's QR code downloads as PNG and SVG and leads to the officer's page", async ({ page, request, baseURL }) => {
  await page.goto("/officers/he-wenchuan");
  await expect(page.getByRole("img", { name: "贺文川民警页面的二维码" })).toBeVisible();

  const png = await request.get("/api/officers/he-wenchuan/qr?format=png");
  expect(png.headers()["content-type"]).toBe("image/png");
  expect(png.headers()["content-disposition"]).toContain("attachment");
  const image = PNG.sync.read(await png.body());
  const decoded = jsQR(new Uint8ClampedArray(image.data), image.width, image.height);
  expect(decoded?.data).toBe(`${baseURL}/officers/he-wenchuan`);

  const svg = await request.get("/api/officers/he-wenchuan/qr?format=svg");
  expect(svg.headers()["content-type"]).toContain("image/svg+xml");
  expect(await svg.text()).toContain("<svg");

  await page.goto(decoded!.data);
  await expect(page.getByRole("heading", { name: "贺文川" })).toBeVisible();
  expect((await request.get("/api/officers/nobody/qr")).status()).toBe(404);
});

test("the home page lists every community's officer and a tap-to-call 110 banner", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("link", { name: /拨打 110/ })).toHaveAttribute("href", "tel:110");
  for (const name of ["柳荫社区", "枫林社区", "望湖社区", "南桥社区"]) {
    await expect(page.getByRole("heading", { name })).toBeVisible();
  }
  await page.getByRole("link", { name: /宁书远/ }).click();
  await expect(page.getByRole("heading", { name: "宁书远" })).toBeVisible();
  await page.getByRole("link", { name: "望湖社区" }).click();
  await expect(page.getByRole("heading", { name: "社区概况" })).toBeVisible();
  await expect(page.getByText("檀永康")).toBeVisible();
});

test("the health check answers 200 while the database answers", async ({ request }) => {
  const health = await request.get("/api/health");
  expect(health.status()).toBe(200);
  expect(await health.json()).toMatchObject({ status: "ok" });
});
