/**
 * Chromium stamps each PDF with the second it was printed (/CreationDate and /ModDate in the
 * document information); nothing else in its bytes changes from one print of a document to the
 * next. Stamping the build's date instead (SOURCE_DATE_EPOCH, else the time the build started)
 * makes a document's bytes depend only on its content and that date, so a build from the cache, a
 * fresh build and a build split over shards write the same files. The new date has the same
 * length as the old, so every byte offset in the file stays right.
 */

const keys = ['/CreationDate (', '/ModDate ('];
/** Skia writes D:YYYYMMDDHHmmSS+HH'mm' (SkPDFMetadata), 23 characters. */
const dateLength = 23;

/** D:20260101000000+00'00' for a date, in UTC. */
export function pdfDate(date: Date): string {
  const digits = date.toISOString().replace(/\D/g, '').slice(0, 14);
  return `D:${digits}+00'00'`;
}

/** Puts `date` in place of the print time in the PDF's bytes (in place); returns the same bytes. */
export function stampDate(pdf: Uint8Array, date: Date): Uint8Array {
  const bytes = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength);
  const stamp = Buffer.from(pdfDate(date), 'latin1');
  for (const key of keys) {
    // Skia writes the information dictionary once; page content is compressed, so cannot match.
    const at = bytes.indexOf(key);
    if (at < 0) continue;
    const from = at + key.length;
    // Only a date as Skia writes it: anything else is left alone rather than broken.
    if (
      bytes[from + dateLength] !== 0x29 /* ) */ ||
      bytes.toString('latin1', from, from + 2) !== 'D:'
    )
      continue;
    stamp.copy(bytes, from);
  }
  return pdf;
}
