import { type CSSVariablesResolver, createTheme, Textarea } from '@mantine/core';

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

/**
 * Text of light and outline badges in green, orange and yellow, darker than Mantine's shades 9
 * and 8 (3.4–3.9:1 on their tint): about 6:1 on white and 5.5:1 on their tint.
 */
const BADGE_TEXT: Record<string, string> = { green: '#237032', orange: '#a3390b', yellow: '#8a5300' };

/**
 * The theme's CSS variables beyond Mantine's, for WCAG AA (4.5:1): "dimmed" text (deadlines,
 * "Chủ trì", hints) in gray 7 (#495057, 8.2:1 on white) instead of gray 6 (3.32:1), and the
 * darker badge texts of `BADGE_TEXT`.
 */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    ...Object.fromEntries(
      Object.entries(BADGE_TEXT).flatMap(([name, colour]) => [
        [`--mantine-color-${name}-light-color`, colour],
        [`--mantine-color-${name}-outline`, colour],
      ]),
    ),
  },
  dark: {},
});
