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

test("a request the resident reopens after rating it is marked in the queue, waits for an answer with a new due time, and can be rated again", async ({ browser }) => {
  const resident = await (await browser.newContext()).newPage();
  const body = `南桥街口的井盖松了，踩上去会晃。${Date.now()}`;
  const { code, privateLink } = await leaveMessage(resident, "li-jiaming", { body, phone: "13900002468" });

  const officer = await (await browser.newContext()).newPage();
  await signIn(officer, "officer.nanqiao");
  await officer.getByRole("link", { name: new RegExp(code) }).click();
  await officer.getByLabel("答复居民").fill("已通知市政，今天下午来加固。");
  await officer.getByRole("button", { name: "发送答复" }).click();
  await officer.getByRole("button", { name: "标记办结" }).click();
  await expect(officer.getByText("状态已更新。")).toBeVisible();

  await resident.goto(privateLink);
  await resident.getByLabel("2 星").check();
  await resident.getByRole("button", { name: "提交评价" }).click();
  await expect(resident.getByText("您的评价：2 星（满分 5 星）")).toBeVisible();
  await resident.getByRole("button", { name: "问题没有解决，重新打开" }).click();
  await expect(resident.getByText("已重新打开，民警会继续跟进。")).toBeVisible();
  await expect(resident.getByText("您的评价：2 星（满分 5 星）")).toHaveCount(0);

  // In the queue it is marked, and waits with the requests not yet answered.
  await officer.getByRole("navigation", { name: "工作台导航" }).getByRole("link", { name: "待办队列" }).click();
  const card = officer.getByRole("link", { name: new RegExp(code) });
  await expect(card).toContainText("已重新打开");
  await expect(card).toContainText("未答复");
  await expect(card).toContainText(/应于 .+ 前答复/);
  await card.click();
  await expect(officer.getByRole("heading", { level: 1 })).toContainText("已重新打开");
  await expect(officer.getByTestId("reopen-due")).toContainText("居民重新打开，应于");
  await expect(officer.getByRole("list", { name: "办理记录" })).toContainText("居民重新打开了此事（此前评价 2 星）");

  // Answered and resolved again, the resident rates the new outcome.
  await officer.getByLabel("答复居民").fill("井盖已更换。");
  await officer.getByRole("button", { name: "发送答复" }).click();
  await officer.getByRole("button", { name: "标记办结" }).click();
  await expect(officer.getByText("状态已更新。")).toBeVisible();
  await resident.reload();
  await resident.getByLabel("5 星").check();
  await resident.getByRole("button", { name: "提交评价" }).click();
  await expect(resident.getByText("您的评价：5 星（满分 5 星）")).toBeVisible();
});
