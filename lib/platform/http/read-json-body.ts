import "server-only";
import { readTextBody } from "./read-text-body";

/**
 * A route's JSON body, read up to `limitBytes` (TOO_LARGE past it: ./read-text-body.ts). Unreadable JSON is no body
 * (undefined), so the schema names what is missing.
 */
export async function readJsonBody(request: Request, limitBytes: number): Promise<unknown> {
  const text = await readTextBody(request, limitBytes);
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
