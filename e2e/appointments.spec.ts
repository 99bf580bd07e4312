import { readFileSync } from "node:fs";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { readReceipt, signIn } from "./pages";

// The seeded station hall takes residence-permit bookings on weekdays, three people per half hour.
test("a resident books a residence-permit appointment without JavaScript, gets the .ics, and cancels it", async ({ browser, request }) => {
  const resident = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
  await resident.goto("/services/residence-permit");
  await resident.getByRole("link", { name: /预约办理/ }).click();
  await expect(resident.getByRole("heading", { name: /预约办事/ })).toBeVisible();
  await resident.getByRole("radio").first().check();
  await resident.getByLabel("您的姓名").fill("温女士");
  await resident.getByLabel(/手机号码/).fill("13600002222");
  await resident.getByLabel("您所在的社区").selectOption({ label: "柳荫社区" });
  await resident.getByRole("button", { name: "确认预约" }).click();
  const { code, privateLink } = await readReceipt(resident);
  await expect(resident.getByText("已预约").first()).toBeVisible();

  const secret = new URL(privateLink).searchParams.get("k");
  const ics = await request.get(`/api/track/${code}/appointment.ics?k=${secret}`);
  expect(ics.status()).toBe(200);
  expect(ics.headers()["content-type"]).toContain("text/calendar");
  expect(await ics.text()).toMatch(/BEGIN:VEVENT[\s\S]*DTSTART:\d{8}T\d{6}Z[\s\S]*END:VEVENT/);

  // Another time the same day for the same service is refused with a clear message. (The very same form sent
  // again would be a repeat, answered with the first booking.)
  await resident.goto("/book/residence-permit");
  await resident.getByRole("radio").nth(1).check();
  await resident.getByLabel("您的姓名").fill("温女士");
  await resident.getByLabel(/手机号码/).fill("13600002222");
  await resident.getByLabel("您所在的社区").selectOption({ label: "柳荫社区" });
  await resident.getByRole("button", { name: "确认预约" }).click();
  await expect(resident.getByText(/每人每天同一业务只能预约一次/).first()).toBeVisible();

  await resident.goto(privateLink);
  const cancel = resident.getByRole("button", { name: "取消预约" });
  if (await cancel.count()) {
    await cancel.click();
    await expect(resident.getByText("预约已取消。")).toBeVisible();
  } else {
    // A booking for tomorrow can no longer be changed online: the page says so.
    await expect(resident.getByText(/预约日前一天|不能再在线取消/).first()).toBeVisible();
  }
});

test("staff see the day's bookings", async ({ page }) => {
  await signIn(page, "officer.liuyin");
  await page.getByRole("link", { name: "预约日程" }).click();
  await expect(page.getByRole("heading", { name: "预约日程" })).toBeVisible();
});

/** Beijing dates from `from` days ahead, with the label the picker gives each day ("12月8日星期二"). */
function daysAhead(from: number, count: number) {
  const label = new Intl.DateTimeFormat("zh-CN", { timeZone: "Asia/Shanghai", month: "long", day: "numeric", weekday: "long" });
  const iso = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai", year: "numeric", month: "2-digit", day: "2-digit" });
  return Array.from({ length: count }, (_, i) => {
    const noon = new Date(Date.now() + (from + i) * 86_400_000);
    return { day: iso.format(noon), label: label.format(noon) };
  });
}

/** Chooses the first open time of the first of `days` the picker offers; returns that day and the time shown. */
async function chooseTime(scope: Page | Locator, days: { day: string; label: string }[]) {
  for (const day of days) {
    const group = scope.getByRole("group", { name: day.label, exact: true });
    if ((await group.count()) === 0) continue;
    const choice = group.locator("label").filter({ has: group.page().locator("input:not([disabled])") }).first();
    const time = (await choice.locator("span.font-semibold").textContent())!.trim();
    await choice.getByRole("radio").check();
    return { ...day, time };
  }
  throw new Error(`no open time on ${days.map((d) => d.day).join(", ")}`);
}

