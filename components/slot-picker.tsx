/** One bookable time as the picker shows it (formatted by the page in Beijing time). */
export interface PickerSlot {
  id: number;
  time: string;
  remaining: number;
}

/** One place's times on the chosen day (the station hall, or an officer's office). */
export interface PickerGroup {
  place: string;
  label: string;
  slots: PickerSlot[];
}

/**
 * One day's times as plain radio buttons and labels, by place: works without JavaScript, one thumb-sized
 * choice per time, a time never broken over two lines. Full times are shown but cannot be chosen. The day is
 * chosen before (a link per day), so this is a handful of times, not the whole window.
 */
export function SlotPicker({
  groups,
  name = "slot",
  legend,
  seatsLeft,
  fullLabel,
  errors,
  defaultValue,
}: {
  groups: PickerGroup[];
  name?: string;
  legend: string;
  seatsLeft: (n: number) => string;
  fullLabel: string;
  errors?: string[];
  defaultValue?: string;
}) {
  const errorId = errors?.length ? `${name}-error` : undefined;
  return (
    <fieldset className="flex flex-col gap-3" aria-describedby={errorId} aria-invalid={errorId ? true : undefined}>
      <legend className="mb-1 text-base font-medium text-slate-900">{legend}</legend>
      {errorId ? (
        <p id={errorId} className="text-sm font-medium text-red-700">
          {errors!.join(" ")}
        </p>
      ) : null}
      {groups.map((group) => (
        <fieldset key={group.place} id={`times-${group.place}`} className="flex scroll-mt-4 flex-col gap-2">
          <legend className="text-base font-semibold text-police-900">{group.label}</legend>
          <div className="grid grid-cols-[repeat(auto-fill,minmax(9.5rem,1fr))] gap-2">
            {group.slots.map((slot) => {
              const full = slot.remaining <= 0;
              return (
                <label
                  key={slot.id}
                  className={`flex min-h-12 cursor-pointer flex-col rounded-lg border px-3 py-2 text-base has-[:checked]:border-police-700 has-[:checked]:bg-police-50 has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-police-100 ${
                    full ? "cursor-not-allowed border-slate-200 bg-slate-100 text-slate-600" : "border-slate-400 bg-white"
                  }`}
                >
                  <span className="flex items-center gap-2">
                    <input type="radio" name={name} value={slot.id} required disabled={full} defaultChecked={defaultValue === String(slot.id)} className="size-4 shrink-0" />
                    <span className="whitespace-nowrap font-semibold tabular-nums" data-testid="slot-time">
                      {slot.time}
                    </span>
                  </span>
                  <span className="text-sm">{full ? fullLabel : seatsLeft(slot.remaining)}</span>
                </label>
              );
            })}
          </div>
        </fieldset>
      ))}
    </fieldset>
  );
}
