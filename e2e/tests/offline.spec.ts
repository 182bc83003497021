// With the network off: an article opened before still opens (text, style
// and app), a page never opened says so, and an appeal written offline is
// kept on the phone and sent when the network returns, which the resident
// sees. "The network" is a TCP relay in front of the test server that this
// test cuts and restores, so the service worker meets a real failed
// connection (Playwright's offline switch does not reach service workers),
// and the browser never hears "online", as on a weak signal.
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

/** Waits until the service worker has kept every one of `urls`. Polled
 * with evaluate, which awaits the check: waitForFunction would take the
 * promise itself for a true answer and go on before anything is kept. */
async function kept(page, urls: string[]) {
  const allKept = () =>
    page.evaluate(async (urls) => (await Promise.all(urls.map((u) => caches.match(u)))).every(Boolean), urls);
  await expect.poll(allKept, { timeout: 30_000 }).toBe(true);
}

/** Fills in and sends the appeal form the page shows. */
/** Each test in its own village, so none is asked to join another's report. */
async function writeAppeal(page, description: string, village: string, phone = "") {
  await page.getByRole("radio", { name: /吃水用水/ }).check();
  await page.getByLabel(message("zh-CN", "appeal-place")).selectOption({ label: village });
  await page.getByLabel(message("zh-CN", "appeal-description")).fill(description);
  if (phone) await page.getByLabel(message("zh-CN", "appeal-phone")).fill(phone);
  await page.getByRole("checkbox").check();
  await page.getByRole("button", { name: message("zh-CN", "appeal-submit") }).click();
}

/** Every address kept in Cache Storage. */
const keptUrls = (page) =>
  page.evaluate(async () => {
    const urls: string[] = [];
    for (const name of await caches.keys()) {
      for (const request of await (await caches.open(name)).keys()) urls.push(request.url);
    }
    return urls;
  });

/** The idempotency key in a form page's HTML. */
const formKey = (html: string) => /name="idempotency_key" value="([^"]*)"/.exec(html)![1];

test("offline: kept articles open, and an appeal written offline is sent when the network returns", async ({
  page,
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

    const keptKey = formKey(await page.evaluate(async (u) => (await caches.match(u))!.text(), `${origin}/zh/appeal`));

    await network.down();

    // Kept: the article opens with its text, its style and its app.
    await page.goto(`${origin}/zh/guide/unpaid-wages`);
    await expect(page.locator("h1")).toHaveText(title);
    await waitForApp(page);
    // Styled by the kept style sheet (main.css sets no body margin).
    expect(await page.locator("body").evaluate((b) => getComputedStyle(b).marginTop)).toBe("0px");
    // Never opened: the page says so, in the reader's language.
    await page.goto(`${origin}/zh/guide/inheritance`);
    await expect(page.getByRole("heading", { name: message("zh-CN", "offline-heading") })).toBeVisible();

    // An appeal written without a network is kept, and the resident is told.
    await page.goto(`${origin}/zh/appeal`);
    await waitForApp(page);
    // The kept form with a key of its own: two appeals never share one.
    const key = await page.locator('input[name="idempotency_key"]').inputValue();
    expect(key).toMatch(/^form-[0-9a-f]{32}$/);
    expect(key).not.toBe(keptKey);
    const description = "山上没有信号，村口的水管冻裂了，全村停水两天。";
    await writeAppeal(page, description, "水泉村");
    await expect(page.getByRole("heading", { name: message("zh-CN", "appeal-kept-heading") })).toBeVisible();
    await expect(page.getByText(message("zh-CN", "outbox-waiting"))).toBeVisible();

    // The network returns (and nothing says so): the page asks again, the
    // appeal is sent, and the page moves on to its receipt.
    await network.up();
    await expect(page.getByRole("heading", { name: message("zh-CN", "receipt-heading") })).toBeVisible({
      timeout: 30_000,
    });
    expect(new URL(page.url()).pathname).toMatch(/^\/zh\/track\/[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/);
    await expect(page.getByText(description)).toBeVisible();
    // Told once: the next page has nothing left to report.
    await page.goto(`${origin}/zh/`);
    await expect(page.locator("html")).toHaveAttribute("data-outbox", "empty");
    await expect(page.locator("#outbox")).toBeHidden();
    // Nothing private was kept: no tracking page, with its code, in any cache.
    const urls = await keptUrls(page);
    expect(urls).toContain(`${origin}/zh/guide/unpaid-wages`);
    expect(urls.filter((u) => u.includes("/track") || u.includes("code="))).toEqual([]);
  } finally {
    await network.down().catch(() => {});
  }
});

test("offline: an appeal the server sends back is shown once, with what was typed and what to fix", async ({
  page,
  baseURL,
  consoleErrors,
}) => {
  const network = new Network(new URL(baseURL!));
  await network.up();
  const origin = `http://127.0.0.1:${network.port}`;
  try {
    await page.goto(`${origin}/zh/appeal`);
    await page.evaluate(() => navigator.serviceWorker.ready);
    await kept(page, [`${origin}/zh/appeal`, `${origin}/zh/appeal/kept`]);
    await network.down();

    // A phone number the form cannot check, only the server: kept, sent
    // when the network returns, and refused with the problem marked.
    await page.goto(`${origin}/zh/appeal`);
    await waitForApp(page);
    const description = "没有信号的时候写的：桥上的栏杆断了，孩子上学要过桥。";
    await writeAppeal(page, description, "松林村", "12345");
    await expect(page.getByRole("heading", { name: message("zh-CN", "appeal-kept-heading") })).toBeVisible();
    await network.up();
    const returned = page.locator('#outbox [data-outbox-result]');
    await expect(returned).toContainText(message("zh-CN", "outbox-returned"), { timeout: 30_000 });
    await expect(page.getByText(message("zh-CN", "outbox-waiting"))).toBeHidden();
    // Not moved on to a receipt: there is none.
    await expect(page.getByRole("heading", { name: message("zh-CN", "appeal-kept-heading") })).toBeVisible();

    await returned.getByRole("link", { name: message("zh-CN", "outbox-returned-open") }).click();
    await expect(page.locator("#phone-error")).toHaveText(message("zh-CN", "appeal-error-phone"));
    await expect(page.getByLabel(message("zh-CN", "appeal-description"))).toHaveValue(description);
    await expect(page.getByLabel(message("zh-CN", "appeal-phone"))).toHaveValue("12345");
    // The returned page keeps the server's 422, which Chromium logs; that
    // one line is expected, and only that one.
    expect(consoleErrors.splice(0)).toEqual([expect.stringContaining("status of 422")]);
    const returnedAt = page.url();
    expect(new URL(returnedAt).pathname).toMatch(/^\/zh\/appeal\/returned\//);

    // Shown once: it holds the resident's details, so it is gone from the
    // phone, the line is gone, and its address now leads to an empty form.
    expect((await keptUrls(page)).filter((u) => u.includes("/returned/"))).toEqual([]);
    await page.goto(returnedAt);
    expect(new URL(page.url()).pathname).toBe("/zh/appeal");
    await expect(page.locator("#phone-error")).toHaveCount(0);
    await expect(page.locator("html")).toHaveAttribute("data-outbox", "empty");
  } finally {
    await network.down().catch(() => {});
  }
});
