import { Button, type TButtonStyle } from "@/components/ui/button";

/**
 * A form's submit button (primary unless the form takes something away): disabled while the submission runs, so it
 * cannot be sent twice, and saying so with `pendingLabel` where the form has one.
 */
export function SubmitButton({
  label,
  ...button
}: TButtonStyle & {
  pending: boolean;
  label: string;
  pendingLabel?: string;
  /** Runs before the form's submit event: a form with two submit buttons records which was pressed. */
  onClick?: () => void;
}) {
  return (
    <Button type="submit" variant="primary" size="md" {...button}>
      {label}
    </Button>
  );
}
