/**
 * What a form that saves a version hands `useActionSubmit` for a success: the form starts again from what was saved,
 * at the version the save handed back, so the same editor can save again; `message` is shown. A refused save changes
 * nothing in the form: every value stays, and the version stays the loaded one, so saving again cannot overwrite
 * someone else's change unseen.
 */
export function afterVersionedSave<T extends { version?: number }>(
  reset: (values: T) => void,
  values: T,
  message: string,
) {
  return (saved: { version?: number }) => {
    reset({ ...values, version: saved.version ?? values.version });
    return message;
  };
}
