/**
 * Every fixed word the site, handouts and decks print, in English. Content (exercises, routines,
 * conditions) stays in YAML; this is the interface around it. `{name}` marks a value filled in
 * by `fill`. Patient text here is checked for reading grade and originality like the content.
 */
import type { BodyArea, Equipment } from '../../model/schema/vocabulary.ts';

export const en = {
  common: {
    /** The short form of the disclaimer, in slide footers and at the top of pages. */
    educationNote: 'Education, not diagnosis',
  },
  /**
   * A dose in words and numbers (src/domain/dose-words.ts). A plural picks its form by
   * `Intl.PluralRules` of `locale` ("one", "other"), or by an exact number first ("=2").
   */
  dose: {
    locale: 'en',
    seconds: { one: '{n} second', other: '{n} seconds' },
    minutes: { one: '{n} minute', other: '{n} minutes' },
    /** "5 to 10 minutes": {to} is the second number with its unit. */
    range: '{from} to {to}',
    metres: { one: '{n} metre', other: '{n} metres' },
    yards: { one: '{n} yard', other: '{n} yards' },
    eachSide: ' on each side',
    /** {amount} is the reps, the time or the distance; {side} is eachSide or nothing. */
    reps: { one: '{n} set of {amount}{side}', other: '{n} sets of {amount}{side}' },
    holds: { one: '{n} hold of {amount}{side}', other: '{n} holds of {amount}{side}' },
    rounds: { one: '{n} round of {amount}{side}', other: '{n} rounds of {amount}{side}' },
    sets: { one: '{n} set', other: '{n} sets' },
    timesPerDay: { '=1': 'once a day', '=2': 'twice a day', other: '{n} times a day' },
    daysPerWeek: { '=7': 'every day', one: '{n} day a week', other: '{n} days a week' },
    /** How often: "once a day, 3 days a week". */
    frequency: '{perDay}, {days}',
    /** A whole routine: on up to 7 days, days a week; past 7, times a week. */
    weekly: { '=1': 'once a week', other: '{n} days a week' },
    weeklyOver7: '{n} times a week',
    rest: 'Rest {duration} between sets.',
    /** The whole dose: "2 sets of 10 on each side, once a day, 3 days a week". */
    whole: '{amount}, {frequency}',
    /** The dose in numbers: "2 × 10 each side", "3 × 30 s hold". */
    numbers: '{sets} × {amount}{side}',
    numbersEachSide: ' each side',
    numbersHold: '{n} s hold',
    numbersSeconds: '{n} s',
    numbersMetres: '{n} m',
    numbersYards: '{n} yd',
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
    /** Under the moving figure (start to end and back). */
    moving: 'The movement',
    /** The switch that plays the moving figure when the device asks for less motion. */
    play: 'Play the movement',
    /** The name of a clinic's video's captions, in the video player's menu. */
    captions: 'Captions',
    /**
     * In place of the step that says to switch sides (an exercise's `switchStep`), when a program
     * does one side only: the card's note above says which side.
     */
    oneSide: 'Do not switch sides.',
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
  /** Equipment by its id in YAML (`equipment` in src/model/schema/vocabulary.ts): facts, finder, cards. */
  equipment: {
    'resistance-band': 'Resistance band (loop)',
    'small-ball': 'Small soft ball or pillow',
    'stability-ball': 'Stability ball',
    step: 'Step, stair or sturdy box',
    kettlebell: 'Kettlebell',
    dumbbell: 'Dumbbells',
    barbell: 'Barbell and plates',
    bench: 'Bench',
    'leg-press-machine': 'Leg press machine',
    'slide-board': 'Slide board',
    'agility-ladder': 'Agility ladder',
    'foam-roller': 'Foam roller',
    'massage-ball': 'Massage or lacrosse ball',
    'wall-or-chair': 'Wall or chair for balance',
  } satisfies Record<Equipment, string>,
  /** Body areas by id (src/model/schema/body-area.ts): the plain name a runner would point at. */
  areas: {
    'front-of-hip': 'Front of the hip',
    groin: 'Groin',
    'side-of-hip': 'Side of the hip',
    'outer-thigh': 'Outer thigh',
    'back-of-hip': 'Back of the hip',
    buttock: 'Buttock',
    'down-the-leg': 'Down the leg',
    'back-of-thigh': 'Back of the thigh',
    'front-of-thigh': 'Front of the thigh',
    core: 'Belly and trunk',
    'lower-leg': 'Lower leg',
  } satisfies Record<BodyArea, string>,
  /** Under an exercise's pictures: the drawn start and end positions, a clinic's picture's credit. */
  figures: {
    start: 'Start',
    end: 'End',
    credit: 'Picture: {by}, {licence}',
    /** Under a clinic's video (and its poster in print). */
    videoCredit: 'Video: {by}, {licence}',
    /**
     * A drawn figure's alt text. {pose} is the full description made from the pose data
     * (src/figures/alt.ts, in English only); a language without it says {name}, the position and,
     * at the start, {step}, the exercise's first step (which starts from the starting position).
     */
    startAlt: '{pose}',
    endAlt: '{pose}',
    /** The moving figure's alt text: {start} and {end} are the two stills' alt texts. */
    motionAlt: '{name}, moving from the start position to the end position and back. {start} {end}',
    /** One frame of the movement on the contact sheet (npm run figures): {percent} of the way there. */
    stripAlt: '{name}, {percent}% of the way from the start position to the end position',
    /** The review sheet of every exercise's figures (npm run figures), for the person who checks them. */
    sheet: {
      /** The page's title, in the browser's tab. */
      title: 'Exercise figures: contact sheet',
      /** The heading: {n} is the number of exercises on the sheet. */
      heading: {
        one: 'Exercise figures ({n} exercise)',
        other: 'Exercise figures ({n} exercises)',
      },
      /** Before the exercise's first step, shown to check the start picture against. */
      firstStep: 'Step 1:',
      /** Under each frame of the strip: {percent} of the way from the start position to the end. */
      frame: '{percent}%',
      /** An exercise with neither a drawn figure nor a clinic's picture. */
      none: 'No figure and no picture.',
    },
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
  /** The handout's own headings and labels (its safety parts have their own words). */
  handout: {
    yourExercises: 'Your home exercises.',
    /** After "Your home exercises.": "About 15 minutes, 3 days a week." */
    plan: 'About {minutes} minutes, {times}.',
    logoAlt: '{clinic} logo',
    who: { name: 'Name', clinician: 'Clinician', date: 'Date' },
    whatFor: 'What this is for',
    warmUp: 'First, warm up',
    exercises: 'Your exercises',
    exercisesIntro: 'Do them in order, 1 to {count}.',
    coolDown: 'Cool down',
    /** The heading of the routine's clinician notes, on a clinic copy (`--clinician-notes`). */
    clinicianNotes: 'For the clinician only',
    call: 'Call {clinic}: {phone}.',
    /** The page footer: "Page 2 of 3". */
    page: 'Page',
    of: 'of',
    seeOnline: 'See it online:',
    meta: 'Version {version} · {date}',
    ticks: {
      heading: 'Your tick-sheet',
      howTo:
        'Each day you exercise, tick a box for each exercise you finish. Aim for {times}, and bring this sheet to your next visit.',
      day: 'Day',
      week: 'Week {n}',
      warmUp: 'Warm-up',
      painLabel: 'Pain after, 0 to 10',
      notes: 'Notes and questions for your next visit',
    },
  },
  deck: {
    stageLabel: '{title}: {count} slides',
    /** A list that runs over several slides: "When to stop (2 of 3)". */
    part: '{title} ({n} of {count})',
    notesFor: 'Notes for slide {number}: {title}',
    speakerNotes: 'Speaker notes',
    stopLead: 'It is fine to feel your muscles working. Pain is a signal to stop.',
    whereItHurts: 'Where it hurts:',
    howItFeels: 'How it feels',
    seeClinician: 'See a clinician if',
    stopRunning: 'Stop running until a clinician has checked it.',
    /** Under an exercise's figure: the class sees no keys (they are in the presenter view). */
    timerHint: 'Timer: {summary}.',
    /** The heading screen readers hear on a key-message slide without a title of its own. */
    keyMessage: 'Key message',
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
      'When an exercise is done, the deck moves on to the next one. A: start its timer by itself too.',
      'B: black screen, W: white screen. Hold L for a pointer, or hold a finger on the screen.',
      'O: all slides at once. F: full screen.',
    ],
    controls: {
      label: 'Slide controls',
      previous: 'Previous slide',
      next: 'Next slide',
      overview: 'Overview',
      presenter: 'Presenter',
      fullscreen: 'Full screen',
      /** The timer's buttons, always there on a touch screen. */
      timer: 'Timer',
      startTimer: 'Start timer',
      pauseTimer: 'Pause timer',
      resumeTimer: 'Go on',
      stopTimer: 'Stop timer',
    },
    /** The timer panel on a slide (the intervals' own words are in `timer`). */
    timerPanel: {
      done: 'Done',
      pausedWord: 'paused',
      wellDone: 'Well done.',
      /** Before the set and side in a circuit. */
      round: 'Round {n} of {total}',
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
      timerOff: 'Timer off',
      target: 'Target minutes',
      minutesLeft: '{n} min left of {target}',
      minutesOver: '{n} min over {target}',
      class: 'Class',
      carryOn: 'Start the next exercise by itself (A)',
      circuit: 'Circuit: {work} s work, {rest} s rest, {rounds}',
      oneRound: '1 round',
      rounds: '{n} rounds',
      getReady: 'Get ready (seconds)',
      black: 'The screen is black. Press B to show the slide.',
      white: 'The screen is white. Press W to show the slide.',
      stopTimer: 'Stop timer (Esc)',
      blackout: 'Black screen (B)',
      whiteout: 'White screen (W)',
      /** The keys, shown only here (never to the class), one after the other. */
      keys: [
        '→ Space: next',
        '←: back',
        'T: timer',
        'Space: pause it',
        'R: start it again',
        'Esc: stop it',
        'A: start the next one by itself',
        'B: black screen',
        'W: white screen',
        'L (hold): pointer',
        'M: sound',
        'O: all slides',
      ],
    },
  },
  /** The handout's safety parts: summary box, advice, running and daily life, stages, pain rule. */
  safety: {
    advice: 'What to do and avoid',
    /** On the routine page opened from a personal handout's QR code. */
    personalDoses: 'The doses below are the ones your clinician set for you.',
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
  /** The follow-along view on the phone: one exercise at a time. */
  follow: {
    start: 'Start',
    startTitle: 'Do this routine now',
    intro: 'One exercise at a time. The timer moves you on. Keep your phone where you can see it.',
    personal: 'Your own doses from your clinician are used.',
    warmUp: 'Warm up',
    main: 'Main exercises',
    coolDown: 'Cool down',
    step: '{n} of {total}',
    pause: 'Pause',
    resume: 'Go on',
    back: 'Back',
    skip: 'Skip',
    tap: 'Tap for each rep',
    tapDone: 'Done',
    count: '{n} of {total}',
    sound: 'Sound',
    voice: 'Voice',
    paused: 'Paused',
    next: 'Next: {what}',
    finished: 'Well done! You finished the routine.',
    /** The big clock's name for screen readers. */
    timeLeft: 'Time left',
    say: {
      rest: 'Rest',
      switch: 'Switch to your {side}',
      done: 'Well done. You finished.',
    },
  },
  /** The end of a session and the log kept on the phone. */
  log: {
    title: 'My log',
    painQuestion: 'How much pain did you feel?',
    hardQuestion: 'How hard did it feel?',
    hard: ['Easy', 'Just right', 'Hard', 'Too hard'],
    save: 'Save to my log',
    saved: 'Saved on this phone. Nothing is sent anywhere.',
    see: 'See my log',
    privacy: 'Your log stays in this browser on this phone. Nothing is sent anywhere.',
    none: 'No sessions yet. Press Start on a routine, and save at the end.',
    perWeek: 'Sessions each week',
    pain: 'Pain after each session',
    daysDone: '{done} of {target} days this week',
    sessions: 'Sessions',
    painShort: 'Pain {n} of 10',
    export: 'Save my log as a file',
    import: 'Add sessions from a file',
    imported: '{n} sessions added.',
    importError: 'This file is not a log from this site. Nothing was changed.',
    deleteAll: 'Delete my whole log',
    confirmDelete: 'Delete every session? You cannot undo this.',
    deleted: 'Your log is empty now.',
  },
  site: {
    skipLink: 'Skip to content',
    menuLabel: 'Main',
    /** The label of the language switch; each language is named in its own words. */
    languageLabel: 'Language',
    menu: {
      routines: 'Routines',
      exercises: 'Exercises',
      pain: 'Pain',
      warmUp: 'Warm-up',
      prevention: 'Prevention',
      log: 'My log',
    },
    /** Before the disclaimer, in the footer and the note near the top of a page. */
    educationNote: 'Education, not diagnosis.',
    footerVersion: 'Content version {version}',
    crumbsLabel: 'You are here',
    tocLabel: 'On this page',
    printPage: 'Print this page',
    handoutsAndSlides: 'Handouts and slides',
    canHelpWith: 'Can help with',
    minutesShort: '{minutes} min',
    /** The site installed on a phone (its web-app manifest). */
    app: {
      description: 'Exercise routines to follow on your phone, with or without a signal.',
    },
    /** The note shown when a new build of the site has been downloaded (src/site/UpdateNote.astro). */
    update: {
      ready: 'A new version is ready.',
      reload: 'Reload',
    },
    downloads: {
      heading: 'Take it with you',
      intro:
        'Print this page, or get a handout made for paper. Coaches can show the slides to a group.',
      handout: 'Handout, {paper} paper (PDF)',
      largePrint: 'Large print, {paper} paper (PDF)',
      slidesHtml: 'Slides for a class (opens in the browser)',
      slidesPdf: 'Slides for a class (PDF)',
      slidesPptx: 'Slides to change in PowerPoint (PPTX)',
      papers: { a4: 'A4', letter: 'Letter' },
    },
    routine: {
      crumb: 'Routines',
      warmUp: 'Warm up',
      main: 'Main exercises',
      coolDown: 'Cool down',
      onItsOwnPage: 'On its own page:',
      ladderLink: 'Plan your own weeks',
      ladderLinkAfter: 'on the page about preventing hip pain.',
    },
    exercise: {
      crumb: 'Exercises',
      works: 'Works',
      howTo: 'How to do it',
      options: 'Make it easier or harder',
      easier: 'Easier:',
      harder: 'Harder:',
      usedIn: 'Routines with this exercise',
      usedInNone: 'No routine uses it yet. You can do it on its own, as shown above.',
    },
    home: {
      title: 'Where does your hip hurt? Routines for runners',
      description:
        'Hip routines for runners: tap where it hurts, or pick your time and equipment, and get a routine that fits.',
      finderHeading: 'Or find a routine by time and equipment',
      lead: 'No pain, or want to stay strong? Pick the time you have and the equipment at hand. Every routine has clear steps and says when to stop.',
      newHere: 'New to this? Start with the',
      warmUpLink: 'warm-up',
      orRead: ', or read how to',
      preventLink: 'prevent hip pain',
      finderLabel: 'Find a routine',
    },
    library: {
      title: 'Exercise library',
      description: 'Every exercise with steps, cues and when to stop.',
      lead: 'Every exercise, with clear steps, what to watch for and when to stop.',
      finderLabel: 'Find an exercise',
    },
    conditions: {
      title: 'Hip pain in runners',
      description: 'Common causes of hip pain in runners, what helps, and when to see a clinician.',
      lead: 'Common causes, where they hurt, what helps, and when to see a clinician.',
      crumb: 'Pain and conditions',
      stopRunning: 'Stop running',
      stopRunningAfter: 'until a clinician has checked this.',
      seeClinician: 'See a clinician if',
      whereItHurts: 'Where it hurts',
      bodyAreas: 'Body areas: {areas}.',
      symptoms: 'What it feels like',
      worse: 'What makes it worse',
      causes: 'Usual causes',
      helps: 'What helps',
      routines: 'Routines that can help',
      routinesNone: 'No routine lists it yet.',
      exercises: 'Exercises that can help',
    },
    /** "Where does it hurt?" on the home page: the body picture and a panel per area. */
    hurts: {
      heading: 'Where does it hurt?',
      lead: 'Tap the place that hurts. You will see what may cause it and the routines that help.',
      views: { front: 'From the front', side: 'From the side', back: 'From behind' },
      panel: 'Pain: {area}',
      about: 'About this pain and when to see a clinician',
    },
    warmUps: {
      title: 'Warm-ups',
      description: 'Warm-ups to do before you run.',
      lead: 'Warm muscles move more freely. Pick one and do it before you run.',
      steps: '{count} steps',
      stepsFact: 'Steps',
      stepsInOrder: '{count}, in order',
    },
    prevention: {
      title: 'Prevent hip pain',
      description:
        'What raises the risk of hip pain in runners, what you can do, and a 10% rule planner.',
      lead: 'Most running hip pain builds up slowly. Here is what raises the risk, and what you can do about it.',
      risks: 'What raises the risk',
      risksIntro: 'These make hip pain more likely.',
      practices: 'What you can do',
      practicesIntro: 'Small habits that protect your hips.',
      treatment: 'If it already hurts',
      treatmentIntro: 'What usually helps.',
      shoes: 'Running shoes',
      shoesText:
        'Replace your running shoes after about {distance}. Worn shoes cushion each step less.',
      /** The distance in the settings' units first, the other one after it. */
      shoesKm: '{kmFrom} to {kmTo} km ({milesFrom} to {milesTo} miles)',
      shoesMiles: '{milesFrom} to {milesTo} miles ({kmFrom} to {kmTo} km)',
      talks: 'Slides for a talk',
      talksIntro:
        'For coaches and clinics. Each routine also has its own slides, linked from its page.',
      alsoAs: 'also as a',
      pdf: 'PDF',
    },
    planner: {
      heading: 'Plan your weekly distance',
      example:
        'Add no more than {percent}% to your running distance each week. Say you ran {distance} this week: then run no more than {next} next week. These are the most, not a goal: an easy week now and then is good for you.',
      distance: 'How far you ran this week',
      unit: 'Unit',
      units: { km: 'Kilometres', mi: 'Miles' },
      resultCaption: 'The most to run in each of the next {count} weeks',
      week: 'Week {n}',
      common: 'Common distances',
      tableCaption: 'The most to run each week, in {units}, if you grow by {percent}% a week',
      unitsPlural: { km: 'kilometres', mi: 'miles' },
      thisWeek: 'This week',
      message: 'Next week, run no more than {next}. In {count} weeks, no more than {last}.',
      prompt: 'Type how far you ran this week, for example 20.',
      tooMuch:
        "{distance} in one week is more than anyone runs. Check the number: type your week's total, up to {most}.",
    },
    missing: {
      title: 'Page not found',
      heading: 'We cannot find that page',
      lead: 'The link may be old, or the page may have moved.',
      finder: 'Find a hip routine',
      exercises: 'See every exercise',
      conditions: 'Read about hip pain',
    },
    finder: {
      search: 'Search: a pain, a body part or an exercise',
      seeThe: 'See the {many}',
      moreFilters: 'More filters: {legends}',
      clear: 'Clear filters',
      noMatch: 'No {one} matches all of these filters.',
      noMatchAfter: 'Take one away, or start again.',
      changesHeading: 'Changes that give {many}',
      closestHeading: 'Closest {many}, and what differs',
      showMore: 'Show more',
      legends: {
        time: 'Time you have',
        have: 'Equipment you have',
        goal: 'Goal',
        condition: 'Pain or condition',
        area: 'Body area',
        level: 'Level',
        category: 'Type',
      },
      gym: 'Gym equipment',
      /** The choice of a pick-one filter that leaves it out. */
      any: 'Any',
      timeLimit: '{minutes} min or less',
      nouns: {
        routine: { one: 'routine', many: 'routines' },
        exercise: { one: 'exercise', many: 'exercises' },
      },
      /** The finder's names for routine goals and exercise types (the ids in the YAML). */
      goals: {
        prevention: 'Prevention',
        'warm-up': 'Warm up',
        mobility: 'Mobility',
        strength: 'Strength',
        stability: 'Stability',
        'return-to-running': 'Return to running',
        recovery: 'Recovery',
      },
      categories: {
        strength: 'Strength',
        mobility: 'Mobility',
        'warm-up': 'Warm up',
        'cool-down': 'Cool down',
        running: 'Running',
      },
      /** What the finder's script writes as filters change; {noun} is one of nouns, {many} its plural. */
      script: {
        countOf: '{n} of {all} {noun}',
        none: 'No {many} match',
        see: 'See {n} {noun}',
        moreLeft: 'Show more ({n} more {noun})',
        needs: 'needs {what}',
        and: ' and ',
        takes: 'takes {n} minutes',
        otherPain: 'is for another pain',
        otherArea: 'is for another body area',
        own: '{legend}: {own}',
        noValue: 'no {legend}',
        notMatching: 'does not match "{q}"',
        swap: 'Swap {from} for {to}',
        without: 'without "{what}"',
        with: 'with {what}',
        withoutSearch: 'without the search "{q}"',
      },
    },
  },
  /** A program for one person, made in the program builder: the handout, the builder, the patient's page. */
  program: {
    /** "What this is for" when the clinician wrote no summary. */
    summary: 'Your own exercise program, made for you by your clinician.',
    sides: {
      left: 'Do this on your left side only.',
      right: 'Do this on your right side only.',
    },
    /**
     * After the side above, when the exercise's steps name the other side (its figure's `side`):
     * keyed by the side the steps are written for.
     */
    stepsSay: {
      left: 'The steps say "left" for the side you work. Use right where they say left, and left where they say right.',
      right:
        'The steps say "right" for the side you work. Use left where they say right, and right where they say left.',
    },
    /** The program builder page, for the clinician. */
    builder: {
      title: 'Build a program',
      description: "Build one patient's home exercise program, then print it or send the link.",
      lead: 'Pick exercises, set each dose, and print. The program stays in this browser and in the link: nothing is sent to a server.',
      start: 'Start from',
      blank: 'A blank program',
      saved: 'A saved program',
      routine: 'A routine',
      open: 'Open',
      untitled: 'My program',
      details: 'Program',
      programTitle: 'Title',
      days: 'Days a week',
      advice: 'Advice for the patient, one line each',
      patient: 'Patient name',
      clinician: 'Clinician',
      date: 'Date',
      paper: 'Paper',
      largePrint: 'Large print (18 pt)',
      exercises: 'Exercises',
      none: 'No exercises yet. Search below to add one.',
      add: 'Add an exercise',
      search: 'Search by name or body part',
      addButton: 'Add',
      filters: 'Only show',
      results: '{count} exercises match.',
      sets: 'Sets',
      reps: 'Reps',
      holdSeconds: 'Hold, seconds',
      seconds: 'Seconds',
      metres: 'Metres',
      rest: 'Rest, seconds',
      side: 'Side',
      sides: { both: 'Both sides', left: 'Left only', right: 'Right only' },
      note: 'Note',
      up: 'Move up',
      down: 'Move down',
      remove: 'Remove',
      easier: 'Easier: {name}',
      harder: 'Harder: {name}',
      missing: 'Not in this library any more: take it out.',
      save: 'Save in this browser',
      savedAs: 'Saved as "{title}".',
      download: 'Download program (YAML)',
      print: 'Print',
      printing: 'Making the handout…',
      printFailed:
        'The handout could not be made. Check your connection to this site and try again.',
      partOffline:
        'The handout could not be made: the details of "{name}" did not load. Check your connection to this site and try again.',
      partDamaged:
        'The handout could not be made: the details of "{name}" on this site are missing or damaged. Reload the page. If it happens again, tell the person who runs this site.',
      startFailed:
        'That program did not load. Check your connection to this site, then choose it and press Open again.',
      stages: 'Stages',
      stagesLead:
        'Optional. Split the program into stages of a few weeks, each with its own focus and doses. Leave a dose blank to keep it as it is.',
      noStages: 'No stages: the same doses every week.',
      stage: 'Stage {n}',
      stageWeeks: 'Starts in week {from}. Last week',
      focus: 'Focus of this stage',
      addStage: 'Add a stage',
      removeStage: 'Remove stage {n}',
      tooManyStages: 'A program holds at most 6 stages.',
      patientLink: 'Link for the patient',
      withName: "Put the patient's name in the link",
      nameLeftOut: "The patient's name is not in this link.",
      nameIn: "The patient's name is in this link: send it only to the patient.",
      copy: 'Copy link',
      copied: 'Link copied.',
      openPatient: "Open the patient's page",
      tooMany: 'A program holds at most 12 exercises.',
      customise: 'Customise this routine',
    },
    /** The patient's page of a program, from the handout's QR code. */
    view: {
      title: 'Your program',
      lead: 'Your clinician made this program for you. Do the exercises in order.',
      none: 'This page shows a program from a link. Scan the code on your handout, or ask your clinician for the link.',
      exercise: 'How to do it',
      painRule: 'How much pain is OK',
      advice: 'What to do and avoid',
      stop: 'Stop and call your clinician if you feel sharp pain, your leg goes numb or weak, or pain spreads down your leg.',
      days: '{days} days a week.',
    },
    /** The large QR code on a program's handout. */
    phone: {
      heading: 'Your program on your phone',
      text: 'Scan this code with your phone camera to see your exercises, doses and notes, and to follow along. Your name is not in it.',
      alt: 'QR code that opens your program',
    },
    /** What is wrong with a program from a link or a saved copy. */
    check: {
      field: '{field}: {message}. This part was left out.',
      whole: 'The program',
      missingExercise: 'The exercise "{id}" is not in this library any more.',
      missingWarmUp: 'The warm-up "{id}" is not in this library any more, so it was left out.',
      missingCondition: 'The condition "{id}" is not in this library any more, so it was left out.',
      damaged:
        'This link is damaged: part of it is missing or was changed. Ask for the link again, or start a new program.',
      newer: 'This link was made by a newer version of this site. Ask for the link again.',
      /** What is wrong with a field of a program from a link, by the schema rule it breaks. */
      rules: {
        type: {
          object: 'must be a group of fields',
          array: 'must be a list',
          string: 'must be text',
          integer: 'must be a whole number',
          number: 'must be a number',
          boolean: 'must be true or false',
        },
        const: 'must be {value}',
        enum: 'must be one of: {values}',
        minimum: 'must be at least {n}',
        maximum: 'must be at most {n}',
        minLength: 'must not be empty',
        maxLength: 'is longer than {n} characters',
        pattern: 'is not written the right way',
        minItems: 'needs at least {n}',
        maxItems: 'has more than {n}',
        required: 'is missing',
        unknown: 'is not part of a program',
        control: 'has an invisible control character',
        twoAmounts: 'gives more than one amount ({keys}); a dose has only one',
        stages: {
          first: 'must be week 1: the first stage starts in week 1',
          next: 'must be week {n}: each stage starts the week after the one before ends',
          end: 'must be week {n} or later: a stage cannot end before it starts',
          notMain: "is not one of this program's exercises",
          twice: 'is listed twice in this stage',
        },
      },
    },
  },
} as const;
