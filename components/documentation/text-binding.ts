import type { ReactNode } from "react";
import type { UseFormRegisterReturn } from "react-hook-form";

/**
 * One text of the documentation form as the form in use wires it: react-hook-form's registration (the editor), or its
 * name and the text it starts with (the same form before the editor's code has loaded: documentation-editor-at-first).
 * With its error, and its length note under it (`after`, named by `describedBy`).
 */
export type TTextBinding = {
  registration?: UseFormRegisterReturn;
  start?: { name: string; defaultValue: string };
  error?: string;
  describedBy?: string;
  after?: ReactNode;
};

export type TMarkdownName = "steps" | "requiredAccess" | "contact";

/** The owner's sections as the fieldset shows them, and what its buttons do. */
export type TSectionsView = {
  items: { key: string; title: TTextBinding; body: TTextBinding }[];
  error?: string;
  canAdd: boolean;
  add: () => void;
  move: (from: number, to: number) => void;
  remove: (index: number) => void;
};
