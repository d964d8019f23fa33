// A static file server on 127.0.0.1 for the benchmarks' browser runs: directories serve index.html,
// and one byte range is answered as GitHub Pages answers it (ReportSite's search reads its text packs so).
"use strict";
const http = require("node:http");
const fs = require("node:fs");
const path = require("node:path");

const types = { ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".json": "application/json", ".css": "text/css", ".svg": "image/svg+xml" };

/** Serves `root` on a free port; resolves to the listening server. */
function serve(root) {
  const server = http.createServer((request, response) => {
    let file = path.join(root, decodeURIComponent(new URL(request.url, "http://x").pathname));
    if (file.endsWith(path.sep)) file = path.join(file, "index.html");
    fs.readFile(file, (error, content) => {
      if (error) { response.writeHead(404); response.end(); return; }
      const type = types[path.extname(file)] || "application/octet-stream";
      const range = /^bytes=(\d+)-(\d+)$/.exec(request.headers.range || "");
      if (range && +range[1] < content.length) {
        const end = Math.min(+range[2], content.length - 1);
        response.writeHead(206, { "content-type": type, "content-range": `bytes ${range[1]}-${end}/${content.length}` });
        response.end(content.subarray(+range[1], end + 1));
        return;
      }
      response.writeHead(200, { "content-type": type });
      response.end(content);
    });
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

module.exports = { serve };
