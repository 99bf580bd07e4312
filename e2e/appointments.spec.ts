import { expect, test } from "@playwright/test";
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
