/** The message for the whole form (a refusal, "please retry"); announced when it appears. */
export function FormAlert({ message, tone = "error" }: { message?: string; tone?: "error" | "success" }) {
  if (!message) return null;
  const look = tone === "error" ? "border-red-300 bg-red-50 text-red-800" : "border-green-300 bg-green-50 text-green-900";
  return (
    <p role="alert" className={`rounded-lg border px-4 py-3 text-base ${look}`}>
      {message}
    </p>
  );
}
