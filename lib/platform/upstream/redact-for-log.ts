// What of an upstream call may appear in a log line or an error: the URL with secret-looking query values replaced,
// and (for an answer the portal could not read) the body's first 2 KB with token-like values removed.

const SECRET_QUERY = /token|assertion|secret|password|key|signature|code/i;

const LOGGED_BODY_CHARS = 2048;
const SECRET_MEMBER =
  /"((?:access_|id_|refresh_)?token|assertion|client_secret|password|private_?key|authorization)"\s*:\s*"(?:[^"\\]|\\.)*"?/gi;
const JWT_LIKE = /eyJ[A-Za-z0-9_\-.]+/g;

/** An upstream body as it may appear in a log: members named like secrets and anything shaped like a JWT removed. */
export function bodyForLog(text: string): string {
  return text
    .slice(0, LOGGED_BODY_CHARS * 2)
    .replace(SECRET_MEMBER, '"$1":"[redacted]"')
    .replace(JWT_LIKE, "[redacted-jwt]")
    .slice(0, LOGGED_BODY_CHARS);
}

/** The URL as it may appear in logs and errors: query values whose names suggest a secret are replaced. */
export function redactUrl(url: URL): string {
  const copy = new URL(url);
  copy.username = "";
  copy.password = "";
  for (const name of [...new Set(copy.searchParams.keys())]) {
    if (SECRET_QUERY.test(name)) copy.searchParams.set(name, "redacted");
  }
  return copy.toString();
}
