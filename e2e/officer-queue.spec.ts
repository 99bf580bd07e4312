import { expect, test } from "@playwright/test";
import { leaveMessage, signIn } from "./pages";

test("without JavaScript an officer finds a request by its code or the resident's phone ending, and each card says whose it is", async ({ browser }) => {
  const resident = await (await browser.newContext()).newPage();
  const { code } = await leaveMessage(resident, "he-wenchuan", { body: "小区东门的道闸坏了，车辆随便进出。", phone: "13511117531" });

  const officer = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
  await signIn(officer, "officer.liuyin");
  const search = officer.getByRole("search", { name: "查找诉求" });
  await search.getByLabel("查找").fill(code.toLowerCase().replace("-", ""));
  await search.getByRole("button", { name: "查找" }).click();
  const cards = officer.getByRole("list", { name: "诉求列表" }).getByRole("link");
  await expect(cards).toHaveCount(1);
  await expect(cards.first()).toContainText(code);
  await expect(cards.first()).toContainText("承办人：贺文川");

  await officer.getByRole("search", { name: "查找诉求" }).getByLabel("查找").fill("7531");
  await officer.getByRole("search", { name: "查找诉求" }).getByRole("button", { name: "查找" }).click();
  await expect(officer.getByText("查找“7531”的结果")).toBeVisible();
  await expect(cards.filter({ hasText: code })).toHaveCount(1);

  // A resolved one is found too, and an online application (nobody assigned) names the community's officer.
  await officer.getByRole("search", { name: "查找诉求" }).getByLabel("查找").fill("DEMA-2P4R");
  await officer.getByRole("search", { name: "查找诉求" }).getByRole("button", { name: "查找" }).click();
  await expect(cards).toHaveCount(1);
  await expect(cards.first()).toContainText("承办人：贺文川（本社区民警）");
  await cards.first().click();
  await expect(officer.getByText("贺文川（本社区民警）")).toBeVisible();
  await expect(officer.getByText("未填写")).toHaveCount(0);

  // Neither a code nor a phone ending: said so, and nothing breaks.
  await officer.goto("/dashboard?q=%25%27");
  await expect(officer.getByText("请输入查询码（或其中至少 3 位），或手机号后四位。")).toBeVisible();

  // Another community's request is not found by its code.
  await officer.goto(`/dashboard?q=DEMR-5M2P`);
  await expect(officer.getByText("没有找到匹配的诉求。")).toBeVisible();
});

test("a dashboard address that is not there gets the dashboard's own not-found, with the way back to the queue, with and without JavaScript", async ({ browser }) => {
  for (const javaScriptEnabled of [true, false]) {
    const officer = await (await browser.newContext({ javaScriptEnabled })).newPage();
    await signIn(officer, "officer.liuyin");
    await expect(officer.getByRole("navigation", { name: "工作台导航" })).toBeVisible();
    for (const path of ["/dashboard/no-such-page", "/dashboard/requests/00000000-0000-4000-8000-000000000000", "/dashboard/admin/targets"]) {
      const response = await officer.goto(path);
      expect(response?.status(), path).toBe(404);
      await expect(officer.locator("html")).toHaveAttribute("lang", "zh-CN");
      await expect(officer.getByRole("heading", { name: "页面不存在" })).toBeVisible();
      await expect(officer.getByText("工作台里没有这个页面或记录，或者您的账号无权查看。请从导航重新进入。")).toBeVisible();
      await expect(officer.getByText("查询码或链接可能有误")).toHaveCount(0);
      await expect(officer.getByRole("link", { name: "查询办理进度" })).toHaveCount(0);
    }
    await officer.getByRole("link", { name: "返回待办队列" }).click();
    await expect(officer.getByRole("heading", { name: "柳荫社区待办" })).toBeVisible();
  }
});
