/**
 * The handout's fixed words: headings, labels and the sentences built round numbers. In one place
 * so the string catalog (src/domain/catalog) can take them over, and a translation finds them all.
 */
export const handoutWords = {
  advice: 'What to do and avoid',
  conditionAdvice: 'Running and daily life',
  /** "If you have pain on the outside of the hip" */
  ifYouHave: 'If you have',
  running: 'Running',
  seeClinician: 'See a clinician',
  everyday: { sleeping: 'In bed', sitting: 'Sitting', standing: 'Standing', stairs: 'Stairs' },
  glance: 'At a glance',
  glanceHowOften: 'How often',
  glancePain: 'How much pain is OK',
  glanceProgress: 'When to do more',
  glanceCall: 'When to call',
  painRule: 'How much pain is OK',
  bands: { green: 'Green', amber: 'Amber', red: 'Red' },
  /** After the range in the tick-sheet's pain row: "0 to 3 OK". */
  bandShort: { green: 'OK', amber: 'do less', red: 'stop' },
  stages: 'Your plan, stage by stage',
  stageNow: 'Now',
  stageNext: 'Next',
  stageLast: 'This is the last stage. Keep it up, and ask your clinician what comes next.',
  name: 'Name',
  date: 'Date',
} as const;

/** "0 to 3", "4", "6 to 10": the scores of a band. */
export function scoreRange(from: number, to: number): string {
  return from === to ? `${from}` : `${from} to ${to}`;
}

/** "Weeks 1 to 2", "Week 5". */
export function weeksWords(weeks: { readonly from: number; readonly to: number }): string {
  return weeks.from === weeks.to ? `Week ${weeks.from}` : `Weeks ${weeks.from} to ${weeks.to}`;
}
