import { DATE_PATTERN } from './routes.ts';

/** A day for the page to show; only complete dates reach `onChange`. */
export function DatePicker({ label, value, onChange }: { label: string; value: string; onChange: (date: string) => void }) {
  return (
    <label class="date-picker">
      <span>{label}</span>
      <input
        type="date"
        value={value}
        min="1945-01-01"
        max="2100-12-31"
        onChange={(e) => {
          const day = e.currentTarget.value;
          if (DATE_PATTERN.test(day)) onChange(day);
        }}
      />
    </label>
  );
}
