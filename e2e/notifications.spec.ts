import { expect, test } from "@playwright/test";
import { leaveMessage, signIn } from "./pages";

test("a new message raises the officer's unread count without a reload, and opening it lowers the count", async ({ browser }) => {
  const officer = await (await browser.newContext()).newPage();
  // A controllable clock: the badge asks every 30 seconds, and the test jumps those 30 seconds instead of waiting.
  await officer.clock.install();
  await signIn(officer, "officer.liuyin");
  await expect(officer.getByRole("heading", { name: "柳荫社区待办" })).toBeVisible();
  const badge = officer.getByRole("status").filter({ hasText: /未读通知/ });
  await expect(badge).toBeVisible();
  await expect(badge).toHaveAttribute("aria-live", "polite");
  const before = Number(await badge.getAttribute("data-count"));
  // Set on this document only: gone if the page reloads.
  await officer.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));

  const resident = await (await browser.newContext()).newPage();
  const body = `车棚的灯又不亮了，晚上取车看不见。${Date.now()}`;
  const { code } = await leaveMessage(resident, "he-wenchuan", { body });

  await officer.clock.fastForward(30_000);
  await expect(badge).toHaveText(`${before + 1} 条未读通知`);
  expect(await officer.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);

  // The officer goes back to the queue (it shows the new request now) and opens the request.
  await officer.getByRole("navigation", { name: "工作台导航" }).getByRole("link", { name: "待办队列" }).click();
  await officer.getByRole("link", { name: new RegExp(code) }).click();
  await expect(officer.getByText(body)).toBeVisible();
  await expect(badge).toHaveText(before === 0 ? "没有未读通知" : `${before} 条未读通知`);
});

test("the unread badge opens the list of notifications; opening one reads it", async ({ browser }) => {
  const resident = await (await browser.newContext()).newPage();
  const { code } = await leaveMessage(resident, "tu-zhiheng", { body: "枫林路口的红绿灯不亮了。", phone: "13700002222" });

  const officer = await (await browser.newContext()).newPage();
  await signIn(officer, "officer.fenglin");
  await officer.getByRole("link", { name: /条未读通知/ }).click();
  await expect(officer.getByRole("heading", { name: "通知", exact: true })).toBeVisible();
  const item = officer.getByTestId("notification").filter({ hasText: code });
  await expect(item).toHaveCount(1);
  await expect(item).toContainText("未读");
  await expect(item).toContainText("新的居民诉求");
  await expect(item).toContainText("留言");

  await item.click();
  await expect(officer.getByText("枫林路口的红绿灯不亮了。")).toBeVisible();
  await officer.goBack();
  await officer.reload();
  await expect(officer.getByTestId("notification").filter({ hasText: code })).toHaveAttribute("data-read", "true");
  await expect(officer.getByTestId("notification").filter({ hasText: code })).toContainText("已读");
});
