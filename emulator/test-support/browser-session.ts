import { createHash, randomBytes } from "node:crypto";

/**
 * Just enough of a browser for the emulator's tests: a cookie jar (paths ignored; the
 * emulator only serves one host) and manual redirects so each hop can be asserted.
 */
export class BrowserSession {
  readonly #cookies = new Map<string, string>();

  async request(url: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    if (this.#cookies.size) {
      headers.set("cookie", [...this.#cookies].map(([name, value]) => `${name}=${value}`).join("; "));
    }
    const response = await fetch(url, { ...init, headers, redirect: "manual" });
    for (const line of response.headers.getSetCookie()) {
      const [pair = "", ...attributes] = line.split(";");
      const separator = pair.indexOf("=");
      const name = pair.slice(0, separator).trim();
      const value = pair.slice(separator + 1).trim();
      const expired = attributes.some((attribute) => /expires=thu, 01 jan 1970/i.test(attribute.trim()));
      if (value === "" || expired) this.#cookies.delete(name);
      else this.#cookies.set(name, value);
    }
    return response;
  }

  postForm(url: string, fields: Record<string, string>): Promise<Response> {
    return this.request(url, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams(fields).toString(),
    });
  }
}

/** Absolute URL of a redirect response's Location header (fails loudly if missing). */
export function locationOf(response: Response, base: string): string {
  const location = response.headers.get("location");
  if (!location) throw new Error(`expected a redirect, got ${response.status}`);
  return new URL(location, base).href;
}

export function pkcePair(): { verifier: string; challenge: string } {
  const verifier = randomBytes(32).toString("base64url");
  return { verifier, challenge: createHash("sha256").update(verifier).digest("base64url") };
}

function unescapeHtml(value: string): string {
  return value
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

const FORM = /<form[^>]*action="([^"]*)"[^>]*>([\s\S]*?)<\/form>/g;

function hiddenFields(formHtml: string): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const input of formHtml.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)"/g)) {
    fields[input[1] ?? ""] = unescapeHtml(input[2] ?? "");
  }
  return fields;
}

/** The first form's action and hidden inputs, i.e. what the auto-submitting page would post. */
export function firstForm(html: string, base: string): { action: string; fields: Record<string, string> } {
  const form = new RegExp(FORM.source).exec(html);
  if (!form) throw new Error("no form in page");
  return { action: new URL(unescapeHtml(form[1] ?? ""), base).href, fields: hiddenFields(form[2] ?? "") };
}

/**
 * What clicking the button with this exact text would post: its form's action and hidden
 * inputs plus the button's own name=value. Fails loudly when no button has that text.
 */
export function formWithButton(
  html: string,
  base: string,
  buttonText: string,
): { action: string; fields: Record<string, string> } {
  for (const form of html.matchAll(FORM)) {
    for (const button of (form[2] ?? "").matchAll(/<button([^>]*)>([\s\S]*?)<\/button>/g)) {
      if (unescapeHtml((button[2] ?? "").replace(/<[^>]*>/g, "").trim()) !== buttonText) continue;
      const attribute = (name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(button[1] ?? "")?.[1];
      const fields = hiddenFields(form[2] ?? "");
      const name = attribute("name");
      if (name) fields[unescapeHtml(name)] = unescapeHtml(attribute("value") ?? "");
      return { action: new URL(unescapeHtml(form[1] ?? ""), base).href, fields };
    }
  }
  throw new Error(`no button "${buttonText}" in page`);
}
