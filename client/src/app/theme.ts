import { createTheme, Textarea } from '@mantine/core';

/** Mantine theme: the red of the Party and State insignia as primary colour, system fonts (full Vietnamese coverage). */
export const theme = createTheme({
  primaryColor: 'red',
  primaryShade: 8,
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif',
  defaultRadius: 'md',
  components: {
    // Every text area grows with its text.
    Textarea: Textarea.extend({ defaultProps: { autosize: true, minRows: 3 } }),
  },
});
