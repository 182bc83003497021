// Browser tests in Debian's Chromium, as a resident sees the portal: a
// 360x640 phone screen and WeChat's user agent. scripts/e2e starts a real
// server on a free port and passes its address in GONGDAO_URL.
import { defineConfig } from "@playwright/test";

const WECHAT_ANDROID =
  "Mozilla/5.0 (Linux; Android 10; V2031A Build/QP1A.190711.020; wv) AppleWebKit/537.36 " +
  "(KHTML, like Gecko) Version/4.0 Chrome/126.0.6478.188 Mobile Safari/537.36 XWEB/1260183 " +
  "MMWEBSDK/20240501 MMWEBID/1234 MicroMessenger/8.0.50.2701(0x2800323B) WeChat/arm64 Weixin " +
  "NetType/4G Language/zh_CN ABI/arm64";

export default defineConfig({
  testDir: "./tests",
  outputDir: "./test-results",
  timeout: 60_000,
  retries: 0,
  workers: 1,
  reporter: [["list"]],
  use: {
    baseURL: process.env.GONGDAO_URL ?? "http://127.0.0.1:8080",
    viewport: { width: 360, height: 640 },
    userAgent: WECHAT_ANDROID,
    isMobile: true,
    hasTouch: true,
    locale: "zh-CN",
    launchOptions: {
      executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
});
