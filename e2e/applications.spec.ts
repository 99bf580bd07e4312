import { mkdirSync } from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import sharp from "sharp";
import { readReceipt, signIn } from "./pages";

const fixtures = path.join("test-results", "application-fixtures");
const idCard = path.join(fixtures, "id-card.jpg");
const lease = path.join(fixtures, "lease.png");

test.beforeAll(async () => {
  mkdirSync(fixtures, { recursive: true });
  await sharp({ create: { width: 1200, height: 760, channels: 3, background: "#e8eef5" } }).jpeg().toFile(idCard);
  await sharp({ create: { width: 900, height: 1200, channels: 3, background: "#fafaf0" } }).png().toFile(lease);
});

/** The residence-permit form, filled in as a resident would (the ID number as given). */
async function fillResidencePermit(page: Page, idNumber: string) {
  await page.getByLabel("您所在的社区").selectOption({ label: "柳荫社区" });
  await page.getByLabel("申请人姓名").fill("郑晓雯");
  await page.getByLabel("手机号码").fill("13700003333");
  await page.getByLabel("申请人身份证号码").fill(idNumber);
  await page.getByLabel("在本辖区的居住地址").fill("柳荫路 18 号");
  await page.getByLabel("开始居住日期").fill("2025-05-01");
  await page.getByLabel("居住依据").selectOption({ label: "合法稳定就业" });
}

const CHECKSUM_MESSAGE = "身份证号码校验位不符，请逐位核对后重新输入。";

test("a wrong ID number gets the same message from the browser's check and, without JavaScript, from the server", async ({ page, browser }) => {
  await page.goto("/apply/residence-permit");
  await fillResidencePermit(page, "110105194912310021");
  const posts: string[] = [];
  page.on("request", (r) => {
    if (r.method() === "POST") posts.push(r.url());
  });
  await page.getByRole("button", { name: "提交申请" }).click();
  await expect(page.getByText(CHECKSUM_MESSAGE)).toBeVisible();
  await expect(page.getByLabel("申请人身份证号码")).toHaveAttribute("aria-invalid", "true");
  expect(posts).toEqual([]);

  const noJs = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
  await noJs.goto("/apply/residence-permit");
  await fillResidencePermit(noJs, "110105194912310021");
  await noJs.getByRole("button", { name: "提交申请" }).click();
  await expect(noJs.getByText(CHECKSUM_MESSAGE)).toBeVisible();
  // What was typed stays, so the resident corrects one character and sends again.
  await expect(noJs.getByLabel("申请人姓名")).toHaveValue("郑晓雯");
  await noJs.getByLabel("申请人身份证号码").fill("11010519491231002X");
  await noJs.getByRole("button", { name: "提交申请" }).click();
  await readReceipt(noJs);
  await expect(noJs.getByTestId("application-status")).toHaveText("已受理");
  // One status line: the application's step, not also the request's generic 当前状态.
  await expect(noJs.getByText("办理进度：已受理", { exact: true })).toBeVisible();
  await expect(noJs.getByText(/当前状态/)).toHaveCount(0);
});

test("every mistake in a form gets the same messages with JavaScript (checked in the browser) and without (checked by the server)", async ({ browser }) => {
  const messagesOf = async (javaScriptEnabled: boolean) => {
    const page = await (await browser.newContext({ javaScriptEnabled })).newPage();
    await page.goto("/apply/dog-licence");
    // Left empty: the community, the name, the breed, the dates and choices; wrong: the phone and the ID number.
    await page.getByLabel("手机号码").fill("12345");
    await page.getByLabel("申请人身份证号码").fill("110105491231002");
    await page.getByLabel("犬只名字").fill("旺财");
    // A vaccination cannot have happened in 2030.
    await page.getByLabel("狂犬疫苗接种日期").fill("2030-05-01");
    await page.getByRole("button", { name: "提交申请" }).click();
    await expect(page.getByText("请按提示修改后再提交。")).toBeVisible();
    const errors = page.locator("[id$='-error']");
    return Object.fromEntries(await errors.evaluateAll((nodes) => nodes.map((n) => [n.id, n.textContent])));
  };
  const inBrowser = await messagesOf(true);
  expect(inBrowser).toMatchObject({
    "apply-phone-error": "请填写 11 位中国大陆手机号，例如 138 0013 8000。",
    "apply-idNumber-error": "15 位旧身份证号码已停止使用，请填写 18 位公民身份号码。",
    "apply-breed-error": "请填写此项。",
    "apply-vaccinatedOn-error": "这个日期不能晚于今天。",
  });
  expect(await messagesOf(false)).toEqual(inBrowser);
});

