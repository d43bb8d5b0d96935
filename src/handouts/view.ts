/**
 * Library + routine + options → the plain object templates/handout/handout.hbs reads. Every field
 * is present (null when empty) because templates run in strict mode. It reads no file and imports
 * no Node module: what does (fonts, logo, QR code, figures) comes in as `HandoutAssets`, from
 * `assets.ts` in Node and from the builder's print script in the browser.
 */
import type { FiguresView } from '../figures/figures.ts';
import type { Exercise, Library, Routine, RoutineItem } from '../model/library.ts';
import { lookup } from '../model/lookup.ts';
import { applyDose } from '../model/dose-apply.ts';
import type { DoseOverride } from '../model/schema/dose.ts';
import type { Catalog } from '../domain/catalog/index.ts';
import { fill } from '../domain/catalog/fill.ts';
import { isolate } from '../domain/bidi.ts';
import { conditionAdvice, type ConditionAdviceView } from '../domain/condition-advice.ts';
import { doseFragment } from '../domain/dose-link.ts';
import { weeklyWords } from '../domain/dose-words.ts';
import { languagePath, pagePath, pathLanguage, shortUrl, siteUrl } from '../domain/links.ts';
import { stopSigns, type StopSigns } from '../domain/stop-signs.ts';
import { routineLadder, type TenPercentLadder } from '../domain/ten-percent.ts';
import { cardView, doseView, type CardParts, type ExerciseCardView } from '../render/card-view.ts';
import type { FontFiles } from './assets.ts';
import { paperSizes, type Variant } from './variants.ts';
import { glanceView, type GlanceView } from './glance.ts';
import { painRuleView, type PainRuleView } from './pain-rule.ts';
import { stageItems } from '../domain/stage-doses.ts';
import { stagesView, type StagesView } from './stages.ts';
import { tickSheet, type TickSheetView } from './tick-sheet.ts';
import { warmUpView, type WarmUpView } from './warm-up.ts';

/** A QR code drawn: the PNG as a data: URI, and how many modules wide it is, quiet zone included. */
export interface QrImage {
  readonly uri: string;
  readonly modules: number;
}

/**
 * The program's code on paper, in mm: 45, or wider when its link is long, so a module is at least
 * 0.5 mm. A program with stages and notes needs a QR code of version 25 to 30 (133 to 157 modules
 * with the quiet zone); at 45 mm its modules were 0.3 to 0.4 mm, and jsQR could not read them from
 * the PDF drawn at 150 dpi. 0.5 mm is 3 pixels there, and in reach of a phone camera at 20 cm.
 */
export function phoneQrSize(modules: number): number {
  return Math.max(45, Math.ceil(modules * 0.5));
}

/** What a handout carries inside itself, made where files and drawing are at hand. */
export interface HandoutAssets {
  readonly fonts: FontFiles;
  /** The clinic's logo as a data: URI, or null without one. */
  readonly logo: string | null;
  /** The QR code of an address: a PNG as a data: URI, and its width in modules. */
  readonly qr: (text: string) => Promise<QrImage>;
  /** An exercise's figures: drawn (turned to a program item's side: `figureSide`), its pictures, or none. */
  readonly figures: (exercise: Exercise, side?: 'left' | 'right') => FiguresView;
  /**
   * The interface words in the library's language: its catalog in Node; in the browser, the
   * sections the page hands over (`handoutSections`), so a page carries one language's words.
   */
  readonly catalog: HandoutWords;
}

/** The catalog's sections a handout reads (its view and its template's `t`). */
export const handoutSections = [
  'areas',
  'card',
  'dose',
  'equipment',
  'handout',
  'program',
  'safety',
  'stop',
  'tenPercent',
  'warmUp',
] as const satisfies readonly (keyof Catalog)[];
export type HandoutWords = Pick<Catalog, (typeof handoutSections)[number]>;

export interface HandoutOptions extends Variant {
  /** Filled in on a personal handout; a blank line to write on otherwise. */
  readonly patient?: string | undefined;
  readonly clinician?: string | undefined;
  /** True for a personal handout: the date line is filled in too. */
  readonly personal?: boolean;
  /** The date in the footer (and on the date line of a personal handout). */
  readonly date: Date;
  /** Dose changes for this patient, by exercise id. */
  readonly doses?: Readonly<Record<string, DoseOverride>> | undefined;
  /** The stage the patient is in, 1 for the first (the default); its doses are on the cards. */
  readonly stage?: number | undefined;
  /** The address the QR code and short link open instead of the routine's page: a program's page. */
  readonly link?: string | undefined;
  /** A copy for the clinic's file: the routine's notes for the clinician are printed too. */
  readonly clinicianNotes?: boolean | undefined;
}

