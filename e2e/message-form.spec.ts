import { expect, test } from "@playwright/test";

test.describe("with JavaScript off", () => {
  test.use({ javaScriptEnabled: false });

  test("the message form shows field errors, then sends and gives a reference code", async ({ page }) => {
    await page.goto("/officers/ning-shuyuan");
    await page.getByLabel(/手机号码/).fill("12345");
    await page.getByRole("button", { name: "提交留言" }).click();
    await expect(page.getByText("请填写留言内容。")).toBeVisible();
    await expect(page.getByText("请填写 11 位中国大陆手机号")).toBeVisible();

    await page.getByLabel("留言内容").fill("湖边步道晚上没有路灯，老人散步不安全。");
    await page.getByLabel(/手机号码/).fill("13700001111");
    await page.getByRole("button", { name: "提交留言" }).click();
    await expect(page.getByRole("heading", { name: "提交成功" })).toBeVisible();
    await expect(page.getByTestId("reference-code")).toHaveText(/^[2-9A-Z]{4}-[2-9A-Z]{4}$/);
  });
});

test("bad input gets a localized error and nothing is stored", async ({ page }) => {
  await page.goto("/officers/li-jiaming");
  await page.getByLabel("留言内容").fill("短");
  await page.getByRole("button", { name: "提交留言" }).click();
  await expect(page.getByText("留言内容至少 5 个字。")).toBeVisible();
  await expect(page.getByLabel("留言内容")).toHaveValue("短");
  // The browser stops typing at 2000 characters; a crafted request need not.
  await page.getByLabel("留言内容").evaluate((el) => el.removeAttribute("maxlength"));
  await page.getByLabel("留言内容").fill("很".repeat(2001));
  await page.getByRole("button", { name: "提交留言" }).click();
  await expect(page.getByText("留言内容不能超过 2000 个字")).toBeVisible();
});

test("unknown officers and communities get the Chinese 404 page", async ({ page }) => {
  for (const path of ["/officers/nobody-here", "/communities/nowhere", "/officers/%E2%9C%93"]) {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "页面不存在" })).toBeVisible();
  }
});

test("English is one tap away and stays chosen", async ({ page }) => {
  await page.goto("/officers/he-wenchuan");
  await page.getByRole("button", { name: "Switch to English" }).click();
  await expect(page.getByRole("button", { name: "Send message" })).toBeVisible();
  await page.goto("/");
  await expect(page.getByRole("link", { name: "Community Police Portal" })).toBeVisible();
  await page.getByRole("button", { name: "切换到中文" }).click();
  await expect(page.getByRole("link", { name: "社区警务门户" })).toBeVisible();
});
