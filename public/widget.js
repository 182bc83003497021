// Gongdao's chat widget loader. A page adds
//   <script src="https://HOST/widget.js" data-lang="bo" async></script>
// and gets a floating button; the chat (an iframe of HOST/widget) loads only
// when the button is tapped, so the page pays for nothing before that. The
// iframe is of another origin and cannot reach into the page.
(function () {
  var me = document.currentScript;
  if (!me || document.getElementById("gongdao-chat-button")) return;
  var host = new URL(me.src).origin;
  var lang = me.getAttribute("data-lang");
  // The server puts each language's button text here (from locales/).
  var labels = /*LABELS*/ { zh: { open: "问法律", close: "关闭" } };
  if (!labels[lang]) lang = "zh";
  var text = labels[lang];
  var css =
    "position:fixed;z-index:2147483000;right:12px;bottom:12px;border:0;border-radius:24px;" +
    "background:#9c2b23;color:#fff;font-size:16px;line-height:1.5;font-family:inherit;padding:12px 18px;" +
    "box-shadow:0 2px 8px rgba(0,0,0,.3)";
  // font-family:inherit: the button speaks the page's language, so it takes
  // the page's font (a Tibetan page's web font); a fixed sans-serif drew
  // Tibetan and Yi labels as boxes on phones without those fonts.
  var button = document.createElement("button");
  button.id = "gongdao-chat-button";
  button.type = "button";
  button.lang = lang === "zh" ? "zh-CN" : lang;
  button.textContent = "💬 " + text.open;
  button.setAttribute("aria-expanded", "false");
  button.style.cssText = css;
  var frame = null;
  button.onclick = function () {
    if (!frame) {
      frame = document.createElement("iframe");
      frame.id = "gongdao-chat";
      frame.title = text.open;
      frame.src = host + "/widget?lang=" + encodeURIComponent(lang);
      frame.style.cssText =
        "position:fixed;z-index:2147483000;right:0;bottom:64px;width:100%;max-width:420px;" +
        "height:calc(100% - 76px);max-height:640px;border:0;border-radius:8px 8px 0 0;" +
        "background:#fff;box-shadow:0 0 12px rgba(0,0,0,.3)";
      document.body.appendChild(frame);
    } else {
      frame.hidden = !frame.hidden;
    }
    var open = !frame.hidden;
    button.textContent = open ? "✕ " + text.close : "💬 " + text.open;
    button.setAttribute("aria-expanded", String(open));
  };
  function place() {
    document.body.appendChild(button);
  }
  if (document.body) place();
  else document.addEventListener("DOMContentLoaded", place);
})();
