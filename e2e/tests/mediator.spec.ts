// Mediation by order (点单调解) on phones: one side picks two mediators, the
// other side opens the invitation in Tibetan and accepts one, the township
// arranges time and place and records the outcome, both sides rate, and the
// board shows the new rating.
import { test, expect, message, waitForApp } from "./fixtures";

const STAFF_PASSWORD = "gongdao-demo-2026"; // demo data, see README

type Card = { id: string; name: string };

test("pick, accept by invitation, arrange, record, rate, see the rating", async ({ browser, baseURL, request }) => {
  const zh: Card[] = await (await request.get("/api/mediators?township=t-qingke&lang=zh")).json();
  const bo: Card[] = await (await request.get("/api/mediators?township=t-qingke&lang=bo")).json();
  const [first, second] = zh;
  const secondInTibetan = bo.find((c) => c.id === second.id)!.name;
  const phone = { baseURL, viewport: { width: 360, height: 640 } };

  // Party A asks, trusting two mediators.
  const a = await (await browser.newContext(phone)).newPage();
  await a.goto("/zh/mediation");
  await a.getByRole("radio", { name: message("zh-CN", "specialty-land") }).check();
  await a.getByLabel(message("zh-CN", "appeal-place")).selectOption({ label: "河谷村" });
  await a.getByLabel(message("zh-CN", "mediation-description"), { exact: true }).fill("我家和邻居为承包地的地界争了两年。");
  await a.getByRole("checkbox", { name: `我信得过${first.name}` }).check();
  await a.getByRole("checkbox", { name: `我信得过${second.name}` }).check();
  await a.getByRole("checkbox", { name: new RegExp(message("zh-CN", "mediation-consent")) }).check();
  await a.getByRole("button", { name: message("zh-CN", "mediation-submit") }).click();
  await expect(a.getByRole("heading", { name: message("zh-CN", "receipt-heading") })).toBeVisible();
  await expect(a.getByRole("heading", { name: message("zh-CN", "mediation-invite-heading") })).toBeVisible();
  await expect(a.locator(".invitation img.qr")).toBeVisible();
  const trackUrl = a.url().replace("&new=1", "");
  const no = new URL(trackUrl).pathname.split("/").pop()!;
  const invite = await a.locator(".invitation input").inputValue();
  expect(invite).toContain(`/zh/invite/${no}/`);

  // Party B opens the link, reads it in Tibetan, accepts A's second pick.
  const b = await (await browser.newContext(phone)).newPage();
  await b.goto(new URL(invite).pathname.replace("/zh/", "/bo/"));
  await waitForApp(b);
  await expect(b.locator("html")).toHaveAttribute("lang", "bo");
  await expect(b.getByText("我家和邻居")).toHaveCount(0); // A's words stay with A
  await b.getByRole("radio", { name: new RegExp(secondInTibetan) }).check();
  await b.locator(".answer-form .consent input").check();
  await b.getByRole("button", { name: message("bo", "invite-send") }).click();
  await expect(b.getByText(message("bo", "mediation-done-answer"))).toBeVisible();
  await expect(b.locator(".status")).toHaveText(message("bo", "mediation-status-matched"));

  // The township sets time and place, then records the outcome.
  const staff = await (await browser.newContext(phone)).newPage();
  await staff.goto("/staff");
  await staff.getByLabel(message("zh-CN", "staff-username")).fill("qingke");
  await staff.getByLabel(message("zh-CN", "staff-password")).fill(STAFF_PASSWORD);
  await staff.getByRole("button", { name: message("zh-CN", "staff-sign-in") }).click();
  await staff.getByRole("link", { name: no }).click();
  await expect(staff.locator(".mediator")).toHaveText(second.name);
  await staff.getByLabel(message("zh-CN", "staff-mediation-when")).fill("2026-12-10T10:00");
  await staff.getByLabel(message("zh-CN", "staff-mediation-place")).fill("青稞镇司法所调解室");
  await staff.getByRole("button", { name: message("zh-CN", "staff-mediation-schedule-send") }).click();
  await expect(staff.getByText(message("zh-CN", "staff-done"))).toBeVisible();
  await staff.getByLabel(message("zh-CN", "mediation-outcome")).selectOption("agreement");
  await staff.getByRole("button", { name: message("zh-CN", "staff-mediation-outcome-send") }).click();
  await expect(staff.getByText(message("zh-CN", "staff-done"))).toBeVisible();

  // Both sides rate.
  await a.goto(trackUrl);
  await expect(a.locator(".scheduled")).toContainText("2026-12-10 10:00");
  await a.getByRole("radio", { name: "5 星" }).check();
  await a.getByRole("button", { name: message("zh-CN", "track-rate-send") }).click();
  await expect(a.getByText(message("zh-CN", "track-done-rating"))).toBeVisible();
  await b.reload();
  await b.locator(".rating input[value='4']").check();
  await b.getByLabel(message("bo", "track-comment")).fill("<script>alert(1)</script> ཐུགས་རྗེ་ཆེ།");
  await b.getByRole("button", { name: message("bo", "track-rate-send") }).click();
  await expect(b.getByText(message("bo", "track-done-rating"))).toBeVisible();

  // The board shows the new rating and the case.
  const board = await (await browser.newContext(phone)).newPage();
  await board.goto(`/zh/mediators/${second.id}`);
  const rating = message("zh-CN", "mediator-rating").replace("{ $stars }", "4.5").replace("{ $count }", "2");
  await expect(board.locator(".rating")).toHaveText(rating);
  await expect(board.locator(".cases")).toHaveText(message("zh-CN", "mediator-cases").replace("{ $count }", "1"));
});
