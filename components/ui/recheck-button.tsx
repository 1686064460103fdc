"use client";

/** "Check again" for a panel whose data is verified live against the upstream APIs (react-query refetch). */
export function RecheckButton(props: { onRecheck: () => void; checking: boolean; label: string; checkingLabel: string; small?: boolean }) {
  return (
    <button
      type="button"
      onClick={props.onRecheck}
      disabled={props.checking}
      className={`rounded border border-slate-300 ${props.small ? "px-2 py-1" : "px-3 py-1.5"} text-sm hover:bg-slate-100 disabled:opacity-50`}
    >
      {props.checking ? props.checkingLabel : props.label}
    </button>
  );
}
