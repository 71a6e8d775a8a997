import { describe, expect, test } from 'vitest';
import { cloneFlagTerms, dockerResourceFlags, dockerRunOptions, namespaceTerms } from '../../src/data/index.ts';
import { toFlagTable } from '../../src/lib/clone-flags/table.ts';
import { LANGS } from '../../src/i18n/lang.ts';
import { toRunOptionTable } from '../../src/lib/docker-run/options.ts';
import { explainDockerRun, type RunError } from '../../src/lib/docker-run/explain.ts';
import { describeNamespaceReason, describeNamespaceState, describeRunError, describeRunNote } from '../../src/lib/docker-run/messages.ts';
import { RUN_MESSAGES } from '../../src/lib/docker-run/messages-table.ts';

const flags = toFlagTable(cloneFlagTerms, namespaceTerms);
const tables = { en: toRunOptionTable(dockerRunOptions, 'en', dockerResourceFlags), 'zh-cn': toRunOptionTable(dockerRunOptions, 'zh-cn', dockerResourceFlags) };

/** One command line for every error code, as a reader would mistype it. */
const MISTAKES: Record<RunError['code'], string> = {
  'unterminated-quote': 'docker run -e "A=1 alpine',
  empty: '   ',
  'not-docker-run': 'docker ps',
  'unknown-flag': 'docker run --memroy 1g alpine',
  'run-only-flag': 'docker create -d alpine',
  'bad-flag-syntax': 'docker run ---rm alpine',
  'missing-value': 'docker run --name',
  'bad-bool': 'docker run --rm=yes alpine',
  'bad-int': 'docker run --cpu-shares=lots alpine',
  'missing-image': 'docker run --rm',
  'bad-mode': 'docker run --pid=private alpine',
  'conflicting-networks': 'docker run --network none --network mynet alpine',
  'userns-conflict': 'docker run --pid=host alpine',
  'bad-volume': 'docker run -v data alpine',
  'bad-mount': 'docker run --mount type=bind,dst=/x alpine',
  'bad-tmpfs': 'docker run --tmpfs /run:huge alpine',
  resource: 'docker run --memory=4m alpine',
  'beyond-int64': 'docker run --memory=9000000p alpine',
  'bad-cpus': 'docker run --cpus=two alpine',
  'unknown-capability': 'docker run --cap-add=FLY alpine',
  'no-command': 'docker run --entrypoint= alpine',
  'bad-security-opt': 'docker run --security-opt=yes alpine',
  'windows-only': 'docker run --io-maxiops 10 alpine',
};

function errorOf(input: string): RunError {
  const result = explainDockerRun(input, { options: tables.en, flags }, { usernsRemap: input.includes('--pid=host') });
  if (result.ok) throw new Error(`${input} was accepted`);
  return result.error;
}

describe('every error has a message in both languages that names the flag, the value and what is allowed', () => {
  test.each(Object.entries(MISTAKES))('%s', (code, input) => {
    const error = errorOf(input);
    expect(error.code).toBe(code);
    for (const lang of LANGS) {
      const text = describeRunError(error, RUN_MESSAGES[lang], tables[lang]);
      expect(text).not.toMatch(/\{\w+\}/);
      expect(text.length).toBeGreaterThan(10);
      if ('flag' in error) expect(text).toContain(error.flag);
      if ('value' in error && error.value) expect(text).toContain(error.value);
      if ('allowed' in error) expect(text).toContain(error.allowed);
    }
  });

  test('messages read as intended', () => {
    const en = (input: string) => describeRunError(errorOf(input), RUN_MESSAGES.en, tables.en);
    const zh = (input: string) => describeRunError(errorOf(input), RUN_MESSAGES['zh-cn'], tables['zh-cn']);
    expect(en(MISTAKES['unknown-flag'])).toMatchInlineSnapshot(`"--memroy is not an option of docker run. Did you mean --memory?"`);
    expect(en(MISTAKES.resource)).toMatchInlineSnapshot(
      `"--memory is 4194304 bytes; Docker’s minimum is 6MB (6291456 bytes). --memory: Memory limit in bytes; units b, k, m, g (binary). At least 6MB."`,
    );
    expect(en(MISTAKES['unterminated-quote'])).toMatchInlineSnapshot(`"The double quote at character 15 is never closed; close it or remove it."`);
    expect(zh(MISTAKES['unterminated-quote'])).toMatchInlineSnapshot(`"第 15 个字符处的双引号没有闭合；请补上或删除它。"`);
    expect(zh(MISTAKES['bad-mode'])).toMatchInlineSnapshot(`"--pid=private 不是 Docker 接受的模式；可用的值：host, container:<name|id>。"`);
    expect(zh(MISTAKES['not-docker-run'])).toMatchInlineSnapshot(
      `"“docker ps”不是 docker run：请粘贴 docker run、docker container run、docker create 或 docker container create 命令。"`,
    );
  });
});

describe('notes, reasons and states are worded in both languages', () => {
  const input =
    'docker create --privileged --kernel-memory 1m -m 1g --pids-limit 0 --blkio-weight 500 --device-read-bps /dev/sda:1m --user app ' +
    '-v data:/a -v /b -v ./c:/c -v $HOME/d:/d:ro --mount type=bind,src=/e,dst=/e --mount type=image,source=i,target=/f --ipc container:x alpine';
  const result = explainDockerRun(input, { options: tables.en, flags });
  const explanation = result.ok ? result.explanation : undefined;

  test('the example uses every note', () => {
    const codes = new Set(explanation?.notes.map((n) => n.code));
    const notes = Object.keys(RUN_MESSAGES.en.note).filter((c) => !['entrypoint-drops-cmd', 'cmd-from-image'].includes(c));
    for (const code of notes) expect(codes, code).toContain(code);
  });

  test.each(LANGS)('%s', (lang) => {
    const m = RUN_MESSAGES[lang];
    for (const note of explanation!.notes) expect(describeRunNote(note, m)).not.toMatch(/\{\w+\}|^$/);
    for (const n of explanation!.namespaces) {
      expect(describeNamespaceReason(n.reason, m)).not.toMatch(/\{\w+\}|^$/);
      expect(describeNamespaceState(n.state, m)).not.toMatch(/\{\w+\}|^$/);
    }
    for (const text of [...Object.values(m.reason), ...Object.values(m.note).filter(Boolean), ...Object.values(m.error).filter(Boolean)]) {
      expect(text.trim()).toBe(text);
    }
  });

  test('Chinese text uses full-width punctuation and the house terms', () => {
    const zh = [...Object.values(RUN_MESSAGES['zh-cn'].note), ...Object.values(RUN_MESSAGES['zh-cn'].reason), ...Object.values(RUN_MESSAGES['zh-cn'].error)].join('\n');
    expect(zh).not.toMatch(/[\u4e00-\u9fff][,.;:?!(]|[,;:?!)][\u4e00-\u9fff]|[\u4e00-\u9fff][A-Za-z0-9]|[A-Za-z0-9][\u4e00-\u9fff]/);
    expect(zh).not.toMatch(/名字空间|交换分区|OOM 杀手/);
    expect(describeNamespaceState({ container: 'db' }, RUN_MESSAGES['zh-cn'])).toBe('与 db 共用');
  });
});
