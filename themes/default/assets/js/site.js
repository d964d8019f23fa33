// Progressive enhancement only: every page reads and navigates fully without this script.
(function () {
  "use strict";

  // The section a hash points at: numbered section ids are the same in every language,
  // so a text-slug alias (#数据治理) is mapped to its heading's numbered id (#sec-2).
  function sectionHash() {
    var id = decodeURIComponent(location.hash.slice(1));
    if (!id) return "";
    var target = document.getElementById(id);
    if (!target) return "";
    var heading = target.closest("h1, h2, h3, h4, h5, h6");
    if (heading && /^sec-/.test(heading.id)) return "#" + heading.id;
    return /^(sec|table|figure)-/.test(id) ? "#" + id : "";
  }

  // Where a section lands in the other language. When the two versions' headings differ, the
  // build lists the sections that land elsewhere ("sec-3:sec-2 sec-4:"; empty = the top of the page).
  function mappedSection(hash, map) {
    if (!hash || map === null) return hash;
    var pairs = map.split(" ");
    for (var i = 0; i < pairs.length; i++) {
      var pair = pairs[i].split(":");
      if ("#" + pair[0] === hash) return pair[1] ? "#" + pair[1] : "";
    }
    return hash;
  }

  // Remember the language a reader picks, for the next visit to the site's root.
  var storageKey = "reportsite.language";
  function isLanguageCode(value) {
    return typeof value === "string" && value.length <= 35 && /^[a-z0-9]+(-[a-z0-9]+)*$/i.test(value);
  }
  function remember(language) {
    if (!isLanguageCode(language)) return; // only a language code is stored, never what a page's link said
    try { localStorage.setItem(storageKey, language); } catch (e) { /* storage disabled: nothing to remember */ }
  }
  function remembered() {
    try { return localStorage.getItem(storageKey); } catch (e) { return null; }
  }

  document.addEventListener("click", function (event) {
    var link = event.target.closest && event.target.closest("a[data-language]");
    if (!link) return;
    remember(link.getAttribute("data-language"));
    // The language switcher keeps the reader's place: carry the current section over.
    if (link.hasAttribute("data-keep-section")) {
      link.href = link.href.split("#")[0] + mappedSection(sectionHash(), link.getAttribute("data-section-map"));
    }
  });

  // The root page offers every language; with JavaScript, go straight to the remembered one,
  // else to the first of the browser's languages the site has. Without JavaScript it is a choice.
  // Every value is looked up safely: a stored "constructor" or "__proto__" (storage is shared with
  // other scripts on the origin) must not find Object's members, and only a chooser's own link is followed.
  if (document.body.classList.contains("kind-root")) {
    var choices = Object.create(null);
    Array.prototype.forEach.call(document.querySelectorAll(".language-chooser a[data-language]"), function (a) {
      var language = a.getAttribute("data-language");
      if (isLanguageCode(language) && typeof a.href === "string" && a.href) choices[language] = a.href;
    });
    var wanted = [remembered()].concat(navigator.languages || [navigator.language]);
    for (var i = 0; i < wanted.length; i++) {
      var code = typeof wanted[i] === "string" ? wanted[i].toLowerCase().split("-")[0] : "";
      if (isLanguageCode(code) && Object.prototype.hasOwnProperty.call(choices, code)) { location.replace(choices[code]); break; }
    }
  }

  // "/" jumps to the search box, as on most documentation sites (not while typing elsewhere).
  document.addEventListener("keydown", function (event) {
    if (event.key !== "/" || event.ctrlKey || event.metaKey || event.altKey) return;
    var target = event.target;
    if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return;
    var box = document.querySelector("#search-query, #site-search-input");
    if (!box) return;
    event.preventDefault();
    box.focus();
    box.select();
  });

  // Collapse the in-page table of contents on narrow screens, where it sits above the text.
  var toc = document.querySelector(".toc__details");
  if (toc && window.matchMedia("(max-width: 74.99rem)").matches) toc.removeAttribute("open");

  // Sortable data tables: each header becomes a button; cells carry their raw value in data-sort.
  function sortTable(table, column, header) {
    var body = table.tBodies[0];
    var numeric = header.classList.contains("num");
    var ascending = header.getAttribute("aria-sort") !== "ascending";
    var rows = Array.prototype.slice.call(body.rows);
    var collator = new Intl.Collator(document.documentElement.lang, { numeric: true });
    rows.sort(function (a, b) {
      var x = a.cells[column].getAttribute("data-sort") || "";
      var y = b.cells[column].getAttribute("data-sort") || "";
      var order;
      if (numeric) {
        if (x === "" || y === "") return x === y ? 0 : x === "" ? 1 : -1; // empty values last
        order = parseFloat(x) - parseFloat(y);
      } else {
        order = collator.compare(x, y);
      }
      return ascending ? order : -order;
    });
    rows.forEach(function (row) { body.appendChild(row); });
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (cell) { cell.removeAttribute("aria-sort"); });
    header.setAttribute("aria-sort", ascending ? "ascending" : "descending");
  }

  Array.prototype.forEach.call(document.querySelectorAll("table.sortable"), function (table) {
    if (!table.tHead || !table.tBodies.length) return;
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (header, column) {
      var button = document.createElement("button");
      button.type = "button";
      while (header.firstChild) button.appendChild(header.firstChild);
      header.appendChild(button);
      button.addEventListener("click", function () { sortTable(table, column, header); });
    });
  });

  // Code blocks: a wide one scrolls, so it takes the keyboard focus (as tables do); a button copies
  // the code's text. Without JavaScript, or where the page may not write to the clipboard, there is
  // no button, and the code can still be selected.
  var prose = document.querySelector(".prose[data-copy-label]");
  var canCopy = navigator.clipboard && window.isSecureContext;
  var copyStatus = null;
  if (prose && canCopy) {
    copyStatus = document.createElement("p");
    copyStatus.className = "visually-hidden";
    copyStatus.setAttribute("role", "status");
    copyStatus.setAttribute("aria-live", "polite");
    prose.appendChild(copyStatus);
  }
  function addCopyButton(pre, code) {
    var copyLabel = prose.getAttribute("data-copy-label");
    var copiedLabel = prose.getAttribute("data-copied-label");
    var block = document.createElement("div");
    block.className = "code-block";
    var bar = document.createElement("div");
    bar.className = "code-block__bar";
    var button = document.createElement("button");
    button.type = "button";
    button.className = "code-block__copy";
    button.textContent = copyLabel;
    bar.appendChild(button);
    pre.parentNode.insertBefore(block, pre);
    block.appendChild(bar);
    block.appendChild(pre);
    var reset = 0;
    button.addEventListener("click", function () {
      // The block's text as written: Markdown ends every code line with a line break, the last one included.
      navigator.clipboard.writeText(code.textContent.replace(/\n$/, "")).then(function () {
        button.textContent = copiedLabel;
        copyStatus.textContent = copiedLabel;
        clearTimeout(reset);
        reset = setTimeout(function () { button.textContent = copyLabel; copyStatus.textContent = ""; }, 2000);
      }, function () { /* the browser refused: the code can still be selected */ });
    });
  }
  if (prose) {
    Array.prototype.forEach.call(prose.querySelectorAll("pre > code"), function (code) {
      var pre = code.parentNode;
      pre.tabIndex = 0;
      if (canCopy) addCopyButton(pre, code);
    });
  }
})();
