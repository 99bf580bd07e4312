import { expect, test } from "@playwright/test";
import { readReceipt, signIn } from "./pages";

test("an anonymous tip: the reporter answers the officer's question, and nobody learns who they are", async ({ browser }) => {
  const reporter = await (await browser.newContext({ userAgent: "TipperBrowser/1.0 (e2e)" })).newPage();
  await reporter.goto("/officers/he-wenchuan");
  await reporter.getByRole("link", { name: /线索举报/ }).click();
  await expect(reporter.getByRole("heading", { name: "线索举报" })).toBeVisible();
  // Anonymous by default: the contact fields appear only when the reporter asks for them.
  await expect(reporter.getByLabel(/手机号码/)).toHaveCount(0);
  await reporter.getByLabel("类别").selectOption({ label: "涉毒" });
  await reporter.getByLabel("发生地点").fill("柳荫街26号楼下的白色面包车");
  await reporter.getByLabel(/发生时间/).fill("每天晚上十一点左右");
  await reporter.getByLabel("具体情况").fill("经常有人上车几分钟就下来，形迹可疑。");
  await reporter.getByRole("button", { name: "提交线索" }).click();
  const { code, privateLink } = await readReceipt(reporter);
  await expect(reporter.getByText("线索举报 · 匿名")).toBeVisible();

  const officer = await (await browser.newContext()).newPage();
  await signIn(officer, "officer.liuyin");
  await officer.getByRole("link", { name: new RegExp(code) }).click();
  await expect(officer.getByText("柳荫街26号楼下的白色面包车")).toBeVisible();
  await officer.getByLabel("答复居民").fill("车牌号您看到了吗？");
  await officer.getByRole("button", { name: "发送答复" }).click();
  await expect(officer.getByText("答复已发送，居民可以看到。")).toBeVisible();

  await reporter.goto(privateLink);
  await expect(reporter.getByText("车牌号您看到了吗？")).toBeVisible();
  await reporter.getByLabel("补充情况").fill("尾号 37，白色五菱。");
  await reporter.getByRole("button", { name: "提交补充" }).click();
  await expect(reporter.getByText("补充内容已送达民警。")).toBeVisible();
  await officer.reload();
  await expect(officer.getByText("尾号 37，白色五菱。")).toBeVisible();

  // The auxiliary of the community sees the tip, with no reporter contact in the page or its payload.
  const auxiliary = await (await browser.newContext()).newPage();
  await signIn(auxiliary, "aux.liuyin");
  await auxiliary.getByRole("link", { name: new RegExp(code) }).click();
  await expect(auxiliary.getByText("柳荫街26号楼下的白色面包车")).toBeVisible();
  const html = await auxiliary.content();
  expect(html).not.toContain("TipperBrowser");
  expect(html).not.toContain("127.0.0.1");
});

test("a tip with contact details left on purpose keeps them; an auxiliary never sees them", async ({ browser }) => {
  const reporter = await (await browser.newContext()).newPage();
  await reporter.goto("/officers/tu-zhiheng/tip");
  await reporter.getByLabel("类别").selectOption({ label: "诈骗" });
  await reporter.getByLabel("发生地点").fill("枫林菜市场门口");
  await reporter.getByLabel("具体情况").fill("有人以保健品讲座为名骗老人钱。");
  await reporter.getByLabel(/留下我的联系方式/).check();
  await reporter.getByLabel(/手机号码/).fill("13912340077");
  await reporter.getByRole("button", { name: "提交线索" }).click();
  const { code } = await readReceipt(reporter);

  const auxiliary = await (await browser.newContext()).newPage();
  await signIn(auxiliary, "aux.fenglin");
  await auxiliary.getByRole("link", { name: new RegExp(code) }).click();
  await expect(auxiliary.getByText("枫林菜市场门口")).toBeVisible();
  const html = await auxiliary.content();
  expect(html).not.toContain("13912340077");
  expect(html).not.toContain("139****0077");
});

test("help: the form says to call 110 first, and the request tops the officer's queue", async ({ browser }) => {
  const resident = await (await browser.newContext()).newPage();
  await resident.goto("/officers/ning-shuyuan");
  await resident.getByRole("link", { name: /危难求助/ }).click();
  await expect(resident.getByRole("link", { name: /如果您现在有危险/ })).toHaveAttribute("href", "tel:110");
  await resident.getByLabel("您现在在哪里").fill("望湖公园南门长椅");
  await resident.getByLabel("需要什么帮助").fill("老人走失了，找不到回家的路。");
  await resident.getByRole("button", { name: "请求帮助" }).click();
  const { code } = await readReceipt(resident);
  await expect(resident.getByText(/预计答复时间/)).toBeVisible();

  const officer = await (await browser.newContext()).newPage();
  await signIn(officer, "officer.wanghu");
  await expect(officer.getByRole("list", { name: "诉求列表" }).getByRole("link").first()).toContainText(code);
});

