/** Fits a 1280 × 720 box into its container, centred, keeping 16:9 (letterboxed). */

export const slideWidth = 1280;
export const slideHeight = 720;

export function fitStage(stage: HTMLElement, container: HTMLElement | Window = window): void {
  const fit = () => {
    const width = container instanceof Window ? container.innerWidth : container.clientWidth;
    const height = container instanceof Window ? container.innerHeight : container.clientHeight;
    const scale = Math.min(width / slideWidth, height / slideHeight);
    stage.style.setProperty('--scale', String(scale));
  };
  fit();
  if (container instanceof Window) container.addEventListener('resize', fit);
  else new ResizeObserver(fit).observe(container);
}
