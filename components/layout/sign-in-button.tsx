"use client";

import { signIn } from "next-auth/react";

export function SignInButton({ callbackUrl, label }: { callbackUrl: string; label: string }) {
  return (
    <button
      type="button"
      onClick={() => void signIn("idporten", { callbackUrl })}
      className="mt-6 w-full rounded bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700"
    >
      {label}
    </button>
  );
}