/**
 * What a handout card shows: everything a patient acts on (every stop rule, the mistakes to avoid,
 * how hard it should feel and when to move on), but not the purpose: "What this is for" says it.
 */
const handoutCard: CardParts = {
  purpose: false,
  mistakes: true,
  allStopRules: true,
  link: false,
};

function card(
  library: Library,
  item: RoutineItem,
  options: HandoutOptions,
  assets: HandoutAssets,
): ExerciseCardView {
  const exercise = lookup(library, 'exercise', item.exercise);
  const dose = applyDose(item.dose, options.doses?.[item.exercise]);
  const view = cardView(library, assets.catalog, exercise, assets.figures(exercise, item.side), {
    item: { ...item, dose },
    show: handoutCard,
  });
  return { ...view, dose: doseView(dose, library, assets.catalog.dose) };
}

/** "#dose=clamshell:3x15" for the exercises this patient's doses change; "" for none. */
function personalFragment(routine: Routine, options: HandoutOptions): string {
  const changed = [...routine.main, ...routine.coolDown].filter(
    (item) => options.doses?.[item.exercise] !== undefined,
  );
  return doseFragment(
    Object.fromEntries(
      changed.map((item) => [item.exercise, applyDose(item.dose, options.doses?.[item.exercise])]),
    ),
  );
}

// One formatter a language: making one costs a millisecond or two, using it microseconds.
const dateFormats = new Map<string, Intl.DateTimeFormat>();

export function formatDate(date: Date, language: string): string {
  let format = dateFormats.get(language);
  if (!format) {
    format = new Intl.DateTimeFormat(language, { day: 'numeric', month: 'long', year: 'numeric' });
    dateFormats.set(language, format);
  }
  return format.format(date);
}

export interface HandoutView {
  readonly lang: string;
  /** The interface words. */
  readonly t: HandoutWords;
  readonly title: string;
  readonly documentTitle: string;
  readonly large: boolean;
  readonly paper: { readonly css: string; readonly label: string };
  readonly fonts: FontFiles;
  readonly clinic: {
    readonly name: string;
    readonly logo: string | null;
    readonly phone: string | null;
    /** Phone and email, shown on one line when they fit: "555-0100 · front-desk@example.org". */
    readonly contact: readonly string[];
    readonly address: string | null;
    /** "Riverside Running Physio logo" */
    readonly logoAlt: string;
    /** "Call Riverside Running Physio: 555-0100.", before the urgent line; null without a phone. */
    readonly call: string | null;
  };
  readonly who: {
    readonly patient: string | null;
    readonly clinician: string | null;
    readonly date: string | null;
  };
  readonly summary: string;
  readonly plan: string;
  /** The summary box: how often, how much pain is OK, when to do more, when to call. */
  readonly glance: GlanceView;
  /** The routine's advice for the patient, in the you-voice. */
  readonly advice: { readonly title: string; readonly lines: readonly string[] };
  /** The running and everyday advice of the conditions it is for. */
  readonly conditionAdvice: {
    readonly title: string;
    readonly running: string;
    readonly seeClinician: string;
    readonly conditions: readonly ConditionAdviceView[];
  };
  readonly stages: StagesView | null;
  /** The routine's notes for the clinician, on a clinic copy only (`--clinician-notes`). */
  readonly clinicianNotes: { readonly title: string; readonly text: string } | null;
  readonly painRule: PainRuleView;
  /** Fixed words the template uses outside a card. */
  readonly words: { readonly stop: string };
  readonly warmUp: WarmUpView | null;
  /** One line before the cards: do them in order, tick them off. */
  readonly exercisesIntro: string;
  readonly cards: readonly ExerciseCardView[];
  readonly coolDown: readonly ExerciseCardView[];
  readonly stop: StopSigns;
  /** The 10% ladder, on a routine for getting back to running. */
  readonly running: TenPercentLadder | null;
  readonly ticks: TickSheetView;
  readonly footer: {
    /** "Name: Sam Lee", or a line to fill in; with the date, on every page. */
    readonly name: string;
    /** "Date: December 3, 2026" on a personal handout, or a line to fill in. */
    readonly date: string;
    readonly meta: string;
    readonly disclaimer: string;
    /** Large print: the disclaimer's first sentence, so the 18 pt footer stays 3 or 4 lines. */
    readonly shortDisclaimer: string;
    readonly url: string;
    /** The QR code in every page's footer; null on a program's handout, which has `phone`. */
    readonly qr: string | null;
  };
  /** A program's own large QR code: its link holds the whole program, too much for the footer's. */
  readonly phone: {
    readonly heading: string;
    readonly text: string;
    readonly alt: string;
    readonly qr: string;
    /** Its width and height in mm (`phoneQrSize`). */
    readonly size: number;
  } | null;
}