test("apply → the officer asks for more → the resident answers → ready → an evening delivery on the officer's round → collected at the station", async ({ page, browser }) => {
  // The resident, on a phone.
  await page.goto("/services/residence-permit");
  await page.getByRole("link", { name: "网上申请" }).click();
  await expect(page.getByRole("heading", { name: /网上申请：居住证申领/ })).toBeVisible();
  await fillResidencePermit(page, "11010519491231002x");
  await page.getByRole("button", { name: "提交申请" }).click();
  const { code, privateLink } = await readReceipt(page);
  await expect(page.getByTestId("application-status")).toHaveText("已受理");
  await page.getByLabel("上传：身份证正面照片").setInputFiles(idCard);
  await page.getByRole("button", { name: "上传", exact: true }).first().click();
  await expect(page.getByText("材料照片已上传。")).toBeVisible();

  // The community officer opens it: the ID number masked until an audited reveal.
  const officer = await (await browser.newContext()).newPage();
  await signIn(officer, "officer.liuyin");
  await officer.getByRole("link", { name: new RegExp(code) }).click();
  await expect(officer.getByTestId("id-number")).toHaveText("110105********002X");
  const requestUrl = officer.url();
  await officer.getByRole("button", { name: "查看完整身份证号码" }).click();
  await expect(officer.getByTestId("id-number")).toHaveText("11010519491231002X");
  await officer.getByLabel("请居民补充材料").check();
  await officer.getByLabel("给居民的说明").fill("请上传租房合同首页的照片。");
  await officer.getByRole("button", { name: "更新办理进度" }).click();
  await expect(officer.getByText("申请进度已更新，居民可以看到。")).toBeVisible();
  await expect(officer.getByTestId("application-status")).toHaveText("需要补充材料");

  // The resident sees the question, sends the photo and answers.
  await page.goto(privateLink);
  await expect(page.getByTestId("application-question")).toHaveText("请上传租房合同首页的照片。");
  await page.getByLabel(/上传：租房合同、房产证或工作证明照片/).setInputFiles(lease);
  await page.getByRole("button", { name: "上传", exact: true }).nth(1).click();
  await expect(page.getByText("材料照片已上传。")).toBeVisible();
  await page.getByLabel("回复民警的问题").fill("租房合同首页已上传，房东姓张。");
  await page.getByRole("button", { name: "提交回复" }).click();
  await expect(page.getByText("您的回复已送达，民警会继续审核。")).toBeVisible();
  await expect(page.getByTestId("application-status")).toHaveText("审核中");

  // The officer finds it ready and arranges a delivery.
  await officer.reload();
  await expect(officer.getByText("租房合同首页已上传，房东姓张。")).toBeVisible();
  await officer.getByLabel("已办好，安排上门送证").check();
  await officer.getByRole("button", { name: "更新办理进度" }).click();
  await expect(officer.getByTestId("application-status")).toHaveText("已办好，等待上门送证");

  // The resident chooses an evening and their compound (the application's community listed first); the
  // address given in the application is already filled in.
  await page.reload();
  await expect(page.getByLabel("小区").locator("optgroup").first()).toHaveAttribute("label", "柳荫社区");
  await expect(page.getByLabel("楼栋、单元和门牌号")).toHaveValue("柳荫路 18 号");
  await page.getByRole("radio").first().check();
  const evening = await page.getByRole("radio").first().getAttribute("value");
  await page.getByRole("button", { name: "预约送证" }).click();
  await expect(page.getByText("请选择小区。")).toBeVisible();
  await page.getByLabel("小区").selectOption({ label: "柳荫小区" });
  await page.getByLabel("楼栋、单元和门牌号").fill("3 幢 1 单元 502 室");
  await page.getByRole("button", { name: "预约送证" }).click();
  await expect(page.getByText("已预约上门送证，民警会在约定的晚上送到。")).toBeVisible();
  await expect(page.getByTestId("delivery-window")).toContainText("18:30–20:30");

  // The officer's round lists it under its compound, the phone masked until an audited reveal, to ring the door.
  await officer.goto(`/dashboard/deliveries?day=${evening}`);
  const stop = officer.getByTestId("delivery").filter({ hasText: code });
  await expect(officer.getByTestId("compound").filter({ hasText: "柳荫小区" })).toBeVisible();
  await expect(stop.getByTestId("delivery-phone")).toHaveText("137****3333");
  await stop.getByRole("button", { name: "显示完整号码" }).click();
  await expect(stop.getByRole("link", { name: "13700003333" })).toHaveAttribute("href", "tel:13700003333");
  // Today, before that evening, "delivered" cannot be recorded yet (the evening offered is never earlier than today).
  await stop.getByLabel("签收人姓名").fill("郑母");
  await stop.getByRole("button", { name: "已送达" }).click();
  await expect(stop.getByText("还没到送证时间：当晚 18:00 起才能登记送达。")).toBeVisible();

  // The resident came by the station instead: collected, completed, and off the round.
  await officer.goto(requestUrl);
  await officer.getByLabel("已领取，办结").check();
  await officer.getByRole("button", { name: "更新办理进度" }).click();
  await expect(officer.getByTestId("application-status")).toHaveText("已办结");
  await officer.goto(`/dashboard/deliveries?day=${evening}`);
  await expect(officer.getByTestId("delivery").filter({ hasText: code })).toHaveCount(0);

  await page.reload();
  await expect(page.getByTestId("application-status")).toHaveText("已办结");
});

