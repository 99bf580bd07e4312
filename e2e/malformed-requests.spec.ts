import { expect, test } from "@playwright/test";
import { formParts, postForm, withFields, type Part } from "./crafted-requests";
import { signIn } from "./pages";

// Requests no browser sends but anyone can: each gets the portal's own answer, never Next's bare 500.

test("an address that is not valid percent-encoding is answered by the portal, not with a bare 500", async ({ request, page }) => {
  for (const path of ["/officers/%ff", "/track/%ff", "/dashboard/requests/%ff", "/services/%E4", "/officers/he-wenchuan/%C0%AF", "/%ff", "/api/officers/%ff/qr"]) {
    // The same address with the stray "%" escaped, which the page then answers as what it is.
    const first = await request.get(path, { maxRedirects: 0 });
    expect(first.status(), path).toBe(308);
    expect(first.headers()["location"], path).toBe(path.replaceAll("%", "%25"));
    expect((await request.get(path)).status(), path).toBeLessThan(500);
  }
  for (const path of ["/officers/%ff", "/services/%E4", "/%ff"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { name: "页面不存在" })).toBeVisible();
  }
  await page.context().addCookies([{ name: "NEXT_LOCALE", value: "en", url: page.url() }]);
  expect((await page.goto("/officers/%ff"))?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  await page.context().clearCookies();
  expect((await request.get("/api/officers/%ff/qr")).status()).toBe(404);
  expect((await request.post("/officers/%ff", { form: { body: "x" } })).status()).toBe(400);

  // A tracking address without its secret asks for the phone ending, whatever the code.
  await page.goto("/track/%ff");
  await expect(page.getByLabel("手机号后四位")).toBeVisible();
  await signIn(page, "officer.liuyin");
  await expect(page.getByRole("heading", { name: /待办/ })).toBeVisible();
  const staffPage = await page.goto("/dashboard/requests/%ff");
  expect(staffPage?.status()).toBe(404);
});

test("the chief's queue filtered by a community id that is not one shows the whole queue", async ({ page }) => {
  await signIn(page, "chief");
  await expect(page.getByRole("heading", { name: "全所待办" })).toBeVisible();
  for (const query of ["community=1.5", "community=99999999999", "community=-3", "community=1&community=2", "page=99999999999", "page=1.5&view=x"]) {
    const response = await page.goto(`/dashboard?${query}`);
    expect(response?.status(), query).toBe(200);
    await expect(page.getByRole("heading", { name: "全所待办" })).toBeVisible();
  }
});

test("a server-action post whose fields are not what React writes gets the form back, not a 500", async ({ page, request, baseURL }) => {
  await page.goto("/track");
  const real = await formParts(page, "查询");
  const field = (suffix: string) => real.find(([name]) => new RegExp(`^\\$ACTION_\\d+:${suffix}$`).test(name))![0];
  const crafted: Record<string, string>[] = [
    { [field("1")]: "garbage" },
    { [field("1")]: "" },
    { [field("0")]: "{not json" },
    { [field("0")]: JSON.stringify({ id: "x" }) },
  ];
  for (const change of crafted) {
    const response = await postForm(request, "/track", baseURL!, withFields(real, change));
    expect(response.status(), JSON.stringify(change)).toBe(303);
    expect(response.headers()["location"]).toMatch(/\/track$/);
  }
  // Valid JSON, but not the arguments React passes: the form says so, in the resident's language.
  for (const args of ["[1, 2]", "[]", '["x", "y", "z"]']) {
    const parts: Part[] = withFields(real, { [field("1")]: args });
    const response = await postForm(request, "/track", baseURL!, parts);
    expect(response.status(), args).toBe(200);
    expect(await response.text()).toContain("表单内容无法识别");
  }

  // The same action called as JavaScript calls it, with arguments no React client writes.
  const actionId = (JSON.parse(real.find(([name]) => name === field("0"))![1] as string) as { id: string }).id;
  for (const data of ["garbage", '["$Q1"]', '["$@1"]']) {
    const response = await request.post("/track", {
      headers: { "Next-Action": actionId, "Content-Type": "text/plain;charset=UTF-8", Origin: baseURL! },
      data,
    });
    expect(response.status(), data).toBe(400);
  }
});
