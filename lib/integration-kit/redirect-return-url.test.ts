import { describe, expect, it } from "vitest";
import { altinnAcceptsRedirectUrl, altinnReturnUrl, altinnStatusQuery, serverReceives } from "./redirect-return-url";

const FAILED = "Status=Failed&ErrorMessage=User+did+not+give+consent";

describe("which redirectUrl Altinn accepts (ConsentService.IsValidUrl)", () => {
  it.each([
    ["https://bank.example/consent/done", true],
    ["http://localhost:3000/back", true],
    ["no.bank.app://consent/done", true],
    ["MyApp://Done", true],
    ["my-app+v2.beta://x", true],
    // Relative addresses and text that is no URL: AM.VLD-00027.
    ["/consent/done", false],
    ["consent/done", false],
    ["not a valid url", false],
    ["", false],
    ["://x", false],
    ["1app://x", false],
  ] as const)("%s → %s", (url, accepted) => {
    expect(altinnAcceptsRedirectUrl(url)).toBe(accepted);
  });
});

describe("the address Altinn sends the person to", () => {
  // The cases of Altinn's own tests (altinn-access-management-frontend ConsentControllerTest.cs) first.
  const altinnCases: { url: string; outcome: "ok" | "failed"; expected: string }[] = [
    {
      url: "https://smartbank.no/consent/#/fragmentpath?authcode=123",
      outcome: "ok",
      expected: "https://smartbank.no/consent/#/fragmentpath?authcode=123&Status=OK",
    },
    {
      url: "https://smartbank.no/consent/#/fragmentpath",
      outcome: "ok",
      expected: "https://smartbank.no/consent/#/fragmentpath?Status=OK",
    },
    {
      url: "https://smartbank.no/consent#fragment",
      outcome: "failed",
      expected: `https://smartbank.no/consent?${FAILED}#fragment`,
    },
    {
      url: "https://smartbank.no/consent?authcode=123",
      outcome: "failed",
      expected: `https://smartbank.no/consent?authcode=123&${FAILED}`,
    },
  ];
  it.each(altinnCases)("$url, $outcome → $expected", ({ url, outcome, expected }) => {
    expect(altinnReturnUrl(url, outcome)).toBe(expected);
  });

  it("puts the status in the query, keeping the consumer's own parameters and a plain fragment after it", () => {
    expect(altinnReturnUrl("https://bank.example/done?request=r-1&lang=nb#top", "ok")).toBe(
      "https://bank.example/done?request=r-1&lang=nb&Status=OK#top",
    );
    // Uri.GetLeftPart: the host lower-cased, "/" for an empty path; a bare "#" carries nothing and is dropped.
    expect(altinnReturnUrl("https://Bank.Example", "ok")).toBe("https://bank.example/?Status=OK");
    expect(altinnReturnUrl("https://bank.example/done#", "ok")).toBe("https://bank.example/done?Status=OK");
  });

  it("appends inside the fragment with hash routing, after '&' when a '?' stands anywhere before", () => {
    expect(altinnReturnUrl("https://bank.example/?request=r-1#/consent", "failed")).toBe(
      `https://bank.example/?request=r-1#/consent&${FAILED}`,
    );
  });

  it("leaves a custom scheme as typed and appends the same way", () => {
    expect(altinnReturnUrl("no.bank.app://consent/done", "failed")).toBe(`no.bank.app://consent/done?${FAILED}`);
    expect(altinnReturnUrl("no.bank.app://consent/done?request=r-1#top", "ok")).toBe(
      "no.bank.app://consent/done?request=r-1&Status=OK#top",
    );
    expect(altinnReturnUrl("no.bank.app://consent#/done", "ok")).toBe("no.bank.app://consent#/done?Status=OK");
  });

  it("encodes ErrorMessage as HttpUtility does: spaces as '+', decoded back to Altinn's text", () => {
    expect(altinnStatusQuery("ok")).toBe("Status=OK");
    expect(altinnStatusQuery("failed")).toBe(FAILED);
    const back = new URL(altinnReturnUrl("https://bank.example/done?request=r-1", "failed")).searchParams;
    expect(back.get("ErrorMessage")).toBe("User did not give consent");
    expect(back.get("request")).toBe("r-1");
  });

  it("is what a server receives only up to the '#'", () => {
    expect(serverReceives("https://bank.example/done?Status=OK#top")).toBe("https://bank.example/done?Status=OK");
    expect(serverReceives("https://bank.example/#/done?Status=OK")).toBe("https://bank.example/");
  });
});
