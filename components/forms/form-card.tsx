import type { ComponentProps, ReactNode } from "react";
import { cardClass, type TCardStyle } from "@/components/ui/card";
import { SectionHeading, type THeadingLevel } from "@/components/ui/section";

type TFormCardProps = Omit<ComponentProps<"form">, "className" | "title"> &
  TCardStyle & {
    /** The form's heading, first in the panel. */
    title?: ReactNode;
    /** The heading's id: the form is named by its heading. */
    headingId?: string;
    level?: THeadingLevel;
  };

/**
 * A form shown as a panel of its own, under its heading. The browser's own validation is off (`noValidate`): the
 * shared zod schemas check the fields and put their messages beside them.
 */
export function FormCard({ tone, padding, className, title, headingId, level, children, ...rest }: TFormCardProps) {
  return (
    <form noValidate aria-labelledby={headingId} className={cardClass({ tone, padding, className })} {...rest}>
      {title && (
        <SectionHeading id={headingId} level={level}>
          {title}
        </SectionHeading>
      )}
      {children}
    </form>
  );
}
