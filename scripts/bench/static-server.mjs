// The baseline: the cheapest way Node can answer with a page. Serves one file's bytes from memory, with the
// content-type the benchmark passes, to every request. Plain JavaScript so nothing sits between node and http.
// Usage: node static-server.mjs <file> <content-type> <port>
import fs from "node:fs";
import http from "node:http";

const [file, contentType, port] = process.argv.slice(2);
const body = fs.readFileSync(file);
const headers = { "content-type": contentType, "content-length": String(body.length) };

http
  .createServer((_req, res) => {
    res.writeHead(200, headers);
    res.end(body);
  })
  .listen(Number(port), "127.0.0.1");
