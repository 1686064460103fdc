"use client";

// The first answer of a live check the page asked the browser to preload (components/ui/live-check-preload.tsx: a
// `<link rel="preload" as="fetch">` in the page's head, so the ask starts while the HTML is read, before any script).
// Issue 17: a live upstream check is never part of the page's own render, so the page can be kept and answered from
// the server's memory (lib/platform/cache/render-scope.ts) while the check stays live. Asked with `fetch` as the
// preload was made (same URL, mode `cors`, credentials `same-origin`, the default cache mode), so the browser hands
// over the preloaded response instead of asking again; the hooks that ask while it is on its way (the rows of one
// table mount together) share it. Once it has come, a hook that mounts later (a refreshed page, a new key) asks anew:
// an answer from before a change must not be taken for one after it.

const answers = new Map<string, Promise<unknown>>();

export function firstAnswer<T>(url: string): Promise<T> {
  let answer = answers.get(url);
  if (!answer) {
    answer = fetch(url).then(async (response) => {
      const body = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
      if (!response.ok) throw new Error(body?.error?.message ?? `HTTP ${response.status}`);
      return body;
    });
    answers.set(url, answer);
    const forget = () => void answers.delete(url);
    answer.then(forget, forget);
  }
  return answer as Promise<T>;
}
