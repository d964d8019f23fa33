// Relevance side by side: ReportSite's search and Pagefind's on the same built site, scored with the
// query set of tests/relevance (hit@3 and mean reciprocal rank of the page that answers each query).
// ReportSite is run with its own engine in node (what the search page runs); Pagefind in headless
// Chromium (its WebAssembly), each query from a page of the query's language.
// Usage: node relevance-vs-pagefind.js SITE_DIR [QUERIES_JSON]   (site built with base URL "/")
// Needs: npm ci in tests/bench (pagefind, playwright-core) and Debian's chromium.
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const { spawnSync } = require("node:child_process");
const { chromium } = require("playwright-core");
const { serve } = require("./static-server.js");
const { openSite } = require("../js/site-index.js");
const { score } = require("../relevance/score.js");

const siteDir = path.resolve(process.argv[2]);
const queries = JSON.parse(fs.readFileSync(process.argv[3] || path.join(__dirname, "../relevance/fidelity-corpus-queries.json"), "utf8"));

(async () => {
  const indexing = spawnSync(path.join(__dirname, "node_modules", ".bin", "pagefind"), ["--site", siteDir, "--root-selector", "main"], { encoding: "utf8" });
  if (indexing.status !== 0) throw new Error(indexing.stderr || indexing.stdout);
  const server = await serve(siteDir);
  const base = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu", "--no-first-run"] });
  const page = await browser.newPage();
  const rows = [];
  for (const language of ["zh", "en"]) {
    const cases = queries[language];
    const site = openSite(siteDir, "/");
    const ours = [];
    for (const [query] of cases) {
      const outcome = await site.Search.run([site.index(language)], query, 10);
      ours.push(outcome.results.map((r) => r.fragment.u));
    }
    await page.goto(`${base}/${language}/`);
    const theirs = await page.evaluate(async (list) => {
      const pf = await import("/pagefind/pagefind.js");
      await pf.init();
      const out = [];
      for (const q of list) {
        const search = await pf.search(q);
        const data = await Promise.all(search.results.slice(0, 10).map((r) => r.data()));
        out.push(data.map((d) => d.url));
      }
      return out;
    }, cases.map(([q]) => q));
    for (const [engine, urls] of [["ReportSite", ours], ["Pagefind", theirs]]) {
      const s = score(cases, language, urls, "/");
      rows.push(`| ${engine} | ${language} | ${s.hitAt3.toFixed(2)} | ${s.mrr.toFixed(2)} | ${s.ranks.join(" ")} |`);
    }
  }
  await browser.close();
  server.close();
  console.log("| engine | language | hit@3 | MRR | rank of the right page, query by query (0: not in the top 10) |");
  console.log("|---|---|---:|---:|---|");
  rows.forEach((r) => console.log(r));
})().catch((error) => { console.error(error); process.exit(1); });
