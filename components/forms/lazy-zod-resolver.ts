"use client";

import type { FieldValues, Resolver } from "react-hook-form";
import type { z } from "zod";

type TSchemaSource<TSchema> = TSchema | (() => Promise<TSchema>);

/**
 * react-hook-form's zod resolver, loaded when the form is first checked (its first submit) rather than with the page:
 * zod and the resolver are ~35 kB of compressed JavaScript, and most visits to a page with a form never submit it
 * (issue 17: heavy code loaded when used). Given a loader instead of a schema, the schema's module (and zod with it)
 * is loaded then too; given a schema, only the resolver waits.
 */
export function lazyZodResolver<TSchema extends z.ZodType<FieldValues, FieldValues>>(
  source: TSchemaSource<TSchema>,
): Resolver<z.input<TSchema>, unknown, z.output<TSchema>> {
  let loaded: Promise<Resolver<z.input<TSchema>, unknown, z.output<TSchema>>> | undefined;
  return (values, context, options) => {
    loaded ??= Promise.all([
      import("@hookform/resolvers/zod"),
      typeof source === "function" ? (source as () => Promise<TSchema>)() : source,
    ]).then(
      // zodResolver's overloads cannot follow a generic schema; the return type above says what it resolves to.
      ([{ zodResolver }, schema]) => zodResolver(schema as never) as never,
    );
    // A failed load (the network) is tried again at the next check.
    loaded.catch(() => (loaded = undefined));
    return loaded.then((resolve) => resolve(values, context, options));
  };
}