// Changes are allowed until the day before, so both times are at least two days ahead.
test("a resident books, moves the booking to another day, adds it to a calendar and cancels; the officer's day view follows", async ({ browser }) => {
  const resident = await (await browser.newContext()).newPage();
  const ahead = daysAhead(2, 12);
  await resident.goto("/book/residence-permit");
  const first = await chooseTime(resident, ahead);
  await resident.getByLabel("您的姓名").fill("祁先生");
  await resident.getByLabel(/手机号码/).fill(`139${String(Date.now()).slice(-8)}`);
  await resident.getByLabel("您所在的社区").selectOption({ label: "柳荫社区" });
  await resident.getByRole("button", { name: "确认预约" }).click();
  const { code, privateLink } = await readReceipt(resident);

  await resident.goto(privateLink);
  await expect(resident.getByTestId("appointment-time")).toContainText(first.time.slice(0, 5));
  const reschedule = resident.getByRole("group", { name: "改约到其他时间" });
  const second = await chooseTime(reschedule, ahead.filter((d) => d.day > first.day));
  await resident.getByRole("button", { name: "确认改约" }).click();
  await expect(resident.getByText("已改约到新的时间。")).toBeVisible();
  await expect(resident.getByTestId("appointment-time")).toContainText(second.label.replace(/星期.$/, ""));
  await expect(resident.getByTestId("appointment-time")).toContainText(second.time.slice(0, 5));

  const [download] = await Promise.all([resident.waitForEvent("download"), resident.getByRole("link", { name: "添加到日历 (.ics)" }).click()]);
  expect(download.suggestedFilename()).toMatch(/\.ics$/);
  const ics = readFileSync(await download.path(), "utf8");
  // Beijing is UTC+8 all year: the new time, in UTC, is what the calendar gets.
  const start = new Date(`${second.day}T${second.time.slice(0, 5)}:00+08:00`).toISOString().replace(/[-:]/g, "").slice(0, 15);
  expect(ics).toContain(`DTSTART:${start}Z`);
  expect(ics).toContain(code);

  const officer = await (await browser.newContext()).newPage();
  await signIn(officer, "officer.liuyin");
  await expect(officer.getByRole("navigation", { name: "工作台导航" })).toBeVisible();
  await officer.goto(`/dashboard/appointments?day=${second.day}`);
  const booking = officer.getByTestId("booking").filter({ hasText: code });
  await expect(booking).toContainText(second.time);
  await expect(booking).toContainText("已预约");
  await officer.goto(`/dashboard/appointments?day=${first.day}`);
  await expect(officer.getByTestId("booking").filter({ hasText: code })).toHaveCount(0);

  await resident.getByRole("button", { name: "取消预约" }).click();
  await expect(resident.getByText("预约已取消。")).toBeVisible();
  await expect(resident.getByRole("link", { name: "添加到日历 (.ics)" })).toHaveCount(0);

  await officer.goto(`/dashboard/appointments?day=${second.day}`);
  await expect(officer.getByTestId("booking").filter({ hasText: code })).toContainText("已取消");
});

test("the picker is cached, yet the next resident sees one seat fewer after a booking", async ({ page }) => {
  await page.goto("/book/residence-permit");
  const radio = page.getByRole("radio").last();
  const slotId = await radio.getAttribute("value");
  const seat = page.locator("label").filter({ has: page.locator(`input[value="${slotId}"]`) });
  const before = Number((await seat.textContent())!.match(/余 (\d+) 个/)![1]);
  await radio.check();
  await page.getByLabel("您的姓名").fill("石先生");
  await page.getByLabel(/手机号码/).fill("13600007777");
  await page.getByLabel("您所在的社区").selectOption({ label: "枫林社区" });
  await page.getByRole("button", { name: "确认预约" }).click();
  await readReceipt(page);

  await page.goto("/book/residence-permit");
  const after = page.locator("label").filter({ has: page.locator(`input[value="${slotId}"]`) });
  await expect(after).toContainText(before > 1 ? `余 ${before - 1} 个` : "已约满");
});
