/**
 * Fits a 1280 × 720 box into what can be seen of the window, or into a pane, centred and keeping
 * 16:9 (letterboxed). The window's size is taken from `visualViewport`: on a phone or tablet
 * `innerWidth` also counts whatever sticks out of the page, and the browser bar comes and goes,
 * so a slide sized from it is cut off at both sides.
 */

export const slideWidth = 1280;
export const slideHeight = 720;

export interface Size {
  readonly width: number;
  readonly height: number;
}

/** The largest scale at which a slide fits a box of `size`. */
export function scaleToFit(size: Size): number {
  return Math.max(0, Math.min(size.width / slideWidth, size.height / slideHeight));
}

/**
 * What can be seen of the window in CSS pixels, before any pinch zoom (a coach zooming in to read
 * a slide should not shrink it back).
 */
export function visibleSize(): Size {
  const viewport = window.visualViewport;
  if (viewport)
    return { width: viewport.width * viewport.scale, height: viewport.height * viewport.scale };
  return {
    width: document.documentElement.clientWidth,
    height: document.documentElement.clientHeight,
  };
}

export function fitStage(stage: HTMLElement, pane?: HTMLElement): void {
  const fit = () => {
    const size = pane ? { width: pane.clientWidth, height: pane.clientHeight } : visibleSize();
    stage.style.setProperty('--scale', String(scaleToFit(size)));
  };
  fit();
  if (pane) {
    new ResizeObserver(fit).observe(pane);
    return;
  }
  window.addEventListener('resize', fit);
  window.visualViewport?.addEventListener('resize', fit);
}
