// A reader flags a Tibetan section as hard to understand, on a phone with
// JavaScript off: the control opens in place and the form sends.
import { test, expect, message } from "./fixtures";

test("flag a Tibetan section without JavaScript", async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, javaScriptEnabled: false, viewport: { width: 360, height: 640 } });
  const page = await context.newPage();
  await page.goto("/bo/guide/unpaid-wages");
  const control = page.locator("details.feedback").nth(1);
  await control.locator("summary").click();
  await control.getByLabel(message("bo", "feedback-unclear")).check();
  await control.getByLabel(message("bo", "feedback-text")).fill("ཚིག་འདི་གོ་མ་བདེ།");
  await control.getByRole("button", { name: message("bo", "feedback-send") }).click();
  await expect(page).toHaveURL(/\/bo\/guide\/unpaid-wages\?feedback=thanks#s2$/);
  await expect(page.getByText(message("bo", "feedback-thanks"))).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await context.close();
});

// The whole loop on a phone: a reader flags a Tibetan section; the reviewer
// finds it on the desk, edits the section and marks it reviewed; the reader
// reloads and sees the new text and "1 of N sections reviewed".
test("a reviewer fixes a flagged Tibetan section on a phone", async ({ browser, baseURL }) => {
  const phone = { baseURL, viewport: { width: 360, height: 640 } };
  const reader = await (await browser.newContext(phone)).newPage();
  await reader.goto("/bo/guide/legal-aid");
  const control = reader.locator("details.feedback").first();
  await control.locator("summary").click();
  await control.getByLabel(message("bo", "feedback-wrong")).check();
  await control.getByLabel(message("bo", "feedback-text")).fill("ཚིག་འདི་ནོར་འདུག");
  await control.getByRole("button", { name: message("bo", "feedback-send") }).click();
  await expect(reader.getByText(message("bo", "feedback-thanks"))).toBeVisible();

  const reviewer = await (await browser.newContext(phone)).newPage();
  await reviewer.goto("/staff");
  await reviewer.getByLabel(message("zh-CN", "staff-username")).fill("reviewer");
  await reviewer.getByLabel(message("zh-CN", "staff-password")).fill("gongdao-demo-2026"); // demo data, see README
  await reviewer.getByRole("button", { name: message("zh-CN", "staff-sign-in") }).click();
  await expect(reviewer.getByText("ཚིག་འདི་ནོར་འདུག")).toBeVisible();
  await reviewer.locator('a[href="/staff/review/bo/legal-aid"]').click();
  const section = reviewer.locator("section.review-part", { has: reviewer.getByText("ཚིག་འདི་ནོར་འདུག") });
  const box = section.locator("textarea");
  const text = await box.inputValue();
  await box.fill(`${text}\n\nཞུ་དག་པས་བཅོས་པའི་ཚིག`);
  await section.getByRole("button", { name: message("zh-CN", "staff-review-save") }).click();
  await expect(reviewer.getByText(message("zh-CN", "staff-review-done-saved"))).toBeVisible();
  const again = reviewer.locator("section.review-part", { hasText: "ཞུ་དག་པས་བཅོས་པའི་ཚིག" }).first();
  await again.getByRole("button", { name: message("zh-CN", "staff-review-mark") }).click();
  await expect(reviewer.getByText(message("zh-CN", "staff-review-done-reviewed"))).toBeVisible();
  expect(await reviewer.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

  await reader.goto("/bo/guide/legal-aid");
  await expect(reader.getByText("ཞུ་དག་པས་བཅོས་པའི་ཚིག")).toBeVisible();
  await expect(reader.locator(".review-progress")).toContainText(/ཡི་ནང་ནས་ 1 /);
});
