/**
 * Browser side of the clone-flag tool: a custom element that keeps one piece of state (the
 * mask and the system call it is meant for) and re-renders the server-made markup from it
 * with the pure functions of src/lib/clone-flags. It never throws at the reader: bad input
 * goes to the role="alert" paragraph, the field is marked invalid and the results of the last
 * good state are hidden until the input is valid again (a bad ?mask= in a shared URL stays in
 * the field and in the URL).
 */
import { decodeMask, encodeFlags, findFlag, shortId } from '../../lib/clone-flags/codec.ts';
import { analyzeMask } from '../../lib/clone-flags/analyze.ts';
import { FORMATS, formatMask, toC } from '../../lib/clone-flags/format.ts';
import { parseMask } from '../../lib/clone-flags/parse.ts';
import { namespaceDiagram, type DiagramLabels } from '../../lib/clone-flags/diagram.ts';
import { fromJsonFlagTable, type JsonFlagTable } from '../../lib/clone-flags/table.ts';
import { describeParseError } from '../../lib/clone-flags/messages.ts';
import { fill } from '../../lib/messages.ts';
import { analysisRowsHtml, notesHtml, violationsHtml, type ViewContext } from '../../lib/clone-flags/view.ts';
import { bitPositions, toHex } from '../../lib/bits.ts';
import type { FlagTable, MaskMode } from '../../lib/clone-flags/types.ts';

interface ToolData {
  table: JsonFlagTable;
  view: ViewContext;
  diagram: DiagramLabels;
  copied: string;
}

class CloneFlagsTool extends HTMLElement {
  mask = 0n;
  mode: MaskMode = 'unshare';
  table!: FlagTable;
  data!: ToolData;

  connectedCallback() {
    const json = this.querySelector('[data-tool-data]')?.textContent ?? '{}';
    this.data = JSON.parse(json) as ToolData;
    this.table = fromJsonFlagTable(this.data.table);
    this.mask = this.checkedMask();
    this.listen();
    this.restoreFromUrl();
    this.render(false);
  }

  $<T extends Element>(selector: string): T {
    return this.querySelector(selector) as T;
  }

  checkboxes(): HTMLInputElement[] {
    return [...this.querySelectorAll<HTMLInputElement>('input[name="flag"]')];
  }

  checkedMask(): bigint {
    return this.checkboxes().reduce((m, c) => (c.checked ? m | BigInt(c.dataset['value']!) : m), 0n);
  }

  alert(text: string) {
    this.$<HTMLElement>('[data-alert]').textContent = text;
  }

  /** Marks the input invalid (results hidden, URL left alone) or valid again. */
  setInvalid(message: string | undefined) {
    const field = this.$<HTMLInputElement>('#cft-expr');
    if (message === undefined) {
      this.removeAttribute('data-stale');
      field.removeAttribute('aria-invalid');
      return;
    }
    this.alert(message);
    this.setAttribute('data-stale', '');
    field.setAttribute('aria-invalid', 'true');
  }

  listen() {
    this.addEventListener('change', (event) => {
      const target = event.target as HTMLInputElement | HTMLSelectElement;
      if (target.name === 'flag') {
        const bit = BigInt((target as HTMLInputElement).dataset['value']!);
        this.mask = (target as HTMLInputElement).checked ? this.mask | bit : this.mask & ~bit;
        this.alert('');
        this.setInvalid(undefined);
        this.render(true);
      } else if (target.name === 'cft-mode') {
        this.setMode(target.value as MaskMode);
        this.setInvalid(undefined);
        this.render(true);
      } else if (target.name === 'cft-signal') {
        this.mask = (this.mask & ~this.table.signalMask) | BigInt(target.value);
        this.render(true);
      }
    });
    this.$<HTMLFormElement>('[data-input-form]').addEventListener('submit', (event) => {
      event.preventDefault();
      this.apply(this.$<HTMLInputElement>('#cft-expr').value);
    });
    this.$<HTMLButtonElement>('[data-clear]').addEventListener('click', () => {
      this.mask = 0n;
      this.alert('');
      this.setInvalid(undefined);
      this.render(true);
      this.$<HTMLInputElement>('#cft-expr').focus();
    });
    this.addEventListener('click', (event) => {
      const button = (event.target as Element).closest('[data-copy]');
      if (button) void this.copy(button.closest('section')?.querySelector('code')?.textContent ?? '');
    });
  }

  /** Switching modes drops what the other reading of the low byte put there. */
  setMode(mode: MaskMode) {
    this.mode = mode;
    this.mask &= ~this.table.signalMask;
    this.$<HTMLInputElement>(`input[name="cft-mode"][value="${mode}"]`).checked = true;
  }

