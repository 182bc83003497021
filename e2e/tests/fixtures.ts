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
