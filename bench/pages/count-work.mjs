// Preloaded (NODE_OPTIONS=--import) into the processes `npm run bench` starts, when BENCH_WORK_DIR is set: counts the
// SQL statements the process sends to PostgreSQL (every `pg` Client.query, as the Prisma adapter sends them) and the
// HTTP calls it makes with fetch, by host and first path segment, and writes the totals to BENCH_WORK_DIR/<pid>.json
// five times a second. bench/pages/page-work.ts reads the portal's file around sequential requests of one page.
import { renameSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

const dir = process.env.BENCH_WORK_DIR;
if (dir) {
  const counts = { argv: process.argv.join(" "), statements: 0, fetches: {} };
  let dirty = true;
  const require = createRequire(path.join(process.cwd(), "package.json"));
  try {
    const pg = require("pg");
    const query = pg.Client.prototype.query;
    pg.Client.prototype.query = function countedQuery(...args) {
      counts.statements++;
      // BENCH_WORK_SQL=1 also keeps the last 200 statements' first 160 characters, to see which they are.
      if (process.env.BENCH_WORK_SQL === "1") {
        const text = typeof args[0] === "string" ? args[0] : String(args[0]?.text);
        counts.sql = [...(counts.sql ?? []).slice(-199), text.slice(0, 160)];
      }
      dirty = true;
      return query.apply(this, args);
    };
  } catch {
    // A process without pg (the emulator) counts only its fetches.
  }
  const fetch = globalThis.fetch;
  globalThis.fetch = function countedFetch(input, init) {
    const url = URL.parse(input instanceof Request ? input.url : String(input));
    if (url?.protocol.startsWith("http")) {
      const key = `${url.host}/${url.pathname.split("/")[1] ?? ""}`;
      counts.fetches[key] = (counts.fetches[key] ?? 0) + 1;
      dirty = true;
    }
    return fetch(input, init);
  };
  const file = path.join(dir, `${process.pid}.json`);
  setInterval(() => {
    if (!dirty) return;
    dirty = false;
    // Written beside and renamed into place, so page-work.ts never reads a half-written file.
    writeFileSync(`${file}.tmp`, JSON.stringify(counts));
    renameSync(`${file}.tmp`, file);
  }, 200).unref();
}
