import { useTranslation } from 'react-i18next';
import type { FieldRule } from '../../components/forms/rules';
import { OrganizationMultiPicker } from '../../components/OrganizationMultiPicker';
import { OrganizationPicker } from '../../components/OrganizationPicker';
import { PersonPicker } from '../../components/PersonPicker';
import { useCurrentOrganization } from '../../current-organization/use-current-organization';

/** An organization chosen in a picker. */
export type OrganizationOption = { id: string; name: string };
/** A person chosen in a picker. */
export type PersonOption = { id: string; fullName: string };

/**
 * The form values of who does a new task: the lead (by default the current organization), its
 * person in charge (người phụ trách) if any, and the coordinating ones.
 */
export interface AssignmentValues {
  lead: OrganizationOption | null;
  leadPerson: PersonOption | null;
  coordinating: OrganizationOption[];
}

/** Assignment values to start a form with: no choice yet. */
export const noAssignment = (): AssignmentValues => ({ lead: null, leadPerson: null, coordinating: [] });

/**
 * The lead a new task gets when none is chosen (the organization the viewer works for), the
 * check of the lead, and the mutation's `lead` and `coordinating` input from the form's values.
 */
export function useTaskAssignment() {
  const { current } = useCurrentOrganization();
  const defaultLead = current ? { id: current.id, name: current.name } : null;
  const leadOf = (values: AssignmentValues) => values.lead ?? defaultLead;
  const checkLead: FieldRule<OrganizationOption | null, AssignmentValues> = (lead) =>
    (lead ?? defaultLead) ? null : 'createTask.leadRequired';
  /** `lead` and `coordinating` of the mutation's input (the lead is set: `checkLead` ran first). */
  const assignmentInput = (values: AssignmentValues) => {
    const lead = leadOf(values);
    return {
      lead: { organizationId: lead?.id ?? '', personInChargeId: values.leadPerson?.id ?? null },
      coordinating: values.coordinating
        .filter((o) => o.id !== lead?.id)
        .map((o) => ({ organizationId: o.id })),
    };
  };
  return { leadOf, checkLead, assignmentInput };
}

/** Props of `AssignmentFields`: the fields' props from `field('lead')`, `field('leadPerson')` and `field('coordinating')`. */
export interface AssignmentFieldsProps {
  lead: {
    value: OrganizationOption | null;
    onChange: (value: OrganizationOption | null) => void;
    error: string | null;
  };
  /** The lead's person in charge; the field is left out when not given. */
  leadPerson?: { value: PersonOption | null; onChange: (value: PersonOption | null) => void };
  coordinating: { value: OrganizationOption[]; onChange: (value: OrganizationOption[]) => void };
  /** The lead shown when none is chosen. */
  shownLead: OrganizationOption | null;
}

/** The lead organization, its person in charge and the coordinating ones of a new task. */
export function AssignmentFields({ lead, leadPerson, coordinating, shownLead }: AssignmentFieldsProps) {
  const { t } = useTranslation();
  return (
    <>
      <OrganizationPicker
        label={t('createTask.lead')}
        required
        value={shownLead}
        onChange={lead.onChange}
        error={lead.error}
      />
      {leadPerson && (
        <PersonPicker
          label={t('taskAgencies.personInCharge')}
          value={leadPerson.value}
          onChange={leadPerson.onChange}
        />
      )}
      <OrganizationMultiPicker
        label={t('createTask.coordinating')}
        value={coordinating.value}
        onChange={coordinating.onChange}
        excludeId={shownLead?.id}
      />
    </>
  );
}
