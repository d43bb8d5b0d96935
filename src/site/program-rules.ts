/**
 * The program schema's rules for the pages' data, made once at build time (Node only: it runs Zod).
 * The builder and the patient's pages check a program link with them in the browser.
 */
import { schemaRules } from '../model/schema-rules.ts';
import { program } from '../model/schema/program.ts';

export const programRules = schemaRules(program);
