// Shared test set-up: every page fails its test on a console error or an
// uncaught exception, and UI strings are read from the Fluent files so the
// tests check what translators wrote, not a copy of it.
import { test as base, expect, Page } from "@playwright/test";
import { readFileSync } from "node:fs";
import { join } from "node:path";

export const LANGS = [
  { slug: "zh", tag: "zh-CN" },
  { slug: "bo", tag: "bo" },
  { slug: "ii", tag: "ii" },
] as const;

/** The value of a simple (single-line) Fluent message. */
export function message(tag: string, id: string): string {
  const file = readFileSync(join(__dirname, "../../locales", tag, "app.ftl"), "utf8");
  const line = file.split("\n").find((l) => l.startsWith(`${id} =`));
  if (!line) throw new Error(`${id} not in ${tag}/app.ftl`);
  return line.slice(id.length + 2).trim();
}

/** Waits until the wasm has started and attached to the server's HTML. */
export async function waitForApp(page: Page) {
  await expect(page.locator("html")).toHaveAttribute("data-app", "ready", { timeout: 30_000 });
}

export const test = base.extend<{ consoleErrors: string[] }>({
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on("console", (msg) => {
        if (msg.type() === "error") errors.push(msg.text());
      });
      page.on("pageerror", (err) => errors.push(String(err)));
      await use(errors);
      expect(errors, "console errors on the page").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** A small solid-colour PNG, as a phone camera would hand over a photo. */
export function photoPng(width = 64, height = 48): Buffer {
  const { deflateSync, crc32 } = require("node:zlib");
  const chunk = (type: string, data: Buffer) => {
    const head = Buffer.alloc(8);
    head.writeUInt32BE(data.length, 0);
    head.write(type, 4, "latin1");
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(Buffer.concat([Buffer.from(type, "latin1"), data])) >>> 0, 0);
    return Buffer.concat([head, data, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // RGB
  const row = Buffer.concat([Buffer.from([0]), Buffer.alloc(width * 3, 0xa0)]);
  const raw = Buffer.concat(Array.from({ length: height }, () => row));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(raw)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}
