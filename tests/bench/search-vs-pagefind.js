// Side-by-side search benchmark: ReportSite's search page against Pagefind (the reference static
// search) on the same built site, in headless Chromium, each query in a fresh browser context (a
// first visit: nothing cached). Counts the bytes of every index, fragment and script response; the
// server answers byte ranges as GitHub Pages does.
// Usage: node search-vs-pagefind.js SITE_DIR   (the site must be built with base URL "/")
// Needs: npm ci in tests/bench (pagefind, playwright-core) and Debian's chromium.
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const { spawnSync } = require("node:child_process");
const { chromium } = require("playwright-core");
const { serve } = require("./static-server.js");

const siteDir = path.resolve(process.argv[2]);
const queries = [["zh", "数字经济 发展"], ["en", "digital economy"], ["zh", "网络安全"], ["en", "ransomware"]];

function size(dir) {
  let bytes = 0, files = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) { const s = size(full); bytes += s.bytes; files += s.files; } else { bytes += fs.statSync(full).size; files++; }
  }
  return { bytes, files };
}

async function measure(browser, url, counts, run) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const bodies = [];
  page.on("response", (response) => {
    if (counts(new URL(response.url()).pathname)) bodies.push(response.body().then((b) => b.length, () => 0));
  });
  await page.goto(url);
  const titles = await run(page);
  await page.waitForLoadState("networkidle");
  const sizes = await Promise.all(bodies);
  await context.close();
  return { bytes: sizes.reduce((a, b) => a + b, 0), requests: sizes.length, titles };
}

(async () => {
  const started = Date.now();
  const indexing = spawnSync(path.join(__dirname, "node_modules", ".bin", "pagefind"), ["--site", siteDir, "--root-selector", "main"], { encoding: "utf8" });
  if (indexing.status !== 0) throw new Error(indexing.stderr || indexing.stdout);
  console.log(`Pagefind indexing: ${((Date.now() - started) / 1000).toFixed(1)} s; index ${(size(path.join(siteDir, "pagefind")).bytes / 1048576).toFixed(1)} MB in ${size(path.join(siteDir, "pagefind")).files} files`);
  console.log(`ReportSite index: ${(size(path.join(siteDir, "search")).bytes / 1048576).toFixed(1)} MB in ${size(path.join(siteDir, "search")).files} files`);

  const server = await serve(siteDir);
  const base = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
  });
  console.log("engine\tlanguage\tquery\tKB\trequests\ttop 3");
  for (const [language, query] of queries) {
    // Count only what searching downloads (scripts, index, fragments), not the page and its stylesheet.
    const ours = await measure(browser, `${base}/${language}/search/?q=${encodeURIComponent(query)}`,
      (p) => p.startsWith("/search/") || p.startsWith("/assets/js/search-"), async (page) => {
      await page.waitForSelector("#search-results li", { timeout: 20000 });
      return page.$$eval("#search-results li h2 a", (links) => links.slice(0, 3).map((a) => a.textContent));
    });
    const pagefind = await measure(browser, `${base}/${language}/`, (p) => p.startsWith("/pagefind/"), async (page) =>
      page.evaluate(async (q) => {
        const pf = await import("/pagefind/pagefind.js");
        await pf.init();
        const search = await pf.search(q);
        const data = await Promise.all(search.results.slice(0, 10).map((r) => r.data()));
        return data.slice(0, 3).map((d) => d.meta.title);
      }, query));
    console.log(`ReportSite\t${language}\t${query}\t${(ours.bytes / 1024).toFixed(1)}\t${ours.requests}\t${ours.titles.join(" | ")}`);
    console.log(`Pagefind\t${language}\t${query}\t${(pagefind.bytes / 1024).toFixed(1)}\t${pagefind.requests}\t${pagefind.titles.join(" | ")}`);
  }
  await browser.close();
  server.close();
})().catch((error) => { console.error(error); process.exit(1); });
