import { existsSync, readFileSync } from "node:fs";
import { SourceMap } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

// A `node --cpu-prof` profile of the portal summed by self time: per part (React's HTML render, the RSC flight
// serialisation, Next's server, our code, Prisma/pg, the session decode, next-intl, compression, GC...) and per source
// file. The production build is minified; each frame is traced back through the build's source maps (.js.map beside
// every server chunk and Next's compiled runtime) to the file it came from.

type TNode = {
  id: number;
  children?: number[];
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
};
type TProfile = { nodes: TNode[]; samples: number[]; timeDeltas: number[] };

/** Source path pattern → part; the first match wins (order matters: next-intl's files sit under node_modules too). */
const PARTS: [RegExp, string][] = [
  [/react-server-dom-[a-z]+-server[^/]*$/, "RSC flight serialisation (React server components)"],
  [/react-server-dom-[a-z]+-client[^/]*$/, "RSC flight decoding (to render the HTML)"],
  [/react-dom-server[^/]*$/, "React render (HTML, Fizz)"],
  [/\/react\/|react\.production|react\.react-server/, "React (hooks, elements)"],
  [/next-intl|use-intl|intl-messageformat|@formatjs/, "next-intl (translations, formatters)"],
  [/next-auth|jose|@panva|openid-client|crypto\/hkdf/, "session decode (next-auth, jose, hkdf)"],
  [/@prisma|prisma\/|\/pg\/|\/pg-|postgres-|generated\/client|query_compiler/, "Prisma / pg"],
  [/zlib|compression|brotli/i, "compression"],
  [/^\[project\]\/(lib|components|app|proxy|instrumentation)|\/work\/main\/(lib|components|app)\//, "our code"],
  [/next\/dist|\/next\/|^webpack:\/\/next|^turbopack:\/\/\/\[turbopack\]|^RegExp: \[&></, "Next server"],
  [/^wasm:\/\//, "Prisma / pg"],
  [
    /^node:|^internal\/|^(writev|runMicrotasks|write\w+String|utf8Slice|decodeUTF8|encodeInto|structuredClone)$/,
    "Node (http, streams, buffers, microtasks)",
  ],
];

const mapCache = new Map<string, { map: SourceMap; dir: string } | null>();
function sourceMapOf(url: string): { map: SourceMap; dir: string } | null {
  if (mapCache.has(url)) return mapCache.get(url)!;
  let found: { map: SourceMap; dir: string } | null = null;
  try {
    const file = url.startsWith("file://") ? fileURLToPath(url) : url;
    if (file.startsWith("/") && existsSync(`${file}.map`)) {
      found = { map: new SourceMap(JSON.parse(readFileSync(`${file}.map`, "utf8"))), dir: path.dirname(file) };
    }
  } catch {
    found = null;
  }
  mapCache.set(url, found);
  return found;
}

/** The original source file of a frame (through the source map when there is one), or a label for V8's own. */
export function sourceOf(frame: TNode["callFrame"]): string {
  if (!frame.url) return frame.functionName || "(native)";
  const mapped = sourceMapOf(frame.url);
  const entry = mapped?.map.findEntry(frame.lineNumber, frame.columnNumber);
  let source = (entry && "originalSource" in entry ? entry.originalSource : undefined) ?? frame.url;
  // Sources in a map are relative to the map's file (the compiled runtime's "../../src/server/…" is Next's own).
  if (mapped && source.startsWith(".")) source = path.resolve(mapped.dir, source);
  return source.replace(/^file:\/\//, "").replace(/^.*node_modules\//, "node_modules/");
}

export function partOf(source: string): string {
  if (source === "(garbage collector)") return "GC";
  if (source === "(idle)") return "idle";
  if (source === "(program)" || source === "(native)") return "V8/native (unattributed)";
  return PARTS.find(([pattern]) => pattern.test(source))?.[1] ?? "other";
}

/** Per sample node, the distinct files of our code on its stack (the caller's side of every cost). */
function ourFilesOnStack(nodes: TNode[], sources: Map<number, string>): Map<number, string[]> {
  const parent = new Map<number, number>();
  for (const node of nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const result = new Map<number, string[]>();
  const filesOf = (id: number): string[] => {
    const known = result.get(id);
    if (known) return known;
    const up = parent.has(id) ? filesOf(parent.get(id)!) : [];
    const source = sources.get(id)!;
    const files = partOf(source) === "our code" && !up.includes(source) ? [...up, source] : up;
    result.set(id, files);
    return files;
  };
  for (const node of nodes) filesOf(node.id);
  return result;
}

/** Lines: busy time per part (ms and share), the source files with most self time, then our files by total time. */
export function summariseCpuProfile(file: string, requests?: number): string[] {
  const profile = JSON.parse(readFileSync(file, "utf8")) as TProfile;
  const selfByNode = new Map<number, number>();
  profile.samples.forEach((id, index) => {
    selfByNode.set(id, (selfByNode.get(id) ?? 0) + (profile.timeDeltas[index] ?? 0) / 1000);
  });
  const byPart = new Map<string, number>();
  const bySource = new Map<string, number>();
  const sources = new Map(profile.nodes.map((node) => [node.id, sourceOf(node.callFrame)]));
  const onStack = ourFilesOnStack(profile.nodes, sources);
  const byOurFile = new Map<string, number>();
  for (const [id, ms] of selfByNode) {
    const source = sources.get(id)!;
    const part = partOf(source);
    byPart.set(part, (byPart.get(part) ?? 0) + ms);
    if (part !== "idle") bySource.set(source, (bySource.get(source) ?? 0) + ms);
    for (const file of onStack.get(id)!) byOurFile.set(file, (byOurFile.get(file) ?? 0) + ms);
  }
  const busy = [...byPart].filter(([part]) => part !== "idle").reduce((sum, [, ms]) => sum + ms, 0);
  const perRequest = (ms: number) => (requests ? `  ${(ms / requests).toFixed(2).padStart(6)} ms/request` : "");
  const row = (label: string, ms: number) =>
    `${label.padEnd(60)}${ms.toFixed(0).padStart(8)} ms ${((100 * ms) / busy).toFixed(1).padStart(5)}%${perRequest(ms)}`;
  const sorted = (map: Map<string, number>) => [...map].sort((a, b) => b[1] - a[1]);
  return [
    `busy ${busy.toFixed(0)} ms (idle ${(byPart.get("idle") ?? 0).toFixed(0)} ms)${requests ? `, ${requests} requests` : ""}`,
    ...sorted(byPart)
      .filter(([part]) => part !== "idle")
      .map(([part, ms]) => row(part, ms)),
    "",
    "source files by self time:",
    ...sorted(bySource)
      .slice(0, Number(process.env.PROFILE_TOP ?? 25))
      .map(([source, ms]) => row(source.slice(-60), ms)),
    "",
    "our files by total time (self and everything they call):",
    ...sorted(byOurFile)
      .slice(0, 25)
      .map(([source, ms]) => row(source.slice(-60), ms)),
  ];
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const requests = process.argv[3] ? Number(process.argv[3]) : undefined;
  console.log(summariseCpuProfile(process.argv[2]!, requests).join("\n"));
}
