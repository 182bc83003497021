// The culture bank (文化银行) on a phone: a village clerk opens a household's
// account and credits a patrol; the household opens its page in Tibetan,
// sees the balance and takes a good from the village's shop.
import { test, expect, message } from "./fixtures";

const STAFF_PASSWORD = "gongdao-demo-2026"; // demo data, see README
const phone = { viewport: { width: 360, height: 640 } };

test("open an account, credit a patrol, redeem in Tibetan", async ({ browser, baseURL }) => {
  const clerk = await (await browser.newContext({ baseURL, ...phone })).newPage();
  await clerk.goto("/staff");
  await clerk.getByLabel(message("zh-CN", "staff-username")).fill("hegu");
  await clerk.getByLabel(message("zh-CN", "staff-password")).fill(STAFF_PASSWORD);
  await clerk.getByRole("button", { name: message("zh-CN", "staff-sign-in") }).click();
  await clerk.getByRole("link", { name: message("zh-CN", "staff-bank") }).click();
  await clerk.getByLabel(message("zh-CN", "staff-bank-household")).fill("扎西家");
  await clerk.getByLabel(message("zh-CN", "staff-bank-members")).fill("扎西、卓玛、次仁");
  await clerk.getByLabel(message("zh-CN", "staff-bank-lang")).selectOption("bo");
  await clerk.getByLabel(message("zh-CN", "staff-bank-honour")).check();
  await clerk.getByRole("button", { name: message("zh-CN", "staff-bank-open-send") }).click();
  await expect(clerk.getByRole("heading", { name: "扎西家" })).toBeVisible();
  const no = (await clerk.locator(".bank-card .tracking-no").textContent())!.trim();
  const code = (await clerk.locator(".bank-card .access-code").textContent())!.trim();
  // The card's QR code is drawn.
  await expect.poll(() => clerk.locator(".bank-card img.qr").evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);

  // A night patrol, then help to the police station: 5 + 15 = 20 points.
  for (const item of ["patrol-shift", "help-police"]) {
    await clerk.getByLabel(message("zh-CN", "staff-bank-item")).selectOption(item);
    await clerk.getByRole("button", { name: message("zh-CN", "staff-bank-record") }).click();
    await expect(clerk.getByText(message("zh-CN", "staff-done"))).toBeVisible();
  }
  await expect(clerk.locator(".balance")).toHaveText("20");

  const household = await (await browser.newContext({ baseURL, ...phone })).newPage();
  await household.goto("/bo/bank");
  await household.getByLabel(message("bo", "bank-account-no")).fill(no);
  await household.getByLabel(message("bo", "track-code")).fill(code);
  await household.getByRole("button", { name: message("bo", "bank-open-account") }).click();
  await expect(household.locator("html")).toHaveAttribute("lang", "bo");
  await expect(household.locator(".balance")).toHaveText("20");
  await expect(household.locator(".ledger li")).toHaveCount(2);
  // Nothing is wider than the phone.
  expect(await household.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  const soap = household.locator(".offer").first();
  await soap.getByRole("button", { name: message("bo", "bank-redeem") }).click();
  await expect(household.getByText(message("bo", "bank-redeemed"))).toBeVisible();
  await expect(household.locator(".balance")).toHaveText("0");
  // Too few points now: every offer says so, and its button is off.
  await expect(household.locator(".offer button").first()).toBeDisabled();

  // The clerk sees the redemption in the ledger.
  await clerk.reload();
  await expect(clerk.locator(".balance")).toHaveText("0");
  await expect(clerk.locator(".ledger li")).toHaveCount(3);
});
