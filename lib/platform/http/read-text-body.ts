import "server-only";
import { AppError } from "@/lib/platform/errors/app-error";
import { formatBodyLimit } from "./body-limits";

export const tooLarge = (limitBytes: number) =>
  new AppError("TOO_LARGE", "tooLarge", { values: { limit: formatBodyLimit(limitBytes) } });

/**
 * A route's body as UTF-8 text, read up to `limitBytes`: a larger declared Content-Length is refused before anything
 * is read, and a body that turns out larger (chunked, or a false length) is refused as soon as it passes the limit,
 * both as TOO_LARGE (413). No body is the empty string.
 */
export async function readTextBody(request: Request, limitBytes: number): Promise<string> {
  const declared = Number(request.headers.get("content-length") ?? "");
  if (Number.isFinite(declared) && declared > limitBytes) throw tooLarge(limitBytes);
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limitBytes) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge(limitBytes);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8");
}
