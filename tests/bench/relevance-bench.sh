#!/usr/bin/env bash
# Relevance of ReportSite's search beside Pagefind's (docs/benchmarks.md, "Relevance"), on the real
# documentation of the fidelity corpus (tests/fidelity/corpus) with the query set of tests/relevance.
#
#   tests/bench/relevance-bench.sh [--work DIR]
#
# The corpus's docs link to files it does not ship, which fails a build (RS0201, RS0203); a copy with
# its relative Markdown and HTML links unlinked (the link text stays, so every word a search sees stays) is
# built with the CLI into a site at base URL "/", which tests/bench/relevance-vs-pagefind.js then
# searches with both engines (without the side-by-side and print pages, which only repeat chapters). Needs npm ci --prefix tests/bench and Debian's chromium.
set -euo pipefail
work=/tmp/reportsite-relevance-bench
while [[ $# -gt 0 ]]; do
  case $1 in
    --work) work=$2; shift 2 ;;
    *) echo "unknown option $1 (options: --work DIR)" >&2; exit 2 ;;
  esac
done
repo=$(cd "$(dirname "$0")/../.." && pwd)
rm -rf "$work"; mkdir -p "$work"
cp -r "$repo/tests/fidelity/corpus/input" "$work/input"
python3 - "$work/input" <<'PY'
import pathlib, re, sys
link = re.compile(r'(?<!!)\[([^\]\n]*)\]\((?!https?:|mailto:)[^)\s]*(?:\s+"[^"\n]*")?\)')
anchor = re.compile(r'<a\s+href="(?!https?:|mailto:)[^"]*"')
for page in pathlib.Path(sys.argv[1]).rglob("*.md"):
    text = page.read_text(encoding="utf-8")
    page.write_text(anchor.sub("<a", link.sub(r"\1", text)), encoding="utf-8")
PY
dotnet run --project "$repo/src/ReportSite.Cli" -c Release -- build --input "$work/input" --output "$work/site" | tail -1
# Pagefind would index every HTML page; the side-by-side views and print editions repeat the
# chapters (a Hugo site has neither, and ReportSite's own index leaves them out), so they go first.
find "$work/site" -mindepth 3 -maxdepth 4 -type d \( -name parallel -o -name print \) -prune -exec rm -rf {} +
node "$repo/tests/bench/relevance-vs-pagefind.js" "$work/site"
