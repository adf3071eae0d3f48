import { useMutation } from '@apollo/client/react';
import { Group, Select, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { paths } from '../../app/paths';
import { EmptyNote } from '../../components/EmptyNote';
import { PageForm } from '../../components/forms/PageForm';
import { required } from '../../components/forms/rules';
import { useMutationForm } from '../../components/forms/use-mutation-form';
import { LoadingState } from '../../components/LoadingState';
import { PageTitle } from '../../components/PageTitle';
import { RequireOrganization } from '../../current-organization/RequireOrganization';
import type { ViewerOrganization } from '../../current-organization/use-current-organization';
import { useOrganizationCan } from '../../current-organization/use-organization-can';
import { graphql } from '../../gql';
import type { ProgramKind } from '../../gql/graphql';
import { localDateInVietnam } from '../../i18n/format-date';
import { ParticipantFields, type ParticipantOption } from './ParticipantFields';
import { PROGRAM_KINDS } from './use-program-filters';

const CreateProgramMutation = graphql(`
  mutation CreateProgram($input: CreateProgramInput!) {
    createProgram(input: $input) {
      program {
        id
      }
    }
  }
`);

/** "Tạo chương trình": a DRAFT program owned by the current organization, with its participants. */
export default function CreateProgramPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle title={t('createProgram.title')} intro={t('createProgram.intro')} />
      <RequireOrganization>{(owner) => <CreateProgramForm owner={owner} />}</RequireOrganization>
    </>
  );
}

/** The form, once the server has said the viewer may create a program for `owner`. */
function CreateProgramForm({ owner }: { owner: ViewerOrganization }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const can = useOrganizationCan(owner.id);
  const [create] = useMutation(CreateProgramMutation, { refetchQueries: ['ProgramList'] });
  const programForm = useMutationForm({
    initialValues: {
      code: '',
      title: '',
      kind: 'COORDINATION_PROGRAM' as ProgramKind,
      startsOn: localDateInVietnam(),
      endsOn: '',
      description: '',
      participants: [] as ParticipantOption[],
    },
    validate: {
      code: required('createProgram.codeRequired'),
      title: required('createProgram.titleRequired'),
      endsOn: (endsOn, { startsOn }) =>
        endsOn && startsOn && endsOn < startsOn ? 'createProgram.endsAfterStart' : null,
    },
    submit: (values) =>
      create({
        variables: {
          input: {
            ownerOrganizationId: owner.id,
            code: values.code.trim(),
            title: values.title.trim(),
            kind: values.kind,
            startsOn: values.startsOn || null,
            endsOn: values.endsOn || null,
            description: values.description.trim() || null,
            participants: values.participants.map(({ id, role }) => ({ organizationId: id, role })),
          },
        },
      }),
    onSuccess: (result) => {
      if (result.data) void navigate(paths.program(result.data.createProgram.program.id));
    },
  });
  if (!can) return <LoadingState />;
  if (!can.createProgram) return <EmptyNote>{t('createProgram.notAllowed')}</EmptyNote>;
  const field = programForm.field;
  return (
    <PageForm
      mt="md"
      form={programForm}
      label={t('createProgram.title')}
      submitLabel={t('createProgram.submit')}
      cancelTo={paths.programs}
    >
      <TextInput label={t('createProgram.owner')} value={owner.name} readOnly />
      <Group grow align="flex-start">
        <TextInput label={t('createProgram.code')} required {...field('code')} />
        <Select
          label={t('createProgram.kind')}
          data={PROGRAM_KINDS.map((value) => ({ value, label: t(`programKind.${value}`) }))}
          allowDeselect={false}
          {...field('kind')}
        />
      </Group>
      <TextInput label={t('createProgram.programTitle')} required {...field('title')} />
      <Group grow align="flex-start">
        <TextInput type="date" label={t('createProgram.startsOn')} {...field('startsOn')} />
        <TextInput type="date" label={t('createProgram.endsOn')} {...field('endsOn')} />
      </Group>
      <Textarea label={t('createProgram.description')} minRows={2} {...field('description')} />
      <ParticipantFields {...field('participants')} excludeId={owner.id} />
    </PageForm>
  );
}
