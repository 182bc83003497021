// With the network off: an article opened before still opens (text, style
// and app), a page never opened says so, and an appeal written offline is
// kept on the phone and sent when the network returns, which the resident
// sees. "The network" is a TCP relay in front of the test server that this
// test cuts and restores, so the service worker meets a real failed
// connection (Playwright's offline switch does not reach service workers).
import { createServer, connect, Server, Socket } from "node:net";
import { test, expect, message, waitForApp } from "./fixtures";

class Network {
  private server: Server | null = null;
  private sockets = new Set<Socket>();
  port = 0;

  constructor(private target: URL) {}

  async up() {
    this.server = createServer((phone) => {
      const portal = connect(Number(this.target.port), this.target.hostname);
      for (const s of [phone, portal]) {
        this.sockets.add(s);
        s.on("close", () => this.sockets.delete(s));
        s.on("error", () => (s === phone ? portal : phone).destroy());
      }
      phone.pipe(portal).pipe(phone);
    });
    await new Promise<void>((done) => this.server!.listen(this.port, "127.0.0.1", done));
    this.port = (this.server.address() as { port: number }).port;
  }

  async down() {
    const closed = new Promise((done) => this.server!.close(done));
    for (const s of this.sockets) s.destroy();
    await closed;
  }
}

/** Waits until the service worker has kept every one of `urls`. */
async function kept(page, urls: string[]) {
  await page.waitForFunction(
    async (urls) => (await Promise.all(urls.map((u) => caches.match(u)))).every(Boolean),
    urls,
    { timeout: 30_000 },
  );
}

test("offline: kept articles open, and an appeal written offline is sent when the network returns", async ({
  page,
  context,
  baseURL,
}) => {
  const network = new Network(new URL(baseURL!));
  await network.up();
  const origin = `http://127.0.0.1:${network.port}`;
  try {
    await page.goto(`${origin}/zh/guide/unpaid-wages`);
    const title = await page.locator("h1").innerText();
    await page.evaluate(() => navigator.serviceWorker.ready);
    // The first page came before the worker: it is kept afterwards, as
    // are the pages shown without a network.
    await kept(page, [`${origin}/zh/guide/unpaid-wages`, `${origin}/zh/offline`, `${origin}/zh/appeal/kept`]);
    await page.goto(`${origin}/zh/appeal`);
    await kept(page, [`${origin}/zh/appeal`]);

    await network.down();
    await context.setOffline(true);

    // Kept: the article opens with its text, its style and its app.
    await page.goto(`${origin}/zh/guide/unpaid-wages`);
    await expect(page.locator("h1")).toHaveText(title);
    await waitForApp(page);
    expect(await page.locator("body").evaluate((b) => getComputedStyle(b).fontFamily)).not.toBe("");
    // Never opened: the page says so, in the reader's language.
    await page.goto(`${origin}/zh/guide/inheritance`);
    await expect(page.getByRole("heading", { name: message("zh-CN", "offline-heading") })).toBeVisible();

    // An appeal written without a network is kept, and the resident is told.
    await page.goto(`${origin}/zh/appeal`);
    await waitForApp(page);
    await page.getByRole("radio", { name: /吃水用水/ }).check();
    await page.getByLabel(message("zh-CN", "appeal-place")).selectOption({ label: "河谷村" });
    const description = "山上没有信号，村口的水管冻裂了，全村停水两天。";
    await page.getByLabel(message("zh-CN", "appeal-description")).fill(description);
    await page.getByRole("checkbox").check();
    await page.getByRole("button", { name: message("zh-CN", "appeal-submit") }).click();
    await expect(page.getByRole("heading", { name: message("zh-CN", "appeal-kept-heading") })).toBeVisible();
    await expect(page.getByText(message("zh-CN", "outbox-waiting"))).toBeVisible();

    // The network returns: it is sent, and the page moves on to its receipt.
    await network.up();
    await context.setOffline(false);
    await expect(page.getByRole("heading", { name: message("zh-CN", "receipt-heading") })).toBeVisible({
      timeout: 30_000,
    });
    expect(new URL(page.url()).pathname).toMatch(/^\/zh\/track\/[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/);
    await expect(page.getByText(description)).toBeVisible();
    // Told once: the next page has nothing left to report.
    await page.goto(`${origin}/zh/`);
    await expect(page.locator("html")).toHaveAttribute("data-outbox", "empty");
    await expect(page.locator("#outbox")).toBeHidden();
  } finally {
    await context.setOffline(false);
    await network.down().catch(() => {});
  }
});
