// Phones on WeChat's old X5 kernel cannot run today's WebAssembly. With
// WebAssembly switched off, reading, tracking and sending an appeal must
// still work from the server's HTML, and nothing may break on the page.
import { test as base, expect } from "@playwright/test";
import { message, photoPng } from "./fixtures";

const test = base;

// Before any page script runs, the page gets no WebAssembly at all, as on an
// engine that cannot run the bundle.
test.beforeEach(async ({ context }) => {
  await context.addInitScript(() => {
    // @ts-ignore: deliberately removed
    delete globalThis.WebAssembly;
  });
});

test("without WebAssembly the portal still reads, sends and tracks", async ({ page }) => {
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.goto("/bo/guide/unpaid-wages");
  expect(await page.evaluate(() => typeof WebAssembly)).toBe("undefined");
  await expect(page.locator("html")).toHaveAttribute("data-app", "static");
  await expect(page.locator(".article-body h2").first()).toBeVisible();

  await page.goto("/zh/appeal");
  await page.getByRole("radio", { name: /安全隐患/ }).check();
  await page.getByLabel(message("zh-CN", "appeal-place")).selectOption({ label: "火把村" });
  await page.getByLabel(message("zh-CN", "appeal-description")).fill("村小学门口的电线杆歪了，快倒了。");
  await page.getByLabel(message("zh-CN", "appeal-photos")).setInputFiles({ name: "pole.png", mimeType: "image/png", buffer: photoPng() });
  await page.getByRole("checkbox").check();
  await page.getByRole("button", { name: message("zh-CN", "appeal-submit") }).click();
  await expect(page.getByRole("heading", { name: message("zh-CN", "receipt-heading") })).toBeVisible();
  await expect(page.locator("img.photo")).toHaveCount(1);
  // A safety hazard goes to the township, within 24 hours.
  await expect(page.locator(".appeal-facts dd").nth(2)).toHaveText("彝山乡");
  expect(errors).toEqual([]);
});
