import Markdown from "react-markdown";

/**
 * Renders a consent text's Markdown. react-markdown builds React elements from the Markdown syntax
 * tree: raw HTML in the text is not rendered and unsafe link protocols (javascript: …) are removed by
 * its default URL transform, so a text cannot inject script into the page.
 */
export function MarkdownText({ text }: { text: string }) {
  return (
    <div className="space-y-2 text-sm leading-relaxed [&_a]:text-brand-700 [&_a]:underline [&_ol]:list-decimal [&_ol]:pl-5 [&_ul]:list-disc [&_ul]:pl-5">
      <Markdown skipHtml disallowedElements={["img"]}>
        {text}
      </Markdown>
    </div>
  );
}
