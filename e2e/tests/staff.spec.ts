// The whole loop on a phone: a resident reports, the village's staff sign
// in, reply and resolve; the resident sees the reply and rates the result.
import { test, expect, message, photoPng, waitForApp } from "./fixtures";

const STAFF_PASSWORD = "gongdao-demo-2026"; // demo data, see README

test("report, handle, reply, resolve, rate", async ({ browser, baseURL }) => {
  const resident = await (await browser.newContext({ baseURL, viewport: { width: 360, height: 640 } })).newPage();
  await resident.goto("/zh/appeal");
  await waitForApp(resident);
  // A photo, shrunk on the phone and uploaded with a progress bar.
  await resident.getByLabel(message("zh-CN", "appeal-photos")).setInputFiles({
    name: "pipe.png",
    mimeType: "image/png",
    buffer: photoPng(),
  });
  await expect(resident.getByText("照片已上传：1 张")).toBeVisible();
  await resident.getByRole("radio", { name: /吃水用水/ }).check();
  await resident.getByLabel(message("zh-CN", "appeal-place")).selectOption({ label: "河谷村" });
  await resident.getByLabel(message("zh-CN", "appeal-description")).fill("三组的水管冻裂了，十几户人家没有水。");
  await resident.getByRole("checkbox").check();
  await resident.getByRole("button", { name: message("zh-CN", "appeal-submit") }).click();
  await expect(resident.getByRole("heading", { name: message("zh-CN", "receipt-heading") })).toBeVisible();
  const trackUrl = resident.url();
  const no = new URL(trackUrl).pathname.split("/").pop()!;

  const staff = await (await browser.newContext({ baseURL, viewport: { width: 360, height: 640 } })).newPage();
  await staff.goto("/staff");
  await staff.getByLabel(message("zh-CN", "staff-username")).fill("hegu");
  await staff.getByLabel(message("zh-CN", "staff-password")).fill(STAFF_PASSWORD);
  await staff.getByRole("button", { name: message("zh-CN", "staff-sign-in") }).click();
  await expect(staff.getByRole("heading", { name: message("zh-CN", "staff-queue") })).toBeVisible();
  await staff.getByRole("link", { name: no }).click();
  // Staff see the photo (served only to the appeal's units).
  await expect.poll(() => staff.locator("img.photo").evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
  await staff.getByRole("button", { name: message("zh-CN", "staff-accept") }).click();
  await expect(staff.getByText(message("zh-CN", "staff-done"))).toBeVisible();
  await staff.getByLabel(message("zh-CN", "staff-reply")).fill("维修队明天上午到。");
  await staff.getByRole("button", { name: message("zh-CN", "staff-reply-send") }).click();
  await staff.getByLabel(message("zh-CN", "staff-reply")).fill("水管已经修好，恢复供水。");
  await staff.getByRole("button", { name: message("zh-CN", "staff-resolve") }).click();
  await expect(staff.getByText(message("zh-CN", "staff-done"))).toBeVisible();

  await resident.goto(trackUrl.replace("&new=1", ""));
  await expect(resident.getByText("维修队明天上午到。")).toBeVisible();
  await expect(resident.locator(".status")).toHaveText(message("zh-CN", "status-resolved"));
  await resident.getByRole("radio", { name: "5 星" }).check();
  await resident.getByLabel(message("zh-CN", "track-comment")).fill("修得很快，谢谢！");
  await resident.getByRole("button", { name: message("zh-CN", "track-rate-send") }).click();
  await expect(resident.getByText(message("zh-CN", "track-done-rating"))).toBeVisible();
  await expect(resident.locator(".status")).toHaveText(message("zh-CN", "status-closed"));
});
