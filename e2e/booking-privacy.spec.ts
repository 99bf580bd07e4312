import { expect, test, type Browser } from "@playwright/test";
import { readReceipt } from "./pages";

const PHONE = "13600003131";

/** The first day the station hall has residence-permit times on (seeded: weekdays, three people per half hour). */
async function firstDay(browser: Browser): Promise<string> {
  const page = await (await browser.newContext()).newPage();
  await page.goto("/book/residence-permit");
  const href = await page.locator('a[href^="/book/residence-permit/"]').first().getAttribute("href");
  return href!.replace(/#.*$/, "");
}

/** Books one of that day's times with this phone. */
async function book(browser: Browser, who: { day: string; name: string; time: number; javaScriptEnabled: boolean }) {
  const page = await (await browser.newContext({ javaScriptEnabled: who.javaScriptEnabled })).newPage();
  await page.goto(who.day);
  await page.getByRole("radio").and(page.locator(":not([disabled])")).nth(who.time).check();
  await page.getByLabel("您的姓名").fill(who.name);
  await page.getByLabel(/手机号码/).fill(PHONE);
  await page.getByLabel("您所在的社区").selectOption({ label: "柳荫社区" });
  await page.getByRole("button", { name: "确认预约" }).click();
  return page;
}

test("someone typing another person's phone number is not told that person booked that day", async ({ browser }) => {
  const day = await firstDay(browser);
  await readReceipt(await book(browser, { day, name: "温女士", time: 0, javaScriptEnabled: false }));

  for (const javaScriptEnabled of [false, true]) {
    const stranger = await book(browser, { day, name: "陌生人", time: 1, javaScriptEnabled });
    const refusal = stranger.getByRole("main").getByRole("alert");
    await expect(refusal).toContainText("这个手机号码现在不能在线预约这一天的这项业务");
    await expect(refusal).not.toContainText("已经预约过这项业务");
    // Nor by the address the refusal is shown at (without JavaScript).
    expect(stranger.url()).not.toMatch(/already_booked|blocked/);
  }
});
