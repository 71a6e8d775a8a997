/**
 * Sources of the clone-flag terms (src/data/terms/clone-flags/): CSIGNAL and every CLONE_* flag
 * bit of include/uapi/linux/sched.h. Facts come from clone(2), unshare(2), setns(2) and
 * namespaces(7) (man-pages 6.03) and from the header itself.
 */

export const CLONE_2 = { title: 'clone(2)', url: 'https://man7.org/linux/man-pages/man2/clone.2.html' };
export const SCHED_H = {
  title: 'include/uapi/linux/sched.h',
  url: 'https://git.kernel.org/pub/scm/linux/kernel/git/torvalds/linux.git/tree/include/uapi/linux/sched.h',
};
export const UNSHARE_2 = { title: 'unshare(2)', url: 'https://man7.org/linux/man-pages/man2/unshare.2.html' };
export const SETNS_2 = { title: 'setns(2)', url: 'https://man7.org/linux/man-pages/man2/setns.2.html' };
export const NAMESPACES_7 = { title: 'namespaces(7)', url: 'https://man7.org/linux/man-pages/man7/namespaces.7.html' };
export const PID_NAMESPACES_7 = {
  title: 'pid_namespaces(7)',
  url: 'https://man7.org/linux/man-pages/man7/pid_namespaces.7.html',
};
export const TIME_NAMESPACES_7 = {
  title: 'time_namespaces(7)',
  url: 'https://man7.org/linux/man-pages/man7/time_namespaces.7.html',
};

/** setns(2) ERRORS: the nstype check that applies to every CLONE_NEW* flag. */
export const setnsTypeMismatch = (flag: string, en: string, zh: string) => ({
  en: `EINVAL (setns()): nstype is ${flag} but the file descriptor refers to a namespace other than ${en}.`,
  'zh-cn': `EINVAL（setns()）：nstype 为 ${flag}，但文件描述符指向的并不是${zh}。`,
});
