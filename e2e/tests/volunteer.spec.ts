// The volunteer police (平安义警) on a phone, in Yi: a resident applies, the
// township's police station approves and publishes a patrol shift, the
// volunteer signs up on their own page, and the station records that they came.
import { test, expect, message } from "./fixtures";

const STAFF_PASSWORD = "gongdao-demo-2026"; // demo data, see README
const phone = { viewport: { width: 360, height: 640 } };

test("apply in Yi, approve, publish a shift, sign up, attend", async ({ browser, baseURL }) => {
  const resident = await (await browser.newContext({ baseURL, ...phone })).newPage();
  await resident.goto("/ii/volunteer");
  await resident.locator('input[name="team"][value="police"]').check();
  await resident.getByLabel(message("ii", "volunteer-village")).selectOption("v-hegu");
  await resident.getByLabel(message("ii", "volunteer-name")).fill("阿洛");
  await resident.getByLabel(message("ii", "volunteer-phone")).fill("139 1234 5678");
  await resident.getByRole("button", { name: message("ii", "volunteer-send") }).click();
  await expect(resident.getByText(message("ii", "volunteer-received"))).toBeVisible();
  await expect(resident.locator(".status")).toHaveText(message("ii", "volunteer-status-pending"));
  expect(await resident.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  const own = resident.url().replace("&new=1", "");

  const station = await (await browser.newContext({ baseURL, ...phone })).newPage();
  await station.goto("/staff");
  await station.getByLabel(message("zh-CN", "staff-username")).fill("qingke-police");
  await station.getByLabel(message("zh-CN", "staff-password")).fill(STAFF_PASSWORD);
  await station.getByRole("button", { name: message("zh-CN", "staff-sign-in") }).click();
  await station.getByRole("link", { name: message("zh-CN", "staff-volunteers") }).click();
  const application = station.locator("li.application", { hasText: "阿洛" });
  await application.getByLabel(message("zh-CN", "staff-volunteer-role")).selectOption("patroller");
  await application.getByLabel(message("zh-CN", "staff-volunteer-grid")).selectOption("v-hegu-g1");
  await application.getByRole("button", { name: message("zh-CN", "staff-volunteer-approve"), exact: true }).click();
  await expect(station.getByText(message("zh-CN", "staff-done"))).toBeVisible();
  await expect(station.locator(".grids-without")).not.toContainText("河谷村第1网格");

  // Tomorrow at 20:00, China time.
  const tomorrow = new Date(Date.now() + 8 * 3600_000 + 86_400_000).toISOString().slice(0, 10);
  await station.getByLabel(message("zh-CN", "staff-patrol-when")).fill(`${tomorrow}T20:00`);
  await station.getByLabel(message("zh-CN", "staff-patrol-grid")).selectOption("v-hegu-g1");
  await station.getByLabel(message("zh-CN", "staff-patrol-places")).fill("2");
  await station.getByRole("button", { name: message("zh-CN", "staff-patrol-publish") }).click();
  await expect(station.getByText(message("zh-CN", "staff-done"))).toBeVisible();

  await resident.goto(own);
  await expect(resident.locator(".status")).toHaveText(message("ii", "volunteer-status-approved"));
  await resident.getByRole("button", { name: message("ii", "volunteer-sign-up") }).click();
  await expect(resident.getByText(message("ii", "volunteer-signed-up"))).toBeVisible();
  await expect(resident.getByText(message("ii", "volunteer-mine"))).toBeVisible();

  await station.reload();
  await station.locator("li.shift", { hasText: "阿洛" }).getByRole("button", { name: message("zh-CN", "staff-patrol-attended") }).click();
  await expect(station.getByText(message("zh-CN", "staff-done"))).toBeVisible();
  await expect(station.locator("li.shift", { hasText: "阿洛" })).toContainText(message("zh-CN", "staff-patrol-was-there"));
});
