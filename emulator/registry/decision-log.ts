import { registerStore } from "../state/store-registry";
import type { EnvName } from "../state/environments";
import type { DecisionSubject } from "./subject-attributes";

export interface DecisionObligation {
  id: string;
  attributeAssignment: { attributeId: string; category?: string; dataType: string; value: string }[];
}

export interface DecisionRecord {
  at: string;
  env: EnvName;
  resourceId: string;
  action: string;
  subject: DecisionSubject;
  /** The subject attributes the decision point held (what the PEP and the context handler would give it). */
  subjectAttributes: Record<string, string[]>;
  decision: "Permit" | "Deny" | "NotApplicable" | "Indeterminate";
  reason: string;
  ruleId?: string;
  obligations: DecisionObligation[];
}

const MAX_DECISIONS = 500;
let decisions: DecisionRecord[] = [];

// `GET /_emulator/state` shows the last 500 decisions, oldest first, so tests can see why a call was refused.
registerStore("authorization.decisions", { reset: () => (decisions = []), snapshot: () => decisions });

export function recordDecision(record: DecisionRecord): void {
  decisions.push(record);
  if (decisions.length > MAX_DECISIONS) decisions = decisions.slice(-MAX_DECISIONS);
}
