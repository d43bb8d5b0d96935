/**
 * A program's handout: the program made a routine (`programRoutine`), printed by the routine
 * handout's view and template, with the QR code opening the patient's page with the program in its
 * fragment (without the patient's name). Browser-safe: `--program` (through `html.ts`) and the
 * builder's Print (`site/handout-print.ts`) both start here.
 */
import type { Catalog } from '../domain/catalog/index.ts';
import { languagePath, pagePath, pathLanguage, siteUrl } from '../domain/links.ts';
import { programFragment } from '../domain/program-link.ts';
import { programRoutine } from '../domain/program-routine.ts';
import type { Library, Routine } from '../model/library.ts';
import type { ProgramFile } from '../model/schema/program.ts';
import type { Variant } from './variants.ts';
import type { HandoutOptions } from './view.ts';

/** The patient's page of a program: its address with the program, never with the patient's name. */
export async function programLink(library: Library, program: ProgramFile): Promise<string> {
  const page = siteUrl(
    library.settings.site.baseUrl,
    languagePath(pagePath.program(), pathLanguage(library)),
  );
  return `${page}${await programFragment(program)}`;
}

/** "2026-03-14" → that day at noon UTC, so no time zone moves it to another day. */
export function programDate(date: string | undefined): Date | undefined {
  return date === undefined ? undefined : new Date(`${date}T12:00:00Z`);
}

/** The routine a program prints as, and the handout's options: its names, date and link. */
export async function programHandout(
  library: Library,
  program: ProgramFile,
  options: Variant & { readonly date: Date },
  catalog: Pick<Catalog, 'program'>,
): Promise<{ readonly routine: Routine; readonly options: HandoutOptions }> {
  return {
    routine: programRoutine(library, program, catalog),
    options: {
      ...options,
      patient: program.patient,
      clinician: program.clinician,
      personal: true,
      date: programDate(program.date) ?? options.date,
      link: await programLink(library, program),
    },
  };
}
