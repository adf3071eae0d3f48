import { Select } from '@mantine/core';
import { useUrlParams } from '../app/use-url-params';

/** Props of `ChoiceFilter`. */
export interface ChoiceFilterProps<Choice extends string> {
  /** The URL parameter that keeps the choice (`?status=…`); absent for every record. */
  param: string;
  label: string;
  /** Shown when nothing is chosen (every record). */
  placeholder: string;
  choices: readonly Choice[];
  /** A choice's words. */
  labelOf: (choice: Choice) => string;
  width?: number;
}

/**
 * A list screen's filter by one value among a few (a status, a kind…), kept in the URL parameter
 * `param` (a value not among `choices` counts as none), cleared to show every record.
 */
export function ChoiceFilter<Choice extends string>(props: ChoiceFilterProps<Choice>) {
  const { param, label, placeholder, choices, labelOf, width = 180 } = props;
  const { pick, set } = useUrlParams<string>();
  return (
    <Select
      label={label}
      placeholder={placeholder}
      clearable
      value={pick(param, choices)}
      onChange={(value) => set(param, value)}
      data={choices.map((choice) => ({ value: choice, label: labelOf(choice) }))}
      w={width}
    />
  );
}
