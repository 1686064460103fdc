"use client";

import { useTranslations } from "next-intl";

/**
 * Shows a field's error beside it. Messages from the shared zod schemas are keys under
 * `errors.fields`; messages from the server arrive translated already.
 */
export function FieldError({ id, message }: { id: string; message?: string }) {
  const t = useTranslations("errors.fields");
  if (!message) return null;
  const text = t.has(message as never) ? t(message as never) : message;
  return (
    <p id={id} className="mt-1 text-sm text-red-700">
      {text}
    </p>
  );
}
