import { parse } from "csv-parse/sync";
import { expect, test, type Page } from "@playwright/test";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { signIn } from "./pages";

const lastYear = String(new Date().getFullYear() - 1);

/** The cells of a figures table as the page shows them: header row first. */
async function tableCells(page: Page, caption: string): Promise<string[][]> {
  const table = page.getByRole("table", { name: caption });
  return table.evaluate((t) => Array.from((t as HTMLTableElement).rows, (row) => Array.from(row.cells, (cell) => cell.textContent!.trim())));
}

test("the chief reads last year's numbers, downloads a table that matches the page, prints the report; an officer sees only their community; a mediator gets not found", async ({ browser }) => {
  const chief = await (await browser.newContext()).newPage();
  await signIn(chief, "chief");
  await chief.getByRole("navigation", { name: "工作台导航" }).getByRole("link", { name: "统计" }).click();
  await expect(chief.getByRole("heading", { name: "统计分析", level: 1 })).toBeVisible();
  await chief.getByLabel("时间段").selectOption({ label: "年" });
  await chief.getByLabel("年份", { exact: true }).selectOption(lastYear);
  await chief.getByRole("button", { name: "查看" }).click();
  await expect(chief.getByText(`${lastYear} 年度 · 范围：全所（4 个社区）`)).toBeVisible();
  const liuyin = await chief.getByLabel("社区", { exact: true }).locator("option", { hasText: "柳荫社区" }).getAttribute("value");
  for (const title of ["警情：接报警情与刑事治安案件", "36 个月趋势", "警情类别与来源", "多次报警地址", "群众诉求：类型与渠道", "答复与办结", "群众满意度", "民警工作量", "警民联系牌"]) {
    await expect(chief.getByRole("heading", { name: title, level: 2 })).toBeVisible();
  }
  // Charts are images with a title and description; the numbers are in the table after each.
  await expect(chief.getByRole("img", { name: /各社区接报警情/ })).toBeVisible();
  // On a phone the page never scrolls sideways: wide tables scroll inside their own box.
  expect(await chief.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(await chief.evaluate(() => window.innerWidth));

  // The CSV of the calls table: UTF-8 with a BOM, and a real CSV parser reads the page's rows and columns.
  const pageRows = await tableCells(chief, "各社区接报警情");
  expect(pageRows.at(-1)![0]).toBe("全所");
  const href = await chief.getByRole("link", { name: "下载“各社区接报警情”CSV" }).getAttribute("href");
  const response = await chief.request.get(href!);
  expect(response.headers()["content-type"]).toContain("text/csv");
  const body = await response.body();
  expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(parse(body.toString("utf8"), { bom: true })).toEqual(pageRows);

  // The printed report, in English: A4 pages with the station, the period and every panel; no table cut in two.
  await chief.context().addCookies([{ name: "NEXT_LOCALE", value: "en", url: chief.url() }]);
  await chief.getByRole("link", { name: "打印月度报告" }).click();
  await expect(chief.getByRole("heading", { level: 1 })).toHaveText(/statistics report/);
  await chief.emulateMedia({ media: "print" });
  // Laid out at the printable width of A4 (210 mm less 12 mm margins each side).
  await chief.setViewportSize({ width: Math.floor((186 / 25.4) * 96), height: 1100 });
  // A table no taller than the printable height (A4 less 12 mm margins, 273 mm) with break-inside: avoid is never cut.
  const printable = (273 / 25.4) * 96;
  for (const height of await chief.locator(".stats-table").evaluateAll((tables) => tables.map((t) => t.getBoundingClientRect().height))) {
    expect(height).toBeLessThan(printable);
  }
  const pdf = await chief.pdf({ preferCSSPageSize: true });
  const report = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= report.numPages; n++) {
    const content = await (await report.getPage(n)).getTextContent();
    pages.push(content.items.map((item) => ("str" in item ? item.str : "")).join(" "));
  }
  // Compared without white space: the PDF's text splits ligatures (o ffi cer) and wraps lines.
  const squeeze = (value: string) => value.replace(/\s+/g, "");
  const text = squeeze(pages.join(""));
  expect(report.numPages).toBeGreaterThan(1);
  expect(text).toContain(squeeze(`Period: Year ${lastYear} (${lastYear}-01-01 to ${lastYear}-12-31)`));
  for (const title of ["Incidents: calls and cases", "36-month trend", "Incidents by category and source", "Repeat addresses", "Requests by kind and channel", "Answers and resolution", "Satisfaction", "Workload per officer", "Contact boards"]) {
    expect(text).toContain(squeeze(title));
  }
  // Each table's caption and its column headers are on one page.
  for (const [caption, firstColumns] of [
    ["Calls per community", "Community This period Last year"],
    ["Calls, cases and online requests per month", "Month Calls"],
    ["Scans per board, and the requests sent after a scan", "Board Where Officer Scans"],
  ] as const) {
    const page = pages.find((p) => squeeze(p).includes(squeeze(caption)));
    expect(page, caption).toBeDefined();
    expect(squeeze(page!)).toContain(squeeze(firstColumns));
  }

  // An officer: their community only, and no community to choose; another community's figures are not found.
  const officer = await (await browser.newContext()).newPage();
  await signIn(officer, "officer.liuyin");
  await officer.waitForURL(/\/dashboard/);
  await officer.goto("/dashboard/stats");
  await expect(officer.getByText(/范围：柳荫社区/)).toBeVisible();
  await expect(officer.getByLabel("社区", { exact: true })).toHaveCount(0);
  const rows = await tableCells(officer, "各社区接报警情");
  expect(rows.slice(1).map((r) => r[0])).toEqual(["柳荫社区"]);
  expect((await officer.goto("/dashboard/stats?community=999999"))?.status()).toBe(404);

  // An auxiliary of another community asking for 柳荫's figures: not found.
  const auxiliary = await (await browser.newContext()).newPage();
  await signIn(auxiliary, "aux.fenglin");
  await auxiliary.waitForURL(/\/dashboard/);
  expect((await auxiliary.goto(`/dashboard/stats?community=${liuyin}`))?.status()).toBe(404);
  expect((await auxiliary.request.get(`/dashboard/stats/csv?panel=incidents&table=calls&community=${liuyin}`)).status()).toBe(404);

  const mediator = await (await browser.newContext()).newPage();
  await signIn(mediator, "mediator");
  await mediator.waitForURL(/\/dashboard/);
  await expect(mediator.getByRole("navigation", { name: "工作台导航" }).getByRole("link", { name: "统计" })).toHaveCount(0);
  expect((await mediator.goto("/dashboard/stats"))?.status()).toBe(404);
  expect((await mediator.request.get("/dashboard/stats/csv?panel=incidents&table=calls")).status()).toBe(404);
});
