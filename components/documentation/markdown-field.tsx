"use client";

import type { ComponentProps } from "react";
import { TextAreaField } from "@/components/forms/text-area-field";

/** A labelled Markdown text area (monospace, taller by default) with its hint and its error beside it. */
export function MarkdownField({ rows = 6, ...props }: Omit<ComponentProps<typeof TextAreaField>, "textareaClassName">) {
  return <TextAreaField rows={rows} textareaClassName="font-mono text-sm" {...props} />;
}
