/**
 * A program's handout: the program made a routine (`programRoutine`), through the routine handout's
 * view and template, with the QR code opening the patient's page with the program in its fragment
 * (without the patient's name). The builder link and `--program` print through this.
 */
import { catalogFor } from '../domain/catalog/index.ts';
import { languagePath, pagePath, pathLanguage, siteUrl } from '../domain/links.ts';
import { programFragment } from '../domain/program-link.ts';
import { programRoutine } from '../domain/program-routine.ts';
import type { Library } from '../model/library.ts';
import type { ProgramFile } from '../model/schema/program.ts';
import type { TemplateEnv } from '../render/env.ts';
import { routineHandoutHtml } from './html.ts';
import type { Variant } from './variants.ts';

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

export async function programHandoutHtml(
  library: Library,
  templates: TemplateEnv,
  program: ProgramFile,
  options: Variant & { readonly date: Date },
): Promise<string> {
  return routineHandoutHtml(
    library,
    templates,
    programRoutine(library, program, catalogFor(library.settings.language)),
    {
      ...options,
      patient: program.patient,
      clinician: program.clinician,
      personal: true,
      date: programDate(program.date) ?? options.date,
      link: await programLink(library, program),
    },
  );
}
