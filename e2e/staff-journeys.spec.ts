import { expect, test, type Browser, type Page } from "@playwright/test";
import { signIn } from "./pages";

async function staffPage(browser: Browser, login: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, login);
  await expect(page.getByRole("navigation", { name: "工作台导航" })).toBeVisible();
  return page;
}

/** A resident sends one kind of request from an officer's page; returns its reference code. */
async function submitAs(browser: Browser, path: string, fill: (page: Page) => Promise<void>, submit: string): Promise<string> {
  const page = await (await browser.newContext()).newPage();
  await page.goto(path);
  await fill(page);
  await page.getByRole("button", { name: submit }).click();
  const code = page.getByTestId("reference-code");
  await expect(code).toBeVisible();
  return (await code.textContent())!.trim();
}

test("an officer sees phone numbers masked until revealing one, which lasts only with the audit row behind it", async ({ browser }) => {
  const officer = await staffPage(browser, "officer.liuyin");
  await officer.getByRole("link", { name: /DEMQ-3479/ }).click();
  await expect(officer.getByTestId("resident-phone")).toHaveText("138****0002");
  expect(await officer.content()).not.toContain("13800000002");

  await officer.getByRole("button", { name: "显示完整号码" }).click();
  await expect(officer.getByText("已显示完整号码，此次查看已记入审计日志。")).toBeVisible();
  await expect(officer.getByTestId("resident-phone")).toHaveText("13800000002");
  await expect(officer.getByRole("link", { name: "13800000002" })).toHaveAttribute("href", "tel:13800000002");
  const revealedUrl = new URL(officer.url());
  expect(revealedUrl.searchParams.get("reveal")).toBe("1");

  // The URL alone reveals nothing: the chief has made no reveal of their own, so no number.
  const chief = await staffPage(browser, "chief");
  await chief.goto(revealedUrl.pathname + revealedUrl.search);
  await expect(chief.getByTestId("resident-phone")).toHaveText("138****0002");
  expect(await chief.content()).not.toContain("13800000002");

  // Nor for an auxiliary, who has to make (and leave in the audit log) a reveal of their own.
  const auxiliary = await staffPage(browser, "aux.liuyin");
  await auxiliary.goto(revealedUrl.pathname + "?reveal=1");
  await expect(auxiliary.getByTestId("resident-phone")).toHaveText("138****0002");
  expect(await auxiliary.content()).not.toContain("13800000002");
});

test("an auxiliary handed a call for help rings the resident back and hands it back to the officer, without JavaScript", async ({ browser }) => {
  const code = await submitAs(
    browser,
    "/officers/ning-shuyuan/help",
    async (page) => {
      await page.getByLabel("您现在在哪里").fill("望湖花园 6 幢楼下");
      await page.getByLabel("需要什么帮助").fill("家里老人摔倒了，扶不起来，请来帮一下。");
      await page.getByLabel(/手机号码/).fill("13612345678");
    },
    "请求帮助",
  );
  const officer = await staffPage(browser, "officer.wanghu");
  await officer.getByRole("link", { name: new RegExp(code) }).click();
  await officer.getByLabel("转交给").selectOption({ label: "濮海燕 · 辅警" });
  await officer.getByRole("button", { name: "转交", exact: true }).click();
  await expect(officer.getByText("已转交。")).toBeVisible();

  const auxiliary = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
  await signIn(auxiliary, "aux.wanghu2");
  await auxiliary.getByRole("link", { name: new RegExp(code) }).click();
  await expect(auxiliary.getByTestId("resident-phone")).toHaveText("136****5678");
  await auxiliary.getByRole("button", { name: "显示完整号码" }).click();
  await expect(auxiliary.getByText("已显示完整号码，此次查看已记入审计日志。")).toBeVisible();
  await expect(auxiliary.getByRole("link", { name: "13612345678" })).toHaveAttribute("href", "tel:13612345678");

  await auxiliary.getByLabel("转交给").selectOption({ label: "宁书远 · 民警" });
  await auxiliary.getByRole("button", { name: "转交", exact: true }).click();
  await expect(auxiliary.getByText("已转交。")).toBeVisible();
  await expect(auxiliary.getByRole("list", { name: "办理记录" })).toContainText("转交给 宁书远");
  await expect(auxiliary.getByLabel("转交给")).toContainText("宁书远（当前承办人）");
});

