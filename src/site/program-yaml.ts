/**
 * A program as a YAML file, for "Download program": the fields in the schema's order, text in
 * double quotes (so a colon or a "#" in a note stays text), doses as `{ sets: 3, reps: 15 }`.
 * Read back by `npm run handout -- --program` and `npm run check` like any program file. Written
 * here rather than with the yaml package, which would add 30 KB to the builder's script.
 */
import type { ProgramFile } from '../model/schema/program.ts';

const scalar = (value: unknown): string =>
  typeof value === 'string' ? JSON.stringify(value) : String(value);

function flow(value: Readonly<Record<string, unknown>>): string {
  const parts = Object.entries(value)
    .filter(([, v]) => v !== undefined)
    .map(
      ([k, v]) =>
        `${k}: ${v && typeof v === 'object' ? flow(v as Record<string, unknown>) : scalar(v)}`,
    );
  return `{ ${parts.join(', ')} }`;
}

export function programYaml(program: ProgramFile, header: string): string {
  const lines = [`# ${header}`, `format: ${program.format}`, `title: ${scalar(program.title)}`];
  const one = (key: string, value: unknown) => {
    if (value !== undefined && value !== '') lines.push(`${key}: ${scalar(value)}`);
  };
  one('summary', program.summary);
  one('daysPerWeek', program.daysPerWeek);
  one('warmUp', program.warmUp);
  if (program.conditions.length) lines.push(`conditions: [${program.conditions.join(', ')}]`);
  if (program.goals.length) lines.push(`goals: [${program.goals.join(', ')}]`);
  lines.push('items:');
  for (const item of program.items) {
    lines.push(`  - exercise: ${item.exercise}`);
    if (item.side !== 'both') lines.push(`    side: ${item.side}`);
    const dose = Object.fromEntries(
      Object.entries(item.dose ?? {}).filter(([, v]) => v !== undefined),
    );
    if (Object.keys(dose).length) lines.push(`    dose: ${flow(dose)}`);
    if (item.note) lines.push(`    note: ${scalar(item.note)}`);
  }
  if (program.stages.length) {
    lines.push('stages:');
    for (const stage of program.stages) {
      lines.push(`  - weeks: ${flow(stage.weeks)}`);
      if (stage.focus) lines.push(`    focus: ${scalar(stage.focus)}`);
      if (stage.doses.length) {
        lines.push('    doses:');
        for (const d of stage.doses)
          lines.push(`      - exercise: ${d.exercise}`, `        dose: ${flow(d.dose)}`);
      }
    }
  }
  if (program.painRule) lines.push(`painRule: ${flow(program.painRule)}`);
  if (program.advice.length)
    lines.push('advice:', ...program.advice.map((a) => `  - ${scalar(a)}`));
  one('patient', program.patient);
  one('clinician', program.clinician);
  one('date', program.date);
  one('paper', program.paper);
  if (program.largePrint) lines.push('largePrint: true');
  return `${lines.join('\n')}\n`;
}
