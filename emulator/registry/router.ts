import type { IncomingMessage, ServerResponse } from "node:http";
import { ProblemError, sendProblem } from "../problem";
import type { MountedRequest, RouteGroup } from "../route-group";
import type { EnvName } from "../state/environments";

export interface RouteContext {
  req: IncomingMessage;
  res: ServerResponse;
  env: EnvName;
  params: Record<string, string>;
  query: URLSearchParams;
  /** Absolute URL of the group's base, e.g. http://localhost:4000/test/platform/resourceregistry/api/v1. */
  baseUrl: string;
  /** Emulator base URL without the environment, e.g. http://localhost:4000. */
  publicUrl: string;
}

type Handler = (context: RouteContext) => void | Promise<void>;

/**
 * An answer that is not a problem document: the registry's `Forbid()` (no body), `BadRequest("text")`
 * (a JSON string) or a bare status ProblemDetails. Thrown like ProblemError and written by the router.
 */
export class RegistryAnswer extends Error {
  constructor(
    readonly status: number,
    readonly body?: unknown,
    readonly contentType = "application/json; charset=utf-8",
  ) {
    super(`${status}`);
  }
}

function sendAnswer(res: ServerResponse, answer: RegistryAnswer): void {
  if (answer.body === undefined) return void res.writeHead(answer.status, { "content-length": 0 }).end();
  const raw = answer.contentType.startsWith("text/") && typeof answer.body === "string";
  const text = raw ? (answer.body as string) : JSON.stringify(answer.body);
  res.writeHead(answer.status, {
    "content-type": answer.contentType,
    "content-length": Buffer.byteLength(text),
    "cache-control": "no-store",
  });
  res.end(text);
}

interface Route {
  method: string;
  segments: string[];
  handler: Handler;
}

/**
 * A small method + path router for the Altinn-like JSON APIs: `:name` segments become
 * params; a ProblemError thrown by a handler is answered as RFC 7807 problem details
 * (the shared dispatcher only knows plain errors).
 */
export class Router {
  readonly #routes: Route[] = [];

  on(method: string, pattern: string, handler: Handler): this {
    this.#routes.push({ method, segments: pattern.split("/").filter(Boolean), handler });
    return this;
  }

  async handle(req: MountedRequest, res: ServerResponse, env: EnvName, publicUrl: string): Promise<void> {
    const url = new URL(req.url ?? "/", "http://emulator.invalid");
    const segments = url.pathname.split("/").filter(Boolean);
    const baseUrl = `${publicUrl}${req.baseUrl ?? ""}`;
    try {
      let pathMatched = false;
      for (const route of this.#routes) {
        const params = matchSegments(route.segments, segments);
        if (!params) continue;
        pathMatched = true;
        if (route.method !== req.method) continue;
        await route.handler({ req, res, env, params, query: url.searchParams, baseUrl, publicUrl });
        return;
      }
      throw pathMatched
        ? new ProblemError(405, "Method Not Allowed", { code: "EMU-00405" })
        : new ProblemError(404, "Not Found", { code: "EMU-00404", detail: `No route for ${url.pathname}` });
    } catch (error) {
      if (!(error instanceof ProblemError) && !(error instanceof RegistryAnswer)) throw error;
      if (res.headersSent) res.destroy();
      else if (error instanceof RegistryAnswer) sendAnswer(res, error);
      else sendProblem(res, error);
    }
  }
}

function matchSegments(pattern: string[], actual: string[]): Record<string, string> | undefined {
  if (pattern.length !== actual.length) return undefined;
  const params: Record<string, string> = {};
  for (const [index, part] of pattern.entries()) {
    const value = actual[index] ?? "";
    if (part.startsWith(":")) {
      try {
        params[part.slice(1)] = decodeURIComponent(value);
      } catch {
        return undefined;
      }
    } else if (part.toLowerCase() !== value.toLowerCase()) {
      // ASP.NET routes are case-insensitive (`/resource/Search` and `/resource/search` both work).
      return undefined;
    }
  }
  return params;
}

/** Mounts the router at `/{env}{path}`; each environment gets its own group (and its own state in the stores). */
export function mountForEnvironment(path: string, router: Router, env: EnvName, publicUrl: string): RouteGroup {
  return { prefix: `/${env}${path}`, handle: (req, res) => router.handle(req, res, env, publicUrl) };
}
