import type { TLatency } from "./page-latency";
import type { TPageRoute } from "./page-routes";
import type { TPageWork } from "./page-work";
import type { TRouteBytes } from "./route-bytes";

// The summary `npm run bench` ends with: every figure beside the static reference of the same run, and the aim it is
// held to (issue 17: public pages within 2x of the static chunk's p95, signed-in pages within 3x, at most 130 kB of
// compressed JavaScript on a first visit).

export const AIM = { publicRatio: 2, signedInRatio: 3, jsBudgetBytes: 130_000 };

const kB = (bytes: number) => (bytes / 1000).toFixed(1);
const ms = (value: number) => value.toFixed(1).padStart(8);
const verdict = (ok: boolean) => (ok ? "OK" : "OVER");
const aimFor = (route: TPageRoute) => (route.signedIn ? AIM.signedInRatio : AIM.publicRatio);

export type TReport = {
  staticPath: string;
  staticBytes: number;
  reference: TLatency;
  pages: Map<TPageRoute, TLatency>;
  /** Signed-in pages with every request under an address of its own: rendered each time, never from memory. */
  rendered: Map<TPageRoute, TLatency>;
  bytes: TRouteBytes[];
  work: Map<TPageRoute, TPageWork>;
  childLines: { file: string; lines: string[] }[];
};

function latencyTable(report: TReport): string[] {
  const { reference } = report;
  const row = (label: string, latency: TLatency, tail: string) =>
    `${label.padEnd(40)}${ms(latency.p50)}${ms(latency.p95)}${String(latency.requests).padStart(9)}${tail}`;
  const lines = [
    `Page latency at 10 connections (whole, as a browser asks) p50 ms  p95 ms requests  p95/static  aim`,
    row(`static chunk (reference)`, reference, `        1.0x`),
  ];
  for (const [route, latency] of report.pages) {
    const ratio = latency.p95 / reference.p95;
    const errors = latency.errors ? `  (${latency.errors} not 200!)` : "";
    lines.push(
      row(`${route.name} (${route.signedIn ? "signed in" : "public"})`, latency, `${ratio.toFixed(1).padStart(11)}x`) +
        `  <=${aimFor(route)}x ${verdict(ratio <= aimFor(route))}${errors}`,
    );
  }
  lines.push("", "Signed-in pages rendered for every request (a first view, or the first after a change; no aim):");
  for (const [route, latency] of report.rendered) {
    const errors = latency.errors ? `  (${latency.errors} not 200!)` : "";
    lines.push(
      row(`${route.name}, rendered`, latency, `${(latency.p95 / reference.p95).toFixed(1).padStart(11)}x`) + errors,
    );
  }
  return lines;
}

function bytesTable(report: TReport): string[] {
  const lines = [`First visit, bytes on the wire (br)     HTML kB (raw kB)   JS kB scripts  JS/budget  aim`];
  for (const entry of report.bytes) {
    const ratio = entry.jsWire / AIM.jsBudgetBytes;
    lines.push(
      `${entry.route.name.padEnd(40)}${`${kB(entry.htmlWire)} (${kB(entry.htmlRaw)})`.padStart(16)}` +
        `${kB(entry.jsWire).padStart(8)}${String(entry.scripts.length).padStart(8)}${ratio.toFixed(2).padStart(10)}x` +
        `  <=130 kB ${verdict(entry.jsWire <= AIM.jsBudgetBytes)}` +
        (entry.status === 200 ? "" : `  (answered ${entry.status}!)`),
    );
  }
  return lines;
}

function workTable(report: TReport): string[] {
  const lines = [`Work per render (one at a time)            SQL statements  upstream calls`];
  for (const [route, work] of report.work) {
    const targets = Object.entries(work.upstreamByTarget).map(([target, count]) => `${target} ${count}`);
    lines.push(
      `${route.name.padEnd(40)}${work.statements.toFixed(1).padStart(10)}${work.upstream.toFixed(1).padStart(16)}` +
        (targets.length ? `  (${targets.join(", ")})` : ""),
    );
  }
  return lines;
}

/** A child benchmark's line, with any p95 in milliseconds also given as a multiple of the static chunk's p95. */
function withRatio(line: string, referenceP95: number): string {
  const matches = [...line.matchAll(/p95\s+([\d.]+) ms/g)];
  const p95 = matches.length === 1 ? matches[0] : undefined; // a line with two (small / large) keeps its own ratio
  return p95 ? `${line}   [p95 = ${(Number(p95[1]) / referenceP95).toFixed(1)}x static p95]` : line;
}

export function printReport(report: TReport): void {
  const { reference } = report;
  const lines = [
    "",
    `Static reference: ${report.staticPath} (${kB(report.staticBytes)} kB on the wire), ` +
      `p50 ${reference.p50.toFixed(1)} ms, p95 ${reference.p95.toFixed(1)} ms at 10 connections` +
      (reference.errors ? ` (${reference.errors} not 200!)` : ""),
    "",
    ...latencyTable(report),
    "",
    ...bytesTable(report),
    "",
    ...workTable(report),
  ];
  for (const child of report.childLines) {
    lines.push("", `${child.file} (its own process and database):`);
    lines.push(...child.lines.map((line) => `  ${withRatio(line, reference.p95)}`));
  }
  const pages = [...report.pages];
  const worst = (signedIn: boolean) =>
    Math.max(...pages.filter(([route]) => route.signedIn === signedIn).map(([, l]) => l.p95 / reference.p95));
  const heaviest = report.bytes.reduce((a, b) => (b.jsWire > a.jsWire ? b : a));
  const [publicWorst, signedInWorst] = [worst(false), worst(true)];
  const renderedWorst = Math.max(...[...report.rendered.values()].map((latency) => latency.p95 / reference.p95));
  lines.push(
    "",
    `bench: static p95 ${reference.p95.toFixed(1)} ms; public pages p95 up to ${publicWorst.toFixed(1)}x ` +
      `(aim ${AIM.publicRatio}x ${verdict(publicWorst <= AIM.publicRatio)}); signed-in up to ${signedInWorst.toFixed(1)}x ` +
      `(aim ${AIM.signedInRatio}x ${verdict(signedInWorst <= AIM.signedInRatio)}; rendered for each request up to ` +
      `${renderedWorst.toFixed(0)}x); first-visit JS up to ` +
      `${kB(heaviest.jsWire)} kB, ${heaviest.route.name} (aim 130 kB ${verdict(heaviest.jsWire <= AIM.jsBudgetBytes)})`,
  );
  console.log(lines.join("\n"));
}
