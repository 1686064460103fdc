import { registerStore } from "../state/store-registry";

/**
 * A fault rule makes matching requests misbehave, so tests can exercise the portal's retry, timeout and
 * conflict handling against an upstream that fails in a known way.
 */
export interface FaultRule {
  /** RegExp source matched against the request's full path (without query string), e.g. "^/test/maskinporten-admin/". */
  path: string;
  /** Only this HTTP method; every method when absent. */
  method?: string;
  /** Chance of answering 500/502/503 before the request is handled (no effect on state). */
  status5xxRate?: number;
  /** Chance of handling the request (its change happens) but never answering; the socket closes after timeoutMs. */
  timeoutRate?: number;
  timeoutMs?: number;
  /** Delay before the request is handled. */
  latencyMs?: number;
  /** Chance of answering 412 Precondition Failed before the request is handled. */
  preconditionFailedRate?: number;
  /** How many more matching requests the rule applies to; unlimited when absent. */
  remaining?: number;
}

let rules: FaultRule[] = [];

registerStore("faults", { reset: () => (rules = []), snapshot: () => rules });

export function currentFaultRules(): readonly FaultRule[] {
  return rules;
}

export function replaceFaultRules(next: FaultRule[]): void {
  rules = next;
}

/** Checks rules sent to PUT /_emulator/faults; the message names the rule and field. */
export function parseFaultRules(body: unknown): FaultRule[] {
  const list = Array.isArray(body) ? body : (body as { rules?: unknown } | undefined)?.rules;
  if (!Array.isArray(list)) throw new Error("Expected an array of fault rules (or {rules: [...]})");
  return list.map((item: unknown, index) => {
    const rule = item as Record<string, unknown>;
    const where = `rules[${index}]`;
    if (!rule || typeof rule.path !== "string") throw new Error(`${where}.path must be a RegExp source string`);
    try {
      new RegExp(rule.path);
    } catch {
      throw new Error(`${where}.path is not a valid RegExp`);
    }
    if (rule.method !== undefined && typeof rule.method !== "string")
      throw new Error(`${where}.method must be a string`);
    for (const field of ["status5xxRate", "timeoutRate", "preconditionFailedRate"]) {
      const value = rule[field];
      if (value !== undefined && (typeof value !== "number" || value < 0 || value > 1)) {
        throw new Error(`${where}.${field} must be a number from 0 to 1`);
      }
    }
    for (const field of ["latencyMs", "timeoutMs", "remaining"]) {
      const value = rule[field];
      if (value !== undefined && (typeof value !== "number" || !Number.isInteger(value) || value < 0)) {
        throw new Error(`${where}.${field} must be a whole number ≥ 0`);
      }
    }
    return {
      ...(rule as unknown as FaultRule),
      ...(rule.method ? { method: (rule.method as string).toUpperCase() } : {}),
    };
  });
}

/** The first rule that matches and has uses left; taking it counts one use down. */
export function takeMatchingRule(method: string, path: string): FaultRule | undefined {
  const rule = rules.find(
    (candidate) =>
      (candidate.remaining === undefined || candidate.remaining > 0) &&
      (candidate.method === undefined || candidate.method === method) &&
      new RegExp(candidate.path).test(path),
  );
  if (rule?.remaining !== undefined) rule.remaining -= 1;
  return rule;
}
