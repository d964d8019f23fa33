// Search benchmark: bytes a first query downloads (manifest, index chunks, result fragments) and
// the index's size on disk, for a built site. Usage: node search-bench.js SITE_DIR [BASE_PATH]
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const { openSite } = require("../js/site-index.js");

const [siteDir, basePath = "/"] = process.argv.slice(2);
const queries = [["zh", "数字经济 发展"], ["en", "digital economy"], ["zh", "网络安全"], ["en", "ransomware"]];

function diskSize(dir) {
  let bytes = 0, files = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) { const s = diskSize(full); bytes += s.bytes; files += s.files; }
    else { bytes += fs.statSync(full).size; files++; }
  }
  return { bytes, files };
}

(async () => {
  for (const [language, query] of queries) {
    const site = openSite(siteDir, basePath); // a fresh reader: nothing cached, as on a first visit
    const started = process.hrtime.bigint();
    const outcome = await site.Search.run([site.index(language)], query, 10);
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    console.log(`${language}\t${query}\t${outcome.total} sections\t${(site.counter.bytes / 1024).toFixed(1)} KB in ${site.counter.files} files\t${ms.toFixed(0)} ms (node, from disk)`);
  }
  for (const language of ["zh", "en"]) {
    const { bytes, files } = diskSize(path.join(siteDir, "search", language));
    console.log(`${language} index on disk\t${(bytes / 1024 / 1024).toFixed(1)} MB in ${files} files`);
  }
})();
