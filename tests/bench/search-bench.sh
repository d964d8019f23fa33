#!/usr/bin/env bash
# Reproduces the search numbers in docs/benchmarks.md: builds the 10,000-page benchmark corpus and
# measures the index build time and what the first queries download.
# Usage: tests/bench/search-bench.sh [path/to/gen-corpus.py]   (default: ../shared/bench/gen-corpus.py)
set -euo pipefail
cd "$(dirname "$0")/../.."
generator=${1:-../shared/bench/gen-corpus.py}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

python3 "$generator" "$work/corpus" --reports 100 --chapters 50
dotnet build -c Release src/ReportSite.Cli -v quiet -nologo
dotnet src/ReportSite.Cli/bin/Release/net10.0/ReportSite.Cli.dll build -i "$work/corpus" -o "$work/site" --timings
node tests/bench/search-bench.js "$work/site" /
