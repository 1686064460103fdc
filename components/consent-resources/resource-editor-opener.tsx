"use client";

import type { ReactNode } from "react";
import { loadOnDemand, OpenOnDemand } from "@/components/ui/open-on-demand";
import type { TResourceEditorProps } from "./resource-editor";

// The editor (react-hook-form, its fields, the live preview, the consent rules) is ~35 kB of compressed JavaScript:
// not part of a resource page's first download (issue 17, Deliver 4), loaded when "Edit the definition" is pressed
// (or hovered), or "Start the definition" on a new resource's page.
const resourceEditor = loadOnDemand(() => import("./resource-editor").then((m) => m.ResourceEditor));

/** The definition's read view (or a new resource's introduction) with an opener that replaces it by the editor, in place. */
export function ResourceEditorOpener(props: {
  label: string;
  loadingLabel: string;
  /** The server-rendered read view, or what a new resource's definition asks for. */
  view: ReactNode;
  editor: TResourceEditorProps;
}) {
  return (
    <OpenOnDemand
      label={props.label}
      loadingLabel={props.loadingLabel}
      preload={resourceEditor.preload}
      closed={props.view}
    >
      <resourceEditor.Component {...props.editor} />
    </OpenOnDemand>
  );
}
