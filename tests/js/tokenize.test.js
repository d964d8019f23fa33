// The JS tokeniser against the case table the C# tokeniser is tested with (SearchTokenizerTests).
"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const fs = require("node:fs");
const path = require("node:path");
const { tokenize } = require("../../themes/default/assets/js/search-engine.js");

const table = JSON.parse(fs.readFileSync(path.join(__dirname, "..", "search-tokenize-cases.json"), "utf8"));

for (const { input, tokens } of table.cases) {
  test(`tokenize ${JSON.stringify(input)}`, () => {
    assert.deepEqual(tokenize(input).map((t) => t.text), tokens);
  });
}

test("only Latin and digit runs are words (prefix matching)", () => {
  assert.deepEqual(tokenize("数据 data").map((t) => t.isWord), [false, true]);
});
