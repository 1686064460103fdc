// Which compressed encoding a client accepts, read from its Accept-Encoding header as RFC 9110 §12.5.3 says: each coding
// may carry a weight (`;q=0.5`), `q=0` refuses it, `*` stands for every coding not named, and an unnamed `identity` is
// always acceptable. Brotli is chosen over gzip when both weigh the same: it is ~14% smaller on the portal's scripts
// (docs/PERFORMANCE.md). The `compression` middleware negotiates dynamic responses the same way (negotiator's order
// `br`, `gzip`); this is the static asset cache's copy of that rule, tested against it in compress-responses.test.ts.

export type TCompressedEncoding = "br" | "gzip";

const PREFERRED: readonly TCompressedEncoding[] = ["br", "gzip"];

function weights(header: string): Map<string, number> {
  const parsed = new Map<string, number>();
  for (const part of header.split(",")) {
    const [name, ...parameters] = part.trim().split(";");
    const coding = name?.trim().toLowerCase();
    if (!coding) continue;
    const q = parameters.map((p) => /^\s*q\s*=\s*([0-9.]+)\s*$/i.exec(p)?.[1]).find((value) => value !== undefined);
    const weight = q === undefined ? 1 : Number(q);
    if (Number.isFinite(weight)) parsed.set(coding, Math.min(1, Math.max(0, weight)));
  }
  return parsed;
}

/** `br` or `gzip` when the client takes it (brotli first on a tie), or undefined when only identity will do. */
export function acceptedEncoding(header: string | string[] | undefined): TCompressedEncoding | undefined {
  if (!header) return undefined;
  const accepted = weights(Array.isArray(header) ? header.join(",") : header);
  const weightOf = (coding: string) => accepted.get(coding) ?? accepted.get("*") ?? 0;
  let best: TCompressedEncoding | undefined;
  for (const coding of PREFERRED) if (weightOf(coding) > (best ? weightOf(best) : 0)) best = coding;
  // A client that weighs identity above every compressed coding it names gets identity.
  if (best && accepted.has("identity") && weightOf("identity") > weightOf(best)) return undefined;
  return best;
}
