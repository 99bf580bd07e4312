import { expect, test, type Browser, type Page } from "@playwright/test";
import { fromAddress } from "./other-address";
import { leaveMessage } from "./pages";

// Someone who knows (or guesses) a reference code, from a machine of their own (other-address.ts): what they
// can lock, and what they cannot.
const opened: { close(): Promise<void> }[] = [];
test.afterEach(async () => {
  for (const thing of opened.splice(0).reverse()) await thing.close();
});

async function pageAt(browser: Browser, baseURL: string, address: string): Promise<Page> {
  const door = await fromAddress(address, baseURL);
  opened.push(door);
  const context = await browser.newContext({ baseURL: door.url });
  opened.push(context);
  return context.newPage();
}

async function lookUp(page: Page, code: string, last4: string) {
  await page.goto("/track");
  await page.getByLabel("查询码").fill(code);
  await page.getByLabel("手机号后四位").fill(last4);
  await page.getByRole("button", { name: "查询" }).click();
}

test("ten wrong phone endings lock the code's look-up, but the resident's private link still opens it", async ({ page, browser, baseURL }) => {
  const body = `楼道里的消防栓被杂物堵住了。${Date.now()}`;
  const { code, privateLink } = await leaveMessage(page, "ning-shuyuan", { body, phone: "13700004242" });

  const stranger = await pageAt(browser, baseURL!, "127.0.0.31");
  for (let i = 0; i < 10; i++) {
    await lookUp(stranger, code, String(1000 + i));
    await expect(stranger.getByRole("main").getByRole("alert")).toContainText("没有找到这条记录");
  }
  // Locked now, even for the right ending: the page says until when, and whom to call meanwhile.
  await lookUp(stranger, code, "4242");
  const locked = stranger.getByTestId("lookup-locked");
  await expect(locked).toContainText("尝试次数过多");
  await expect(locked.getByRole("link", { name: "0571-86120110" })).toHaveAttribute("href", "tel:057186120110");
  await expect(locked.getByRole("link", { name: /拨打 110/ })).toHaveAttribute("href", "tel:110");

  await page.goto(privateLink);
  await expect(page.getByText(body)).toBeVisible();
  await expect(page.getByText("尝试次数过多")).toHaveCount(0);
});

test("foreign secrets in a code's link lock nothing", async ({ page, browser, baseURL }) => {
  const body = `电动车在楼道里充电。${Date.now()}`;
  const { code, privateLink } = await leaveMessage(page, "ning-shuyuan", { body, phone: "13700005151" });
  const other = await leaveMessage(page, "ning-shuyuan", { body: "另一位居民的留言内容。" });
  const foreignSecret = new URL(other.privateLink, baseURL).searchParams.get("k")!;

  const stranger = await pageAt(browser, baseURL!, "127.0.0.32");
  for (let i = 0; i < 12; i++) {
    const response = await stranger.goto(`/track/${code}?k=${i % 2 ? foreignSecret : "A".repeat(43)}`);
    expect(response?.status()).toBe(404);
  }
  await page.goto(privateLink);
  await expect(page.getByText(body)).toBeVisible();
  await lookUp(stranger, code, "5151");
  await expect(stranger.getByText(body)).toBeVisible();
});

test("twenty failed look-ups lock that machine, however it rotates X-Forwarded-For, and only that machine", async ({ page, browser, baseURL }) => {
  const body = `小区后门的监控坏了。${Date.now()}`;
  const { code } = await leaveMessage(page, "li-jiaming", { body, phone: "13700006363" });

  const guesser = await pageAt(browser, baseURL!, "127.0.0.33");
  for (let i = 0; i < 20; i++) {
    await guesser.setExtraHTTPHeaders({ "X-Forwarded-For": `198.51.100.${i + 1}`, "X-Real-IP": `198.51.100.${i + 1}` });
    // A different made-up code each time: only the machine's own counter can add these up.
    await lookUp(guesser, `ZZZZ-ZZ${"23456789ABCDEFGHJKMNPQRSTVWXYZ"[i]}Z`, "0000");
    await expect(guesser.getByRole("main").getByRole("alert")).toContainText("没有找到这条记录");
  }
  await guesser.setExtraHTTPHeaders({ "X-Forwarded-For": "203.0.113.50" });
  await lookUp(guesser, code, "6363");
  await expect(guesser.getByTestId("lookup-locked")).toContainText("尝试次数过多");

  const neighbour = await pageAt(browser, baseURL!, "127.0.0.34");
  await lookUp(neighbour, code, "6363");
  await expect(neighbour.getByText(body)).toBeVisible();
});
