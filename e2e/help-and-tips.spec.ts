import { expect, test, type Page } from "@playwright/test";
import { readReceipt, signIn } from "./pages";

const DUTY_PHONE = "tel:057186120110";

async function sendAnonymousTip(page: Page) {
  await page.goto("/officers/ning-shuyuan/tip");
  // The tip page says how the reporter gets back to it: the link, not the code alone.
  await expect(page.getByText(/不留电话时，这个链接是找回举报的唯一方式/)).toBeVisible();
  await page.getByLabel("类别").selectOption({ label: "诈骗" });
  await page.getByLabel("发生地点").fill("望湖公园北门");
  await page.getByLabel("具体情况").fill("有人在门口以中奖为名收取老人的手续费。");
  await page.getByRole("button", { name: "提交线索" }).click();
  return readReceipt(page);
}

test("a call for help asks for a phone and says why; sent without one, the receipt says nobody can call back and gives the 24-hour duty phone", async ({
  page,
}) => {
  await page.goto("/officers/he-wenchuan/help");
  await expect(page.getByText("民警要给您回电才能帮到您，请留下手机号。", { exact: false })).toBeVisible();
  await expect(page.getByRole("main")).not.toContainText("1 小时内联系您");
  await expect(page.getByRole("link", { name: "0571-86120110" })).toHaveAttribute("href", DUTY_PHONE);

  await page.getByLabel("您现在在哪里").fill("柳荫街 26 号 3 单元门口");
  await page.getByLabel("需要什么帮助").fill("家里老人走失了，穿灰色外套。");
  await page.getByRole("button", { name: "请求帮助" }).click();
  await readReceipt(page);
  await expect(page.getByText("您没有留下手机号，民警无法给您回电。", { exact: false })).toBeVisible();
  await expect(page.getByRole("region", { name: "联系派出所" }).getByRole("link", { name: "0571-86120110" })).toHaveAttribute("href", DUTY_PHONE);
  await expect(page.getByText(/这个专属链接是以后查看答复的唯一方式/)).toBeVisible();
});

test("an anonymous tip's receipt says the private link is the only way back, and copies it", async ({ browser }) => {
  const context = await browser.newContext({ permissions: ["clipboard-read", "clipboard-write"] });
  const page = await context.newPage();
  const { privateLink } = await sendAnonymousTip(page);
  await expect(page.getByText(/这个专属链接是以后查看答复的唯一方式，凭查询码无法找回/)).toBeVisible();
  await page.getByRole("button", { name: "复制链接" }).click();
  await expect(page.getByRole("status").filter({ hasText: "已复制" })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(privateLink);
});

test("without JavaScript the tip's link is plain text to copy, and no button pretends to copy it", async ({ browser }) => {
  const page = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
  const { privateLink } = await sendAnonymousTip(page);
  await expect(page.getByTestId("private-link")).toHaveText(privateLink);
  await expect(page.getByRole("button", { name: "复制链接" })).toHaveCount(0);
  await expect(page.getByText(/这个专属链接是以后查看答复的唯一方式/)).toBeVisible();
});

test("without JavaScript the chief puts an officer on duty and takes the entry off again; an officer has no such page", async ({ browser }) => {
  const chief = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
  await signIn(chief, "chief");
  await chief.getByRole("navigation", { name: "工作台导航" }).getByRole("link", { name: "值班安排" }).click();
  await expect(chief.getByRole("heading", { name: "值班安排", level: 1 })).toBeVisible();

  // A range that ends before it starts is explained and nothing is saved.
  await chief.getByLabel("值班民警").selectOption({ label: "屠志恒 · 社区民警 / 社区副书记" });
  const first = await chief.getByLabel("开始日期").inputValue();
  await chief.getByLabel("结束日期（含）").fill("2000-01-01");
  await chief.getByRole("button", { name: "保存" }).click();
  await expect(chief.getByText("结束日期不能早于开始日期。")).toBeVisible();

  await chief.getByLabel("值班民警").selectOption({ label: "屠志恒 · 社区民警 / 社区副书记" });
  await chief.getByLabel("结束日期（含）").fill(first);
  await chief.getByRole("button", { name: "保存" }).click();
  await expect(chief.getByText("已安排值班。")).toBeVisible();
  const entry = chief.getByRole("listitem").filter({ hasText: `屠志恒 · ${first} 至 ${first}` });
  await expect(entry).toBeVisible();
  await entry.getByRole("button", { name: "取消" }).click();
  await expect(chief.getByText("已取消这条值班安排。")).toBeVisible();
  await expect(chief.getByRole("listitem").filter({ hasText: `屠志恒 · ${first} 至 ${first}` })).toHaveCount(0);

  const officer = await (await browser.newContext()).newPage();
  await signIn(officer, "officer.fenglin");
  await expect(officer.getByRole("navigation", { name: "工作台导航" })).toBeVisible();
  await expect(officer.getByRole("link", { name: "值班安排" })).toHaveCount(0);
  expect((await officer.goto("/dashboard/duty"))?.status()).toBe(404);
});