test("an auxiliary opens a tip with the reporter's contact, and neither the page nor its payload carries it", async ({ browser }) => {
  const code = await submitAs(
    browser,
    "/officers/ning-shuyuan/tip",
    async (page) => {
      await page.getByLabel("类别").selectOption({ label: "赌博" });
      await page.getByLabel("发生地点").fill("望湖花园 9 幢地下车库");
      await page.getByLabel("具体情况").fill("每周五晚上有一群人聚在车库里打牌赌钱。");
      await page.getByLabel(/留下我的联系方式/).check();
      await page.getByLabel(/您的姓名/).fill("邬女士");
      await page.getByLabel(/手机号码/).fill("13912345678");
    },
    "提交线索",
  );

  const auxiliary = await staffPage(browser, "aux.wanghu");
  await auxiliary.getByRole("link", { name: new RegExp(code) }).click();
  await expect(auxiliary.getByText("望湖花园 9 幢地下车库")).toBeVisible();
  await expect(auxiliary.getByText("赌博")).toBeVisible();
  await expect(auxiliary.getByText("线索举报人的联系方式不向辅警显示。")).toBeVisible();
  for (const body of [
    await auxiliary.content(),
    await (await auxiliary.request.get(auxiliary.url())).text(),
    await (await auxiliary.request.get(auxiliary.url(), { headers: { RSC: "1" } })).text(),
  ]) {
    expect(body).not.toContain("13912345678");
    expect(body).not.toContain("139****5678");
    expect(body).not.toContain("邬女士");
  }

  // The officer of the community sees who it was, the phone masked.
  const officer = await staffPage(browser, "officer.wanghu");
  await officer.getByRole("link", { name: new RegExp(code) }).click();
  await expect(officer.getByText("邬女士")).toBeVisible();
  await expect(officer.getByTestId("resident-phone")).toHaveText("139****5678");
});

test("an officer hands a request to an auxiliary, and the timeline says so", async ({ browser }) => {
  const officer = await staffPage(browser, "officer.wanghu");
  await officer.getByRole("link", { name: /DEMS-8W9X/ }).click();
  await officer.getByLabel("转交给").selectOption({ label: "濮海燕 · 辅警" });
  await officer.getByRole("button", { name: "转交", exact: true }).click();
  await expect(officer.getByText("已转交。")).toBeVisible();
  await expect(officer.getByRole("list", { name: "办理记录" })).toContainText("转交给 濮海燕");
  await expect(officer.getByLabel("转交给")).toContainText("濮海燕（当前承办人）");

  // Choosing nobody is a field error, not a handover.
  await officer.getByLabel("转交给").selectOption({ label: "请选择" });
  await officer.getByRole("button", { name: "转交", exact: true }).click();
  await expect(officer.getByText("请选择转交对象。")).toBeVisible();
});

test("a consultation answered and published to the FAQ shows on the community page at once", async ({ browser }) => {
  const visitor = await (await browser.newContext()).newPage();
  // Seen once before publishing, so the page is in the cache when the FAQ changes.
  await visitor.goto("/communities/fenglin");
  await expect(visitor.getByRole("heading", { name: "枫林社区" })).toBeVisible();

  const code = await submitAs(
    browser,
    "/officers/tu-zhiheng/consultation",
    async (page) => {
      await page.getByLabel("问题类别").selectOption({ label: "居住证" });
      await page.getByLabel("您的问题").fill("我叫赵六，住枫林苑 3 幢，居住证快到期了，续签要带什么？");
    },
    "提交咨询",
  );
  const officer = await staffPage(browser, "officer.fenglin");
  await officer.getByRole("link", { name: new RegExp(code) }).click();
  await expect(officer.getByLabel("问题", { exact: true })).toHaveValue(/居住证快到期了/);
  await officer.getByLabel("问题", { exact: true }).fill("居住证快到期了，续签要带什么？");
  await officer.getByLabel("解答", { exact: true }).fill("带身份证和原居住证，到期前 30 日内到社区警务室办理。");
  await officer.getByRole("button", { name: "发布", exact: true }).click();
  await expect(officer.getByText("已发布到社区常见问题。")).toBeVisible();

  await visitor.reload();
  await expect(visitor.getByRole("heading", { name: "常见问题" })).toBeVisible();
  await visitor.getByText("居住证快到期了，续签要带什么？").click();
  await expect(visitor.getByText("带身份证和原居住证，到期前 30 日内到社区警务室办理。")).toBeVisible();
  expect(await visitor.content()).not.toContain("赵六");
});

