import { expect, test, type Browser, type Page } from "@playwright/test";
import sharp from "sharp";
import { signIn } from "./pages";

/** Beijing's calendar day, as the pages show dates (YYYY-MM-DD), `days` from today. */
function beijingDay(days = 0): string {
  return new Date(Date.now() + 8 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);
}

async function fieldStaff(browser: Browser, login: string, javaScriptEnabled = true): Promise<Page> {
  const page = await (await browser.newContext({ javaScriptEnabled })).newPage();
  await signIn(page, login, undefined, null);
  return page;
}

const sitePhoto = async () => ({
  name: "site.jpg",
  mimeType: "image/jpeg",
  buffer: await sharp({ create: { width: 320, height: 240, channels: 3, background: "#8a8" } }).jpeg().toBuffer(),
});

test("an officer starts the day on 我的今天, logs a visit, finds a hazard there, serves and prints the notice, and sees it rectified with a photo and verified", async ({
  browser,
}) => {
  // One whole lifecycle, and three outsiders signing in at the end.
  test.setTimeout(180_000);
  const officer = await fieldStaff(browser, "officer.liuyin");
  await expect(officer).toHaveURL(/\/dashboard\/today$/);
  await expect(officer.getByRole("heading", { level: 1, name: /我的今天/ })).toBeVisible();
  await expect(officer.getByTestId("day-stop").first()).toBeVisible();

  await officer.getByRole("link", { name: "记走访", exact: true }).click();
  await officer.getByLabel("走访类别").selectOption({ label: "商铺单位检查" });
  await officer.getByLabel("查找地点").fill("五金");
  await officer.getByLabel("地点", { exact: true }).selectOption({ label: "老张五金店" });
  await officer.getByLabel(/情况记录/).fill("检查店内消防器材，灭火器过期。");
  await officer.getByRole("button", { name: "保存走访" }).click();
  await expect(officer.getByText("走访已记录。")).toBeVisible();
  await expect(officer.getByRole("heading", { level: 1 })).toHaveText("商铺单位检查 · 老张五金店");
  await officer.getByLabel("添加照片").setInputFiles(await sitePhoto());
  await officer.getByRole("button", { name: "上传照片" }).click();
  await expect(officer.getByText("照片已上传。")).toBeVisible();
  await expect(officer.getByRole("img", { name: "现场照片 1" })).toBeVisible();

  await officer.getByRole("link", { name: "在这里发现了隐患" }).click();
  await expect(officer.getByLabel("地点", { exact: true }).locator("option:checked")).toHaveText("老张五金店");
  await officer.getByRole("button", { name: "登记隐患" }).click();
  await expect(officer.getByText("请写明隐患情况。")).toBeVisible();
  await officer.getByLabel("类别").selectOption({ label: "消防" });
  await officer.getByLabel("隐患情况").fill("灭火器已过期两年，店内通道堆放货物。");
  await officer.getByLabel("整改要求").fill("更换灭火器，清理店内通道。");
  await officer.getByLabel("责任方", { exact: true }).selectOption({ label: "单位" });
  await officer.getByLabel("责任方名称或姓名").fill("老张五金店 张老板");
  await officer.getByLabel(/责任方联系电话/).fill("13512349876");
  await officer.getByRole("button", { name: "登记隐患" }).click();
  await expect(officer.getByText("隐患已登记。")).toBeVisible();
  await expect(officer.getByTestId("hazard-status")).toHaveText("已发现");
  await expect(officer.getByTestId("hazard-clock")).toContainText("整改通知书应于");
  await expect(officer.getByTestId("responsible-phone")).toHaveText("135****9876");
  const hazardUrl = officer.url().split("?")[0]!;

  await officer.getByRole("link", { name: "打印整改通知书" }).click();
  const notice = officer.getByRole("article", { name: "责令限期改正通知书" });
  await expect(notice.getByRole("heading", { name: "责令限期改正通知书" })).toBeVisible();
  await expect(notice).toContainText("老张五金店 张老板：");
  await expect(notice).toContainText("更换灭火器，清理店内通道。");
  expect(await notice.evaluate((sheet) => sheet.scrollWidth <= sheet.clientWidth + 1)).toBe(true);
  await officer.emulateMedia({ media: "print" });
  await expect(officer.getByRole("navigation", { name: "工作台导航" })).toBeHidden();
  await officer.emulateMedia({ media: "screen" });

  await officer.goto(hazardUrl);
  await officer.getByLabel("已送达整改通知书").check();
  await officer.getByRole("button", { name: "更新进度" }).click();
  await expect(officer.getByTestId("hazard-status")).toHaveText("已送达通知书");
  await officer.getByLabel(/^已整改/).check();
  await officer.getByLabel("说明").first().fill("已更换灭火器。");
  await officer.getByRole("button", { name: "更新进度" }).click();
  await expect(officer.getByText("请先上传整改后的照片。")).toBeVisible();
  await officer.getByLabel("整改后照片", { exact: true }).setInputFiles(await sitePhoto());
  await officer.getByRole("button", { name: "上传照片" }).nth(1).click();
  await expect(officer.getByText("照片已上传。")).toBeVisible();
  await officer.getByLabel(/^已整改/).check();
  await officer.getByLabel("说明").first().fill("已更换灭火器，通道已清理。");
  await officer.getByRole("button", { name: "更新进度" }).click();
  await expect(officer.getByTestId("hazard-status")).toHaveText("已整改，待复查");
  await officer.getByLabel("复查通过，销号").check();
  await officer.getByLabel("说明").first().fill("复查合格。");
  await officer.getByRole("button", { name: "更新进度" }).click();
  await expect(officer.getByTestId("hazard-status")).toHaveText("复查通过，已销号");
  await expect(officer.getByRole("list", { name: "办理记录" })).toContainText("复查通过，销号");

  // Another community's officer and auxiliary, and the mediator: the hazard, its notice and the day page are not there.
  for (const login of ["officer.fenglin", "aux.fenglin", "mediator"]) {
    const outsider = await fieldStaff(browser, login);
    for (const path of [hazardUrl, `${hazardUrl}/notice`, ...(login === "mediator" ? ["/dashboard/today", "/dashboard/field/care"] : [])]) {
      await outsider.goto(path);
      await expect(outsider.getByRole("heading", { name: "页面不存在" })).toBeVisible();
    }
  }
});

