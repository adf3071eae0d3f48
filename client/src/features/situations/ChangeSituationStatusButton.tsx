import { useMutation } from '@apollo/client/react';
import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ModalForm } from '../../components/forms/ModalForm';
import { PastDateField } from '../../components/forms/PastDateField';
import { useModalForm } from '../../components/forms/use-modal-form';
import { graphql } from '../../gql';
import type { SituationStatus } from '../../gql/graphql';
import { localDateInVietnam } from '../../i18n/format-date';
import { NEXT_STATUSES } from './situation-values';

const ChangeComplexSituationStatusMutation = graphql(`
  mutation ChangeComplexSituationStatus($input: ChangeComplexSituationStatusInput!) {
    changeComplexSituationStatus(input: $input) {
      situation {
        id
        version
        status
        resolvedOn
      }
    }
  }
`);

/** Props of `ChangeSituationStatusButton`. */
export interface ChangeSituationStatusButtonProps {
  situation: { id: string; title: string; version: number; status: SituationStatus; openedOn: string };
}

/** "Cập nhật tình hình": moves the situation on (handling, stabilized, resolved on a day, or back to handling). */
export function ChangeSituationStatusButton({ situation }: ChangeSituationStatusButtonProps) {
  const { t } = useTranslation();
  const [change] = useMutation(ChangeComplexSituationStatusMutation);
  const next = NEXT_STATUSES[situation.status];
  const modal = useModalForm({
    initialValues: { status: next[0], resolvedOn: localDateInVietnam() },
    submit: (values) =>
      change({
        variables: {
          input: {
            situationId: situation.id,
            expectedVersion: situation.version,
            status: values.status,
            ...(values.status === 'RESOLVED' ? { resolvedOn: values.resolvedOn || null } : {}),
          },
        },
      }),
  });
  return (
    <ModalForm
      label={t('situations.changeStatus')}
      title={t('situations.changeStatusOf', { title: situation.title })}
      button={{ variant: 'light', size: 'xs' }}
      modal={modal}
    >
      <Select
        label={t('situations.newStatus')}
        data={next.map((value) => ({ value, label: t(`situationStatus.${value}`) }))}
        allowDeselect={false}
        {...modal.field('status')}
      />
      {modal.values.status === 'RESOLVED' && (
        <PastDateField
          label={t('situations.resolvedOnLabel')}
          min={situation.openedOn}
          {...modal.field('resolvedOn')}
        />
      )}
    </ModalForm>
  );
}
