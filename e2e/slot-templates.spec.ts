import { expect, test, type Browser, type Locator, type Page } from "@playwright/test";
import { signIn } from "./pages";

async function staffPage(browser: Browser, login: string, javaScriptEnabled = true): Promise<Page> {
  const page = await (await browser.newContext({ javaScriptEnabled })).newPage();
  await signIn(page, login);
  await expect(page.getByRole("navigation", { name: "工作台导航" })).toBeVisible();
  return page;
}

/** How many lines an element's text takes on screen. */
function lineCount(element: Locator): Promise<number> {
  return element.evaluate((el) => {
    const range = document.createRange();
    range.selectNodeContents(el);
    return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
  });
}

/** Follows a link as a person would: brought into view first, then tapped where it is (no forced click). */
async function openLink(link: Locator) {
  await link.scrollIntoViewIfNeeded();
  await expect(link).toBeInViewport();
  await link.click();
}

// The seed gives the station hall's household move-in weekday afternoons, 14:00–16:30 in 30-minute slots.
test("without JavaScript the administrator moves the move-in afternoons to 13:00–15:00 in 40-minute slots, and the picker shows the new times", async ({
  browser,
}) => {
  const resident = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
  await resident.goto("/book/household-move-in");
  // A day after the first (whose morning the booking notice may have cut off): its times are the whole rule.
  await resident.getByRole("region", { name: "派出所服务大厅" }).getByRole("link").nth(1).click();
  await expect(resident.getByText("16:00–16:30").first()).toBeVisible();

  const admin = await staffPage(browser, "admin", false);
  await admin.getByRole("navigation", { name: "工作台导航" }).getByRole("link", { name: "预约时段" }).click();
  await expect(admin.getByRole("heading", { name: "预约时段规则" })).toBeVisible();
  // On a phone each rule reads as a card: its booking window as a number of days, its weekdays on one line.
  const rule = admin.getByRole("listitem").filter({ has: admin.getByRole("link", { name: "编辑 户口迁入 派出所服务大厅 14:00–16:30" }) });
  await expect(rule).toContainText(/开放预约今后 \d+ 个工作日/);
  await expect(rule).not.toContainText("开放今后多少个工作日");
  expect(await lineCount(rule.getByText("周一至周五"))).toBe(1);
  expect(await admin.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  await openLink(rule.getByRole("link", { name: "编辑 户口迁入 派出所服务大厅 14:00–16:30" }));
  await expect(admin.getByRole("heading", { name: "编辑预约规则：户口迁入" })).toBeVisible();

  // A slot longer than the hours is explained next to its field, and nothing changes.
  await admin.getByLabel("开始时间").fill("13:00");
  await admin.getByLabel("结束时间").fill("15:00");
  await admin.getByLabel("每个时段多长（分钟）").fill("150");
  await admin.getByRole("button", { name: "保存" }).click();
  await expect(admin.getByText("时段比开始到结束的时间还长，请缩短时段或调整时间。")).toBeVisible();
  await expect(admin.getByLabel("每个时段多长（分钟）")).toHaveValue("150");
  await expect(admin.getByLabel("开始时间")).toHaveValue("13:00");
  // No weekday at all is refused too.
  for (const day of ["周一", "周二", "周三", "周四", "周五"]) await admin.getByRole("checkbox", { name: day }).uncheck();
  await admin.getByLabel("每个时段多长（分钟）").fill("40");
  await admin.getByRole("button", { name: "保存" }).click();
  await expect(admin.getByText("请至少选择一天。")).toBeVisible();

  for (const day of ["周一", "周二", "周三", "周四", "周五"]) await admin.getByRole("checkbox", { name: day }).check();
  await admin.getByLabel("每个时段可约人数").fill("2");
  await admin.getByRole("button", { name: "保存" }).click();
  await expect(admin.getByText(/^已保存。/)).toBeVisible();
  const row = admin.getByTestId("slot-template").filter({ hasText: "户口迁入" }).filter({ hasText: "13:00–15:00" });
  await expect(row).toContainText("周一至周五");
  await expect(row).toContainText("40 分钟");
  await expect(row).toContainText("2 人");

  await resident.reload();
  await expect(resident.getByText("13:40–14:20").first()).toBeVisible();
  await expect(resident.getByText("14:20–15:00").first()).toBeVisible();
  await expect(resident.getByText("余 2 个").first()).toBeVisible();
  await expect(resident.getByText("16:00–16:30")).toHaveCount(0);
  await expect(resident.getByText("14:00–14:30")).toHaveCount(0);
  // The mornings were not touched.
  await expect(resident.getByText("09:00–09:30").first()).toBeVisible();
});

test("the chief sees every rule without changing any; an officer adds their own; auxiliaries have no such page", async ({ browser }) => {
  const chief = await staffPage(browser, "chief");
  await chief.getByRole("navigation", { name: "工作台导航" }).getByRole("link", { name: "预约时段" }).click();
  await expect(chief.getByText("所长可以查看全部规则；规则由管理员或民警本人修改。").first()).toBeVisible();
  await expect(chief.getByRole("link", { name: "新增规则" })).toHaveCount(0);
  await openLink(chief.getByRole("link", { name: /^查看 居住证申领 派出所服务大厅 09:00/ }));
  await expect(chief.getByRole("heading", { name: "预约规则：居住证申领" })).toBeVisible();
  await expect(chief.getByRole("button", { name: "保存" })).toHaveCount(0);
  expect((await chief.goto("/dashboard/admin/appointments/new"))?.status()).toBe(404);

  const officer = await staffPage(browser, "officer.liuyin");
  await officer.getByRole("navigation", { name: "工作台导航" }).getByRole("link", { name: "预约时段" }).click();
  // The seed gives him office hours for the two registrations; he adds residence-permit times of his own.
  await expect(officer.getByTestId("slot-template").first()).toContainText("贺文川");
  const before = await officer.getByTestId("slot-template").count();
  await officer.getByRole("link", { name: "新增规则" }).click();
  await expect(officer.getByText("您本人（贺文川）")).toBeVisible();
  await officer.getByLabel("办理事项").selectOption({ label: "居住证申领" });
  await officer.getByRole("checkbox", { name: "周一" }).uncheck();
  await officer.getByRole("checkbox", { name: "周二" }).uncheck();
  await officer.getByRole("checkbox", { name: "周四" }).uncheck();
  await officer.getByLabel("开始时间").fill("15:00");
  await officer.getByLabel("结束时间").fill("16:00");
  await officer.getByRole("button", { name: "新增规则" }).click();
  await expect(officer.getByText(/^已新增规则，开放了 \d+ 个时段。/)).toBeVisible();
  await expect(officer.getByTestId("slot-template")).toHaveCount(before + 1);
  const added = officer.getByTestId("slot-template").filter({ hasText: "居住证申领" });
  await expect(added).toContainText("贺文川");
  await expect(added).toContainText("周三、周五");
  // The hall's rules are not the officer's to open.
  expect((await officer.goto("/dashboard/admin/appointments/1"))?.status()).toBe(404);

  const aux = await staffPage(browser, "aux.liuyin");
  await expect(aux.getByRole("navigation", { name: "工作台导航" }).getByRole("link", { name: "预约时段" })).toHaveCount(0);
  expect((await aux.goto("/dashboard/admin/appointments"))?.status()).toBe(404);
});