test("a visit typed while the connection is down survives the reload as a draft, and sending it again stores it once", async ({ browser }) => {
  const officer = await fieldStaff(browser, "aux.liuyin");
  await officer.goto("/dashboard/field/visits/new");
  await officer.getByLabel("走访类别").selectOption({ label: "巡逻" });
  await officer.getByLabel(/具体位置/).fill("柳荫街菜场门口");
  await officer.getByLabel(/情况记录/).fill(`早市巡逻，秩序正常。${Date.now()}`);
  const notes = await officer.getByLabel(/情况记录/).inputValue();
  const key = officer.locator('input[name="submissionKey"]');
  const sentKey = await key.inputValue();
  expect(sentKey).toMatch(/^[0-9a-f-]{36}$/);
  await officer.context().setOffline(true);
  await officer.getByRole("button", { name: "保存走访" }).click();
  await expect(officer.getByText("走访已记录。")).toHaveCount(0);
  await officer.context().setOffline(false);

  // Back online, the form comes back as it was typed, with the same key.
  await officer.goto("/dashboard/field/visits/new");
  await expect(officer.getByText("已恢复上次没提交成功的草稿。")).toBeVisible();
  await expect(officer.getByLabel(/情况记录/)).toHaveValue(notes);
  await expect(key).toHaveValue(sentKey);
  await officer.getByRole("button", { name: "保存走访" }).click();
  await expect(officer.getByText("走访已记录。")).toBeVisible();

  // The phone sends the same form again (its answer was lost on the way back): the visit stored is the answer.
  await officer.goto("/dashboard/field/visits/new");
  await expect(officer.getByText("已恢复上次没提交成功的草稿。")).toHaveCount(0);
  await officer.getByLabel("走访类别").selectOption({ label: "巡逻" });
  await officer.getByLabel(/具体位置/).fill("柳荫街菜场门口");
  await officer.getByLabel(/情况记录/).fill(notes);
  await key.evaluate((input, value) => ((input as HTMLInputElement).value = value), sentKey);
  await officer.getByRole("button", { name: "保存走访" }).click();
  await expect(officer.getByText("这次走访已经保存过，没有重复记录。")).toBeVisible();
  await officer.goto("/dashboard/field/visits");
  await expect(officer.getByRole("list", { name: "走访记录" }).getByText(notes)).toHaveCount(1);
});

