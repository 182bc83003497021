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
