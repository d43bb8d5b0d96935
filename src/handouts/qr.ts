/**
 * A QR code as SVG, built from the `qrcode` package's module matrix: one path of black squares
 * inside a white quiet zone of 4 modules (the size scanners expect), so it prints crisply in black
 * and white at any size and needs no file.
 */
import QRCode from 'qrcode';

/** Inline SVG markup for `text`, with medium error correction (survives a fold or a smudge). */
export function qrSvg(text: string, title = text): string {
  const { size, data } = QRCode.create(text, { errorCorrectionLevel: 'M' }).modules;
  const quiet = 4;
  const full = size + quiet * 2;
  let path = '';
  for (let row = 0; row < size; row++)
    for (let col = 0; col < size; col++)
      if (data[row * size + col]) path += `M${col + quiet} ${row + quiet}h1v1h-1z`;
  const label = title.replace(/[<>&"]/g, (c) => `&#${c.charCodeAt(0)};`);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${full} ${full}" shape-rendering="crispEdges" role="img" aria-label="${label}">` +
    `<rect width="${full}" height="${full}" fill="#fff"/><path fill="#000" d="${path}"/></svg>`
  );
}

/** The same QR code as a data: URI, for CSS (a page margin box cannot hold inline SVG). */
export function qrDataUri(text: string): string {
  return `data:image/svg+xml;base64,${Buffer.from(qrSvg(text)).toString('base64')}`;
}

/** "https://www.example.org/hips/routines/x/" → "example.org/hips/routines/x": easy to type. */
export function shortUrl(url: string): string {
  return url
    .replace(/^https?:\/\//, '')
    .replace(/^www\./, '')
    .replace(/\/$/, '');
}
