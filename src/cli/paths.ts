/** Where things are: the content folder, the templates and the output folder. */

/** The content folder; ROUTINE_PRESS_CONTENT overrides it (tests and benchmarks use this). */
export function contentRoot(): string {
  return process.env['ROUTINE_PRESS_CONTENT'] ?? 'routines';
}

/** The output folder; ROUTINE_PRESS_OUTPUT overrides it. */
export function outputRoot(): string {
  return process.env['ROUTINE_PRESS_OUTPUT'] ?? 'output';
}

/** The templates folder; ROUTINE_PRESS_TEMPLATES overrides it. */
export function templatesRoot(): string {
  return process.env['ROUTINE_PRESS_TEMPLATES'] ?? 'templates';
}
