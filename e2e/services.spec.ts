import { expect, test, type Browser, type Page } from "@playwright/test";
import jsQR from "jsqr";
import { PNG } from "pngjs";
import { signIn } from "./pages";

async function staffPage(browser: Browser, login: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, login);
  await expect(page.getByRole("navigation", { name: "工作台导航" })).toBeVisible();
  return page;
}

test("a resident finds the residence permit guide from the header, reads materials and steps, and its QR code leads back to it", async ({
  page,
  request,
  baseURL,
}) => {
  await page.goto("/");
  await page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "办事指南" }).click();
  await expect(page.getByRole("heading", { name: "办事指南", level: 1 })).toBeVisible();
  await expect(page.getByRole("heading", { name: "户政业务" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "治安业务" })).toBeVisible();
  await page.getByRole("link", { name: /居住证申领/ }).click();

  await expect(page.getByRole("heading", { name: "居住证申领", level: 1 })).toBeVisible();
  await expect(page.getByRole("heading", { name: "所需材料" })).toBeVisible();
  await expect(page.getByRole("listitem").filter({ hasText: "合法稳定住所证明" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "办理流程" })).toBeVisible();
  await expect(page.getByRole("listitem").filter({ hasText: "网上提交申请或预约" })).toBeVisible();
  await expect(page.getByText("自受理之日起 15 日内制作发放")).toBeVisible();
  await expect(page.getByRole("link", { name: "网上申请：填写申请表" })).toHaveAttribute("href", "/apply/residence-permit");
  await expect(page.getByRole("link", { name: /预约办理：选择时间/ })).toHaveAttribute("href", "/book/residence-permit");
  await expect(page.getByRole("link", { name: "0571-86120110" })).toHaveAttribute("href", "tel:057186120110");
  await expect(page.getByRole("img", { name: "居住证申领办事指南页面的二维码" })).toBeVisible();
  const pageUrl = page.url();
  expect(pageUrl).toBe(`${baseURL}/services/residence-permit`);

  const pngLink = page.getByRole("link", { name: "下载 PNG" });
  const [download] = await Promise.all([page.waitForEvent("download"), pngLink.click()]);
  const file = await download.path();
  const { readFileSync } = await import("node:fs");
  const image = PNG.sync.read(readFileSync(file));
  const decoded = jsQR(new Uint8ClampedArray(image.data), image.width, image.height);
  expect(decoded?.data).toBe(pageUrl);

  const svg = await request.get("/api/services/residence-permit/qr");
  expect(svg.headers()["content-type"]).toContain("image/svg+xml");
  expect((await request.get("/api/services/no-such-service/qr")).status()).toBe(404);

  const missing = await page.goto("/services/no-such-service");
  expect(missing?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "页面不存在" })).toBeVisible();
});

test("the guide works in English, and unknown services get the English 404", async ({ page }) => {
  await page.goto("/");
  await page.context().addCookies([{ name: "NEXT_LOCALE", value: "en", url: page.url() }]);
  await page.goto("/services");
  await expect(page.getByRole("heading", { name: "Service guide", level: 1 })).toBeVisible();
  await page.getByRole("link", { name: /Residence permit/ }).click();
  await expect(page.getByRole("heading", { name: "What to bring" })).toBeVisible();
  await expect(page.getByRole("listitem").filter({ hasText: "Proof of a stable residence" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Apply online: fill in the form" })).toHaveAttribute("href", "/apply/residence-permit");
  const missing = await page.goto("/services/no-such-service");
  expect(missing?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
});

test("the administrator renames a service and the public page shows it on the next visit; others get 404", async ({ browser }) => {
  const resident = await (await browser.newContext()).newPage();
  await resident.goto("/services/dog-licence");
  await expect(resident.getByRole("heading", { name: "犬证办理（养犬登记及年检）", level: 1 })).toBeVisible();

  const admin = await staffPage(browser, "admin");
  await admin.getByRole("navigation", { name: "工作台导航" }).getByRole("link", { name: "办事事项" }).click();
  await expect(admin.getByRole("heading", { name: "办事事项管理" })).toBeVisible();
  await admin.getByRole("link", { name: "编辑 犬证办理（养犬登记及年检）" }).click();

  // An empty name is explained next to the field and nothing is saved.
  const name = admin.getByRole("group", { name: "中文" }).getByLabel("名称", { exact: true });
  await name.fill("");
  await admin.getByRole("button", { name: "保存" }).click();
  await expect(admin.getByText("请填写名称。")).toBeVisible();

  await name.fill("犬证办理与年检");
  await admin.getByRole("button", { name: "保存" }).click();
  await expect(admin.getByText("已保存“犬证办理与年检”。")).toBeVisible();

  await resident.reload();
  await expect(resident.getByRole("heading", { name: "犬证办理与年检", level: 1 })).toBeVisible();
  await resident.goto("/services");
  await expect(resident.getByRole("link", { name: /犬证办理与年检/ })).toBeVisible();

  for (const login of ["officer.liuyin", "chief"]) {
    const staff = await staffPage(browser, login);
    await expect(staff.getByRole("navigation", { name: "工作台导航" }).getByRole("link", { name: "办事事项" })).toHaveCount(0);
    const list = await staff.goto("/dashboard/admin/services");
    expect(list?.status()).toBe(404);
    const edit = await staff.goto("/dashboard/admin/services/1");
    expect(edit?.status()).toBe(404);
  }
});
