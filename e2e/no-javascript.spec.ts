import { expect, test } from "@playwright/test";
import { leaveMessage, signIn } from "./pages";

// Residents on old phones or with scripts blocked: every form still works, errors included.
test.use({ javaScriptEnabled: false });

test("without JavaScript a resident adds information on the tracking page, and sees errors", async ({ page }) => {
  const { privateLink } = await leaveMessage(page, "he-wenchuan", { body: "单元门的门禁坏了，陌生人随便进出。" });
  await page.goto(privateLink);
  await page.getByRole("button", { name: "提交补充" }).click();
  await expect(page.getByText("请填写留言内容。")).toBeVisible();
  await page.getByLabel("补充情况").fill("是 3 号楼 2 单元。");
  await page.getByRole("button", { name: "提交补充" }).click();
  await expect(page.getByText("补充内容已送达民警。")).toBeVisible();
  await expect(page.getByText("是 3 号楼 2 单元。")).toBeVisible();
});

test("without JavaScript an officer signs in, sees errors, and answers", async ({ page }) => {
  const resident = page;
  const { code } = await leaveMessage(resident, "tu-zhiheng", { body: "快递柜附近晚上有人徘徊。" });
  await signIn(page, "officer.fenglin", "wrong");
  await expect(page.getByText("账号或密码不正确。")).toBeVisible();
  await signIn(page, "officer.fenglin");
  await page.getByRole("link", { name: new RegExp(code) }).click();
  await page.getByRole("button", { name: "发送答复" }).click();
  await expect(page.getByText("请填写内容。")).toBeVisible();
  await page.getByLabel("答复居民").fill("今晚巡逻会重点看一下。");
  await page.getByRole("button", { name: "发送答复" }).click();
  await expect(page.getByText("答复已发送，居民可以看到。")).toBeVisible();
});
