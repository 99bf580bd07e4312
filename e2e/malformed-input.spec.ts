import { expect, test } from "@playwright/test";
import { formParts, postForm, withFields, type Part } from "./crafted-requests";

// What a broken client, a fuzzer or an attacker may send. Each must get a localized field error, store
// nothing (no redirect to a tracking page) and never a 500.
test.use({ javaScriptEnabled: false });

const brokenUtf8 = Buffer.from([0xe6, 0x9c, 0x89, 0xff, 0xfe, 0x20, 0xe4, 0xba]);

const forms = [
  { path: "/officers/he-wenchuan/message", submit: "提交留言", valid: { body: "楼道灯坏了，晚上很黑。" } },
  { path: "/officers/he-wenchuan/tip", submit: "提交线索", valid: { category: "fraud", where: "柳荫街菜场", body: "有人冒充客服骗钱。" } },
  { path: "/officers/he-wenchuan/help", submit: "请求帮助", valid: { location: "柳荫小区3幢", body: "老人摔倒需要帮忙。" } },
  { path: "/officers/he-wenchuan/consultation", submit: "提交咨询", valid: { topic: "traffic", body: "电动车上牌去哪里？" } },
  { path: "/officers/he-wenchuan/advice", submit: "提交请求", valid: { topic: "home", body: "一楼窗户怎么防盗？" } },
] as const;

const cases: { name: string; change: Record<string, string | Buffer | null>; expect: RegExp; asFile?: string[] }[] = [
  { name: "empty", change: { body: "", name: "", phone: "" }, expect: /请填写|请选择/ },
  { name: "missing fields", change: { body: null, phone: null, name: null }, expect: /请填写留言内容/ },
  { name: "overlong", change: { body: "长".repeat(2001) }, expect: /不能超过 2000 个字/ },
  { name: "script in the phone", change: { phone: "<script>alert(1)</script>" }, expect: /11 位中国大陆手机号/ },
  { name: "SQL meta in the phone", change: { phone: "1' OR '1'='1" }, expect: /11 位中国大陆手机号/ },
  { name: "emoji in the phone", change: { phone: "138📞0013800" }, expect: /11 位中国大陆手机号/ },
  { name: "broken UTF-8", change: { body: brokenUtf8 }, expect: /无法识别的字符/ },
  { name: "control characters", change: { name: "张\u0000三" }, expect: /无法识别的字符/ },
  { name: "a file where text belongs", change: { body: "楼道灯坏了，晚上很黑。" }, asFile: ["body"], expect: /请填写留言内容/ },
  { name: "an overlong name", change: { name: "名".repeat(41) }, expect: /姓名不能超过 40 个字/ },
  { name: "an extra field", change: { status: "resolved", communityId: "1" }, expect: /表单中有多余的内容/ },
  { name: "an unknown kind", change: { kind: "delete" }, expect: /请按提示修改后再提交/ },
  { name: "an unknown officer", change: { officer: "../../etc/passwd" }, expect: /没有找到这位民警/ },
];

for (const form of forms) {
  test(`${form.path} answers every malformed submission with an error and stores nothing`, async ({ page, request, baseURL }) => {
    await page.goto(form.path);
    const real = withFields(await formParts(page, form.submit), form.valid);
    for (const c of cases) {
      const parts: Part[] = withFields(real, c.change);
      const response = await postForm(request, form.path, baseURL!, parts, c.asFile);
      expect(response.status(), c.name).toBe(200);
      const html = await response.text();
      // Booleans, not the page: a failure should name the case, not print 40 KB of HTML.
      expect(c.expect.test(html), `${c.name}: the error is shown`).toBe(true);
      expect(html.includes('data-testid="reference-code"'), `${c.name}: nothing was stored`).toBe(false);
    }
    // Choices outside the list: SQL meta or script in a select is just a wrong choice.
    if ("category" in form.valid || "topic" in form.valid) {
      const field = "category" in form.valid ? "category" : "topic";
      for (const value of ["' OR 1=1 --", "<img src=x onerror=alert(1)>", "其他"]) {
        const response = await postForm(request, form.path, baseURL!, withFields(real, { [field]: value }));
        expect((await response.text()).includes("请选择一项。"), value).toBe(true);
      }
    }
    // And the untouched form does go through: the errors above were the input's, not the test's.
    const accepted = await postForm(request, form.path, baseURL!, real);
    expect(accepted.status()).toBe(303);
    expect(accepted.headers()["location"]).toMatch(/\/track\/[2-9A-Z]{4}-[2-9A-Z]{4}\?k=/);
  });
}

test("HTML and SQL in free text are stored as text and shown escaped", async ({ page }) => {
  await page.goto("/officers/tu-zhiheng/message");
  const body = `<script>document.title='hacked'</script>'; drop table requests; -- 谢谢👮 ${Date.now()}`;
  await page.getByLabel("留言内容").fill(body);
  await page.getByRole("button", { name: "提交留言" }).click();
  await expect(page.getByText(body)).toBeVisible();
  expect(await page.title()).not.toBe("hacked");
});

test("twenty identical submits from one client at once create one request", async ({ page, request, baseURL }) => {
  await page.goto("/officers/li-jiaming/message");
  // No browser key (as with JavaScript off): the server recognises the same content from the same client.
  const parts = withFields(await formParts(page, "提交留言"), { body: `南桥菜场门口积水严重。${Date.now()}`, submissionKey: "" });
  const responses = await Promise.all(Array.from({ length: 20 }, () => postForm(request, "/officers/li-jiaming/message", baseURL!, parts)));
  const locations = new Set(responses.map((r) => `${r.status()} ${r.headers()["location"]}`));
  expect(locations.size).toBe(1);
  expect([...locations][0]).toMatch(/^303 \/track\/[2-9A-Z]{4}-[2-9A-Z]{4}\?k=/);
});

test("the tracking look-up and the sign-in form refuse malformed input without a 500", async ({ page, request, baseURL }) => {
  await page.goto("/track");
  const track = await formParts(page, "查询");
  const trackChanges: Record<string, string | Buffer | null>[] = [
    { code: brokenUtf8 },
    { code: "' OR 1=1 --", phoneLast4: "12ab" },
    { code: "x".repeat(5000) },
    { phoneLast4: null },
  ];
  for (const change of trackChanges) {
    const response = await postForm(request, "/track", baseURL!, withFields(track, change));
    expect(response.status()).toBe(200);
    expect(/无法识别的字符|查询码格式不正确|请填写 4 位数字|没有找到这条记录/.test(await response.text())).toBe(true);
  }
  await page.goto("/login");
  const login = await formParts(page, "登录");
  const loginChanges: Record<string, string | Buffer | null>[] = [
    { login: brokenUtf8, password: "x" },
    { login: "admin' --", password: "' OR '1'='1" },
    { password: "p".repeat(300), login: "chief" },
  ];
  for (const change of loginChanges) {
    const response = await postForm(request, "/login", baseURL!, withFields(login, change));
    expect(response.status()).toBe(200);
    expect(/无法识别的字符|账号或密码不正确|密码格式不正确/.test(await response.text())).toBe(true);
  }
});
