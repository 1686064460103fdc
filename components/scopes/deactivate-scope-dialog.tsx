"use client";

import { useActionSubmit } from "@/components/forms/use-action-submit";
import { DangerPanel } from "@/components/ui/danger-panel";
import { deactivateScopeAction } from "@/lib/scopes/scope-actions";

/** Deactivating is final in Maskinporten (no delete, no reuse of the name), so it asks first and says so. */
export function DeactivateScopeDialog(props: { orgNumber: string; scopeId: string; scopeName: string }) {
  const { error, pending, submit } = useActionSubmit();
  return (
    <DangerPanel
      headingId="deactivate-scope-heading"
      messages="scopes.deactivate"
      values={{ name: props.scopeName }}
      error={error}
      pending={pending}
      onConfirm={() => submit(deactivateScopeAction, { orgNumber: props.orgNumber, scopeId: props.scopeId })}
      className="max-w-2xl space-y-3"
    />
  );
}
