/** GitHub's answer when the token may not do this (e.g. a fork pull request's read-only token). */
export function isPermissionDenied(error: unknown): boolean {
  const e = error as { status?: number; message?: string };
  return e?.status === 403 && /Resource not accessible by (integration|personal access token)/i.test(e.message ?? '');
}

export function statusOf(error: unknown): number | undefined {
  return (error as { status?: number })?.status;
}
