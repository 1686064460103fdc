"use client";

import { lazy, Suspense, useEffect, useRef, useState, type ComponentType, type ReactNode, type RefObject } from "react";
import { Button, type TButtonStyle } from "./button";
import { useHydrated } from "./use-hydrated";

/**
 * A component whose code is not part of the page's first download (issue 17: "heavy editors loaded when opened").
 * `preload` starts the download once (on the opener's hover or focus, so the click rarely waits); `Component` is the
 * React.lazy wrapper that renders it, inside the Suspense boundary `OpenOnDemand` gives it.
 *
 * Declare it at module level in a client file, so the `import()` is a chunk of its own:
 * `const addMemberForm = loadOnDemand(() => import("./add-member-form").then((m) => m.AddMemberForm));`
 */
export function loadOnDemand<TProps extends object>(load: () => Promise<ComponentType<TProps>>) {
  let loading: Promise<ComponentType<TProps>> | undefined;
  const preload = () => (loading ??= load());
  const Component = lazy(() => preload().then((component) => ({ default: component })));
  return { Component, preload };
}

type TOpenOnDemandProps = TButtonStyle & {
  /** The opener's label: what the panel lets you do ("Add members", "Edit the definition"). */
  label: string;
  /** Said while the panel's code downloads (rarely seen: hovering or focusing the opener started it). */
  loadingLabel: string;
  preload: () => Promise<unknown>;
  /** The panel: usually `<form.Component …/>` of a `loadOnDemand`. */
  children: ReactNode;
  /** Open from the start (a page whose only purpose is the panel, or a form the server answered with errors). */
  initiallyOpen?: boolean;
  /** Shown below the opener while closed and replaced by the panel once open (a read view the panel edits). */
  closed?: ReactNode;
};

/**
 * A button that opens a panel whose code loads on demand. Once open, focus moves to the panel's first field, as a
 * disclosure should; the panel stays open. The button is disabled until the page has hydrated, so an early click is
 * not lost (use-hydrated.ts).
 */
export function OpenOnDemand({
  label,
  loadingLabel,
  preload,
  children,
  initiallyOpen = false,
  closed,
  ...style
}: TOpenOnDemandProps) {
  const hydrated = useHydrated();
  const [open, setOpen] = useState(initiallyOpen);
  const [focusOnOpen, setFocusOnOpen] = useState(false);
  const panel = useRef<HTMLDivElement>(null);

  if (!open) {
    const start = () => void preload();
    const opener = (
      <Button
        {...style}
        disabled={!hydrated}
        aria-expanded={false}
        onPointerEnter={start}
        onFocus={start}
        onClick={() => {
          setFocusOnOpen(true);
          setOpen(true);
        }}
      >
        {label}
      </Button>
    );
    if (closed === undefined) return opener;
    return (
      <>
        {opener}
        {closed}
      </>
    );
  }
  return (
    <div ref={panel}>
      <Suspense fallback={<p className="text-sm text-slate-600">{loadingLabel}</p>}>
        {children}
        {focusOnOpen && <FocusFirstField panel={panel} />}
      </Suspense>
    </div>
  );
}

/** Rendered inside the Suspense boundary after the panel, so it runs once the panel's code has arrived and mounted. */
function FocusFirstField({ panel }: { panel: RefObject<HTMLDivElement | null> }) {
  useEffect(() => {
    panel.current?.querySelector<HTMLElement>("input:not([type=hidden]), textarea, select, button")?.focus();
  }, [panel]);
  return null;
}
