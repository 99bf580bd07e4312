import { expect, test, type Page } from "@playwright/test";

// With scripts blocked (old phones, strict browsers) a 404 must still be the portal's own page.
test.use({ javaScriptEnabled: false });

const missing = [
  "/track/ZZZZ-ZZZZ?k=abc",
  "/officers/nobody",
  "/officers/he-wenchuan/nothing",
  "/services/nothing",
  "/communities/nowhere",
  "/apply/nothing",
  "/book/nothing",
  "/no/such/page",
];

async function expectPortal404(page: Page, path: string, text: { lang: string; site: string; title: string }) {
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(404);
  await expect(page.locator("html")).toHaveAttribute("lang", text.lang);
  await expect(page.getByRole("heading", { level: 1, name: text.title })).toBeVisible();
  await expect(page).toHaveTitle(new RegExp(text.title));
  const header = page.getByRole("banner");
  await expect(header.getByRole("link", { name: text.site })).toBeVisible();
  // The site's stylesheet is applied: the header has its dark blue.
  await expect(header).toHaveCSS("background-color", "rgb(30, 58, 138)");
}

test("without JavaScript every address that does not exist is the portal's 404 page: header, message, styles", async ({ page }) => {
  for (const path of missing) {
    await expectPortal404(page, path, { lang: "zh-CN", site: "社区警务门户", title: "页面不存在" });
  }
});

test("without JavaScript the 404 page is in English for an English reader", async ({ page }) => {
  await page.goto("/");
  await page.context().addCookies([{ name: "NEXT_LOCALE", value: "en", url: page.url() }]);
  for (const path of ["/officers/nobody", "/track/ZZZZ-ZZZZ?k=abc", "/no/such/page"]) {
    await expectPortal404(page, path, { lang: "en", site: "Community Police Portal", title: "Page not found" });
  }
});
