"use client";

import { useRef, useState } from "react";
import { LengthCount } from "@/components/forms/length-count";
import { isWritten, type TDocumentationLanguage } from "@/lib/documentation/documentation-languages";
import { MARKDOWN_MAX_LENGTH, MAX_SECTIONS, SECTION_TITLE_MAX_LENGTH } from "@/lib/documentation/limits";
import type { TLanguageDraft } from "./documentation-editor";
import { DocumentationFields } from "./documentation-fields";
import { readDraft, readFocus, type TFirstAction, type TFirstUse } from "./first-use";

/**
 * The documentation form of one language as the page first shows it, before the editor's code (react-hook-form, zod,
 * the preview's Markdown) has loaded (first-use.ts): the same fields, filled in. Typing works here as in the editor
 * (the browser's own text areas, the length notes counting); hovering or focusing the form starts the download, and
 * the first click (a button, a tab, Save) hands the form to the editor, which does that click again.
 */
export function DocumentationEditorAtFirst(props: {
  language: TDocumentationLanguage;
  initial: TLanguageDraft;
  written: boolean;
  preload: () => void;
  /** A click: `read` says, once the editor has loaded, what the form holds and what was done. */
  onFirstUse: (read: () => { draft?: TLanguageDraft; firstUse: TFirstUse }) => void;
}) {
  const { initial } = props;
  const formElement = useRef<HTMLFormElement>(null);
  const actions = useRef<TFirstAction[]>([]);
  // What was typed, by the control's name: for the length notes and the template's offer.
  const [typed, setTyped] = useState<Record<string, string>>({});
  const takeOver = (action: TFirstAction) => {
    actions.current.push(action);
    props.onFirstUse(() => {
      const form = formElement.current;
      // Gone (another language was chosen while the code loaded): nothing to hand over, nothing to do again.
      if (!form) return { firstUse: {} };
      return { draft: readDraft(form, initial), firstUse: { actions: actions.current, focus: readFocus(form) } };
    });
  };
  const text = (name: string, id: string, start: string, max: number) => {
    const noteId = `${id}-length`;
    const count = (typed[name] ?? start).length;
    return {
      start: { name, defaultValue: start },
      describedBy: noteId,
      after: <LengthCount id={noteId} count={count} max={max} />,
    };
  };
  const markdown = (name: "steps" | "requiredAccess" | "contact") =>
    text(name, name, initial[name], MARKDOWN_MAX_LENGTH);
  const now = { ...initial, ...typed, sections: initial.sections };
  return (
    <DocumentationFields
      ref={formElement}
      onPointerEnter={props.preload}
      onFocus={props.preload}
      onInput={(event) => {
        const control = event.target;
        if (control instanceof HTMLTextAreaElement || control instanceof HTMLInputElement)
          setTyped((was) => ({ ...was, [control.name]: control.value }));
      }}
      onSubmit={(event) => {
        event.preventDefault();
        takeOver({ kind: "submit" });
      }}
      language={props.language}
      offerTemplate={!props.written && !isWritten(now)}
      fillTemplate={() => takeOver({ kind: "template" })}
      tab="edit"
      selectTab={(tab) => tab === "preview" && takeOver({ kind: "preview" })}
      texts={{ steps: markdown("steps"), requiredAccess: markdown("requiredAccess"), contact: markdown("contact") }}
      sections={{
        items: initial.sections.map((section, index) => ({
          key: String(index),
          title: text(`sections.${index}.title`, `sections-${index}-title`, section.title, SECTION_TITLE_MAX_LENGTH),
          body: text(`sections.${index}.body`, `sections-${index}-body`, section.body, MARKDOWN_MAX_LENGTH),
        })),
        canAdd: initial.sections.length < MAX_SECTIONS,
        add: () => takeOver({ kind: "add" }),
        move: (from, to) => takeOver({ kind: "move", from, to }),
        remove: (index) => takeOver({ kind: "remove", index }),
      }}
      preview={null}
      // Where the editor's outcome will be announced (FormStatus's live region); nothing is sent from here.
      status={<div aria-live="polite" />}
      pending={false}
    />
  );
}
