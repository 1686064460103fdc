"use client";

import type { ComponentType } from "react";
import { OpenOnDemand } from "@/components/ui/open-on-demand";

/** What the server page says on the opener: its label, and what shows while the form's code downloads. */
type TOpener = { label: string; loadingLabel: string };

/**
 * An opener for a form whose code (react-hook-form, zod, the CSV parser) is not part of the list pages' first
 * download (issue 17, Deliver 4): the page shows the button; the form loads on hover, focus or click and opens in
 * place. `form` is a module-level `loadOnDemand(…)`, so its `import()` is a chunk of its own.
 */
export function formOnDemand<TProps extends object>(form: {
  Component: ComponentType<TProps>;
  preload: () => Promise<unknown>;
}) {
  return function FormOnDemand({ label, loadingLabel, ...props }: TOpener & TProps) {
    return (
      <OpenOnDemand label={label} loadingLabel={loadingLabel} preload={form.preload}>
        <form.Component {...(props as TProps)} />
      </OpenOnDemand>
    );
  };
}