export async function handoutView(
  library: Library,
  routine: Routine,
  options: HandoutOptions,
  assets: HandoutAssets,
): Promise<HandoutView> {
  const { settings } = library;
  const date = formatDate(options.date, settings.language);
  const { catalog } = assets;
  const url = siteUrl(
    settings.site.baseUrl,
    languagePath(pagePath.routine(routine.id), pathLanguage(library)),
  );
  const stageIndex = Math.max(0, (options.stage ?? 1) - 1);
  const cards = stageItems(routine, stageIndex).map((item) => card(library, item, options, assets));
  const coolDown = routine.coolDown.map((item) => card(library, item, options, assets));
  const times = weeklyWords(routine.timesPerWeek, catalog.dose);
  const plan = fill(catalog.handout.plan, { minutes: routine.minutes, times });
  const words = catalog.safety;
  const stages = stagesView(library, routine, stageIndex, words, catalog.dose);
  const painRule = painRuleView(library.guidance.painRule, routine.painRule, words);
  const blank = options.large ? '__________' : '________________';
  return {
    lang: settings.language,
    t: catalog,
    title: routine.title,
    documentTitle: `${routine.title} – ${settings.clinic.name}`,
    large: options.large,
    paper: paperSizes[options.paper],
    fonts: assets.fonts,
    clinic: {
      name: settings.clinic.name,
      logo: assets.logo,
      phone: settings.clinic.phone ?? null,
      contact: [settings.clinic.phone, settings.clinic.email].filter((c) => c !== undefined),
      address: settings.clinic.address ?? null,
      logoAlt: fill(catalog.handout.logoAlt, { clinic: settings.clinic.name }),
      call: settings.clinic.phone
        ? fill(catalog.handout.call, {
            clinic: isolate(settings.clinic.name),
            phone: isolate(settings.clinic.phone),
          })
        : null,
    },
    who: {
      patient: options.patient ?? null,
      clinician: options.clinician ?? null,
      date: options.personal ? date : null,
    },
    summary: routine.summary,
    plan,
    glance: glanceView({
      plan,
      limits: routine.painRule,
      cards,
      stages,
      phone: settings.clinic.phone === undefined ? null : isolate(settings.clinic.phone),
      words,
    }),
    advice: { title: words.advice, lines: routine.advice },
    conditionAdvice: {
      title: words.conditionAdvice,
      running: words.running,
      seeClinician: words.seeClinician,
      conditions: conditionAdvice(library, routine, words),
    },
    stages,
    clinicianNotes:
      options.clinicianNotes && routine.notes !== undefined
        ? { title: catalog.handout.clinicianNotes, text: routine.notes }
        : null,
    painRule,
    words: { stop: catalog.card.stop },
    warmUp: warmUpView(library, routine, catalog),
    exercisesIntro: fill(catalog.handout.exercisesIntro, { count: cards.length }),
    cards,
    coolDown,
    stop: stopSigns(library, routine, catalog),
    running: routineLadder(library, routine, catalog),
    ticks: tickSheet(
      routine,
      [...cards, ...coolDown],
      painRule.short,
      catalog.handout.ticks,
      catalog.dose,
    ),
    footer: {
      // On every page, so a page that comes loose still says whose it is.
      // The name in an isolate: right-to-left letters do not move the words round it.
      name: `${words.name}: ${options.patient === undefined ? blank : isolate(options.patient)}`,
      date: `${words.date}: ${options.personal ? date : blank}`,
      meta: fill(catalog.handout.meta, { version: isolate(settings.version), date }),
      disclaimer: settings.disclaimer,
      shortDisclaimer: /^.*?[.!?](?=\s|$)/.exec(settings.disclaimer)?.[0] ?? settings.disclaimer,
      url: shortUrl(options.link?.replace(/#.*$/, '') ?? url),
      // A personal handout's QR code carries its doses, so the page shows the same ones.
      qr: options.link
        ? null
        : (await assets.qr(`${url}${personalFragment(routine, options)}`)).uri,
    },
    phone: options.link ? await phone(options.link, assets, catalog.program.phone) : null,
  };
}

/** A program's own code, as large as its link needs. */
async function phone(
  link: string,
  assets: HandoutAssets,
  words: HandoutWords['program']['phone'],
): Promise<NonNullable<HandoutView['phone']>> {
  const image = await assets.qr(link);
  return { ...words, qr: image.uri, size: phoneQrSize(image.modules) };
}
