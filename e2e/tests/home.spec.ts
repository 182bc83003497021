// The home page in each language on a phone-sized screen inside WeChat:
// translated heading, the right <html lang>, the right font actually used,
// the app hydrated, and a language switch that keeps the path.
import { test, expect, LANGS, message, waitForApp } from "./fixtures";
import { mkdirSync } from "node:fs";

const SHOTS = `${__dirname}/../screenshots`;
mkdirSync(SHOTS, { recursive: true });

/** Fonts Chromium really drew the node's text with (CDP). */
async function fontsUsedFor(page, selector: string) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("DOM.enable");
  await cdp.send("CSS.enable");
  const { root } = await cdp.send("DOM.getDocument");
  const { nodeId } = await cdp.send("DOM.querySelector", { nodeId: root.nodeId, selector });
  const { fonts } = await cdp.send("CSS.getPlatformFontsForNode", { nodeId });
  return fonts as { familyName: string; isCustomFont: boolean; glyphCount: number }[];
}

for (const { slug, tag } of LANGS) {
  test(`home page in ${slug}`, async ({ page }) => {
    const response = await page.goto(`/${slug}/`);
    expect(response?.status()).toBe(200);
    expect(response?.headers()["cache-control"]).toBe("no-store");
    await expect(page.locator("html")).toHaveAttribute("lang", tag);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(message(tag, "home-heading"));
    await expect(page).toHaveTitle(message(tag, "home-title"));
    await waitForApp(page);
    await page.evaluate(() => document.fonts.ready);

    const fonts = await fontsUsedFor(page, "h1");
    const webFonts = fonts.filter((f) => f.isCustomFont).map((f) => f.familyName);
    if (slug === "bo") expect(webFonts).toContain("Noto Serif Tibetan");
    if (slug === "ii") expect(webFonts).toContain("Noto Sans Yi");
    if (slug === "zh") expect(webFonts).toEqual([]);

    // The other languages' fonts are never fetched on this page; only the
    // tiny fonts of the switcher's labels (under 2 KB each) may be.
    const fetched = await page.evaluate(() =>
      performance
        .getEntriesByType("resource")
        .map((e) => e.name)
        .filter((n) => n.endsWith(".woff2") && !n.includes("/fonts/label-")),
    );
    expect(fetched.length).toBe(slug === "zh" ? 0 : 1);

    // The switcher names each language in its own script, drawn with a real
    // font even on this machine, which has no Tibetan or Yi font: a box or
    // a missing glyph would come from no custom font at all.
    for (const [other, family] of [
      ["bo", "Noto Serif Tibetan"],
      ["ii", "Noto Sans Yi"],
    ]) {
      if (other === slug) continue;
      const used = await fontsUsedFor(page, `.lang-switch a[hreflang="${other}"]`);
      expect(used.filter((f) => f.isCustomFont).map((f) => f.familyName), `${other} label on ${slug}`).toContain(family);
      expect(used.filter((f) => !f.isCustomFont && f.familyName !== "DejaVu Sans"), `${other} label on ${slug}`).toEqual([]);
    }

    // The chat button speaks the page's language in the page's font.
    if (slug !== "zh") {
      const button = page.locator("#gongdao-chat-button");
      await expect(button).toBeVisible();
      const used = await fontsUsedFor(page, "#gongdao-chat-button");
      const custom = used.filter((f) => f.isCustomFont).map((f) => f.familyName);
      expect(custom).toContain(slug === "bo" ? "Noto Serif Tibetan" : "Noto Sans Yi");
    }

    await page.screenshot({ path: `${SHOTS}/home-${slug}.png`, fullPage: true });
  });
}

test("the text-size button works once the app is running", async ({ page }) => {
  await page.goto("/zh/");
  await waitForApp(page);
  const heading = page.getByRole("heading", { level: 1 });
  const before = await heading.evaluate((h) => parseFloat(getComputedStyle(h).fontSize));
  const button = page.getByRole("button", { name: message("zh-CN", "text-size-larger") });
  await button.click();
  await expect(page.getByRole("button", { name: message("zh-CN", "text-size-normal") })).toHaveAttribute(
    "aria-pressed",
    "true",
  );
  const after = await heading.evaluate((h) => parseFloat(getComputedStyle(h).fontSize));
  expect(after).toBeGreaterThan(before);
});

test("switching language keeps the page and changes the text", async ({ page }) => {
  await page.goto("/zh/");
  await waitForApp(page);
  await page.getByRole("link", { name: message("zh-CN", "lang-name-ii") }).click();
  await expect(page).toHaveURL(/\/ii\/$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "ii");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(message("ii", "home-heading"));
  await page.getByRole("link", { name: message("ii", "lang-name-bo") }).click();
  await expect(page).toHaveURL(/\/bo\/$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(message("bo", "home-heading"));
});

test("the root address picks the reader's language", async ({ browser, baseURL }) => {
  // The browser's own language, as a phone set to Tibetan or Yi would send it.
  for (const [locale, slug] of [
    ["bo-CN", "bo"],
    ["ii-CN", "ii"],
    ["en-US", "zh"],
  ]) {
    const context = await browser.newContext({ baseURL, locale });
    const page = await context.newPage();
    await page.goto("/");
    await expect(page).toHaveURL(new RegExp(`/${slug}/$`));
    await context.close();
  }
});

test("an unknown language gets a 404 page in Chinese", async ({ page, consoleErrors }) => {
  const response = await page.goto("/en/");
  expect(response?.status()).toBe(404);
  // Chromium reports the 404 document itself as a console error; that one is expected.
  const expected = consoleErrors.findIndex((e) => e.includes("404"));
  expect(expected).toBeGreaterThanOrEqual(0);
  consoleErrors.splice(expected, 1);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(message("zh-CN", "not-found-heading"));
});
