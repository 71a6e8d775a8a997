/**
 * The explainer's work in the browser, loaded by docker-run-tool.ts the first time a command is
 * explained: explains it with the pure library, fills the result in, keeps it in the URL
 * (?cmd=), and on bad input reports it in the role="alert" paragraph, marks the field invalid
 * and hides the previous result so that nothing stale looks valid.
 */
import { toHex } from '../../lib/bits.ts';
import { fromJsonFlagTable, type JsonFlagTable } from '../../lib/clone-flags/table.ts';
import { writesRowsHtml } from '../../lib/cgroup-limits/view.ts';
// Each module on its own, not the library's index: the index also holds both languages'
// message tables, which the page sends as JSON instead.
import { explainDockerRun, type ExplainContext } from '../../lib/docker-run/explain.ts';
import { describeRunError, type RunMessages } from '../../lib/docker-run/messages.ts';
import { configJson } from '../../lib/docker-run/oci.ts';
import type { RunOptionTable } from '../../lib/docker-run/options.ts';
import { containerSvg, namespaceRowsHtml, optionsHtml, runNotesHtml, type NamespaceLinks } from '../../lib/docker-run/view.ts';

interface PageData {
  options: RunOptionTable;
  flags: JsonFlagTable;
  messages: RunMessages;
  links: NamespaceLinks;
  labels: { pictureTitle: string; container: string; host: string; limits: string; list: string };
}

const loaded = new WeakMap<HTMLElement, { data: PageData; context: ExplainContext }>();

/** Explains the tool's current command and shows the result (or the error) in place. */
export function explainInto(tool: HTMLElement, writeUrl: boolean): void {
  if (!loaded.has(tool)) {
    const data = JSON.parse(tool.querySelector('[data-run-data]')!.textContent!) as PageData;
    loaded.set(tool, { data, context: { options: data.options, flags: fromJsonFlagTable(data.flags) } });
  }
  const { data, context } = loaded.get(tool)!;
  const input = tool.querySelector<HTMLTextAreaElement>('#drt-cmd')!;
  const alert = tool.querySelector<HTMLElement>('[data-alert]')!;
  const result = tool.querySelector<HTMLElement>('[data-result]')!;
  const set = (selector: string, html: string) => (tool.querySelector(selector)!.innerHTML = html);
  const explained = explainDockerRun(input.value, context);
  if (!explained.ok) {
    alert.textContent = describeRunError(explained.error, data.messages, data.options);
    input.setAttribute('aria-invalid', 'true');
    result.hidden = true;
    return;
  }
  alert.textContent = '';
  input.removeAttribute('aria-invalid');
  result.hidden = false;
  const x = explained.explanation;
  set('[data-namespaces]', namespaceRowsHtml(x.namespaces, data.messages, data.links));
  tool.querySelector('[data-mask]')!.textContent = toHex(x.cloneFlags.mask);
  tool.querySelector('[data-mask-names]')!.textContent = x.cloneFlags.names.join(data.labels.list);
  tool.querySelector<HTMLAnchorElement>('[data-clone-link]')!.href = `${tool.dataset['cloneTool']}${x.cloneFlags.query}`;
  set('[data-picture]', containerSvg(x, data.messages, { title: data.labels.pictureTitle, ...data.labels }));
  for (const v of ['v2', 'v1'] as const) set(`[data-writes="${v}"]`, writesRowsHtml(x.cgroups?.[v] ?? []));
  tool.querySelector('[data-config]')!.textContent = configJson(x.config);
  set('[data-no-kernel]', optionsHtml(x.noKernelEffect));
  set('[data-not-modelled]', optionsHtml(x.notModelled));
  set('[data-notes]', runNotesHtml(x, data.messages));
  if (writeUrl) {
    const params = new URLSearchParams(location.search);
    params.set('cmd', input.value.trim());
    history.replaceState(null, '', `${location.pathname}?${params}${location.hash}`);
  }
}
