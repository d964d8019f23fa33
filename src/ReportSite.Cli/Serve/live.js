// Injected by `reportsite serve` into every page it serves (never into `reportsite build` output):
// reloads the page when the site was rebuilt, and shows the build's errors over the last good page.
(function () {
  "use strict";
  var base = document.currentScript.src.replace(/__reportsite\/live\.js.*$/, "");
  var shown = null;
  var overlay = null;

  function hideOverlay() {
    if (overlay) overlay.remove();
    overlay = null;
  }

  function showOverlay() {
    fetch(base + "__reportsite/diagnostics").then(function (r) { return r.json(); }).then(function (list) {
      hideOverlay();
      overlay = document.createElement("section");
      overlay.setAttribute("role", "alert");
      overlay.setAttribute("aria-label", "Build errors");
      overlay.id = "reportsite-overlay";
      overlay.style.cssText = "position:fixed;inset:auto 0 0 0;max-height:60vh;overflow:auto;z-index:2147483647;" +
        "background:#1f0a0a;color:#ffe9e9;font:14px/1.5 ui-monospace,Menlo,Consolas,monospace;padding:1rem 1.25rem;" +
        "border-top:4px solid #e5484d;box-shadow:0 -4px 20px rgba(0,0,0,.4)";
      var title = document.createElement("strong");
      title.textContent = "ReportSite: the build has errors. This page is the last good build.";
      overlay.appendChild(title);
      var items = document.createElement("ul");
      items.style.cssText = "margin:.5rem 0 0;padding-left:1.2rem";
      list.forEach(function (d) {
        var item = document.createElement("li");
        item.style.margin = ".35rem 0";
        item.textContent = d.location + ": " + d.severity + " " + d.code + ": " + d.message + (d.hint ? "  Hint: " + d.hint : "");
        if (d.severity === "warning") item.style.color = "#ffd9a0";
        items.appendChild(item);
      });
      overlay.appendChild(items);
      var close = document.createElement("button");
      close.type = "button";
      close.textContent = "×";
      close.setAttribute("aria-label", "Close");
      close.style.cssText = "position:absolute;top:.5rem;right:.75rem;background:none;border:0;color:inherit;font-size:1.5rem;cursor:pointer";
      close.addEventListener("click", hideOverlay);
      overlay.appendChild(close);
      document.body.appendChild(overlay);
    });
  }

  var events = new EventSource(base + "__reportsite/events");
  events.addEventListener("state", function (event) {
    var state = JSON.parse(event.data);
    if (shown === null) shown = state.version; // the first message says what this page shows
    if (state.errors) showOverlay();
    else if (state.version !== shown) location.reload();
    else hideOverlay();
  });
})();
