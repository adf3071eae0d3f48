import {
  IconBell,
  IconBuildingCommunity,
  IconCalendarEvent,
  IconAlertTriangle,
  IconAward,
  IconChartBar,
  IconChecklist,
  IconEye,
  IconFileText,
  IconHome,
  IconTargetArrow,
} from '@tabler/icons-react';
import type { ComponentType } from 'react';
import type vi from '../locales/vi.json';
import { paths } from './paths';

/** One entry of the main navigation. */
export interface NavItem {
  /** Key under `nav.` in the locale files. */
  label: keyof (typeof vi)['nav'];
  path: string;
  icon: ComponentType<{ size?: number; 'aria-hidden'?: boolean }>;
  /** Not built yet: the entry is marked "soon" and leads to a placeholder page. */
  soon?: boolean;
}

/** The main navigation, in order (a module still to come may be marked `soon`). */
export const NAV_ITEMS: readonly NavItem[] = [
  { label: 'myOrganizations', path: paths.home, icon: IconHome },
  { label: 'directory', path: paths.directory, icon: IconBuildingCommunity },
  { label: 'programs', path: paths.programs, icon: IconTargetArrow },
  { label: 'tasks', path: paths.tasks, icon: IconChecklist },
  { label: 'schedule', path: paths.schedule, icon: IconCalendarEvent },
  { label: 'petitions', path: paths.petitions, icon: IconFileText },
  { label: 'models', path: paths.models, icon: IconAward },
  { label: 'oversight', path: paths.oversight, icon: IconEye },
  { label: 'situations', path: paths.situations, icon: IconAlertTriangle },
  { label: 'reports', path: paths.reports, icon: IconChartBar },
  { label: 'notifications', path: paths.notifications, icon: IconBell },
];
