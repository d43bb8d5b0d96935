/**
 * The "My log" page in the browser: sessions per week as bars, pain after each session as a line
 * of dots, days done this week against each routine's days a week, the list, and the log's file.
 */
import { fill } from '../domain/catalog/fill.ts';
import { pageWords } from './page-words.ts';
import {
  clearLog,
  daysThisWeek,
  exportLog,
  importLog,
  readLog,
  sessionsPerWeek,
  type LoggedSession,
} from './log-store.ts';

type Targets = Record<string, { title: string; timesPerWeek: number }>;

const svg = 'http://www.w3.org/2000/svg';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text = ''): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.textContent = text;
  return node;
}

/** Pain over time: one dot a session on a 0–10 scale, with the scores said in the title for screen readers. */
function painChart(sessions: readonly LoggedSession[], label: string): SVGSVGElement {
  const width = 320;
  const height = 120;
  const chart = document.createElementNS(svg, 'svg');
  chart.setAttribute('viewBox', `0 0 ${width} ${height}`);
  chart.setAttribute('role', 'img');
  chart.setAttribute('aria-label', `${label}: ${sessions.map((s) => s.pain).join(', ')}`);
  const last = sessions.slice(-20);
  const x = (i: number) => 10 + (i * (width - 20)) / Math.max(1, last.length - 1);
  const y = (pain: number) => height - 10 - (pain * (height - 20)) / 10;
  const line = document.createElementNS(svg, 'polyline');
  line.setAttribute('points', last.map((s, i) => `${x(i)},${y(s.pain)}`).join(' '));
  line.setAttribute('fill', 'none');
  line.setAttribute('stroke', '#0d5c63');
  line.setAttribute('stroke-width', '3');
  chart.append(line);
  last.forEach((s, i) => {
    const dot = document.createElementNS(svg, 'circle');
    dot.setAttribute('cx', String(x(i)));
    dot.setAttribute('cy', String(y(s.pain)));
    dot.setAttribute('r', '5');
    dot.setAttribute('fill', '#0d5c63');
    chart.append(dot);
  });
  return chart;
}

export function startLog(): void {
  const root = document.querySelector<HTMLElement>('[data-log]');
  if (!root) return;
  const words = pageWords('log').log;
  const part = (name: string) => root.querySelector<HTMLElement>(`[data-log-${name}]`);
  const targets = JSON.parse(
    document.getElementById('log-routines')?.textContent ?? '{}',
  ) as Targets;
  const status = (text: string) => {
    const s = part('status');
    if (s) s.textContent = text;
  };

  const draw = () => {
    const sessions = readLog(localStorage);
    const today = new Date();
    part('none')?.toggleAttribute('hidden', sessions.length > 0);
    part('some')?.toggleAttribute('hidden', sessions.length === 0);
    const routines = [...new Set(sessions.map((s) => s.routine))];
    part('days')?.replaceChildren(
      ...routines.map((id) => {
        const target = targets[id];
        const done = daysThisWeek(sessions, id, today);
        const last = sessions.findLast((s) => s.routine === id);
        const title = target?.title ?? last?.title ?? id;
        const days = target?.timesPerWeek ?? last?.daysPerWeek ?? '?';
        return el('li', `${title}: ${fill(words.daysDone, { done, target: days })}`);
      }),
    );
    const weeks = sessionsPerWeek(sessions, today);
    const most = Math.max(1, ...weeks.map((w) => w.count));
    part('weeks')?.replaceChildren(
      ...weeks.map((w) => {
        const item = el('li');
        const date = el(
          'span',
          w.start.toLocaleDateString(undefined, { day: 'numeric', month: 'short' }),
        );
        const bar = el('span');
        bar.className = 'log__bar';
        bar.style.width = `${(w.count / most) * 100}%`;
        const count = el('strong', String(w.count));
        item.append(date, bar, count);
        return item;
      }),
    );
    part('pain')?.replaceChildren(painChart(sessions, words.pain));
    part('list')?.replaceChildren(
      ...sessions
        .slice()
        .reverse()
        .map((s) => {
          const when = new Date(s.at).toLocaleString(undefined, {
            dateStyle: 'medium',
            timeStyle: 'short',
          });
          return el(
            'li',
            `${when} · ${s.title} · ${fill(words.painShort, { n: s.pain })} · ${words.hard[s.effort] ?? ''}`,
          );
        }),
    );
  };

  part('export')?.addEventListener('click', () => {
    const blob = new Blob([exportLog(readLog(localStorage))], { type: 'application/json' });
    const link = el('a');
    link.href = URL.createObjectURL(blob);
    link.download = `my-log-${new Date().toISOString().slice(0, 10)}.json`;
    link.click();
    URL.revokeObjectURL(link.href);
  });
  const input = root.querySelector<HTMLInputElement>('[data-log-import]');
  input?.addEventListener('change', () => {
    const file = input.files?.[0];
    if (!file) return;
    void file.text().then((text) => {
      const added = importLog(localStorage, text);
      status(added === null ? words.importError : fill(words.imported, { n: added }));
      input.value = '';
      draw();
    });
  });
  part('delete')?.addEventListener('click', () => {
    if (!window.confirm(words.confirmDelete)) return;
    clearLog(localStorage);
    status(words.deleted);
    draw();
  });
  draw();
}
