/**
 * The client's URLs, in one place so links and routes agree.
 */
export const paths = {
  home: '/',
  signIn: '/sign-in',
  directory: '/directory',
  programs: '/programs',
  tasks: '/tasks',
  newTask: '/tasks/new',
  newProgram: '/programs/new',
  newMeeting: '/schedule/new',
  notificationPreferences: '/notifications/preferences',
  schedule: '/schedule',
  notifications: '/notifications',
  petitions: '/petitions',
  models: '/models',
  oversight: '/oversight',
  situations: '/situations',
  reports: '/reports',
  reportsReview: '/reports/review',
  reportsCompleteness: '/reports/completeness',
  reportsIndicators: '/reports/indicators',
  /** An organization's page; `id` is its global ID. */
  organization: (id: string) => `/directory/organizations/${encodeURIComponent(id)}`,
  /** The petitions an organization handles; `id` is its global ID. */
  organizationPetitions: (id: string) => `/directory/organizations/${encodeURIComponent(id)}/petitions`,
  program: (id: string) => `/programs/${encodeURIComponent(id)}`,
  task: (id: string) => `/tasks/${encodeURIComponent(id)}`,
  meeting: (id: string) => `/schedule/meetings/${encodeURIComponent(id)}`,
  petition: (id: string) => `/petitions/${encodeURIComponent(id)}`,
  model: (id: string) => `/models/${encodeURIComponent(id)}`,
  reportSubmission: (id: string) => `/reports/submissions/${encodeURIComponent(id)}`,
} as const;
