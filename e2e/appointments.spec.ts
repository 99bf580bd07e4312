import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { readReceipt, signIn } from "./pages";

/** Beijing dates from `from` days ahead ("2030-01-08") with the label the pages give each day ("1月8日星期二"). */
function daysAhead(from: number, count: number) {
  const label = new Intl.DateTimeFormat("zh-CN", { timeZone: "Asia/Shanghai", month: "long", day: "numeric", weekday: "long" });
  const iso = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai", year: "numeric", month: "2-digit", day: "2-digit" });
  return Array.from({ length: count }, (_, i) => {
    const noon = new Date(Date.now() + (from + i) * 86_400_000);
    return { day: iso.format(noon), label: label.format(noon) };
  });
}

/** The day before a Beijing date, as the tracking page writes it ("2030年1月7日"). */
function dayBefore(day: string) {
  return new Intl.DateTimeFormat("zh-CN", { timeZone: "UTC", dateStyle: "long" }).format(new Date(Date.parse(`${day}T00:00:00Z`) - 86_400_000));
}

/** On a booking page's day links (or the reschedule's), opens the first open day among `days`; returns it. */
async function chooseDay(page: Page, days: { day: string; label: string }[], within = page.locator("body")) {
  for (const day of days) {
    const link = within.getByRole("link", { name: new RegExp(`^${day.label}`) });
    if ((await link.count()) === 0) continue;
    await link.first().click();
    await page.waitForURL((url) => url.pathname.endsWith(`/${day.day}`) || url.searchParams.get("moveDay") === day.day);
    return day;
  }
  throw new Error(`no open day among ${days.map((d) => d.day).join(", ")}`);
}

/** On a day's page, chooses its first open time; returns the time as shown ("09:00–09:30"). */
async function chooseTime(page: Page, group = page.getByRole("group", { name: "选择时间" })) {
  const choice = group.locator("label").filter({ has: page.locator("input:not([disabled])") }).first();
  const time = (await choice.getByTestId("slot-time").textContent())!.trim();
  await choice.getByRole("radio").check();
  return time;
}

async function fillResident(page: Page, name: string, phone: string, community = "柳荫社区") {
  await page.getByLabel("您的姓名").fill(name);
  await page.getByLabel(/手机号码/).fill(phone);
  await page.getByLabel("您所在的社区").selectOption({ label: community });
}

const uniquePhone = () => `139${String(Date.now()).slice(-8)}`;

// The seeded station hall takes residence-permit bookings on weekdays, three people per half hour.
test("without JavaScript a resident chooses a day, then one of its times, books, gets the .ics, and cancels", async ({ browser, request }) => {
  const resident = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
  await resident.goto("/services/residence-permit");
  await resident.getByRole("link", { name: /预约办理/ }).click();
  await expect(resident.getByRole("heading", { name: /预约办事/ })).toBeVisible();
  // Step one is days, not every time of every day.
  await expect(resident.getByRole("radio")).toHaveCount(0);
  const day = await chooseDay(resident, daysAhead(0, 14));
  await expect(resident).toHaveURL(new RegExp(`/book/residence-permit/${day.day}`));
  await chooseTime(resident);
  await fillResident(resident, "温女士", "13600002222");
  await resident.getByRole("button", { name: "确认预约" }).click();
  const { code, privateLink } = await readReceipt(resident);
  await expect(resident.getByTestId("appointment-status")).toHaveText("已预约");

  const secret = new URL(privateLink).searchParams.get("k");
  const ics = await request.get(`/api/track/${code}/appointment.ics?k=${secret}`);
  expect(ics.status()).toBe(200);
  expect(ics.headers()["content-type"]).toContain("text/calendar");
  expect(await ics.text()).toMatch(/BEGIN:VEVENT[\s\S]*DTSTART:\d{8}T\d{6}Z[\s\S]*END:VEVENT/);

  // Another time the same day for the same service is refused with a clear message. (The very same form sent
  // again would be a repeat, answered with the first booking.)
  await resident.goto(`/book/residence-permit/${day.day}`);
  await resident.getByRole("group", { name: "选择时间" }).locator("label").filter({ has: resident.locator("input:not([disabled])") }).nth(1).getByRole("radio").check();
  await fillResident(resident, "温女士", "13600002222");
  await resident.getByRole("button", { name: "确认预约" }).click();
  await expect(resident.getByText(/每人每天同一业务只能预约一次/).first()).toBeVisible();
  await resident.getByRole("link", { name: "← 重新选择时间" }).click();
  await expect(resident).toHaveURL(new RegExp(`/book/residence-permit/${day.day}`));

  await resident.goto(privateLink);
  const cancel = resident.getByRole("button", { name: "取消预约" });
  if (await cancel.count()) {
    await cancel.click();
    await expect(resident.getByText("预约已取消。")).toBeVisible();
  } else {
    // A booking for tomorrow can no longer be changed online: the page says so.
    await expect(resident.getByText(/预约当天|不能再更改/).first()).toBeVisible();
  }
});

