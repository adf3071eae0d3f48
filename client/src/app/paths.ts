/**
 * The client's URLs, in one place so links and routes agree. Later modules add theirs
 * (a program, a task, a meeting) next to `organization`.
 */
export const paths = {
  home: '/',
  signIn: '/sign-in',
  directory: '/directory',
  programs: '/programs',
  tasks: '/tasks',
  schedule: '/schedule',
  notifications: '/notifications',
  /** An organization's page; `id` is its global ID. */
  organization: (id: string) => `/directory/organizations/${encodeURIComponent(id)}`,
} as const;
