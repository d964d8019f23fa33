// Opens a built site's search index from disk with the theme's search engine, counting the bytes
// each query would download. Used by the relevance tests and by bench/search-bench.js.
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const Search = require("../../themes/default/assets/js/search-engine.js");

function openSite(siteDir, basePath) {
  const counter = { bytes: 0, files: 0 };
  const read = (url) => {
    if (!url.startsWith(basePath)) throw new Error(`${url} is outside ${basePath}`);
    const content = fs.readFileSync(path.join(siteDir, url.slice(basePath.length)));
    counter.bytes += content.length;
    counter.files += 1;
    return content;
  };
  const load = (url) => Promise.resolve().then(() => {
    const b = read(url);
    return b.buffer.slice(b.byteOffset, b.byteOffset + b.length);
  });
  const loadJson = (url) => Promise.resolve().then(() => JSON.parse(read(url).toString("utf8")));
  // A range request: only the bytes asked for count (as a host that answers ranges sends them).
  const loadRange = (url, start, end) => Promise.resolve().then(() => {
    if (!url.startsWith(basePath)) throw new Error(`${url} is outside ${basePath}`);
    const file = fs.openSync(path.join(siteDir, url.slice(basePath.length)), "r");
    try {
      const part = Buffer.alloc(end - start);
      const read = fs.readSync(file, part, 0, part.length, start);
      if (read !== part.length) throw new Error(`${url}: ${start}-${end} is past its end`);
      counter.bytes += part.length;
      counter.files += 1;
      return part.buffer.slice(part.byteOffset, part.byteOffset + part.length);
    } finally { fs.closeSync(file); }
  });
  const index = (language) => new Search.Index(`${basePath}search/${language}/manifest.json`, language, load, loadJson, loadRange);
  return { index, counter, Search };
}

module.exports = { openSite };