test("on a phone the day's times come before the name field, each on one line", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/book/residence-permit");
  await chooseDay(page, daysAhead(0, 14));
  const times = page.getByTestId("slot-time");
  expect(await times.count()).toBeGreaterThan(0);
  expect(await times.count()).toBeLessThanOrEqual(10);
  // A time like "09:00–09:30" is one line box: never broken at the dash.
  for (const lines of await times.evaluateAll((spans) => spans.map((s) => s.getClientRects().length))) expect(lines).toBe(1);
  const nameTop = (await page.getByLabel("您的姓名").boundingBox())!.y;
  expect(nameTop).toBeLessThan(1600);
  // Nothing spills over the side of the phone.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});

for (const javaScriptEnabled of [true, false]) {
  test(`an empty booking gets the portal's own messages next to each field (JavaScript ${javaScriptEnabled ? "on" : "off"})`, async ({ browser }) => {
    const page = await (await browser.newContext({ javaScriptEnabled })).newPage();
    await page.goto("/book/residence-permit");
    await chooseDay(page, daysAhead(0, 14));
    await expect(page.locator("form[novalidate]").filter({ has: page.getByRole("button", { name: "确认预约" }) })).toHaveCount(1);
    await page.getByRole("button", { name: "确认预约" }).click();
    await expect(page.getByText("请按提示修改后再提交。")).toBeVisible();
    await expect(page.getByText("请选择一个时间。")).toBeVisible();
    await expect(page.getByText("请选择社区。")).toBeVisible();
    await expect(page.getByLabel("您的姓名")).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByLabel(/手机号码/)).toHaveAttribute("aria-invalid", "true");
  });
}

