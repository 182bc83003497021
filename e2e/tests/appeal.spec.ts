// A resident reports a problem from a phone, fixes what the form points
// out, gets a number and code, and follows the appeal, with or without
// JavaScript.
import { test, expect, message, photoPng, waitForApp } from "./fixtures";

// Each run in its own village: a second open report of the same problem in
// one village would be asked whether to join the first (same-problem.spec.ts).
async function fillAppeal(page, description: string, village: string) {
  await page.getByRole("radio", { name: /吃水用水/ }).check();
  await page.getByLabel(message("zh-CN", "appeal-place")).selectOption({ label: village });
  await page.getByLabel(message("zh-CN", "appeal-description")).fill(description);
  await page.getByLabel(message("zh-CN", "appeal-phone")).fill("138 1234 5678");
  await page.getByRole("checkbox").check();
}

for (const javaScriptEnabled of [true, false]) {
  test(`a resident reports and follows an appeal (JavaScript ${javaScriptEnabled ? "on" : "off"})`, async ({
    browser,
    baseURL,
  }) => {
    const context = await browser.newContext({ baseURL, javaScriptEnabled, viewport: { width: 360, height: 640 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(String(e)));
    await page.goto("/zh/appeal");
    if (javaScriptEnabled) await waitForApp(page);

    // Too short: the server says so next to the field, and keeps the rest.
    await fillAppeal(page, "没水", javaScriptEnabled ? "上坝村" : "下坝村");
    await page.getByLabel(message("zh-CN", "appeal-description")).evaluate((t: HTMLTextAreaElement) => t.removeAttribute("minlength"));
    await page.getByRole("button", { name: message("zh-CN", "appeal-submit") }).click();
    await expect(page.getByText(message("zh-CN", "appeal-error-description-short"))).toBeVisible();
    await expect(page.getByLabel(message("zh-CN", "appeal-phone"))).toHaveValue("138 1234 5678");
    // The form came back as a new page: its islands start again.
    if (javaScriptEnabled) await waitForApp(page);

    await page.getByLabel(message("zh-CN", "appeal-description")).fill("村里的水井已经干了三天，老人孩子都没水喝。");
    await page.getByRole("checkbox").check();
    // A photo: uploaded at once by the script, or sent with the form without it.
    await page.getByLabel(message("zh-CN", "appeal-photos")).setInputFiles({
      name: "well.png",
      mimeType: "image/png",
      buffer: photoPng(),
    });
    if (javaScriptEnabled) await expect(page.getByText("照片已上传：1 张")).toBeVisible();
    await page.getByRole("button", { name: message("zh-CN", "appeal-submit") }).click();

    // The receipt: number and code shown large.
    await expect(page.getByRole("heading", { name: message("zh-CN", "receipt-heading") })).toBeVisible();
    const url = new URL(page.url());
    const no = url.pathname.split("/").pop()!;
    const code = url.searchParams.get("code")!;
    expect(no).toMatch(/^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/);
    expect(code).toMatch(/^[2-9A-HJKMNP-Z]{3}-[2-9A-HJKMNP-Z]{3}-[2-9A-HJKMNP-Z]{3}$/);
    await expect(page.locator(".receipt .code").first()).toHaveText(no);
    await expect(page.locator(".timeline li")).toHaveCount(2);
    await expect(page.locator("img.photo")).toHaveCount(1);
    await expect.poll(() => page.locator("img.photo").evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);

    // Later, by hand: number and code open the appeal; a wrong code does not.
    await page.goto("/zh/track");
    await page.getByLabel(message("zh-CN", "track-number")).fill(no.toLowerCase());
    await page.getByLabel(message("zh-CN", "track-code")).fill("AAA-AAA-AAA");
    await page.getByRole("button", { name: message("zh-CN", "track-open") }).click();
    await expect(page.getByText(message("zh-CN", "error-appeal-not-found"))).toBeVisible();
    await page.getByLabel(message("zh-CN", "track-code")).fill(code);
    await page.getByRole("button", { name: message("zh-CN", "track-open") }).click();
    await expect(page.locator("dd.code")).toHaveText(no);

    // Adding information appears on the timeline, as text, never as markup.
    await page.getByLabel(message("zh-CN", "track-add-info")).fill("<b>水车</b>还没来");
    await page.getByRole("button", { name: message("zh-CN", "track-add-info-send") }).click();
    await expect(page.getByText(message("zh-CN", "track-done-info"))).toBeVisible();
    await expect(page.locator(".timeline .said")).toHaveText("<b>水车</b>还没来");
    expect(errors).toEqual([]);
    await context.close();
  });
}

test("a half-written appeal survives a reload", async ({ page }) => {
  await page.goto("/zh/appeal");
  await waitForApp(page);
  await page.getByRole("radio", { name: /道路桥梁/ }).check();
  await page.getByLabel(message("zh-CN", "appeal-place")).selectOption({ label: "石桥村" });
  await page.getByLabel(message("zh-CN", "appeal-description")).fill("进村的石桥裂开了一条大缝，");
  await page.reload();
  await waitForApp(page);
  await expect(page.getByText(message("zh-CN", "appeal-draft-restored"))).toBeVisible();
  await expect(page.getByLabel(message("zh-CN", "appeal-description"))).toHaveValue("进村的石桥裂开了一条大缝，");
  await expect(page.getByRole("radio", { name: /道路桥梁/ })).toBeChecked();
  await expect(page.getByLabel(message("zh-CN", "appeal-place"))).toHaveValue("v-shiqiao");
  // Sent: the draft is gone.
  await page.getByLabel(message("zh-CN", "appeal-description")).fill("进村的石桥裂开了一条大缝，车不敢过。");
  await page.getByRole("checkbox").check();
  await page.getByRole("button", { name: message("zh-CN", "appeal-submit") }).click();
  await expect(page.getByRole("heading", { name: message("zh-CN", "receipt-heading") })).toBeVisible();
  await waitForApp(page);
  await page.goto("/zh/appeal");
  await waitForApp(page);
  await expect(page.getByLabel(message("zh-CN", "appeal-description"))).toHaveValue("");
});
