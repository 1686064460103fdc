import type { IncomingMessage, ServerResponse } from "node:http";

// Forms in the emulator are tiny; a cap keeps a stray upload from eating memory.
const MAX_FORM_BYTES = 16 * 1024;

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    "content-type": "application/json; charset=utf-8",
    "content-length": Buffer.byteLength(text),
    "cache-control": "no-store",
  });
  res.end(text);
}

export function sendHtml(res: ServerResponse, status: number, html: string, csp: string): void {
  res.writeHead(status, {
    "content-type": "text/html; charset=utf-8",
    "content-length": Buffer.byteLength(html),
    "cache-control": "no-store",
    "content-security-policy": csp,
    "x-content-type-options": "nosniff",
  });
  res.end(html);
}

/** Reads an application/x-www-form-urlencoded body. */
export async function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  const type = req.headers["content-type"] ?? "";
  if (!type.startsWith("application/x-www-form-urlencoded")) {
    throw new HttpError(415, "Expected an application/x-www-form-urlencoded form");
  }
  const body = await readBody(req, MAX_FORM_BYTES, () => new HttpError(413, "Form too large"));
  return new URLSearchParams(body.toString("utf8"));
}

/** The whole body, at most `limit` bytes: beyond it, `tooLarge()` is thrown as soon as the limit is passed. */
export async function readBody(req: IncomingMessage, limit: number, tooLarge: () => Error): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > limit) throw tooLarge();
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

// JSON bodies (JWKS, resources with policies) are larger than forms, yet still small.
const MAX_JSON_BYTES = 1024 * 1024;

/** Reads a JSON body; an empty body is undefined. Throws HttpError 400/413/415 for malformed input. */
export async function readJson(req: IncomingMessage): Promise<unknown> {
  const text = (await readBody(req, MAX_JSON_BYTES, () => new HttpError(413, "Body too large"))).toString("utf8");
  if (text.trim() === "") return undefined;
  const type = req.headers["content-type"] ?? "";
  if (!/^application\/([\w.+-]*\+)?json/.test(type)) throw new HttpError(415, "Expected an application/json body");
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new HttpError(400, "The body is not valid JSON");
  }
}

/** An error that carries the HTTP status the dispatcher should answer with. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}