// Changes are allowed until the end of the day before, so both times are at least two days ahead.
test("a resident books, moves the booking to another day, adds it to a calendar and cancels; the timeline and the officer's day view follow", async ({ browser }) => {
  const resident = await (await browser.newContext()).newPage();
  const ahead = daysAhead(2, 12);
  await resident.goto("/book/residence-permit");
  const first = await chooseDay(resident, ahead);
  const firstTime = await chooseTime(resident);
  await fillResident(resident, "祁先生", uniquePhone());
  await resident.getByRole("button", { name: "确认预约" }).click();
  const { code, privateLink } = await readReceipt(resident);

  await resident.goto(privateLink);
  await expect(resident.getByTestId("appointment-time")).toContainText(firstTime.slice(0, 5));
  // A booking awaits no answer, and the deadline is the whole day before.
  await expect(resident.getByText(/预计答复时间/)).toHaveCount(0);
  await expect(resident.getByText(`可在 ${dayBefore(first.day)}（含）前在线取消或改约；预约当天不能再在线更改。`)).toBeVisible();
  await expect(resident.getByRole("list", { name: "办理记录" })).toContainText(`已预约：${first.label}`);

  const reschedule = resident.getByRole("region", { name: "改约到其他时间" });
  const second = await chooseDay(resident, ahead.filter((d) => d.day > first.day), reschedule);
  const secondTime = await chooseTime(resident, resident.getByRole("group", { name: `改约到 ${second.label} 的哪个时间` }));
  await resident.getByRole("button", { name: "确认改约" }).click();
  await expect(resident.getByText("已改约到新的时间。")).toBeVisible();
  await expect(resident.getByTestId("appointment-time")).toContainText(second.label.replace(/星期.$/, ""));
  await expect(resident.getByTestId("appointment-time")).toContainText(secondTime.slice(0, 5));
  await expect(resident.getByRole("list", { name: "办理记录" })).toContainText(`您改约到 ${second.label} ${secondTime}`);

  const [download] = await Promise.all([resident.waitForEvent("download"), resident.getByRole("link", { name: "添加到日历 (.ics)" }).click()]);
  expect(download.suggestedFilename()).toMatch(/\.ics$/);
  const ics = readFileSync(await download.path(), "utf8");
  // Beijing is UTC+8 all year: the new time, in UTC, is what the calendar gets.
  const start = new Date(`${second.day}T${secondTime.slice(0, 5)}:00+08:00`).toISOString().replace(/[-:]/g, "").slice(0, 15);
  expect(ics).toContain(`DTSTART:${start}Z`);
  expect(ics).toContain(code);

  const officer = await (await browser.newContext()).newPage();
  await signIn(officer, "officer.liuyin");
  await expect(officer.getByRole("navigation", { name: "工作台导航" })).toBeVisible();
  // In the queue a booking is booked for its time, with no answer clock to run out.
  const card = officer.getByRole("list", { name: "诉求列表" }).getByRole("link").filter({ hasText: code });
  await expect(card).toContainText("已预约");
  await expect(card).toContainText("预约时间");
  await expect(card).not.toContainText("未答复");
  await expect(card).not.toContainText("超时");
  await officer.goto(`/dashboard/appointments?day=${second.day}`);
  const booking = officer.getByTestId("booking").filter({ hasText: code });
  await expect(booking).toContainText(secondTime);
  await expect(booking).toContainText("已预约");
  await officer.goto(`/dashboard/appointments?day=${first.day}`);
  await expect(officer.getByTestId("booking").filter({ hasText: code })).toHaveCount(0);

  await resident.getByRole("button", { name: "取消预约" }).click();
  await expect(resident.getByText("预约已取消。")).toBeVisible();
  await expect(resident.getByRole("link", { name: "添加到日历 (.ics)" })).toHaveCount(0);
  // Cancelled is not "done": nothing to rate, nothing to reopen, and the timeline says what happened.
  await expect(resident.getByTestId("appointment-status")).toHaveText("已取消");
  await expect(resident.getByText("已办结")).toHaveCount(0);
  await expect(resident.getByText("您对这次办理满意吗？")).toHaveCount(0);
  await expect(resident.getByRole("button", { name: /重新打开/ })).toHaveCount(0);
  await expect(resident.getByRole("list", { name: "办理记录" })).toContainText("您取消了预约");
  await expect(resident.getByRole("link", { name: "重新预约这项业务 →" })).toHaveAttribute("href", "/book/residence-permit");

  await officer.goto(`/dashboard/appointments?day=${second.day}`);
  await expect(officer.getByTestId("booking").filter({ hasText: code })).toContainText("已取消");
  await officer.goto("/dashboard?view=all");
  await expect(officer.getByRole("list", { name: "诉求列表" }).getByRole("link").filter({ hasText: code })).toContainText("已取消");
});

