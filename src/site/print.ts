/** The "Print this page" button: it needs a script, so it stays hidden until this runs. */
export function startPrintButtons(): void {
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-print]')) {
    button.hidden = false;
    button.addEventListener('click', () => window.print());
  }
}
