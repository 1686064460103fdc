import { describe, expect, it } from "vitest";
import { BrowserSession, locationOf } from "../test-support/browser-session";
import { click, consentEmulatorPerFile, KARI, logIn, OLA } from "../test-support/consent-request-fixture";
import { loadConsentTemplates } from "../consent-templates/template-catalogue";
import { orgUrn } from "../test-support/org-numbers";
import { APPROVAL_COOKIE } from "./approval-session";

const consent = consentEmulatorPerFile();

/** Replaces the person's Altinn rights (role codes, access packages) for the organisation. */
const setRights = async (pid: string, resources: string[], orgNumber = "310149942") => {
  const response = await fetch(`${consent.emulator.url}/_emulator/altinn-rights/${pid}/${orgNumber}`, {
    method: "PUT",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ resources }),
  });
  expect(response.status).toBe(200);
};
/** Gives the person a right the resource's consent rule names for the organisation (the real policy's package). */
const mayApproveFor = (pid: string, orgNumber: string) =>
  setRights(pid, ["urn:altinn:accesspackage:regnskapsforer-lonn"], orgNumber);

/** Posts the login form as a browser without a session would, typing `pid`. */
const postLogin = (page: string, pid: string) =>
  fetch(page, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ step: "login", pid }),
    redirect: "manual",
  });

describe("consent approval page login", () => {
  it("shows a test login, not the request, to a browser that has not logged in", async () => {
    const { page } = await consent.created();
    const response = await fetch(page);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-security-policy")).toContain("script-src 'none'");
    const html = await response.text();
    expect(html).toContain("<h1>Log in to answer the consent request</h1>");
    expect(html).toContain('<label for="pid">National identity number</label>');
    expect(html).toMatch(/id="pid-hint">[^<]*synthetic/);
    expect(html).toContain('<input id="pid" name="pid"');
    expect(html).toContain('<input type="hidden" name="step" value="login">');
    expect(html).toContain(
      '<button type="submit" name="pid" value="21818297804">Log in as Kari Nordmann (21818297804)</button>',
    );
    expect(html).not.toContain("Samtykkeerklæring");
    expect(html).not.toContain(">Approve<");
  });

  it.each([
    ["12345678901", "invalid check digits"],
    ["1234", "exactly 11 digits"],
    ['"><b>1', "exactly 11 digits"],
  ])("refuses the number %s (400), explains it beside the field and keeps it", async (typed, message) => {
    const { request, page } = await consent.created();
    const response = await postLogin(page, typed);
    expect(response.status).toBe(400);
    expect(response.headers.getSetCookie()).toEqual([]);
    const html = await response.text();
    expect(html).toContain('<div class="notice" role="alert">');
    expect(html).toMatch(new RegExp(`<p class="error" id="pid-error">[^<]*${message}`));
    expect(html).toContain(`value="${typed.replace(/"/g, "&quot;").replace(/>/g, "&gt;").replace(/</g, "&lt;")}"`);
    expect(html).toContain('aria-describedby="pid-hint pid-error" aria-invalid="true"');
    expect(html).not.toContain("<b>");
    expect(await consent.statusOf(request.id)).toBe("Created");
  });

  it("logs in with a signed, HttpOnly, SameSite=Lax cookie", async () => {
    const { page } = await consent.created();
    const response = await postLogin(page, "218182 97804");
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe(page);
    const [cookie = ""] = response.headers.getSetCookie();
    expect(cookie).toMatch(new RegExp(`^${APPROVAL_COOKIE}=${KARI}\\.[\\w-]{43}; Path=/; HttpOnly; SameSite=Lax$`));
  });

  it("lets another person see neither the request nor the buttons, and refuses their decision (403)", async () => {
    const { request, page } = await consent.created();
    const browser = new BrowserSession();
    await logIn(browser, page, OLA);

    const shown = await browser.request(page);
    expect(shown.status).toBe(403);
    const html = await shown.text();
    expect(html).toContain("This consent request is addressed to another person (21818297804).");
    expect(html).toContain("Logged in as Ola Nordmann (25922947409)");
    expect(html).toContain(">Log out</button>");
    expect(html).not.toContain(">Approve<");
    expect(html).not.toContain("Samtykkeerklæring");

    const refused = await browser.postForm(page, { decision: "approve" });
    expect(refused.status).toBe(403);
    expect(refused.headers.get("content-type")).toContain("text/html");
    expect(await refused.text()).toContain("addressed to another person (21818297804)");
    expect(await consent.statusOf(request.id)).toBe("Created");

    // Logging out clears the cookie: the login form is back, and a decision now needs a login (401).
    const loggedOut = await click(browser, page, "Log out");
    expect(loggedOut.status).toBe(303);
    expect(locationOf(loggedOut, page)).toBe(page);
    expect(loggedOut.headers.getSetCookie()[0]).toMatch(new RegExp(`^${APPROVAL_COOKIE}=;.*Max-Age=0`));
    expect(await (await browser.request(page)).text()).toContain("Log in to answer the consent request");
    expect((await browser.postForm(page, { decision: "approve" })).status).toBe(401);
    expect(await consent.statusOf(request.id)).toBe("Created");

    // The right person may then answer.
    await logIn(browser, page, KARI);
    const approved = await click(browser, page, "Approve");
    expect(approved.status).toBe(303);
    // Altinn's frontend appends Status=OK to the consumer's redirectUrl (which already has ?flow=1).
    expect(locationOf(approved, page)).toBe("https://bank.example/consent/done?flow=1&Status=OK");
    expect(await consent.statusOf(request.id)).toBe("Accepted");
  });

  it("ignores a cookie that was edited or made up", async () => {
    const { request, page } = await consent.created();
    const login = await postLogin(page, OLA);
    const olaValue = /=([^;]*)/.exec(login.headers.getSetCookie()[0] ?? "")?.[1] ?? "";
    const olaSignature = olaValue.split(".")[1] ?? "";
    expect(olaSignature).toHaveLength(43);
    for (const forged of [`${KARI}.${olaSignature}`, KARI, `${KARI}.${"A".repeat(43)}`]) {
      const headers = { cookie: `${APPROVAL_COOKIE}=${forged}` };
      const shown = await fetch(page, { headers });
      expect(shown.status).toBe(200);
      expect(await shown.text()).toContain("Log in to answer the consent request");
      const decided = await fetch(page, {
        method: "POST",
        headers: { ...headers, "content-type": "application/x-www-form-urlencoded" },
        body: "decision=approve",
        redirect: "manual",
      });
      expect(decided.status).toBe(401);
    }
    expect(await consent.statusOf(request.id)).toBe("Created");
  });

  it("lets a person the policy's consent rule names answer a request to an organisation", async () => {
    const { request, page } = await consent.created({ from: orgUrn("310149942") });
    await mayApproveFor("12839120247", "310149942");
    const browser = new BrowserSession();
    const login = await browser.postForm(page, { step: "login", pid: "12839120247" });
    expect(login.status).toBe(303);
    const html = await (await browser.request(page)).text();
    expect(html).toContain("Logged in as Siri Berg (12839120247)");
    expect(html).toMatch(/on behalf of <strong>[^<]*\(310149942\)<\/strong>/);
    const rejected = await click(browser, page, "Reject");
    expect(rejected.status).toBe(303);
    expect(locationOf(rejected, page)).toBe(
      "https://bank.example/consent/done?flow=1&Status=Failed&ErrorMessage=User+did+not+give+consent",
    );
    expect(await consent.statusOf(request.id)).toBe("Rejected");
  });

  it("shows the template's texts with Altinn's placeholders filled, and lets only a requiredDelegator answer", async () => {
    const { request, page } = await consent.created({
      from: orgUrn("310149942"),
      requiredDelegator: `urn:altinn:person:identifier-no:${OLA}`,
    });
    await mayApproveFor(OLA, "310149942");
    const browser = new BrowserSession();
    await logIn(browser, page, KARI);
    expect((await browser.request(page)).status).toBe(403);
    await click(browser, page, "Log out");
    await logIn(browser, page, OLA);
    const html = await (await browser.request(page)).text();
    // The resource's template (samtykkemal_simpleconsent), organisation variant: {CoveredBy} the consumer, {OfferedBy} `from`.
    const template = loadConsentTemplates({}).templates.find((entry) => entry.id === "samtykkemal_simpleconsent");
    const heading = (template?.texts.heading.org.nb ?? "(no template)")
      .replace("{CoveredBy}", "Testbanken AS (313876144)")
      .replace("{OfferedBy}", "Demo Forsikring AS (310149942)");
    expect(html).toContain(`<p lang="nb">${heading}</p>`);
    expect((await click(browser, page, "Approve")).status).toBe(303);
    expect(await consent.statusOf(request.id)).toBe("Accepted");
  });
});

