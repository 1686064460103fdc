import { type OpenApiContract, validateOperation } from "./openapi-contract";
import type { TExchange } from "./record-exchanges";

export interface TExchangeReport {
  /** Every mismatch with the document, one line each. */
  problems: string[];
  /** `METHOD path -> status` of answers the document says nothing about (an error status it does not list). */
  unchecked: string[];
  /** How many request and response bodies were checked against a schema. */
  checked: number;
  /** `METHOD template -> status` of every call, in order, so a test can show which operations it covered. */
  operations: string[];
}

const describe = (exchange: TExchange) => `${exchange.method} ${exchange.url.pathname} -> ${exchange.status}`;

/**
 * Checks recorded calls against the document: each request body against the operation's request schema, each
 * answer against the schema documented for its status. A success status the document does not list (nor the
 * allow-list) is a problem; an error status it does not list has no schema to check and is only reported.
 */
export function checkExchanges(contract: OpenApiContract, exchanges: readonly TExchange[]): TExchangeReport {
  const report: TExchangeReport = { problems: [], unchecked: [], checked: 0, operations: [] };
  for (const exchange of exchanges) {
    const ref = { method: exchange.method, path: exchange.url.pathname };
    const request = validateOperation(
      contract,
      { ...ref, contentType: exchange.requestContentType ?? undefined },
      exchange.requestBody,
      "request",
    );
    report.problems.push(...request.problems);
    if (request.checked && request.problems.length === 0) report.checked++;

    const response = validateOperation(
      contract,
      { ...ref, status: exchange.status, contentType: exchange.responseContentType ?? undefined },
      exchange.responseBody,
      "response",
    );
    const undocumentedError = exchange.status >= 400 && response.undocumentedStatus === true;
    if (undocumentedError) report.unchecked.push(describe(exchange));
    else report.problems.push(...response.problems);
    if (response.checked && response.problems.length === 0) report.checked++;
    report.operations.push(`${exchange.method} ${response.template ?? exchange.url.pathname} -> ${exchange.status}`);
  }
  return report;
}
