import { describe, expect, it } from "vitest";
import type { TUpstreamChangeForHandler } from "@/lib/platform/jobs/define-upstream-job";
import { fakeUpstreamForTests, sendJson } from "@/lib/platform/upstream/test-support/fake-upstream";
import { resourceConnectionPutJob } from "./access-list-jobs";

// Connecting a list to a resource, against a server answering as Altinn's AccessListsController.cs does. A list
// may be linked in the portal before its resource is published: the registry then answers 400 RR-00002 (no such
// resource), and publishing connects the list instead (lib/publishing/resource-jobs.ts).

const server = fakeUpstreamForTests();

const change = (resourceIdentifier: string): TUpstreamChangeForHandler => ({
  id: crypto.randomUUID(),
  kind: "registry.access-list.resource-connection.put",
  environment: "TEST",
  organisationId: null,
  targetType: "access-list",
  targetId: "test:banker",
  payload: { actingFor: "974761076", owner: "skd", listIdentifier: "banker", resourceIdentifier },
});

describe("resourceConnectionPutJob", () => {
  it("sends requestconsent as the action filter", async () => {
    server.answer = (_request, res) =>
      sendJson(res, 200, { resourceIdentifier: "skd-inntekt", actionFilters: ["requestconsent"] });
    await resourceConnectionPutJob.run(change("skd-inntekt"));
    const request = server.requests.at(-1)!;
    expect(`${request.method} ${request.url}`).toBe(
      "PUT /test/platform/resourceregistry/api/v1/access-lists/skd/banker/resource-connections/skd-inntekt",
    );
    expect(JSON.parse(request.body)).toEqual({ actionFilters: ["requestconsent"] });
  });

  it("is done when the registry does not have the resource yet (400 RR-00002): publishing connects it", async () => {
    server.answer = (_request, res) =>
      sendJson(res, 400, {
        type: "https://altinn.no/problems/RR-00002",
        title: "One or more resource references not found.",
        status: 400,
        code: "RR-00002",
      });
    await expect(resourceConnectionPutJob.run(change("skd-ikke-publisert"))).resolves.toBeUndefined();
  });

  it("leaves a list that is not in the registry yet (404) to the queue's retry, and fails on anything else", async () => {
    server.answer = (_request, res) => sendJson(res, 404, { title: "Not Found", status: 404 });
    await expect(resourceConnectionPutJob.run(change("skd-inntekt"))).rejects.toMatchObject({ retryable: true });
    server.answer = (_request, res) =>
      sendJson(res, 403, {
        title:
          "Cannot create a access-list connection to a resource not owned by the same service-owner as the access-list.",
        status: 403,
        code: "RR-00004",
      });
    await expect(resourceConnectionPutJob.run(change("nav-ressurs"))).rejects.toMatchObject({
      status: 403,
      code: "RR-00004",
      retryable: false,
    });
  });
});
