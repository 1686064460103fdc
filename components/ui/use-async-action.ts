"use client";

import { useState } from "react";

type TState<T> = { data?: T; error: Error | null; pending: boolean };

/**
 * A button's request whose answer the component shows (a token fetched, a redirect checked): the last answer or
 * error, and whether one is under way. Each run starts from nothing, as react-query's `useMutation` did before it
 * was replaced here (issue 17: react-query off the routes that only needed this).
 */
export function useAsyncAction<T>(action: () => Promise<T>, onSuccess?: (data: T) => void) {
  const [state, setState] = useState<TState<T>>({ error: null, pending: false });
  const mutate = () => {
    setState({ error: null, pending: true });
    action().then(
      (data) => {
        setState({ data, error: null, pending: false });
        onSuccess?.(data);
      },
      (error: unknown) =>
        setState({ error: error instanceof Error ? error : new Error(String(error)), pending: false }),
    );
  };
  return { mutate, data: state.data, error: state.error, isPending: state.pending, isError: state.error !== null };
}
