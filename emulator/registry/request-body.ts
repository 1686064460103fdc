import type { IncomingMessage } from "node:http";
import { readBody } from "../http-helpers";
import { ProblemError } from "../problem";
import { registryProblems } from "./registry-problems";

// Resource JSON with consent texts and a 100-member batch are a few kB; a cap keeps a
// runaway client from filling the emulator's memory.
const MAX_BODY_BYTES = 1024 * 1024;

export const readRawBody = (req: IncomingMessage): Promise<Buffer> =>
  readBody(req, MAX_BODY_BYTES, () => new ProblemError(413, "Request body too large", { code: "EMU-00413" }));

/**
 * Reads a JSON body. Like the ASP.NET controllers ([Consumes("application/json")]), a
 * missing or other content type is 415, so a client that forgets the header is caught here.
 */
export async function readJsonBody(req: IncomingMessage): Promise<unknown> {
  const type = (req.headers["content-type"] ?? "").toLowerCase();
  if (!/^application\/([\w.-]+\+)?json\b/.test(type)) {
    throw new ProblemError(415, "Unsupported Media Type", { code: "EMU-00415", detail: "Expected application/json" });
  }
  const text = (await readRawBody(req)).toString("utf8");
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new ProblemError(400, "Invalid JSON body", {
      code: "EMU-00400",
      detail: "The request body is not valid JSON",
    });
  }
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * A JSON body as the registry's ASP.NET controllers bind it ([Consumes("application/json")]): another content
 * type is a 415 ProblemDetails, unparsable JSON a 400 ValidationProblemDetails naming `$` (System.Text.Json).
 */
export async function readRegistryJson(
  req: IncomingMessage,
  contentTypes: RegExp = /^application\/([\w.-]+\+)?json\b/,
): Promise<unknown> {
  const type = (req.headers["content-type"] ?? "").toLowerCase();
  if (!contentTypes.test(type)) throw registryProblems.status(415);
  const text = (await readRawBody(req)).toString("utf8");
  if (!text.trim()) throw registryProblems.modelValidation({ "": ["A non-empty request body is required."] });
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw registryProblems.modelValidation({ $: ["The JSON value could not be converted."] });
  }
}
