"use client";

import { useId, useRef, useState, type KeyboardEvent, type ReactNode } from "react";

export type TTab<TValue extends string> = { value: TValue; label: ReactNode; panel: ReactNode };

const TAB_CLASS =
  "-mb-px border-b-2 border-transparent px-3 py-1.5 text-sm aria-selected:border-brand-600 aria-selected:font-medium";

/**
 * Tabs after the WAI-ARIA APG "Tabs with automatic activation" pattern: a tablist of tabs, one in the tab order; the
 * arrow keys, Home and End move between them and show the tab moved to; only the shown tab's panel is rendered. A few
 * lines instead of Radix's tabs, so a page with tabs loads no component library.
 */
export function Tabs<TValue extends string>(props: {
  label: string;
  tabs: TTab<TValue>[];
  defaultValue: TValue;
  listClassName?: string;
}) {
  const [selected, setSelected] = useState(props.defaultValue);
  const listRef = useRef<HTMLDivElement>(null);
  const id = useId();
  const values = props.tabs.map((tab) => tab.value);

  function onKeyDown(event: KeyboardEvent) {
    const index = values.indexOf(selected);
    const moves: Record<string, number> = {
      ArrowRight: (index + 1) % values.length,
      ArrowLeft: (index - 1 + values.length) % values.length,
      Home: 0,
      End: values.length - 1,
    };
    if (!(event.key in moves)) return;
    event.preventDefault();
    const next = moves[event.key]!;
    setSelected(values[next]!);
    listRef.current?.querySelectorAll<HTMLElement>('[role="tab"]')[next]?.focus();
  }

  const shown = props.tabs.find((tab) => tab.value === selected);
  return (
    <div className="space-y-2">
      <div
        ref={listRef}
        role="tablist"
        aria-label={props.label}
        onKeyDown={onKeyDown}
        className={props.listClassName ?? "flex gap-2 border-b border-slate-200"}
      >
        {props.tabs.map((tab) => (
          <button
            key={tab.value}
            type="button"
            role="tab"
            id={`${id}-tab-${tab.value}`}
            aria-selected={tab.value === selected}
            aria-controls={tab.value === selected ? `${id}-panel` : undefined}
            tabIndex={tab.value === selected ? 0 : -1}
            onClick={() => setSelected(tab.value)}
            className={TAB_CLASS}
          >
            {tab.label}
          </button>
        ))}
      </div>
      {shown && (
        <div
          key={shown.value}
          role="tabpanel"
          id={`${id}-panel`}
          aria-labelledby={`${id}-tab-${shown.value}`}
          className="space-y-2"
        >
          {shown.panel}
        </div>
      )}
    </div>
  );
}
