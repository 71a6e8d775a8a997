/**
 * Browser side of the cgroup limits calculator: re-computes the tables with the pure library
 * on every submit or formula change, keeps the inputs in the URL, and reports bad input in the
 * role="alert" paragraph, marking the field invalid and hiding the last result so that it is
 * never read as the answer to the bad input; a whole docker run line is handed to the explainer.
 */
import { parseDockerFlags } from '../../lib/cgroup-limits/parse.ts';
import { cgroupWrites } from '../../lib/cgroup-limits/compute.ts';
import { describeLimitsError, type LimitsMessages } from '../../lib/cgroup-limits/messages.ts';
import type { WeightFormula } from '../../lib/cgroup-limits/weights.ts';
import { limitsNotesHtml, writesRowsHtml } from '../../lib/cgroup-limits/view.ts';

class CgroupLimitsTool extends HTMLElement {
  messages!: LimitsMessages;

  connectedCallback() {
    this.messages = JSON.parse(this.querySelector('[data-limits-messages]')?.textContent ?? '{}') as LimitsMessages;
    const params = new URLSearchParams(location.search);
    const args = params.get('args');
    if (args !== null) this.input.value = args;
    if (params.get('formula') === 'linear') this.formula.value = 'linear';
    this.querySelector('form')!.addEventListener('submit', (event) => {
      event.preventDefault();
      this.update(true);
    });
    this.formula.addEventListener('change', () => this.update(true));
    if (args !== null || params.has('formula')) this.update(false);
  }

  get input(): HTMLInputElement {
    return this.querySelector('#clt-args')!;
  }

  get formula(): HTMLSelectElement {
    return this.querySelector('select[name="formula"]')!;
  }

  update(writeUrl: boolean) {
    const alert = this.querySelector<HTMLElement>('[data-alert]')!;
    const results = this.querySelectorAll<HTMLElement>('[data-limits-result]');
    const parsed = parseDockerFlags(this.input.value);
    if (!parsed.ok) {
      // The tables of the last good input would read as this input's: hide them.
      alert.textContent = describeLimitsError(parsed.error, this.messages);
      if (parsed.error.code === 'unknown-flag') {
        const link = alert.appendChild(document.createElement('a'));
        link.href = `${this.dataset['explainer']}?cmd=${encodeURIComponent(this.input.value.trim())}`;
        link.textContent = ` ${this.dataset['explainerLabel']}`;
      }
      this.input.setAttribute('aria-invalid', 'true');
      results.forEach((r) => (r.hidden = true));
      return;
    }
    alert.textContent = '';
    this.input.removeAttribute('aria-invalid');
    results.forEach((r) => (r.hidden = false));
    const result = cgroupWrites(parsed.resources, this.formula.value as WeightFormula);
    for (const version of ['v2', 'v1'] as const) {
      this.querySelector(`[data-writes="${version}"]`)!.innerHTML = writesRowsHtml(result[version]);
    }
    this.querySelector('[data-notes]')!.innerHTML = limitsNotesHtml(result, this.messages);
    if (writeUrl) {
      const params = new URLSearchParams(location.search);
      params.set('args', this.input.value.trim());
      if (this.formula.value === 'linear') params.set('formula', 'linear');
      else params.delete('formula');
      history.replaceState(null, '', `${location.pathname}?${params}${location.hash}`);
    }
  }
}

customElements.define('cgroup-limits-tool', CgroupLimitsTool);
