import { expect, test } from "@playwright/test";
import { leaveMessage, signIn } from "./pages";

test("a resident's message reaches the officer, and the officer's answer reaches the resident", async ({ browser }) => {
  const resident = await (await browser.newContext()).newPage();
  const body = `楼道里有人长期给电动车充电，晚上很危险，请帮忙看看。${Date.now()}`;
  const { code, privateLink } = await leaveMessage(resident, "he-wenchuan", { body, phone: "+86 138 0013 8000" });
  expect(code).toMatch(/^[2-9A-Z]{4}-[2-9A-Z]{4}$/);
  expect(privateLink).toContain(`/track/${code}?k=`);
  await expect(resident.getByText("已提交").first()).toBeVisible();

  const officer = await (await browser.newContext()).newPage();
  await signIn(officer, "officer.liuyin");
  await expect(officer.getByRole("heading", { name: "柳荫社区待办" })).toBeVisible();
  await officer.getByRole("link", { name: new RegExp(code) }).click();
  await expect(officer.getByText(body)).toBeVisible();
  // Masked until the officer chooses to reveal it (an audited action).
  await expect(officer.getByText("138****8000")).toBeVisible();
  await officer.getByLabel("内部备注").fill("已联系物业，明早一起去看。");
  await officer.getByRole("button", { name: "保存备注" }).click();
  await expect(officer.getByText("内部备注已保存。")).toBeVisible();
  await officer.getByLabel("答复居民").fill("您好，我明天上午和物业一起上门查看，请放心。");
  await officer.getByRole("button", { name: "发送答复" }).click();
  await expect(officer.getByText("答复已发送，居民可以看到。")).toBeVisible();
  const requestUrl = officer.url();

  await resident.goto(privateLink);
  await expect(resident.getByText("您好，我明天上午和物业一起上门查看，请放心。")).toBeVisible();
  await expect(resident.getByText("处理中").first()).toBeVisible();
  await expect(resident.getByText("已联系物业")).toHaveCount(0);

  await resident.getByLabel("补充情况").fill("充电的是三楼东户，一般晚上九点以后。");
  await resident.getByRole("button", { name: "提交补充" }).click();
  await expect(resident.getByText("补充内容已送达民警。")).toBeVisible();
  await officer.reload();
  await expect(officer.getByText("充电的是三楼东户，一般晚上九点以后。")).toBeVisible();

  await officer.getByRole("button", { name: "标记办结" }).click();
  await expect(officer.getByText("状态已更新。")).toBeVisible();
  await resident.reload();
  await expect(resident.getByText("已办结").first()).toBeVisible();

  // Another community's officer cannot open it: the same not-found as a missing request.
  const other = await (await browser.newContext()).newPage();
  await signIn(other, "officer.fenglin");
  await expect(other.getByRole("heading", { name: "枫林社区待办" })).toBeVisible();
  await expect(other.getByRole("link", { name: new RegExp(code) })).toHaveCount(0);
  await other.goto(new URL(requestUrl).pathname);
  await expect(other.getByRole("heading", { name: "页面不存在" })).toBeVisible();
});

test("the resident finds the request again with the code and the last four phone digits", async ({ page, browser }) => {
  const { code } = await leaveMessage(page, "tu-zhiheng", { body: "小区门口的路灯坏了一周了。", phone: "139 0000 1234" });
  const later = await (await browser.newContext()).newPage();
  await later.goto("/track");
  await later.getByLabel("查询码").fill(code.toLowerCase().replace("-", ""));
  await later.getByLabel("手机号后四位").fill("9999");
  await later.getByRole("button", { name: "查询" }).click();
  await expect(later.getByRole("main").getByRole("alert")).toContainText("没有找到这条记录");
  await later.getByLabel("手机号后四位").fill("1234");
  await later.getByRole("button", { name: "查询" }).click();
  await expect(later.getByText("小区门口的路灯坏了一周了。")).toBeVisible();
});

test("a wrong or malformed tracking link shows the same not-found page", async ({ page }) => {
  for (const path of ["/track/ZZZZ-ZZZZ?k=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "/track/%E2%9C%93?k=x", "/track/ABCD-EFGH?k=%00"]) {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "页面不存在" })).toBeVisible();
  }
});
