import { describe, expect, it } from "vitest";
import { UpstreamError } from "@/lib/platform/upstream/upstream-error";
import { describeUpstreamFailure, readUpstreamFailure } from "./describe-upstream-failure";

// The failure reason stored for a FAILED upstream change, and the same reason read back for the kit's panel.

const failed = (fields: Partial<ConstructorParameters<typeof UpstreamError>[0]>) =>
  new UpstreamError({
    upstream: "consent-requests:test",
    status: 500,
    kind: "http",
    retryable: false,
    method: "POST",
    url: "https://x/",
    ...fields,
  });

describe("describeUpstreamFailure", () => {
  it("names each of Altinn's problems with its key, and says not to retry STD-00001", () => {
    const error = failed({
      code: "STD-00001",
      title: "Multiple problems occurred.",
      problems: [
        { code: "AM-00006", title: "Invalid consent metadata", key: "ukjent" },
        { code: "AM-00008", title: "Missing metadata", key: "inntektsaar" },
      ],
    });
    expect(describeUpstreamFailure(error)).toEqual({
      reason:
        "HTTP 500 · STD-00001 · AM-00006 Invalid consent metadata [key=ukjent]; AM-00008 Missing metadata [key=inntektsaar]",
      retryable: false,
    });
  });

  it("names a lone problem once, with its extensions, and validation errors with where they point", () => {
    const idTaken = failed({
      status: 400,
      code: "AM-00016",
      title: "Consent with id already exist",
      problems: [{ code: "AM-00016", title: "Consent with id already exist", extensions: { requestId: "abc" } }],
    });
    expect(describeUpstreamFailure(idTaken).reason).toBe(
      "HTTP 400 · AM-00016 Consent with id already exist [requestId=abc]",
    );
    const validation = failed({
      status: 400,
      code: "STD-00000",
      problems: [{ code: "AM.VLD-00027", title: "Redirect URL is not a valid URL", paths: ["RedirectUrl"] }],
    });
    expect(describeUpstreamFailure(validation).reason).toBe(
      "HTTP 400 · STD-00000 · AM.VLD-00027 Redirect URL is not a valid URL [at=RedirectUrl]",
    );
  });

  it("keeps the old form for failures without problems, and retries unknown errors", () => {
    expect(describeUpstreamFailure(failed({ status: 503, retryable: true, title: "busy" }))).toEqual({
      reason: "HTTP 503 · busy",
      retryable: true,
    });
    expect(describeUpstreamFailure(new Error("boom"))).toEqual({ reason: "boom", retryable: true });
  });
});

describe("readUpstreamFailure", () => {
  it("reads back what describeUpstreamFailure wrote", () => {
    const problems = [
      { code: "AM-00007", title: "Missing metadata value", key: "inntektsaar" },
      {
        code: "AM-00003",
        title: "Unknown organization. Could not be found",
        extensions: { orgnr: "urn:altinn:organization:identifier-no:313876144" },
      },
      { code: "AM.VLD-00022", title: "The time need to be in the future", paths: ["ValidTo"] },
    ];
    const { reason } = describeUpstreamFailure(failed({ code: "STD-00001", problems }));
    expect(readUpstreamFailure(reason)).toEqual({ status: 500, code: "STD-00001", problems, notUnderstood: false });
  });

  it("reads a lone problem's code as the failure's code, and nothing from other reasons", () => {
    expect(readUpstreamFailure("HTTP 400 · AM-00016 Consent with id already exist [requestId=abc]")).toMatchObject({
      status: 400,
      code: "AM-00016",
      problems: [{ code: "AM-00016", title: "Consent with id already exist", extensions: { requestId: "abc" } }],
    });
    const none = { code: null, problems: [], notUnderstood: false };
    expect(readUpstreamFailure("HTTP 403 · Altinn refused: 313876144 may not request consent for x (policy)")).toEqual({
      status: 403,
      ...none,
    });
    expect(
      readUpstreamFailure("HTTP 400 · invalid_scope · altinn:consentrequests.write has not been delegated"),
    ).toEqual({ status: 400, ...none });
    expect(readUpstreamFailure(null)).toEqual({ status: null, ...none });
  });

  it("says when the upstream's answer was not understood, naming the upstream as people know it", () => {
    const error = failed({ kind: "invalid-response", status: 201, detail: "unexpected response shape at status" });
    const { reason, retryable } = describeUpstreamFailure(error);
    expect({ reason, retryable }).toEqual({
      reason:
        "HTTP 201 · Altinn answered something this portal does not understand (unexpected response shape at status)",
      retryable: false,
    });
    expect(readUpstreamFailure(reason)).toMatchObject({ status: 201, notUnderstood: true });
    const maskinporten = failed({
      upstream: "maskinporten-token:test",
      kind: "invalid-response",
      status: 200,
      detail: "body is not JSON",
    });
    expect(describeUpstreamFailure(maskinporten).reason).toBe(
      "HTTP 200 · Maskinporten answered something this portal does not understand (body is not JSON)",
    );
  });
});
