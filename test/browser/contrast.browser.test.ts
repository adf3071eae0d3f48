/**
 * Contrast on the task list (issue 14, "Wrong today"): the grey of the deadline and of "Chủ trì",
 * and every badge (deadline, days overdue, status), on the open and the finished tasks, reach WCAG AA (4.5:1) against what they are
 * painted on, computed from the page's styles in Chromium.
 */
import type { Locator } from 'playwright-core';
import { expect, it } from 'vitest';
import { browserWorldOfFile } from './harness.js';
import { signedInPage, text } from './locale-text.js';

const BDV = 'bandanvan.langson@demo.phoihop.vn';
const world = browserWorldOfFile();

type Rgba = [number, number, number, number];
/** What the page's DOM offers the evaluated function (the test is compiled without the DOM library). */
type Node = { textContent: string | null; parentElement: Node | null };
type View = { getComputedStyle(node: Node): { color: string; backgroundColor: string } };

/** A CSS `rgb()`/`rgba()` colour as RGBA. */
function parse(css: string): Rgba {
  const [r, g, b, a = 1] = (css.match(/[\d.]+/g) ?? []).map(Number);
  return [r, g, b, a];
}

/** `top` painted over `below`. */
function over(top: Rgba, below: Rgba): Rgba {
  const a = top[3] + below[3] * (1 - top[3]);
  const mix = (i: number) => (top[i] * top[3] + below[i] * below[3] * (1 - top[3])) / (a || 1);
  return [mix(0), mix(1), mix(2), a];
}

/** The colour of each element's text and the background it is painted on (its and its ancestors' layers over white). */
async function colours(locator: Locator): Promise<{ text: string; fg: Rgba; bg: Rgba }[]> {
  const styles = await locator.evaluateAll((elements: Node[]) => {
    const view = globalThis as unknown as View;
    return elements.map((element) => {
      const layers: string[] = [];
      for (let node: Node | null = element; node; node = node.parentElement) {
        layers.push(view.getComputedStyle(node).backgroundColor);
      }
      return { content: element.textContent ?? '', color: view.getComputedStyle(element).color, layers };
    });
  });
  return styles.map(({ content, color, layers }) => {
    const bg = layers.reduceRight<Rgba>((below, layer) => over(parse(layer), below), [255, 255, 255, 1]);
    return { text: content, fg: over(parse(color), bg), bg };
  });
}

/** The relative luminance of an opaque colour (WCAG 2). */
function luminance([r, g, b]: Rgba): number {
  const [R, G, B] = [r, g, b].map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * R + 0.7152 * G + 0.0722 * B;
}

/** WCAG 2 contrast ratio of two opaque colours. */
function contrast(first: Rgba, second: Rgba): number {
  const [hi, lo] = [luminance(first), luminance(second)].toSorted((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

it.each(['tasks', 'tasks?state=finished'])(
  'shows the deadline, "Chủ trì" and the badges of %s at 4.5:1 or more',
  async (screen) => {
    const page = await signedInPage(world().browser, world().appUrl, BDV);
    await page.goto(`${world().appUrl}${screen}`);
    const dueWord = text('tasks.dueOn', { date: '' }).trim();
    const leadWord = text('tasks.leadIs', { name: '' }).trim();
    await page.getByText(dueWord).first().waitFor();
    const main = page.getByRole('main');
    const greys = await colours(
      main.locator('p').filter({ hasText: new RegExp(`^(${dueWord}|${leadWord})`) }),
    );
    const badges = await colours(main.locator('.mantine-Badge-label'));
    expect(greys.some((g) => g.text.startsWith(leadWord))).toBe(true);
    expect(badges.length).toBeGreaterThan(0);
    const failing = [...greys, ...badges]
      .map((c) => ({ text: c.text, ratio: Math.round(contrast(c.fg, c.bg) * 100) / 100 }))
      .filter((c) => c.ratio < 4.5);
    expect(failing).toEqual([]);
    await page.context().close();
  },
  60_000,
);
