import type { TLanguageDraft } from "./documentation-editor";
import type { TSectionsView } from "./text-binding";

// The documentation editor's code (react-hook-form, the form's own parts) loads when the form is first used, not with
// the page (issue 17: first-visit JavaScript). Until then the same form is there, filled in, and takes what is typed
// (documentation-editor-at-first.tsx); at its first click it is read here and handed to the editor, which takes over
// in place: what was typed, where the focus and the caret were, and the clicks made while it loaded, done again.

/** A click in the form before the editor had loaded, done again by the editor. */
export type TFirstAction =
  | { kind: "template" | "add" | "preview" | "submit" }
  | { kind: "move"; from: number; to: number }
  | { kind: "remove"; index: number };

export type TFirstUse = {
  actions?: TFirstAction[];
  /** The focused control, as its place among the form's controls (the editor renders the same ones), and its caret. */
  focus?: { index: number; selection: [number, number] | null };
};

const CONTROLS = "button, input, textarea, select";

/** What the form holds now, for the texts and sections it was rendered with. */
export function readDraft(form: HTMLFormElement, rendered: TLanguageDraft): TLanguageDraft {
  const text = (name: string) => {
    const control = form.elements.namedItem(name);
    return control instanceof HTMLTextAreaElement || control instanceof HTMLInputElement ? control.value : "";
  };
  return {
    version: rendered.version,
    steps: text("steps"),
    requiredAccess: text("requiredAccess"),
    contact: text("contact"),
    sections: rendered.sections.map((_, index) => ({
      title: text(`sections.${index}.title`),
      body: text(`sections.${index}.body`),
    })),
  };
}

/** Where the focus is in the form, if it is there. */
export function readFocus(form: HTMLFormElement): TFirstUse["focus"] {
  const focused = document.activeElement;
  const index = [...form.querySelectorAll(CONTROLS)].findIndex((control) => control === focused);
  if (index < 0) return undefined;
  const text = focused instanceof HTMLTextAreaElement || focused instanceof HTMLInputElement ? focused : null;
  return { index, selection: text ? [text.selectionStart ?? 0, text.selectionEnd ?? 0] : null };
}

/** In the editor, once mounted: the focus put back, then the clicks done again (which may move the focus on). */
export function replayFirstUse(
  use: TFirstUse,
  form: HTMLFormElement,
  editor: Pick<TSectionsView, "add" | "move" | "remove"> & {
    fillTemplate: () => void;
    showPreview: () => void;
    submit: () => void;
  },
) {
  if (use.focus) {
    const control = form.querySelectorAll<HTMLElement>(CONTROLS)[use.focus.index];
    control?.focus();
    const [start, end] = use.focus.selection ?? [];
    if (start !== undefined && (control instanceof HTMLTextAreaElement || control instanceof HTMLInputElement))
      control.setSelectionRange(start, end ?? start);
  }
  for (const action of use.actions ?? []) {
    if (action.kind === "template") editor.fillTemplate();
    else if (action.kind === "add") editor.add();
    else if (action.kind === "move") editor.move(action.from, action.to);
    else if (action.kind === "remove") editor.remove(action.index);
    else if (action.kind === "preview") editor.showPreview();
    else editor.submit();
  }
}
