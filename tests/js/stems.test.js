// The client has no stemmer: the index lists each word it saw whose stem differs, pointing to the stem
// (PostingChunk.cs), and the engine looks the reader's words up as written. An index made here by hand
// in that layout: words found through their stems, prefixes through the words they begin, and a word
// the index never saw through the longest term it begins with.
"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const Search = require("../../themes/default/assets/js/search-engine.js");

function varint(value, out) {
  do { let b = value & 0x7f; value = Math.floor(value / 128); if (value) b |= 0x80; out.push(b); } while (value);
}
function text(s, out) { const bytes = Buffer.from(s, "utf8"); varint(bytes.length, out); out.push(...bytes); }

/** A chunk of [term, postings [[section, impact]...]] or [word, { stem }], in term order. */
function chunk(entries) {
  const out = [];
  varint(entries.length, out);
  for (const [term, value] of entries) {
    text(term, out);
    if (value.stem) { varint(0, out); text(value.stem, out); continue; }
    varint(value.length, out);
    varint(value.length, out);
    let previous = 0;
    for (const [section, impact] of value) { varint(section - previous, out); out.push(impact); previous = section; }
  }
  return new Uint8Array(out).buffer;
}

function index() {
  const chunks = [
    chunk([["refresh", [[0, 40], [2, 30]]], ["refreshed", { stem: "refresh" }], ["refreshing", { stem: "refresh" }]]),
    chunk([["swipe", [[1, 40]]], ["swiping", { stem: "swipe" }], ["zebra", [[3, 40]]]]),
  ];
  const manifest = { version: 1, language: "en", sections: 4, secondaryFrom: 4, sectionsPerPack: 32, base: "v/", chunks: ["refresh", "swipe"] };
  const load = (url) => Promise.resolve(chunks[Number(/c\/(\d+)\.bin$/.exec(url)[1])]);
  const loadJson = () => Promise.resolve(manifest);
  return new Search.Index("/search/en/manifest.json", "en", load, loadJson, () => Promise.reject(new Error("no texts here")));
}

async function sections(query) {
  return (await index().search(query)).map((r) => r.section).sort();
}

test("a word the index saw is found through its stem", async () => {
  assert.deepEqual(await sections("refreshing"), [0, 2]);
  assert.deepEqual(await sections("refreshed page"), [0, 2]);
  assert.deepEqual(await sections("swiping"), [1]);
  assert.deepEqual(await sections("refresh"), [0, 2]);
});

test("the last word, as a prefix, finds the stems of the words it begins, once each", async () => {
  assert.deepEqual(await sections("refr"), [0, 2]);
  assert.deepEqual(await sections("swi"), [1]);
  const results = await index().search("refreshi");
  assert.deepEqual(results.map((r) => r.section).sort(), [0, 2]);
  assert.deepEqual([...new Set(results[0].terms)], ["refresh"]);
});

test("a word the index never saw finds the longest term it begins with, at most four letters shorter", async () => {
  assert.deepEqual(await sections("refreshes"), [0, 2]);
  assert.deepEqual(await sections("refreshments"), []); // seven letters past "refresh": another word
  assert.deepEqual(await sections("zebras"), [3]);
});

test("the matched stems mark the snippet", () => {
  const pieces = Search.snippet("refreshing", "Pull down to refresh the list.", 140, ["refresh"]);
  assert.deepEqual(pieces.filter((p) => p.mark).map((p) => p.text), ["refresh"]);
});
