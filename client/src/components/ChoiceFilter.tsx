import { Select } from '@mantine/core';

/** Props of `ChoiceFilter`. */
export interface ChoiceFilterProps<Choice extends string> {
  label: string;
  /** Shown when nothing is chosen (every record). */
  placeholder: string;
  /** The choice in force (from the URL), or null for every record. */
  value: Choice | null;
  choices: readonly Choice[];
  /** A choice's words. */
  labelOf: (choice: Choice) => string;
  /** Called with the choice, or null when cleared. */
  onChange: (value: string | null) => void;
  width?: number;
}

/** A list screen's filter by one value among a few (a status, a kind…), cleared to show every record. */
export function ChoiceFilter<Choice extends string>(props: ChoiceFilterProps<Choice>) {
  const { label, placeholder, value, choices, labelOf, onChange, width = 180 } = props;
  return (
    <Select
      label={label}
      placeholder={placeholder}
      clearable
      value={value}
      onChange={onChange}
      data={choices.map((choice) => ({ value: choice, label: labelOf(choice) }))}
      w={width}
    />
  );
}
