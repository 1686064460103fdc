import { describe, expect, it } from "vitest";
import { landingAfterLogin } from "./landing-after-login";

const redirect = (location: string) =>
  new Response(null, { status: 302, headers: { location, "set-cookie": "next-auth.session-token=abc; Path=/" } });

describe("landingAfterLogin", () => {
  it("sends a login that represents no organisation to the diagnostics page, keeping the session cookie", () => {
    const answer = landingAfterLogin(redirect("http://portal.test/orgs/974761076/approvals"), {
      representsOrganisation: false,
    });
    expect(answer.status).toBe(302);
    expect(answer.headers.get("location")).toBe("http://portal.test/access");
    expect(answer.headers.get("set-cookie")).toContain("next-auth.session-token=abc");
  });

  it("keeps the page asked for when the person represents an organisation, and any failed login as it is", () => {
    const asked = "http://portal.test/orgs/974761076/approvals";
    expect(landingAfterLogin(redirect(asked), { representsOrganisation: true }).headers.get("location")).toBe(asked);
    const failed = redirect("http://portal.test/signin?error=Callback");
    expect(landingAfterLogin(failed, undefined).headers.get("location")).toBe(
      "http://portal.test/signin?error=Callback",
    );
  });
});
