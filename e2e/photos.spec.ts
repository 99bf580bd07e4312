import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type Browser, type Locator, type Page } from "@playwright/test";
import sharp from "sharp";
import { leaveMessage, signIn } from "./pages";

const fixtures = path.join("test-results", "photo-fixtures");
const file = (name: string) => path.join(fixtures, name);

// Made at the start: two phone photos (one with a GPS position), one over 8 MB, and an SVG named .jpg.
test.beforeAll(async () => {
  mkdirSync(fixtures, { recursive: true });
  const photo = (background: string) => sharp({ create: { width: 1600, height: 1200, channels: 3, background } });
  await photo("#3a6ea5")
    .jpeg()
    .withExif({ IFD0: { Make: "E2ECam" }, IFD3: { GPSLatitudeRef: "N", GPSLatitude: "31/1 14/1 2/1" } })
    .toFile(file("doorway.jpg"));
  await photo("#a53a3a").png().toFile(file("stairwell.png"));
  const small = await photo("#3aa55a").jpeg().toBuffer();
  const nineMb = Buffer.alloc(9 * 1024 * 1024);
  small.copy(nineMb);
  writeFileSync(file("huge.jpg"), nineMb);
  writeFileSync(file("drawing.jpg"), '<svg xmlns="http://www.w3.org/2000/svg" width="50" height="50"><circle r="20"/></svg>');
});

/** The resident's photo form on the tracking page. */
async function addPhotos(page: Page, names: string[]) {
  await expect(page.getByRole("heading", { name: "添加照片（最多 3 张）" })).toBeVisible();
  await page.getByLabel("选择照片").setInputFiles(names.map(file));
  await page.getByRole("button", { name: "上传照片" }).click();
}

const alert = (page: Page, text: string) => page.getByRole("main").getByRole("alert").filter({ hasText: text });

/** The image was served and decoded (not a broken-image icon). */
async function expectLoaded(image: Locator) {
  await expect(image).toBeVisible();
  await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
}

async function staffPage(browser: Browser, login: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, login);
  await expect(page.getByRole("navigation", { name: "工作台导航" })).toBeVisible();
  return page;
}

test("a resident adds two photos after sending a message; the officer sees them and downloads one, others get 404", async ({
  page,
  browser,
  request,
}) => {
  const { code } = await leaveMessage(page, "he-wenchuan", { body: "楼道里堆满了杂物，已经堵住了消防通道。" });
  await addPhotos(page, ["doorway.jpg", "stairwell.png"]);
  await expect(alert(page, "照片已添加，民警可以看到。")).toBeVisible();
  await expectLoaded(page.getByRole("img", { name: "照片 1" }));
  await expectLoaded(page.getByRole("img", { name: "照片 2" }));
  await expect(page.getByText("还可以添加 1 张。")).toBeVisible();

  const officer = await staffPage(browser, "officer.liuyin");
  await officer.getByRole("link", { name: new RegExp(code) }).click();
  const photos = officer.getByRole("region", { name: "居民上传的照片" });
  await expectLoaded(photos.getByRole("img", { name: "照片 1" }));
  await expectLoaded(photos.getByRole("img", { name: "照片 2" }));
  await expect(officer.getByText("打开照片会记入审计日志。")).toBeVisible();

  const href = (await photos.getByRole("link").first().getAttribute("href"))!;
  const download = await officer.request.get(href);
  expect(download.status()).toBe(200);
  expect(download.headers()).toMatchObject({
    "content-type": "image/jpeg",
    "cache-control": "private, no-store",
    "x-content-type-options": "nosniff",
  });
  expect(download.headers()["content-disposition"]).toMatch(/^inline/);
  const downloaded = await sharp(await download.body()).metadata();
  expect(downloaded).toMatchObject({ format: "jpeg", width: 1600, height: 1200 });
  expect(downloaded.exif).toBeUndefined();

  // An auxiliary of another community, and nobody signed in, get what a missing photo gets.
  const outsider = await staffPage(browser, "aux.fenglin");
  expect((await outsider.request.get(href)).status()).toBe(404);
  expect((await outsider.request.get(`${href}?size=thumb`)).status()).toBe(404);
  expect((await request.get(href)).status()).toBe(404);
  expect((await outsider.request.get(href.replace(/[0-9a-f]{12}$/, "000000000000"))).status()).toBe(404);
});

test("a photo over 8 MB, or an SVG named .jpg, is refused with a message in the resident's language", async ({ page }) => {
  await leaveMessage(page, "tu-zhiheng", { body: "小区东门的监控摄像头被人转向了墙。" });
  await addPhotos(page, ["huge.jpg"]);
  await expect(alert(page, "照片太大：每张不能超过 8 MB。")).toBeVisible();
  await addPhotos(page, ["drawing.jpg"]);
  await expect(alert(page, "只能上传 JPEG、PNG 或 WebP 格式的照片。")).toBeVisible();
  await expect(page.getByRole("img", { name: "照片 1" })).toHaveCount(0);

  // The same refusal in English for a resident who chose English.
  await page.context().addCookies([{ name: "NEXT_LOCALE", value: "en", url: page.url() }]);
  await page.reload();
  await expect(alert(page, "Only JPEG, PNG or WebP photos can be uploaded.")).toBeVisible();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a resident adds a photo and sees it, and three is the limit", async ({ page }) => {
    await leaveMessage(page, "ning-shuyuan", { body: "车棚的灯坏了，晚上有人偷电瓶。" });
    await addPhotos(page, ["doorway.jpg", "stairwell.png"]);
    await expect(alert(page, "照片已添加，民警可以看到。")).toBeVisible();
    await expect(page.getByRole("img", { name: "照片 2" })).toBeVisible();
    const src = (await page.getByRole("img", { name: "照片 1" }).getAttribute("src"))!;
    const thumbnail = await page.request.get(src);
    expect(thumbnail.status()).toBe(200);
    expect(thumbnail.headers()["content-type"]).toBe("image/jpeg");

    await addPhotos(page, ["doorway.jpg", "stairwell.png"]);
    await expect(alert(page, "每件事项最多只能添加 3 张照片。")).toBeVisible();
    await addPhotos(page, ["stairwell.png"]);
    await expect(alert(page, "照片已添加，民警可以看到。")).toBeVisible();
    await expect(page.getByRole("img", { name: "照片 3" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "添加照片（最多 3 张）" })).toHaveCount(0);
  });
});
