// Hostile or careless queries in the search client (issue 18): a pasted page of words, regular
// expression syntax and replacement patterns ("$&") are text, never an error or a changed label.
"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const Search = require("../../themes/default/assets/js/search-engine.js");

const fragment = { t: "Data governance", h: "Rules", x: "The rule of law and data governance in 2024." };

test("a query of thousands of words is scored, not a failed regular expression", () => {
  for (const count of [2, 40, 5000, 20000]) {
    const query = Array.from({ length: count }, (_, i) => (i === 0 ? "data" : i === 1 ? "governance" : "w" + i)).join(" ");
    const boost = Search.phraseBoost(query, fragment);
    assert.ok(Number.isFinite(boost) && boost >= 1, `${count} words: ${boost}`);
    assert.ok(Array.isArray(Search.snippet(query, fragment.x)));
  }
});

test("phrases still match words in sequence", () => {
  assert.equal(Search.phraseBoost("rule of law", fragment), 2);
  assert.equal(Search.phraseBoost("law of rule", fragment), 1);
  assert.equal(Search.phraseBoost("data govern", fragment), 2); // the last word as a prefix
});

test("regular expression syntax in a query is text", () => {
  for (const query of ["(a+)+$", "[", "a|b", ".*", "\\", "$& $1 $` $'", "(?<x>a)", "*"]) {
    assert.doesNotThrow(() => Search.phraseBoost(query + " data governance", fragment), query);
    assert.doesNotThrow(() => Search.snippet(query, fragment.x), query);
  }
});

test("the status label shows the query as written, replacement patterns included", () => {
  assert.equal(Search.formatLabel("{n} results for “{q}”", 3, "$&"), "3 results for “$&”");
  assert.equal(Search.formatLabel("{q}: {n}", 1, "$` $' $1 {n}"), "$` $' $1 {n}: 1");
  assert.equal(Search.formatLabel("No results for {q}", 0, "a{q}b"), "No results for a{q}b");
});