  apply(input: string): boolean {
    const result = parseMask(input, this.table, this.mode);
    if (!result.ok) {
      this.setInvalid(describeParseError(result.error, this.data.view.messages));
      return false;
    }
    this.setInvalid(undefined);
    this.mask = result.mask;
    const { unknownBits } = decodeMask(this.mask, this.table, this.mode);
    this.alert(unknownBits ? fill(this.data.view.messages.unknownBitsWarning, { bits: toHex(unknownBits) }) : '');
    this.render(false);
    return true;
  }

  restoreFromUrl() {
    const params = new URLSearchParams(location.search);
    if (params.get('syscall') === 'clone') this.setMode('clone');
    const mask = params.get('mask');
    const flags = params.get('flags');
    if (mask !== null) {
      this.$<HTMLInputElement>('#cft-expr').value = mask;
      this.apply(mask);
    } else if (flags !== null) {
      const { mask: m, unknown } = encodeFlags(flags.split(',').filter(Boolean), this.table);
      const signal = this.mode === 'clone' ? BigInt(Number(params.get('signal') ?? 0) & 0xff) : 0n;
      this.mask = (this.mode === 'clone' ? m & ~this.table.signalMask : m) | signal;
      if (unknown.length) this.alert(describeParseError({ code: 'unknown-name', token: unknown.join(this.data.view.messages.list) }, this.data.view.messages));
      this.$<HTMLInputElement>('#cft-expr').value = toC(this.mask, this.table, this.mode);
    }
  }

  writeUrl() {
    const d = decodeMask(this.mask, this.table, this.mode);
    const params = new URLSearchParams(location.search);
    for (const key of ['flags', 'mask', 'syscall', 'signal']) params.delete(key);
    if (d.unknownBits) params.set('mask', toHex(this.mask));
    else params.set('flags', d.flags.map(shortId).join(','));
    if (this.mode === 'clone') params.set('syscall', 'clone');
    if (d.signal && !d.unknownBits) params.set('signal', String(d.signal));
    history.replaceState(null, '', `${location.pathname}?${params.toString().replaceAll('%2C', ',')}${location.hash}`);
  }

  render(fromControls: boolean) {
    const { mask, mode, table } = this;
    const d = decodeMask(mask, table, mode);
    const chosen = new Set(d.flags.map((f) => f.id));
    const newtime = findFlag('newtime', table);
    for (const box of this.checkboxes()) {
      const flag = findFlag(box.value, table)!;
      box.checked = chosen.has(flag.id);
      // In clone() the bit of CLONE_NEWTIME is part of the exit signal.
      box.disabled = mode === 'clone' && flag === newtime;
    }
    const signalLabel = this.$<HTMLElement>('.cft-signal');
    signalLabel.hidden = mode !== 'clone';
    this.$<HTMLSelectElement>('select[name="cft-signal"]').value = String(d.signal);
    if (fromControls) this.$<HTMLInputElement>('#cft-expr').value = toC(mask, table, mode);

    for (const format of FORMATS) {
      const section = this.$<HTMLElement>(`[data-format="${format}"]`);
      const out = formatMask(mask, format, table, mode);
      section.querySelector('code')!.textContent = out.text;
      section.querySelector('.cft-notes')!.innerHTML = notesHtml(out.notes, this.data.view);
      const bits = section.querySelector<HTMLElement>('[data-bits]');
      // data-bits holds the sentence with a {bits} placeholder, so the separators stay the language's own.
      if (bits) bits.textContent = (bits.dataset['bits'] ?? '{bits}').replace('{bits}', bitPositions(mask).join(this.data.view.messages.list));
    }
    const analysis = analyzeMask(mask, table, this.data.view.rules, mode);
    this.$<HTMLElement>('[data-analysis]').innerHTML = analysisRowsHtml(analysis, this.data.view);
    this.$<HTMLElement>('[data-violations]').innerHTML = violationsHtml(analysis.violations, this.data.view);
    this.$<HTMLElement>('[data-diagram]').innerHTML = namespaceDiagram(
      table.flags.filter((f) => f.namespace),
      chosen,
      this.data.diagram,
    );
    // A bad input (typed, or from a shared link) stays where the reader can see and fix it.
    if (!this.hasAttribute('data-stale')) this.writeUrl();
  }

  async copy(text: string) {
    const status = this.$<HTMLElement>('[data-copy-status]');
    try {
      await navigator.clipboard.writeText(text);
      status.textContent = this.data.copied;
    } catch {
      // Without clipboard permission, select the text so the reader can copy it by hand.
      status.textContent = '';
    }
  }
}

customElements.define('clone-flags-tool', CloneFlagsTool);
