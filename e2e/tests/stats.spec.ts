// The public figures on a 360 px phone in each language: tables and the
// chart readable, the page never wider than the screen, small counts "<5".
import { test, expect, LANGS, message } from "./fixtures";
import { mkdirSync } from "node:fs";

const SHOTS = `${__dirname}/../screenshots`;
mkdirSync(SHOTS, { recursive: true });

for (const { slug, tag } of LANGS) {
  test(`public figures in ${slug}`, async ({ browser, baseURL }) => {
    const context = await browser.newContext({ baseURL, viewport: { width: 360, height: 740 }, javaScriptEnabled: false });
    const page = await context.newPage();
    const response = await page.goto(`/${slug}/stats`);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(message(tag, "stats-heading"));
    // The demo has few appeals: every count shows as "<5".
    await expect(page.locator("table.stats td").first()).toHaveText("<5");
    await expect(page.locator(".stats-chart svg")).toBeVisible();
    const widths = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
    expect(widths[0]).toBeLessThanOrEqual(widths[1]);
    // The form works without JavaScript: choose a township and a month.
    await page.locator("#unit").selectOption("t-qingke");
    await page.getByRole("button", { name: message(tag, "stats-show") }).click();
    await expect(page).toHaveURL(/unit=t-qingke/);
    await expect(page.locator("h2").first()).toContainText(/\d{4}-\d{2}/);
    await page.screenshot({ path: `${SHOTS}/stats-${slug}.png`, fullPage: true });
    await context.close();
  });
}
