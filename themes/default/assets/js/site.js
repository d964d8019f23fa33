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
    return /^sec-/.test(id) ? "#" + id : "";
  }

  // The language switcher keeps the reader's place: carry the current section over.
  document.addEventListener("click", function (event) {
    var link = event.target.closest && event.target.closest("a[data-keep-section]");
    if (!link) return;
    var hash = sectionHash();
    if (hash) link.href = link.href.split("#")[0] + hash;
  });

  // Collapse the in-page table of contents on narrow screens, where it sits above the text.
  var toc = document.querySelector(".toc__details");
  if (toc && window.matchMedia("(max-width: 74.99rem)").matches) toc.removeAttribute("open");
})();
