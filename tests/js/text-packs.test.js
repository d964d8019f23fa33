// The search reads each result's text from its text pack with two range requests (the record's two
// offsets, then the record). A host that ignores ranges sends whole packs instead: the results must be
// the same, only the download larger. The site is built by the .NET test that runs this file.
"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const fs = require("node:fs");
const path = require("node:path");
const { openSite } = require("./site-index.js");
const Search = require("../../themes/default/assets/js/search-engine.js");

const siteDir = process.env.REPORTSITE_SITE;
const basePath = process.env.REPORTSITE_BASE || "/";

/** The same index, read by a loader that answers every range request with the whole file, as such a host does. */
function wholeFileIndex(language) {
  const counter = { bytes: 0 };
  const read = (url) => {
    const content = fs.readFileSync(path.join(siteDir, url.slice(basePath.length)));
    counter.bytes += content.length;
    return content.buffer.slice(content.byteOffset, content.byteOffset + content.length);
  };
  const load = (url) => Promise.resolve().then(() => read(url));
  const loadJson = (url) => Promise.resolve().then(() => JSON.parse(Buffer.from(read(url)).toString("utf8")));
  const loadRange = (url, start, end) => Promise.resolve().then(() => read(url).slice(start, end));
  return { index: new Search.Index(`${basePath}search/${language}/manifest.json`, language, load, loadJson, loadRange), counter };
}

for (const [language, query] of [["zh", "网络安全"], ["en", "digital economy"], ["en", "ransom"]]) {
  test(`[${language}] ${query}: the same results from ranges and from whole packs, fewer bytes with ranges`, { skip: !siteDir && "REPORTSITE_SITE is not set" }, async () => {
    const site = openSite(siteDir, basePath);
    const ranged = await Search.run([site.index(language)], query, 10);
    const whole = wholeFileIndex(language);
    const unranged = await Search.run([whole.index], query, 10);

    assert.ok(ranged.results.length > 0, "no results");
    assert.deepEqual(ranged.results.map((r) => r.fragment), unranged.results.map((r) => r.fragment));
    for (const result of ranged.results) {
      assert.ok(result.fragment.u.startsWith(`${basePath}${language}/`), result.fragment.u);
      assert.equal(typeof result.fragment.x, "string");
    }
    assert.ok(site.counter.bytes < whole.counter.bytes, `${site.counter.bytes} bytes with ranges, ${whole.counter.bytes} without`);
  });
}
