// Neighbours report the same broken road: the second one is told before
// sending, adds theirs to it, and sees the staff's one action on both.
import { test, expect, message, waitForApp } from "./fixtures";

const STAFF_PASSWORD = "gongdao-demo-2026";

test("a second report of the same problem joins the first, with and without JavaScript", async ({
  browser,
  baseURL,
  request,
}) => {
  const first = await request.post("/api/appeals", {
    data: {
      lang: "zh",
      category: "roads",
      village: "v-gaoshan",
      description: "去高山村小学的路塌了一段，孩子们绕着悬崖走。",
      idempotency_key: `same-${Date.now()}-first`,
    },
  });
  expect(first.status()).toBe(201);
  const firstReceipt = await first.json();

  // With the app running, at a phone's width: the notice comes as the
  // resident chooses the category and village.
  const context = await browser.newContext({ baseURL, viewport: { width: 360, height: 640 } });
  const page = await context.newPage();
  await page.goto("/zh/appeal");
  await waitForApp(page);
  const notice = page.locator("fieldset.same-problem");
  await page.getByRole("radio", { name: /道路桥梁/ }).check();
  await expect(notice).toHaveCount(0);
  await page.getByLabel(message("zh-CN", "appeal-place")).selectOption({ label: "高山村" });
  await expect(notice).toBeVisible();
  await expect(notice).toContainText("已有 1 件同类的反映正在办理");
  await expect(notice).not.toContainText("悬崖"); // no one's description
  // Another village: the notice goes.
  await page.getByLabel(message("zh-CN", "appeal-place")).selectOption({ label: "茶坪村" });
  await expect(notice).toHaveCount(0);
  await page.getByLabel(message("zh-CN", "appeal-place")).selectOption({ label: "高山村" });
  await expect(notice).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

  await page.getByRole("radio", { name: message("zh-CN", "appeal-same-join") }).check();
  await page.getByLabel(message("zh-CN", "appeal-description")).fill("高山村去学校的路塌了，我家孩子也每天走这里。");
  await page.getByRole("checkbox").check();
  await page.getByRole("button", { name: message("zh-CN", "appeal-submit") }).click();
  await expect(page.getByRole("heading", { name: message("zh-CN", "receipt-heading") })).toBeVisible();
  await expect(page.locator(".timeline")).toContainText("和它合在一起");
  const joinedUrl = page.url();
  const joinedNo = new URL(joinedUrl).pathname.split("/").pop()!;
  expect(joinedNo).not.toBe(firstReceipt.tracking_no);

  // Without JavaScript: the link the chat gives draws the notice on the
  // server; the third neighbour keeps theirs apart.
  const plain = await (await browser.newContext({ baseURL, javaScriptEnabled: false })).newPage();
  await plain.goto("/zh/appeal?village=v-gaoshan&category=roads");
  await expect(plain.locator("fieldset.same-problem")).toContainText("已有 2 件同类的反映正在办理");
  await plain.getByRole("radio", { name: message("zh-CN", "appeal-same-separate") }).check();
  await plain.getByLabel(message("zh-CN", "appeal-description")).fill("高山村的路灯也坏了好几盏，晚上看不见。");
  await plain.getByRole("checkbox").check();
  await plain.getByRole("button", { name: message("zh-CN", "appeal-submit") }).click();
  await expect(plain.getByRole("heading", { name: message("zh-CN", "receipt-heading") })).toBeVisible();
  await expect(plain.locator(".timeline")).not.toContainText("合在一起");

  // The county's staff resolve the first report once; the joined one shows it.
  const staff = await (await browser.newContext({ baseURL, viewport: { width: 360, height: 640 } })).newPage();
  await staff.goto("/staff");
  await staff.getByLabel(message("zh-CN", "staff-username")).fill("county");
  await staff.getByLabel(message("zh-CN", "staff-password")).fill(STAFF_PASSWORD);
  await staff.getByRole("button", { name: message("zh-CN", "staff-sign-in") }).click();
  await expect(staff.getByText("另有 1 件同一问题的反映并在这里，一起办理")).toBeVisible();
  await staff.getByRole("link", { name: firstReceipt.tracking_no }).first().click();
  await staff.getByLabel(message("zh-CN", "staff-reply")).fill("路已经修好，加了护栏。");
  await staff.getByRole("button", { name: message("zh-CN", "staff-resolve") }).click();
  await expect(staff.getByText(message("zh-CN", "staff-done"))).toBeVisible();

  await page.goto(joinedUrl);
  await expect(page.getByText("路已经修好，加了护栏。")).toBeVisible();
  await context.close();
});
