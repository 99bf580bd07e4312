import { expect, test } from "@playwright/test";
import { signIn } from "./pages";

test("ten wrong passwords pause the account, even for the right password", async ({ browser }) => {
  const page = await (await browser.newContext({ extraHTTPHeaders: { "X-Forwarded-For": "203.0.113.10" } })).newPage();
  for (let i = 1; i <= 9; i++) {
    await signIn(page, "aux.nanqiao", `wrong-${i}`);
    await expect(page.getByRole("main").getByRole("alert")).toHaveText("账号或密码不正确。");
  }
  await signIn(page, "aux.nanqiao", "wrong-10");
  await expect(page.getByRole("main").getByRole("alert")).toContainText("登录失败次数过多");

  // Another client, right password: the account itself is paused.
  const elsewhere = await (await browser.newContext({ extraHTTPHeaders: { "X-Forwarded-For": "203.0.113.11" } })).newPage();
  await signIn(elsewhere, "aux.nanqiao");
  await expect(elsewhere.getByRole("main").getByRole("alert")).toContainText("登录失败次数过多");
});

test("ten failures from one client pause that client for every account", async ({ browser }) => {
  const page = await (await browser.newContext({ extraHTTPHeaders: { "X-Forwarded-For": "203.0.113.20" } })).newPage();
  for (let i = 1; i <= 10; i++) await signIn(page, `nobody-${i}`, "guess");
  await expect(page.getByRole("main").getByRole("alert")).toContainText("登录失败次数过多");
  await signIn(page, "aux.liuyin");
  await expect(page.getByRole("main").getByRole("alert")).toContainText("登录失败次数过多");
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
