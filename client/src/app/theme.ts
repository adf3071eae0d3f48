import { createTheme, Textarea } from '@mantine/core';

/**
 * Mantine theme: a calm blue as primary colour (shade 8, #1864ab: 6.6:1 on
 * white, AA for text and controls), so red is left to what is late or
 * wrong; system fonts (full Vietnamese coverage).
 */
export const theme = createTheme({
  primaryColor: 'blue',
  primaryShade: 8,
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif',
  defaultRadius: 'md',
  components: {
    // Every text area grows with its text.
    Textarea: Textarea.extend({ defaultProps: { autosize: true, minRows: 3 } }),
  },
});
