"use client";

import { useTranslations } from "next-intl";

/**
 * Shows a field's error beside it. Messages from the shared zod schemas are keys under
 * `errors.fields`; messages from the server arrive translated already.
 */
export function FieldError({ id, message }: { id: string; message?: string }) {
  const t = useTranslations("errors.fields") as unknown as {
    (key: string, values?: Record<string, string>): string;
    has: (key: string) => boolean;
  };
  if (!message) return null;
  // `messageKey|value`: a schema message that names something (e.g. the metadata key at fault).
  const [key = message, value = ""] = message.split("|");
  const text = t.has(key) ? t(key, { key: value }) : message;
  return (
    <p id={id} className="mt-1 text-sm text-red-700">
      {text}
    </p>
  );
}
