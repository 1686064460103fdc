import type { ServerResponse } from "node:http";
import { afterAll, beforeAll, beforeEach, expect } from "vitest";
import type { AltinnTokenClient } from "../altinn-token-client";
import type { MaskinportenTokenClient } from "../maskinporten-token-client";
import { setUpstreamContext } from "../upstream-context";
import { UpstreamError } from "../upstream-error";
import { type RecordedRequest, startTestServer, type TestServer } from "./test-server";
import { generateTestClientKey, testUpstreamConfig } from "./test-upstream-config";

export { sendJson } from "./test-server";

type TFakeUpstream = TestServer & {
  /** How the server answers; each test sets its own. */
  answer: (request: RecordedRequest, res: ServerResponse) => unknown;
};

/**
 * A test server standing in for every upstream for one test file: started before its tests with the upstream
 * context pointed at it and fixed tokens, its recorded requests cleared before each test, closed after. The
 * returned object is the server, filled in once started.
 */
export function fakeUpstreamForTests(): TFakeUpstream {
  const server = { answer: () => undefined } as unknown as TFakeUpstream;
  beforeAll(async () => {
    Object.assign(server, await startTestServer((request, res) => server.answer(request, res)));
    setUpstreamContext({
      config: testUpstreamConfig(server.url, await generateTestClientKey()),
      // Fixed tokens: nothing to drop when an answer refuses one (a 401 calls `invalidate`).
      maskinporten: {
        getToken: async () => "maskinporten-token",
        invalidate: () => {},
      } as unknown as MaskinportenTokenClient,
      altinn: { getToken: async () => "altinn-token", invalidate: () => {} } as unknown as AltinnTokenClient,
    });
  });
  afterAll(async () => {
    setUpstreamContext(undefined);
    await server.close();
  });
  beforeEach(() => {
    server.requests.length = 0;
  });
  return server;
}

/** The UpstreamError a call rejects with (the test fails if it resolves or rejects with anything else). */
export async function upstreamFailure(promise: Promise<unknown>): Promise<UpstreamError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UpstreamError);
  return error as UpstreamError;
}
