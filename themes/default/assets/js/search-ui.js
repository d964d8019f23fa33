// The search page: reads ?q= and ?scope=, runs the query with search-engine.js, and shows results.
// Every text from the index is inserted with textContent, never as HTML.
(function () {
  "use strict";
  var form = document.querySelector("form[data-search]");
  if (!form || !window.ReportSiteSearch) return;
  var Search = window.ReportSiteSearch;
  var input = form.querySelector("input[name=q]");
  var status = document.getElementById("search-status");
  var list = document.getElementById("search-results");
  var help = document.getElementById("search-help");
  var more = document.getElementById("search-more");
  var labels = JSON.parse(form.getAttribute("data-labels"));
  var manifests = JSON.parse(form.getAttribute("data-manifests"));
  var language = form.getAttribute("data-language");

  function loader(kind) {
    return function (url) {
      return fetch(url).then(function (response) {
        if (!response.ok) throw new Error(response.status + " " + url);
        return kind === "json" ? response.json() : response.arrayBuffer();
      });
    };
  }
  // Part of a file, with an HTTP range request (GitHub Pages and most hosts answer them); a server
  // that ignores the range sends the whole file, kept here so its other parts need no second request.
  var wholeFiles = new Map();
  function loadRange(url, start, end) {
    if (wholeFiles.has(url)) return wholeFiles.get(url).then(function (buffer) { return buffer.slice(start, end); });
    return fetch(url, { headers: { Range: "bytes=" + start + "-" + (end - 1) } }).then(function (response) {
      if (!response.ok) throw new Error(response.status + " " + url);
      if (response.status === 206) return response.arrayBuffer();
      var whole = response.arrayBuffer();
      wholeFiles.set(url, whole);
      return whole.then(function (buffer) { return buffer.slice(start, end); });
    });
  }
  var indexes = manifests.map(function (m) {
    return { language: m.language, index: new Search.Index(m.url, m.language, loader("bytes"), loader("json"), loadRange) };
  });

  function scope() {
    var checked = form.querySelector("input[name=scope]:checked");
    return checked ? checked.value : "language";
  }

  function chosenIndexes() {
    return indexes.filter(function (i) { return scope() === "all" || i.language === language; })
      .map(function (i) { return i.index; });
  }

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function render(query, outcome, limit) {
    list.textContent = "";
    outcome.results.forEach(function (result) {
      var f = result.fragment;
      var item = element("li", "search-result");
      if (result.index.language !== language) item.lang = manifests.filter(function (m) { return m.language === result.index.language; })[0].htmlLang;
      item.appendChild(element("p", "search-result__context", f.c));
      var heading = element("h2", "search-result__title");
      var link = element("a", null, f.h ? f.t + " › " + f.h : f.t);
      link.href = f.u;
      heading.appendChild(link);
      item.appendChild(heading);
      var snippet = element("p", "search-result__snippet");
      Search.snippet(query, f.x, undefined, result.terms).forEach(function (piece) {
        snippet.appendChild(piece.mark ? element("mark", null, piece.text) : document.createTextNode(piece.text));
      });
      item.appendChild(snippet);
      list.appendChild(item);
    });
    var count = outcome.total;
    var label = count === 0 ? labels.none : count === 1 ? labels.one : labels.results;
    status.textContent = Search.formatLabel(label, count, query);
    help.hidden = count !== 0;
    more.hidden = count <= limit;
  }

  var current = 0;
  function search(query, limit) {
    var run = ++current;
    query = query.trim();
    list.textContent = "";
    more.hidden = true;
    help.hidden = true;
    if (!query) { status.textContent = ""; return; }
    status.textContent = labels.loading;
    Search.run(chosenIndexes(), query, limit).then(function (outcome) {
      if (run === current) render(query, outcome, limit);
    }, function () {
      if (run === current) status.textContent = labels.error;
    });
  }

  var limit = 10;
  function update(push) {
    limit = 10;
    var params = new URLSearchParams();
    if (input.value.trim()) params.set("q", input.value.trim());
    if (scope() === "all") params.set("scope", "all");
    var url = location.pathname + (params.toString() ? "?" + params : "");
    if (push) history.replaceState(null, "", url);
    search(input.value, limit);
  }

  var params = new URLSearchParams(location.search);
  input.value = params.get("q") || "";
  if (params.get("scope") === "all") {
    var all = form.querySelector("input[name=scope][value=all]");
    if (all) all.checked = true;
  }
  form.addEventListener("submit", function (event) { event.preventDefault(); update(true); });
  var timer;
  input.addEventListener("input", function () { clearTimeout(timer); timer = setTimeout(function () { update(true); }, 250); });
  Array.prototype.forEach.call(form.querySelectorAll("input[name=scope]"), function (radio) {
    radio.addEventListener("change", function () { update(true); });
  });
  more.addEventListener("click", function () { limit += 10; search(input.value, limit); });
  document.getElementById("search-no-script").hidden = true;
  if (input.value) update(false);
})();