test("without JavaScript, marking an application ready while a required document is missing warns first, and a confirmed second submit goes through", async ({ browser }) => {
  const officer = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
  await signIn(officer, "officer.liuyin");
  await officer.goto("/dashboard?q=DEMA-2P4R");
  await officer.getByRole("link", { name: /DEMA-2P4R/ }).click();
  await expect(officer.getByText("尚未上传").first()).toBeVisible();
  await officer.getByLabel("已办好，通知到所领取").check();
  await officer.getByRole("button", { name: "更新办理进度" }).click();
  await expect(officer.getByText(/还缺必需的材料：身份证正面照片、租房合同、房产证或工作证明照片。/)).toBeVisible();
  await expect(officer.getByTestId("application-status")).toHaveText("已受理");

  // The step chosen stays chosen; ticking the confirmation sends it.
  await expect(officer.getByLabel("已办好，通知到所领取")).toBeChecked();
  await officer.getByLabel("材料不齐，仍然标记为已办好").check();
  await officer.getByRole("button", { name: "更新办理进度" }).click();
  await expect(officer.getByText("申请进度已更新，居民可以看到。")).toBeVisible();
  await expect(officer.getByTestId("application-status")).toHaveText("已办好，可到派出所领取");
});

test("the administrator adds a question to a service's form and the application page asks it on the next visit", async ({ browser }) => {
  const resident = await (await browser.newContext()).newPage();
  await resident.goto("/apply/registration-certificate");
  await expect(resident.getByLabel("需要证明的事项")).toBeVisible();
  await expect(resident.getByLabel(/份数/)).toHaveCount(0);

  const admin = await (await browser.newContext()).newPage();
  await signIn(admin, "admin");
  await expect(admin.getByRole("navigation", { name: "工作台导航" })).toBeVisible();
  await admin.goto("/dashboard/admin/services");
  await admin.getByRole("link", { name: "编辑 户籍证明" }).click();
  const definition = admin.getByLabel("网上申请表单（JSON）");
  const fields = JSON.parse(await definition.inputValue()) as unknown[];
  await definition.fill("[{");
  await admin.getByRole("button", { name: "保存" }).click();
  await expect(admin.getByText(/表单定义不正确/)).toBeVisible();
  fields.push({ name: "copies", type: "text", label: { "zh-CN": "份数", en: "Copies" }, required: false, maxLength: 2 });
  await definition.fill(JSON.stringify(fields, null, 2));
  await admin.getByRole("button", { name: "保存" }).click();
  await expect(admin.getByText(/已保存/)).toBeVisible();

  await resident.reload();
  await expect(resident.getByLabel(/份数/)).toBeVisible();
});
