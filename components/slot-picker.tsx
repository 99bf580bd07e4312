/** One bookable time as the picker shows it (formatted by the page in Beijing time). */
export interface PickerSlot {
  id: number;
  time: string;
  remaining: number;
  place: string;
}

export interface PickerDay {
  day: string;
  label: string;
  slots: PickerSlot[];
}

/**
 * A day-and-time picker made of plain radio buttons and labels: works without JavaScript, one thumb-sized
 * choice per time, days stacked for a phone. Full times are shown but cannot be chosen.
 */
export function SlotPicker({
  days,
  name = "slot",
  legend,
  seatsLeft,
  fullLabel,
  errors,
  defaultValue,
}: {
  days: PickerDay[];
  name?: string;
  legend: string;
  seatsLeft: (n: number) => string;
  fullLabel: string;
  errors?: string[];
  defaultValue?: string;
}) {
  const errorId = errors?.length ? `${name}-error` : undefined;
  return (
    <fieldset className="flex flex-col gap-3" aria-describedby={errorId}>
      <legend className="mb-1 text-base font-medium text-slate-900">{legend}</legend>
      {errorId ? (
        <p id={errorId} className="text-sm font-medium text-red-700">
          {errors!.join(" ")}
        </p>
      ) : null}
      {days.map((day) => (
        <fieldset key={day.day} className="flex flex-col gap-2">
          <legend className="text-base font-semibold text-police-900">{day.label}</legend>
          <div className="grid grid-cols-2 gap-2 sm:grid-cols-3">
            {day.slots.map((slot) => {
              const full = slot.remaining <= 0;
              return (
                <label
                  key={slot.id}
                  className={`flex min-h-12 cursor-pointer flex-col rounded-lg border px-3 py-2 text-base has-[:checked]:border-police-700 has-[:checked]:bg-police-50 has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-police-100 ${
                    full ? "cursor-not-allowed border-slate-200 bg-slate-100 text-slate-500" : "border-slate-400 bg-white"
                  }`}
                >
                  <span className="flex items-center gap-2">
                    <input type="radio" name={name} value={slot.id} required disabled={full} defaultChecked={defaultValue === String(slot.id)} className="size-4" />
                    <span className="font-semibold">{slot.time}</span>
                  </span>
                  <span className="text-sm">
                    {full ? fullLabel : seatsLeft(slot.remaining)} · {slot.place}
                  </span>
                </label>
              );
            })}
          </div>
        </fieldset>
      ))}
    </fieldset>
  );
}
