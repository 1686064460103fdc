import { request } from "node:http";
import { gunzipSync } from "node:zlib";

// A GET that keeps the body as it came over the wire (compressed when the server compressed it), so a benchmark can
// count what a browser downloads; fetch() would decompress it first.

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
          body: encoding === "gzip" ? gunzipSync(wire) : wire,
        });
      });
    });
    req.on("error", reject);
    req.end();
  });
}
