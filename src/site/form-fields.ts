/**
 * The builder's form pieces, made in the page: an element with its properties and children, and a
 * labelled whole-number field (sets, reps, seconds, weeks) that reports a number in its range, or
 * undefined for blank or out of range. The builder (builder.ts) and its stage editor
 * (builder-stages.ts) share them.
 */

export function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

/** A whole number in [min, max], or undefined for blank or out of range. */
export function whole(input: HTMLInputElement, min: number, max: number): number | undefined {
  const n = input.valueAsNumber;
  return Number.isInteger(n) && n >= min && n <= max ? n : undefined;
}

/** A labelled number box; `set` gets each change (`whole`). The placeholder shows a value in use. */
export function numberField(
  label: string,
  value: number | undefined,
  range: { readonly min: number; readonly max: number; readonly placeholder?: number | undefined },
  set: (n: number | undefined) => void,
): HTMLLabelElement {
  const { min, max, placeholder } = range;
  const input = element('input', {
    type: 'number',
    min: String(min),
    max: String(max),
    value: value === undefined ? '' : String(value),
    ...(placeholder === undefined ? {} : { placeholder: String(placeholder) }),
  });
  input.inputMode = 'numeric';
  input.addEventListener('input', () => set(whole(input, min, max)));
  return element('label', { className: 'builder__field' }, label, input);
}
