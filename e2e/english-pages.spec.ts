import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./pages";

async function readInEnglish(page: Page) {
  await page.goto("/");
  await page.context().addCookies([{ name: "NEXT_LOCALE", value: "en", url: page.url() }]);
}

test("English pages label their facts with ASCII colons, never the Chinese full-width one", async ({ page }) => {
  await readInEnglish(page);
  await page.goto("/");
  await expect(page.getByText(/^Address: \S/)).toBeVisible();
  await page.goto("/officers/he-wenchuan");
  await expect(page.getByText(/^Badge no\.: \d+$/)).toBeVisible();
  await expect(page.getByText(/^Community: \S/)).toBeVisible();
  await page.goto("/communities/liuyin");
  await expect(page.getByText(/^Office hours: \S/)).toBeVisible();

  await page.goto("/officers/he-wenchuan");
  await page.getByLabel("Your message").fill("The street light at the gate has been out for a week.");
  await page.getByRole("button", { name: "Send message" }).click();
  await expect(page.getByTestId("reference-code")).toBeVisible();
  await expect(page.getByText("Status: Submitted", { exact: true })).toBeVisible();
  await expect(page.getByRole("main")).not.toContainText("：");
});

test("English booking, application, tracking and dashboard pages have their own titles", async ({ page }) => {
  await signIn(page, "officer.liuyin");
  await page.waitForURL(/\/dashboard/);
  await readInEnglish(page);
  await page.goto("/apply/residence-permit");
  await expect(page).toHaveTitle("Apply online: Residence permit (居住证) · Community Police Portal");
  await page.goto("/book/residence-permit");
  await expect(page).toHaveTitle("Book an appointment: Residence permit (居住证) · Community Police Portal");
  await page.goto("/track/ABCD-EFGH");
  await expect(page).toHaveTitle("Request · Community Police Portal");
  await page.goto("/officers/nobody");
  await expect(page).toHaveTitle("Page not found · Community Police Portal");
  await page.goto("/dashboard");
  await expect(page).toHaveTitle("Dashboard · Community Police Portal");
});
