import { expect, test, type Browser, type BrowserContext, type Cookie, type Page } from "@playwright/test";
import { fromAddress } from "./other-address";
import { signIn } from "./pages";

// Lock-outs are per address: each test that provokes one comes from an address of its own (other-address.ts).
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

/** Someone else's browser holding a copy of these cookies. */
async function withCopiedCookies(browser: Browser, baseURL: string, cookies: Cookie[]): Promise<BrowserContext> {
  const context = await browser.newContext({ baseURL });
  opened.push(context);
  await context.addCookies(cookies);
  return context;
}

test("ten wrong passwords pause the account, even for the right password from another address", async ({ browser, baseURL }) => {
  const page = await pageAt(browser, baseURL!, "127.0.0.21");
  for (let i = 1; i <= 9; i++) {
    await signIn(page, "aux.nanqiao", `wrong-${i}`);
    await expect(page.getByRole("main").getByRole("alert")).toHaveText("账号或密码不正确。");
  }
  await signIn(page, "aux.nanqiao", "wrong-10");
  await expect(page.getByRole("main").getByRole("alert")).toContainText("登录失败次数过多");

  const elsewhere = await pageAt(browser, baseURL!, "127.0.0.22");
  await signIn(elsewhere, "aux.nanqiao");
  await expect(elsewhere.getByRole("main").getByRole("alert")).toContainText("登录失败次数过多");
});

test("ten failures from one address pause it for every account, however it rotates X-Forwarded-For", async ({ browser, baseURL }) => {
  const page = await pageAt(browser, baseURL!, "127.0.0.23");
  for (let i = 1; i <= 10; i++) {
    await page.setExtraHTTPHeaders({ "X-Forwarded-For": `198.51.100.${i}`, "X-Real-IP": `198.51.100.${i}` });
    await signIn(page, `nobody-${i}`, "guess");
  }
  await expect(page.getByRole("main").getByRole("alert")).toContainText("登录失败次数过多");
  await page.setExtraHTTPHeaders({ "X-Forwarded-For": "203.0.113.99" });
  await signIn(page, "aux.liuyin");
  await expect(page.getByRole("main").getByRole("alert")).toContainText("登录失败次数过多");

  // Another machine is not held up.
  const neighbour = await pageAt(browser, baseURL!, "127.0.0.24");
  await signIn(neighbour, "aux.liuyin");
  await expect(neighbour.getByRole("heading", { name: /待办/ })).toBeVisible();
});

test("an unknown login and a wrong password get the same answer", async ({ page }) => {
  await signIn(page, "no-such-user", "whatever");
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("账号或密码不正确。");
  await signIn(page, "officer.wanghu", "not-the-password");
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("账号或密码不正确。");
});

test("the dashboard sends a signed-out visitor to sign in, and sign-out ends the session", async ({ page }) => {
  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/login$/);
  await signIn(page, "chief");
  await expect(page.getByRole("heading", { name: "全所待办" })).toBeVisible();
  await page.getByRole("button", { name: "退出登录" }).click();
  await expect(page).toHaveURL(/\/login$/);
  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/login$/);
});

test("a session cookie copied before the 退出 button opens nothing afterwards", async ({ page, browser, baseURL }) => {
  await signIn(page, "officer.wanghu");
  await expect(page.getByRole("heading", { name: /待办/ })).toBeVisible();
  const copy = await withCopiedCookies(browser, baseURL!, await page.context().cookies());
  const thief = await copy.newPage();
  await thief.goto("/dashboard");
  await expect(thief.getByRole("heading", { name: /待办/ })).toBeVisible();

  await page.getByRole("button", { name: "退出登录" }).click();
  await expect(page).toHaveURL(/\/login$/);
  await thief.goto("/dashboard");
  await expect(thief).toHaveURL(/\/login$/);
});

test("a session cookie copied before POST /api/auth/signout opens nothing afterwards", async ({ page, browser, baseURL }) => {
  await signIn(page, "aux.wanghu");
  await expect(page.getByRole("heading", { name: /待办/ })).toBeVisible();
  const cookies = await page.context().cookies();

  const { csrfToken } = (await (await page.request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const signedOut = await page.request.post("/api/auth/signout", { form: { csrfToken }, maxRedirects: 0 });
  expect(signedOut.status()).toBeLessThan(400);

  const thief = await (await withCopiedCookies(browser, baseURL!, cookies)).newPage();
  await thief.goto("/dashboard");
  await expect(thief).toHaveURL(/\/login$/);
});
