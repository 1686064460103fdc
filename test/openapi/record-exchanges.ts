// Records what the portal's clients actually put on the wire and what came back, by wrapping `globalThis.fetch`
// for the duration of a test file (vitest gives each file its own worker, so no other file is affected). The
// clients are untouched: HttpBaseClient calls the global `fetch`, so this sees every attempt, retries included.

export interface TExchange {
  method: string;
  url: URL;
  /** The JSON request body parsed; a multipart body as `{field: text}`; undefined when there was none. */
  requestBody: unknown;
  requestContentType: string | null;
  status: number;
  responseContentType: string | null;
  /** The JSON answer parsed; undefined when the answer was empty; the raw text when it was not JSON. */
  responseBody: unknown;
}

async function readRequestBody(body: unknown, contentType: string | null): Promise<unknown> {
  if (body === undefined || body === null) return undefined;
  if (typeof body === "string") return contentType?.includes("json") ? JSON.parse(body) : body;
  if (body instanceof FormData) {
    const fields: Record<string, string> = {};
    for (const [name, value] of body.entries()) fields[name] = typeof value === "string" ? value : await value.text();
    return fields;
  }
  if (body instanceof URLSearchParams) return Object.fromEntries(body.entries());
  throw new Error(`record-exchanges: cannot read a request body of type ${Object.prototype.toString.call(body)}`);
}

function parseAnswer(text: string): unknown {
  if (text.trim() === "") return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** Starts recording calls whose URL passes `include`; `stop()` puts the original fetch back. */
export function recordExchanges(include: (url: URL) => boolean) {
  const original = globalThis.fetch;
  const exchanges: TExchange[] = [];
  globalThis.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : input.toString());
    if (!include(url)) return original(input, init);
    if (input instanceof Request) throw new Error("record-exchanges: the clients pass a URL and init, not a Request");
    const headers = new Headers(init?.headers);
    const requestContentType =
      headers.get("content-type") ?? (init?.body instanceof FormData ? "multipart/form-data" : null);
    const requestBody = await readRequestBody(init?.body, requestContentType);
    const response = await original(input, init);
    const text = await response.clone().text();
    exchanges.push({
      method: (init?.method ?? "GET").toUpperCase(),
      url,
      requestBody,
      requestContentType,
      status: response.status,
      responseContentType: response.headers.get("content-type"),
      responseBody: parseAnswer(text),
    });
    return response;
  };
  return {
    exchanges,
    /** The exchanges recorded since the last call, removed from the record. */
    take: () => exchanges.splice(0, exchanges.length),
    stop: () => {
      globalThis.fetch = original;
    },
  };
}
