// Offline reading and the outbox, where the browser has service workers
// (not in WeChat on iOS, nor in old engines: there the portal works as
// before, with the network). Registers public/sw.js, tells it which page
// opened, and shows on the page what became of appeals sent without a
// network (the hidden #outbox the server draws in every resident page).
const worker = navigator.serviceWorker;

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
  // The page that said "kept" goes to the appeal's receipt once it is sent.
  const sent = status.results.find((r) => r.state === "sent");
  if (sent && document.querySelector("[data-outbox-kept]")) location.replace(sent.url);
}

if (worker && !location.pathname.startsWith("/widget")) {
  worker.register("/sw.js").catch((e) => console.warn("Gongdao: no offline reading here", e));
  worker.addEventListener("message", (event) => {
    if (event.data && event.data.type === "outbox") show(event.data);
  });
  const font = document.querySelector('link[rel="preload"][as="font"]');
  worker.ready.then((registration) =>
    registration.active.postMessage({ type: "opened", url: location.href, font: font ? font.href : null }),
  );
  addEventListener("online", () =>
    worker.ready.then((registration) => registration.active.postMessage({ type: "online" })),
  );
}
