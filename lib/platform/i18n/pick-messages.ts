import { routeMessagePaths } from "./route-message-paths";

// Only the messages a part of the page needs go to the browser: every client provider serialises what it is given
// into the page. The root layout hands every page the shell's messages (what the root layout's own client components
// and the root error page use); each layout and page below adds what its client components use with
// `<ClientMessages route="…">` (client-messages.tsx), checked by client-messages-coverage.test.ts.

type TMessageTree = { [key: string]: string | TMessageTree };

/** The shell's messages: what the client components of the root layout, error page and not-found page use. */
export const SHELL_MESSAGE_PATHS: readonly string[] = routeMessagePaths("layout");

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
