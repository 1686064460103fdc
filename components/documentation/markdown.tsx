import type { ComponentProps, ReactNode } from "react";
import Markdown, { type Components } from "react-markdown";

// Markdown written by service owners, shown to anyone (the catalog needs no login). Raw HTML is
// dropped, not escaped (`skipHtml`), only plain text elements are allowed, and links may go only to
// http(s), mailto or an anchor: a `<script>` or `javascript:` link in a section never reaches the page.
// No hooks, so the same component renders on the server (catalog) and in the editor's preview.

const ALLOWED_ELEMENTS = [
  "p",
  "a",
  "strong",
  "em",
  "code",
  "pre",
  "ul",
  "ol",
  "li",
  "blockquote",
  "hr",
  "br",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
];

export function safeUrl(url: string): string {
  return /^(https?:\/\/|mailto:|#)/i.test(url.trim()) ? url.trim() : "";
}

type THeadingLevel = 2 | 3 | 4 | 5 | 6;

function headingComponents(base: THeadingLevel): Components {
  // A `#` in the Markdown becomes the level below the section it sits in, so headings stay in order.
  const heading = (depth: number) =>
    function Heading({ children }: { children?: ReactNode }) {
      const level = Math.min(6, base + depth - 1);
      const Tag = `h${level}` as "h2";
      return <Tag className="mt-4 font-semibold text-slate-900">{children}</Tag>;
    };
  return { h1: heading(1), h2: heading(2), h3: heading(3), h4: heading(4), h5: heading(5), h6: heading(6) };
}

function Link({ href, children }: ComponentProps<"a">) {
  if (!href) return <span>{children}</span>;
  return (
    <a href={href} rel="noopener noreferrer nofollow" className="text-brand-700 underline underline-offset-2">
      {children}
    </a>
  );
}

export function MarkdownText({ text, headingLevel = 3 }: { text: string; headingLevel?: THeadingLevel }) {
  return (
    <div className="space-y-3 break-words text-slate-800 [&_code]:rounded [&_code]:bg-slate-100 [&_code]:px-1 [&_ol]:list-decimal [&_ol]:space-y-1 [&_ol]:pl-6 [&_pre]:overflow-x-auto [&_pre]:rounded [&_pre]:bg-slate-100 [&_pre]:p-3 [&_ul]:list-disc [&_ul]:space-y-1 [&_ul]:pl-6 [&_blockquote]:border-l-4 [&_blockquote]:border-slate-300 [&_blockquote]:pl-3">
      <Markdown
        skipHtml
        allowedElements={ALLOWED_ELEMENTS}
        unwrapDisallowed
        urlTransform={safeUrl}
        components={{ ...headingComponents(headingLevel), a: Link }}
      >
        {text}
      </Markdown>
    </div>
  );
}
