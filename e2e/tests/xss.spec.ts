// Stored script injection: text a resident types is shown as text, never
// run as HTML, wherever it is shown again: the tracking page, the staff
// console and the chat. The payload would set a flag and open a dialog if
// any of it ran; the tests check the flag, the dialog and that no element
// was made from it (the CSP would also report a blocked inline script as a
// console error, which fails the test through the fixture).
import { test, expect, message, waitForApp } from "./fixtures";
import { Page } from "@playwright/test";

const STAFF_PASSWORD = "gongdao-demo-2026"; // demo data, see README
const PAYLOAD = `<img src=x onerror="window.__xss=1;alert(1)"><script>window.__xss=2;alert(2)</script>水井坏了`;
const COMMENT = `<svg onload="window.__xss=3;alert(3)"></svg><b>补充</b>：三组也没水`;

/** Fails the test if any dialog opens on the page. */
function watchDialogs(page: Page): string[] {
  const dialogs: string[] = [];
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  return dialogs;
}

async function nothingRan(page: Page, dialogs: string[]) {
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  await expect(page.locator("img[src='x'], svg[onload], b:text('补充')")).toHaveCount(0);
  expect(dialogs).toEqual([]);
}

test("a description and a comment holding HTML show as text to the resident and to staff", async ({
  page,
  request,
  browser,
  baseURL,
}) => {
  const created = await request.post("/api/appeals", {
    data: {
      lang: "zh",
      category: "other",
      village: "v-hegu",
      description: PAYLOAD,
      phone: "138 1234 5678",
      idempotency_key: `xss-${Date.now()}-0000`,
    },
  });
  expect(created.status()).toBe(201);
  const receipt = await created.json();
  const info = await request.post(`/api/appeals/${receipt.tracking_no}/info`, {
    data: { code: receipt.access_code, text: COMMENT, lang: "zh" },
  });
  expect(info.status()).toBe(200);

  // The resident's tracking page, first as the server sends it, then with the app running.
  const dialogs = watchDialogs(page);
  const status = new URL(receipt.status_url);
  await page.goto(status.pathname + status.search);
  await waitForApp(page);
  await expect(page.getByText(PAYLOAD)).toBeVisible();
  await expect(page.getByText(COMMENT)).toBeVisible();
  await nothingRan(page, dialogs);

  // The county's staff console: the queue and the appeal itself.
  const staff = await (await browser.newContext({ baseURL })).newPage();
  const staffDialogs = watchDialogs(staff);
  await staff.goto("/staff");
  await staff.getByLabel(message("zh-CN", "staff-username")).fill("county");
  await staff.getByLabel(message("zh-CN", "staff-password")).fill(STAFF_PASSWORD);
  await staff.getByRole("button", { name: message("zh-CN", "staff-sign-in") }).click();
  await expect(staff.getByRole("heading", { name: message("zh-CN", "staff-queue") })).toBeVisible();
  await nothingRan(staff, staffDialogs);
  await staff.getByRole("link", { name: receipt.tracking_no }).click();
  await expect(staff.getByText(PAYLOAD)).toBeVisible();
  await expect(staff.getByText(COMMENT)).toBeVisible();
  await nothingRan(staff, staffDialogs);
});

test("a chat message holding HTML shows as text in the widget", async ({ page }) => {
  const dialogs = watchDialogs(page);
  await page.goto("/widget?lang=zh");
  await waitForApp(page);
  await page.getByLabel(message("zh-CN", "chat-label")).fill(PAYLOAD);
  await page.getByRole("button", { name: message("zh-CN", "chat-send") }).click();
  await expect(page.locator(".chat-user")).toHaveText(PAYLOAD);
  await expect(page.locator(".chat-answer").first()).toBeVisible();
  await nothingRan(page, dialogs);
});
