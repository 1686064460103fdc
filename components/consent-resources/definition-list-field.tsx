"use client";

import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { useFieldArray, useFormContext, type FieldArray, type FieldArrayWithId } from "react-hook-form";
import { Button } from "@/components/ui/button";
import type { TDefinitionForm } from "./definition-form-types";

type TListName = "keywords" | "consentMetadata";

/**
 * A list in the definition that the editor grows and shrinks (keywords, metadata keys): one row per entry with its
 * controls (`children`) and a remove button named by the entry's number, then a button that adds an empty entry.
 */
export function DefinitionListField<TName extends TListName>(props: {
  name: TName;
  empty: FieldArray<TDefinitionForm, TName>;
  removeLabel: (number: number) => string;
  addLabel: string;
  children: (field: FieldArrayWithId<TDefinitionForm, TName>, index: number) => ReactNode;
}) {
  const t = useTranslations("consentResources.editor");
  const { control } = useFormContext<TDefinitionForm>();
  const { fields, append, remove } = useFieldArray({ control, name: props.name });
  return (
    <>
      <ul className="space-y-2">
        {fields.map((field, index) => (
          <li key={field.id} className="flex flex-wrap items-start gap-3">
            {props.children(field, index)}
            <Button size="xs" className="mt-6" onClick={() => remove(index)} aria-label={props.removeLabel(index + 1)}>
              {t("remove")}
            </Button>
          </li>
        ))}
      </ul>
      <Button size="xs" onClick={() => append(props.empty)}>
        {props.addLabel}
      </Button>
    </>
  );
}
