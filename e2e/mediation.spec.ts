import { expect, test, type Browser, type Page } from "@playwright/test";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { leaveMessage, signIn } from "./pages";

// The mediation committee's whole lifecycle, as its people do it on their phones: a resident's message about a
// neighbour becomes a case, the lead mediator holds a session, records the agreement, prints it and follows it
// up, and the resident's tracking page says the matter went to mediation.

/** A Beijing wall-clock time this many minutes from now, as a datetime-local input takes it. */
function beijingLocal(minutesFromNow: number): string {
  return new Date(Date.now() + 8 * 3_600_000 + minutesFromNow * 60_000).toISOString().slice(0, 16);
}

function beijingDay(daysFromNow: number): string {
  return new Date(Date.now() + 8 * 3_600_000 + daysFromNow * 86_400_000).toISOString().slice(0, 10);
}

async function staffPage(browser: Browser, login: string, javaScriptEnabled: boolean): Promise<Page> {
  const page = await (await browser.newContext({ javaScriptEnabled })).newPage();
  await signIn(page, login);
  await expect(page.getByRole("navigation", { name: "工作台导航" })).toBeVisible();
  return page;
}

const AGREEMENT = {
  facts: "赵立新每晚十二点后在家中拖动桌椅，楼下陈桂香无法入睡。",
  matters: "夜间噪声是否影响楼下休息及今后如何避免。",
  responsibility: "赵立新对噪声扰邻负主要责任。",
  terms: "赵立新在桌椅脚加装静音垫，每晚22时后不再拖动家具；陈桂香如再受影响先与赵立新沟通。",
  method: "赵立新自行整改，社区调解员监督",
};

/** The officer of 枫林 opens the resident's message and takes it into mediation with 柯文静 leading. */
async function takeIntoMediation(officer: Page, code: string, respondent: string): Promise<string> {
  await officer.goto(`/dashboard?q=${code}`);
  await officer.getByRole("link", { name: new RegExp(code) }).click();
  await officer.getByRole("link", { name: "受理调解案件" }).click();
  await expect(officer.getByRole("heading", { name: `来自群众诉求 ${code}` })).toBeVisible();
  await officer.getByLabel("纠纷类型").selectOption({ label: "邻里纠纷" });
  await officer.getByLabel("主调解员").selectOption({ label: "柯文静 · 社区调解员" });
  await officer.getByLabel(/^协助调解员/).selectOption({ label: "俞明哲 · 律师" });
  const second = officer.getByRole("group", { name: "当事人 2" });
  await second.getByLabel(/姓名或单位名称/).fill(respondent);
  await second.getByLabel(/住址/).fill("枫林苑3幢602室");
  await second.getByLabel(/联系电话/).fill("13887654321");
  await officer.getByRole("button", { name: "受理", exact: true }).click();
  await expect(officer.getByText("已受理，案号已生成。")).toBeVisible();
  return (await officer.getByRole("heading", { level: 1 }).locator("span").first().textContent())!.trim();
}

/** The lead mediator finds the case in their list and works it from notice to agreement. */
async function mediateToAgreement(mediator: Page, caseNumber: string, form: "书面协议（制作调解协议书）" | "口头协议（调解员记录协议内容）") {
  await mediator.getByRole("link", { name: "人民调解" }).click();
  await mediator.getByRole("link", { name: new RegExp(literally(caseNumber)) }).click();
  await expect(mediator.getByRole("heading", { level: 1 })).toContainText(caseNumber);
  await expect(mediator.getByTestId("case-clock")).toContainText("还剩");

  await mediator.getByLabel("各方当事人已签收告知书").check();
  await mediator.getByRole("button", { name: "记录告知" }).click();
  await expect(mediator.getByText("已记录权利义务告知。")).toBeVisible();

  const schedule = mediator.getByRole("form", { name: "安排调解" });
  await schedule.getByLabel("调解时间").fill(beijingLocal(-60));
  await schedule.getByRole("button", { name: "安排" }).click();
  await expect(mediator.getByText("已安排调解。")).toBeVisible();

  const session = mediator.getByRole("form", { name: /^记录调解：/ });
  await session.getByLabel("调解笔录").fill("调解员告知双方权利义务，双方陈述经过。赵立新承认夜间拖动家具，同意整改。");
  await session.getByRole("button", { name: "保存笔录" }).click();
  await expect(mediator.getByText("已保存调解笔录。")).toBeVisible();
  await expect(mediator.getByRole("list", { name: "调解会" })).toContainText("同意整改");

  const agreement = mediator.getByRole("form", { name: "记录调解协议" });
  await agreement.getByLabel(form).check();
  await agreement.getByLabel("纠纷的主要事实").fill(AGREEMENT.facts);
  await agreement.getByLabel("争议事项").fill(AGREEMENT.matters);
  await agreement.getByLabel("各方当事人的责任").fill(AGREEMENT.responsibility);
  await agreement.getByLabel("协议内容（各方当事人承担的义务）").fill(AGREEMENT.terms);
  await agreement.getByLabel("履行方式").fill(AGREEMENT.method);
  await agreement.getByLabel("履行期限").fill(beijingDay(7));
  await expect(agreement.getByLabel("回访日期")).toHaveValue(beijingDay(30));
  await agreement.getByRole("button", { name: "记录调解协议" }).click();
  await expect(mediator.getByText("已记录调解协议，并安排了回访。")).toBeVisible();
  await expect(mediator.getByTestId("case-clock")).toContainText("结案");
}

