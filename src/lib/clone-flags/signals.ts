/**
 * Signal names and numbers, for the exit-signal byte of clone(). The numbers are those of
 * x86 and ARM (and most other architectures) as listed in signal(7); Alpha, SPARC and MIPS
 * number some signals differently.
 * @module
 */

/** Standard signals by name (signal(7), "x86/ARM" column). */
export const SIGNALS: Readonly<Record<string, number>> = {
  SIGHUP: 1,
  SIGINT: 2,
  SIGQUIT: 3,
  SIGILL: 4,
  SIGTRAP: 5,
  SIGABRT: 6,
  SIGBUS: 7,
  SIGFPE: 8,
  SIGKILL: 9,
  SIGUSR1: 10,
  SIGSEGV: 11,
  SIGUSR2: 12,
  SIGPIPE: 13,
  SIGALRM: 14,
  SIGTERM: 15,
  SIGSTKFLT: 16,
  SIGCHLD: 17,
  SIGCONT: 18,
  SIGSTOP: 19,
  SIGTSTP: 20,
  SIGTTIN: 21,
  SIGTTOU: 22,
  SIGURG: 23,
  SIGXCPU: 24,
  SIGXFSZ: 25,
  SIGVTALRM: 26,
  SIGPROF: 27,
  SIGWINCH: 28,
  SIGIO: 29,
  SIGPWR: 30,
  SIGSYS: 31,
};

/**
 * The name of a signal number, or `signal N` for a number with no standard name
 * (real-time signals, 32–64).
 *
 * @example
 * signalName(17) // => 'SIGCHLD'
 * signalName(40) // => 'signal 40'
 */
export function signalName(signal: number): string {
  return Object.keys(SIGNALS).find((name) => SIGNALS[name] === signal) ?? `signal ${signal}`;
}
