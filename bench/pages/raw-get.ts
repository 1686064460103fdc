import { request } from "node:http";
import { brotliDecompressSync, gunzipSync } from "node:zlib";

// A GET that keeps the body as it came over the wire (compressed when the server compressed it), so a benchmark can
// count what a browser downloads; fetch() would decompress it first.

/** What Chromium (Playwright's, Debian's) sends on every request, http://localhost included. */
export const BROWSER_ACCEPT_ENCODING = "gzip, deflate, br, zstd";

function decode(encoding: string, wire: Buffer): Buffer {
  if (encoding === "gzip") return gunzipSync(wire);
  if (encoding === "br") return brotliDecompressSync(wire);
  if (encoding === "identity") return wire;
  throw new Error(`unexpected content-encoding ${encoding}`);
}

export type TRawResponse = { status: number; encoding: string; wireBytes: number; body: Buffer };

export function rawGet(url: string, headers: Record<string, string>): Promise<TRawResponse> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("error", reject);
      res.on("end", () => {
        const wire = Buffer.concat(chunks);
        const encoding = String(res.headers["content-encoding"] ?? "identity");
        resolve({
          status: res.statusCode ?? 0,
          encoding,
          wireBytes: wire.length,
          body: decode(encoding, wire),
        });
      });
    });
    req.on("error", reject);
    req.end();
  });
}
