import type { ServerResponse } from "node:http";
import { describe, expect, it } from "vitest";
import { describeUpstreamFailure } from "@/lib/platform/jobs/describe-upstream-failure";
import {
  createResource,
  putResourcePolicy,
  ResourceExistsError,
  ScopePrefixError,
  updateResource,
} from "./resource-registry-client";
import { fakeUpstreamForTests, sendJson } from "./test-support/fake-upstream";

// The resource client against a server that answers exactly as Altinn's ResourceController.cs does (not as the
// OpenAPI document says): POST 201 with an empty body, PUT 200 with none, and 401 with a validation problem when a
// scope reference has another organisation's prefix (MaskinportenSchemaAuthorizer.CreateErrorResponseMissingPrefix).

const server = fakeUpstreamForTests();
const target = { environment: "test" as const, actingFor: "974761076" };
const resource = {
  identifier: "skd-inntekt",
  resourceReferences: [
    { referenceSource: "Default", reference: "nav:inntekt.read", referenceType: "MaskinportenScope" },
  ],
};

const invalidPrefix = (res: ServerResponse) =>
  sendJson(
    res,
    401,
    {
      type: "https://tools.ietf.org/html/rfc9110#section-15.5.2",
      title: "Unauthorized",
      status: 401,
      detail: "Not authorized for creating resource with the listed scopes",
      errors: { InvalidPrefix: ["nav:inntekt.read"] },
    },
    { "content-type": "application/problem+json" },
  );

describe("resource registry client", () => {
  it("takes 201 with an empty body for a create, and 200 with none for an update and a policy upload", async () => {
    server.answer = (request, res) => {
      if (request.method === "POST")
        res.writeHead(201, { location: "/resourceregistry/api/v1/resource/skd-inntekt" }).end();
      else if (request.url.endsWith("/policy")) res.writeHead(201).end();
      else res.writeHead(200).end();
    };
    await expect(createResource(target, resource)).resolves.toBeUndefined();
    await expect(updateResource(target, resource)).resolves.toBeUndefined();
    await expect(putResourcePolicy(target, "skd-inntekt", "<xacml:Policy/>")).resolves.toBeUndefined();
    expect(server.requests.map((r) => `${r.method} ${r.url}`)).toEqual([
      "POST /test/platform/resourceregistry/api/v1/resource",
      "PUT /test/platform/resourceregistry/api/v1/resource/skd-inntekt",
      "PUT /test/platform/resourceregistry/api/v1/resource/skd-inntekt/policy",
    ]);
  });

  it("tells the owner which scope is not theirs on 401 InvalidPrefix, once, without retrying", async () => {
    server.answer = (_request, res) => invalidPrefix(res);
    for (const write of [() => createResource(target, resource), () => updateResource(target, resource)]) {
      const error = await write().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ScopePrefixError);
      expect(error).toMatchObject({
        status: 401,
        code: "InvalidPrefix",
        retryable: false,
        scopes: ["nav:inntekt.read"],
      });
      expect(describeUpstreamFailure(error)).toEqual({
        reason:
          "HTTP 401 · InvalidPrefix · The scope nav:inntekt.read does not belong to your organisation's prefix: reference one of your own scopes.",
        retryable: false,
      });
    }
    expect(server.requests).toHaveLength(2);
  });

  it("keeps a 401 without InvalidPrefix an ordinary upstream error, and a 409 a ResourceExistsError", async () => {
    server.answer = (_request, res) => res.writeHead(401, { "www-authenticate": "Bearer" }).end();
    const unauthorised = await createResource(target, resource).catch((e: unknown) => e);
    expect(unauthorised).not.toBeInstanceOf(ScopePrefixError);
    expect(unauthorised).toMatchObject({ status: 401 });
    server.answer = (_request, res) =>
      res.writeHead(409, { "content-type": "text/plain" }).end("The Resource already exist: skd-inntekt");
    await expect(createResource(target, resource)).rejects.toBeInstanceOf(ResourceExistsError);
  });
});