describe("who may answer a consent request to an organisation", () => {
  /** The page as the person sees it once logged in. */
  const shownTo = async (page: string, pid: string) => {
    const browser = new BrowserSession();
    await logIn(browser, page, pid);
    const shown = await browser.request(page);
    return { browser, shown, html: await shown.text() };
  };
  type TDecision = { action: string; subject: { pid?: string; party?: string }; decision: string };
  const consentDecisions = async (pid: string) => {
    const state = (await (await fetch(`${consent.emulator.url}/_emulator/state`)).json()) as Record<string, unknown>;
    return (state["authorization.decisions"] as TDecision[]).filter(
      (entry) => entry.action === "consent" && entry.subject.pid === pid,
    );
  };

  it("refuses a person whose roles the policy's consent rule does not name (AM-00000, 403), and records why", async () => {
    const { request, page } = await consent.created({ from: orgUrn("310149942") });
    // dagl is not among the real policy's approvers (siskd, priv, a0239-a0241 and the accountants' packages).
    await setRights(KARI, ["urn:altinn:rolecode:dagl"]);
    const { browser, shown, html } = await shownTo(page, KARI);
    expect(shown.status).toBe(403);
    expect(html).toContain("Not authorized for consent (AM-00000)");
    expect(html).toContain("consent on stami-samtykke-must: NotApplicable");
    expect(html).not.toContain(">Approve<");

    const refused = await browser.postForm(page, { decision: "approve" });
    expect(refused.status).toBe(403);
    expect(await refused.text()).toContain("AM-00000");
    expect(await consent.statusOf(request.id)).toBe("Created");
    const decisions = await consentDecisions(KARI);
    expect(decisions.map((entry) => entry.decision)).toEqual(["NotApplicable", "NotApplicable"]);
    expect(decisions[0]?.subject.party).toBe("310149942");
  });

  it("lets a person holding an access package the rule names approve, with Permit recorded", async () => {
    const { request, page } = await consent.created({ from: orgUrn("310149942") });
    await mayApproveFor(OLA, "310149942");
    const before = (await consentDecisions(OLA)).length;
    const { browser, shown } = await shownTo(page, OLA);
    expect(shown.status).toBe(200);
    expect((await click(browser, page, "Approve")).status).toBe(303);
    expect(await consent.statusOf(request.id)).toBe("Accepted");
    // One decision each time the page is shown (twice: `click` loads it again) and one for the answer.
    const decided = (await consentDecisions(OLA)).slice(before).map((entry) => entry.decision);
    expect(decided).toEqual(["Permit", "Permit", "Permit"]);
  });
});
