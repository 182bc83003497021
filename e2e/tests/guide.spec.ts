// Reading guidance as residents do: from a shared link, with or without
// JavaScript, searching in their language, sharing and printing.
import { test, expect, message, waitForApp } from "./fixtures";
import { readFileSync } from "node:fs";
import { join } from "node:path";

/** An article's title in one language, from its Markdown front matter. */
function articleTitle(slug: string, tag: string): string {
  const text = readFileSync(join(__dirname, "../../content/guide", slug, `${tag}.md`), "utf8");
  const line = text.split("\n").find((l) => l.startsWith("title ="));
  return JSON.parse(line!.slice("title =".length).trim());
}

const ARTICLE = "unpaid-wages";

test("an article reads with JavaScript off", async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, javaScriptEnabled: false, viewport: { width: 360, height: 640 } });
  const page = await context.newPage();
  const response = await page.goto(`/zh/guide/${ARTICLE}`);
  expect(response?.status()).toBe(200);
  const heading = page.getByRole("heading", { level: 1 });
  await expect(heading).toBeVisible();
  expect((await heading.textContent())?.length).toBeGreaterThan(2);
  // The body, its sections and the legal sources are all there.
  expect(await page.locator(".article-body h2").count()).toBeGreaterThanOrEqual(3);
  await expect(page.getByRole("heading", { name: message("zh-CN", "guide-sources") })).toBeVisible();
  // Search works as a plain form too.
  await page.goto("/zh/guide");
  await page.getByRole("searchbox").fill("工资");
  await page.getByRole("button", { name: message("zh-CN", "guide-search-button") }).click();
  await expect(page).toHaveURL(/\/zh\/guide\?q=/);
  await expect(page.locator(".search-results li").first()).toBeVisible();
  await context.close();
});

test("a Yi reader opens a section's Chinese original, with JavaScript off", async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, javaScriptEnabled: false, viewport: { width: 360, height: 640 } });
  const page = await context.newPage();
  await page.goto(`/ii/guide/${ARTICLE}`);
  const first = page.locator("details.zh-original").first();
  const chinese = first.locator("h3");
  await expect(chinese).toBeHidden();
  await first.getByText(message("ii", "guide-section-chinese")).click();
  await expect(chinese).toBeVisible();
  // The Chinese heading of section 1 is the one of the Chinese article.
  const zh = readFileSync(join(__dirname, "../../content/guide", ARTICLE, "zh-CN.md"), "utf8");
  const heading = zh.split("\n").find((l) => l.startsWith("## "))!.slice(3);
  await expect(chinese).toHaveText(heading);
  expect(await first.getAttribute("lang")).toBe("zh-CN");
  // The poster leaves the originals out.
  await page.goto(`/ii/guide/${ARTICLE}/print`);
  expect(await page.locator("details.zh-original").count()).toBeGreaterThan(0);
  await expect(page.locator("details.zh-original").first()).toBeHidden();
  await context.close();
});

test("the text does not move when the app takes over", async ({ page }) => {
  await page.goto(`/bo/guide/${ARTICLE}`);
  // Measure after the web font is in, so only the app's start could move things.
  await page.evaluate(() => document.fonts.ready);
  const heading = page.getByRole("heading", { level: 1 });
  const before = await heading.boundingBox();
  const text = await page.locator(".article-body").textContent();
  await waitForApp(page);
  expect(await heading.boundingBox()).toEqual(before);
  expect(await page.locator(".article-body").textContent()).toBe(text);
});

test("search in each language finds articles", async ({ page }) => {
  for (const [slug, tag] of [
    ["zh", "zh-CN"],
    ["bo", "bo"],
    ["ii", "ii"],
  ]) {
    const query = articleTitle(ARTICLE, tag);
    await page.goto(`/${slug}/guide`);
    await waitForApp(page);
    await page.getByRole("searchbox").fill(query);
    await page.getByRole("button", { name: message(tag, "guide-search-button") }).click();
    await expect(page).toHaveURL(new RegExp(`/${slug}/guide\\?q=`));
    const results = page.locator(".search-results");
    await expect(results).toBeVisible();
    // Every hit links to an article in the same language.
    const links = results.locator("a.guide-link");
    const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute("href")));
    for (const href of hrefs) expect(href).toMatch(new RegExp(`^/${slug}/guide/[a-z-]+$`));
    expect(hrefs).toContain(`/${slug}/guide/${ARTICLE}`);
  }
});

test("open, share and switch language", async ({ page }) => {
  await page.goto("/zh/guide");
  await waitForApp(page);
  await page.locator(`a[href="/zh/guide/${ARTICLE}"]`).first().click();
  await expect(page).toHaveURL(new RegExp(`/zh/guide/${ARTICLE}$`));
  await expect(page.locator(".article-body")).toBeVisible();
  // Links load whole pages: wait for this page's islands before using them.
  await waitForApp(page);

  // Copy the link.
  await page.getByRole("button", { name: message("zh-CN", "share-copy") }).click();
  await expect(page.getByRole("status")).toHaveText(message("zh-CN", "share-copied"));
  const shared = await page.getByRole("textbox", { name: message("zh-CN", "share-link-label") }).inputValue();
  expect(shared).toMatch(new RegExp(`/zh/guide/${ARTICLE}$`));

  // The QR code is drawn by the server and really loads.
  const qr = page.getByRole("img", { name: message("zh-CN", "share-qr-alt") });
  await qr.scrollIntoViewIfNeeded();
  await expect.poll(() => qr.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);

  // The poster view has the QR code and the article.
  await page.getByRole("link", { name: message("zh-CN", "share-print") }).click();
  await expect(page).toHaveURL(new RegExp(`/zh/guide/${ARTICLE}/print$`));
  await expect(page.locator(".poster h1")).toBeVisible();
  await page.emulateMedia({ media: "print" });
  await expect(page.locator(".site-header")).toBeHidden();
  await page.emulateMedia({ media: "screen" });
  await page.goBack();

  // Switching language keeps the article.
  await page.getByRole("link", { name: message("zh-CN", "lang-name-bo") }).click();
  await expect(page).toHaveURL(new RegExp(`/bo/guide/${ARTICLE}$`));
  await expect(page.locator("html")).toHaveAttribute("lang", "bo");
  await expect(page.getByText(message("bo", "guide-notice-machine-drafted"), { exact: false })).toBeVisible();
});

test("larger text is remembered across visits", async ({ page }) => {
  await page.goto(`/zh/guide/${ARTICLE}`);
  await waitForApp(page);
  await page.getByRole("button", { name: message("zh-CN", "text-size-larger") }).click();
  await page.reload();
  // The server draws it large at once: no jump when the app starts.
  await expect(page.locator(".page")).toHaveClass(/large-text/);
  await waitForApp(page);
  await expect(page.getByRole("button", { name: message("zh-CN", "text-size-normal") })).toHaveAttribute("aria-pressed", "true");
  const size = await page.locator(".article-body p").first().evaluate((p) => parseFloat(getComputedStyle(p).fontSize));
  expect(size).toBeGreaterThanOrEqual(20);
});
