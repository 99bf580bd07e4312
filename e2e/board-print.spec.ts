import { expect, test, type Locator } from "@playwright/test";
import { signIn } from "./pages";

test.use({ viewport: { width: 1280, height: 900 }, isMobile: false, hasTouch: false });

const languages = [
  { locale: "zh-CN", board: "警民联系牌 LY-01", emergency: "紧急情况请拨打 110", services: "扫码在线办事" },
  { locale: "en", board: "Police–resident contact board LY-01", emergency: "Emergencies: call 110", services: "Scan to use a service online" },
] as const;

async function box(locator: Locator) {
  const found = await locator.boundingBox();
  expect(found).not.toBeNull();
  return found!;
}

test("a printed board keeps its last row of services and the footer with 110 on its one sheet, A4 and A3, in both languages", async ({ page }) => {
  await signIn(page, "officer.liuyin");
  await page.waitForURL(/\/dashboard/);
  for (const language of languages) {
    await page.context().addCookies([{ name: "NEXT_LOCALE", value: language.locale, url: page.url() }]);
    for (const size of ["a4", "a3"]) {
      await page.emulateMedia({ media: "screen" });
      await page.goto(`/dashboard/board/he-wenchuan/LY-01${size === "a3" ? "?size=a3" : ""}`);
      await page.emulateMedia({ media: "print" });
      const sheet = page.getByRole("region", { name: language.board });
      const footer = sheet.getByText(language.emergency);
      const services = sheet.getByRole("list", { name: language.services }).getByRole("listitem");
      const label = `${language.locale} ${size}`;
      // The board clips what does not fit its sheet: everything must lie inside it.
      const board = await box(sheet);
      const foot = await box(footer);
      const lastService = await box(services.last());
      expect(foot.y + foot.height, `${label}: footer inside the board`).toBeLessThanOrEqual(board.y + board.height);
      expect(lastService.y + lastService.height, `${label}: last service above the footer`).toBeLessThanOrEqual(foot.y);
      const pdf = (await page.pdf({ preferCSSPageSize: true })).toString("latin1");
      expect(pdf.match(/\/Type\s*\/Page(?![a-zA-Z])/g), `${label}: one sheet`).toHaveLength(1);
    }
  }
});
