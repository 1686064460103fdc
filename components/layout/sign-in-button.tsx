"use client";

import { Button } from "@/components/ui/button";

/** next-auth's client is loaded on the click, not with the sign-in page. */
export function SignInButton({ callbackUrl, label }: { callbackUrl: string; label: string }) {
  return (
    <Button
      variant="primary"
      size="md"
      className="mt-6 w-full"
      onClick={() => void import("next-auth/react").then(({ signIn }) => signIn("idporten", { callbackUrl }))}
    >
      {label}
    </Button>
  );
}
