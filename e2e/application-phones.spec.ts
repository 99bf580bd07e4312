import { expect, test } from "@playwright/test";
import { readReceipt, signIn } from "./pages";

const TENANT_PHONE = "13712345678";

test("a tenant's phone in a rental registration is masked on the tracking page and for staff, shown to an officer only after the reveal", async ({ page, browser }) => {
  // A landlord registers a tenant.
  await page.goto("/apply/rental-registration");
  await page.getByLabel("您所在的社区").selectOption({ label: "柳荫社区" });
  await page.getByLabel("申请人姓名").fill("周房东");
  await page.getByLabel("手机号码", { exact: true }).fill("13700007777");
  await page.getByLabel("申请人身份证号码").fill("11010519491231002X");
  await page.getByLabel("出租房屋地址").fill("柳荫路 8 号 2 幢 301 室");
  await page.getByLabel("承租人姓名").fill("小林");
  await page.getByLabel("承租人手机号码").fill(TENANT_PHONE);
  await page.getByLabel("租赁开始日期").fill("2026-01-01");
  await page.getByLabel("租赁结束日期").fill("2026-12-31");
  await page.getByRole("button", { name: "提交申请" }).click();
  const { code } = await readReceipt(page);
  await page.getByText("您填写的内容").click();
  await expect(page.getByText("137****5678")).toBeVisible();
  // Nowhere in the page, its HTML or the payload React hydrates from.
  expect(await page.content()).not.toContain(TENANT_PHONE);

  const aux = await (await browser.newContext()).newPage();
  await signIn(aux, "aux.liuyin");
  await aux.getByRole("link", { name: new RegExp(code) }).click();
  await expect(aux.getByText("137****5678")).toBeVisible();
  expect(await aux.content()).not.toContain(TENANT_PHONE);

  const officer = await (await browser.newContext()).newPage();
  await signIn(officer, "officer.liuyin");
  await officer.getByRole("link", { name: new RegExp(code) }).click();
  await expect(officer.getByText("137****5678")).toBeVisible();
  expect(await officer.content()).not.toContain(TENANT_PHONE);
  await officer.getByRole("button", { name: "显示完整号码" }).click();
  await expect(officer.getByText(TENANT_PHONE, { exact: true })).toBeVisible();
});
