// Only the messages a part of the page needs go to the browser: every client provider serialises what it is given
// into the page. The root layout hands the shell's messages to every page (header, error page, sign-in, the public
// pages' one form); the organisation and admin layouts add the rest for their pages (app/orgs/[orgNumber]/layout.tsx,
// app/(portal)/admin/layout.tsx), so a public page no longer carries ~120 KB of messages it never shows.

type TMessageTree = { [key: string]: string | TMessageTree };

/** The shell's messages: what the root layout's client components and the public pages' client components use. */
export const SHELL_MESSAGE_PATHS = [
  "app",
  "layout",
  "errorPage",
  "errors",
  "signIn",
  "notFound",
  "pagination",
  "accessRequests.form",
  "accessRequests.environments",
] as const;

/** The messages at the given dotted paths (a namespace, or one branch of it), in the catalog's own shape. */
export function pickMessages(messages: TMessageTree, paths: readonly string[]): TMessageTree {
  const picked: TMessageTree = {};
  for (const path of paths) {
    const keys = path.split(".");
    let source: string | TMessageTree | undefined = messages;
    for (const key of keys) source = typeof source === "object" ? source[key] : undefined;
    if (source === undefined) continue;
    let target = picked;
    for (const key of keys.slice(0, -1)) {
      const next = target[key];
      target = (target[key] = typeof next === "object" ? next : {}) as TMessageTree;
    }
    target[keys[keys.length - 1]!] = source;
  }
  return picked;
}
