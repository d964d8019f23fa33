// The language switcher's click handler in site.js, run against a stub page: it carries the
// reader's section over, through the build's data-section-map when the versions' headings differ.
"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const fs = require("node:fs");
const path = require("node:path");
const vm = require("node:vm");

const script = fs.readFileSync(path.join(__dirname, "..", "..", "themes", "default", "assets", "js", "site.js"), "utf8");

// Clicks the switcher link to English on a page showing `hash`, whose headings have the given ids
// (an alias id maps to the heading that holds it), and returns where the link then goes.
function switchLanguage(hash, headings, attributes) {
  const listeners = {};
  const elements = {};
  for (const [id, headingId] of Object.entries(headings)) {
    const heading = { id: headingId };
    elements[id] = { id, closest: () => heading };
  }
  const document = {
    addEventListener: (type, listener) => { listeners[type] = listener; },
    getElementById: (id) => elements[id] || null,
    body: { classList: { contains: () => false } },
    querySelector: () => null,
    querySelectorAll: () => [],
  };
  vm.runInNewContext(script, {
    document,
    location: { hash },
    window: { matchMedia: () => ({ matches: false }) },
    localStorage: { setItem() {}, getItem() { return null; } },
    navigator: { languages: [] },
  });
  const all = Object.assign({ "data-language": "en", "data-keep-section": "" }, attributes);
  const link = {
    href: "https://example.org/en/r/intro/",
    getAttribute: (name) => (name in all ? all[name] : null),
    hasAttribute: (name) => name in all,
  };
  listeners.click({ target: { closest: () => link } });
  return link.href;
}

const headings = { "sec-1": "sec-1", "sec-2": "sec-2", "sec-2-1": "sec-2-1", "sec-3": "sec-3", "方法": "sec-2" };

test("matching versions keep the numbered section", () => {
  assert.equal(switchLanguage("#sec-2-1", headings, {}), "https://example.org/en/r/intro/#sec-2-1");
});

test("a text-slug alias is carried over as its heading's numbered id", () => {
  assert.equal(switchLanguage("#" + encodeURIComponent("方法"), headings, {}), "https://example.org/en/r/intro/#sec-2");
});

test("differing versions follow the section map, both to a section and to the top", () => {
  const map = { "data-section-map": "sec-2:sec-3 sec-2-1:sec-3 sec-3:" };
  assert.equal(switchLanguage("#sec-2-1", headings, map), "https://example.org/en/r/intro/#sec-3");
  assert.equal(switchLanguage("#sec-3", headings, map), "https://example.org/en/r/intro/");
  assert.equal(switchLanguage("#sec-1", headings, map), "https://example.org/en/r/intro/#sec-1");
});

test("no section, or an id that is not a section, goes to the top", () => {
  assert.equal(switchLanguage("", headings, {}), "https://example.org/en/r/intro/");
  assert.equal(switchLanguage("#nowhere", headings, {}), "https://example.org/en/r/intro/");
});
