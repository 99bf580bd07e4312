import { parse } from "csv-parse/sync";
import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./pages";

const header = "接警单号,报警时间,社区,类别,来源,简要警情,地址";
const good = [
  header,
  "E2E-1,2020-03-01 08:30,柳荫社区,刑事,110 转警,电动车被盗,柳荫小区3幢",
  "E2E-2,2020-03-02 09:00,枫林社区,纠纷,来所报警,邻里纠纷,",
  "E2E-3,2020-03-03 21:15,柳荫社区,治安,来所报警,酒后滋事,柳荫街1号",
].join("\r\n");
const bad = [header, "E2E-1,2020-03-01 08:30,柳荫社区,刑事,110 转警,电动车被盗,", "E2E-2,2020-02-30 09:00,不存在社区,纠纷,来所报警,邻里纠纷,"].join("\n");

async function upload(page: Page, name: string, content: string) {
  await page.goto("/dashboard/incidents/import");
  await page.getByLabel("CSV 文件").setInputFiles({ name, mimeType: "text/csv", buffer: Buffer.from(content, "utf8") });
  await page.getByRole("button", { name: "上传并导入" }).click();
}

test("without JavaScript the chief imports the station's CSV: a file with bad lines names them and imports nothing; the corrected file is imported on a page that refreshes itself; the same file again adds nothing", async ({ browser }) => {
  const chief = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
  await signIn(chief, "chief");
  await chief.getByRole("navigation", { name: "工作台导航" }).getByRole("link", { name: "警情" }).click();
  await chief.getByRole("link", { name: "导入 CSV" }).click();
  const template = await chief.request.get((await chief.getByRole("link", { name: "下载模板" }).getAttribute("href"))!);
  expect(parse((await template.body()).toString("utf8"), { bom: true })).toEqual([header.split(",")]);

  await upload(chief, "bad.csv", bad);
  // The page refreshes itself until the server has checked the file.
  await expect(chief.getByText("文件有 2 处错误，一条也没有导入。请改正后重新上传。")).toBeVisible({ timeout: 20_000 });
  const errors = chief.getByRole("listitem");
  await expect(errors.filter({ hasText: "第 3 行" }).filter({ hasText: "报警时间“2020-02-30 09:00”不是有效时间" })).toBeVisible();
  await expect(errors.filter({ hasText: "第 3 行" }).filter({ hasText: "没有名为“不存在社区”的社区。" })).toBeVisible();

  await upload(chief, "good.csv", good);
  await expect(chief.getByText("已导入 3 条，跳过已有接警单号 0 条。")).toBeVisible({ timeout: 20_000 });
  await upload(chief, "good.csv", good);
  await expect(chief.getByText("已导入 0 条，跳过已有接警单号 3 条。")).toBeVisible({ timeout: 20_000 });

  // The list finds them, and the officer of 枫林 sees only theirs.
  await chief.goto("/dashboard/incidents?from=2020-03-01&to=2020-03-31");
  await expect(chief.getByText("共 3 起")).toBeVisible();
  const officer = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
  await signIn(officer, "officer.fenglin");
  await officer.goto("/dashboard/incidents?from=2020-03-01&to=2020-03-31");
  await expect(officer.getByText("共 1 起")).toBeVisible();
  await expect(officer.getByRole("link", { name: "导入 CSV" })).toHaveCount(0);
  expect((await officer.goto("/dashboard/incidents/import"))?.status()).toBe(404);
});

test("with JavaScript an import shows its progress bar and its outcome; an officer records an incident, a mistake explained first, and the CSV export neutralizes a formula", async ({ browser }) => {
  const chief = await (await browser.newContext()).newPage();
  await signIn(chief, "chief");
  await chief.waitForURL(/\/dashboard/);
  const lines = [header];
  for (let i = 1; i <= 2000; i++) lines.push(`JS-${i},2024-0${(i % 9) + 1}-1${i % 9} 10:00,望湖社区,求助,110 转警,求助 ${i},望湖公园北门`);
  await upload(chief, "progress.csv", lines.join("\n"));
  await expect(chief.getByText("已导入 2000 条，跳过已有接警单号 0 条。")).toBeVisible({ timeout: 30_000 });

  const officer = await (await browser.newContext()).newPage();
  await signIn(officer, "officer.liuyin");
  await officer.waitForURL(/\/dashboard/);
  await officer.goto("/dashboard/incidents");
  await officer.getByRole("link", { name: "登记警情" }).click();
  await officer.getByLabel("报警日期").fill("2024-06-01");
  await officer.getByLabel("报警时间").fill("09:30");
  await officer.getByLabel("类别").selectOption({ label: "纠纷" });
  await officer.getByLabel("来源").selectOption({ label: "来所报警" });
  await officer.getByRole("button", { name: "登记" }).click();
  await expect(officer.getByText("请填写简要警情。")).toBeVisible();
  await officer.getByLabel("类别").selectOption({ label: "纠纷" });
  await officer.getByLabel("来源").selectOption({ label: "来所报警" });
  await officer.getByLabel("简要警情").fill("=HYPERLINK(\"http://example.com\")");
  await officer.getByRole("button", { name: "登记" }).click();
  await expect(officer.getByText("已登记。")).toBeVisible();

  await officer.goto("/dashboard/incidents?from=2024-06-01&to=2024-06-01");
  const href = await officer.getByRole("link", { name: "下载 CSV" }).getAttribute("href");
  const rows = parse((await (await officer.request.get(href!)).body()).toString("utf8"), { bom: true }) as string[][];
  expect(rows[0]).toEqual(["接警单号", "报警时间", "社区", "类别", "来源", "简要警情", "地址", "对应场所", "多次报警地址"]);
  expect(rows.some((r) => r[5] === "'=HYPERLINK(\"http://example.com\")")).toBe(true);
  expect(rows.slice(1).every((r) => r[2] === "柳荫社区")).toBe(true);
});

test("the administrator sets a community's population, and a mistake is explained first", async ({ browser }) => {
  const admin = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
  await signIn(admin, "admin");
  await admin.getByRole("navigation", { name: "工作台导航" }).getByRole("link", { name: "社区人口" }).click();
  await admin.getByLabel("社区").selectOption({ label: "望湖社区" });
  await admin.getByLabel("年份").fill("2019");
  await admin.getByLabel("人口").fill("12a");
  await admin.getByRole("button", { name: "保存" }).click();
  await expect(admin.getByText("请填写 1 至 10000000 之间的整数。")).toBeVisible();
  await admin.getByLabel("社区").selectOption({ label: "望湖社区" });
  await admin.getByLabel("人口").fill("6400");
  await admin.getByLabel("数据来源").fill("第七次人口普查");
  await admin.getByRole("button", { name: "保存" }).click();
  await expect(admin.getByText("已保存。")).toBeVisible();
  await expect(admin.getByText("2019 年：6,400 人（第七次人口普查）")).toBeVisible();
});
