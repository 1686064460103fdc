"use client";

import { Button } from "./button";

/** "Check again" for a panel whose data is verified live against the upstream APIs (react-query refetch). */
export function RecheckButton(props: {
  onRecheck: () => void;
  checking: boolean;
  label: string;
  checkingLabel: string;
  small?: boolean;
}) {
  return (
    <Button
      size={props.small ? "xs" : "sm"}
      pending={props.checking}
      pendingLabel={props.checkingLabel}
      onClick={props.onRecheck}
    >
      {props.label}
    </Button>
  );
}
