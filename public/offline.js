// Offline reading and the outbox, where the browser has service workers
// (not in WeChat on iOS, nor in old engines: there the portal works as
// before, with the network). Registers public/sw.js, tells it which page
// opened, and shows on the page what became of appeals sent without a
// network (the hidden #outbox the server draws in every resident page).
const worker = navigator.serviceWorker;
// On a weak signal the browser never says "online": while an appeal waits,
// the worker is asked to try again this often, and when the page is shown.
const RETRY_MS = 10_000;
let retrying = null;

function tell(message) {
  worker.ready.then((registration) => registration.active && registration.active.postMessage(message));
}

function show(status) {
  const box = document.getElementById("outbox");
  if (!box) return;
  for (const old of box.querySelectorAll("[data-outbox-result]")) old.remove();
  box.querySelector('[data-outbox="waiting"]').hidden = status.waiting === 0;
  for (const result of status.results) {
    const line = box.querySelector(`[data-outbox="${result.state}"]`).cloneNode(true);
    line.dataset.outboxResult = result.key;
    line.querySelector("a").href = result.url;
    line.hidden = false;
    box.append(line);
  }
  box.hidden = status.waiting === 0 && status.results.length === 0;
  document.documentElement.dataset.outbox = box.hidden ? "empty" : "shown";
  if (status.waiting > 0 && !retrying) retrying = setInterval(() => tell({ type: "retry" }), RETRY_MS);
  if (status.waiting === 0 && retrying) retrying = clearInterval(retrying);
  // The page that said "kept" goes on to its appeal's receipt once sent.
  const kept = document.querySelector("[data-outbox-kept]");
  const mine = kept && status.results.find((r) => r.key === kept.dataset.outboxKept && r.state === "sent");
  if (mine) location.replace(mine.url);
}

if (worker && !location.pathname.startsWith("/widget")) {
  // After the page has loaded: the worker's first install fetches the
  // bundle again, which must come from the browser's cache, not compete
  // with the page's own download on 3G.
  const register = () => worker.register("/sw.js").catch((e) => console.warn("Gongdao: no offline reading here", e));
  if (document.readyState === "complete") register();
  else addEventListener("load", register, { once: true });
  worker.addEventListener("message", (event) => {
    if (event.data && event.data.type === "outbox") show(event.data);
  });
  const font = document.querySelector('link[rel="preload"][as="font"]');
  tell({ type: "opened", url: location.href, font: font ? font.href : null });
  addEventListener("online", () => tell({ type: "retry" }));
  document.addEventListener("visibilitychange", () => document.hidden || tell({ type: "retry" }));
}
