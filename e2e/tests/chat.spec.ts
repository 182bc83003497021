// The chat widget as a volunteer's page embeds it: a plain HTML page on
// another origin adds the one script tag, a resident taps the button, asks
// in Tibetan, gets an answer quoted from the Tibetan guide, and follows the
// cited link. A second test sends the widget's plain form with the wasm off.
import { test, expect } from "@playwright/test";
import { createServer, Server } from "node:http";
import { AddressInfo } from "node:net";
import { message } from "./fixtures";

let host: Server;
let hostUrl = "";

test.beforeAll(async ({ baseURL }) => {
  // "localhost" is another origin than the portal's 127.0.0.1.
  const portal = new URL(baseURL!);
  const html = `<!DOCTYPE html><html lang="bo"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Volunteer page</title></head>
<body><h1>Volunteer page</h1><p>Host page text.</p>
<script src="${portal.origin}/widget.js" data-lang="bo" async></script></body></html>`;
  host = createServer((_, res) => {
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    res.end(html);
  });
  await new Promise<void>((done) => host.listen(0, "localhost", done));
  hostUrl = `http://localhost:${(host.address() as AddressInfo).port}/`;
});

test.afterAll(() => host.close());

test("a page embeds the widget; a Tibetan question is answered and its source opens", async ({ page }) => {
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  const widgetRequests: string[] = [];
  page.on("request", (r) => {
    if (r.url().includes("/widget?") || r.url().includes("/widget-app/")) widgetRequests.push(r.url());
  });
  await page.goto(hostUrl);
  const button = page.locator("#gongdao-chat-button");
  await expect(button).toContainText(message("bo", "widget-open"));
  // Nothing of the chat loads before the tap.
  expect(widgetRequests).toEqual([]);
  await button.tap();
  await expect(button).toHaveAttribute("aria-expanded", "true");

  const chat = page.frameLocator("#gongdao-chat");
  await expect(chat.locator("html")).toHaveAttribute("data-app", "ready", { timeout: 30_000 });
  await expect(chat.getByRole("heading", { name: message("bo", "chat-title") })).toBeVisible();
  // The widget cannot reach into the host page (another origin).
  const reach = await page.locator("#gongdao-chat").evaluate((f: HTMLIFrameElement) => {
    try {
      return String(f.contentWindow!.document.title);
    } catch {
      return "blocked";
    }
  });
  expect(reach).toBe("blocked");

  await chat.getByLabel(message("bo", "chat-label")).fill("ཚོང་དཔོན་གྱིས་ལས་གླ་མ་སྤྲད་ན་ཅི་བྱ།");
  await chat.getByRole("button", { name: message("bo", "chat-send") }).click();
  const source = chat.locator(".chat-sources a").first();
  await expect(source).toHaveAttribute("href", /^\/bo\/guide\/unpaid-wages#s\d+$/);
  const title = (await source.textContent())!;
  await expect(chat.locator(".chat-answer").first()).toContainText(title);
  await expect(chat.locator(".chat-actions a[href='tel:12348']").first()).toBeVisible();
  // The question stays on screen above its answer; the box is empty again.
  await expect(chat.locator(".chat-user")).toHaveText("ཚོང་དཔོན་གྱིས་ལས་གླ་མ་སྤྲད་ན་ཅི་བྱ།");
  await expect(chat.getByLabel(message("bo", "chat-label"))).toHaveValue("");

  // The reader flags the answer in place; the conversation stays.
  const flag = chat.locator("details.chat-flag").first();
  await flag.locator("summary").click();
  await flag.getByLabel(message("bo", "feedback-unclear")).check();
  await flag.getByRole("button", { name: message("bo", "feedback-send") }).click();
  await expect(flag.getByText(message("bo", "feedback-thanks"))).toBeVisible();
  await expect(chat.locator(".chat-user")).toHaveText("ཚོང་དཔོན་གྱིས་ལས་གླ་མ་སྤྲད་ན་ཅི་བྱ།");

  // The cited link opens the article in the page (target _top).
  await source.click();
  await page.waitForURL(/\/bo\/guide\/unpaid-wages/);
  await expect(page.locator("h1")).toHaveText(title);
  expect(errors).toEqual([]);
});

test.describe("without WebAssembly", () => {
  test.beforeEach(async ({ context }) => {
    await context.addInitScript(() => {
      // @ts-ignore: deliberately removed
      delete globalThis.WebAssembly;
    });
  });

  test("the widget's plain form answers, and an emergency comes first", async ({ page }) => {
    await page.goto("/widget?lang=zh");
    await expect(page.locator("html")).toHaveAttribute("data-app", "static");
    await page.getByLabel(message("zh-CN", "chat-label")).fill("<b>隔壁着火了</b>");
    await page.getByRole("button", { name: message("zh-CN", "chat-send") }).click();
    await expect(page.locator(".chat-user")).toHaveText("<b>隔壁着火了</b>");
    await expect(page.locator(".chat-emergency .chat-answer")).toContainText("119");
    await expect(page.locator(".chat-actions a[href='tel:119']")).toBeVisible();
  });
});
