import { NotFoundMessage } from "@/components/not-found-message";

// Shown when JavaScript takes over a 404 (see components/not-found-page.tsx for the HTML one).
export default function NotFound() {
  return <NotFoundMessage />;
}
