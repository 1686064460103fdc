/** Where a person without any organisation goes after login: the page that says which right to ask for (app/access). */
export const ACCESS_DIAGNOSTICS_PATH = "/access";

/**
 * next-auth's answer to a completed login, sent on to the diagnostics page when the person represents no organisation
 * (the picker offered none, or they continued as themselves): the page they asked for would only be a 404. The
 * answer's cookies (the new session) stay.
 */
export function landingAfterLogin(
  response: Response,
  outcome: { representsOrganisation: boolean } | undefined,
): Response {
  const location = response.headers.get("location");
  if (!outcome || outcome.representsOrganisation || !location || response.status < 300 || response.status > 399) {
    return response;
  }
  const landed = new Response(response.body, response);
  landed.headers.set("location", new URL(ACCESS_DIAGNOSTICS_PATH, location).toString());
  return landed;
}
