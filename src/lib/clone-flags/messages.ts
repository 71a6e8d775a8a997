/**
 * Every sentence the clone-flag tool shows, in both languages. The widget embeds only the
 * reader's language; `{name}` placeholders are filled by `fill`.
 * @module
 */
import type { ParseError } from './parse.ts';
import type { FormatNote } from './format.ts';
import type { Refusal } from './analyze.ts';
import type { Lang } from '../../i18n/lang.ts';
import { fill, joinSentences, type Codes } from '../messages.ts';


export interface ToolMessages {
  parse: Codes<ParseError>;
  note: Codes<FormatNote>;
  refusal: Codes<Refusal>;
  suggestion: string;
  unknownBitsWarning: string;
  /** Between the items of a list: system calls, bit numbers, namespaces. */
  list: string;
  /** After an errno, the system calls that return it: `{syscalls}`, and `{since}` for the kernel version. */
  scope: string;
  scopeSince: string;
  /** Between the errno and its scope, and the rule's text. */
  label: string;
}

export const TOOL_MESSAGES: Record<Lang, ToolMessages> = {
  en: {
    parse: {
      empty: 'Type a mask (0x20000000), a number, or flag names such as CLONE_NEWPID | CLONE_NEWNET.',
      negative: '“{token}” is negative: a flag mask is an unsigned number.',
      'too-large': '“{token}” does not fit in 64 bits, the width of clone3()’s flags.',
      garbage: '“{token}” is neither a number nor a flag name.',
      'unknown-name': '“{token}” is not a clone flag.',
      'csignal-is-a-mask': 'CSIGNAL is the mask of the exit-signal byte, not a flag: name a signal such as SIGCHLD instead.',
      'signal-needs-clone': '“{token}” is a signal. Only clone() carries an exit signal in its flags: choose clone() above.',
      'newtime-in-clone': 'CLONE_NEWTIME shares its bit with clone()’s exit-signal byte, so clone() cannot take it: choose unshare()/clone3().',
      'two-signals': '“{token}” is a second signal; the exit-signal byte holds one.',
    },
    suggestion: 'Did you mean {suggestion}?',
    unknownBitsWarning: 'Bits {bits} are not clone flags.',
    list: ', ',
    scope: ' ({syscalls})',
    scopeSince: ' ({syscalls}, Linux {since}+)',
    label: ': ',
    note: {
      'no-option': '{flag} cannot be expressed here.',
      'unknown-bits': 'Bits {bits} are not clone flags and were left out.',
      'signal-omitted': 'The exit signal ({signal}) is not part of Cloneflags: Go’s syscall package adds SIGCHLD itself.',
      'clone-rejects': '{flag} is not accepted by clone(), which Go’s syscall package calls with Cloneflags.',
      'fork-added': '--fork: with a new PID namespace the program must be a child of unshare to become PID 1.',
      'mount-proc-added': '--mount-proc: mounts a /proc that shows the new PID namespace.',
      'unshare-rejects': '{flag} is not accepted by unshare(), so os.unshare() cannot take it.',
      'docker-cannot-share': 'Docker always gives a container its own {flag} namespace; it has no option to share the host’s.',
      'docker-needs-userns-remap': 'A new user namespace needs the daemon’s userns-remap setting; docker run cannot ask for one per container.',
      'docker-cannot-create': 'docker run has no option to create a new namespace for {flag}.',
      'empty-mask': 'No namespace flag is set: nothing to do.',
    },
    refusal: {
      'flag-not-accepted': '{flag} is not accepted.',
      'above-bit-31': '{flag} is above bit 31: only clone3() has room for it.',
      'unknown-bits': 'Bits {bits} are not clone flags (EINVAL).',
      'setns-several-needs-pidfd': 'Several namespaces at once need a pidfd (Linux 5.8+); with a namespace file descriptor give one flag.',
      'signal-byte': 'The low byte holds exit signal {signal}; only clone() reads a signal there.',
      rule: '{rule}',
    },
  },
  'zh-cn': {
    parse: {
      empty: '请输入掩码（如 0x20000000）、数字，或 CLONE_NEWPID | CLONE_NEWNET 这样的标志名。',
      negative: '“{token}”是负数：标志掩码是无符号数。',
      'too-large': '“{token}”超出了 64 位，而 clone3() 的 flags 只有 64 位。',
      garbage: '“{token}”既不是数字，也不是标志名。',
      'unknown-name': '“{token}”不是 clone 标志。',
      'csignal-is-a-mask': 'CSIGNAL 是退出信号字节的掩码，不是标志：请改写信号名，例如 SIGCHLD。',
      'signal-needs-clone': '“{token}”是一个信号。只有 clone() 在 flags 中携带退出信号：请在上方选择 clone()。',
      'newtime-in-clone': 'CLONE_NEWTIME 与 clone() 的退出信号字节共用同一位，clone() 无法接受它：请选择 unshare()/clone3()。',
      'two-signals': '“{token}”是第二个信号；退出信号字节只能容纳一个。',
    },
    suggestion: '你是不是想输入 {suggestion}？',
    unknownBitsWarning: '位 {bits} 不是 clone 标志。',
    list: '、',
    scope: '（{syscalls}）',
    scopeSince: '（{syscalls}，Linux {since}+）',
    label: '：',
    note: {
      'no-option': '这里无法表达 {flag}。',
      'unknown-bits': '位 {bits} 不是 clone 标志，已略去。',
      'signal-omitted': '退出信号（{signal}）不属于 Cloneflags：Go 的 syscall 包会自行加上 SIGCHLD。',
      'clone-rejects': 'Go 的 syscall 包用 Cloneflags 调用 clone()，而 clone() 不接受 {flag}。',
      'fork-added': '--fork：创建新的 PID 命名空间时，程序必须作为 unshare 的子进程运行，才能成为 1 号进程。',
      'mount-proc-added': '--mount-proc：挂载一个显示新 PID 命名空间的 /proc。',
      'unshare-rejects': 'unshare() 不接受 {flag}，因此 os.unshare() 也不能使用它。',
      'docker-cannot-share': 'Docker 总是为容器创建自己的 {flag} 命名空间，没有与宿主机共享的选项。',
      'docker-needs-userns-remap': '新的用户命名空间需要在守护进程上配置 userns-remap；docker run 无法为单个容器请求。',
      'docker-cannot-create': 'docker run 没有为 {flag} 创建新命名空间的选项。',
      'empty-mask': '没有设置任何命名空间标志：无事可做。',
    },
    refusal: {
      'flag-not-accepted': '不接受 {flag}。',
      'above-bit-31': '{flag} 位于第 31 位以上：只有 clone3() 有足够的位。',
      'unknown-bits': '位 {bits} 不是 clone 标志（EINVAL）。',
      'setns-several-needs-pidfd': '一次进入多个命名空间需要使用 pidfd（Linux 5.8+）；使用命名空间文件描述符时只能给一个标志。',
      'signal-byte': '最低字节存放退出信号 {signal}；只有 clone() 会从那里读取信号。',
      rule: '{rule}',
    },
  },
};

/**
 * The message for a parse error, with a suggestion where there is one.
 *
 * @example
 * describeParseError({ code: 'unknown-name', token: 'NEWPIG', suggestion: 'CLONE_NEWPID' }, TOOL_MESSAGES.en)
 * // => '“NEWPIG” is not a clone flag. Did you mean CLONE_NEWPID?'
 */
export function describeParseError(error: ParseError, messages: ToolMessages): string {
  const text = fill(messages.parse[error.code], error);
  return 'suggestion' in error && error.suggestion ? joinSentences(text, fill(messages.suggestion, error)) : text;
}
