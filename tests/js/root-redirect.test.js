// The root page's redirect in site.js, run against a stub page: it follows only the chooser's own
// links, and a poisoned stored language (storage is shared by every script on the origin) is ignored.
"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const fs = require("node:fs");
const path = require("node:path");
const vm = require("node:vm");

const script = fs.readFileSync(path.join(__dirname, "..", "..", "themes", "default", "assets", "js", "site.js"), "utf8");

// Loads the root page with the stored language and browser languages given; returns where it redirects (null: stays).
function redirect(stored, browser, chooser) {
  let target = null;
  const links = Object.entries(chooser || { zh: "https://example.org/zh/", en: "https://example.org/en/" })
    .map(([language, href]) => ({ href, getAttribute: (name) => (name === "data-language" ? language : null) }));
  const stores = [];
  const listeners = {};
  const document = {
    addEventListener: (type, listener) => { listeners[type] = listener; },
    getElementById: () => null,
    body: { classList: { contains: (name) => name === "kind-root" } },
    querySelector: () => null,
    querySelectorAll: (selector) => (selector.includes("language-chooser") ? links : []),
  };
  vm.runInNewContext(script, {
    document,
    location: { hash: "", replace: (url) => { target = url; } },
    window: { matchMedia: () => ({ matches: false }) },
    localStorage: { setItem(key, value) { stores.push(value); }, getItem() { return stored; } },
    navigator: { languages: browser },
  });
  return { target, listeners, stores };
}

test("the remembered language wins over the browser's", () => {
  assert.equal(redirect("en", ["zh-CN"]).target, "https://example.org/en/");
});

test("a poisoned stored language is ignored, not followed", () => {
  for (const poison of ["constructor", "__proto__", "toString", "hasOwnProperty", "../../evil", "javascript:alert(1)", "", "e".repeat(5000)]) {
    const { target } = redirect(poison, ["zh-CN"]);
    assert.equal(target, "https://example.org/zh/", `stored ${JSON.stringify(poison)}`);
  }
});

test("a poisoned browser language list finds nothing and the page stays", () => {
  assert.equal(redirect(null, ["constructor", "__proto__", null, 42]).target, null);
});

test("a link's language is stored only when it is a language code", () => {
  for (const [language, stored] of [["en", ["en"]], ["constructor-x", ["constructor-x"]], ["\"><x", []], ["a b", []]]) {
    const { listeners, stores } = redirect(null, [], {});
    const link = { href: "https://example.org/en/", getAttribute: (n) => (n === "data-language" ? language : null), hasAttribute: () => false };
    listeners.click({ target: { closest: () => link } });
    assert.deepEqual(stores, stored);
  }
});