test.describe("without JavaScript", () => {
  test("an officer adds a care subject, reveals the phone (audited), records a care visit and sees the next due date move", async ({ browser }) => {
    const officer = await fieldStaff(browser, "officer.wanghu", false);
    await expect(officer).toHaveURL(/\/dashboard\/today$/);
    await officer.getByRole("link", { name: "关爱对象", exact: true }).first().click();
    await officer.getByRole("link", { name: "新增关爱对象" }).click();
    await officer.getByRole("button", { name: "保存" }).click();
    await expect(officer.getByText("请填写姓名。")).toBeVisible();
    await expect(officer.getByText("请填写 4 位出生年份，例如 1938。")).toBeVisible();
    await officer.getByLabel("姓名").fill("倪桂英");
    await officer.getByLabel("出生年份").fill("1937");
    await officer.getByLabel("类别").selectOption({ label: "独居老人" });
    await officer.getByLabel("风险等级").selectOption({ label: "高风险" });
    await officer.getByLabel("地点", { exact: true }).selectOption({ label: "望湖花园 3 幢" });
    await officer.getByLabel("单元、门牌号").fill("2 单元 401 室");
    await officer.getByLabel(/本人电话/).fill("13811112222");
    await officer.getByLabel(/^紧急联系人\s*（选填）$/).fill("倪女士（女儿）");
    await officer.getByLabel(/紧急联系人电话/).fill("13733334444");
    await officer.getByRole("button", { name: "保存" }).click();
    await expect(officer.getByText("关爱对象已添加。")).toBeVisible();
    await expect(officer.getByTestId("care-next-due")).toContainText(`下次走访：${beijingDay()} 前`);
    await expect(officer.getByTestId("care-phone")).toHaveText("138****2222");
    const subjectUrl = officer.url().split("?")[0]!;
    // The full number is in neither the page nor its payload before the reveal.
    for (const body of [
      await officer.content(),
      await (await officer.request.get(subjectUrl)).text(),
      await (await officer.request.get(subjectUrl, { headers: { RSC: "1" } })).text(),
    ]) {
      expect(body).not.toContain("13811112222");
      expect(body).not.toContain("13733334444");
    }
    await officer.getByRole("button", { name: "显示完整号码" }).click();
    await expect(officer.getByRole("link", { name: "13811112222" })).toHaveAttribute("href", "tel:13811112222");
    await expect(officer.getByTestId("care-emergency-phone")).toHaveText("13733334444");

    await officer.goto(subjectUrl);
    await officer.getByLabel("时长（分钟）").fill("0");
    await officer.getByRole("button", { name: "保存关爱走访" }).click();
    await expect(officer.getByText("请填写 1 到 720 之间的分钟数。")).toBeVisible();
    await officer.getByLabel("时长（分钟）").fill("40");
    await officer.getByLabel(/身体状况/).fill("腿脚不便，精神不错。");
    await officer.getByLabel("用电").selectOption({ label: "有问题" });
    await officer.getByLabel(/后续跟进/).fill("联系电工检查插座。");
    await officer.getByRole("button", { name: "保存关爱走访" }).click();
    await expect(officer.getByText("关爱走访已记录，下次走访日期已更新。")).toBeVisible();
    await expect(officer.getByTestId("care-next-due")).toContainText(`下次走访：${beijingDay(7)} 前`);
    await expect(officer.getByRole("list", { name: "走访记录" })).toContainText("联系电工检查插座。");

    // Another community's staff and the mediator find no such care subject.
    for (const login of ["officer.nanqiao", "aux.nanqiao", "mediator"]) {
      const outsider = await fieldStaff(browser, login, false);
      await outsider.goto(subjectUrl);
      await expect(outsider.getByRole("heading", { name: "页面不存在" })).toBeVisible();
    }
  });

  test("a visit is logged from the day page, with the errors shown first", async ({ browser }) => {
    const officer = await fieldStaff(browser, "officer.nanqiao", false);
    await officer.getByRole("link", { name: "记走访", exact: true }).click();
    await officer.getByLabel("地点", { exact: true }).selectOption({ label: "不选地点（在下面写明）" });
    await officer.getByLabel("开始时间").fill("2099-01-01T08:00");
    await officer.getByRole("button", { name: "保存走访" }).click();
    await expect(officer.getByText("请选择地点，或在具体位置中写明。")).toBeVisible();
    await expect(officer.getByText("开始时间不能晚于现在。")).toBeVisible();
    await officer.getByLabel("地点", { exact: true }).selectOption({ label: "长途汽车客运站" });
    await officer.getByLabel("开始时间").fill(`${beijingDay()}T00:05`);
    await officer.getByLabel("走访类别").selectOption({ label: "巡逻" });
    await officer.getByRole("button", { name: "保存走访" }).click();
    await expect(officer.getByText("走访已记录。")).toBeVisible();
    await expect(officer.getByRole("heading", { level: 1 })).toHaveText("巡逻 · 长途汽车客运站");
  });
});
