// Fixed queries against the built example site: the expected chapter must be among the top three
// results (the first, for the queries the issue names). The site is built by the .NET test that runs
// this file (JavaScriptTests), which passes its folder and base path in the environment.
"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const { openSite } = require("./site-index.js");

const siteDir = process.env.REPORTSITE_SITE;
const basePath = process.env.REPORTSITE_BASE || "/";

const cases = [
  // [language, query, expected chapter path (after the language), top N]
  ["zh", "网络安全", ["world-internet-2024/cybersecurity/", "china-internet-2024/cybersecurity/"], 1],
  ["zh", "数据治理", ["world-internet-2024/data-governance/"], 1],
  ["zh", "乌镇", ["world-internet-2024/overview/", "china-internet-2024/overview/"], 1],
  ["zh", "数字政府", ["world-internet-2024/digital-government/", "china-internet-2024/digital-government-society/"], 1],
  ["zh", "勒索软件", ["world-internet-2024/cybersecurity/"], 3],
  ["zh", "清朗", ["china-internet-2024/online-content/"], 3],
  ["zh", "新质生产力", ["china-internet-2024/digital-economy/"], 3],
  ["zh", "网络空间命运共同体", ["china-internet-2024/international-cooperation/"], 3],
  ["zh", "全功能接入", ["china-internet-2024/overview/"], 3],
  ["en", "ransomware", ["world-internet-2024/cybersecurity/"], 1],
  ["en", "Wuzhen", ["world-internet-2024/overview/", "china-internet-2024/overview/"], 1],
  ["en", "digital economy", ["world-internet-2024/digital-economy/", "china-internet-2024/digital-economy/"], 3],
  ["en", "data governance", ["world-internet-2024/data-governance/"], 3],
  ["en", "Qinglang campaigns", ["china-internet-2024/online-content/"], 3],
  ["en", "critical information infrastructure", ["china-internet-2024/cybersecurity/"], 3],
  ["en", "thirty years", ["china-internet-2024/overview/"], 3],
  ["en", "rule of law", ["world-internet-2024/rule-of-law/", "china-internet-2024/rule-of-law/"], 3],
  ["en", "ransom", ["world-internet-2024/cybersecurity/"], 1], // prefix of the last term
];

for (const [language, query, expected, top] of cases) {
  test(`[${language}] ${query} → ${expected.join(" or ")} in the top ${top}`, { skip: !siteDir && "REPORTSITE_SITE is not set" }, async () => {
    const site = openSite(siteDir, basePath);
    const outcome = await site.Search.run([site.index(language)], query, 10);
    const urls = outcome.results.map((r) => r.fragment.u);
    const hit = urls.slice(0, top).some((u) => expected.some((e) => u.startsWith(`${basePath}${language}/${e}`)));
    assert.ok(hit, `top ${top} for "${query}": ${urls.slice(0, 5).join(", ")}`);
    const first = outcome.results[0];
    const marked = site.Search.snippet(query, first.fragment.x).filter((p) => p.mark);
    assert.ok(marked.length > 0, "the first result's snippet highlights a match");
  });
}

test("searching both languages finds English text from a Chinese query's scope switch", { skip: !siteDir && "REPORTSITE_SITE is not set" }, async () => {
  const site = openSite(siteDir, basePath);
  const outcome = await site.Search.run([site.index("zh"), site.index("en")], "ransomware 勒索软件", 10);
  const languages = new Set(outcome.results.map((r) => r.index.language));
  assert.deepEqual([...languages].sort(), ["en", "zh"]);
});

test("a phrase ranks above its words apart: 数字政府", { skip: !siteDir && "REPORTSITE_SITE is not set" }, async () => {
  const site = openSite(siteDir, basePath);
  const outcome = await site.Search.run([site.index("zh")], "数字政府", 10);
  const texts = outcome.results.map((r) => r.fragment.t + r.fragment.h + r.fragment.x);
  const firstApart = texts.findIndex((t) => !t.includes("数字政府"));
  const lastPhrase = texts.map((t) => t.includes("数字政府")).lastIndexOf(true);
  assert.ok(lastPhrase >= 0, "some result contains the phrase");
  assert.ok(firstApart === -1 || lastPhrase < firstApart, `every result with the phrase ranks above those without: ${texts.map((t) => t.includes("数字政府") ? "P" : "-").join("")}`);
});