test("an officer publishes a prevention tip for the community and deletes it", async ({ browser }) => {
  const officer = await staffPage(browser, "officer.liuyin");
  await officer.getByRole("link", { name: "防范提示" }).click();
  await expect(officer.getByRole("heading", { level: 1, name: "防范提示" })).toBeVisible();
  await officer.getByRole("button", { name: "发布提示" }).click();
  await expect(officer.getByText("请填写标题。")).toBeVisible();
  await officer.getByLabel("类别").selectOption({ label: "电信网络诈骗" });
  await officer.getByLabel("标题").fill("接到“客服退款”电话先挂断");
  await officer.getByLabel("内容").fill("自称客服说要给您退款、让您开通共享屏幕的，都是诈骗。");
  await officer.getByRole("button", { name: "发布提示" }).click();
  await expect(officer.getByText("防范提示已发布。")).toBeVisible();

  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto("/communities/liuyin");
  await expect(visitor.getByText("接到“客服退款”电话先挂断")).toBeVisible();

  await officer.getByRole("form", { name: /删除：接到“客服退款”电话先挂断/ }).getByRole("button", { name: "删除" }).click();
  await expect(officer.getByText("防范提示已删除。")).toBeVisible();
  await visitor.reload();
  await expect(visitor.getByText("接到“客服退款”电话先挂断")).toHaveCount(0);
});

test("the administrator edits a response target; nobody else reaches the page", async ({ browser }) => {
  const admin = await staffPage(browser, "admin");
  await admin.getByRole("link", { name: "应答时限" }).click();
  await expect(admin.getByRole("heading", { name: "应答时限" })).toBeVisible();
  const help = admin.getByLabel(/危难求助/);
  await expect(help).toHaveValue("60");
  await help.fill("2");
  await admin.getByRole("button", { name: "保存" }).click();
  await expect(admin.getByText("请填写 5 到 43200 之间的整数（5 分钟至 30 天）。")).toBeVisible();
  await admin.getByLabel(/危难求助/).fill("45");
  await admin.getByRole("button", { name: "保存" }).click();
  await expect(admin.getByText("应答时限已保存。")).toBeVisible();
  await expect(admin.getByLabel(/危难求助/)).toHaveValue("45");
  // Back to the commitment's hour, so other journeys see the defaults.
  await admin.getByLabel(/危难求助/).fill("60");
  await admin.getByRole("button", { name: "保存" }).click();
  await expect(admin.getByText("应答时限已保存。")).toBeVisible();

  for (const login of ["chief", "officer.liuyin"]) {
    const other = await staffPage(browser, login);
    await expect(other.getByRole("link", { name: "应答时限" })).toHaveCount(0);
    await other.goto("/dashboard/admin/targets");
    await expect(other.getByRole("heading", { name: "页面不存在" })).toBeVisible();
  }
});

test("revealing a phone number works with JavaScript off too", async ({ browser }) => {
  const officer = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
  await signIn(officer, "officer.fenglin");
  await officer.getByRole("link", { name: /DEMR-5M2P/ }).click();
  await expect(officer.getByTestId("resident-phone")).toHaveText("138****0003");
  await officer.getByRole("button", { name: "显示完整号码" }).click();
  await expect(officer.getByTestId("resident-phone")).toHaveText("13800000003");
});