/** The follow-up: another one scheduled for today, then the visit recorded. */
async function followUp(mediator: Page) {
  await mediator.getByText("再安排一次回访").click();
  const schedule = mediator.getByRole("form", { name: "再安排一次回访" });
  await schedule.getByLabel("回访日期").fill(beijingDay(0));
  await schedule.getByRole("button", { name: "安排" }).click();
  await expect(mediator.getByText("已安排回访。")).toBeVisible();
  const visit = mediator.getByRole("form", { name: /^记录回访/ }).first();
  await visit.getByLabel("已履行", { exact: true }).check();
  await visit.getByLabel("满意", { exact: true }).check();
  await visit.getByLabel("采取的措施").fill("上门回访，双方关系和睦，未发现新的矛盾。");
  await visit.getByRole("button", { name: "保存回访" }).click();
  await expect(mediator.getByText("已保存回访记录。")).toBeVisible();
  await expect(mediator.getByRole("list", { name: "回访" })).toContainText("上门回访，双方关系和睦");
}

function literally(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

test("an officer turns a resident's message into a case; the lead mediator mediates, prints the agreement one page a copy and follows it up; the resident sees it went to mediation", async ({
  browser,
}) => {
  // A whole lifecycle across four people: longer than one page's journey.
  test.setTimeout(180_000);
  const resident = await (await browser.newContext()).newPage();
  const receipt = await leaveMessage(resident, "tu-zhiheng", {
    body: "楼上602每天半夜拖桌子椅子，说了几次都没用，想请民警帮忙调解一下。",
    name: "陈桂香",
    phone: "13912345678",
  });

  const officer = await staffPage(browser, "officer.fenglin", true);
  const caseNumber = await takeIntoMediation(officer, receipt.code, "赵立新");
  expect(caseNumber).toMatch(/^（\d{4}）青石人调字第 \d+ 号$/);

  const mediator = await staffPage(browser, "mediator", true);
  await mediateToAgreement(mediator, caseNumber, "书面协议（制作调解协议书）");
  const casePath = new URL(mediator.url()).pathname;

  // The parties' phones are masked, in the page and in its RSC payload, until the mediator's audited reveal.
  for (const headers of [{}, { RSC: "1" }] as Record<string, string>[]) {
    const body = await (await mediator.request.get(casePath, { headers })).text();
    expect(body).toContain("139****5678");
    expect(body).not.toContain("13912345678");
    expect(body).not.toContain("13887654321");
  }
  await mediator.getByRole("form", { name: "显示完整号码 陈桂香" }).getByRole("button").click();
  await expect(mediator.getByText("已显示完整号码，此次查看已记入审计日志。")).toBeVisible();
  await expect(mediator.getByRole("link", { name: "13912345678" })).toHaveAttribute("href", "tel:13912345678");

  // The agreement, printed: one A4 page for each party and one for the file, each with every art. 29 item.
  await mediator.getByRole("link", { name: "打印调解协议书" }).click();
  await expect(mediator.getByTestId("agreement-copy")).toHaveCount(3);
  await mediator.emulateMedia({ media: "print" });
  const pdf = await mediator.pdf({ format: "A4", preferCSSPageSize: true });
  const pages = await pdfPages(pdf);
  expect(pages).toHaveLength(3);
  const deadline = new Date(`${beijingDay(7)}T12:00:00+08:00`);
  const lastDay = new Date(`${beijingDay(30)}T12:00:00+08:00`);
  const longDate = (d: Date) => new Intl.DateTimeFormat("zh-CN", { dateStyle: "long", timeZone: "Asia/Shanghai" }).format(d);
  const copies = ["当事人 陈桂香 执", "当事人 赵立新 执", "人民调解委员会存档"];
  pages.forEach((text, i) => {
    const expected = [
      "人民调解协议书",
      caseNumber.replace(/\s/g, ""),
      copies[i]!.replace(/\s/g, ""),
      "当事人基本情况",
      "申请人：陈桂香",
      "被申请人：赵立新",
      "纠纷的主要事实、争议事项",
      AGREEMENT.facts,
      AGREEMENT.matters,
      "各方当事人的责任",
      AGREEMENT.responsibility,
      AGREEMENT.terms,
      "履行方式、期限",
      AGREEMENT.method,
      longDate(deadline),
      "司法确认",
      longDate(lastDay),
      "签名、盖章或按指印",
      "人民调解委员会（印章）",
    ];
    for (const item of expected) expect(text, `page ${i + 1}: ${item}`).toContain(item.replace(/\s/g, ""));
  });
  // In English too: the same three pages, with the English headings.
  await mediator.context().addCookies([{ name: "NEXT_LOCALE", value: "en", url: mediator.url() }]);
  await mediator.reload();
  const english = await pdfPages(await mediator.pdf({ format: "A4", preferCSSPageSize: true }));
  expect(english).toHaveLength(3);
  for (const text of english) {
    for (const heading of ["People'sMediationAgreement", "Theparties", "Mainfactsandmattersindispute", "Eachparty'sresponsibility", "Howandbywhenitisperformed", "Judicialconfirmation"]) {
      expect(text).toContain(heading);
    }
    expect(text).toContain(AGREEMENT.terms.replace(/\s/g, ""));
  }
  await mediator.context().addCookies([{ name: "NEXT_LOCALE", value: "zh-CN", url: mediator.url() }]);
  await mediator.emulateMedia({ media: "screen" });

  await mediator.goBack();
  await followUp(mediator);

  await resident.goto(receipt.privateLink);
  await expect(resident.getByTestId("mediation-line")).toHaveText(`此事已转派出所人民调解委员会调解（案号 ${caseNumber}）：双方已达成调解协议。`);
  await expect(resident.getByRole("list", { name: "办理记录" })).toContainText(`已转人民调解委员会调解，案号 ${caseNumber}`);
  await expect(resident.getByRole("list", { name: "办理记录" })).toContainText("双方达成调解协议");
});

/** The text of each page of a PDF, without white space (the PDF breaks lines where the page did). */
async function pdfPages(pdf: Buffer): Promise<string[]> {
  const document = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= document.numPages; n++) {
    const content = await (await document.getPage(n)).getTextContent();
    pages.push(content.items.map((item) => ("str" in item ? item.str : "")).join("").replace(/\s/g, ""));
  }
  return pages;
}

