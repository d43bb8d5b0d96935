/**
 * The overview (O): every slide as a small picture in a grid. Click one, or move with the arrows
 * and press Enter, to go there.
 */
import type { Navigation } from './navigation.ts';

export interface Overview {
  toggle(): void;
  close(): void;
  readonly isOpen: boolean;
}

export function overview(deck: HTMLElement, nav: Navigation): Overview {
  let open = false;
  const set = (value: boolean) => {
    open = value;
    deck.classList.toggle('is-overview', open);
    nav.slides.forEach((slide, i) => {
      if (open) {
        slide.tabIndex = 0;
        slide.setAttribute('role', 'button');
      } else {
        slide.removeAttribute('tabindex');
        slide.removeAttribute('role');
      }
      if (open && i === nav.index) slide.focus();
    });
    if (open) nav.slides[nav.index]?.scrollIntoView({ block: 'center' });
  };
  nav.slides.forEach((slide, i) => {
    slide.addEventListener('click', () => {
      if (!open) return;
      nav.go(i);
      set(false);
    });
    slide.addEventListener('keydown', (event) => {
      if (open && event.key === 'Enter') {
        event.preventDefault();
        nav.go(i);
        set(false);
      }
    });
  });
  nav.onChange((index) => {
    if (open) nav.slides[index]?.focus();
  });
  return {
    toggle: () => set(!open),
    close: () => set(false),
    get isOpen() {
      return open;
    },
  };
}
