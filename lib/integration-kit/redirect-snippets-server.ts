import type { TRedirectSnippetContext } from "./redirect-snippets";

// The return read on the consumer's web server: Express, a Next.js route handler, ASP.NET Core minimal API. Each
// confirms `Status=OK` with Altinn before relying on it: anyone can type the address, Altinn's own status is the truth.

/** For addresses whose status a server never receives (hash routing, an app's scheme): why, and where to look. */
function notForServers(context: TRedirectSnippetContext, comment: string): string | null {
  if (context.kind === "app")
    return `${comment} ${context.input} opens your app, not a web page: no server receives it. See Kotlin and Swift.`;
  if (context.placement === "fragment")
    return [
      `${comment} Altinn puts Status after the "#" of ${context.input} (hash routing):`,
      `${comment} ${context.okUrl}`,
      `${comment} A browser never sends the fragment to a server, so no server code can read it. See Browser.`,
    ].join("\n");
  return null;
}

const header = (context: TRedirectSnippetContext, comment: string) =>
  [
    `${comment} Altinn sends the person to ${context.okUrl}`,
    `${comment} or to ${context.failedUrl}`,
    `${comment} It appends Status (and ErrorMessage) only. "${context.stateParam}" is your own parameter, which says`,
    `${comment} which consent request came back: put the request's id in it (you choose the id when you create it).`,
    ...(context.stateGiven ? [] : [`${comment} Your address has none yet: add ?${context.stateParam}=<request id>.`]),
  ].join("\n");

/** Asks Altinn for the request's status (a token for altinn:consentrequests.read; see the kit's TypeScript tab). */
const confirmTs = (context: TRedirectSnippetContext) => `
async function consentAccepted(requestId: string): Promise<boolean> {
  const token = await maskinportenToken("altinn:consentrequests.read"); // from the kit's TypeScript snippet
  const answer = await fetch(\`${context.consentRequestsUrl}/\${encodeURIComponent(requestId)}\`, {
    headers: { Authorization: \`Bearer \${token}\` },
  });
  if (!answer.ok) return false;
  // Altinn spells it "Accepted"; compare ignoring case.
  return ((await answer.json()) as { status?: string }).status?.toLowerCase() === "accepted";
}`;

export function expressSnippet(context: TRedirectSnippetContext): string {
  const none = notForServers(context, "//");
  if (none) return none;
  return `import express from "express";

${header(context, "//")}
const app = express();

app.get(${JSON.stringify(context.path)}, async (req, res) => {
  const first = (value: unknown) => String((Array.isArray(value) ? value[0] : value) ?? "");
  const requestId = first(req.query[${JSON.stringify(context.stateParam)}]);
  // "OK", or "Failed" with ErrorMessage "User did not give consent" (Express decodes "+" as a space).
  const status = first(req.query.Status);
  if (status === "OK" && (await consentAccepted(requestId))) return res.redirect(303, "/consent/accepted");
  res.redirect(303, "/consent/declined");
});
${confirmTs(context)}
`;
}

export function nextRouteSnippet(context: TRedirectSnippetContext): string {
  const none = notForServers(context, "//");
  if (none) return none;
  const file = `app${context.path.replace(/\/$/, "")}/route.ts`;
  return `// ${file}
import { NextResponse, type NextRequest } from "next/server";

${header(context, "//")}
export async function GET(request: NextRequest) {
  const query = request.nextUrl.searchParams;
  const requestId = query.get(${JSON.stringify(context.stateParam)}) ?? "";
  // "OK", or "Failed" with ErrorMessage "User did not give consent" (searchParams decodes "+" as a space).
  const accepted = query.get("Status") === "OK" && (await consentAccepted(requestId));
  return NextResponse.redirect(new URL(accepted ? "/consent/accepted" : "/consent/declined", request.url), 303);
}
${confirmTs(context)}
`;
}

export function aspNetSnippet(context: TRedirectSnippetContext): string {
  const none = notForServers(context, "//");
  if (none) return none;
  return `// Program.cs (ASP.NET Core minimal API)
${header(context, "//")}
app.MapGet(${JSON.stringify(context.path)}, async (HttpRequest request, IHttpClientFactory clients) =>
{
    // Query names are matched ignoring case; "+" is decoded as a space.
    var requestId = request.Query[${JSON.stringify(context.stateParam)}].ToString();
    var status = request.Query["Status"].ToString();
    if (status == "OK")
    {
        // A client whose handler adds a Maskinporten token for altinn:consentrequests.read.
        var altinn = clients.CreateClient("altinn-consent");
        var consent = await altinn.GetFromJsonAsync<ConsentRequestStatus>(
            $"${context.consentRequestsUrl}/{Uri.EscapeDataString(requestId)}");
        if (string.Equals(consent?.Status, "Accepted", StringComparison.OrdinalIgnoreCase))
            return Results.Redirect("/consent/accepted");
    }
    // Status=Failed comes with ErrorMessage "User did not give consent".
    return Results.Redirect("/consent/declined");
});

record ConsentRequestStatus(string? Status);
`;
}