test.describe("without JavaScript", () => {
  test("the same case from a message to its follow-up works with plain forms, and the resident's page says it went to mediation", async ({ browser }) => {
    test.setTimeout(180_000);
    const resident = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
    const receipt = await leaveMessage(resident, "tu-zhiheng", { body: "隔壁装修天天电钻到晚上九点，想请调解员来协调。", name: "林晓燕", phone: "13700001234" });
    const officer = await staffPage(browser, "officer.fenglin", false);
    const caseNumber = await takeIntoMediation(officer, receipt.code, "周建国");

    const mediator = await staffPage(browser, "mediator", false);
    await mediateToAgreement(mediator, caseNumber, "口头协议（调解员记录协议内容）");
    // An oral agreement has no agreement to print, but the case file prints.
    await expect(mediator.getByRole("link", { name: "打印调解协议书" })).toHaveCount(0);
    await followUp(mediator);
    await mediator.getByRole("link", { name: "打印卷宗" }).click();
    for (const part of ["人民调解卷宗", "卷内目录", "受理登记", "权利义务告知", "调解记录", "调解协议", "回访记录", "关联诉求"]) {
      await expect(mediator.getByRole("heading", { name: part, exact: true })).toBeVisible();
    }
    await expect(mediator.getByText(receipt.code)).toBeVisible();

    await resident.goto(receipt.privateLink);
    await expect(resident.getByTestId("mediation-line")).toContainText(caseNumber);
  });
});

test("staff who do not sit on a case, or are not on the committee, get not found on every mediation page and route", async ({ browser }) => {
  const chief = await staffPage(browser, "chief", true);
  await chief.getByRole("link", { name: "人民调解" }).click();
  // A demo case the mediator 柯文静 does not sit on: the chief's list names each case's lead.
  await chief.getByLabel("状态").selectOption({ label: "达成协议" });
  await chief.getByRole("button", { name: "筛选" }).click();
  const notHers = chief.getByRole("listitem").filter({ hasNotText: "柯文静" }).filter({ hasText: "主调解员" }).first();
  await notHers.getByRole("link").click();
  await chief.waitForURL(/\/dashboard\/mediation\/\d+$/);
  const path = new URL(chief.url()).pathname;
  await expect(chief.getByRole("link", { name: "打印卷宗" })).toBeVisible();
  const pages = [path, `${path}/file`, `${path}/agreement`];

  for (const login of ["mediator", "aux.liuyin", "officer.nanqiao"]) {
    // Without JavaScript the 404 is the server's own answer, with nothing running in the page between visits.
    const page = await staffPage(browser, login, false);
    const outsider = login !== "mediator";
    for (const address of [...pages, ...(outsider ? ["/dashboard/mediation", "/dashboard/mediation/new", "/dashboard/mediation/committee"] : ["/dashboard/mediation/new", "/dashboard/mediation/committee"])]) {
      await page.goto(address);
      await expect(page.getByRole("heading", { name: "页面不存在" }), `${login} ${address}`).toBeVisible();
    }
    const csv = await page.request.get("/dashboard/mediation/export");
    expect(csv.status(), login).toBe(outsider ? 404 : 200);
    if (outsider) await expect(page.getByRole("link", { name: "人民调解" })).toHaveCount(0);
  }
});
