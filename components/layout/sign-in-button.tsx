"use client";

import { signIn } from "next-auth/react";
import { Button } from "@/components/ui/button";

export function SignInButton({ callbackUrl, label }: { callbackUrl: string; label: string }) {
  return (
    <Button
      variant="primary"
      size="md"
      className="mt-6 w-full"
      onClick={() => void signIn("idporten", { callbackUrl })}
    >
      {label}
    </Button>
  );
}
