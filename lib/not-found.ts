import { redirect } from "next/navigation";

/** An address no page answers: app/[locale]/[...rest] serves the portal's 404 there. */
export const NOT_FOUND_PATH = "/not-found";

/**
 * The 404 of a page rendered per request (tracking). Next answers such a page's notFound() with an empty
 * document (the message only appears through JavaScript), so the browser is sent to the 404 page, which is
 * real HTML with a 404 status (components/not-found-page.tsx). The address, and any secret in it, is dropped.
 */
export function redirectToNotFound(): never {
  redirect(NOT_FOUND_PATH);
}

/** A dashboard page's 404 (they are all rendered per request): the staff-worded 404 page, outside the dashboard. */
export const STAFF_NOT_FOUND_PATH = "/staff-not-found";

export function staffNotFound(): never {
  redirect(STAFF_NOT_FOUND_PATH);
}
