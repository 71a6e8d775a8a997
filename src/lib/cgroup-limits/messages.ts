/**
 * Every sentence of the cgroup limits calculator, in both languages; `{name}` placeholders
 * are filled with `fill` (src/lib/messages.ts).
 * @module
 */
import { fill, joinSentences, type Codes } from '../messages.ts';
import type { Lang } from '../../i18n/lang.ts';
import type { LimitsError } from './parse.ts';
import type { LimitsNote } from './compute.ts';

export interface LimitsMessages {
  error: Codes<LimitsError>;
  suggestion: string;
  sizeReason: Record<'not-a-size' | 'negative' | 'unknown-unit', string>;
  note: Codes<LimitsNote>;
  formula: Record<'quadratic' | 'linear', string>;
}

export const LIMITS_MESSAGES: Record<Lang, LimitsMessages> = {
  en: {
    error: {
      empty: 'Type docker run resource flags, for example --memory=512m --cpus=1.5.',
      'unknown-flag': '{flag} is not a resource flag: this calculator reads only resource flags. To see what a whole docker run command does, paste it into the docker run explainer.',
      'bad-cpus': '“{value}” is not a number of CPUs for {flag}: write a decimal with a dot, such as 1.5, with at most nine decimal places.',
      'missing-value': '{flag} needs a value.',
      'bad-size': '“{value}” is not a size for {flag}: {reason}',
      'bad-number': '“{value}” is not a whole number for {flag}.',
      negative: '{flag} cannot be negative (“{value}”).',
      'out-of-range': '{flag}={value} is out of range: {min} to {max}.',
      'memory-below-minimum': '{flag} is {value} bytes; Docker’s minimum is 6MB (6291456 bytes).',
      'swap-without-memory': '--memory-swap needs --memory: Docker refuses a swap limit without a memory limit.',
      'swap-below-memory': '--memory-swap is memory plus swap, so it must be at least --memory.',
      'reservation-above-memory': '--memory-reservation must not be larger than --memory.',
      'cpus-with-quota': '--cpus cannot be combined with --cpu-quota or --cpu-period: Docker rejects both at once.',
      'bad-cpuset': '“{value}” is not a CPU or node list for {flag} (use 0-3,5).',
      'bad-device': '“{value}” is not <device-path>:<rate> for {flag} (for example /dev/sda:1mb).',
    },
    suggestion: 'Did you mean {suggestion}?',
    sizeReason: {
      'not-a-size': 'write a number with an optional unit b, k, m or g.',
      negative: 'sizes cannot be negative.',
      'unknown-unit': 'the unit is not one of b, k, m, g, t, p (optionally followed by b or ib).',
    },
    note: {
      'swap-default': 'No --memory-swap: Docker sets memory+swap to twice --memory, so the container may also use as much swap as memory.',
      'swap-unlimited': '--memory-swap=-1: Docker passes no swap limit, so memory.swap.max keeps its default, max.',
      'swap-disabled': '--memory-swap equals --memory: no swap at all (memory.swap.max is 0).',
      'shares-formula': 'cpu.weight uses the {formula}.',
      'bfq-or-io-weight': 'The runtime writes io.bfq.weight when the BFQ scheduler provides it, otherwise io.weight with the converted value.',
      'device-numbers': 'MAJ:MIN({path}) stands for the device numbers of {path}, which Docker looks up (ls -l {path} shows them).',
      'pids-unlimited': '--pids-limit 0 or -1 means unlimited: pids.max is max.',
    },
    formula: {
      quadratic: 'quadratic formula of runc 1.3.2+ and crun 1.23+ (1024 → 100)',
      linear: 'linear formula of runc up to 1.3.1 and crun up to 1.22 (1024 → 39)',
    },
  },
  'zh-cn': {
    error: {
      empty: '请输入 docker run 的资源参数，例如 --memory=512m --cpus=1.5。',
      'unknown-flag': '{flag} 不是资源参数：本计算器只读取资源参数。要了解一整条 docker run 命令做了什么，请把它粘贴到 docker run 解读器中。',
      'bad-cpus': '“{value}”不是 {flag} 能接受的 CPU 数：请用小数点写成小数，例如 1.5，最多九位小数。',
      'missing-value': '{flag} 需要一个值。',
      'bad-size': '“{value}”不是 {flag} 能接受的大小：{reason}',
      'bad-number': '“{value}”不是 {flag} 能接受的整数。',
      negative: '{flag} 不能为负数（“{value}”）。',
      'out-of-range': '{flag}={value} 超出范围：{min} 到 {max}。',
      'memory-below-minimum': '{flag} 为 {value} 字节；Docker 的下限是 6MB（6291456 字节）。',
      'swap-without-memory': '--memory-swap 需要同时设置 --memory：Docker 拒绝只有交换空间限制而没有内存限制的配置。',
      'swap-below-memory': '--memory-swap 表示内存加交换空间的总量，因此不能小于 --memory。',
      'reservation-above-memory': '--memory-reservation 不能大于 --memory。',
      'cpus-with-quota': '--cpus 不能与 --cpu-quota 或 --cpu-period 同时使用：Docker 会拒绝。',
      'bad-cpuset': '“{value}”不是 {flag} 能接受的 CPU 或节点列表（写法如 0-3,5）。',
      'bad-device': '“{value}”不符合 {flag} 的 <设备路径>:<速率> 格式（例如 /dev/sda:1mb）。',
    },
    suggestion: '你是不是想输入 {suggestion}？',
    sizeReason: {
      'not-a-size': '请写一个数字，可带单位 b、k、m 或 g。',
      negative: '大小不能为负数。',
      'unknown-unit': '单位必须是 b、k、m、g、t、p 之一（后面可跟 b 或 ib）。',
    },
    note: {
      'swap-default': '未指定 --memory-swap：Docker 把“内存加交换空间”设为 --memory 的两倍，因此容器还可以使用与内存等量的交换空间。',
      'swap-unlimited': '--memory-swap=-1：Docker 不传递交换空间限制，memory.swap.max 保持默认值 max。',
      'swap-disabled': '--memory-swap 等于 --memory：完全不使用交换空间（memory.swap.max 为 0）。',
      'shares-formula': 'cpu.weight 使用{formula}。',
      'bfq-or-io-weight': '如果 BFQ 调度器提供 io.bfq.weight，运行时就写入它；否则把换算后的值写入 io.weight。',
      'device-numbers': 'MAJ:MIN({path}) 表示 {path} 的设备号，由 Docker 自行查找（ls -l {path} 可以看到）。',
      'pids-unlimited': '--pids-limit 为 0 或 -1 表示不限制：pids.max 为 max。',
    },
    formula: {
      quadratic: 'runc 1.3.2+ 与 crun 1.23+ 的二次公式（1024 → 100）',
      linear: 'runc 1.3.1 及更早、crun 1.22 及更早的线性公式（1024 → 39）',
    },
  },
};

/**
 * The message for an error of the calculator.
 *
 * @example
 * describeLimitsError({ code: 'unknown-flag', flag: '--memroy', suggestion: '--memory' }, LIMITS_MESSAGES.en)
 * // => '--memroy is not a resource flag this calculator knows. Did you mean --memory?'
 */
export function describeLimitsError(error: LimitsError, m: LimitsMessages): string {
  const values: Record<string, unknown> = { ...error };
  if (error.code === 'bad-size') values['reason'] = m.sizeReason[error.reason];
  const text = fill(m.error[error.code], values);
  return 'suggestion' in error && error.suggestion ? joinSentences(text, fill(m.suggestion, error)) : text;
}

/**
 * The sentence for a note.
 *
 * @example
 * describeLimitsNote({ code: 'shares-formula', formula: 'linear' }, LIMITS_MESSAGES.en)
 * // => 'cpu.weight uses the linear formula of runc up to 1.3.1 and crun up to 1.22 (1024 → 39).'
 */
export function describeLimitsNote(note: LimitsNote, m: LimitsMessages): string {
  return fill(m.note[note.code], note.code === 'shares-formula' ? { formula: m.formula[note.formula] } : note);
}
