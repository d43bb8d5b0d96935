import QRCode from 'qrcode';
import { loadLibrary } from '../src/model/load.ts';
import { programData } from '../src/site/program-data.ts';
import { programRules } from '../src/site/program-rules.ts';
import { programLink } from '../src/handouts/program.ts';
import { validateProgram } from '../src/model/program-validate.ts';
const library = await loadLibrary('routines');
const start = programData(library, '/', programRules).starts.find((s) => s.id === 'outer-hip-pain');
const v = validateProgram(start?.program);
if (!v.success) throw new Error('invalid');
for (const p of [v.data, { ...v.data, stages: [] }]) {
  const link = await programLink(library, p);
  const qr = QRCode.create(link, { errorCorrectionLevel: link.length > 300 ? 'L' : 'M' });
  console.log(link.length, 'version', qr.version, 'modules', qr.modules.size);
}