test("a policy question and a request for prevention advice each get their own short form", async ({ page }) => {
  await page.goto("/officers/li-jiaming/consultation");
  await page.getByLabel("问题类别").selectOption({ label: "居住证" });
  await page.getByLabel("您的问题").fill("外地户口在这里租房，多久可以办居住证？");
  await page.getByRole("button", { name: "提交咨询" }).click();
  await readReceipt(page);
  await expect(page.getByText("居住证", { exact: true })).toBeVisible();

  await page.goto("/officers/li-jiaming/advice");
  await page.getByRole("button", { name: "提交请求" }).click();
  await expect(page.getByText("请选择一项。")).toBeVisible();
  await page.getByLabel("想防范什么").selectOption({ label: "老人防骗" });
  await page.getByLabel("具体情况").fill("父母最近常接到自称医保局的电话。");
  await page.getByRole("button", { name: "提交请求" }).click();
  await readReceipt(page);
});

test.describe("with JavaScript off", () => {
  test.use({ javaScriptEnabled: false });

  test("a tip without contact stays anonymous even if the fields were filled", async ({ page, browser }) => {
    await page.goto("/officers/li-jiaming/tip");
    await page.getByLabel("类别").selectOption({ label: "赌博" });
    await page.getByLabel("发生地点").fill("南桥客运站后面的棋牌室");
    await page.getByLabel("具体情况").fill("深夜聚众赌博，输赢很大。");
    await page.getByLabel(/手机号码/).fill("13700009999");
    await page.getByRole("button", { name: "提交线索" }).click();
    const { code } = await readReceipt(page);

    const officer = await (await browser.newContext()).newPage();
    await signIn(officer, "officer.nanqiao");
    await officer.getByRole("link", { name: new RegExp(code) }).click();
    await expect(officer.getByText("南桥客运站后面的棋牌室")).toBeVisible();
    expect(await officer.content()).not.toContain("0009999");
  });

  test("a double tap without JavaScript stores one request", async ({ page }) => {
    await page.goto("/officers/tu-zhiheng/consultation");
    await page.getByLabel("问题类别").selectOption({ label: "户籍" });
    const question = `孩子出生后多久内要上户口？${Date.now()}`;
    await page.getByLabel("您的问题").fill(question);
    await page.getByRole("button", { name: "提交咨询" }).click();
    const first = await readReceipt(page);
    await page.goBack();
    await page.getByLabel("问题类别").selectOption({ label: "户籍" });
    await page.getByLabel("您的问题").fill(question);
    await page.getByRole("button", { name: "提交咨询" }).click();
    // The same content from the same browser within minutes is the same submission: the same code.
    const second = await readReceipt(page);
    expect(second.code).toBe(first.code);
  });
});

test("the resident rates a resolved request and may reopen it within the week", async ({ browser }) => {
  const resident = await (await browser.newContext()).newPage();
  await resident.goto("/officers/he-wenchuan/message");
  await resident.getByLabel("留言内容").fill("小区东门的护栏断了，孩子容易钻出去。");
  await resident.getByRole("button", { name: "提交留言" }).click();
  const { code, privateLink } = await readReceipt(resident);

  const officer = await (await browser.newContext()).newPage();
  await signIn(officer, "officer.liuyin");
  await officer.getByRole("link", { name: new RegExp(code) }).click();
  await officer.getByRole("button", { name: "标记办结" }).click();
  await expect(officer.getByText("状态已更新。")).toBeVisible();

  await resident.goto(privateLink);
  await resident.getByRole("button", { name: "提交评价" }).click();
  await expect(resident.getByText("请选择 1 到 5 星。")).toBeVisible();
  await resident.getByLabel("4 星").check();
  await resident.getByLabel(/想说的话/).fill("修得很快，谢谢。");
  await resident.getByRole("button", { name: "提交评价" }).click();
  await expect(resident.getByText("谢谢您的评价。")).toBeVisible();
  await expect(resident.getByText("您的评价：4 星（满分 5 星）")).toBeVisible();
  await resident.getByRole("button", { name: "问题没有解决，重新打开" }).click();
  await expect(resident.getByText("已重新打开，民警会继续跟进。")).toBeVisible();
  await expect(resident.getByText("处理中").first()).toBeVisible();
});
