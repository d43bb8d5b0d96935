/**
 * A deck plan as Marp Markdown, for the benchmark against marp-cli: the same slides with the same
 * words, and each exercise's figures as inline SVG images, so both tools print equivalent decks.
 */
import type { DeckPlan, Slide } from './slides.ts';

/** The SVG figures of each exercise card in a rendered deck, in slide order. */
export function figureSvgs(html: string): string[][] {
  return [...html.matchAll(/data-figure-slot="[^"]*">([\s\S]*?)<\/div>/g)].map((slot) =>
    [...(slot[1] ?? '').matchAll(/<svg[\s\S]*?<\/svg>/g)]
      .map((svg) => svg[0])
      // The stills only: the moving figure is for screens.
      .filter((svg) => !svg.includes('<animate')),
  );
}

/** The same slides as Marp Markdown: the same words, and each exercise's figures as images. */
export function marpMarkdown(plan: DeckPlan, figures: readonly (readonly string[])[]): string {
  let figure = 0;
  const body = (slide: Slide): string[] => {
    switch (slide.kind) {
      case 'title':
        return [
          `# ${slide.title}`,
          '',
          slide.subtitle ?? '',
          ...slide.facts.map((f) => `- ${f.label}: ${f.value}`),
        ];
      case 'exercise': {
        const image = (figures[figure++] ?? []).map(
          (svg) => `![w:300](data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')})`,
        );
        return [
          `#### ${slide.section}`,
          `# ${slide.title}`,
          `**${slide.card.dose.numbers}**`,
          ...image,
          ...slide.card.cues.map((c) => `- ${c}`),
          '',
          `> ${slide.card.stopRules[0] ?? ''}`,
        ];
      }
      case 'warmup':
        return [
          `# ${slide.title}`,
          slide.summary,
          '',
          ...slide.phases.map((p) => `1. **${p.name}** ${p.minutes}: ${p.things.join(' · ')}`),
        ];
      case 'summary':
        return [
          `# ${slide.title}`,
          '',
          '| Part | How much |',
          '| --- | --- |',
          ...slide.items.map((i) => `| ${i.name} | ${i.dose} |`),
        ];
      case 'stop':
        return [`# ${slide.title}`, '', ...slide.rules.map((r) => `- ${r}`)];
      case 'call':
        return [
          `# ${slide.title}`,
          '',
          ...slide.signs.map((s) => `- ${s}`),
          ...(slide.urgent ? ['', `> ${slide.urgent}`] : []),
        ];
      case 'ten-percent':
        return [
          `# ${slide.title}`,
          slide.rule,
          '',
          ...slide.weeks.map((w) => `- ${w.label}: ${w.value}`),
        ];
      case 'text':
        return [`# ${slide.title}`, '', ...slide.bullets.map((b) => `- ${b}`)];
      default:
        return [`# ${slide.title}`];
    }
  };
  const pages = plan.slides.map((slide) =>
    [...body(slide), '', `<!-- ${slide.notes.text ?? ''} -->`].join('\n'),
  );
  return [
    '---',
    'marp: true',
    'paginate: true',
    'footer: Education, not diagnosis',
    '---',
    '',
    pages.join('\n\n---\n\n'),
  ].join('\n');
}
