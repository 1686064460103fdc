"use client";

import { useRef, type KeyboardEvent, type ReactNode } from "react";

export type TEditorTab = "edit" | "preview";

/**
 * A set of tabs as ARIA tabs (arrow keys move between them): Edit and Preview, or the languages. Every panel stays in
 * the page (the form keeps every field registered while the preview is shown); a panel may be left empty where its
 * content is mounted only when selected. `idPrefix` keeps the ids of two tab sets on one page apart.
 */
export function EditorTabs<T extends string = TEditorTab>(props: {
  label: string;
  tabs?: readonly T[];
  selected: T;
  onSelect: (tab: T) => void;
  tabLabels: Record<T, ReactNode>;
  panels: Record<T, ReactNode>;
  idPrefix?: string;
}) {
  const tabs = props.tabs ?? (["edit", "preview"] as unknown as readonly T[]);
  const prefix = props.idPrefix ?? "";
  const buttons = useRef<Partial<Record<T, HTMLButtonElement | null>>>({});
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== "ArrowLeft" && event.key !== "ArrowRight") return;
    event.preventDefault();
    const step = event.key === "ArrowRight" ? 1 : tabs.length - 1;
    const next = tabs[(tabs.indexOf(props.selected) + step) % tabs.length] ?? props.selected;
    props.onSelect(next);
    buttons.current[next]?.focus();
  };
  return (
    <div>
      <div
        role="tablist"
        aria-label={props.label}
        className="flex flex-wrap gap-2 border-b border-slate-200"
        onKeyDown={onKeyDown}
      >
        {tabs.map((tab) => (
          <button
            key={tab}
            ref={(element) => {
              buttons.current[tab] = element;
            }}
            type="button"
            role="tab"
            id={`${prefix}tab-${tab}`}
            aria-selected={props.selected === tab}
            aria-controls={`${prefix}panel-${tab}`}
            tabIndex={props.selected === tab ? 0 : -1}
            onClick={() => props.onSelect(tab)}
            className="-mb-px border-b-2 border-transparent px-3 py-2 text-sm text-slate-700 aria-selected:border-brand-600 aria-selected:font-semibold aria-selected:text-brand-900"
          >
            {props.tabLabels[tab]}
          </button>
        ))}
      </div>
      {tabs.map((tab) => (
        <div
          key={tab}
          role="tabpanel"
          id={`${prefix}panel-${tab}`}
          aria-labelledby={`${prefix}tab-${tab}`}
          hidden={props.selected !== tab}
          tabIndex={0}
          className="pt-4"
        >
          {props.panels[tab]}
        </div>
      ))}
    </div>
  );
}
