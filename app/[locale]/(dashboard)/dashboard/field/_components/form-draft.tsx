"use client";

import { useEffect, useRef, useState } from "react";
import { newBrowserKey } from "@/lib/browser-key";

/*
 * A form's draft in the browser (localStorage), for staff on a phone in the street: whatever was typed is kept
 * as it is typed, and comes back if the page is reloaded after a dropped connection — with the same submission
 * key, so sending it again stores the record once. The page the form leads to forgets it (ForgetDraft).
 */

type Draft = Record<string, string>;

function read(name: string): Draft | null {
  try {
    const saved = JSON.parse(localStorage.getItem(name) ?? "null") as unknown;
    return saved && typeof saved === "object" ? (saved as Draft) : null;
  } catch {
    return null;
  }
}

/**
 * The draft to start from (null until the browser has been asked, and when there is none), the hidden input
 * that carries the submission key (`keyInput`), a handler that saves the form on every change, and a way to
 * throw the draft away. `sent`: the values an answer brought back (after an error), which win over a draft.
 */
export function useFormDraft(name: string, sent: Draft | null) {
  const [draft, setDraft] = useState<Draft | null>(null);
  const key = useRef<string>("");
  const keyInput = useRef<HTMLInputElement>(null);
  useEffect(() => {
    const saved = sent ? null : read(name);
    key.current = sent?.submissionKey || saved?.submissionKey || newBrowserKey();
    if (keyInput.current) keyInput.current.value = key.current;
    // Reading the browser's storage can only happen after hydration: the restored values re-mount the fields.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (saved) setDraft(saved);
  }, [name, sent]);
  // React resets the form once an action has answered, and a reset empties a hidden input: the key goes back.
  useEffect(() => {
    const form = keyInput.current?.form;
    if (!form) return;
    const restore = () => setTimeout(() => keyInput.current && (keyInput.current.value = key.current));
    form.addEventListener("reset", restore);
    return () => form.removeEventListener("reset", restore);
  }, []);
  const save = (form: HTMLFormElement) => {
    const values: Draft = {};
    for (const [field, value] of new FormData(form).entries()) if (typeof value === "string") values[field] = value;
    values.submissionKey = key.current;
    try {
      localStorage.setItem(name, JSON.stringify(values));
    } catch {
      // A full or disabled storage only means no draft.
    }
  };
  const discard = () => {
    localStorage.removeItem(name);
    key.current = newBrowserKey();
    if (keyInput.current) keyInput.current.value = key.current;
    setDraft(null);
  };
  return { draft, keyInput, save, discard };
}

/** On the page a form leads to after it was stored: its draft is done with. */
export function ForgetDraft({ name }: { name: string }) {
  useEffect(() => {
    localStorage.removeItem(name);
  }, [name]);
  return null;
}
