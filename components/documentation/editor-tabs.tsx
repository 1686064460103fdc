"use client";

import { useRef, type KeyboardEvent, type ReactNode } from "react";

export type TEditorTab = "edit" | "preview";
const TABS: TEditorTab[] = ["edit", "preview"];

/**
 * Edit and Preview as an ARIA tab set (arrow keys move between tabs). Both panels stay mounted, so
 * the form keeps every field registered while the preview is shown.
 */
export function EditorTabs(props: {
  label: string;
  selected: TEditorTab;
  onSelect: (tab: TEditorTab) => void;
  tabLabels: Record<TEditorTab, string>;
  panels: Record<TEditorTab, ReactNode>;
}) {
  const buttons = useRef<Record<TEditorTab, HTMLButtonElement | null>>({ edit: null, preview: null });
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== "ArrowLeft" && event.key !== "ArrowRight") return;
    event.preventDefault();
    const next = TABS[(TABS.indexOf(props.selected) + 1) % TABS.length] ?? "edit";
    props.onSelect(next);
    buttons.current[next]?.focus();
  };
  return (
    <div>
      <div
        role="tablist"
        aria-label={props.label}
        className="flex gap-2 border-b border-slate-200"
        onKeyDown={onKeyDown}
      >
        {TABS.map((tab) => (
          <button
            key={tab}
            ref={(element) => {
              buttons.current[tab] = element;
            }}
            type="button"
            role="tab"
            id={`tab-${tab}`}
            aria-selected={props.selected === tab}
            aria-controls={`panel-${tab}`}
            tabIndex={props.selected === tab ? 0 : -1}
            onClick={() => props.onSelect(tab)}
            className="-mb-px border-b-2 border-transparent px-3 py-2 text-sm text-slate-700 aria-selected:border-brand-600 aria-selected:font-semibold aria-selected:text-brand-900"
          >
            {props.tabLabels[tab]}
          </button>
        ))}
      </div>
      {TABS.map((tab) => (
        <div
          key={tab}
          role="tabpanel"
          id={`panel-${tab}`}
          aria-labelledby={`tab-${tab}`}
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
