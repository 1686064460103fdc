"use client";

import { useFormContext, type Path } from "react-hook-form";
import { LengthNote as FormLengthNote } from "@/components/forms/length-note";
import type { TDefinitionForm } from "./definition-form-types";

/** The resource editor's length note: the shared one (components/forms/length-note.tsx) on the editor's form. */
export function LengthNote({ id, name, max }: { id: string; name: Path<TDefinitionForm>; max: number }) {
  const { control } = useFormContext<TDefinitionForm>();
  return <FormLengthNote id={id} control={control} name={name} max={max} />;
}