test("the days are cached, yet the next resident sees one seat fewer after a booking", async ({ page }) => {
  await page.goto("/book/residence-permit");
  const hall = page.getByRole("region", { name: "派出所服务大厅" });
  const dayLink = hall.getByRole("link").last();
  const before = Number((await dayLink.textContent())!.match(/余 (\d+) 个/)![1]);
  await dayLink.click();
  const radio = page.getByRole("radio", { disabled: false }).last();
  const slotId = await radio.getAttribute("value");
  const seat = page.locator("label").filter({ has: page.locator(`input[value="${slotId}"]`) });
  const seatsBefore = Number((await seat.textContent())!.match(/余 (\d+) 个/)![1]);
  const dayUrl = page.url();
  await radio.check();
  await fillResident(page, "石先生", "13600007777", "枫林社区");
  await page.getByRole("button", { name: "确认预约" }).click();
  await readReceipt(page);

  await page.goto(dayUrl);
  await expect(page.locator("label").filter({ has: page.locator(`input[value="${slotId}"]`) })).toContainText(seatsBefore > 1 ? `余 ${seatsBefore - 1} 个` : "已约满");
  await page.goto("/book/residence-permit");
  await expect(page.getByRole("region", { name: "派出所服务大厅" }).getByRole("link").last()).toContainText(`余 ${before - 1} 个`);
});

test("an officer page's 预约办事 leads to that officer's own times; an auxiliary's to the station hall's services", async ({ page }) => {
  await page.goto("/officers/he-wenchuan");
  await page.getByRole("link", { name: /^预约办事/ }).click();
  await expect(page.getByRole("heading", { name: "预约办事", level: 1 })).toBeVisible();
  const own = page.getByRole("region", { name: "与民警 贺文川 预约" });
  await expect(own).toContainText("周二、周四 14:30–17:00");
  await own.getByRole("link", { name: /出租房屋登记：选择时间/ }).click();
  await expect(page).toHaveURL(/\/book\/rental-registration#place-officer-\d+$/);
  const officerPlace = page.getByRole("region", { name: "柳荫社区警务室 · 民警 贺文川" });
  await expect(officerPlace).toBeVisible();
  await officerPlace.getByRole("link").first().click();
  await expect(page.getByRole("group", { name: "柳荫社区警务室 · 民警 贺文川" })).toBeVisible();

  // An auxiliary keeps no booking times: the station hall's bookable services, among them the move-out.
  await page.goto("/officers/zhong-liqun");
  await page.getByRole("link", { name: /^预约办事/ }).click();
  await expect(page.getByRole("region", { name: /^与民警/ })).toHaveCount(0);
  const hall = page.getByRole("region", { name: "到青石派出所服务大厅办理" });
  await hall.getByRole("link", { name: "户口迁出：选择时间 →" }).click();
  await expect(page.getByRole("region", { name: "派出所服务大厅" }).getByRole("link").first()).toBeVisible();
});

test("every service the guide marks 可预约 has days to choose, the move-out and cancel registration among them", async ({ page }) => {
  await page.goto("/services");
  const tagged = page.getByRole("link").filter({ has: page.getByText("可预约", { exact: true }) });
  const hrefs = await tagged.evaluateAll((links) => links.map((a) => a.getAttribute("href")!));
  expect(hrefs).toEqual(expect.arrayContaining(["/services/household-move-out", "/services/cancel-registration"]));
  for (const href of hrefs) {
    await page.goto(href);
    await page.getByRole("link", { name: "预约办理：选择时间 →" }).click();
    await expect(page.getByText("近期没有可预约的时间")).toHaveCount(0);
    await expect(page.getByRole("navigation", { name: /可预约的日期$/ }).first().getByRole("link").first()).toBeVisible();
  }
});

test("staff see the day's bookings", async ({ page }) => {
  await signIn(page, "officer.liuyin");
  await page.getByRole("link", { name: "预约日程" }).click();
  await expect(page.getByRole("heading", { name: "预约日程" })).toBeVisible();
});
