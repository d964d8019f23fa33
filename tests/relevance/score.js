// Relevance of a ranked result list against tests/relevance/*-queries.json: the rank of the first
// result on an expected page (as a reader sees the list: each result is one link), hit@3 and the
// mean reciprocal rank over the first 10 results. Used by tests/js (ReportSite, a floor that keeps
// the numbers from sliding back) and tests/bench/relevance-vs-pagefind.js (both engines side by side).
"use strict";

/** 1-based rank of the first URL on one of `expected` pages ("report/slug") of `language`, or 0 past `depth`. */
function rankOf(urls, language, expected, basePath, depth = 10) {
  for (let i = 0; i < Math.min(urls.length, depth); i++) {
    const page = urls[i].split("#")[0];
    if (expected.some((e) => page === `${basePath}${language}/${e}/` || page === `${basePath}${language}/${e}/index.html`)) return i + 1;
  }
  return 0;
}

/** { hitAt3, mrr, ranks } of a language's queries, given each query's ranked URLs. */
function score(cases, language, rankedUrls, basePath) {
  const ranks = cases.map(([, expected], i) => rankOf(rankedUrls[i], language, expected, basePath));
  const hitAt3 = ranks.filter((r) => r > 0 && r <= 3).length / ranks.length;
  const mrr = ranks.reduce((sum, r) => sum + (r > 0 ? 1 / r : 0), 0) / ranks.length;
  return { hitAt3, mrr, ranks };
}

module.exports = { rankOf, score };
