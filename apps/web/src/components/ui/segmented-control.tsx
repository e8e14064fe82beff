import { useId, type ReactNode } from 'react';

type SegmentedControlProps<T extends string> = {
  /** Names the group for assistive tech (visually hidden). */
  label: string;
  options: readonly { value: T; label: ReactNode }[];
  value: T;
  onChange: (value: T) => void;
};

/** A row of mutually exclusive options (native radio buttons, so arrow keys move between them). */
export function SegmentedControl<T extends string>({ label, options, value, onChange }: SegmentedControlProps<T>) {
  const name = useId();
  return (
    <fieldset className="segmented">
      <legend className="visually-hidden">{label}</legend>
      {options.map((option) => (
        <label key={option.value} className={`segmented__option ${option.value === value ? 'is-selected' : ''}`}>
          <input
            type="radio"
            name={name}
            value={option.value}
            checked={option.value === value}
            onChange={() => onChange(option.value)}
            className="segmented__input"
          />
          {option.label}
        </label>
      ))}
    </fieldset>
  );
}
