import { describe, expect, it } from "vitest";
import { checkRedirectUrl, type TRedirectCheck } from "./redirect-url-check";
import { redirectSnippets } from "./redirect-snippets";

const CONSENT_REQUESTS = "https://platform.tt02.altinn.no/accessmanagement/api/v1/enterprise/consentrequests";

function accepted(url: string) {
  const check = checkRedirectUrl(url);
  if (!check.accepted) throw new Error(`${url} refused`);
  return check as Extract<TRedirectCheck, { accepted: true }>;
}

describe("the redirect checker", () => {
  it("refuses what Altinn refuses, and says nothing more about it", () => {
    expect(checkRedirectUrl(" /consent/done ")).toEqual({ accepted: false, input: "/consent/done" });
  });

  it("reads a web address: returns in the query, what the server sees, the consumer's own parameter", () => {
    const check = accepted("https://bank.example/consent/done?request=r-1#receipt");
    expect(check).toMatchObject({
      kind: "web",
      placement: "query",
      stateParam: "request",
      returns: { ok: "https://bank.example/consent/done?request=r-1&Status=OK#receipt" },
      serverSees: { ok: "https://bank.example/consent/done?request=r-1&Status=OK" },
    });
    expect(check.notes).toEqual(["fragmentKept"]);
  });

  it("warns that a server never sees a hash route's status, and about '#/…&Status' after an earlier '?'", () => {
    const check = accepted("https://bank.example/app?request=r-1#/consent");
    expect(check.placement).toBe("fragment");
    expect(check.serverSees?.ok).toBe("https://bank.example/app?request=r-1");
    expect(check.notes).toEqual(["hashRoute", "hashRouteAmpersand"]);
    expect(accepted("https://bank.example/#/consent?request=r-1").stateParam).toBe("request");
  });

  it("reads an app's scheme, and says when nothing names the request or Altinn's names are already there", () => {
    const app = accepted("no.bank.app://consent/done");
    expect(app).toMatchObject({ kind: "app", scheme: "no.bank.app", serverSees: null, stateParam: null });
    expect(app.notes).toEqual(["customScheme", "noState"]);
    expect(accepted("http://bank.example/done?Status=x").notes).toEqual(["plainHttp", "noState", "hasStatus"]);
    expect(accepted("http://localhost:3000/done?state=1").notes).toEqual(["localhost"]);
    expect(accepted("javascript://x%0aalert(1)").notes).toContain("kitRefuses");
  });
});

describe("the redirect snippets", () => {
  it("route the consumer's path and read its own parameter on servers", () => {
    const snippets = redirectSnippets(accepted("https://bank.example/consent/done?request=r-1"), CONSENT_REQUESTS);
    expect(snippets.express).toContain('app.get("/consent/done"');
    expect(snippets.express).toContain('req.query["request"]');
    expect(snippets.express).toContain(`${CONSENT_REQUESTS}/`);
    expect(snippets.nextjs).toContain("// app/consent/done/route.ts");
    expect(snippets.aspnet).toContain('app.MapGet("/consent/done"');
    expect(snippets.aspnet).toContain('request.Query["request"]');
    expect(snippets.browser).toContain("https://bank.example/consent/done?request=r-1&Status=OK");
  });

  it("say a server cannot read a hash route or an app link, and ask for a parameter when there is none", () => {
    const hash = redirectSnippets(accepted("https://bank.example/#/consent"), CONSENT_REQUESTS);
    expect(hash.express).toContain("A browser never sends the fragment to a server");
    expect(hash.express).not.toContain("app.get");
    expect(hash.browser).toContain("https://bank.example/#/consent?Status=OK");
    const app = redirectSnippets(accepted("no.bank.app://consent/done"), CONSENT_REQUESTS);
    expect(app.aspnet).toContain("opens your app, not a web page");
    expect(app.kotlin).toContain('<data android:scheme="no.bank.app" android:host="consent" android:path="/done" />');
    expect(app.kotlin).toContain('param("state")');
    expect(app.swift).toContain('CFBundleURLSchemes = ["no.bank.app"]');
    expect(app.swift).toContain('url.host == "consent"');
    expect(app.kotlin).toContain("no.bank.app://consent/done?Status=Failed&ErrorMessage=User+did+not+give+consent");
  });
});
