/** What a narrow pane must not do: scroll sideways, or push a control past its right edge. */
import type { Page } from 'playwright-core';
import { paneFrame } from './paneSteps';

export interface Overflow {
  /** How far the pane's document scrolls sideways, in px (0 when it fits). */
  scroll: number;
  /** Visible elements whose right edge is past the pane's, outside any region meant to scroll. */
  offenders: string[];
}

export async function horizontalOverflow(page: Page): Promise<Overflow> {
  return paneFrame(page).evaluate(() => {
    const width = document.documentElement.clientWidth;
    const scrollsSideways = (el: Element): boolean => {
      for (let a = el.parentElement; a; a = a.parentElement) {
        const x = getComputedStyle(a).overflowX;
        if (x === 'auto' || x === 'scroll') return true;
      }
      return false;
    };
    const describe = (el: Element): string => {
      const text = (el.textContent ?? '').trim().slice(0, 40);
      const r = el.getBoundingClientRect();
      return `<${el.tagName.toLowerCase()}${el.getAttribute('role') ? ` role=${el.getAttribute('role')}` : ''}> "${text}" ${Math.round(r.left)}..${Math.round(r.right)}`;
    };
    const offenders: string[] = [];
    for (const el of Array.from(document.body.querySelectorAll('*'))) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0 || r.right <= width + 1) continue;
      if (getComputedStyle(el).visibility === 'hidden' || el.closest('[aria-hidden="true"]') || scrollsSideways(el)) continue;
      // Report the outermost offender only: its children overflow because it does.
      if (el.parentElement && el.parentElement.getBoundingClientRect().right > width + 1 && el.parentElement !== document.body) continue;
      offenders.push(describe(el));
    }
    return { scroll: document.documentElement.scrollWidth - width, offenders };
  });
}
