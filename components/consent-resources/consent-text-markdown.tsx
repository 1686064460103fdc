"use client";

import { lazy, Suspense, type ReactNode } from "react";

/** A consent text's Markdown as the server rendered it for the preview's first look, with the text it came from. */
export type TRenderedConsentText = { source: string; rendered: ReactNode };

// react-markdown with remark/micromark is ~31 kB of compressed JavaScript (issue 17: heavy editors loaded when
// used). The page renders the first preview's Markdown on the server (`TRenderedConsentText`); the renderer loads
// in the browser only once the text shown differs from it (the consent text edited, another language, a sample).
const loadMarkdownText = () => import("./markdown-text");
const LazyMarkdownText = lazy(() => loadMarkdownText().then((m) => ({ default: m.MarkdownText })));

/** Starts loading the renderer when the editor is first used, so the first change rarely shows the plain text. */
export function preloadConsentTextMarkdown() {
  void loadMarkdownText();
}

/** The preview's consent text as Markdown: the server's rendering while it holds, else rendered here. */
export function ConsentTextMarkdown({ text, initial }: { text: string; initial?: TRenderedConsentText }) {
  if (initial && initial.source === text) return initial.rendered;
  // While the renderer loads (once per visit, at the first change) the text shows as typed.
  return (
    <Suspense fallback={<p className="whitespace-pre-wrap text-sm leading-relaxed">{text}</p>}>
      <LazyMarkdownText text={text} />
    </Suspense>
  );
}
