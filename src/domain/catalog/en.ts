/**
 * Every fixed word the site, handouts and decks print, in English. Content (exercises, routines,
 * conditions) stays in YAML; this is the interface around it. `{name}` marks a value filled in
 * by `fill`. Patient text here is checked for reading grade and originality like the content.
 */
export const en = {
  common: {
    /** The short form of the disclaimer, in slide footers and at the top of pages. */
    educationNote: 'Education, not diagnosis',
  },
  /** The headings of the shared exercise card. */
  card: {
    remember: 'Remember',
    avoid: 'Avoid',
    stop: 'When to stop',
    effort: 'How hard',
    moveOn: 'When to move on',
    /** Before the harder exercise's name, after the rule for moving on. */
    next: 'Then try',
  },
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
  deck: {
    stageLabel: '{title}: {count} slides',
    notesFor: 'Notes for slide {number}: {title}',
    speakerNotes: 'Speaker notes',
    stopLead: 'It is fine to feel your muscles working. Pain is a signal to stop.',
    whereItHurts: 'Where it hurts:',
    howItFeels: 'How it feels',
    seeClinician: 'See a clinician if',
    stopRunning: 'Stop running until a clinician has checked it.',
    timerHint: 'Press T for the timer: {summary}.',
    titles: {
      glance: 'The routine at a glance',
      whenToStop: 'When to stop',
      riskFactors: 'What raises your risk',
      practices: '{count} ways to prevent hip pain',
      treatment: 'What helps when it hurts',
      oneCause: 'A common cause and where it hurts',
      manyCauses: '{count} common causes and where they hurt',
    },
    sections: {
      warmUp: 'Warm-up',
      main: 'Main exercise',
      coolDown: 'Cool-down',
      exercise: 'Exercise',
      /** "Main exercise 2 of 3" */
      nOfCount: '{section} {n} of {count}',
    },
    notes: {
      phases: 'Phases',
      whatFor: 'What it is for',
      advice: 'Advice for the patient (on the handout too)',
      clinician: 'For the clinician only',
      everyStopRule: 'Every stop rule in this routine',
      presenting: 'Presenting',
      sayItSimply: 'Say it simply',
      dose: 'Dose',
      steps: 'Steps',
      mistakes: 'Common mistakes',
      whenToStop: 'When to stop',
      progress: 'How hard, and when to move on',
      options: 'Options',
      timer: 'Timer (press T)',
      timerRule:
        'Reps get about {secondsPerRep} seconds each; a distance gets {secondsPerMetre} seconds a metre.',
      easier: 'Easier: {names}.',
      harder: 'Harder: {names}.',
      medicalNames: 'Medical names',
      whatItIs: 'What it is',
      worseWith: 'Worse with',
      usualCauses: 'Usual causes',
      whatHelps: 'What helps',
      tenPercentExample: 'If you run {start} this week, run no more than {next} next week.',
      speedWork: 'Add speed work slowly too. Give yourself easy days after hard ones.',
    },
    /** In the notes of every title slide, so a first-time presenter finds the keys. */
    presenting: [
      'Right arrow, space or Page Down: next slide. Left arrow or Page Up: back.',
      'P: presenter view with these notes, in a second window.',
      'T on an exercise slide: the interval timer. Space pauses it, Esc closes it.',
      'O: all slides at once. F: full screen.',
    ],
    controls: {
      label: 'Slide controls',
      previous: 'Previous slide',
      next: 'Next slide',
      overview: 'Overview',
      presenter: 'Presenter',
      fullscreen: 'Full screen',
      keys: 'Keys',
    },
    /** The keys help: each key and what it does. */
    help: {
      next: ['→ · Space · Page Down', 'Next slide'],
      back: ['← · Page Up', 'Back'],
      ends: ['Home · End', 'First · last slide'],
      timer: ['T', 'Timer on an exercise slide'],
      presenter: ['P', 'Presenter view with notes (second window)'],
      overview: ['O', 'All slides'],
      fullscreen: ['F', 'Full screen'],
      close: ['Esc', 'Close'],
    },
    /** The timer panel on a slide (the intervals' own words are in `timer`). */
    timerPanel: {
      keys: 'Space: pause · R: start again · M: sound · Esc: close',
      done: 'Done',
      pausedWord: 'paused',
      wellDone: 'Well done. Press Esc to close.',
      next: 'Next: {label} {clock}',
      soundOff: 'Timer sound off',
      soundOn: 'Timer sound on',
    },
    presenter: {
      title: 'Presenter: {title}',
      end: 'End of the deck',
      time: 'Time {elapsed}',
      resetTime: 'Reset time',
      nowShowing: 'Now showing',
      next: 'Next',
      buttons: 'Move through the deck',
      back: '← Back',
      forward: 'Next →',
      timer: 'Timer (T)',
      slideOf: 'Slide {n} of {count}: {title}',
      noNotes: 'No notes for this slide.',
      timerStatus: 'Timer: {label} {clock}',
      paused: ' (paused)',
    },
  },
  /** The handout's safety parts: summary box, advice, running and daily life, stages, pain rule. */
  safety: {
    advice: 'What to do and avoid',
    conditionAdvice: 'Running and daily life',
    /** Before a condition's advice: "If you have pain on the outside of the hip:" */
    ifYouHave: 'If you have {name}:',
    running: 'Running',
    seeClinician: 'See a clinician',
    everyday: { sleeping: 'In bed', sitting: 'Sitting', standing: 'Standing', stairs: 'Stairs' },
    glance: {
      heading: 'At a glance',
      howOften: 'How often',
      pain: 'How much pain is OK',
      progress: 'When to do more',
      call: 'When to call',
      /** "Weeks 1 to 2: you are here." after how often. */
      stageNow: '{weeks}: you are here.',
      painText:
        'Up to {green} out of 10 is OK. {amber}: do less. {red} or more: stop. More by your tick-sheet.',
      moveOn:
        'When a move feels easy and pain stays at {green} or less: see “When to move on” on its card.',
      noMoveOn:
        'When every move feels easy and pain stays at {green} or less, ask your clinician what to do next.',
      nextStage: 'Start the next stage in {weeks}.',
      callPhone: 'If you have a sign from “Stop and call your clinician if…”, call {phone}.',
      callClinician:
        'If you have a sign from “Stop and call your clinician if…”, call your clinician.',
    },
    painRule: 'How much pain is OK',
    bands: { green: 'Green', amber: 'Amber', red: 'Red' },
    /** After the scores in the tick-sheet's pain row: "0 to 3 OK". */
    bandShort: { green: 'OK', amber: 'do less', red: 'stop' },
    /** Scores of a band: "0 to 3"; a band of one score is the number alone. */
    scores: '{from} to {to}',
    stages: 'Your plan, stage by stage',
    stageNow: 'Now',
    stageNext: 'Next',
    /** "Next, weeks 3 to 4" */
    stageHeading: '{label}, {weeks}',
    stageLast: 'This is the last stage. Keep it up, and ask your clinician what comes next.',
    weeks: 'Weeks {from} to {to}',
    week: 'Week {n}',
    name: 'Name',
    date: 'Date',
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
    /** A distance when the settings use miles, as on the card: "11 yd". */
    yards: '{n} yd',
    /** "36 s work, 30 s rest, 2 sets on each side" */
    summary: '{seconds} s {label}{rest}, {sets}',
    summaryRest: ', {n} s rest',
    oneSet: '1 set',
    sets: '{n} sets',
    eachSide: ' on each side',
  },
} as const;
