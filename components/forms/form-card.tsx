import type { ComponentProps } from "react";
import { cardClass, type TCardStyle } from "@/components/ui/card";

/**
 * A form shown as a panel of its own. The browser's own validation is off (`noValidate`): the shared zod schemas
 * check the fields and put their messages beside them.
 */
export function FormCard({
  tone,
  padding,
  className,
  ...rest
}: Omit<ComponentProps<"form">, "className"> & TCardStyle) {
  return <form noValidate className={cardClass({ tone, padding, className })} {...rest} />;
}
