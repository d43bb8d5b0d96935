/**
 * Every fixed word the site, handouts and decks print, in English. Content (exercises, routines,
 * conditions) stays in YAML; this is the interface around it. `{name}` marks a value filled in
 * by `fill`. Patient text here is checked for reading grade and originality like the content.
 */
export const en = {
  stop: {
    heading: 'Stop and call your clinician if…',
    /** Signs that need a clinician whatever the condition. Conservative on purpose. */
    general: [
      'The pain gets worse from one week to the next, even though you follow this plan.',
      'You cannot put weight on your leg, or you start to limp.',
      'Pain wakes you at night or does not ease when you rest.',
      'Your leg feels numb, tingles or feels weak, or pain spreads down your leg.',
      'Your hip is hot, red or swollen, or you have a fever or feel unwell.',
    ],
    urgent: 'Get urgent care now if you fall and cannot stand, or the pain is sudden and very bad.',
    call: 'Call {clinic}: {phone}.',
  },
  facts: {
    time: 'Time',
    timeValue: 'About {minutes} minutes',
    howOften: 'How often',
    level: 'Level',
    equipment: 'You need',
    noEquipment: 'No equipment',
  },
  levels: {
    beginner: 'Beginner',
    intermediate: 'Intermediate',
    advanced: 'Advanced',
  },
  warmUp: {
    title: 'Warm up first',
    /** The routine's own warm-up moves, after a protocol's phases. */
    moves: 'Warm-up moves',
    movesInstructions: 'Do each move in turn.',
    summary: 'Warm muscles move more freely. Start gently.',
  },
  tenPercent: {
    heading: 'Build up your running slowly',
    title: 'The {percent}% rule',
    rule: 'Add no more than {percent}% to your weekly distance from one week to the next.',
    weeks: ['This week', 'Next week', 'The week after', 'Week 4'],
    upTo: 'up to {distance}',
    unitWords: { km: 'km', mi: 'miles' },
  },
  /** The interval timer of the slides and the follow-along view. */
  timer: {
    ready: 'Get ready',
    readyDetail: 'Get into position',
    work: 'Work',
    hold: 'Hold',
    switch: 'Switch sides',
    rest: 'Rest',
    sides: { left: 'left side', right: 'right side' },
    set: 'Set {n} of {total}',
    sideNext: '{side} next',
    setNext: 'Set {n} of {total} next',
    reps: '{n} reps',
    holdFor: 'hold {n} s',
    seconds: '{n} s',
    metres: '{n} m',
    /** "36 s work, 30 s rest, 2 sets on each side" */
    summary: '{seconds} s {label}{rest}, {sets}',
    summaryRest: ', {n} s rest',
    oneSet: '1 set',
    sets: '{n} sets',
    eachSide: ' on each side',
    /** Class mode in the decks. */
    round: 'Round {n} of {total}',
    done: 'Done',
    wellDone: 'Well done.',
    paused: '{label} · paused',
    next: 'Next: {label} {clock}',
  },
} as const;
