"use client";

import { startTransition, useActionState, useState, type FormEvent } from "react";
import { useActionSubmit } from "@/components/forms/use-action-submit";
import type { TActionResult } from "@/lib/platform/errors/action-result";

type TReasonInput = { reason: string; choice: string };

/**
 * A form of one field, a reason, sent by React 19's own form actions rather than react-hook-form with zod (~14 kB
 * and ~27 kB of compressed JavaScript on a page whose budget is a few kB; issue 17): `useActionState` runs the send
 * and holds its pending state and the choice last sent. The action's schema checks the reason on the server, which answers
 * a missing one beside the field (`fieldErrors.reason`, already translated), as the browser's check did.
 *
 * The form's submit event dispatches the action itself instead of `<form action>`: React empties a form after its
 * action, which would lose a typed reason the server refused. `choice` is the submit button pressed (its `value`).
 */
export function useReasonForm(
  send: (input: TReasonInput, submit: ReturnType<typeof useActionSubmit>["submit"]) => Promise<TActionResult<unknown>>,
) {
  const [reason, setReason] = useState("");
  const { error, success, submit } = useActionSubmit();
  // The state: the choice whose send succeeded last (null before any).
  const [done, dispatch, pending] = useActionState(async (previous: string | null, input: TReasonInput) => {
    const result = await send(input, submit);
    return result.ok ? input.choice : previous;
  }, null);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const choice = submitter instanceof HTMLButtonElement ? submitter.value : "";
    startTransition(() => dispatch({ reason, choice }));
  };
  const reasonField = {
    error: error?.fieldErrors?.reason?.[0],
    textareaProps: { value: reason, onChange: (event: { target: { value: string } }) => setReason(event.target.value) },
  };
  return { done, pending, onSubmit, reasonField, error, success };
}
