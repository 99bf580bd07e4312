import { expect, test, type Browser } from "@playwright/test";
import { readReceipt } from "./pages";

const PHONE = "13600003131";

/** Books the residence permit at the station hall (seeded: weekdays, three people per half hour) with this phone. */
async function book(browser: Browser, who: { name: string; time: number; javaScriptEnabled: boolean }) {
  const page = await (await browser.newContext({ javaScriptEnabled: who.javaScriptEnabled })).newPage();
  await page.goto("/book/residence-permit");
  await page.getByRole("radio").nth(who.time).check();
  await page.getByLabel("您的姓名").fill(who.name);
  await page.getByLabel(/手机号码/).fill(PHONE);
  await page.getByLabel("您所在的社区").selectOption({ label: "柳荫社区" });
  await page.getByRole("button", { name: "确认预约" }).click();
  return page;
}

test("someone typing another person's phone number is not told that person booked that day", async ({ browser }) => {
  await readReceipt(await book(browser, { name: "温女士", time: 0, javaScriptEnabled: false }));

  for (const javaScriptEnabled of [false, true]) {
    const stranger = await book(browser, { name: "陌生人", time: 1, javaScriptEnabled });
    const refusal = stranger.getByRole("main").getByRole("alert");
    await expect(refusal).toContainText("这个手机号码现在不能在线预约这一天的这项业务");
    await expect(refusal).not.toContainText("已经预约过这项业务");
    // Nor by the address the refusal is shown at (without JavaScript).
    expect(stranger.url()).not.toMatch(/already_booked|blocked/);
  }
});
