"use client";

import { useFormStatus } from "react-dom";

/** A submit button that shows it is working and cannot be tapped twice while the form is sent. */
export function SubmitButton({
  children,
  pendingLabel,
  variant = "primary",
  name,
  value,
}: {
  children: React.ReactNode;
  pendingLabel: string;
  variant?: "primary" | "secondary";
  name?: string;
  value?: string;
}) {
  const { pending } = useFormStatus();
  const look =
    variant === "primary"
      ? "bg-police-700 text-white hover:bg-police-800 disabled:bg-police-600/60"
      : "border border-police-700 bg-white text-police-700 hover:bg-police-50 disabled:opacity-60";
  return (
    <button
      type="submit"
      name={name}
      value={value}
      disabled={pending}
      aria-disabled={pending}
      className={`inline-flex min-h-12 items-center justify-center rounded-lg px-5 text-base font-semibold focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-amber-500 ${look}`}
    >
      {pending ? pendingLabel : children}
    </button>
  );
}
