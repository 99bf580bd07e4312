import { expect, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "Demo#2026";

/** A resident on an officer's page leaves a message and lands on its tracking page. */
export async function leaveMessage(page: Page, officerSlug: string, message: { body: string; phone?: string; name?: string }) {
  await page.goto(`/officers/${officerSlug}`);
  await page.getByLabel("留言内容").fill(message.body);
  if (message.name) await page.getByLabel(/您的姓名/).fill(message.name);
  if (message.phone) await page.getByLabel(/手机号码/).fill(message.phone);
  await page.getByRole("button", { name: "提交留言" }).click();
  return readReceipt(page);
}

/** After any resident form: the tracking page with its reference code and private link. */
export async function readReceipt(page: Page) {
  await expect(page.getByRole("heading", { name: "提交成功" })).toBeVisible();
  const code = (await page.getByTestId("reference-code").textContent())!.trim();
  const privateLink = (await page.getByTestId("private-link").getAttribute("href"))!;
  return { code, privateLink };
}

/**
 * Staff sign in on the sign-in page. Officers and auxiliaries land on their day (我的今天); the journeys that
 * work the queue start from it, so `opens` takes them there (null: stay where signing in led).
 */
export async function signIn(page: Page, login: string, password = DEMO_PASSWORD, opens: string | null = "/dashboard") {
  await page.goto("/login");
  await page.getByLabel("账号").fill(login);
  await page.getByLabel("密码").fill(password);
  await page.getByRole("button", { name: "登录" }).click();
  // Either the dashboard opens or the form answers with an error.
  await Promise.race([page.waitForURL((url) => url.pathname.startsWith("/dashboard")), page.getByRole("main").getByRole("alert").first().waitFor()]);
  if (opens && new URL(page.url()).pathname.startsWith("/dashboard") && new URL(page.url()).pathname !== opens) await page.goto(opens);
}
