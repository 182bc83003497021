// Every article's poster view fits one A4 sheet, in every language, for
// the notice board in the village square.
import { test, expect } from "./fixtures";
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";

const GUIDE = join(__dirname, "../../content/guide");
const slugs = readdirSync(GUIDE).filter((f) => statSync(join(GUIDE, f)).isDirectory());

test("every poster fits one A4 page", async ({ page }) => {
  test.setTimeout(180_000);
  expect(slugs.length).toBeGreaterThanOrEqual(16);
  const tooLong: string[] = [];
  for (const slug of slugs) {
    for (const lang of ["zh", "bo", "ii"]) {
      await page.goto(`/${lang}/guide/${slug}/print`);
      await page.evaluate(() => document.fonts.ready);
      const pdf = await page.pdf({ format: "A4", printBackground: true, preferCSSPageSize: true });
      const pages = (pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? []).length;
      if (pages !== 1) tooLong.push(`${lang}/${slug}: ${pages} pages`);
    }
  }
  expect(tooLong).toEqual([]);
});
