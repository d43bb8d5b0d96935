/** The routine page's "Start" link carries personal doses from a QR link (`#dose=…`) on to the follow-along view. */
export function carryDoses(): void {
  const link = document.querySelector<HTMLAnchorElement>('[data-follow-link]');
  if (link && /(^#|&)dose=/.test(location.hash)) link.hash = location.hash;
}
