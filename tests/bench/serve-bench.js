// Preview benchmark: time from saving a chapter to the rebuilt page being served by `reportsite serve`.
// Usage: node serve-bench.js CORPUS_DIR [CLI_DLL]   (CORPUS_DIR: made by gen-corpus.py; it is edited!)
// Two cases, 10 saves each: "idle" waits for the background full build to finish between saves;
// "busy" saves again 1.5 s later, while that build is running (it is cancelled and restarted).
"use strict";
const { spawn } = require("node:child_process");
const fs = require("node:fs");
const path = require("node:path");

const corpus = path.resolve(process.argv[2]);
const dll = process.argv[3] || path.join(__dirname, "..", "..", "src", "ReportSite.Cli", "bin", "Release", "net10.0", "ReportSite.Cli.dll");
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };

(async () => {
  const server = spawn("dotnet", [dll, "serve", "--input", corpus, "--port", "0"], { stdio: ["ignore", "pipe", "inherit"] });
  let output = "";
  server.stdout.on("data", (d) => { output += d; });
  const started = Date.now();
  while (!/Serving (\S+)/.test(output)) { await sleep(100); if (Date.now() - started > 180000) throw new Error(output); }
  const url = output.match(/Serving (\S+)/)[1];
  console.log(`initial build and start: ${((Date.now() - started) / 1000).toFixed(1)} s`);

  // Follow the event stream as an open page would.
  let version = -1;
  const waiters = [];
  (async () => {
    const response = await fetch(url + "__reportsite/events");
    const decoder = new TextDecoder();
    let buffer = "";
    for await (const chunk of response.body) {
      buffer += decoder.decode(chunk, { stream: true });
      let at;
      while ((at = buffer.indexOf("\n\n")) >= 0) {
        const event = buffer.slice(0, at); buffer = buffer.slice(at + 2);
        const data = event.split("\n").find((l) => l.startsWith("data: "));
        if (!data) continue;
        const state = JSON.parse(data.slice(6));
        version = state.version;
        waiters.splice(0).forEach((w) => w(state));
      }
    }
  })();
  while (version < 0) await sleep(20);
  const nextState = () => new Promise((resolve) => waiters.push(resolve));

  const reports = fs.readdirSync(path.join(corpus, "reports")).sort();
  async function save(i) {
    const report = reports[(i * 7) % reports.length];
    const dir = path.join(corpus, "reports", report, "zh");
    const file = fs.readdirSync(dir).sort()[(i * 3) % 50];
    const marker = `基准标记${i}x${Date.now()}`;
    const pageUrl = `${url}zh/${report}/${path.basename(file, ".md")}/`;
    const t0 = performance.now();
    const state = nextState();
    fs.appendFileSync(path.join(dir, file), `\n新增段落 ${marker}。\n`);
    await state;
    const html = await (await fetch(pageUrl)).text();
    const ms = performance.now() - t0;
    if (!html.includes(marker)) throw new Error(`${pageUrl} does not show the edit`);
    return ms;
  }

  // The server logs "Built …" after each full build.
  const fullBuilds = () => output.split("\n").filter((l) => l.startsWith("Built")).length;
  let builds = 0;
  for (const [name, pause] of [["idle", null], ["busy", 1500]]) {
    const times = [];
    for (let i = 0; i < 10; i++) {
      if (pause === null && i > 0) { while (fullBuilds() <= builds) await sleep(100); } // the background build after the last save finished
      else await sleep(pause);
      builds = fullBuilds();
      times.push(await save(name === "idle" ? i : i + 10));
    }
    console.log(`${name}: median ${median(times).toFixed(0)} ms, max ${Math.max(...times).toFixed(0)} ms (${times.map((t) => t.toFixed(0)).join(", ")})`);
  }
  server.kill("SIGINT");
  process.exit(0);
})().catch((e) => { console.error(e); process.exit(1); });
