import { expect, test, type Locator } from "@playwright/test";

test.use({ viewport: { width: 390, height: 844 } });

/** How many lines a control's text takes on screen. */
function linesOf(control: Locator): Promise<number> {
  return control.evaluate((element) => {
    const range = document.createRange();
    range.selectNodeContents(element);
    return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
  });
}

test("on a 390 px phone no word of the header breaks across lines, in Chinese and in English", async ({ page }) => {
  for (const locale of ["zh-CN", "en"]) {
    await page.context().addCookies([{ name: "NEXT_LOCALE", value: locale, url: "http://127.0.0.1" }]);
    await page.goto("/officers/he-wenchuan");
    const header = page.getByRole("banner");
    const brand = header.getByRole("link").first();
    const words = (await brand.textContent())!.split(" ");
    // The brand may wrap only between words (“Community Police / Portal”), never inside one (社区警务门/户).
    expect(await linesOf(brand), `${locale} brand`).toBeLessThanOrEqual(words.length);
    for (const control of await header.getByRole("navigation").locator("a, button").all()) {
      expect(await linesOf(control), `${locale} ${await control.textContent()}`).toBe(1);
    }
  }
});

test("the tracking look-up's last-four field is as narrow as four digits, not the full width", async ({ page }) => {
  await page.goto("/track");
  const code = (await page.getByLabel("查询码").boundingBox())!;
  const lastFour = (await page.getByLabel("手机号后四位").boundingBox())!;
  expect(lastFour.width).toBeLessThan(code.width / 2);
});

test("pages preload only the photo they show at the top, not every officer's", async ({ request }) => {
  const preloadedImages = async (path: string) =>
    [...(await (await request.get(path)).text()).matchAll(/<link rel="preload"[^>]*as="image"[^>]*>/g)].map((m) => m[0]);
  expect(await preloadedImages("/")).toEqual([]);
  expect(await preloadedImages("/communities/liuyin")).toEqual([]);
  const officer = await preloadedImages("/officers/he-wenchuan");
  expect(officer).toHaveLength(1);
  expect(officer[0]).toContain("he-wenchuan");
});
