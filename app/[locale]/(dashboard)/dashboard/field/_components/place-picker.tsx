"use client";

import { useEffect, useId, useRef, useState, useSyncExternalStore } from "react";
import { useTranslations } from "next-intl";
import { Field, inputClass, SelectField, TextField } from "@/components/ui/field";

export interface PlaceOption {
  id: number;
  kind: "compound" | "building" | "work_unit" | "shop" | "public_place";
  label: string;
}

const noSubscription = () => () => {};
const kindOrder = ["compound", "work_unit", "shop", "public_place"] as const;

/**
 * Where a field record happened: one <select> of the community's places — the ones this user went to recently
 * first, the last one chosen — that works without JavaScript; with it, a search box narrows the list as you
 * type, and the fields for a place missing from the list show only when "add a place" is chosen. `values`
 * are the fields as sent, after an error.
 */
export function PlacePicker({
  recent,
  all,
  defaultPlace,
  values,
  errors,
  allowNew = true,
  allowNone = true,
  homesOnly = false,
}: {
  recent: PlaceOption[];
  all: PlaceOption[];
  defaultPlace?: string;
  values: Record<string, string>;
  errors: Record<string, string[]>;
  allowNew?: boolean;
  allowNone?: boolean;
  /** A care subject's home: compounds and buildings only. */
  homesOnly?: boolean;
}) {
  const t = useTranslations("field.places");
  const tc = useTranslations("field.common");
  const hydrated = useSyncExternalStore(noSubscription, () => true, () => false);
  const searchId = useId();
  const places = homesOnly ? all.filter((p) => p.kind === "compound" || p.kind === "building") : all;
  const recentShown = homesOnly ? recent.filter((p) => p.kind === "compound" || p.kind === "building") : recent;
  const [selected, setSelected] = useState(values.place ?? defaultPlace ?? recentShown[0]?.id.toString() ?? "");
  const [query, setQuery] = useState("");
  // React resets a form once its action has answered, and a reset puts a select back on its first option: the
  // place chosen (which React still shows as chosen) is put back, and the search is cleared.
  const select = useRef<HTMLSelectElement>(null);
  useEffect(() => {
    const form = select.current?.form;
    if (!form) return;
    // The reset event comes before the reset: the choice is read then, and put back once it is done.
    const restore = () => {
      const chosen = select.current?.value ?? "";
      setQuery("");
      setTimeout(() => {
        if (select.current) select.current.value = chosen;
      });
    };
    form.addEventListener("reset", restore);
    return () => form.removeEventListener("reset", restore);
  }, []);
  const matches = (p: PlaceOption) => query === "" || p.label.toLowerCase().includes(query.trim().toLowerCase()) || String(p.id) === selected;
  // A building is listed under its compound's kind (the compound with its buildings).
  const groupOf = (p: PlaceOption) => (p.kind === "building" ? "compound" : p.kind);

  return (
    <div className="flex flex-col gap-3">
      {hydrated ? (
        <label htmlFor={searchId} className="flex flex-col gap-1 text-base font-medium">
          {t("search")}
          <input
            id={searchId}
            type="search"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            autoComplete="off"
            aria-describedby={`${searchId}-hint`}
            className={inputClass}
          />
          <span id={`${searchId}-hint`} className="text-sm font-normal text-slate-600">
            {t("searchHint")}
          </span>
        </label>
      ) : null}
      <Field id="place" label={t("place")} hint={t("placeHint")} errors={errors.place}>
        {(describedBy, invalid) => (
          <select
            ref={select}
            id="place"
            name="place"
            value={selected}
            onChange={(e) => setSelected(e.target.value)}
            aria-describedby={describedBy}
            aria-invalid={invalid}
            className={inputClass}
          >
            {allowNone ? <option value="">{t("none")}</option> : <option value="">{tc("choose")}</option>}
            {recentShown.filter(matches).length > 0 ? (
              <optgroup label={t("recent")}>
                {recentShown.filter(matches).map((p) => (
                  <option key={`recent-${p.id}`} value={p.id}>
                    {p.label}
                  </option>
                ))}
              </optgroup>
            ) : null}
            {kindOrder.map((kind) => {
              const inGroup = places.filter((p) => groupOf(p) === kind && matches(p));
              return inGroup.length > 0 ? (
                <optgroup key={kind} label={t(`kinds.${kind}`)}>
                  {inGroup.map((p) => (
                    <option key={p.id} value={p.id}>
                      {p.label}
                    </option>
                  ))}
                </optgroup>
              ) : null;
            })}
            {allowNew ? <option value="new">{t("newPlace")}</option> : null}
          </select>
        )}
      </Field>
      {allowNew && (!hydrated || selected === "new") ? (
        <div className="grid gap-3 sm:grid-cols-2">
          <TextField id="newPlaceName" name="newPlaceName" label={t("newPlaceName")} errors={errors.newPlaceName} maxLength={60} defaultValue={values.newPlaceName} />
          <SelectField
            id="newPlaceKind"
            name="newPlaceKind"
            label={t("newPlaceKind")}
            errors={errors.newPlaceKind}
            defaultValue={values.newPlaceKind}
            placeholder={tc("choose")}
            options={kindOrder.map((kind) => ({ value: kind, label: t(`kinds.${kind}`) }))}
          />
        </div>
      ) : null}
    </div>
  );
}
